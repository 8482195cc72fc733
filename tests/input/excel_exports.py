"""The corpus of tests/corpus/excel (what Swedish Excel and economy systems
write: windows-1252 and UTF-16 without flags, BOMs, CRLF, sum rows, trailing
semicolons, kr amounts, header variants, unit names in any case, broken files)
read with the default options: each file yields exactly its expected economy
rows, read back from the workbook's ledger sheet with openpyxl, and exactly its
expected findings (code and line) from arshjul-check --format json."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal

import openpyxl

bin_dir, root = sys.argv[1], sys.argv[2]
corpus = os.path.join(root, "tests", "corpus", "excel")
expected = json.load(open(os.path.join(corpus, "expected.json"), encoding="utf-8"))
failures = 0


def fail(name, what):
    global failures
    failures += 1
    print(f"FAIL {name}: {what}")


def ore(value):
    return int((Decimal(str(value)) * 100).to_integral_value())


for name, want in sorted(expected.items()):
    folder = tempfile.mkdtemp()
    shutil.copy(os.path.join(root, "tests", "data", "organisation.yaml"), folder)
    shutil.copy(os.path.join(corpus, name), folder)
    check = subprocess.run([f"{bin_dir}/arshjul-check", "--as-of", "2026-02-10", "--lang", "en", "--format", "json",
                            folder], capture_output=True, text=True)
    report = json.loads(check.stdout)
    got = sorted([f["code"], f["line"]] for f in report["findings"] if f["file"].endswith(name))
    if got != sorted(want["findings"]):
        fail(name, f"findings {got}, expected {want['findings']}")
    book = os.path.join(folder, "out.xlsx")
    xlsx = subprocess.run([f"{bin_dir}/arshjul-xlsx", "--as-of", "2026-02-10", "--lang", "en", "--include-ledger",
                           "--period", "2026-01", "-q", "-o", book, folder], capture_output=True, text=True)
    if xlsx.returncode != 0:
        fail(name, f"arshjul-xlsx exit {xlsx.returncode}: {xlsx.stderr}")
        continue
    wb = openpyxl.load_workbook(book)
    if want["kind"] == "economy":
        rows = [["kulturnamnden", r[1], ore(r[4]), ore(r[5]), ore(r[6])]
                for r in wb["Ledger"].iter_rows(min_row=2, values_only=True)]
        if rows != want["rows"]:
            fail(name, f"rows {rows}, expected {want['rows']}")
        if report["summary"]["economy_rows"] != len(want["rows"]):
            fail(name, f"economy_rows {report['summary']['economy_rows']}")
    else:
        rows = [["kulturnamnden", "2026-01", "besokare", str(r[2])] for r in wb["KPIs"].iter_rows(min_row=3, values_only=True)]
        if rows != want["rows"]:
            fail(name, f"KPI rows {rows}, expected {want['rows']}")
    shutil.rmtree(folder)
print(f"{len(expected)} files, {failures} failures")
sys.exit(1 if failures else 0)
