"""Outputs survive faults: an xlsx export of a large ledger killed with SIGKILL
or SIGINT while it writes leaves the previous workbook intact (and after
SIGINT no temporary file); an unwritable folder, a folder as output and an
input as output give exit 2 with a clear message and change nothing."""
import glob
import os
import signal
import subprocess
import sys
import tempfile
import time

bin_dir, root = sys.argv[1], sys.argv[2]
tmp = tempfile.mkdtemp()
subprocess.run(["/usr/bin/python3", os.path.join(root, "bench/generate.py"), tmp, "--ledger-rows", "300000"], check=True)
out_dir = os.path.join(tmp, "out")
os.mkdir(out_dir)
target = os.path.join(out_dir, "uppfoljning.xlsx")
previous = b"last month's workbook"
results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(f"{'ok  ' if ok else 'FAIL'} {name} {'' if ok else detail}")


def export(extra=()):
    return subprocess.Popen([f"{bin_dir}/arshjul-xlsx", "--as-of", "2026-12-31", "--include-ledger", "-o", target,
                             os.path.join(tmp, "organisation.yaml"), os.path.join(tmp, "ekonomi-huvudbok.csv"), *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


for sig in (signal.SIGKILL, signal.SIGINT):
    for moment in ("reading", "writing"):
        with open(target, "wb") as f:
            f.write(previous)
        p = export()
        if moment == "reading":
            time.sleep(0.3)
        else:  # as soon as the temporary workbook has bytes: libxlsxwriter is packing it
            deadline = time.time() + 120

            def packing():
                return any(os.path.getsize(f) > 0 for f in glob.glob(
                    os.path.join(out_dir, ".uppfoljning.xlsx.arshjul-partial-*")) if os.path.exists(f))
            while not packing() and p.poll() is None and time.time() < deadline:
                time.sleep(0.002)
            check("SIGKILL/SIGINT while writing: caught while the workbook is packed", p.poll() is None)
        p.send_signal(sig)
        p.wait()
        intact = open(target, "rb").read() == previous
        leftovers = glob.glob(os.path.join(out_dir, ".uppfoljning.xlsx.arshjul-partial-*"))
        check(f"{sig.name} while {moment}: previous file intact", intact)
        if sig == signal.SIGINT:
            check(f"SIGINT while {moment}: no temporary file left", not leftovers, leftovers)
            check(f"SIGINT while {moment}: ended by the signal", p.returncode == -signal.SIGINT, p.returncode)
        for f in leftovers:
            os.remove(f)

# Refusals: exit 2, a clear message, nothing changed.
with open(target, "wb") as f:
    f.write(previous)
cases = [
    ("an unwritable folder", ["-o", "/sys/kernel/uppfoljning.xlsx"], "cannot write '/sys/kernel/uppfoljning.xlsx'"),
    ("a folder as output", ["-o", out_dir], "it is a folder"),
    ("an input as output", ["-o", os.path.join(tmp, "organisation.yaml")], "it is one of the input files"),
]
for tool in ("arshjul-xlsx", "arshjul-md", "arshjul-check"):
    for label, args, message in cases:
        before = {f: open(f, "rb").read() for f in glob.glob(os.path.join(tmp, "*")) if os.path.isfile(f)}
        p = subprocess.run([f"{bin_dir}/{tool}", "--as-of", "2026-12-31", "--lang", "en", *args,
                            os.path.join(tmp, "organisation.yaml")],
                           capture_output=True, text=True)
        after = {f: open(f, "rb").read() for f in glob.glob(os.path.join(tmp, "*")) if os.path.isfile(f)}
        ok = p.returncode == 2 and message in p.stderr and before == after and open(target, "rb").read() == previous
        check(f"{tool}: {label}", ok, (p.returncode, p.stderr))
print(f"{results.count(True)} passed, {results.count(False)} failed")
sys.exit(0 if all(results) else 1)
