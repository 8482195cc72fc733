"""The examples' iCalendar file, parsed back by python3-icalendar."""
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
assert str(april[0]["SUMMARY"]) == "Månadsuppföljning april 2026 (21 enheter)", april[0]["SUMMARY"]
assert april[0]["DTSTART"].dt == dt.date(2026, 5, 26)
assert "Förskolenämnden" in str(april[0]["DESCRIPTION"]).split("\n")
print(f"{len(events)} events: 1 passed, 0 failed")
