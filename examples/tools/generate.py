#!/usr/bin/env python3
"""Writes the fictional Borås-like example dataset for 2026 (as of 2027-02-05: the year is over,
some årsredovisningar are in, the rest not yet due).

Deterministic: the same files every run. The deliberate problems are marked
PROBLEM below and listed in examples/README.md.
"""
import datetime as dt
import os
import random
import zlib

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
rng = random.Random(2026)

# id, name, type, monthly plan, budget (kr, net cost), YAML submitter?
UNITS = [
    ("kommunstyrelsen", "Kommunstyrelsen", "nämnd", [2, 3, 4, 5, 8, 9, 10, 11], 268_400_000, False),
    ("forskolenamnden", "Förskolenämnden", "nämnd", [2, 3, 4, 5, 8, 9, 10, 11], 912_300_000, True),
    ("grundskolenamnden", "Grundskolenämnden", "nämnd", [2, 3, 4, 5, 8, 9, 10, 11], 1_618_700_000, True),
    ("gymnasie-och-vuxenutbildningsnamnden", "Gymnasie- och vuxenutbildningsnämnden", "nämnd", [4, 8, 10], 598_200_000, False),
    ("individ-och-familjeomsorgsnamnden", "Individ- och familjeomsorgsnämnden", "nämnd", [2, 3, 4, 5, 8, 9, 10, 11], 452_600_000, True),
    ("sociala-omsorgsnamnden", "Sociala omsorgsnämnden", "nämnd", [2, 3, 4, 5, 8, 9, 10, 11], 1_024_900_000, True),
    ("vard-och-aldrenamnden", "Vård- och äldrenämnden", "nämnd", [2, 3, 4, 5, 8, 9, 10, 11], 1_318_500_000, True),
    ("arbetslivsnamnden", "Arbetslivsnämnden", "nämnd", [4, 8, 10], 301_800_000, False),
    ("fritids-och-folkhalsonamnden", "Fritids- och folkhälsonämnden", "nämnd", [4, 8, 10], 247_100_000, False),
    ("kulturnamnden", "Kulturnämnden", "nämnd", [2, 4, 8, 10], 201_600_000, True),
    ("miljo-och-konsumentnamnden", "Miljö- och konsumentnämnden", "nämnd", [4, 8], 31_200_000, False),
    ("samhallsbyggnadsnamnden", "Samhällsbyggnadsnämnden", "nämnd", [4, 8, 10], 62_800_000, False),
    ("tekniska-namnden", "Tekniska nämnden", "nämnd", [3, 4, 5, 8, 9, 10], 251_300_000, True),
    ("servicenamnden", "Servicenämnden", "nämnd", [4, 8], 4_900_000, False),
    ("lokalforsorjningsnamnden", "Lokalförsörjningsnämnden", "nämnd", [4, 8, 10], 48_700_000, False),
    ("overformyndarnamnden", "Överförmyndarnämnden", "nämnd", [4, 8], 19_600_000, False),
    ("valnamnden", "Valnämnden", "nämnd", [4, 8], 6_200_000, False),
    ("boras-energi-och-miljo", "Borås Energi och Miljö AB", "bolag", [4, 8, 10], -48_000_000, False),
    ("ab-bostader", "AB Bostäder i Borås", "bolag", [4, 8], -61_500_000, False),
    ("boras-elnat", "Borås Elnät AB", "bolag", [2, 6, 10], -22_300_000, False),  # PROBLEM ARS205
    ("boras-djurpark", "Borås Djurpark AB", "bolag", [4, 8], 9_800_000, False),
]
AS_OF = dt.date(2027, 2, 5)
# The units that sent their årsredovisning early, before the due date of 15 February 2027.
# The companies whose books come as SIE exports (bocker/): organisation number, and how the export is written.
BOOKS = {"boras-energi-och-miljo": "556527-8804", "boras-elnat": "556509-4207"}
EARLY_ANNUAL = {"forskolenamnden": dt.date(2027, 2, 1), "individ-och-familjeomsorgsnamnden": dt.date(2027, 2, 3),
                "boras-energi-och-miljo": dt.date(2027, 2, 2), "ab-bostader": dt.date(2027, 2, 4)}


