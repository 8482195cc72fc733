"""The CI recipes of docs/ci.md, from the files under docs/ci/ (each shown
whole in docs/ci.md, which this test compares): parsed as YAML, and each
command that runs an arshjul tool run here on a copy of examples/ as data/,
with the reports they name read back (SARIF and Code Quality as JSON, JUnit
as XML); the pre-commit configuration names this repository's hook.

    recipes.py BIN_DIR PROJECT_DIR
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from xml.etree import ElementTree as ET

import yaml

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pylib"))
from checklist import check, finish  # noqa: E402

bin_dir, root = sys.argv[1], sys.argv[2]
recipes = os.path.join(root, "docs", "ci")
tmp = tempfile.mkdtemp()
shutil.copytree(os.path.join(root, "examples"), os.path.join(tmp, "data"), ignore=shutil.ignore_patterns("tools"))
env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ["PATH"])
env.pop("GITHUB_ACTIONS", None)


def run(command):
    """A recipe's command as its CI's shell runs it, in the folder holding data/."""
    p = subprocess.run(["bash", "-e", "-c", command], cwd=tmp, capture_output=True, text=True, env=env)
    # The examples have findings: a gating command exits 1, one ending in `|| true` 0; never 2.
    want = 0 if command.rstrip().endswith("|| true") else 1
    check(f"`{command}` exits {want}", p.returncode == want, (p.returncode, p.stderr[-300:]))
    return p


# docs/ci.md shows every recipe whole.
doc = open(os.path.join(root, "docs", "ci.md"), encoding="utf-8").read()
blocks = re.findall(r"```yaml\n(.*?)```", doc, re.S)
for name in sorted(os.listdir(recipes)):
    check(f"docs/ci.md shows {name} whole", open(os.path.join(recipes, name), encoding="utf-8").read() in blocks, name)

github = yaml.safe_load(open(os.path.join(recipes, "github-workflow.yml"), encoding="utf-8"))
steps = github["jobs"]["check"]["steps"]
ran = [s["run"] for s in steps if "run" in s and re.match(r"arshjul-", s["run"])]
check("GitHub: the workflow runs arshjul-check", len(ran) == 2, ran)
for command in ran:
    run(command)
(upload,) = [s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif")]
sarif = json.load(open(os.path.join(tmp, upload["with"]["sarif_file"]), encoding="utf-8"))
check("GitHub: the SARIF uploaded is SARIF 2.1.0 with results", sarif["version"] == "2.1.0" and
      sarif["runs"][0]["results"], sarif.get("version"))
check("GitHub: permission to upload it", github["permissions"].get("security-events") == "write")

gitlab = yaml.safe_load(open(os.path.join(recipes, "gitlab-ci.yml"), encoding="utf-8"))["arshjul"]
for command in gitlab["script"]:
    run(command)
reports = gitlab["artifacts"]["reports"]
quality = json.load(open(os.path.join(tmp, reports["codequality"]), encoding="utf-8"))
check("GitLab: Code Quality is an array of issues", isinstance(quality, list) and quality and
      all({"description", "check_name", "fingerprint", "severity", "location"} <= set(i) for i in quality))
suites = ET.parse(os.path.join(tmp, reports["junit"])).getroot()
check("GitLab: JUnit with test suites", suites.tag == "testsuites" and len(suites) > 0, suites.tag)
check("GitLab: artifacts kept when the job fails", gitlab["artifacts"]["when"] == "always")

config = yaml.safe_load(open(os.path.join(recipes, "pre-commit-config.yaml"), encoding="utf-8"))
hooks = yaml.safe_load(open(os.path.join(root, ".pre-commit-hooks.yaml"), encoding="utf-8"))
(hook,) = config["repos"][0]["hooks"]
check("pre-commit: the configuration names the repository's hook", hook["id"] in {h["id"] for h in hooks})
# The hook's entry with the configuration's arguments, on a file as pre-commit passes it.
entry = next(h["entry"] for h in hooks if h["id"] == hook["id"])
p = subprocess.run([*entry.split(), *hook.get("args", []), "data/submissions/kulturnamnden/2026-04-manadsuppfoljning.yaml"],
                   cwd=tmp, capture_output=True, text=True, env=env)
check("pre-commit: the hook's command runs", p.returncode in (0, 1) and "ARS104" in p.stdout, (p.returncode, p.stderr))
finish()
