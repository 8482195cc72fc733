"""Text from the data cannot break a CI annotation, a JSON, SARIF or JUnit
document: a unit name with quotes, a backslash, </testcase>, ]]>, <script>, a
control character, %0A and a line break followed by a fake ::error."""
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

bin_dir, root = sys.argv[1], sys.argv[2]
data = os.path.join(root, "tests/data/injection")
evil = 'x\\"</testcase>]]><script>\x01%0A\n::error file=evil::pwned'


def run(fmt):
    p = subprocess.run([f"{bin_dir}/arshjul-check", "--as-of", "2026-02-10", "--lang", "en", "--format", fmt, data],
                       capture_output=True, text=True)
    assert p.returncode == 1, (fmt, p.returncode, p.stderr)
    return p.stdout


results = []
# JSON: parses, and the message holds the text exactly (shortened names keep the start).
message = next(f["message"] for f in json.loads(run("json"))["findings"] if f["code"] == "ARS106")
results.append(evil[:40] in message)
# SARIF: parses, the text is in the message.
sarif = json.loads(run("sarif"))
results.append(any(evil[:40] in r["message"]["text"] for r in sarif["runs"][0]["results"]))
# JUnit: parses as XML; the structure holds: one failure per error.
suites = ET.fromstring(run("junit"))
failure = [f for f in suites.iter("failure") if f.get("type") == "ARS106"]
results.append(len(failure) == 1 and "</testcase>]]><script>" in failure[0].get("message"))
# GitHub: every line is one workflow command; the line break and %0A are escaped.
lines = run("github").splitlines()
commands = [l for l in lines if l.startswith("::")]
results.append(len(commands) == len(lines) - 1)  # and the summary line
bad = next(l for l in commands if "ARS106" in l)
results.append("%250A%0A::error file=evil::pwned" in bad and not any(l.startswith("::error file=evil") for l in lines))
# Text: one line per finding; no control character reaches the terminal.
text = run("text")
results.append(len(text.splitlines()) == 2 and "\x01" not in text and "\\x01%0A\\n::error" in text)
print(f"{results.count(True)} passed, {results.count(False)} failed")
sys.exit(0 if all(results) else 1)
