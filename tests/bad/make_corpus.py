#!/usr/bin/env python3
"""Writes tests/bad/cases/: one bad (or borderline) input per file, every kind
of input. Each is checked with tests/bad/organisation.yaml (or alone, for
organisation files: names starting org-). Expectations: expected.tsv."""
import os
import random

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "cases")
os.makedirs(out, exist_ok=True)
r = random.Random(8)

ORG = ("year: 2026\nunits:\n  - id: kulturnamnden\n    name: Kulturnämnden\n    type: nämnd\n"
       "    monthly_reports: [4, 8]\n")
SUB = ("unit: kulturnamnden\nreport: tiodagarsrapport\nperiod: 2026-01\nsubmitted: 2026-02-05\neconomy:\n"
       "  - budget: 1000\n    outcome: 100\n    forecast: 1000\n")
ECO = "nämnd;period;budget;utfall;prognos\n"
cases = {}


def add(name, data):
    cases[name] = data if isinstance(data, bytes) else data.encode("utf-8")


# Organisation files, checked alone.
add("org-empty.yaml", b"")
add("org-truncated.yaml", "year: 2026\nunits:\n  - id: kulturnamnden\n    na")
add("org-binary.yaml", bytes(r.randrange(256) for _ in range(2000)))
add("org-syntax-error.yaml", "year: 2026\nunits: [\n  - id: x\n")
add("org-year-missing.yaml", ORG.replace("year: 2026\n", ""))
add("org-year-1989.yaml", ORG.replace("2026", "1989"))
add("org-units-empty.yaml", "year: 2026\nunits: []\n")
add("org-bad-unit-id.yaml", ORG.replace("id: kulturnamnden", "id: Kultur Nämnd"))
add("org-duplicate-unit-id.yaml", ORG + ORG.split("units:\n")[1])
add("org-bad-type.yaml", ORG.replace("type: nämnd", "type: förvaltning"))
add("org-month-13.yaml", ORG.replace("[4, 8]", "[4, 8, 13]"))
add("org-bad-due-rule.yaml", ORG + "calendar:\n  reports:\n    delarsrapport:\n      due: { weeks: 3 }\n")
add("org-rules-fixed-code.yaml", ORG + "rules:\n  ARS108: warning\n")
add("org-duplicate-key.yaml", ORG + "year: 2027\n")
add("org-deep-nesting.yaml", "year: 2026\nunits: " + "[" * 100000 + "]" * 100000 + "\n")
add("org-billion-laughs.yaml", "year: 2026\n" + "a0: &a0 [x, x, x, x, x, x, x, x, x]\n" +
    "".join(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]\n" for i in range(1, 10)) + "units: *a9\n")
add("org-tab-indented.yaml", "year: 2026\nunits:\n\t- id: x\n")
add("org-utf16.yaml", "\ufeff".encode("utf-16-le") + ORG.encode("utf-16-le"))
add("org-huge-indent.yaml", "year: 2026\nunits:\n" + " " * 5000 + "- id: x\n")
add("org-negative-threshold.yaml", ORG + "thresholds:\n  deviation_pct: -1\n")

# Submission files.
add("sub-empty.yaml", b"")
add("sub-only-comment.yaml", "# inget här\n")
add("sub-truncated.yaml", SUB[:70])
add("sub-date-feb-30.yaml", SUB.replace("2026-02-05", "2026-02-30"))
add("sub-date-month-13.yaml", SUB.replace("2026-02-05", "2026-13-01"))
add("sub-period-00.yaml", SUB.replace("2026-01", "2026-00"))
add("sub-period-word.yaml", SUB.replace("2026-01", "januari"))
add("sub-unknown-unit.yaml", SUB.replace("unit: kulturnamnden", "unit: fritidsnamnden"))
add("sub-unknown-report.yaml", SUB.replace("tiodagarsrapport", "kvartalsrapport"))
add("sub-amount-overflow.yaml", SUB.replace("budget: 1000", 'budget: "9 999 999 999 999 999"'))
add("sub-amount-three-decimals.yaml", SUB.replace("outcome: 100", "outcome: 100.125"))
add("sub-amount-with-unit.yaml", SUB.replace("outcome: 100", 'outcome: "100 kr"'))
add("sub-economy-not-list.yaml", SUB.split("economy:")[0] + "economy: 1000\n")
add("sub-kpi-bad-id.yaml", SUB + "kpis:\n  - id: Sjuk frånvaro\n    value: 5\n")
add("sub-kpi-value-word.yaml", SUB + "kpis:\n  - id: sjukfranvaro\n    value: hög\n")
add("sub-boolean-maybe.yaml", SUB + "assignments:\n  - id: KN-1\n    title: T\n    within_budget: kanske\n")
add("sub-duplicate-key.yaml", SUB + "unit: kulturnamnden\n")
add("sub-unknown-keys.yaml", SUB + "kommentar: x\nbilaga: y\n")
add("sub-list-root.yaml", "- unit: kulturnamnden\n- report: x\n")
add("sub-scalar-root.yaml", "hej\n")
add("sub-windows-1252.yaml", SUB.replace("2026-02-05", "2026-02-05\nanalysis: Förvaltningen").encode("cp1252"))
add("sub-nul-byte.yaml", SUB.encode() + b"analysis: a\x00b\n")
add("sub-period-next-year.yaml", SUB.replace("period: 2026-01", "period: 2027-01"))
add("sub-deep-nesting.yaml", SUB + "analysis: " + "{a: " * 50000 + "}" * 50000 + "\n")
add("sub-alias-bomb.yaml", "x0: &x0 [a, a, a, a, a, a, a, a, a, a]\n" +
    "".join(f"x{i}: &x{i} [" + ", ".join([f"*x{i - 1}"] * 10) + "]\n" for i in range(1, 12)) + SUB + "kpis: *x11\n")
add("sub-long-line.yaml", SUB + "analysis: " + "å" * 500000 + "\n")
add("sub-overlong-utf8.yaml", SUB.encode() + b"analysis: \xc0\xaf\n")
add("sub-truncated-multibyte.yaml", SUB.encode() + "analysis: Förvaltnin".encode() + b"\xc3")

# CSV tables.
add("ekonomi-empty.csv", b"")
add("ekonomi-header-only.csv", ECO)
add("ekonomi-missing-columns.csv", "nämnd;period;budget\nKulturnämnden;202601;1\n")
add("ekonomi-ragged.csv", ECO + "Kulturnämnden;202601;1;1;1;1\nKulturnämnden;202601;1;1\n")
add("ekonomi-unclosed-quote.csv", ECO + "Kulturnämnden;202601;\"1;1;1\nKulturnämnden;202601;1;1;1\n")
add("ekonomi-latin1.csv", (ECO + "Kulturnämnden;202601;1;1;1\n").encode("cp1252"))
add("ekonomi-nul-bytes.csv", ECO.encode() + b"Kultur\x00n\xc3\xa4mnden;202601;1;1;1\n")
add("ekonomi-bom-in-middle.csv", ECO + "\ufeffKulturnämnden;202601;1;1;1\n")
add("ekonomi-pipe-delimited.csv", "nämnd|period|budget|utfall|prognos\nKulturnämnden|202601|1|1|1\n")
add("ekonomi-overflow.csv", ECO + "Kulturnämnden;202601;900 000 000 000 001;1;1\n")
add("ekonomi-period-13.csv", ECO + "Kulturnämnden;202613;1;1;1\n")
add("ekonomi-mixed-line-ends.csv", "nämnd;period;budget;utfall;prognos\r\nKulturnämnden;202601;1;1;1\nKulturnämnden;202602;1;1;1\r\n")
add("ekonomi-binary.csv", bytes(r.randrange(128, 256) for _ in range(3000)))
add("ekonomi-truncated-row.csv", ECO + "Kulturnämnden;202601;1;1;1\nKulturnämnden;2026")
add("ekonomi-unknown-unit.csv", ECO + "Fritidsnämnden;202601;1;1;1\n")
add("ekonomi-comma-decimals-unquoted.csv", "nämnd,period,budget,utfall,prognos\nKulturnämnden,202601,1,50,1,1\n")
add("nyckeltal-value-word.csv", "nämnd;period;nyckeltal;värde\nKulturnämnden;202601;besokare;många\n")
add("nyckeltal-missing-column.csv", "nämnd;period;värde\nKulturnämnden;202601;5\n")
add("uppdrag-bad-boolean.csv", "nämnd;id;titel;inom_budget\nKulturnämnden;KN-1;T;kanske\n")
add("inlamningar-bad-date.csv", "nämnd;rapport;period;inlämnad\nKulturnämnden;tiodagarsrapport;202601;2026-02-30\n")
add("inlamningar-unknown-report.csv", "nämnd;rapport;period;inlämnad\nKulturnämnden;kvartal;202601;2026-02-05\n")
add("data.csv", "a;b\n1;2\n")
add("notes.txt", "inte data\n")

for name, data in cases.items():
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)
with open(os.path.join(here, "organisation.yaml"), "w", encoding="utf-8") as f:
    f.write(ORG)
print(len(cases), "cases")
