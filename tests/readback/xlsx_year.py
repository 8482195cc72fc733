"""The year's sheets read back with python3-openpyxl against an independent
computation from the example files (Python decimal and fractions, not the
library's code): Prognos's D(M) per unit and month, its subtotals' formulas and
cached values, the final outcome, the interim forecast error and its share;
Volymer's deviations, shares and volume effects; exact to the öre."""
import csv
import os
import subprocess
import sys
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import openpyxl
import yaml

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pylib"))
from checklist import check, finish  # noqa: E402

bin_dir, root = sys.argv[1], sys.argv[2]
examples = os.path.join(root, "examples")
tmp = tempfile.mkdtemp()


def ore(text):
    t = str(text).replace("\u2212", "-").replace(" ", "").replace("\u00a0", "").replace(",", ".")
    return int(Fraction(t) * 100)


def tkr(value_ore):
    """The cell value a workbook must hold for an amount in öre: tkr, the double nearest the exact value."""
    return float(Fraction(value_ore, 100000))


org = yaml.safe_load(open(os.path.join(examples, "organisation.yaml"), encoding="utf-8"))
units = org["units"]
by_name = {u["name"]: u for u in units}
by_id = {u["id"]: u for u in units}
RANK = {"arsredovisning": 0, "delarsrapport": 1, "manadsuppfoljning": 2, "tiodagarsrapport": 3, "ledger": 4}

# economy[(unit id, month)][source] = [budget, outcome, forecast] in öre
economy = {}
with open(os.path.join(examples, "data/ekonomi-huvudbok-2026.csv"), encoding="utf-8-sig", newline="") as f:
    for r in csv.DictReader(f, delimiter=";"):
        if r["nämnd"] not in by_name or not r["period"].startswith("2026"):
            continue
        t = economy.setdefault((by_name[r["nämnd"]]["id"], int(r["period"][4:])), {}).setdefault("ledger", [0, 0, 0])
        for i, k in enumerate(("budget", "utfall", "prognos")):
            t[i] += ore(r[k])
interim = {}  # unit id -> the period month of its first delårsrapport
volumes = {}  # (unit id, month, volume id) -> (rank, row)
for dirpath, _, names in sorted(os.walk(os.path.join(examples, "submissions"))):
    for n in sorted(names):
        doc = yaml.safe_load(open(os.path.join(dirpath, n), encoding="utf-8"))
        month = int(str(doc["period"])[5:])
        if doc.get("economy"):
            economy.setdefault((doc["unit"], month), {})[doc["report"]] = [
                sum(ore(line[k]) for line in doc["economy"]) for k in ("budget", "outcome", "forecast")]
        if doc["report"] == "delarsrapport":
            interim[doc["unit"]] = min(month, interim.get(doc["unit"], 13))
        for v in doc.get("volumes") or []:
            key = (doc["unit"], month, v["id"])
            if key not in volumes or RANK[doc["report"]] < volumes[key][0]:
                volumes[key] = (RANK[doc["report"]], v)
with open(os.path.join(examples, "data/inlamningar-2026.csv"), encoding="utf-8-sig", newline="") as f:
    for r in csv.DictReader(f, delimiter=";"):
        if r["rapport"] == "delårsrapport":
            u = by_name.get(r["nämnd"], by_id.get(r["nämnd"]))
            month = int(r["period"].replace("-", "")[4:])
            interim[u["id"]] = min(month, interim.get(u["id"], 13))


def picked(unit_id, month):
    sources = economy.get((unit_id, month))
    return sources[min(sources, key=RANK.get)] if sources else None


def run(period):
    out = os.path.join(tmp, f"{period}.xlsx")
    p = subprocess.run([f"{bin_dir}/arshjul-xlsx", "--as-of", "2027-02-05", "--period", period, "-o", out, examples],
                       capture_output=True, text=True)
    check(f"arshjul-xlsx --period {period}", p.returncode == 0, p.stderr)
    return openpyxl.load_workbook(out), openpyxl.load_workbook(out, data_only=True)


