"""Hostile input gives a clear finding and ends (CTest's timeout is the
bound): a 100 MB single field, a 1 000 000-column header, a quote opened at
the top of a 50 MB file and never closed, a YAML file over the size limit."""
import json
import os
import subprocess
import sys
import tempfile
import time

bin_dir = sys.argv[1]
tmp = tempfile.mkdtemp()
org = os.path.join(tmp, "organisation.yaml")
open(org, "w").write("year: 2026\nunits:\n  - id: a\n    name: A\n    type: nämnd\n    monthly_reports: [4, 8]\n")
results = []


def run(name, path, code, message):
    start = time.time()
    p = subprocess.run([f"{bin_dir}/arshjul-check", "--as-of", "2026-02-10", "--format", "json", "--lang", "en", org, path],
                       capture_output=True, text=True, timeout=300)
    seconds = time.time() - start
    findings = json.loads(p.stdout)["findings"] if p.returncode in (0, 1) else []
    ok = p.returncode == 1 and any(f["code"] == code and message in f["message"] for f in findings)
    results.append(ok)
    print(f"{'ok  ' if ok else 'FAIL'} {name}: {seconds:.2f} s {'' if ok else (p.returncode, findings[:3], p.stderr[:500])}")
    os.remove(path)


path = os.path.join(tmp, "ekonomi-one-field.csv")
with open(path, "w") as f:
    f.write("nämnd;period;budget;utfall;prognos\nA;202601;1;1;1\n")
    f.write("A" * 100_000_000 + ";202601;1;1;1\n")
run("a 100 MB single field", path, "ARS101", "a row is larger than 64 MiB")

path = os.path.join(tmp, "ekonomi-wide.csv")
with open(path, "w") as f:
    f.write(";".join(f"kolumn{i}" for i in range(1_000_000)) + "\nx\n")
run("a 1 000 000-column header", path, "ARS102", "required columns are missing")

path = os.path.join(tmp, "ekonomi-open-quote.csv")
with open(path, "w") as f:
    f.write("nämnd;period;budget;utfall;prognos\nA;202601;1;1;1\nA;\"202601;1;1;1\n")
    f.write("A;202601;1;1;1\n" * 3_500_000)
run("a quote never closed, 50 MB", path, "ARS101", "never closed")

path = os.path.join(tmp, "large.yaml")
with open(path, "w") as f:
    f.write("unit: a\nreport: tiodagarsrapport\nperiod: 2026-01\nsubmitted: 2026-02-05\nanalysis: |\n")
    f.write(("  " + "x" * 98 + "\n") * 170_000)
run("a 17 MB YAML file", path, "ARS101", "larger than the limit")
print(f"{results.count(True)} passed, {results.count(False)} failed")
sys.exit(0 if all(results) else 1)
