"""docs/checks.md's examples are taken from the CLI goldens: every line of its
```text block of examples must be a line of some tests/cli/*/expected (less
the leading ./), so the docs cannot drift from what the tools print.
   check_examples.py BIN_DIR PROJECT_DIR"""
import glob
import os
import sys

project = sys.argv[2]
text = open(os.path.join(project, "docs", "checks.md"), encoding="utf-8").read()
block = text.split("## Examples", 1)[1].split("```text\n", 1)[1].split("```", 1)[0]
golden = set()
for path in glob.glob(os.path.join(project, "tests", "cli", "*", "expected")):
    for line in open(path, encoding="utf-8", errors="replace"):
        golden.add(line.rstrip("\n").removeprefix("./"))
missing = [line for line in block.splitlines() if line and line not in golden]
for line in missing:
    print(f"docs/checks.md example not printed by any golden: {line}")
codes = {line.rsplit("[", 1)[1].rstrip("]") for line in block.splitlines() if "[" in line}
print(f"{len(block.splitlines())} examples, {len(codes)} codes, {len(missing)} not in a golden")
sys.exit(1 if missing else 0)
