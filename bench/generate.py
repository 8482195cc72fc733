#!/usr/bin/env python3
"""Deterministic benchmark inputs, as Swedish municipalities produce them.

  generate.py DIR --ledger-rows N [--submissions M]

writes DIR/organisation.yaml (25 units, two of them volume-based, one with
critical key figures), DIR/ekonomi-huvudbok.csv (N rows as Swedish Excel writes
them: BOM, ';', decimal comma, CRLF, extra columns ansvar/verksamhet/konto, the
twelve months of the year), with a ledger also the year's data beside it
(DIR/volymer.csv: three volumes of every unit in every month, and
DIR/inlamningar.csv: every unit's delårsrapport and årsredovisning, so the
forecast development, the final outcome and the interim accuracy are all
computed) and M YAML submission files of about 4 KB each under
DIR/submissions/ with economy, KPIs, assignments and Swedish analysis text.
"""
import argparse
import os
import random
import textwrap

UNITS = [f"enhet-{i:02d}" for i in range(1, 26)]
NAMES = [f"Nämnd nummer {i}" for i in range(1, 26)]
LINES = ["Personalkostnader", "Lokalkostnader", "Köpt verksamhet", "Övriga kostnader", "Intäkter"]


def amount(r, lo, hi):
    ore = r.randrange(lo * 100, hi * 100)
    kr, o = divmod(ore, 100)
    return f"{kr:,}".replace(",", " ") + f",{o:02d}"


def organisation(d):
    lines = ["year: 2026", "municipality: Benchkommun", "units:"]
    for i, (uid, name) in enumerate(zip(UNITS, NAMES)):
        lines += [f"  - id: {uid}", f"    name: {name}", f"    type: {'bolag' if i >= 21 else 'nämnd'}",
                  "    monthly_reports: [2, 3, 4, 5, 6, 8, 9, 10, 11]"]
        if i < 2:
            lines.append("    volume_based: true")
        if i == 2:
            lines.append("    critical_kpis: [nyckeltal_0, nyckeltal_1]")
    open(os.path.join(d, "organisation.yaml"), "w", encoding="utf-8").write("\n".join(lines) + "\n")


def ledger(d, n):
    r = random.Random(1)
    path = os.path.join(d, "ekonomi-huvudbok.csv")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\ufeffnämnd;period;ansvar;verksamhet;konto;rad;budget;utfall;prognos;åtgärder\r\n")
        buf = []
        for i in range(n):
            u = i % 25
            month = 1 + (i // 25) % 12
            buf.append(f"{NAMES[u]};2026{month:02d};{1000 + u};{300 + r.randrange(40)};{4000 + r.randrange(900)};"
                       f"{LINES[i % 5]};{amount(r, 1000, 900000)};{amount(r, 100, 500000)};{amount(r, 1000, 900000)};"
                       f"{'Översyn av bemanning' if i % 97 == 0 else ''}\r\n")
            if len(buf) == 10000:
                f.write("".join(buf))
                buf.clear()
        f.write("".join(buf))


def year(d):
    """The year beside the ledger: volumes every month, and the delårsrapport and årsredovisning of every unit."""
    r = random.Random(3)
    with open(os.path.join(d, "volymer.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\ufeffnämnd;period;volym;namn;budget;utfall;prognos;måttenhet;styckkostnad\r\n")
        for u in range(25):
            for month in range(1, 13):
                for k, (vid, unit) in enumerate((("placeringsdygn", "dygn"), ("hemtjanst_timmar", "timmar"),
                                                 ("platser", "platser"))):
                    budget = 1000 * (k + 1) * (u + 1)
                    f.write(f"{NAMES[u]};2026{month:02d};{vid};Volym {k};{budget};{budget * month // 12};"
                            f"{budget + r.randrange(-budget // 10, budget // 10)};{unit};{r.randrange(100, 5000)},50\r\n")
    with open(os.path.join(d, "inlamningar.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\ufeffnämnd;rapport;period;inlämnad;beslutad\r\n")
        for u in range(25):
            f.write(f"{UNITS[u]};delårsrapport;2026-08;2026-09-18;2026-09-17\r\n")
            f.write(f"{UNITS[u]};årsredovisning;2026-12;2027-02-10;2027-02-09\r\n")


ANALYSIS = ("Förvaltningen bedömer att verksamheten i huvudsak bedrivs enligt plan. Kostnaderna för "
            "personal ligger något över budget till följd av ökade vikariekostnader under sommaren, medan "
            "lokalkostnaderna är lägre än beräknat. Åtgärder för att minska sjukfrånvaron fortsätter. ")


def submissions(d, m):
    sub = os.path.join(d, "submissions")
    os.makedirs(sub, exist_ok=True)
    r = random.Random(2)
    for i in range(m):
        u = i % 25
        month = [2, 3, 4, 5, 6, 8, 9, 10, 11][(i // 25) % 9]
        year = 2026 + (i // 225)  # beyond one year of reports the periods repeat in later years
        lines = [f"# Månadsuppföljning {2026}-{month:02d}, {UNITS[u]}", f"unit: {UNITS[u]}",
                 "report: manadsuppfoljning", f"period: {2026}-{month:02d}",
                 f"submitted: 2026-{month + 1:02d}-10" if month < 12 else "submitted: 2027-01-10",
                 f"decided: 2026-{month + 1:02d}-09" if month < 12 else "decided: 2027-01-09", "economy:"]
        for k in range(8):
            lines += [f"  - line: {LINES[k % 5]} {k}", f"    budget: \"{amount(r, 1000, 900000)}\"",
                      f"    outcome: \"{amount(r, 100, 500000)}\"", f"    forecast: \"{amount(r, 1000, 900000)}\""]
            if k % 3 == 0:
                lines.append("    measures: Översyn av bemanning och vikarieanvändning  # åtgärd enligt plan")
        lines.append("kpis:")
        for k in range(6):
            lines += [f"  - id: nyckeltal_{k}", f"    name: Nyckeltal {k}", f"    value: {r.randrange(0, 100)}.5",
                      "    target: 50", "    direction: higher", "    tolerance: 5", "    measure_unit: \"%\""]
        lines.append("assignments:")
        for k in range(4):
            lines += [f"  - id: U-{u:02d}-{k}-{i}", f"    title: Uppdrag {k}", "    within_budget: true",
                      "    due: 2026-12-31", "    status: ongoing"]
        lines.append("analysis: |")
        for _ in range(5):  # paragraphs wrapped as an editor writes them
            lines += ["  " + row for row in textwrap.wrap(ANALYSIS, 76)] + [""]
        del year
        open(os.path.join(sub, f"s{i:05d}.yaml"), "w", encoding="utf-8").write("\n".join(lines))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--ledger-rows", type=int, default=0)
    ap.add_argument("--submissions", type=int, default=0)
    a = ap.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    organisation(a.dir)
    if a.ledger_rows:
        ledger(a.dir, a.ledger_rows)
        year(a.dir)
    if a.submissions:
        submissions(a.dir, a.submissions)


if __name__ == "__main__":
    main()
