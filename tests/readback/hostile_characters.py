"""Characters that break formats, from the data and from file names: U+FFFE,
U+FFFF, U+0001 and DEL in a cell, ESC and BEL and bytes that are not UTF-8 in a
file name, and a cell `_x0041_` that Excel would decode. Every output is read
back by an independent reader: Python's XML parser (JUnit), json (JSON,
SARIF), python3-icalendar, openpyxl (the text as written); the Markdown and
the text output carry no control character.

    hostile_characters.py BIN_DIR PROJECT_DIR
"""
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import icalendar
import openpyxl
from openpyxl.utils.escape import unescape

bin_dir, project = sys.argv[1], sys.argv[2]
failures = []
hostile = "A\ufffeB\uffffC\x01D\x7fE"


def check(ok, what):
    if not ok:
        failures.append(what)


def run(tool, *args):
    return subprocess.run([os.path.join(bin_dir, f"arshjul-{tool}"), "--as-of", "2027-02-05", *args],
                          capture_output=True)


with tempfile.TemporaryDirectory() as tmp:
    data = os.path.join(tmp, "data").encode()
    os.makedirs(data)
    with open(os.path.join(project, "tests/data/organisation.yaml"), encoding="utf-8") as f:
        org = f.read().replace("name: Kulturnämnden", f'name: "Kultur{hostile}"'.replace("\x01", "\\x01")
                               .replace("\x7f", "\\x7f").replace("\ufffe", "\\ufffe").replace("\uffff", "\\uffff"))
    with open(os.path.join(data, b"organisation.yaml"), "w", encoding="utf-8") as f:
        f.write(org)
    # A KPI name the workbook must show as written, and a unit that does not exist, named hostilely.
    with open(os.path.join(data, b"nyckeltal-2026.csv"), "w", encoding="utf-8") as f:
        f.write("nämnd;period;nyckeltal;namn;värde\n")
        f.write("kulturnamnden;2026-04;besok;_x0041_;5\n")
        f.write(f"okand{hostile};2026-04;besok;x;5\n")
    # A file name with ESC, BEL and a byte that is not UTF-8.
    with open(os.path.join(data, b"ekonomi-\x1b[31m\x07\xff.csv"), "w", encoding="utf-8") as f:
        f.write("nämnd;period;budget;utfall;prognos\nkulturnamnden;2026-99;1;1;1\n")

    p = run("check", "--format", "json", data)
    try:
        doc = json.loads(p.stdout.decode("utf-8"))
        check(any("\ufffd" in f["file"] for f in doc["findings"]), "JSON: the non-UTF-8 path is not shown with U+FFFD")
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        failures.append(f"JSON does not decode: {e}")
    p = run("check", "--format", "sarif", data)
    try:
        json.loads(p.stdout.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        failures.append(f"SARIF does not decode: {e}")
    p = run("check", "--format", "junit", data)
    try:
        ET.fromstring(p.stdout)
    except ET.ParseError as e:
        failures.append(f"JUnit is not XML: {e}")
    p = run("check", "--format", "text", data)
    try:
        text = p.stdout.decode("utf-8")
        check(not any(c in text for c in "\x1b\x07\x01\x7f"), "text: a control character reaches the terminal")
    except UnicodeDecodeError as e:
        failures.append(f"text output is not UTF-8: {e}")

    p = run("calendar", "--format", "ics", data)
    try:
        cal = icalendar.Calendar.from_ical(p.stdout)
        check(len(cal.walk("VEVENT")) > 0, "iCalendar: no events")
    except Exception as e:  # noqa: BLE001 – any failure to read is the finding
        failures.append(f"iCalendar does not read: {e}")
    check(not any(b in p.stdout for b in (b"\x01", b"\x7f", "\ufffe".encode(), "\uffff".encode())),
          "iCalendar: carries a raw control character or non-character")

    md = os.path.join(tmp, "out.md")
    run("md", "-o", md, data)
    body = open(md, "rb").read()
    check(not any(b in body for b in (b"\x1b", b"\x07", b"\x01", b"\x7f")), "Markdown: carries raw ESC/BEL/controls")

    xlsx = os.path.join(tmp, "out.xlsx")
    run("xlsx", "--period", "2026-04", "-o", xlsx, data)
    try:
        wb = openpyxl.load_workbook(xlsx)
        # openpyxl gives the stored string; Excel decodes OOXML's _xHHHH_ in it, as unescape does.
        shown = [unescape(c.value) for row in wb["Nyckeltal"].iter_rows() for c in row if isinstance(c.value, str)]
        check("_x0041_" in shown, f"Excel: the text _x0041_ is not shown as written: {shown[:12]}")
    except Exception as e:  # noqa: BLE001 – any failure to read is the finding
        failures.append(f"the workbook does not read: {e}")

for f in failures:
    print("FAIL", f)
print("ok" if not failures else f"{len(failures)} failures")
sys.exit(1 if failures else 0)
