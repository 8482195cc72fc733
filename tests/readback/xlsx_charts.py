"""The workbook's charts read back: each chart's XML found through the sheet's
drawing (type, title, axis titles, and series whose category and value
references are exactly the unit-name and deviation cells of Ekonomi, or the
month headers and the subtotal rows of Prognos, read with openpyxl); in both
languages and per workbook under --split-by unit; LibreOffice draws both.

    xlsx_charts.py BIN_DIR PROJECT_DIR [--write-docs]
"""
import os
import posixpath
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.etree import ElementTree as ET

import openpyxl

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pylib"))
from checklist import check, finish  # noqa: E402

bin_dir, root = sys.argv[1], sys.argv[2]
tmp = tempfile.mkdtemp()
NS = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
      "a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def xlsx(*args):
    p = subprocess.run([f"{bin_dir}/arshjul-xlsx", "--as-of", "2027-02-05", "-q", *args], capture_output=True, text=True)
    check(f"arshjul-xlsx {' '.join(args)}", p.returncode == 0, p.stderr)


def rels(z, part):
    path = posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")
    if path not in z.namelist():
        return {}
    return {r.get("Id"): posixpath.normpath(posixpath.join(posixpath.dirname(part), r.get("Target")))
            for r in ET.fromstring(z.read(path))}


def charts_by_sheet(path):
    """Sheet name -> the chart XML roots its drawing holds, found as Excel finds them."""
    z = zipfile.ZipFile(path)
    book = ET.fromstring(z.read("xl/workbook.xml"))
    book_rels = rels(z, "xl/workbook.xml")
    out = {}
    for sheet in book.iter("{http://schemas.openxmlformats.org/spreadsheetml/2006/main}sheet"):
        part = book_rels[sheet.get(REL)]
        found = []
        for drawing in rels(z, part).values():
            if "/drawings/" in drawing:
                found += [ET.fromstring(z.read(c)) for c in rels(z, drawing).values() if "/charts/" in c]
        out[sheet.get("name")] = found
    return out


def text(el):
    return "".join(t.text or "" for t in el.iter("{%s}t" % NS["a"])) if el is not None else None


def formulas(ser, what):
    return [f.text for f in ser.findall(f"c:{what}//c:f", NS)]


def union(sheet, col, rows):
    """The reference of `rows` (1-based) in one column, contiguous runs joined as Excel writes a union."""
    runs, start = [], None
    for i, r in enumerate(rows):
        if start is None:
            start = r
        if i + 1 == len(rows) or rows[i + 1] != r + 1:
            runs.append(f"'{sheet}'!${col}${start}" + (f":${col}${r}" if r != start else ""))
            start = None
    return runs[0] if len(runs) == 1 else "(" + ",".join(runs) + ")"


