"""Faults around the outputs and the dataset walk: every output is the complete
new file or the untouched old one, devices and FIFOs are written in place and
never replaced, links are written through, modes kept; every folder the
dataset reaches is read or named. Faults are made in private mount and PID
namespaces (unshare), never on the real system paths; a case the machine
cannot make (not root, no namespaces) is skipped with a message.

    output_faults.py BIN_DIR PROJECT_DIR
"""
import json
import os
import pty
import shutil
import stat
import subprocess
import sys
import zipfile

import openpyxl

bin_dir, project = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
examples = os.path.join(project, "examples")
# Not under /tmp: some cases mount a tiny tmpfs there.
work = os.path.join(bin_dir, "..", "output-faults")
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
failures, skipped = [], []
ARGS = {"check": ["--as-of", "2027-02-05"], "calendar": ["--as-of", "2027-02-05"],
        "md": ["--as-of", "2027-02-05"], "xlsx": ["--as-of", "2027-02-05"]}


def tool(name):
    return os.path.join(bin_dir, f"arshjul-{name}")


def run(cmd, timeout=300, **kw):
    """A hang is a failure, not the end of the test."""
    if "stdout" not in kw:
        kw["capture_output"] = True
    try:
        return subprocess.run(cmd, timeout=timeout, **kw)
    except subprocess.TimeoutExpired:
        failures.append(f"hangs: {' '.join(cmd)[:200]}")
        return subprocess.CompletedProcess(cmd, -1, b"", b"")


def check(ok, what):
    if not ok:
        failures.append(what)


def leftovers(folder):
    return [f for f in os.listdir(folder) if "arshjul-partial" in f or ".tmp-" in f]


def can_unshare():
    return (os.geteuid() == 0 and os.path.isdir("/mnt")
            and run(["unshare", "-m", "--propagation", "private", "true"]).returncode == 0)


def valid_workbook(path):
    try:
        with zipfile.ZipFile(path) as z:
            return z.testzip() is None and all(z.getinfo(n).file_size > 0 for n in z.namelist() if n.endswith(".xml"))
    except (zipfile.BadZipFile, OSError):
        return False


def in_namespace(script):
    """A shell script in a private mount namespace."""
    return run(["unshare", "-m", "--propagation", "private", "bash", "-c", script])


if not can_unshare():
    skipped.append("namespaces: not root, no /mnt, or unshare is not allowed here")