def period_end(m):
    nxt = dt.date(2026 + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def sv_amount(ore):
    """Swedish Excel style: thousands with space, decimal comma."""
    sign = "-" if ore < 0 else ""
    kr, o = divmod(abs(ore), 100)
    groups = f"{kr:,}".replace(",", " ")
    return f"{sign}{groups},{o:02d}"


def write(path, text, bom=False, crlf=False):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(full, "wb") as f:
        f.write((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))


def organisation():
    lines = ["# yaml-language-server: $schema=../schemas/organisation.schema.json",
             "# Fiktiv organisation för exemplen: Borås-liknande, inte verkliga siffror.",
             "year: 2026", "municipality: Borås Stad", "units:"]
    for uid, name, typ, plan, _, _ in UNITS:
        lines += [f"  - id: {uid}", f"    name: {name}", f"    type: {typ}",
                  f"    monthly_reports: [{', '.join(map(str, plan))}]"]
        if uid in ("individ-och-familjeomsorgsnamnden", "sociala-omsorgsnamnden"):
            lines.append("    volume_based: true")
        if uid == "vard-och-aldrenamnden":
            lines.append("    critical_kpis: [sjukfranvaro]")
        if uid in BOOKS:
            lines.append(f"    org_number: {BOOKS[uid]}")
    lines += ["calendar:", "  closed_days: [2026-01-02, 2026-05-15]",
              "thresholds:", "  deviation_pct: 1.0", ""]
    write("organisation.yaml", "\n".join(lines))


def deviation_pct(uid, month):
    """The unit's forecast deviation in a month: a level that drifts by at most 0.3 % of
    the budget a month (below ARS403's 1 %), never beyond ARS401's 1 %."""
    r = random.Random(f"drift-{uid}")
    level = r.uniform(-0.5, 0.5)
    for _ in range(1, month):
        level = max(-0.9, min(0.9, level + r.uniform(-0.3, 0.3)))
    return level


def economy_lines(uid, budget, month, deviation):
    """Three lines (personal, lokaler, övrigt) whose forecasts deviate by `deviation` % in total;
    in December the outcome is the year's and the forecast equals it."""
    parts = [("Personalkostnader", 0.62), ("Lokalkostnader", 0.21), ("Övriga kostnader", 0.17)]
    rows = []
    for label, share in parts:
        b = round(budget * share) * 100
        forecast = round(b * (1 - deviation / 100))
        outcome = forecast if month == 12 else round(b * month / 12 * (1 + rng.uniform(-0.015, 0.015)))
        rows.append((label, b, outcome, forecast))
    return rows


def main():
    organisation()
    months_due = [m for m in range(1, 13) if m != 7 and period_end(m) + dt.timedelta(days=14) < AS_OF]
    ledger = ["nämnd;period;ansvar;verksamhet;konto;rad;budget;utfall;prognos;åtgärder"]
    subs_csv = ["nämnd;rapport;period;inlämnad;beslutad"]
    kpi_csv = ["nämnd;rapport;period;nyckeltal;namn;värde;mål;riktning;tolerans;måttenhet;verksamhetskritisk;status"]
    uppdrag_csv = ["nämnd;period;id;titel;källa;inom_budget;resurser;slutdatum;status"]
    company_csv = ["enhet;rapport;period;rad;budget;utfall;prognos"]
    ledger_rows = {}  # (uid, month) -> the ledger's economy lines

    for idx, (uid, name, typ, plan, budget, yaml_unit) in enumerate(UNITS):
        for m in range(1, 13):
            ledger_rows[uid, m] = economy_lines(uid, budget, m, deviation_pct(uid, m))
            for label, b, o, f in ledger_rows[uid, m]:
                ansvar = 1000 + idx * 10
                ledger.append(f"{name};2026{m:02d};{ansvar};{300 + idx};{'4010' if 'Personal' in label else '5010'};"
                              f"{label};{sv_amount(b)};{sv_amount(o)};{sv_amount(f)};")
        # 10-dagarsrapporter: every nämnd, every month but July.
        if typ == "nämnd":
            for m in months_due:
                sent = period_end(m) + dt.timedelta(days=7)
                if uid == "tekniska-namnden" and m == 6:
                    sent = dt.date(2026, 7, 20)  # PROBLEM ARS203: due 2026-07-14
                if uid == "arbetslivsnamnden" and m == 9:
                    continue  # PROBLEM ARS202: September's 10-dagarsrapport missing
                while sent.weekday() >= 5:
                    sent -= dt.timedelta(days=1)
                subs_csv.append(f"{name};10-dagarsrapport;2026-{m:02d};{sent};")
        # Månadsuppföljningar: the plan plus April and August, and the delårsrapport.
        for m in sorted(set(plan) | {4, 8}):
            if period_end(m) + dt.timedelta(days=25) >= AS_OF:
                continue
            if uid == "kulturnamnden" and m == 8:
                continue  # PROBLEM ARS201: the mandatory August follow-up is missing
            sent = period_end(m) + dt.timedelta(days=14)
            while sent.weekday() >= 5:
                sent += dt.timedelta(days=1)
            decided = sent - dt.timedelta(days=1)
            kinds = ["manadsuppfoljning"] + (["delarsrapport"] if m == 8 else [])
            for kind in kinds:
                if yaml_unit:
                    submission_yaml(uid, name, kind, m, sent, decided, budget, deviation_pct(uid, m))
                else:
                    subs_csv.append(f"{uid};{'månadsuppföljning' if kind == 'manadsuppfoljning' else 'delårsrapport'};"
                                    f"2026{m:02d};{sent};{decided}")
                    if kind == "manadsuppfoljning":
                        kpi_rows(kpi_csv, name, m, uid)
                    if uid in BOOKS:
                        company_economy(company_csv, ledger_rows[uid, m], name, kind, m,
                                        off=uid == "boras-elnat" and m == 10)  # PROBLEM ARS701
        if uid in EARLY_ANNUAL:
            sent = EARLY_ANNUAL[uid]
            if yaml_unit:
                submission_yaml(uid, name, "arsredovisning", 12, sent, sent - dt.timedelta(days=1), budget,
                                deviation_pct(uid, 12))
            else:
                subs_csv.append(f"{uid};årsredovisning;2026-12;{sent};{sent - dt.timedelta(days=1)}")
                if uid in BOOKS:
                    company_economy(company_csv, ledger_rows[uid, 12], name, "arsredovisning", 12)
        if uid == "vard-och-aldrenamnden":
            # The critical sick leave of the 10-dagarsrapporter in months without a månadsuppföljning.
            for m in (1, 6):  # PROBLEM ARS505: none for December
                kpi_rows(kpi_csv, name, m, uid, "tiodagarsrapport", only="sjukfranvaro")
        if not yaml_unit:
            assignment_rows(uppdrag_csv, uid, name)

    # PROBLEM ARS106: a ledger row with a misspelt committee name.
    ledger.append("Fritids- och folkhälsonämnd;202609;1080;308;5010;Övriga kostnader;1 000,00;250,00;1 000,00;")
    write("data/ekonomi-huvudbok-2026.csv", "\n".join(ledger) + "\n", bom=True, crlf=True)
    write("data/inlamningar-2026.csv", "\n".join(subs_csv) + "\n", bom=True, crlf=True)
    write("data/nyckeltal-2026.csv", "\n".join(kpi_csv) + "\n", bom=True, crlf=True)
    write("data/uppdrag-2026.csv", "\n".join(uppdrag_csv) + "\n", bom=True, crlf=True)
    write("data/ekonomi-bolag-2026.csv", "\n".join(company_csv) + "\n", bom=True, crlf=True)
    booked = {uid: [sum(o for _, _, o, _ in ledger_rows[uid, m]) for m in range(1, 13)] for uid in BOOKS}
    budgets = {uid: sum(b for _, b, _, _ in ledger_rows[uid, 1]) for uid in BOOKS}
    sie_by_vouchers("bocker/boras-energi-och-miljo-2026.se", "Borås Energi och Miljö AB",
                    BOOKS["boras-energi-och-miljo"], booked["boras-energi-och-miljo"])
    sie_by_periods("bocker/boras-elnat-2026-10.sie", "Borås Elnät AB", BOOKS["boras-elnat"], booked["boras-elnat"][:10],
                   budgets["boras-elnat"])


KPIS = [("sjukfranvaro", "Sjukfrånvaro", "%", "lower", 6.5, 0.5, True),
        ("nettokostnadsavvikelse", "Nettokostnadsavvikelse", "procentenheter", "higher", 0.0, 0.5, True),
        ("brukarnojdhet", "Brukarnöjdhet", "%", "higher", 85.0, 3.0, False)]


def kpi_status(value, target, direction, tol):
    if direction == "higher":
        return "grön" if value >= target else ("gul" if value >= target - tol else "röd")
    return "grön" if value <= target else ("gul" if value <= target + tol else "röd")


def kpi_values(uid, m):
    r = random.Random(f"{uid}-{m}")
    return [round(r.uniform(5.0, 8.0), 1), round(r.uniform(-1.0, 1.0), 1), round(r.uniform(80, 92), 1)]


def kpi_rows(out, name, m, uid, report="månadsuppföljning", only=None):
    for (kid, kname, unit, direction, target, tol, critical), value in zip(KPIS, kpi_values(uid, m)):
        if only and kid != only:
            continue
        status = kpi_status(value, target, direction, tol)
        out.append(f"{name};{report};2026-{m:02d};{kid};{kname};{str(value).replace('.', ',')};"
                   f"{str(target).replace('.', ',')};{'lägre' if direction == 'lower' else 'högre'};"
                   f"{str(tol).replace('.', ',')};{unit};{'ja' if critical else 'nej'};{status}")


TITLES = ["Utred utökade öppettider", "Minska sjukfrånvaron", "Digitalisera ansökningsflödet",
          "Samordna lokalbehovet", "Öka andelen behöriga lärare", "Införa heltid som norm",
          "Se över avgiftsmodellen", "Stärka det förebyggande arbetet", "Energieffektivisera fastigheterna",
          "Utveckla medborgardialogen"]


def code(uid):
    """FN-like prefix from the id's words: forskolenamnden -> FOR, ab-bostader -> ABB."""
    words = [w for w in uid.split("-") if w not in ("och", "i")]
    return (words[0][:3] if len(words) == 1 else "".join(w[0] for w in words[:3])).upper()


def assignment_rows(out, uid, name):
    r = random.Random(uid)
    for k in range(r.choice([1, 2])):
        aid = f"{code(uid)}-2026-{k + 1:03d}"
        within = r.random() < 0.5
        resources = "" if within else "1,5 mnkr ur nämndens resultatfond"
        due = dt.date(2027, r.choice([3, 6]), r.choice([15, 30]))
        out.append(f"{uid};2026-08;{aid};{TITLES[(len(uid) + k) % len(TITLES)]};"
                   f"{r.choice(['kf_budget', 'kf_decision', 'nämnd'])};{'ja' if within else 'nej'};{resources};{due};pågår")


# id, name, measure unit, full-year budgeted volume, the budget's cost per unit (kr)
VOLUMES = {
    "individ-och-familjeomsorgsnamnden": [("placeringsdygn_barn", "Placeringsdygn, barn och unga", "dygn", 21900, 3400),
                                          ("ekonomiskt_bistand_hushall", "Hushåll med ekonomiskt bistånd", "hushåll",
                                           1850, 9800)],
    "sociala-omsorgsnamnden": [("boendeplatser_lss", "Platser i LSS-boende", "platser", 310, 1250000),
                               ("personlig_assistans_timmar", "Personlig assistans, timmar", "timmar", 212000, 330)],
}


KIND_WORDS = {"manadsuppfoljning": "månadsuppföljning", "delarsrapport": "delårsrapport",
              "arsredovisning": "årsredovisning"}


def submission_yaml(uid, name, kind, m, sent, decided, budget, deviation):
    lines = ["# yaml-language-server: $schema=../../../schemas/submission.schema.json",
             f"unit: {uid}", f"report: {kind}", f"period: 2026-{m:02d}", f"submitted: {sent}",
             f"decided: {decided}", "economy:"]
    overspend = uid == "individ-och-familjeomsorgsnamnden" and m == 8  # PROBLEM ARS401
    for label, b, o, f in economy_lines(uid, budget, m, -2.4 if overspend else deviation):
        lines += [f"  - line: {label}", f"    budget: \"{sv_amount(b)}\"", f"    outcome: \"{sv_amount(o)}\"",
                  f"    forecast: \"{sv_amount(f)}\""]
        if uid == "individ-och-familjeomsorgsnamnden" and m == 9:
            lines.append("    measures: Placeringar ses över; vakanser tillsätts inte")
    if kind == "manadsuppfoljning":
        lines.append("kpis:")
        for (kid, kname, unit, direction, target, tol, critical), value in zip(KPIS, kpi_values(uid, m)):
            status = kpi_status(value, target, direction, tol)
            if uid == "vard-och-aldrenamnden" and m == 8 and kid == "sjukfranvaro":
                status = "grön" if status != "grön" else "röd"  # PROBLEM ARS502
            lines += [f"  - id: {kid}", f"    name: {kname}"]
            if not (uid == "sociala-omsorgsnamnden" and m == 5 and kid == "sjukfranvaro"):
                lines.append(f"    value: {value}")  # else PROBLEM ARS501 (critical)
            lines += [f"    target: {target}", f"    direction: {direction}", f"    tolerance: {tol}",
                      f"    measure_unit: \"{unit}\"", f"    critical: {'true' if critical else 'false'}",
                      f"    status: {status}"]
        if m in (4, 8):
            lines.append("assignments:")
            for k in range(2):
                aid = f"{code(uid)}-2026-{k + 11:03d}"
                outside = k == 1
                resources = "" if (uid == "grundskolenamnden" and m == 8 and outside) else "2 mnkr ur resultatfonden"
                due = "2026-09-30" if (uid == "tekniska-namnden" and k == 0) else "2027-06-30"  # PROBLEM ARS302
                lines += [f"  - id: {aid}", f"    title: {TITLES[(len(uid) + k + 3) % len(TITLES)]}",
                          f"    source: {'kf_decision' if outside else 'kf_budget'}",
                          f"    within_budget: {'false' if outside else 'true'}"]
                if resources and outside:
                    lines.append(f"    resources: {resources}")  # else PROBLEM ARS301
                lines += [f"    due: {due}", f"    status: {'ongoing' if m == 8 else 'not_started'}"]
    if uid in VOLUMES:
        # The volume-based committees (volume_based: docs/data-format.md) report their volumes in every report; within 5 %.
        lines.append("volumes:")
        for vid, vname, unit, year_budget, cost in VOLUMES[uid]:
            to_date = round(year_budget * m / 12 * (1 + ((len(vid) + m) % 5 - 2) / 100))
            forecast = round(year_budget * (1 + ((len(vid) * 3 + m) % 7 - 3) / 100))
            lines += [f"  - id: {vid}", f"    name: {vname}", f"    budget: {year_budget}", f"    outcome: {to_date}",
                      f"    forecast: {forecast}", f"    measure_unit: {unit}", f"    unit_cost: {cost}"]
    if uid == "kulturnamnden" and m == 4:
        lines.append("kommentar: Rapporten skickades efter nämndens sammanträde")  # PROBLEM ARS104
    lines += ["analysis: |",
              f"  {name} redovisar {KIND_WORDS[kind]} "
              f"för {['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'][m - 1]}.",
              "  Verksamheten bedrivs i huvudsak enligt plan.", ""]
    write(f"submissions/{uid}/2026-{m:02d}-{kind}.yaml", "\n".join(lines))


KIND_CSV = {"manadsuppfoljning": "månadsuppföljning", "delarsrapport": "delårsrapport",
            "arsredovisning": "årsredovisning"}


def company_economy(out, rows, name, kind, m, off=False):
    """A company's reported economy: its ledger figures; `off` reports an outcome 2 % beyond the books."""
    for label, b, o, f in rows:
        out.append(f"{name};{KIND_CSV[kind]};2026-{m:02d};{label};{sv_amount(b)};"
                   f"{sv_amount(round(o * 1.02) if off else o)};{sv_amount(f)}")


def sie_amount(ore):
    sign = "-" if ore < 0 else ""
    kr, o = divmod(abs(ore), 100)
    return f"{sign}{kr}" if o == 0 else f"{sign}{kr}.{o:02d}"


def sie_head(name, orgnr, program):
    return ["#FLAGGA 0", f"#PROGRAM {program}", "#FORMAT PC8", "#GEN 20270203", "#SIETYP 4",
            f"#ORGNR {orgnr}", f'#FNAMN "{name}"', "#RAR 0 20260101 20261231", "#RAR -1 20250101 20251231",
            "#KPTYP BAS2014", '#KONTO 1510 "Kundfordringar"', '#KONTO 1930 "Företagskonto"',
            '#KONTO 2440 "Leverantörsskulder"', '#KONTO 3010 "Försäljning"', '#KONTO 5010 "Lokalhyra"',
            '#KONTO 6990 "Övriga externa kostnader"', '#KONTO 7010 "Löner"', '#KONTO 8999 "Årets resultat"',
            '#DIM 1 "Kostnadsställe"', '#OBJEKT 1 "100" "Drift"', '#OBJEKT 1 "200" "Nät"']


def split_month(r, delta):
    """A month's result (öre, net cost) as revenue on 3010 and costs on 7010, 5010 and 6990."""
    revenue = -round(r.uniform(9_000_000, 11_000_000)) * 100
    costs = delta - revenue
    wages, rent = round(costs * 0.55), round(costs * 0.25)
    return {"3010": revenue, "7010": wages, "5010": rent, "6990": costs - wages - rent}


def sie_by_vouchers(path, name, orgnr, booked):
    """Books as #VER vouchers with #TRANS rows, in CP437 with a #KSUMMA, as most systems export them."""
    r = random.Random(path)
    records, n, totals, previous = [], 0, {}, 0
    for m in range(1, 13):
        parts = split_month(r, booked[m - 1] - previous)
        previous = booked[m - 1]
        month = f"2026{m:02d}"
        vouchers = [(f"{month}05", "Kundfakturor", [("1510", "{}", -parts["3010"]), ("3010", "{}", parts["3010"])]),
                    (f"{month}25", "Löner", [("7010", '{1 "100"}', parts["7010"]), ("1930", "{}", -parts["7010"])]),
                    (f"{month}28", "Leverantörsfakturor", [("5010", '{1 "200"}', parts["5010"]), ("6990", "{}", parts["6990"]),
                                                           ("2440", "{}", -parts["5010"] - parts["6990"])])]
        for day, text, rows in vouchers:
            n += 1
            records += [f'#VER A {n} {day} "{text} {m:02d}/2026" 20270110', "{"]
            if m == 3 and text == "Leverantörsfakturor":  # a row corrected after it was entered
                records += [f"\t#BTRANS 5010 {{}} {sie_amount(parts['5010'] + 10000)}",
                            f"\t#RTRANS 5010 {{}} {sie_amount(parts['5010'])}"]
            for account, objects, ore in rows:
                records.append(f"\t#TRANS {account} {objects} {sie_amount(ore)}")
                totals[account] = totals.get(account, 0) + ore
            records.append("}")
    result = sum(v for k, v in totals.items() if "3000" <= k <= "8989")
    n += 1
    records += [f'#VER B {n} 20261231 "Årets resultat" 20270131', "{", f"\t#TRANS 8999 {{}} {sie_amount(-result)}",
                f"\t#TRANS 2099 {{}} {sie_amount(result)}", "}"]
    records += [f"#RES 0 {a} {sie_amount(totals[a])}" for a in sorted(totals) if "3000" <= a <= "8989"]
    records.append(f"#RES 0 8999 {sie_amount(-result)}")
    head = sie_head(name, orgnr, '"Ekonomisystemet" 4.2')
    body = head[1:] + records
    crc = 0
    for line in body:
        for part in sie_parts(line):
            crc = zlib.crc32(part.encode("cp437"), crc)
    text = "\r\n".join([head[0], "#KSUMMA"] + body + [f"#KSUMMA {crc}"]) + "\r\n"
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(text.encode("cp437"))


def sie_parts(line):
    """A record's label and field contents as #KSUMMA counts them (docs/data-format.md): no quotes, braces or blanks."""
    parts, i, line = [], 0, line.strip()
    while i < len(line):
        if line[i] in " \t{}":
            i += 1
        elif line[i] == '"':
            j, text = i + 1, ""
            while line[j] != '"':
                if line[j] == "\\" and line[j + 1] in '"\\':
                    j += 1
                text += line[j]
                j += 1
            parts.append(text)
            i = j + 1
        else:
            j = i
            while j < len(line) and line[j] not in " \t{}":
                j += 1
            parts.append(line[i:j])
            i = j
    return parts


def sie_by_periods(path, name, orgnr, booked, budget):
    """Books as monthly balances (#PSALDO) with a budget (#PBUDGET), exported in UTF-8 at the end of October."""
    r = random.Random(path)
    records, previous, totals = ["#OMFATTN 20261031"], 0, {}
    for m, to_date in enumerate(booked, start=1):
        parts = split_month(r, to_date - previous)
        previous = to_date
        for account, ore in parts.items():
            records.append(f"#PSALDO 0 2026{m:02d} {account} {{}} {sie_amount(ore)}")
            totals[account] = totals.get(account, 0) + ore
        records.append(f'#PSALDO 0 2026{m:02d} 7010 {{1 "200"}} {sie_amount(round(parts["7010"] * 0.4))}')
    month_budget = budget // 12
    for m in range(1, 13):
        part = month_budget if m < 12 else budget - 11 * month_budget
        records += [f"#PBUDGET 0 2026{m:02d} 3010 {{}} {sie_amount(part - 8_000_000_00)}",
                    f"#PBUDGET 0 2026{m:02d} 7010 {{}} {sie_amount(8_000_000_00)}"]
    records += [f"#RES 0 {a} {sie_amount(totals[a])}" for a in sorted(totals)]
    head = [h for h in sie_head(name, orgnr, '"Bokföringsprogrammet" 2026.3') if h != "#FORMAT PC8"]
    text = "\n".join(head + records) + "\n"
    write(path, text)


if __name__ == "__main__":
    main()
