"""The repository's pre-commit hook run by the real pre-commit tool in a
scratch repository of submissions (a copy of examples/ made clean): a commit
of a good file passes; a commit of one bad file is refused with the finding
shown, while the rest of the dataset's findings stay out of it.

    pre_commit_hook.py BIN_DIR PROJECT_DIR
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pylib"))
from checklist import check, finish  # noqa: E402

bin_dir, root = sys.argv[1], sys.argv[2]
if not shutil.which("pre-commit"):
    sys.exit("missing pre-commit: bash scripts/setup test installs it")
tmp = tempfile.mkdtemp()
env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ["PATH"], HOME=tmp, PRE_COMMIT_HOME=os.path.join(tmp, "pc"),
           GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org", GIT_COMMITTER_NAME="t",
           GIT_COMMITTER_EMAIL="t@example.org")


def git(*args, cwd):
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, env=env)


# The hook comes from this repository as pre-commit fetches any: a git repository at a revision.
hooks = os.path.join(tmp, "arshjul")
shutil.copytree(root, hooks, ignore=shutil.ignore_patterns("build*", ".git", "out"))
git("init", "-q", cwd=hooks)
git("add", ".pre-commit-hooks.yaml", cwd=hooks)
git("commit", "-q", "-m", "hooks", cwd=hooks)
rev = git("rev-parse", "HEAD", cwd=hooks).stdout.strip()

repo = os.path.join(tmp, "inlamningar")
os.makedirs(repo)
git("init", "-q", cwd=repo)
shutil.copytree(os.path.join(root, "examples"), os.path.join(repo, "data"), ignore=shutil.ignore_patterns("tools"))
open(os.path.join(repo, ".pre-commit-config.yaml"), "w").write(
    f"repos:\n  - repo: {hooks}\n    rev: {rev}\n    hooks:\n      - id: arshjul-check\n"
    "        args: [--as-of, '2027-02-05', --lang, en]\n")
p = subprocess.run(["pre-commit", "install"], cwd=repo, capture_output=True, text=True, env=env)
check("pre-commit install", p.returncode == 0, p.stderr)
git("add", ".pre-commit-config.yaml", cwd=repo)
p = git("commit", "-q", "-m", "config", cwd=repo)
check("a commit of no checked file passes", p.returncode == 0, p.stdout + p.stderr)

# A good submission: the commit goes through, though the dataset has findings elsewhere.
good = "data/submissions/forskolenamnden/2026-04-manadsuppfoljning.yaml"
git("add", good, "data/organisation.yaml", cwd=repo)
p = git("commit", "-m", "förskolenämnden april", cwd=repo)
# The organisation file carries the dataset's missing reports; committed with it, they are its findings.
check("a commit with the organisation file shows its findings", p.returncode != 0 and "ARS201" in p.stdout + p.stderr,
      p.stdout + p.stderr)
git("reset", "-q", cwd=repo)
git("add", good, cwd=repo)
p = git("commit", "-m", "förskolenämnden april", cwd=repo)
check("a clean submission is committed", p.returncode == 0, p.stdout + p.stderr)

# One bad file: a misspelt key. The commit is refused and the finding shown.
bad = os.path.join(repo, "data/submissions/forskolenamnden/2026-05-manadsuppfoljning.yaml")
text = open(bad, encoding="utf-8").read().replace("forecast:", "forcast:", 1)
open(bad, "w", encoding="utf-8").write(text)
git("add", "data/submissions/forskolenamnden/2026-05-manadsuppfoljning.yaml", cwd=repo)
p = git("commit", "-m", "förskolenämnden maj", cwd=repo)
out = p.stdout + p.stderr
check("the commit of a bad file is refused", p.returncode != 0, out)
check("with the finding shown", "2026-05-manadsuppfoljning.yaml:" in out and "ARS102" in out, out)
check("and nothing of the other files", "ARS201" not in out and "ARS505" not in out, out)
log = git("log", "--oneline", cwd=repo).stdout
check("the bad file was not committed", "maj" not in log, log)
finish()