else:
    # A full /tmp: the workbook's temporary files live beside it, so it is complete.
    # The real /tmp (which may hold this checkout) stays reachable at /mnt.
    def under_mnt(path):
        return "/mnt/" + path[len("/tmp/"):] if path.startswith("/tmp/") else path
    for name in ARGS:
        out_dir = os.path.join(work, f"full-tmp-{name}")
        os.makedirs(out_dir)
        out = os.path.join(out_dir, "out")
        p = in_namespace(f"mount --bind /tmp /mnt && mount -t tmpfs -o size=16k tmpfs /tmp && "
                         f"(dd if=/dev/zero of=/tmp/fill bs=4k 2>/dev/null; true) && "
                         f"exec {under_mnt(tool(name))} {' '.join(ARGS[name])} -q -o {under_mnt(out)} "
                         f"{under_mnt(examples)}")
        check(p.returncode in (0, 1), f"full /tmp, arshjul-{name}: exit {p.returncode} {p.stderr[:300]!r}")
        if name == "xlsx":
            check(valid_workbook(out), "full /tmp: the workbook is not complete")
        check(not leftovers(out_dir), f"full /tmp, arshjul-{name}: temporary files left: {leftovers(out_dir)}")

    # A full target folder: exit 2, the old file byte-identical, nothing left behind.
    for name in ARGS:
        script = (f"mkdir -p {work}/full-dir-{name} && mount -t tmpfs -o size=64k tmpfs {work}/full-dir-{name} && "
                  f"cd {work}/full-dir-{name} && printf 'last month' > out && "
                  f"(dd if=/dev/zero of=fill bs=4k 2>/dev/null; true) && "
                  f"{tool(name)} {' '.join(ARGS[name])} -q -o out {examples}; echo \"rc=$?\"; "
                  f"cat out; echo; ls -a")
        p = in_namespace(script)
        text = p.stdout.decode(errors="replace")
        check("rc=2" in text, f"full target folder, arshjul-{name}: not exit 2: {text[:200]!r} {p.stderr[:300]!r}")
        check("last month" in text, f"full target folder, arshjul-{name}: the old file changed")
        check("arshjul-partial" not in text, f"full target folder, arshjul-{name}: a temporary file is left")
        check(b"[ERROR]" not in p.stderr and p.stderr.count(b"\n") == 1,
              f"full target folder, arshjul-{name}: not one message of its own: {p.stderr[:300]!r}")

    # The same for a workbook of 1.5 million ledger rows (constant memory: a temporary file a sheet).
    ledger = os.path.join(work, "ledger")
    subprocess.run(["/usr/bin/python3", os.path.join(project, "bench/generate.py"), ledger, "--ledger-rows",
                    "1500000"], check=True, capture_output=True)
    big = os.path.join(work, "big")
    os.makedirs(big)
    xlsx = f"{under_mnt(tool('xlsx'))} --as-of 2026-12-31 -q --include-ledger"
    p = in_namespace(f"mount --bind /tmp /mnt && mount -t tmpfs -o size=16k tmpfs /tmp && "
                     f"exec {xlsx} -o {under_mnt(os.path.join(big, 'out.xlsx'))} {under_mnt(ledger)}")
    check(p.returncode in (0, 1) and valid_workbook(os.path.join(big, "out.xlsx")) and not leftovers(big),
          f"1.5 M ledger rows, full /tmp: exit {p.returncode}, {p.stderr[:300]!r}")
    p = in_namespace(f"mkdir -p {big}/full && mount -t tmpfs -o size=1m tmpfs {big}/full && cd {big}/full && "
                     f"printf 'last month' > out.xlsx && {tool('xlsx')} --as-of 2026-12-31 -q --include-ledger "
                     f"-o out.xlsx {ledger}; echo rc=$?; cat out.xlsx; "
                     f"echo; ls -a")
    text = p.stdout.decode(errors="replace")
    check("rc=2" in text and "last month" in text and "arshjul-partial" not in text,
          f"1.5 M ledger rows, full target folder: {text[:300]!r} {p.stderr[:300]!r}")

    # --split-by unit in a folder too small for every new workbook at once: all of last month's stay
    # (a workbook a unit put in place one by one would leave a mix; 160 KB fits about nine).
    split = os.path.join(work, "split")
    os.makedirs(split)
    units = [line.split(":", 1)[1].strip() for line in open(os.path.join(examples, "organisation.yaml"), encoding="utf-8")
             if line.startswith("  - id:")]
    script = (f"mount --bind /tmp /mnt && mount -t tmpfs -o size=160k tmpfs {split} && cd {split} && "
              + "".join(f"printf old > {u}.xlsx && " for u in units)
              + f"{under_mnt(tool('xlsx'))} --as-of 2027-02-05 -q --split-by unit -o . {under_mnt(examples)}; "
              f"echo rc=$?; cat *.xlsx; echo; ls -a")
    p = in_namespace(script)
    text = p.stdout.decode(errors="replace")
    check("rc=2" in text and ("old" * len(units)) in text and "arshjul-partial" not in text,
          f"--split-by in a full folder: not all of last month's left: {text[:300]!r}")

    # Devices are written in place, never replaced (a private /dev with its own nodes).
    for name in ARGS:
        script = ("mount -t tmpfs tmpfs /dev && mknod -m 666 /dev/null c 1 3 && mknod -m 666 /dev/full c 1 7 && "
                  "ln -s /proc/self/fd/1 /dev/stdout && "
                  f"{tool(name)} {' '.join(ARGS[name])} -q -o /dev/null {examples} >/dev/null; echo rc-null=$?; "
                  f"{tool(name)} {' '.join(ARGS[name])} -q -o /dev/full {examples} 2>/dev/null; echo rc-full=$?; "
                  f"{tool(name)} {' '.join(ARGS[name])} -q -o /dev/stdout {examples} > /dev/null; echo rc-stdout=$?; "
                  "stat -c '%F' /dev/null /dev/full; stat -c '%F' /dev/stdout")
        p = in_namespace(script)
        text = p.stdout.decode(errors="replace")
        check("rc-null=0" in text or "rc-null=1" in text, f"-o /dev/null, arshjul-{name}: {text!r}")
        check("rc-full=2" in text, f"-o /dev/full, arshjul-{name}: not exit 2: {text!r}")
        check(text.count("character special file") == 2, f"arshjul-{name} replaced a device: {text!r}")
        check("symbolic link" in text, f"arshjul-{name} replaced /dev/stdout: {text!r}")

    # Two writers in two PID namespaces (the same PID), 20 times: always one complete workbook.
    shared = os.path.join(work, "shared")
    os.makedirs(shared)
    target = os.path.join(shared, "out.xlsx")
    for trial in range(20):
        cmd = ["unshare", "--pid", "--fork", tool("xlsx"), "--as-of", "2027-02-05", "-q", "-o", target, examples]
        a, b = subprocess.Popen(cmd, stderr=subprocess.PIPE), subprocess.Popen(cmd, stderr=subprocess.PIPE)
        codes = (a.wait(), b.wait())
        check(codes == (0, 0), f"two writers, trial {trial}: exit {codes} {a.stderr.read()[:200]!r}")
        try:
            openpyxl.load_workbook(target, read_only=True).close()
        except Exception as e:  # noqa: BLE001 – any failure to read is the finding
            failures.append(f"two writers, trial {trial}: openpyxl cannot read the workbook: {e}")
        check(not leftovers(shared), f"two writers, trial {trial}: left {leftovers(shared)}")

    # Unreadable folders and files, as an unprivileged user: exit 2, named.
    data = os.path.join(work, "unreadable")
    shutil.copytree(examples, data)
    locked = os.path.join(data, "submissions", "aaa-locked")
    os.makedirs(locked)
    shutil.copy(os.path.join(examples, "organisation.yaml"), os.path.join(locked, "x.yaml"))
    for path in (work, data):
        os.chmod(path, 0o755)
    subprocess.run(["chmod", "-R", "a+rX", data])
    os.chmod(locked, 0)
    as_nobody = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    p = run(as_nobody + [tool("check"), "--as-of", "2027-02-05", "-q", data])
    check(p.returncode == 2 and b"aaa-locked" in p.stderr, f"unreadable folder: exit {p.returncode} {p.stderr!r}")
    os.chmod(locked, 0o755)
    os.chmod(os.path.join(locked, "x.yaml"), 0)
    p = run(as_nobody + [tool("xlsx"), "--as-of", "2027-02-05", "-q", "-o", os.path.join(work, "n.xlsx"), data])
    check(p.returncode == 2 and b"x.yaml" in p.stderr, f"unreadable file: exit {p.returncode} {p.stderr!r}")
    check(not os.path.exists(os.path.join(work, "n.xlsx")), "unreadable file: a workbook was written all the same")
    named = os.path.join(locked, "x.yaml")
    p = run(as_nobody + [tool("check"), "--as-of", "2027-02-05", "-q", os.path.join(data, "organisation.yaml"), named])
    check(p.returncode == 2 and b"x.yaml" in p.stderr, f"unreadable file named: exit {p.returncode} {p.stderr!r}")
    shutil.rmtree(locked)
    books = os.path.join(data, "bocker", "boras-elnat-2026-10.sie")
    os.chmod(books, 0)
    p = run(as_nobody + [tool("check"), "--as-of", "2027-02-05", "-q", data])
    check(p.returncode == 2 and b"boras-elnat-2026-10.sie" in p.stderr,
          f"unreadable SIE file: exit {p.returncode} {p.stderr!r}")
    os.chmod(books, 0o644)

