"""One bad input: arshjul-check must finish (no crash, no sanitizer report),
exit with the expected code and report exactly the expected codes.
   run_case.py BIN_DIR CASE_FILE [--print]   (--print: show what it gives)"""
import json
import os
import subprocess
import sys

bin_dir, case = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
name = os.path.basename(case)
args = [case] if name.startswith("org-") else [os.path.join(here, "organisation.yaml"), case]
p = subprocess.run([f"{bin_dir}/arshjul-check", "--as-of", "2026-02-10", "--format", "json", *args],
                   capture_output=True, timeout=120)
codes = sorted({f["code"] for f in json.loads(p.stdout)["findings"]}) if p.returncode in (0, 1) else []
got = f"{p.returncode}\t{','.join(codes) or '-'}"
if "--print" in sys.argv:
    print(f"{name}\t{got}")
    sys.exit(0)
expected = dict(line.rstrip("\n").split("\t", 1) for line in open(os.path.join(here, "expected.tsv"), encoding="utf-8")
                if line.strip() and not line.startswith("#"))
ok = expected.get(name) == got and (p.returncode == 2 or not p.stderr)
if not ok:
    print(f"{name}: got {got!r}, expected {expected.get(name)!r}\n{p.stderr.decode(errors='replace')[:2000]}")
print(f"{int(ok)} passed, {int(not ok)} failed")
sys.exit(0 if ok else 1)
