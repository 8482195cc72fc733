"""The examples' iCalendar file, parsed back by python3-icalendar: events,
the mandatory mark, categories, the municipality in the UID, reminders N
working days before (counted here, independently of the tool and the library,
from the JSON calendar's holidays and closed days), one committee's calendar
and the holidays as events."""
import datetime as dt
import os
import subprocess
import sys

import icalendar

bin_dir, root = sys.argv[1], sys.argv[2]
env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")
raw = subprocess.run([f"{bin_dir}/arshjul-calendar", "--as-of", "2027-02-05", "--format", "ics",
                      os.path.join(root, "examples")], check=True, capture_output=True, env=env).stdout
for line in raw.split(b"\r\n"):
    assert len(line) <= 75, line
    assert b"\n" not in line and b"\r" not in line, line
assert raw.endswith(b"END:VCALENDAR\r\n")
cal = icalendar.Calendar.from_ical(raw)
events = [c for c in cal.walk() if c.name == "VEVENT"]
uids = [str(e["UID"]) for e in events]
assert len(uids) == len(set(uids)), "UIDs must be unique"
assert len(events) == 11 + 9 + 1 + 1, len(events)  # tio, månads (union of plans), delår, års
for e in events:
    start = e["DTSTART"].dt
    assert isinstance(start, dt.date) and not isinstance(start, dt.datetime), "all-day events"
    assert e["DTEND"].dt == start + dt.timedelta(days=1)
    assert e["DTSTAMP"].dt == dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
april = [e for e in events if str(e["SUMMARY"]).startswith("Månadsuppföljning april 2026")]
assert len(april) == 1, [str(e["SUMMARY"]) for e in events]
# 21 units owe it; closed day 15 May moves the due date one working day: 2026-05-26.
assert str(april[0]["SUMMARY"]) == "Månadsuppföljning april 2026 (21 enheter) (obligatorisk)", april[0]["SUMMARY"]
assert april[0]["DTSTART"].dt == dt.date(2026, 5, 26)
assert "Förskolenämnden" in str(april[0]["DESCRIPTION"]).split("\n")

import json


def calendar(*args, lang="sv"):
    return subprocess.run([f"{bin_dir}/arshjul-calendar", "--as-of", "2027-02-05", "--lang", lang, *args,
                           os.path.join(root, "examples")], check=True, capture_output=True, env=env).stdout


checked = 0
# Mandatory in the SUMMARY exactly for April's and August's månadsuppföljning; a category per report kind.
kinds_sv = {"10-dagarsrapport", "Månadsuppföljning", "Delårsrapport", "Årsredovisning"}
for e in events:
    summary = str(e["SUMMARY"])
    mandatory = summary.startswith(("Månadsuppföljning april 2026", "Månadsuppföljning augusti 2026"))
    assert summary.endswith(" (obligatorisk)") == mandatory, summary
    cats = [str(c) for c in e["CATEGORIES"].cats]
    assert cats == [summary.split(" ")[0]] and cats[0] in kinds_sv, (cats, summary)
    assert str(e["UID"]).endswith("@boras-stad.arshjul"), e["UID"]
    assert "VALARM" not in [c.name for c in e.subcomponents]
    checked += 1

# --remind N: a VALARM whose trigger is N working days before the due date.
info = json.loads(calendar("--format", "json"))
closed = {dt.date.fromisoformat(d["date"]) for d in info["days"]}
for year in (2025, 2027):  # the holidays of the years beside, for counting across the boundary
    closed |= {dt.date.fromisoformat(d["date"]) for d in json.loads(subprocess.run(
        [f"{bin_dir}/arshjul-calendar", "--year", str(year), "--format", "json"], check=True,
        capture_output=True).stdout)["days"]}


def working_days_before(day, n):
    while n:
        day -= dt.timedelta(days=1)
        if day.weekday() < 5 and day not in closed:
            n -= 1
    return day


for n in (0, 3, 10):
    cal = icalendar.Calendar.from_ical(calendar("--format", "ics", "--remind", str(n)))
    for e in (c for c in cal.walk() if c.name == "VEVENT"):
        (alarm,) = [c for c in e.subcomponents if c.name == "VALARM"]
        assert str(alarm["ACTION"]) == "DISPLAY" and str(alarm["DESCRIPTION"]) == str(e["SUMMARY"]), alarm
        due = e["DTSTART"].dt
        fires = due + alarm["TRIGGER"].dt
        assert fires == working_days_before(due, n), (n, due, fires, working_days_before(due, n))
        checked += 1

# --unit: one committee's own calendar; --lang en; --holidays as events.
cal = icalendar.Calendar.from_ical(calendar("--format", "ics", "--unit", "kulturnamnden"))
own = [c for c in cal.walk() if c.name == "VEVENT"]
assert own and all(str(e["DESCRIPTION"]) == "Kulturnämnden" and "(1 enhet)" in str(e["SUMMARY"]) for e in own)
deadlines = [d for d in info["deadlines"] if d["unit"] == "kulturnamnden"]
assert len(own) == len(deadlines), (len(own), len(deadlines))
cal = icalendar.Calendar.from_ical(calendar("--format", "ics", lang="en"))
english = [c for c in cal.walk() if c.name == "VEVENT"]
assert {str(e["CATEGORIES"].cats[0]) for e in english} == {"10-day report", "Monthly follow-up", "Interim report",
                                                          "Annual report"}
assert sum(str(e["SUMMARY"]).endswith(" (mandatory)") for e in english) == 2
cal = icalendar.Calendar.from_ical(calendar("--format", "ics", "--holidays"))
days = [c for c in cal.walk() if c.name == "VEVENT"]
assert [e["DTSTART"].dt.isoformat() for e in days] == [d["date"] for d in info["days"]]
assert all(str(e["CATEGORIES"].cats[0]) in ("Helgdag", "Stängd dag") for e in days)
assert not any(c.name == "VALARM" for e in days for c in e.subcomponents)
checked += len(days)

# Refusals: --remind without ics, a negative N, --unit of no unit.
for args in (["--remind", "3"], ["--format", "ics", "--remind", "-1"], ["--format", "ics", "--unit", "okand"]):
    p = subprocess.run([f"{bin_dir}/arshjul-calendar", "--as-of", "2027-02-05", *args, os.path.join(root, "examples")],
                       capture_output=True)
    assert p.returncode == 2 and p.stderr, (args, p.returncode, p.stderr)
print(f"{len(events)} events: {checked} passed, 0 failed")
