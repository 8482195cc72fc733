"""Runs arshjul and its peers on the same generated files, several times
each, and prints median wall time, peak memory, the ratios and the targets."""
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import time

work = sys.argv[1]
quick = "--quick" in sys.argv
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bin_dir = os.path.join(root, "build/cli")
repeat = 3 if quick else 5


def generate(name, *args):
    """Inputs are made once and made again when the generator or its arguments change."""
    d = os.path.join(work, name)
    script = os.path.join(root, "bench/generate.py")
    stamp = hashlib.sha256(open(script, "rb").read() + repr(args).encode()).hexdigest()
    done = os.path.join(d, "done")
    if not os.path.exists(done) or open(done).read() != stamp:
        shutil.rmtree(d, ignore_errors=True)
        subprocess.run(["/usr/bin/python3", script, d, *args], check=True)
        open(done, "w").write(stamp)
    return d


def measure(cmd, runs=repeat, env=None):
    """Median wall seconds and the largest peak RSS (MiB) over `runs` runs."""
    times, peaks = [], []
    for _ in range(runs):
        p = subprocess.run(["/usr/bin/time", "-f", "%e %M", *cmd], capture_output=True, text=True,
                           env=dict(os.environ, **(env or {})))
        if p.returncode not in (0, 1):
            sys.exit(f"failed: {' '.join(cmd)}\n{p.stderr}")
        wall, kb = p.stderr.strip().splitlines()[-1].split()
        times.append(float(wall))
        peaks.append(int(kb) / 1024)
    return statistics.median(times), max(peaks)


PANDAS = ("import pandas as pd, sys; d = pd.read_csv(sys.argv[1], sep=';', decimal=',', thousands=' ', "
          "encoding='utf-8-sig'); print(d.groupby(['nämnd', 'period'])[['budget', 'utfall', 'prognos']].sum().shape)")
PYCSV = ("import csv, sys\nfrom decimal import Decimal\ns = {}\nwith open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n"
         "    for r in csv.DictReader(f, delimiter=';'):\n        k = (r['nämnd'], r['period'])\n"
         "        v = [Decimal(r[c].replace(' ', '').replace(',', '.')) for c in ('budget', 'utfall', 'prognos')]\n"
         "        t = s.setdefault(k, [0, 0, 0])\n        for i in range(3): t[i] += v[i]\nprint(len(s))")
PYXLSX = ("import sys, xlsxwriter\nwb = xlsxwriter.Workbook(sys.argv[2], {'constant_memory': True})\n"
          "ws = wb.add_worksheet('Ledger'); money = wb.add_format({'num_format': '#,##0.00'})\n"
          "row = 0; sheet = 1\nf = open(sys.argv[1], encoding='utf-8-sig'); next(f)\nfor line in f:\n"
          "    c = line.rstrip('\\r\\n').split(';')\n"
          "    if row == 1048575:\n        sheet += 1; ws = wb.add_worksheet(f'Ledger {sheet}'); row = 0\n"
          "    ws.write_string(row, 0, c[0]); ws.write_string(row, 1, c[1]); ws.write_string(row, 3, c[5])\n"
          "    for k, i in ((4, 6), (5, 7), (6, 8)): ws.write_number(row, k, float(c[i].replace(' ', '').replace(',', '.')), money)\n"
          "    ws.write_string(row, 8, sys.argv[1]); ws.write_number(row, 9, row + 2); row += 1\nwb.close()")
PYYAML = ("import glob, sys, yaml\nfor p in sorted(glob.glob(sys.argv[1] + '/**/*.yaml', recursive=True)):\n"
          "    yaml.load(open(p, 'rb'), Loader=yaml.CSafeLoader)")

print("generating inputs (cached in %s)" % work, flush=True)
l1 = generate("ledger-1m", "--ledger-rows", "1000000")
l2 = generate("ledger-2m", "--ledger-rows", "2000000")
y5 = generate("yaml-5000", "--submissions", "5000")
y50 = generate("yaml-50000", "--submissions", "50000")
sie = generate("sie-1m", "--sie-rows", "1000000")
check = [os.path.join(bin_dir, "arshjul-check"), "--as-of", "2026-12-31", "-q"]
rows = []


def row(job, name, result, note=""):
    rows.append((job, name, result[0], result[1], note))
    print(f"  {job:<28} {name:<34} {result[0]:8.3f} s {result[1]:8.1f} MiB {note}", flush=True)
    return result


