"""JSON, SARIF and JUnit of arshjul-check on examples/, read back with
independent parsers, and examples/README.md's table against the findings."""
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

bin_dir, root = sys.argv[1], sys.argv[2]
examples = os.path.join(root, "examples")


def run(*args, cwd=root):
    p = subprocess.run([f"{bin_dir}/arshjul-check", "--as-of", "2027-02-05", "--lang", "en", *args],
                       capture_output=True, text=True, cwd=cwd)
    return p.returncode, p.stdout


code, out = run("--format", "json", "examples")
assert code == 1
data = json.loads(out)
findings = data["findings"]
assert data["summary"]["errors"] == sum(f["severity"] == "error" for f in findings)
assert data["summary"]["warnings"] == sum(f["severity"] == "warning" for f in findings)
assert all(r["status"] in ("on_time", "late", "missing", "pending") for r in data["reports"])
late = [r for r in data["reports"] if r["status"] == "late"]
assert late == [{"unit": "tekniska-namnden", "report": "tiodagarsrapport", "period": "2026-06", "required": True,
                 "mandatory": False, "due": "2026-07-14", "status": "late", "submitted": "2026-07-20",
                 "working_days_late": 4}], late

# examples/README.md lists exactly the findings.
table = re.findall(r"^\| `([^`]+):(\d+)` \| (ARS\d+) \|", open(os.path.join(examples, "README.md")).read(), re.M)
listed = sorted((f"examples/{p}", int(line), c) for p, line, c in table)
found = sorted((f["file"], f["line"], f["code"]) for f in findings)
assert listed == found, f"README lists {listed}\nbut the check finds {found}"

# SARIF: the shape GitHub code scanning reads.
code, out = run("--format", "sarif", "examples")
sarif = json.loads(out)
assert sarif["version"] == "2.1.0" and len(sarif["runs"]) == 1
driver = sarif["runs"][0]["tool"]["driver"]
rule_ids = [r["id"] for r in driver["rules"]]
assert sorted(rule_ids) == sorted({f["code"] for f in findings})
for r in driver["rules"]:
    assert r["shortDescription"]["text"] and r["fullDescription"]["text"] and r["help"]["text"]
results = sarif["runs"][0]["results"]
assert len(results) == len(findings)
for res in results:
    assert res["level"] in ("error", "warning") and res["ruleId"] in rule_ids
    loc = res["locations"][0]["physicalLocation"]
    assert loc["region"]["startLine"] >= 1 and loc["region"]["startColumn"] >= 1
    assert loc["artifactLocation"]["uri"].startswith("examples/")

# JUnit: one suite per input file, one case per finding, failures for errors.
for strict in ([], ["--strict"]):
    code, out = run("--format", "junit", *strict, "examples")
    suites = ET.fromstring(out)
    cases = suites.findall("./testsuite/testcase")
    failures = suites.findall("./testsuite/testcase/failure")
    n_files = len([1 for d, _, fs in os.walk(examples) for f in fs if f.endswith((".yaml", ".csv", ".se", ".sie"))])
    assert len(suites.findall("./testsuite")) == n_files
    names = [(c.get("classname"), c.get("name")) for c in cases]
    assert len(names) == len(set(names)), "classname+name must be unique"
    errors = sum(f["severity"] == "error" for f in findings)
    assert len(failures) == (len(findings) if strict else errors)
    assert int(suites.get("failures")) == len(failures)

# GitHub: %, :, , and a line break in a message and in a file name.
with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(examples, "organisation.yaml")) as src, open(os.path.join(tmp, "org.yaml"), "w") as dst:
        dst.write(src.read())
    name = os.path.join(tmp, "a%b:c,d.yaml")
    with open(name, "w") as f:
        f.write('unit: valnamnden\nreport: manadsuppfoljning\nperiod: 2026-04\nsubmitted: 2026-05-04\n'
                '"50% : a,b\\nc": 1\n')
    code, out = run("--format", "github", "a%b:c,d.yaml", "org.yaml", cwd=tmp)
    line = next(l for l in out.splitlines() if "ARS104" in l)
    assert line.startswith("::warning file=a%25b%3Ac%2Cd.yaml,line=5,col=1,title=ARS104::"), line
    assert "unknown key '50%25 : a,b%0Ac'" in line, line
print("4 passed, 0 failed")
