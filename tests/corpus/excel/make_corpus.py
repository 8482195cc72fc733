"""Writes the corpus of CSV files as Swedish Excel and economy systems save them
(tests/input/excel_exports.py reads each one back). Deterministic:
   /usr/bin/python3 tests/corpus/excel/make_corpus.py
Each file's expectation is in expected.json: the economy rows it must yield (unit
id, period, budget, outcome, forecast in öre) and the findings (code, line)."""
import json
import os

here = os.path.dirname(os.path.abspath(__file__))
files, expected = {}, {}
K = "kulturnamnden"


def add(name, data, rows, findings=(), kind="economy"):
    files[name] = data
    expected[name] = {"kind": kind, "rows": [list(r) for r in rows], "findings": [list(f) for f in findings]}


H = "nämnd;period;budget;utfall;prognos"
add("ekonomi-01-utf8-bom-crlf.csv", ("\ufeff" + H + "\r\nKulturnämnden;202601;\"1 234,50\";\"617,25\";\"1 234,00\"\r\n")
    .encode("utf-8"), [(K, "2026-01", 123450, 61725, 123400)])
add("ekonomi-02-windows-1252.csv", (H + "\r\nKulturnämnden;202601;1 000;400;1 000\r\nKulturnämnden;202602;2 000;900;2 000\r\n")
    .encode("cp1252"), [(K, "2026-01", 100000, 40000, 100000), (K, "2026-02", 200000, 90000, 200000)],
    [("ARS113", 1)])
add("ekonomi-03-utf16le-unicode-text.csv", ("\ufeff" + H.replace(";", "\t") +
    "\r\nKulturnämnden\t202601\t1 000,50\t400\t1 000,50\r\n").encode("utf-16-le"),
    [(K, "2026-01", 100050, 40000, 100050)])
add("ekonomi-04-utf16be.csv", ("\ufeff" + H.replace(";", "\t") + "\r\nKulturnämnden\t202601\t10\t5\t10\r\n")
    .encode("utf-16-be"), [(K, "2026-01", 1000, 500, 1000)])
add("ekonomi-05-sum-row-totalt.csv", (H + "\r\nKulturnämnden;202601;1 000;400;1 000\r\nTotalt;;1 000;400;1 000\r\n")
    .encode("utf-8"), [(K, "2026-01", 100000, 40000, 100000)], [("ARS112", 3)])
add("ekonomi-06-sum-rows-summa.csv", (H + "\nKulturnämnden;202601;1;1;1\nSumma:;;1;1;1\nKulturnämnden;202602;2;2;2\n"
    "SUMMA TOTALT;;3;3;3\n").encode("utf-8"), [(K, "2026-01", 100, 100, 100), (K, "2026-02", 200, 200, 200)],
    [("ARS112", 3), ("ARS112", 5)])
add("ekonomi-07-trailing-semicolons.csv", (H + ";\r\nKulturnämnden;202601;1 000;400;1 000;\r\n"
    "Kulturnämnden;202602;1 000;800;1 000;;\r\n").encode("utf-8"),
    [(K, "2026-01", 100000, 40000, 100000), (K, "2026-02", 100000, 80000, 100000)])
add("ekonomi-08-kr-amounts.csv", (H + "\r\nKulturnämnden;202601;567 626 000 kr;189 208 666,67 kr;567 626 000 SEK\r\n"
    "Kulturnämnden;202602;1\u00a0000 KR;12,50kr;1 000 sek\r\n").encode("utf-8"),
    [(K, "2026-01", 56762600000, 18920866667, 56762600000), (K, "2026-02", 100000, 1250, 100000)])
add("ekonomi-09-header-variants.csv", ("Enhet;Period;Årsbudget;Utfall ack.;Helårsprognos\r\n"
    "Kulturnämnden;2026-01;1 000;400;990\r\n").encode("utf-8"), [(K, "2026-01", 100000, 40000, 99000)])
add("ekonomi-10-header-variants-other.csv", ("NÄMND;PERIOD;Budget helår;Ackumulerat utfall;Prognos helår;Åtgärder\r\n"
    "Kulturnämnden;202601;1 000;400;1 000;\r\n").encode("utf-8"), [(K, "2026-01", 100000, 40000, 100000)])
add("ekonomi-11-unit-names-any-case.csv", (H + "\nKULTURNÄMNDEN;202601;1;1;1\nkulturnämnden;202602;2;2;2\n"
    "  Kulturna\u0308mnden ;202603;3;3;3\nKultur nämnden;202604;4;4;4\n").encode("utf-8"),
    [(K, "2026-01", 100, 100, 100), (K, "2026-02", 200, 200, 200), (K, "2026-03", 300, 300, 300)],
    [("ARS106", 5)])
add("ekonomi-12-comma-lf-no-final-newline.csv", ("nämnd,period,budget,utfall,prognos\n"
    "Kulturnämnden,202601,\"1 000,50\",400,\"1 000,50\"\nKulturnämnden,202602,2000,900,2000").encode("utf-8"),
    [(K, "2026-01", 100050, 40000, 100050), (K, "2026-02", 200000, 90000, 200000)])
add("ekonomi-13-mixed-line-ends-blank-rows.csv", (H + "\r\nKulturnämnden;202601;1;1;1\n\r\n;;;;\r\n"
    "Kulturnämnden;202602;2;2;2\r\n").encode("utf-8"), [(K, "2026-01", 100, 100, 100), (K, "2026-02", 200, 200, 200)])
add("ekonomi-14-extra-columns-from-the-ledger.csv", ("nämnd;ansvar;verksamhet;konto;period;rad;budget;utfall;prognos\r\n"
    "Kulturnämnden;1010;300;4010;202601;Personal;1 000;400;1 000\r\n"
    "Kulturnämnden;1010;300;5010;202601;Lokaler;500;200;500\r\n").encode("utf-8"),
    [(K, "2026-01", 100000, 40000, 100000), (K, "2026-01", 50000, 20000, 50000)])
add("ekonomi-15-minus-signs-and-spaces.csv", (H + "\r\nKulturnämnden;202601;\u22121\u202f000;\u2212400,5;"
    "-1 000\r\n").encode("utf-8"), [(K, "2026-01", -100000, -40050, -100000)])
add("ekonomi-16-broken-mixed-encodings.csv", (H + "\r\nKulturnämnden;202601;1;1;1\r\n").encode("utf-8") +
    "Kulturnämnden;202602;2;2;2\r\n".encode("cp1252"), [(K, "2026-01", 100, 100, 100)], [("ARS108", 3)])
add("nyckeltal-17-swedish-headers.csv", ("\ufeffNämnd;Period;Nyckeltal;Namn;Värde;Målvärde;Riktning;Måttenhet;"
    "Verksamhetskritisk\r\nKulturnämnden;202601;besokare;Besökare;1 200;1 000;högre;st;ja\r\n").encode("utf-8"),
    [(K, "2026-01", "besokare", "1200")], kind="kpis")

for name, data in files.items():
    with open(os.path.join(here, name), "wb") as f:
        f.write(data)
with open(os.path.join(here, "expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"{len(files)} files")
