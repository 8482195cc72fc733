#!/usr/bin/env python3
"""Deterministic benchmark inputs, as Swedish municipalities produce them.

  generate.py DIR --ledger-rows N [--submissions M] [--sie-rows K]

writes DIR/organisation.yaml (25 units, two of them volume-based, one with
critical key figures), DIR/ekonomi-huvudbok.csv (N rows as Swedish Excel writes
them: BOM, ';', decimal comma, CRLF, extra columns ansvar/verksamhet/konto, the
twelve months of the year), with a ledger also the year's data beside it
(DIR/volymer.csv: three volumes of every unit in every month, and
DIR/inlamningar.csv: every unit's delårsrapport and årsredovisning, so the
forecast development, the final outcome and the interim accuracy are all
computed) and M YAML submission files of about 4 KB each under
DIR/submissions/ with economy, KPIs, assignments and Swedish analysis text.
With --sie-rows, company enhet-22 gets an org_number and DIR/bocker/ its books:
an SIE type 4 export (CP437, CRLF, #KSUMMA) with K #TRANS rows in #VER vouchers
over the year, and DIR/ekonomi-bolag.csv its monthly follow-ups, whose reported
outcome to date is the booked one except in October (1 % off: one ARS701).
"""
import argparse
import os
import random
import textwrap
import zlib

UNITS = [f"enhet-{i:02d}" for i in range(1, 26)]
NAMES = [f"Nämnd nummer {i}" for i in range(1, 26)]
SIE_UNIT = 21  # enhet-22, the first company
LINES = ["Personalkostnader", "Lokalkostnader", "Köpt verksamhet", "Övriga kostnader", "Intäkter"]


def amount(r, lo, hi):
    ore = r.randrange(lo * 100, hi * 100)
    kr, o = divmod(ore, 100)
    return f"{kr:,}".replace(",", " ") + f",{o:02d}"


def organisation(d, org_number=None):
    lines = ["year: 2026", "municipality: Benchkommun", "units:"]
    for i, (uid, name) in enumerate(zip(UNITS, NAMES)):
        lines += [f"  - id: {uid}", f"    name: {name}", f"    type: {'bolag' if i >= 21 else 'nämnd'}",
                  "    monthly_reports: [2, 3, 4, 5, 6, 8, 9, 10, 11]"]
        if i < 2:
            lines.append("    volume_based: true")
        if i == 2:
            lines.append("    critical_kpis: [nyckeltal_0, nyckeltal_1]")
        if i == SIE_UNIT and org_number:
            lines.append(f"    org_number: {org_number}")
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


def sie_amount(ore):
    sign = "-" if ore < 0 else ""
    kr, o = divmod(abs(ore), 100)
    return f"{sign}{kr}" if o == 0 else f"{sign}{kr}.{o:02d}"


def books(d, n):
    """n #TRANS rows in vouchers of four (three result accounts and a balancing bank row), and the
    company's follow-ups. The #KSUMMA is the CRC-32 of every label and field content, as the format says."""
    r = random.Random(4)
    orgnr = "556000-0022"
    head = ["#PROGRAM \"Benchekonomi\" 1.0", "#FORMAT PC8", "#GEN 20270115", "#SIETYP 4", f"#ORGNR {orgnr}",
            f"#FNAMN \"{NAMES[SIE_UNIT]}\"", "#RAR 0 20260101 20261231", "#KPTYP BAS2014"]
    crc_parts = [["#PROGRAM", "Benchekonomi", "1.0"], ["#FORMAT", "PC8"], ["#GEN", "20270115"], ["#SIETYP", "4"],
                 ["#ORGNR", orgnr], ["#FNAMN", NAMES[SIE_UNIT]], ["#RAR", "0", "20260101", "20261231"],
                 ["#KPTYP", "BAS2014"]]
    accounts = [str(a) for a in range(3000, 8000, 25)]  # 200 result accounts
    for a in accounts + ["1930"]:
        name = f"Konto {a}, kostnader för år och ö"
        head.append(f"#KONTO {a} \"{name}\"")
        crc_parts.append(["#KONTO", a, name])
    month_total = [0] * 13
    account_total = {}
    os.makedirs(os.path.join(d, "bocker"), exist_ok=True)
    path = os.path.join(d, "bocker", "bolag-22-2026.se")
    crc = zlib.crc32("".join("".join(p) for p in crc_parts).encode("cp437"))
    with open(path, "wb") as f:
        f.write(("\r\n".join(["#FLAGGA 0", "#KSUMMA"] + head) + "\r\n").encode("cp437"))
        out, parts, vouchers = [], [], n // 4
        for v in range(vouchers):
            month = 1 + v * 12 // vouchers
            date = f"2026{month:02d}{1 + v % 28:02d}"
            text = f"Faktura {v}, ärende"
            out.append(f"#VER A {v + 1} {date} \"{text}\" 20270110\r\n{{\r\n")
            parts += ["#VER", "A", str(v + 1), date, text, "20270110"]
            rows, total = [], 0
            for k in range(3):
                account, ore = accounts[r.randrange(200)], r.randrange(-2_000_000, 5_000_000)
                rows.append((account, '{1 "100"}' if k == 1 else "{}", ore))
                total += ore
            rows.append(("1930", "{}", -total))
            for account, objects, ore in rows:
                amount = sie_amount(ore)
                out.append(f"\t#TRANS {account} {objects} {amount}\r\n")
                parts += ["#TRANS", account] + (["1", "100"] if objects != "{}" else []) + [amount]
                if account != "1930":
                    month_total[month] += ore
                    account_total[account] = account_total.get(account, 0) + ore
            out.append("}\r\n")
            if len(out) > 20000:
                f.write("".join(out).encode("cp437"))
                crc = zlib.crc32("".join(parts).encode("cp437"), crc)
                out.clear()
                parts.clear()
        for account in sorted(account_total):
            amount = sie_amount(account_total[account])
            out.append(f"#RES 0 {account} {amount}\r\n")
            parts += ["#RES", "0", account, amount]
        crc = zlib.crc32("".join(parts).encode("cp437"), crc)
        out.append(f"#KSUMMA {crc}\r\n")
        f.write("".join(out).encode("cp437"))
    with open(os.path.join(d, "ekonomi-bolag.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\ufeffenhet;rapport;period;rad;budget;utfall;prognos\r\n")
        to_date = 0
        for month in range(1, 13):
            to_date += month_total[month]
            if month not in (2, 3, 4, 5, 6, 8, 9, 10, 11):
                continue
            reported = to_date * 101 // 100 if month == 10 else to_date
            costs = reported * 3 // 5
            for line, ore in (("Personalkostnader", costs), ("Övriga kostnader", reported - costs)):
                f.write(f"{NAMES[SIE_UNIT]};månadsuppföljning;2026-{month:02d};{line};0,00;"
                        f"{sie_amount(ore).replace('.', ',')};0,00\r\n")


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
    ap.add_argument("--sie-rows", type=int, default=0)
    a = ap.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    organisation(a.dir, "556000-0022" if a.sie_rows else None)
    if a.sie_rows:
        books(a.dir, a.sie_rows)
    if a.ledger_rows:
        ledger(a.dir, a.ledger_rows)
        year(a.dir)
    if a.submissions:
        submissions(a.dir, a.submissions)


if __name__ == "__main__":
    main()