for period in ("2026-12", "2026-08"):
    last = int(period[5:])
    wb, cached = run(period)
    check("sheet order", wb.sheetnames == ["Översikt", "Ekonomi", "Prognos", "Volymer", "Nyckeltal", "Uppdrag",
                                           "Kontrollfynd"], wb.sheetnames)
    ws, wc = wb["Prognos"], cached["Prognos"]
    header = [c.value for c in ws[2]]
    check("Prognos header", header == ["Enhet", "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt",
                                       "nov", "dec", "Slutligt utfall (tkr)", "Prognosfel delår (tkr)",
                                       "Prognosfel delår (%)"], header)
    # The units with economy in the year, nämnder then bolag, in organisation order, each group then its subtotal.
    expected_names = []
    for typ, label in (("nämnd", "Summa nämnder"), ("bolag", "Summa bolag")):
        group = [u for u in units if u["type"] == typ and any(picked(u["id"], m) for m in range(1, 13))]
        expected_names += [u["name"] for u in group] + ([label] if group else [])
    names = [ws.cell(row=r, column=1).value for r in range(3, ws.max_row + 1)]
    check(f"{period}: Prognos rows", names == expected_names, names)
    first = 3
    for r, name in enumerate(names, start=3):
        if name.startswith("Summa "):
            typ = "nämnd" if name == "Summa nämnder" else "bolag"
            for m in range(1, 13):
                col = 1 + m
                letter = chr(ord("A") + col - 1)
                values = [picked(u["id"], m) for u in units if u["type"] == typ]
                values = [v for v in values if v]
                if m > last or not values:
                    check(f"{period}: {name} {m} blank", ws.cell(row=r, column=col).value is None,
                          ws.cell(row=r, column=col).value)
                    continue
                check(f"{period}: {name} {m} formula", ws.cell(row=r, column=col).value ==
                      f"=SUM({letter}{first}:{letter}{r - 1})", ws.cell(row=r, column=col).value)
                want = sum(v[0] - v[2] for v in values)
                check(f"{period}: {name} {m} cached exact", wc.cell(row=r, column=col).value == tkr(want),
                      (wc.cell(row=r, column=col).value, want))
            first = r + 1
            continue
        uid = by_name[name]["id"]
        for m in range(1, 13):
            e = picked(uid, m)
            got = ws.cell(row=r, column=1 + m).value
            want = tkr(e[0] - e[2]) if e and m <= last else None
            check(f"{period}: D({m}) of {name}", got == want, (got, want))
        final = picked(uid, 12)
        got = [ws.cell(row=r, column=c).value for c in (14, 15, 16)]
        want_final = tkr(final[1]) if final else None
        error = share = None
        if final and uid in interim and interim[uid] < 12 and picked(uid, interim[uid]):
            at = picked(uid, interim[uid])
            e_ore = at[2] - final[1]  # E = forecast − final outcome
            error = tkr(e_ore)
            if at[0] != 0:
                pct = Fraction(e_ore, abs(at[0]))
                tenths = int((abs(pct) * 1000 + Fraction(1, 2)) // 1) * (1 if pct >= 0 else -1)
                share = tenths / 1000 if tenths else 0.0
        check(f"{period}: final outcome and accuracy of {name}", got == [want_final, error, share],
              (got, [want_final, error, share]))
    check(f"{period}: a unit without a delårsrapport has no accuracy",
          any(n == "Kulturnämnden" for n in names) and
          [ws.cell(row=names.index("Kulturnämnden") + 3, column=c).value for c in (15, 16)] == [None, None])

    # Volymer: the period's picked rows; effect = (budget − forecast) × unit cost, half away from zero to öre.
    vs, vc = wb["Volymer"], cached["Volymer"]
    rows = [[c.value for c in row] for row in vs.iter_rows(min_row=3)]
    want_rows, effects = [], {}
    for u in sorted(units, key=lambda u: u["type"] != "nämnd"):
        for (uid, month, vid), (_, v) in sorted(volumes.items()):
            if uid != u["id"] or month != last:
                continue
            b, o, fc = Decimal(str(v["budget"])), Decimal(str(v["outcome"])), Decimal(str(v["forecast"]))
            cost = Decimal(ore(v["unit_cost"])) if "unit_cost" in v else None
            effect = ((b - fc) * cost).quantize(Decimal(1), rounding=ROUND_HALF_UP) if cost is not None else None
            dev = fc - b
            share = None
            if b != 0:
                pct = Fraction(dev) / Fraction(b)
                tenths = int((abs(pct) * 1000 + Fraction(1, 2)) // 1) * (1 if pct >= 0 else -1)
                share = tenths / 1000 if tenths else 0.0
            want_rows.append([u["name"], v.get("name", vid), v.get("measure_unit"), float(b), float(o), float(fc),
                              float(dev), share, float(cost) / 100 if cost is not None else None,
                              tkr(int(effect)) if effect is not None else None])
            if effect is not None:
                effects[u["type"]] = effects.get(u["type"], 0) + int(effect)
    data = [r for r in rows if not str(r[0]).startswith("Summa ")]
    check(f"{period}: Volymer rows", data == want_rows, (data[:2], want_rows[:2]))
    for r, row in enumerate(rows, start=3):
        if row[0] == "Summa nämnder":
            n = len([x for x in want_rows if by_name[x[0]]["type"] == "nämnd"])
            check(f"{period}: volume effect subtotal formula", row[9] == f"=SUM(J3:J{r - 1})" and r - 3 == n, row)
            check(f"{period}: volume effect subtotal cached exact", vc.cell(row=r, column=10).value ==
                  tkr(effects["nämnd"]), (vc.cell(row=r, column=10).value, effects))
    # August: both volume-based committees' delårsrapporter; December: only the early årsredovisning's.
    check(f"{period}: a volume row per volume of the period", len(want_rows) == (4 if last == 8 else 2), len(want_rows))

# Volymer per workbook under --split-by unit, and arshjul-md's section decided the same way.
folder = os.path.join(tmp, "units")
p = subprocess.run([f"{bin_dir}/arshjul-xlsx", "--as-of", "2027-02-05", "--split-by", "unit", "-q", "-o", folder,
                    examples], capture_output=True, text=True)
check("split-by unit", p.returncode == 0, p.stderr)
for uid in ("individ-och-familjeomsorgsnamnden", "kulturnamnden"):
    names = openpyxl.load_workbook(os.path.join(folder, uid + ".xlsx"), read_only=True).sheetnames
    volume_based = by_id[uid].get("volume_based", False)
    check(f"Volymer in {uid}'s workbook only when volume-based", ("Volymer" in names) == volume_based, names)
    md = subprocess.run([f"{bin_dir}/arshjul-md", "--as-of", "2027-02-05", "-q", "--unit", uid, examples],
                        capture_output=True, text=True).stdout
    check(f"Volymer in {uid}'s Markdown only when volume-based", ("\n## Volymer" in md) == volume_based, uid)

finish()
