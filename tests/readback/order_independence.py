"""The result does not depend on argument or directory order (docs/reliability.md):
the examples given as a folder, and file by file in two shuffled orders; a file
reached twice (named twice, through `..`, or through a link in a folder read
after its target) is read once."""
import json
import os
import random
import subprocess
import sys
import tempfile

bin_dir, root = sys.argv[1], sys.argv[2]
files = sorted(os.path.relpath(os.path.join(d, f), root)
               for d, _, fs in os.walk(os.path.join(root, "examples")) for f in fs if f.endswith((".yaml", ".csv", ".se", ".sie")))


def check(paths):
    return subprocess.run([f"{bin_dir}/arshjul-check", "--as-of", "2027-02-05", "--format", "json", *paths],
                          capture_output=True, text=True, cwd=root).stdout


reference = check(["examples/"])
results = []
for seed in (1, 2):
    shuffled = files[:]
    random.Random(seed).shuffle(shuffled)
    results.append(check(shuffled) == reference)
results.append(check(list(reversed(files)) + ["examples/organisation.yaml"]) == reference)  # a file given twice
results.append(check(["examples/", "examples/../examples/organisation.yaml"]) == reference)


def summary(paths):
    return json.loads(check(paths))["summary"]


with tempfile.TemporaryDirectory() as tmp:  # a link, named after its target in path order, is the same file
    link = os.path.join(tmp, "z-link.yaml")
    os.symlink(os.path.join(root, "examples/submissions/kulturnamnden/2026-04-manadsuppfoljning.yaml"), link)
    results.append(summary(["examples/", tmp]) == json.loads(reference)["summary"])
print(f"{sum(results)} passed, {len(results) - sum(results)} failed")
sys.exit(0 if all(results) else 1)
