"""The Ekonomi sheet's booked columns read back with python3-openpyxl against
arshjul-check's JSON `bookkeeping` and findings, and the Markdown table against
the same, for October 2026 of the examples: Borås Elnät AB's ARS701 fills its
row, Borås Energi och Miljö AB reconciles, units without books stay blank."""
import json
import os
import subprocess
import sys
import tempfile

import openpyxl

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pylib"))
from checklist import check, finish  # noqa: E402

bin_dir, root = sys.argv[1], sys.argv[2]
tmp = tempfile.mkdtemp()


def run(tool, *args):
    period = [] if tool == "arshjul-check" else ["--period", "2026-10"]  # the check always sees the whole year
    return subprocess.run([f"{bin_dir}/{tool}", "--as-of", "2027-02-05", *period, "--lang", "en", *args],
                          capture_output=True, text=True, cwd=root)


report = json.loads(run("arshjul-check", "--format", "json", "examples").stdout)
org_names = {}
for line in open(os.path.join(root, "examples/organisation.yaml"), encoding="utf-8"):
    if line.strip().startswith("- id:"):
        uid = line.split(":", 1)[1].strip()
    elif line.strip().startswith("name:"):
        org_names[line.split(":", 1)[1].strip()] = uid
booked = {}
for b in report["bookkeeping"]:
    months = {m["period"]: m["booked_outcome"] for m in b["months"]}
    if "2026-10" in months:
        booked[b["unit"]] = months["2026-10"]
flagged = {f["unit"] for f in report["findings"] if f["code"] == "ARS701" and f.get("period") == "2026-10"}
check("the examples book October for two companies", set(booked) == {"boras-elnat", "boras-energi-och-miljo"}, booked)
check("ARS701 for Borås Elnät AB in October", flagged == {"boras-elnat"}, flagged)

path = os.path.join(tmp, "oktober.xlsx")
p = run("arshjul-xlsx", "-o", path, "examples")
check("arshjul-xlsx exit 0", p.returncode == 0, p.stderr)
sheet = openpyxl.load_workbook(path)["Economy"]
header = [c.value for c in sheet[2]]
check("booked headers", header[8:10] == ["Booked outcome (tkr)", "Difference from booked (tkr)"], header)
seen = set()
for row in sheet.iter_rows(min_row=3):
    name = row[0].value
    uid = org_names.get(name)
    if uid is None:  # a subtotal: never booked columns
        check(f"subtotal {name} has no booked cells", row[8].value is None and row[9].value is None,
              (row[8].value, row[9].value))
        continue
    if uid in booked:
        seen.add(uid)
        outcome_tkr = row[2].value
        check(f"{uid} booked", row[8].value == booked[uid] / 100000, (row[8].value, booked[uid]))
        check(f"{uid} difference", abs(row[9].value - (outcome_tkr - booked[uid] / 100000)) < 1e-6,
              (row[9].value, outcome_tkr))
        fill = row[9].fill.fgColor.rgb if row[9].fill and row[9].fill.fill_type else None
        check(f"{uid} fill", (fill == "FFFCE4E4") == (uid in flagged), fill)
    else:
        check(f"{uid} without books is blank", row[8].value is None and row[9].value is None,
              (row[8].value, row[9].value))
check("both companies on the sheet", seen == set(booked), seen)

md = run("arshjul-md", "-o", "-", "examples").stdout
rows = {line.split("|")[1].strip(): [c.strip() for c in line.split("|")[1:-1]]
        for line in md.split("## Economy", 1)[1].split("\n## ", 1)[0].splitlines() if line.startswith("| ")}
check("Markdown marks ARS701", rows["Borås Elnät AB"][-1].endswith("⚠ ARS701"), rows["Borås Elnät AB"])
check("Markdown reconciled company", rows["Borås Energi och Miljö AB"][-1] == "0", rows["Borås Energi och Miljö AB"])
check("Markdown booked of Elnät", rows["Borås Elnät AB"][-2] == f"{round(booked['boras-elnat'] / 100000):,}",
      rows["Borås Elnät AB"])
finish()
