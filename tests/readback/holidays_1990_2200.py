"""Every holiday 1990-2200 from arshjul-calendar against rules written here
independently, with Easter from python3-dateutil."""
import datetime as dt
import json
import subprocess
import sys

from dateutil.easter import easter

bin_dir = sys.argv[1]


def expected(year):
    e = easter(year)
    d = lambda m, day: dt.date(year, m, day)
    friday = next(d(6, x) for x in range(19, 26) if d(6, x).weekday() == 4)
    saturday = next(dt.date(year, 10, 31) + dt.timedelta(days=i) for i in range(7)
                    if (dt.date(year, 10, 31) + dt.timedelta(days=i)).weekday() == 5)
    days = {d(1, 1): "nyårsdagen", d(1, 6): "trettondedag jul", e - dt.timedelta(2): "långfredagen",
            e: "påskdagen", e + dt.timedelta(1): "annandag påsk", d(5, 1): "första maj",
            e + dt.timedelta(39): "Kristi himmelsfärdsdag", e + dt.timedelta(49): "pingstdagen",
            friday: "midsommarafton", friday + dt.timedelta(1): "midsommardagen", saturday: "alla helgons dag",
            d(12, 24): "julafton", d(12, 25): "juldagen", d(12, 26): "annandag jul", d(12, 31): "nyårsafton"}
    if year <= 2004:
        days[e + dt.timedelta(50)] = "annandag pingst"
    else:
        days[d(6, 6)] = "Sveriges nationaldag"
    return days


failures = 0
for year in range(1990, 2201):
    out = subprocess.run([f"{bin_dir}/arshjul-calendar", "--year", str(year), "--holidays", "--format", "json"],
                         check=True, capture_output=True, text=True).stdout
    got = {dt.date.fromisoformat(x["date"]): x["name"] for x in json.loads(out)["days"]}
    want = expected(year)
    e = easter(year)
    assert dt.date(year, 3, 22) <= e <= dt.date(year, 4, 25), year
    if got != want:
        failures += 1
        print(f"{year}: differs: {sorted(set(got.items()) ^ set(want.items()))}")
print(f"{211 - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
