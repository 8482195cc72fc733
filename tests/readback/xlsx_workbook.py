"""arshjul-xlsx read back with python3-openpyxl: sheets, headers, real numbers
and dates, exact totals, statuses and fills against the calendar engine,
text never a formula, reproducible bytes, options and refusals."""
import csv
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from fractions import Fraction

import openpyxl
import yaml

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pylib"))
from checklist import check, finish  # noqa: E402

bin_dir, root = sys.argv[1], sys.argv[2]
tmp = tempfile.mkdtemp()


def xlsx(*args, env=None, cwd=root):
    return subprocess.run([f"{bin_dir}/arshjul-xlsx", "--as-of", "2027-02-05", *args], capture_output=True, text=True,
                          cwd=cwd, env=dict(os.environ, **(env or {})))


def ore(text):
    t = text.replace("\u2212", "-").replace(" ", "").replace("\u00a0", "").replace(",", ".")
    return int(Fraction(t) * 100)


# --- examples, Swedish and English ---
sv_path, en_path = os.path.join(tmp, "sv.xlsx"), os.path.join(tmp, "en.xlsx")
p = xlsx("-o", sv_path, "examples")
check("exit 0 with findings", p.returncode == 0, p.stderr)
p = xlsx("--lang", "en", "--include-ledger", "-o", en_path, "examples")
check("exit 0 en", p.returncode == 0, p.stderr)
sv, en = openpyxl.load_workbook(sv_path), openpyxl.load_workbook(en_path)
severities = {r[0] for r in sv["Kontrollfynd"].iter_rows(min_row=3, values_only=True)}
check("severities are Swedish words in sv", severities == {"fel", "varning"}, severities)
check("sheet names sv", sv.sheetnames == ["Översikt", "Ekonomi", "Prognos", "Volymer", "Nyckeltal", "Uppdrag",
                                          "Kontrollfynd"], sv.sheetnames)
check("sheet names en", en.sheetnames == ["Overview", "Economy", "Forecast", "Volumes", "KPIs", "Assignments",
                                          "Findings", "Ledger"], en.sheetnames)
# Every summary sheet: a title row (what, municipality, period) above its header row; the ledger's header is row 1.
headers = {ws.title: [c.value for c in ws[2 if ws.title != "Ledger" else 1]] for ws in en.worksheets[1:]}
titles = {ws.title: ws["A1"].value for ws in en.worksheets[1:7]}
check("titles", titles == {"Economy": "Economy – Borås Stad 2026, December 2026",
                           "Forecast": "Forecast, deviation from budget by month (tkr) – Borås Stad 2026, December 2026",
                           "Volumes": "Volumes – Borås Stad 2026, December 2026",
                           "KPIs": "Key figures – Borås Stad 2026, December 2026",
                           "Assignments": "Assignments – Borås Stad 2026, December 2026",
                           "Findings": "Findings – Borås Stad 2026, December 2026"}, titles)
check("economy headers", headers["Economy"] == ["Unit", "Budget (tkr)", "Outcome to date (tkr)", "Forecast (tkr)",
                                               "Deviation (tkr)", "Deviation (%)", "Measures", "Source",
                                               "Booked outcome (tkr)", "Difference from booked (tkr)"],
      headers["Economy"])
check("findings headers", headers["Findings"] == ["Severity", "Code", "Message", "File", "Line", "Column", "Unit",
                                                 "Period"], headers["Findings"])
check("ledger headers", headers["Ledger"] == ["Unit", "Period", "Report", "Line", "Budget (kr)", "Outcome (kr)",
                                             "Forecast (kr)", "Measures", "File", "Line number"], headers["Ledger"])
for ws in en.worksheets:
    check(f"{ws.title}: frozen header", ws.freeze_panes is not None, ws.freeze_panes)
    check(f"{ws.title}: autofilter", ws.auto_filter.ref is not None, ws.auto_filter.ref)
for ws in en.worksheets[:5]:
    check(f"{ws.title}: print header", ws.oddHeader.left.text == "Borås Stad" and ws.oddHeader.right.text == ws.title,
          (ws.oddHeader.left.text, ws.oddHeader.right.text))
    check(f"{ws.title}: print footer", ws.oddFooter.left.text == "Page &P of &N" and
          ws.oddFooter.right.text == "As of 2027-02-05", (ws.oddFooter.left.text, ws.oddFooter.right.text))
    header_row = 4 if ws.title == "Overview" else 2
    cells = [c for row in ws.iter_rows(min_row=header_row, max_row=ws.max_row) for c in row if c.value is not None]
    check(f"{ws.title}: thin borders", all(c.border.left.style == "thin" and c.border.top.style == "thin"
                                           for c in cells), ws.title)
