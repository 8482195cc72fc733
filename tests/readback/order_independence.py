"""The result does not depend on argument or directory order (docs/reliability.md):
the examples given as a folder, and file by file in two shuffled orders."""
import os
import random
import subprocess
import sys

bin_dir, root = sys.argv[1], sys.argv[2]
files = sorted(os.path.relpath(os.path.join(d, f), root)
               for d, _, fs in os.walk(os.path.join(root, "examples")) for f in fs if f.endswith((".yaml", ".csv")))


def check(paths):
    return subprocess.run([f"{bin_dir}/arshjul-check", "--as-of", "2026-10-15", "--format", "json", *paths],
                          capture_output=True, text=True, cwd=root).stdout


reference = check(["examples/"])
results = []
for seed in (1, 2):
    shuffled = files[:]
    random.Random(seed).shuffle(shuffled)
    results.append(check(shuffled) == reference)
results.append(check(list(reversed(files)) + ["examples/organisation.yaml"]) == reference)  # a file given twice
print(f"{sum(results)} passed, {len(results) - sum(results)} failed")
sys.exit(0 if all(results) else 1)
