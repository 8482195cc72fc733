"""arshjul-check --format gitlab against GitLab's documented Code Quality
fields: a JSON array of objects with description, check_name, fingerprint,
severity (critical for an error, minor for a warning) and location.path and
location.lines.begin; every finding present; fingerprints unique, and
unchanged when lines are inserted above the findings."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pylib"))
from checklist import check, finish  # noqa: E402

bin_dir, root = sys.argv[1], sys.argv[2]
tmp = tempfile.mkdtemp()
SEVERITIES = {"info", "minor", "major", "critical", "blocker"}  # GitLab's documented values


def run(fmt, folder, *extra, as_of="2027-02-05"):
    p = subprocess.run([f"{bin_dir}/arshjul-check", "--as-of", as_of, "--lang", "en", "--format", fmt, *extra,
                        folder], capture_output=True, text=True, cwd=tmp)
    return p.returncode, p.stdout


data = os.path.join(tmp, "examples")
shutil.copytree(os.path.join(root, "examples"), data, ignore=shutil.ignore_patterns("tools", "README.md"))
code, out = run("gitlab", "examples")
report = json.loads(out)
_, plain = run("json", "examples")
findings = json.loads(plain)["findings"]
check("exit code as for the other formats", code == 1, code)
check("an array of one object per finding", isinstance(report, list) and len(report) == len(findings) > 0,
      (len(report), len(findings)))
for item, f in zip(report, findings):
    ok = (set(item) >= {"description", "check_name", "fingerprint", "severity", "location"} and
          isinstance(item["description"], str) and item["description"] and
          isinstance(item["fingerprint"], str) and item["fingerprint"] and
          item["severity"] in SEVERITIES and isinstance(item["location"]["path"], str) and
          isinstance(item["location"]["lines"]["begin"], int) and item["location"]["lines"]["begin"] >= 1)
    check("GitLab's fields and types", ok, item)
    check("the finding itself", (item["check_name"], item["description"], item["location"]["path"],
                                 item["location"]["lines"]["begin"]) ==
          (f["code"], f["message"], f["file"], max(f["line"], 1)), (item, f))
    check("severity mapped", item["severity"] == {"error": "critical", "warning": "minor"}[f["severity"]], item)
prints = [i["fingerprint"] for i in report]
check("fingerprints unique", len(set(prints)) == len(prints))
check("same fingerprints every run", prints == [i["fingerprint"] for i in json.loads(run("gitlab", "examples")[1])])

# Three comment lines above everything in every YAML file: the lines move, the fingerprints stay.
for dirpath, _, names in os.walk(data):
    for n in names:
        if n.endswith(".yaml"):
            path = os.path.join(dirpath, n)
            text = open(path, encoding="utf-8").read()
            open(path, "w", encoding="utf-8").write("# en rad\n# två rader\n# tre rader\n" + text)
moved = json.loads(run("gitlab", "examples")[1])
check("the same findings after the insertion", [i["check_name"] for i in moved] == [i["check_name"] for i in report])
yaml_items = [(a, b) for a, b in zip(report, moved) if a["location"]["path"].endswith(".yaml")]
check("the YAML findings moved three lines", yaml_items and all(
    b["location"]["lines"]["begin"] == a["location"]["lines"]["begin"] + 3 for a, b in yaml_items))
check("fingerprints unchanged when lines move", [i["fingerprint"] for i in moved] == prints)

# Nothing to report is an empty array.
clean = os.path.join(tmp, "clean")
os.makedirs(clean)
open(os.path.join(clean, "organisation.yaml"), "w").write(
    "year: 2026\nunits:\n  - id: kn\n    name: Kulturnämnden\n    type: nämnd\n    monthly_reports: [4, 8]\n")
code, out = run("gitlab", "clean", as_of="2026-01-10")  # nothing due yet
check("no findings: []", code == 0 and out == "[]\n", (code, out))
finish()