# Without namespaces or root.
out_dir = os.path.join(work, "plain")
os.makedirs(out_dir)

# A link is written through; the replaced file keeps its mode.
real, link = os.path.join(out_dir, "real.md"), os.path.join(out_dir, "link.md")
with open(real, "w") as f:
    f.write("old")
os.chmod(real, 0o600)
os.symlink("real.md", link)
p = run([tool("md"), "--as-of", "2027-02-05", "-o", link, examples])
check(p.returncode == 0 and os.path.islink(link) and open(real).read().startswith("#"),
      f"-o link: the link was replaced or its target not written ({p.returncode})")
check(stat.S_IMODE(os.stat(real).st_mode) == 0o600, f"-o onto a 0600 file: mode {oct(os.stat(real).st_mode)}")

# A FIFO as -o: written in place, still a FIFO.
fifo = os.path.join(out_dir, "out.fifo")
os.mkfifo(fifo)
reader = subprocess.Popen(["cat", fifo], stdout=subprocess.PIPE)
p = run([tool("check"), "--as-of", "2027-02-05", "--format", "json", "-o", fifo, examples], timeout=60)
try:
    got = reader.communicate(timeout=10)[0]
except subprocess.TimeoutExpired:
    reader.kill()
    got = b""
want = run([tool("check"), "--as-of", "2027-02-05", "--format", "json", examples]).stdout
check(p.returncode == 1 and got == want and stat.S_ISFIFO(os.stat(fifo).st_mode), "-o FIFO: not written in place")

