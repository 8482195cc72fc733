"""Progress on a terminal: arshjul-xlsx --include-ledger on 600 000 rows runs for
seconds; with standard error on a pseudo-terminal it shows rows, rate and time
left while the ledger's rows are written into the workbook, then a line while it
is packed, and clears the
line at the end. With standard error not a terminal, or with CI set, it shows no
progress: only the summary line of the file written (docs/reports.md).

    progress_terminal.py BIN_DIR PROJECT_DIR
"""
import os
import pty
import re
import subprocess
import sys
import tempfile

bin_dir, project = sys.argv[1], sys.argv[2]
failures = []


def run(cmd, terminal, env):
    if not terminal:
        p = subprocess.run(cmd, capture_output=True, env=env)
        return p.returncode, p.stderr
    master, slave = pty.openpty()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=slave, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return p.wait(), b"".join(chunks)


with tempfile.TemporaryDirectory() as tmp:
    data = os.path.join(tmp, "data")
    subprocess.run(["/usr/bin/python3", os.path.join(project, "bench/generate.py"), data,
                    "--ledger-rows", "600000"], check=True)
    out = os.path.join(tmp, "out.xlsx")
    cmd = [os.path.join(bin_dir, "arshjul-xlsx"), "--lang", "en", "--as-of", "2026-12-01", "--include-ledger",
           "-o", out, data]
    env = {k: v for k, v in os.environ.items() if k != "CI"}

    code, err = run(cmd, True, env)
    text = err.decode("utf-8", "replace")
    if code not in (0, 1):
        failures.append(f"exit {code} on a terminal")
    # Reading 600 000 rows takes less than the second before progress shows; writing them takes seconds.
    if not re.search(r"writing the workbook, \d+ % \([\d,]+ rows, [\d,]+/s, \d+ s left\)", text):
        failures.append(f"no progress on a terminal while the ledger is written: {text[:300]!r}")
    if "writing the workbook …" not in text:
        failures.append(f"no line while the workbook is written: {text[-300:]!r}")
    summary = re.escape(f"wrote {out}: ") + r"\d+ errors?, \d+ warnings?"
    if not re.search("\r\x1b\\[K" + summary + "\r\n$", text):
        failures.append(f"the progress line is not cleared before the summary line: {text[-100:]!r}")

    code, err = run(cmd, False, env)
    if not re.fullmatch(summary + "\n", err.decode("utf-8", "replace")):
        failures.append(f"standard error not a terminal, yet more than the summary line: {err[:200]!r}")
    code, err = run(cmd, True, dict(env, CI="true"))
    if not re.fullmatch(summary + "\r\n", err.decode("utf-8", "replace")):
        failures.append(f"CI set, yet more than the summary line: {err[:200]!r}")
    code, err = run(cmd + ["-q"], False, env)
    if err:
        failures.append(f"-q, yet: {err[:200]!r}")

for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