def check_workbook(path, lang, label):
    sv = lang == "sv"
    names = {"economy": "Ekonomi" if sv else "Economy", "forecast": "Prognos" if sv else "Forecast"}
    wb = openpyxl.load_workbook(path)
    for ws in wb.worksheets:  # openpyxl still reads every sheet
        check(f"{label}: {ws.title} reads", sum(1 for _ in ws.iter_rows()) > 0, ws.title)
    charts = charts_by_sheet(path)
    check(f"{label}: charts only on Ekonomi and Prognos", {k for k, v in charts.items() if v} ==
          set(names.values()), {k: len(v) for k, v in charts.items()})

    eco = wb[names["economy"]]
    subtotal = ("Summa ",) if sv else ("Total ",)
    unit_rows = [r for r in range(3, eco.max_row + 1)
                 if eco.cell(r, 1).value and not str(eco.cell(r, 1).value).startswith(subtotal)]
    (bar,) = charts[names["economy"]]
    check(f"{label}: a bar chart, horizontal", bar.find(".//c:barChart/c:barDir", NS).get("val") == "bar")
    check(f"{label}: its title", text(bar.find("c:chart/c:title", NS)) ==
          ("Avvikelse mot budget per enhet (tkr)" if sv else "Deviation from budget by unit (tkr)"),
          text(bar.find("c:chart/c:title", NS)))
    axis_titles = sorted(text(t) for t in bar.findall(".//c:plotArea/*/c:title", NS))
    check(f"{label}: its axis titles", axis_titles == sorted(["Enhet" if sv else "Unit", "tkr"]), axis_titles)
    (ser,) = bar.findall(".//c:ser", NS)
    check(f"{label}: bars are the unit names", formulas(ser, "cat") == [union(names["economy"], "A", unit_rows)],
          (formulas(ser, "cat"), unit_rows))
    check(f"{label}: bars are the deviations", formulas(ser, "val") == [union(names["economy"], "E", unit_rows)],
          formulas(ser, "val"))
    check(f"{label}: the deviation header", eco.cell(2, 5).value == ("Avvikelse (tkr)" if sv else "Deviation (tkr)"))

    fc = wb[names["forecast"]]
    subtotal_rows = [r for r in range(3, fc.max_row + 1) if str(fc.cell(r, 1).value).startswith(subtotal)]
    (line,) = charts[names["forecast"]]
    check(f"{label}: a line chart", line.find(".//c:lineChart", NS) is not None)
    check(f"{label}: its title", text(line.find("c:chart/c:title", NS)) ==
          ("Avvikelse mot budget per månad (tkr)" if sv else "Deviation from budget by month (tkr)"))
    axis_titles = sorted(text(t) for t in line.findall(".//c:plotArea/*/c:title", NS))
    check(f"{label}: its axis titles", axis_titles == sorted(["Månad" if sv else "Month", "tkr"]), axis_titles)
    # Absent, Excel and LibreOffice show gaps (libxlsxwriter writes the element only for zero or connected).
    blanks = line.find("c:chart/c:dispBlanksAs", NS)
    check(f"{label}: blank months are gaps", blanks is None or blanks.get("val") == "gap", blanks)
    series = line.findall(".//c:ser", NS)
    check(f"{label}: a line per subtotal", len(series) == len(subtotal_rows) > 0, (len(series), subtotal_rows))
    sheet = names["forecast"]
    months = [fc.cell(2, c).value for c in range(2, 14)]
    check(f"{label}: the months are the categories' cells", months[0] in ("jan", "Jan") and len(set(months)) == 12)
    for ser, r in zip(series, subtotal_rows):
        check(f"{label}: line name {r}", formulas(ser, "tx") == [f"{sheet}!$A${r}"], formulas(ser, "tx"))
        check(f"{label}: line months {r}", formulas(ser, "cat") == [f"{sheet}!$B$2:$M$2"], formulas(ser, "cat"))
        check(f"{label}: line values {r}", formulas(ser, "val") == [f"{sheet}!$B${r}:$M${r}"], formulas(ser, "val"))


sv_path, en_path = os.path.join(tmp, "sv.xlsx"), os.path.join(tmp, "en.xlsx")
xlsx("--period", "2026-08", "-o", sv_path, os.path.join(root, "examples"))
xlsx("--lang", "en", "--include-ledger", "-o", en_path, os.path.join(root, "examples"))
check_workbook(sv_path, "sv", "sv")
check_workbook(en_path, "en", "en with the ledger")
folder = os.path.join(tmp, "units")
xlsx("--split-by", "unit", "-o", folder, os.path.join(root, "examples"))
for unit in ("kulturnamnden", "ab-bostader"):
    check_workbook(os.path.join(folder, unit + ".xlsx"), "sv", f"split {unit}")

# LibreOffice draws them: its HTML export holds each chart as a picture of its own.
soffice = shutil.which("soffice") or shutil.which("libreoffice")
if not soffice:
    sys.exit("missing soffice: bash scripts/setup test installs libreoffice-calc")
env = dict(os.environ, HOME=tmp)
p = subprocess.run([soffice, "--headless", "--norestore", "--convert-to", "html", "--outdir", tmp, sv_path],
                   capture_output=True, text=True, env=env, timeout=300)
html = open(os.path.join(tmp, "sv.html"), encoding="utf-8", errors="replace").read()
pictures = re.findall(r'<IMG SRC="([^"]+\.png)"', html, re.I)
check("LibreOffice draws two charts", p.returncode == 0 and len(pictures) == 2, (p.stderr[-300:], pictures))
for pic in pictures:
    data = open(os.path.join(tmp, pic), "rb").read()
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    check(f"chart picture {pic}", data[:8] == b"\x89PNG\r\n\x1a\n" and width > 600 and height > 250, (width, height))
if "--write-docs" in sys.argv and len(pictures) == 2:
    # In sheet order: Ekonomi's bars, then Prognos's lines.
    for pic, name in zip(pictures, ("diagram-ekonomi.png", "diagram-prognos.png")):
        shutil.copy(os.path.join(tmp, pic), os.path.join(root, "docs", "img", name))

finish()
