"""The workbook as a person sees it: rendered by LibreOffice to PDF (every page A4
landscape, each sheet one page wide, so Översikt's twelve months never split)
and, through LibreOffice's HTML and headless Chromium, to a PNG a person can
look at; the page setup read back with openpyxl.
   xlsx_render.py BIN_DIR PROJECT_DIR [--write-docs]   (--write-docs: docs/img/)"""
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile

import openpyxl

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pylib"))
from checklist import check, finish  # noqa: E402

bin_dir, root = sys.argv[1], sys.argv[2]
tmp = tempfile.mkdtemp()
env = dict(os.environ, HOME=tmp)  # LibreOffice's profile stays in the scratch folder


book = os.path.join(tmp, "uppfoljning-2026.xlsx")
p = subprocess.run([f"{bin_dir}/arshjul-xlsx", "--as-of", "2027-02-05", "--period", "2026-08", "-q", "-o", book,
                    "examples"], cwd=root,
                   capture_output=True, text=True)
check("workbook written", p.returncode == 0, p.stderr)

wb = openpyxl.load_workbook(book)
for ws in wb.worksheets:
    ps = ws.page_setup
    check(f"{ws.title}: A4 landscape, one page wide",
          ps.orientation == "landscape" and str(ps.paperSize) == "9" and ps.fitToWidth in (1, None) and
          str(ps.fitToHeight) == "0" and ws.sheet_properties.pageSetUpPr.fitToPage,
          (ps.orientation, ps.paperSize, ps.fitToWidth, ps.fitToHeight))
    check(f"{ws.title}: header row repeated on every page", ws.print_title_rows is not None, ws.print_title_rows)

soffice = shutil.which("soffice")
if not soffice:
    sys.exit("missing soffice: bash scripts/setup test installs libreoffice-calc")
for target in ("pdf", "html"):
    p = subprocess.run([soffice, "--headless", "--norestore", "--convert-to", target, "--outdir", tmp, book],
                       capture_output=True, text=True, env=env, timeout=300)
    check(f"LibreOffice renders {target}", p.returncode == 0, p.stderr)
pdf = open(os.path.join(tmp, "uppfoljning-2026.pdf"), "rb").read()
boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
pages = [(round(float(w)), round(float(h))) for w, h in boxes]
check("every page A4 landscape", pages and all(p == (842, 595) for p in pages), pages)
# Översikt's 84 rows take two pages when its 14 columns fit one page wide; the
# other sheets one page each (Prognos's 16 columns, Volymer's 10 and Ekonomi's 10 with the booked
# columns, its chart scaled down with the wider page) but Nyckeltal and Kontrollfynd (two each): ten;
# a split adds pages.
check("no sheet split across pages sideways", len(pages) == 10, len(pages))

chromium = shutil.which("chromium")
if not chromium:
    sys.exit("missing chromium: bash scripts/setup test installs it")
html = open(os.path.join(tmp, "uppfoljning-2026.html"), encoding="utf-8", errors="replace").read()
check("the rendering holds the legend and the mandatory months", "Förklaring:" in html and "apr *" in html)
# LibreOffice's HTML holds the sheets one after another, each from its <A NAME="tableN">: one page each.
head = html[:html.index("<body")] + "<body>"
starts = [m.start() for m in re.finditer(r'<A NAME="table\d+"', html)]
names = ["oversikt", "ekonomi", "prognos", "volymer", "nyckeltal", "uppdrag", "kontrollfynd"]
check("seven sheets in the HTML", len(starts) == len(names), len(starts))
pngs = []
for i, start in enumerate(starts[:len(names)]):
    end = starts[i + 1] if i + 1 < len(starts) else html.index("</body>")
    page = os.path.join(tmp, f"{names[i]}.html")
    open(page, "w", encoding="utf-8").write(head + html[start:end] + "</body></html>")
    png = os.path.join(tmp, f"{names[i]}.png")
    p = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--screenshot={png}", "--window-size=1500,900", "file://" + page],
                       capture_output=True, text=True, env=env, timeout=300)
    data = open(png, "rb").read() if os.path.exists(png) else b""
    check(f"Chromium draws {names[i]}.png", data[:8] == b"\x89PNG\r\n\x1a\n" and
          struct.unpack(">II", data[16:24]) == (1500, 900), p.stderr[-500:])
    pngs.append(png)

if "--write-docs" in sys.argv:
    for png in pngs:
        shutil.copy(png, os.path.join(root, "docs", "img", os.path.basename(png)))
finish()