print("running (median of %d runs each)" % repeat, flush=True)
c1 = row("1M ledger", "arshjul-check", measure(check + [l1]))
s1 = row("1M ledger", "split-and-sum C++ loop", measure([os.path.join(work, "split_sum"), l1 + "/ekonomi-huvudbok.csv"]))
pd1 = row("1M ledger", "pandas read_csv + groupby", measure(["/usr/bin/python3", "-c", PANDAS, l1 + "/ekonomi-huvudbok.csv"], 3))
row("1M ledger", "Python csv + Decimal sums", measure(["/usr/bin/python3", "-c", PYCSV, l1 + "/ekonomi-huvudbok.csv"], 1))
row("1M ledger", "Miller stats1 sum", measure(["mlr", "--icsv", "--ifs", ";", "--ojson", "stats1", "-a", "sum", "-f",
                                               "budget,utfall,prognos", "-g", "nämnd,period",
                                               l1 + "/ekonomi-huvudbok.csv"], 1), "(sums decimal commas wrong)")
cs = row("1M #TRANS rows (SIE 4)", "arshjul-check, read and reconcile", measure(check + [sie]))
c1t = row("1M ledger", "arshjul-check, one thread", measure(check + [l1], env={"ARSHJUL_THREADS": "1"}))
c2 = row("2M ledger", "arshjul-check", measure(check + [l2]))
xlsx = os.path.join(work, "out.xlsx")
x1 = row("1M ledger to xlsx", "arshjul-xlsx --include-ledger",
         measure([os.path.join(bin_dir, "arshjul-xlsx"), "--as-of", "2026-12-31", "--include-ledger", "-o", xlsx, l1], 3))
xc = row("1M ledger to xlsx", "C libxlsxwriter, constant memory",
         measure([os.path.join(work, "xlsx_c"), l1 + "/ekonomi-huvudbok.csv", xlsx], 3))
xp = row("1M ledger to xlsx", "Python XlsxWriter, constant memory",
         measure(["/usr/bin/python3", "-c", PYXLSX, l1 + "/ekonomi-huvudbok.csv", xlsx], 1))
cy = row("5000 YAML files", "arshjul-check", measure(check + [y5], 3))
py = row("5000 YAML files", "PyYAML CSafeLoader, load only", measure(["/usr/bin/python3", "-c", PYYAML, y5], 3))
cy50 = row("50000 YAML files", "arshjul-check", measure(check + [y50], 3))
check_examples = [os.path.join(bin_dir, "arshjul-check"), "--as-of", "2027-02-05", "-q", os.path.join(root, "examples")]
ce = row("examples/", "arshjul-check", measure(check_examples, 11))

print("\ntargets")
targets = [
    ("1M: >= 8x faster than pandas", pd1[0] / c1[0], ">=", 8),
    ("1M: within 2.5x of the split-and-sum loop", c1[0] / s1[0], "<=", 2.5),
    ("1M: peak RSS <= 32 MiB", c1[1], "<=", 32),
    ("2M: time <= 2.1x the 1M time", c2[0] / c1[0], "<=", 2.1),
    ("2M: peak RSS <= 1M + 4 MiB", c2[1] - c1[1], "<=", 4),
    ("SIE: 1M #TRANS <= 1.5x the 1M-row ledger", cs[0] / c1[0], "<=", 1.5),
    ("SIE: peak RSS <= 32 MiB", cs[1], "<=", 32),
    ("xlsx: <= 1.2x the C libxlsxwriter program", x1[0] / xc[0], "<=", 1.2),
    ("xlsx: >= 3x faster than Python XlsxWriter", xp[0] / x1[0], ">=", 3),
    ("xlsx: peak RSS <= 64 MiB", x1[1], "<=", 64),
    ("YAML: >= 5x faster than PyYAML CSafeLoader", py[0] / cy[0], ">=", 5),
    ("YAML: peak RSS for 5000 files <= 64 MiB", cy[1], "<=", 64),
    ("YAML: peak RSS for 50000 files <= 128 MiB", cy50[1], "<=", 128),
    ("YAML: 50000 files <= 11x the 5000-file time", cy50[0] / cy[0], "<=", 11),
    ("examples/: <= 20 ms", ce[0] * 1000, "<=", 20),
]
for name, value, op, limit in targets:
    ok = value >= limit if op == ">=" else value <= limit
    print(f"  {'met ' if ok else 'MISS'} {name:<48} {value:8.2f} (target {op} {limit})")
print(f"\n(one thread on the 1M ledger: {c1t[0]:.3f} s; machine: {os.cpu_count()} cores)")
