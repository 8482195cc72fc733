"""arshjul-md's output: markdownlint-cli2 (pinned, the settings of docs/templates.md)
passes; pandoc -f gfm reads one <table> per table with every row intact; text
from the data never becomes HTML, a link or a broken table."""
import html.parser
import os
import subprocess
import sys
import tempfile

bin_dir, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
tools = os.path.join(root, "tests/tools")
lint = os.path.join(tools, "node_modules/.bin/markdownlint-cli2")
if not os.path.exists(lint):
    sys.exit(f"missing {lint}: run `bash scripts/setup test`, which installs tests/tools with npm ci")
tmp = tempfile.mkdtemp()
runs = {
    "examples-sv.md": ["--period", "2026-08", "examples"],
    "examples-en.md": ["--lang", "en", "examples"],
    "injection-sv.md": ["--as-of", "2026-02-25", "tests/data/md-injection"],
    "injection-en.md": ["--as-of", "2026-02-25", "--lang", "en", "tests/data/md-injection"],
    "custom.md": ["--template", "tests/data/md-template/custom.mustache", "tests/data/md-injection"],
    "no-org.md": ["tests/cli/ars109-no-organisation"],
    "duplicates.md": ["--as-of", "2026-05-20", "--period", "2026-04", "tests/cli/ars105-duplicate-rows-still-checked"],
}
results = []
for name, args in runs.items():
    out = os.path.join(tmp, name)
    as_of = [] if "--as-of" in args else ["--as-of", "2027-02-05"]
    p = subprocess.run([f"{bin_dir}/arshjul-md", *as_of, *args, "-o", out], cwd=root,
                       capture_output=True, text=True)
    results.append(p.returncode == 0)
    if p.returncode:
        print(f"FAIL {name}: {p.stderr}")

p = subprocess.run([lint, "--config", os.path.join(tools, ".markdownlint-cli2.jsonc"),
                    *[os.path.join(tmp, n) for n in runs]], capture_output=True, text=True, cwd=tmp)
results.append(p.returncode == 0)
if p.returncode:
    print("FAIL markdownlint:", p.stdout, p.stderr)


class Tables(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tables, self.row, self.elements = [], None, set()

    def handle_starttag(self, tag, attrs):
        self.elements.add(tag)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.row = 0
        elif tag in ("td", "th") and self.row is not None:
            self.row += 1

    def handle_endtag(self, tag):
        if tag == "tr":
            self.tables[-1].append(self.row)
            self.row = None


for name in runs:
    text = open(os.path.join(tmp, name), encoding="utf-8").read()
    expected_tables = sum(1 for line in text.splitlines() if line.startswith("| ---"))
    html_out = subprocess.run(["pandoc", "-f", "gfm", "-t", "html", "--wrap=none", os.path.join(tmp, name)], capture_output=True,
                              text=True, check=True).stdout
    t = Tables()
    t.feed(html_out)
    ok = len(t.tables) == expected_tables and all(len(set(rows)) == 1 for rows in t.tables)
    ok = ok and not ({"script", "i", "b", "a", "code", "em", "strong"} - {"strong"}) & t.elements
    if name.startswith("injection"):
        ok = ok and "Rad 1<br>Rad 2 with `code` | pipe and *stars* and &lt;script&gt;" in html_out
        # The analysis is one quoted block of plain text: no heading, list, link or script inside it.
        quote = html_out.split("<blockquote>", 1)[-1].split("</blockquote>", 1)[0]
        ok = ok and "<blockquote>" in html_out and "# Not a heading &lt;script&gt;" in quote
        ok = ok and not any(tag in quote for tag in ("<h1", "<ul", "<li", "<a ", "<script", "<em", "<code"))
    # Nothing before the analyst's list of findings names a file: the committee reads that part.
    committee = text.split("\n## Alla kontrollfynd", 1)[0].split("\n## Every finding", 1)[0]
    ok = ok and not any(p in committee for p in (".yaml", ".csv", "examples/", "tests/"))
    if name.startswith("examples"):
        ok = ok and "🔴" in committee.split("## ", 3)[2] and ("## Att göra per enhet" in text or "## To do per unit" in text)
    results.append(ok)
    if not ok:
        print(f"FAIL pandoc {name}: tables {[len(set(r)) for r in t.tables]} of {expected_tables}, "
              f"elements {sorted(t.elements)}")
print(f"{results.count(True)} passed, {results.count(False)} failed")
sys.exit(0 if all(results) else 1)