# The workbook on standard output: the same bytes as the file; refused on a terminal.
p = run([tool("xlsx"), "--as-of", "2027-02-05", "-o", "-", examples], cwd=out_dir)
run([tool("xlsx"), "--as-of", "2027-02-05", "-o", os.path.join(out_dir, "w.xlsx"), examples])
check(p.returncode == 0 and p.stdout == open(os.path.join(out_dir, "w.xlsx"), "rb").read(),
      "arshjul-xlsx -o -: the bytes differ from the file")
check(not os.path.exists(os.path.join(out_dir, "-")), "arshjul-xlsx -o -: a file named '-' was written")
master, slave = pty.openpty()
p = run([tool("xlsx"), "--as-of", "2027-02-05", "-o", "-", examples], stdout=slave, stderr=subprocess.PIPE, cwd=out_dir,
        timeout=60)
os.close(slave)
os.close(master)
check(p.returncode == 2 and b"terminal" in p.stderr, f"-o - on a terminal: exit {p.returncode} {p.stderr!r}")

# A name of 248 characters: the temporary name fits beside it.
long_name = os.path.join(out_dir, "u" * 243 + ".xlsx")
p = run([tool("xlsx"), "--as-of", "2027-02-05", "-o", long_name, examples])
check(p.returncode == 0 and valid_workbook(long_name), f"a 248-character name: {p.returncode} {p.stderr[:200]!r}")

# The walk: a linked folder is read, a loop of links once, a FIFO named x.csv is ARS109 and never opened.
data = os.path.join(work, "walk")
shutil.copytree(examples, data)
outside = os.path.join(work, "outside")
shutil.move(os.path.join(data, "submissions", "kulturnamnden"), outside)
os.symlink(outside, os.path.join(data, "submissions", "kulturnamnden"))
os.symlink("..", os.path.join(data, "submissions", "loop"))
os.mkfifo(os.path.join(data, "x.csv"))
os.symlink("/dev/zero", os.path.join(data, "z.csv"))
p = run([tool("check"), "--as-of", "2027-02-05", "--format", "json", data], timeout=30)
plain = run([tool("check"), "--as-of", "2027-02-05", "--format", "json", examples])
got = json.loads(p.stdout) if p.stdout else {"summary": {"submissions": -1}, "findings": []}
want = json.loads(plain.stdout)
check(got["summary"]["submissions"] == want["summary"]["submissions"],
      f"linked folder: {got['summary']['submissions']} submissions, want {want['summary']['submissions']}")
check(any(f["code"] == "ARS109" and f["file"].endswith("x.csv") for f in got["findings"]), "FIFO x.csv: no ARS109")
check(any(f["code"] == "ARS109" and f["file"].endswith("z.csv") for f in got["findings"]),
      "a link to /dev/zero named z.csv: no ARS109")

for s in skipped:
    print("skipped:", s)
for f in failures:
    print("FAIL", f)
print("ok" if not failures else f"{len(failures)} failures")
sys.exit(1 if failures else 0)
