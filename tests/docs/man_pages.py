"""The man pages in man/ are what scripts/make_man writes from their source in
docs/ (docs/man/*.md and docs/data-format.md), they render with man(1)
without a warning, and each tool's page names every option its --help lists;
the bash completion offers each tool's options and formats.

    man_pages.py BIN_DIR PROJECT_DIR
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pylib"))
from checklist import check, finish  # noqa: E402

bin_dir, root = sys.argv[1], sys.argv[2]
for tool in ("pandoc", "man", "bash"):
    if not shutil.which(tool):
        sys.exit(f"missing {tool}: bash scripts/setup test installs it")


# Written again into a copy: the same bytes as in man/.
tmp = tempfile.mkdtemp()
copy = os.path.join(tmp, "repo")
for part in ("docs", "scripts"):
    shutil.copytree(os.path.join(root, part), os.path.join(copy, part))
os.makedirs(os.path.join(copy, "man"))
subprocess.run(["bash", os.path.join(copy, "scripts", "make_man")], check=True)
pages = sorted(os.listdir(os.path.join(root, "man")))
check("man/ holds the four tools' pages and arshjul(5)", pages == ["arshjul-calendar.1", "arshjul-check.1",
                                                                   "arshjul-md.1", "arshjul-xlsx.1", "arshjul.5"], pages)
for page in pages:
    same = open(os.path.join(root, "man", page), "rb").read() == open(os.path.join(copy, "man", page), "rb").read()
    check(f"man/{page} is what scripts/make_man writes", same)
    p = subprocess.run(["man", "--warnings", "-l", os.path.join(root, "man", page)], capture_output=True, text=True,
                       env={k: v for k, v in dict(os.environ, MANWIDTH="80").items() if k != "MAN_KEEP_FORMATTING"})
    check(f"man/{page} renders without warnings", p.returncode == 0 and not p.stderr.strip(), p.stderr[-300:])
    if page.endswith(".1"):
        tool = page[:-2]
        helptext = subprocess.run([f"{bin_dir}/{tool}", "--help", "--lang", "en"], capture_output=True, text=True).stdout
        options = set(re.findall(r"^\s+(--[a-z][a-z-]+)", helptext, re.M)) - {"--help", "--version"}
        text = p.stdout.replace("\u2010", "-")
        missing = sorted(o for o in options if o not in text)
        check(f"man {tool} names every option of its --help", not missing, missing)

# The completion, sourced into bash with a stand-in for bash-completion's helpers.
completion = os.path.join(root, "completions", "arshjul")
for tool, word, prev, want in (("arshjul-check", "--fo", "arshjul-check", {"--format", "--focus"}),
                               ("arshjul-check", "", "--format", {"text", "json", "github", "sarif", "junit", "gitlab"}),
                               ("arshjul-calendar", "", "--format", {"text", "csv", "json", "ics", "svg"}),
                               ("arshjul-calendar", "--re", "arshjul-calendar", {"--remind"})):
    script = f"""
_init_completion() {{ cur=${{COMP_WORDS[COMP_CWORD]}}; prev=${{COMP_WORDS[COMP_CWORD-1]}}; words=("${{COMP_WORDS[@]}}"); cword=$COMP_CWORD; }}
_filedir() {{ COMPREPLY=(); }}
complete() {{ :; }}
source {completion}
COMP_WORDS=({tool} {prev if prev != tool else ''} {word!r}); COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
_arshjul
printf '%s\\n' "${{COMPREPLY[@]}}"
"""
    p = subprocess.run(["bash", "-c", script], capture_output=True, text=True,
                       env=dict(os.environ, PATH=bin_dir + os.pathsep + os.environ["PATH"]))
    got = set(p.stdout.split())
    check(f"completion of {tool} {prev} {word!r}", got == want, (got, want, p.stderr[-200:]))
finish()
