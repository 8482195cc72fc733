"""Files are taken in path order with the organisation file first, wherever it
lies: the findings are the same whether organisation.yaml sorts first or after
every other file, on one thread or several. With the organisation last, more
files wait for it than the reading window keeps (32 a thread), so those beyond
it are read a second time; a duplicate's first copy among them must stay the
first.

    organisation_anywhere.py BIN_DIR PROJECT_DIR
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

bin_dir, project = sys.argv[1], sys.argv[2]
failures = []


def findings(data, org_name, threads):
    p = subprocess.run([os.path.join(bin_dir, "arshjul-check"), "--as-of", "2027-02-05", "--format", "json", data],
                       capture_output=True, text=True, env=dict(os.environ, ARSHJUL_THREADS=str(threads)))
    if p.returncode != 1 or p.stderr:
        failures.append(f"{org_name}, {threads} threads: exit {p.returncode}, {p.stderr[:500]}")
        return None
    doc = json.loads(p.stdout)
    # Findings at the organisation file sort by its name: compare them as a set of lines.
    return sorted(json.dumps(f, ensure_ascii=False, sort_keys=True).replace(org_name, "ORGANISATION")
                  for f in doc["findings"])


with tempfile.TemporaryDirectory() as tmp:
    data = os.path.join(tmp, "data")
    shutil.copytree(os.path.join(project, "examples"), data, ignore=shutil.ignore_patterns("tools", "*.md"))
    # 150 more submissions, copies of the example's: duplicates (ARS105) whose first copy
    # sorts before or after the example's own file.
    originals = sorted(os.path.join(d, f) for d, _, fs in os.walk(os.path.join(data, "submissions")) for f in fs)
    for k in range(150):
        for folder in ("a-copies", "y-copies"):
            os.makedirs(os.path.join(data, folder), exist_ok=True)
        src = originals[k % len(originals)]
        shutil.copy(src, os.path.join(data, "a-copies" if k % 2 else "y-copies", f"{k:03d}-{os.path.basename(src)}"))
    results = {}
    for org_name in ("0-organisation.yaml", "zz-organisation.yaml"):
        current = [f for f in os.listdir(data) if f.endswith("organisation.yaml")][0]
        os.rename(os.path.join(data, current), os.path.join(data, org_name))
        for threads in (1, 2, 3):
            results[(org_name, threads)] = findings(data, org_name, threads)
    first = results[("0-organisation.yaml", 1)]
    duplicates = sum('"ARS105"' in f for f in first or [])
    if duplicates < 150:
        failures.append(f"expected the copies' 150 ARS105 findings, got {duplicates}")
    for key, got in results.items():
        if got != first:
            failures.append(f"{key[0]} on {key[1]} threads: findings differ from the organisation first, one thread")

for f in failures:
    print(f)
print("ok" if not failures else f"{len(failures)} failures")
sys.exit(1 if failures else 0)