wrapped = [en["Findings"].cell(row=r, column=3).alignment.wrap_text for r in range(3, en["Findings"].max_row + 1)]
check("messages wrap", wrapped and all(wrapped), wrapped[:3])
check("properties", en.properties.creator == "arshjul" and en.properties.created == dt.datetime(2027, 2, 5),
      (en.properties.creator, en.properties.created))

# Economy: every amount a number; a subtotal per unit type whose SUM formulas cover exactly that
# type's rows and whose cached values are the exact sums; committees and companies never in one figure.
eco = en["Economy"]
example_units = yaml.safe_load(open(os.path.join(root, "examples/organisation.yaml"), encoding="utf-8"))["units"]
types = {u["name"]: u["type"] for u in example_units}
rows = list(eco.iter_rows(min_row=3, values_only=True))
labels = {"Total committees": "nämnd", "Total companies": "bolag"}
data = [r for r in rows if r[0] not in labels]
check("amounts are numbers", all(isinstance(v, (int, float)) for r in data for v in r[1:5]), data[0])
check("no signed zero", all(not (isinstance(r[5], float) and r[5] == 0 and str(r[5]).startswith("-")) for r in rows))
check("percentages rounded to a tenth", all(not isinstance(r[5], float) or round(r[5], 3) == r[5] for r in rows))
subtotal_rows = [i + 3 for i, r in enumerate(rows) if r[0] in labels]
check("two subtotal rows", [rows[i - 3][0] for i in subtotal_rows] == ["Total committees", "Total companies"],
      subtotal_rows)
check("nothing adds both", all(r[0] != "Total" for r in rows))
first = 3
for at in subtotal_rows:
    kind = labels[eco.cell(row=at, column=1).value]
    check(f"{kind} rows are of their type", all(types[eco.cell(row=r, column=1).value] == kind for r in range(first, at)))
    check(f"{kind} subtotal formulas", [eco.cell(row=at, column=c).value for c in range(2, 6)] ==
          [f"=SUM({c}{first}:{c}{at - 1})" for c in "BCDE"], [eco.cell(row=at, column=c).value for c in range(2, 6)])
    first = at + 1
cached = openpyxl.load_workbook(en_path, data_only=True)["Economy"]

# Exact sums of December (the default month: the latest report in the year), computed here from
# the files: the ledger, but an årsredovisning's own economy first (its precedence).
sums = {}
with open(os.path.join(root, "examples/data/ekonomi-huvudbok-2026.csv"), encoding="utf-8-sig", newline="") as f:
    for r in csv.DictReader(f, delimiter=";"):
        if r["period"] == "202612" and r["nämnd"] != "Fritids- och folkhälsonämnd":
            s = sums.setdefault(r["nämnd"], [0, 0, 0])
            for i, k in enumerate(("budget", "utfall", "prognos")):
                s[i] += ore(r[k])
yaml_lines = 0
for dirpath, _, names in os.walk(os.path.join(root, "examples/submissions")):
    for n in names:
        doc = yaml.safe_load(open(os.path.join(dirpath, n), encoding="utf-8"))
        yaml_lines += len(doc.get("economy") or [])
        if doc["report"] == "arsredovisning" and str(doc["period"]) == "2026-12":
            name = next(u["name"] for u in example_units if u["id"] == doc["unit"])
            sums[name] = [sum(ore(line[k]) for line in doc["economy"]) for k in ("budget", "outcome", "forecast")]
check("every unit has December economy", len(sums) == len(data), (len(sums), len(data)))
for r in data:
    want = sums[r[0]]
    check(f"economy {r[0]}", [float(Fraction(w, 100000)) for w in want] == list(r[1:4]), (want, r[1:4]))
