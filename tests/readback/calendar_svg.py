"""The årshjul (arshjul-calendar --format svg) read back: well-formed XML
(xmllint), drawn by rsvg-convert and by headless Chromium without errors, and
parsed here: one mark per due date and report kind of the JSON calendar, at
its day's angle (twelve 30° sectors clockwise from the top, within half a
day), holding the number of units due; the mandatory marks; a tick per
holiday and closed day; the month labels; the legend; the as-of hand; the
same bytes on every run, in both languages.

    calendar_svg.py BIN_DIR PROJECT_DIR [--write-docs]
"""
import calendar as cal
import datetime as dt
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from xml.etree import ElementTree as ET

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pylib"))
from checklist import check, finish  # noqa: E402

bin_dir, root = sys.argv[1], sys.argv[2]
examples = os.path.join(root, "examples")
tmp = tempfile.mkdtemp()
SVG = "{http://www.w3.org/2000/svg}"
MONTHS = {"sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
                 "november", "december"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"]}
KINDS = {"sv": {"tiodagarsrapport": "10-dagarsrapport", "manadsuppfoljning": "Månadsuppföljning",
                "delarsrapport": "Delårsrapport", "arsredovisning": "Årsredovisning"},
         "en": {"tiodagarsrapport": "10-day report", "manadsuppfoljning": "Monthly follow-up",
                "delarsrapport": "Interim report", "arsredovisning": "Annual report"}}


def calendar(*args):
    return subprocess.run([f"{bin_dir}/arshjul-calendar", *args], capture_output=True, check=True).stdout


def expected_angle(day):
    """Twelve equal sectors from twelve o'clock, clockwise; a day at its middle."""
    days = cal.monthrange(day.year, day.month)[1]
    return (day.month - 1) * 30 + (day.day - 0.5) / days * 30, 15 / days  # the angle and half a day


def angle_of(x, y, cx, cy):
    return math.degrees(math.atan2(x - cx, cy - y)) % 360


def near(a, b, tolerance):
    return abs((a - b + 180) % 360 - 180) <= tolerance + 1e-9


for lang, as_of in (("sv", "2026-10-15"), ("en", "2027-02-05")):
    args = ["--as-of", as_of, "--lang", lang, examples]
    svg = calendar("--format", "svg", *args)
    check(f"{lang}: same bytes on every run", svg == calendar("--format", "svg", *args))
    path = os.path.join(tmp, f"arshjul-{lang}.svg")
    open(path, "wb").write(svg)
    p = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
    check(f"{lang}: xmllint reads it", p.returncode == 0 and not p.stderr, p.stderr)
    png = os.path.join(tmp, f"arshjul-{lang}.png")
    p = subprocess.run(["rsvg-convert", "-o", png, path], capture_output=True, text=True)
    data = open(png, "rb").read() if os.path.exists(png) else b""
    check(f"{lang}: rsvg-convert draws it", p.returncode == 0 and not p.stderr and data[:4] == b"\x89PNG", p.stderr)
    shot = os.path.join(tmp, f"chromium-{lang}.png")
    p = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--screenshot={shot}", "--window-size=1400,1100", "file://" + path],
                       capture_output=True, text=True, env=dict(os.environ, HOME=tmp), timeout=300)
    check(f"{lang}: Chromium draws it", p.returncode == 0 and os.path.getsize(shot) > 10000, p.stderr[-300:])
    if "--write-docs" in sys.argv and lang == "sv":
        shutil.copy(png, os.path.join(root, "docs", "img", "arshjul.png"))
        shutil.copy(path, os.path.join(root, "docs", "img", "arshjul.svg"))

    tree = ET.fromstring(svg)
    check(f"{lang}: SVG 1.1, no script, no external reference",
          tree.get("version") == "1.1" and not list(tree.iter(SVG + "script")) and
          not any(k.endswith("href") for el in tree.iter() for k in el.attrib), tree.attrib)
    by_id = {el.get("id"): el for el in tree.iter() if el.get("id")}
    centre = by_id["centre"]
    cx, cy = float(centre.get("cx")), float(centre.get("cy"))
    info = json.loads(calendar("--format", "json", *args))
    due_units = Counter((d["due"], d["report"]) for d in info["deadlines"])
    mandatory = {(d["due"], d["report"]) for d in info["deadlines"] if d["mandatory"]}
    marks = [el for el in tree.iter(SVG + "g") if el.get("class") == "mark"]
    check(f"{lang}: one mark per due date and report kind", len(marks) == len(due_units), (len(marks), len(due_units)))
    for (due, kind), units in due_units.items():
        mark = by_id.get(f"due-{due}-{kind}")
        if mark is None:
            check(f"{lang}: a mark for {kind} due {due}", False)
            continue
        circle = mark.find(SVG + "circle")
        want, half_day = expected_angle(dt.date.fromisoformat(due))
        got = angle_of(float(circle.get("cx")), float(circle.get("cy")), cx, cy)
        check(f"{lang}: {kind} due {due} at its day's angle", near(got, want, half_day), (got, want))
        texts = [t.text for t in mark.iter(SVG + "text")]
        check(f"{lang}: {kind} due {due} counts its units", texts[0] == str(units), (texts, units))
        if due[:4] != "2026":
            check(f"{lang}: {due} carries its year", due[:4] in texts, texts)
        check(f"{lang}: {kind} due {due} mandatory or not",
              (circle.get("stroke") == "#c62828") == ((due, kind) in mandatory), circle.attrib)
    april_august = {(d["due"], d["report"]) for d in info["deadlines"]
                    if d["report"] == "manadsuppfoljning" and d["period"] in ("2026-04", "2026-08")}
    check(f"{lang}: the mandatory marks are April's and August's månadsuppföljning", mandatory == april_august,
          (mandatory, april_august))
    for day in info["days"]:
        tick = by_id.get(f"day-{day['date']}")
        ok = tick is not None
        if ok:
            want, half_day = expected_angle(dt.date.fromisoformat(day["date"]))
            ok = near(angle_of(float(tick.get("x1")), float(tick.get("y1")), cx, cy), want, half_day)
        check(f"{lang}: a tick for {day['date']}", ok)
    for m in range(1, 13):
        label = by_id.get(f"month-{m:02}")
        ok = label is not None and label.text == MONTHS[lang][m - 1]
        if ok:
            ok = near(angle_of(float(label.get("x")), float(label.get("y")), cx, cy), (m - 1) * 30 + 15, 0.01)
        check(f"{lang}: month {m} labelled in its sector", ok, None if label is None else label.text)
    legend = "".join(by_id["legend"].itertext())
    for kind in {d["report"] for d in info["deadlines"]}:
        check(f"{lang}: the legend names {kind}", KINDS[lang][kind] in legend, legend)
    hand = by_id.get("as-of")
    as_of_date = dt.date.fromisoformat(as_of)
    if as_of_date.year == info["year"]:
        want, half_day = expected_angle(as_of_date)
        ok = hand is not None and float(hand.get("x1")) == cx and float(hand.get("y1")) == cy and near(
            angle_of(float(hand.get("x2")), float(hand.get("y2")), cx, cy), want, half_day)
        check(f"{lang}: the hand at {as_of}", ok, None if hand is None else hand.attrib)
    else:
        check(f"{lang}: no hand for {as_of}, outside the year", hand is None)
    check(f"{lang}: municipality and year in the centre", "".join(by_id["hub"].itertext()) == "Borås Stad2026")

# One committee's wheel; a hostile municipality name stays text.
svg = calendar("--format", "svg", "--as-of", "2026-10-15", "--unit", "kulturnamnden", examples)
marks = [el for el in ET.fromstring(svg).iter(SVG + "g") if el.get("class") == "mark"]
units = {t.text for m in marks for t in m.iter(SVG + "text") if t.text and not t.text.startswith("20")}
check("--unit: every mark counts one unit", marks and units == {"1"}, units)
hostile = os.path.join(tmp, "hostile")
os.makedirs(hostile)
open(os.path.join(hostile, "organisation.yaml"), "w", encoding="utf-8").write(
    'year: 2026\nmunicipality: "<b>&amp;\\u0007 Kommun</b>"\nunits:\n  - id: a\n    name: A\n    type: nämnd\n')
svg = calendar("--format", "svg", "--as-of", "2026-03-01", hostile)
root_el = ET.fromstring(svg)
check("a hostile name is text", "".join(root_el.find(f"{SVG}title").itertext()).startswith("Årshjul 2026 – <b>&amp;"))
finish()
