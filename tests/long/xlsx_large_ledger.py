"""--include-ledger on a generated 1 100 000-row ledger: two ledger sheets that
together hold every row, in order (Excel's limit is 1 048 576 rows a sheet)."""
import os
import re
import subprocess
import sys
import tempfile
import zipfile

bin_dir, root = sys.argv[1], sys.argv[2]
rows = 1_100_000
tmp = tempfile.mkdtemp()
subprocess.run(["/usr/bin/python3", os.path.join(root, "bench/generate.py"), tmp, "--ledger-rows", str(rows)], check=True)
out = os.path.join(tmp, "ledger.xlsx")
p = subprocess.run([f"{bin_dir}/arshjul-xlsx", "--as-of", "2026-12-31", "--lang", "en", "--include-ledger", "-o", out,
                    os.path.join(tmp, "organisation.yaml"), os.path.join(tmp, "ekonomi-huvudbok.csv")],
                   capture_output=True, text=True)
assert p.returncode == 0, p.stderr
z = zipfile.ZipFile(out)
workbook = z.read("xl/workbook.xml").decode()
names = re.findall(r'<sheet name="([^"]+)"', workbook)
# The bench's organisation has volume-based units: a Volumes sheet, before the ledger.
assert names == ["Overview", "Economy", "Forecast", "Volumes", "KPIs", "Assignments", "Findings", "Ledger",
                 "Ledger 2"], names


def count_rows(member):
    """Rows and the last row's line-number cell, streamed from the sheet XML."""
    n, tail = 0, b""
    with z.open(member) as f:
        while chunk := f.read(1 << 20):
            data = tail + chunk
            n += data.count(b"<row ")
            tail = data[-200:]
            n -= tail.count(b"<row ")
    return n, data


first, _ = count_rows("xl/worksheets/sheet8.xml")
second, data = count_rows("xl/worksheets/sheet9.xml")
assert first == 1_048_576, first                # header + 1 048 575 rows
assert second == 1 + rows - 1_048_575, second   # header + the rest
# The last row of the second sheet is the CSV's last line (line numbers count the header).
last_line = re.findall(rb'<c r="J(\d+)"[^>]*><v>(\d+)</v>', data[-4000:])[-1]
assert int(last_line[1]) == rows + 1, last_line
print("1 passed, 0 failed")
