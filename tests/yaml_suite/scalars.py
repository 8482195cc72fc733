"""Scalar text against libyaml: random single- and double-quoted values
(escapes, escaped quotes side by side, folded and escaped line breaks, tabs,
empty lines, non-ASCII), plain values over several lines and literal and
folded block scalars (chomping, indentation indicators, more-indented,
spaced and empty lines), from a fixed seed, are read by arshjul (the tree
yaml::parse builds) and by PyYAML's C loader; wherever both read a value,
it must be the same text. libfyaml 0.7.12's own text is wrong for more than
a third of the single-quoted ones (lib/yaml/quoted_text.hpp,
lib/yaml/block_text.hpp). Every file ends with a line break: at the very end
of a file without one, libyaml reads a block scalar otherwise than the YAML
test suite, which arshjul follows.

    scalars.py PROBE [COUNT]
"""
import json
import os
import random
import subprocess
import sys
import tempfile

import yaml

probe = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
rng = random.Random(20261201)
SINGLE = ["a", "b", "''", "''''", " ", "\t", "\n  ", "\n\n  ", "  \n   ", "\n  \t", "å", "\"", "\\"]
DOUBLE = ["a", "b", "\\\"", "\\\\", "\\t", "\\n", " ", "\t", "\n  ", "\n\n  ", "  \n   ", "\\\n  ", "\\\n\n  ",
          "å", "\\u00e5", "\\x41", "\\U0001F600", "\\ ", "\\_", "\\N", "\\0", "'", "''", "\\e"]
PLAIN = ["a", "bb", "å", "x'y", 'q"r', "a#b", "-", "t\tu"]
PLAIN_BREAKS = [" ", "  ", "\n  ", "\n\n  ", "  \n   ", "\n  \t"]
BLOCK_HEADERS = ["|", ">", "|-", ">-", "|+", ">+", "|2", ">2", "|1-", ">+2", "| # note"]
BLOCK_LINES = ["  a", "  bb b", "", "   more", "    deeper", "  \ttab", "  å", "  ", "     ", "  #not a comment"]

with tempfile.TemporaryDirectory() as work:
    paths = []
    for i in range(count):
        kind = i % 4
        if kind < 2:
            parts = [rng.choice(SINGLE if kind == 0 else DOUBLE) for _ in range(rng.randrange(1, 12))]
            quote = "'" if kind == 0 else '"'
            value = quote + "".join(parts) + quote + "\n"
        elif kind == 2:
            words = [rng.choice(PLAIN) for _ in range(rng.randrange(1, 6))]
            value = "".join(w + rng.choice(PLAIN_BREAKS) for w in words).rstrip() + "\n"
        else:
            lines = [rng.choice(BLOCK_LINES) for _ in range(rng.randrange(1, 7))]
            value = rng.choice(BLOCK_HEADERS) + "\n" + "\n".join(lines) + rng.choice(["\n", "\n\n", "\nz: 1\n"])
        path = os.path.join(work, f"{i:05d}.yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write("k: " + value)
        paths.append(path)
    out = subprocess.run([probe] + paths, capture_output=True, check=True).stdout.decode("utf-8", "replace")
    same = failed = only_one = 0
    for line in out.split("\n"):
        if not line:
            continue
        record = json.loads(line)
        text = open(record["file"], encoding="utf-8").read()
        try:
            expected = yaml.load(text, Loader=yaml.CSafeLoader)["k"]
        except yaml.YAMLError:
            expected = None
        documents = record["documents"]
        if expected is None or documents is None:
            only_one += (expected is None) != (documents is None)
            continue
        if not isinstance(expected, str):
            continue  # a plain value that libyaml (YAML 1.1) reads as another type
        value = documents[0]["map"][0][1]
        actual = value["s"] if value else ""
        if actual == expected:
            same += 1
        else:
            failed += 1
            if failed <= 10:
                print(f"{text!r}: arshjul {actual!r}, libyaml {expected!r}")
    print(f"{only_one} read by one of the two only")
    print(f"{same} passed, {failed} failed")
    sys.exit(1 if failed or same < count // 3 else 0)