for at in subtotal_rows:
    kind = labels[eco.cell(row=at, column=1).value]
    tot = [sum(s[i] for u, s in sums.items() if types[u] == kind) for i in range(3)]
    got = [cached.cell(row=at, column=c).value for c in range(2, 6)]
    check(f"{kind} cached subtotals exact", got[:3] == [float(Fraction(t, 100000)) for t in tot], (got, tot))
    check(f"{kind} cached deviation exact", got[3] == float(Fraction(tot[0] - tot[2], 100000)))
    pct = Fraction(tot[0] - tot[2], abs(tot[0]))
    tenths = int((abs(pct) * 1000 + Fraction(1, 2)) // 1) * (1 if pct >= 0 else -1)
    check(f"{kind} cached percent", cached.cell(row=at, column=6).value == (tenths / 1000 if tenths else 0.0),
          cached.cell(row=at, column=6).value)

# Statuses and fills match the calendar engine (arshjul-check's JSON reports).
reports = json.loads(subprocess.run([f"{bin_dir}/arshjul-check", "--as-of", "2027-02-05", "--format", "json",
                                     "examples"], capture_output=True, text=True, cwd=root).stdout)["reports"]
fills = {"on_time": "FFC6EFCE", "late": "FFFFEB9C", "missing": "FFFFC7CE", "pending": "FFD9D9D9"}
words = {"on_time": "on time", "missing": "missing", "pending": "pending"}
ov = en["Overview"]
grid = {}
check("April and August marked", ov["F4"].value == "Apr *" and ov["J4"].value == "Aug *", (ov["F4"].value, ov["J4"].value))
check("legend", [ov.cell(row=3, column=c).value for c in (1, 3, 5, 7, 9)] ==
      ["Legend:", "on time", "late (N working days)", "missing", "pending"])
check("columns sized by the grid", ov.column_dimensions["A"].width < 45, ov.column_dimensions["A"].width)
unit = None
for row in ov.iter_rows(min_row=5):
    check("a unit is named once per group", row[0].value is None or row[0].value != unit, row[0].value)
    unit = row[0].value or unit
    for m, cell in enumerate(row[2:14], start=1):
        if cell.value is not None:
            grid[(unit, row[1].value, m)] = (cell.value, cell.fill.fgColor.rgb)
kinds = {"tiodagarsrapport": "10-day report", "manadsuppfoljning": "Monthly follow-up",
         "delarsrapport": "Interim report", "arsredovisning": "Annual report"}
check_units = {u["id"]: u["name"] for u in example_units}
expected_cells = 0
for r in reports:
    key = (check_units[r["unit"]], kinds[r["report"]], int(r["period"][5:]))
    word = words.get(r["status"]) or f"late ({r['working_days_late']} working day{'s' if r['working_days_late'] != 1 else ''})"
    if not r["required"]:
        word += " (voluntary)"
    got = grid.get(key)
    expected_cells += 1
    check(f"grid {key}", got == (word, fills[r["status"]]), (got, word, r))
check("grid has nothing else", len(grid) == expected_cells, (len(grid), expected_cells))

# Assignments: dates are dates; flags name the codes.
asg = en["Assignments"]
due = [r[6] for r in asg.iter_rows(min_row=3, values_only=True)]
check("due dates are dates", all(isinstance(d, dt.datetime) for d in due if d is not None) and any(due))
flags = {r[0]: r[8] for r in asg.iter_rows(min_row=3, values_only=True)}
fill = {r[0].value: r[0].fill.fgColor.rgb for r in asg.iter_rows(min_row=3)}
check("flagged rows filled", fill["GRU-2026-012"] == "FFFCE4E4" and fill["TN-2026-011"] == "FFFCE4E4" and
      list(fill.values()).count("FFFCE4E4") == 2, fill)
check("ARS301 flag", flags.get("GRU-2026-012") == "ARS301", flags.get("GRU-2026-012"))
check("ARS302 flag", flags.get("TN-2026-011") == "ARS302", flags.get("TN-2026-011"))

# Findings sheet: every finding of the check.
check_findings = json.loads(subprocess.run([f"{bin_dir}/arshjul-check", "--as-of", "2027-02-05", "--format", "json",
                                            "--lang", "en", "examples"], capture_output=True, text=True,
                                           cwd=root).stdout)["findings"]
sheet_findings = [(r[1], r[2], r[3], r[4], r[5]) for r in en["Findings"].iter_rows(min_row=3, values_only=True)]
check("findings sheet", sheet_findings == [(f["code"], f["message"], f["file"], f["line"], f["column"])
                                           for f in check_findings])
ledger_rows = en["Ledger"].max_row - 1
ledger_csv_rows = sum(1 for line in open(os.path.join(root, "examples/data/ekonomi-huvudbok-2026.csv"),
                                         encoding="utf-8-sig") if not line.startswith(("nämnd;", "Fritids- och folkhälsonämnd;")))
company_rows = sum(1 for line in open(os.path.join(root, "examples/data/ekonomi-bolag-2026.csv"), encoding="utf-8-sig")
                   if not line.startswith("enhet;"))
check("ledger has every economy row", ledger_rows == ledger_csv_rows + yaml_lines + company_rows,
      (ledger_rows, ledger_csv_rows, yaml_lines, company_rows))

# --- text from the data is text, never a formula; exact sums of inexact binary fractions ---
tx = os.path.join(tmp, "text.xlsx")
p = xlsx("--include-ledger", "--period", "2026-01", "-o", tx, "tests/data/xlsx-text")
check("text dataset", p.returncode == 0, p.stderr)
wb = openpyxl.load_workbook(tx)
for ws in wb.worksheets:
    for row in ws.iter_rows():
        for c in row:
            # Formulas only in the subtotal rows.
            subtotal = str(ws.cell(c.row, 1).value).startswith("Summa ")
            if isinstance(c.value, str) and c.value[:1] in "=+-@" and not (subtotal and c.column > 1):
                check(f"{ws.title}!{c.coordinate} is text", c.data_type == "s", (c.value, c.data_type))
eco_t = openpyxl.load_workbook(tx)["Ekonomi"]
check("=1+1 unit name is text", eco_t["A3"].value == "=1+1" and eco_t["A3"].data_type == "s", eco_t["A3"].value)
exact = sum(Fraction(i * 100 + 10) for i in range(1, 1001))
cached_t = openpyxl.load_workbook(tx, data_only=True)["Ekonomi"]
check("exact budget of 1000 rows", cached_t["B4"].value == float(exact / 100000), (cached_t["B4"].value, exact))
# Kulturnämnden's January economy comes from its månadsuppföljning (0,10), which
# takes precedence over its ledger row (0,20).
check("precedence over the ledger", cached_t["B3"].value == float(Fraction(10, 100000)), cached_t["B3"].value)
check("exact subtotal", cached_t["B5"].value == float((exact + 10) / 100000), cached_t["B5"].value)
check("KPI status 0.9 vs 1.1 ± 0.2 is yellow", [r for r in wb["Nyckeltal"].iter_rows(min_row=3, values_only=True)][0][6] == "gul")

# --- reproducible bytes; as-of changes only the date-bound parts ---
a, b, c = (os.path.join(tmp, n) for n in ("a.xlsx", "b.xlsx", "c.xlsx"))
xlsx("--include-ledger", "-o", a, "examples")
xlsx("--include-ledger", "-o", b, "examples")
check("identical bytes", open(a, "rb").read() == open(b, "rb").read())
subprocess.run([f"{bin_dir}/arshjul-xlsx", "--as-of", "2027-02-06", "--include-ledger", "-o", c, "examples"], cwd=root)
za, zc = zipfile.ZipFile(a), zipfile.ZipFile(c)
changed = sorted(n for n in za.namelist() if za.read(n) != zc.read(n))
# The as-of date is in the overview's title and every summary sheet's print footer, never in the ledger.
summary_sheets = len(openpyxl.load_workbook(a, read_only=True).sheetnames) - 1
check("as-of changes only core.xml and the summary sheets", changed == ["docProps/core.xml"] + [
    f"xl/worksheets/sheet{i}.xml" for i in range(1, summary_sheets + 1)], changed)
p = xlsx("-o", a, "examples", env={"SOURCE_DATE_EPOCH": "1767225600"})
check("SOURCE_DATE_EPOCH", openpyxl.load_workbook(a).properties.created == dt.datetime(2026, 1, 1), p.stderr)

# --- options ---
folder = os.path.join(tmp, "units")
p = xlsx("--split-by", "unit", "-o", folder, "examples")
check("split-by unit", p.returncode == 0 and len(os.listdir(folder)) == 21, (p.stderr, os.listdir(folder)))
one = openpyxl.load_workbook(os.path.join(folder, "kulturnamnden.xlsx"))
units_in = {r[0] for r in one["Ekonomi"].iter_rows(min_row=3, max_row=one["Ekonomi"].max_row - 1, values_only=True)}
check("split workbook holds its unit", units_in == {"Kulturnämnden"}, units_in)
p = xlsx("--unit", "kulturnamnden", "--unit", "tekniska-namnden", "--strict", "-o", a, "examples")
check("--unit with --strict exits 1", p.returncode == 1, p.returncode)
codes = {r[1] for r in openpyxl.load_workbook(a)["Kontrollfynd"].iter_rows(min_row=3, values_only=True)}
check("--unit narrows the findings", codes == {"ARS104", "ARS201", "ARS202", "ARS203", "ARS302", "ARS106"}, codes)
p = xlsx("--unit", "valnamnden", "--strict", "-o", a, "examples")
check("a clean unit with --strict exits 1 only for findings of no unit", p.returncode == 1, p.returncode)

# --- refusals: exit 2, nothing changed ---
before = open(a, "rb").read()
for args, label in ((["--unit", "no-such-unit"], "unknown unit"), (["--period", "2026-13"], "bad period")):
    p = xlsx(*args, "-o", a, "examples")
    check(label, p.returncode == 2 and open(a, "rb").read() == before, (p.returncode, p.stderr))
p = xlsx("-o", tmp, "examples")
check("output is a folder", p.returncode == 2 and "det är en mapp" in p.stderr, p.stderr)
p = xlsx("-o", "examples/organisation.yaml", "examples")
check("output is an input", p.returncode == 2 and "indatafilerna" in p.stderr, p.stderr)
check("no temporary files left", not [n for n in os.listdir(tmp) if ".tmp-" in n], os.listdir(tmp))
p = xlsx("examples")
check("-o is required", p.returncode == 2, p.returncode)

finish()
