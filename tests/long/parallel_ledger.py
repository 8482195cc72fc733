"""A large economy table read on two threads gives exactly what one thread
gives (ARSHJUL_THREADS=1), also when the split meets quotes, multi-line
fields, a literal quote in an unquoted field, invalid UTF-8 or an unclosed
quote."""
import os
import subprocess
import sys
import tempfile

bin_dir = sys.argv[1]
tmp = tempfile.mkdtemp()
org = ("year: 2026\nunits:\n  - id: a\n    name: Nämnd A\n    type: nämnd\n    monthly_reports: [4, 8]\n"
       "  - id: b\n    name: Nämnd B\n    type: nämnd\n    monthly_reports: [4, 8]\n")
open(os.path.join(tmp, "organisation.yaml"), "w").write(org)
ROWS = 200_000  # about 11 MB: above the 8 MiB threshold


def ledger(name, special):
    """special(i) returns a replacement line for row i, or None."""
    lines = ["nämnd;period;rad;budget;utfall;prognos;åtgärder"]
    for i in range(ROWS):
        line = special(i)
        if line is None:
            unit = "Nämnd A" if i % 3 else "b"
            line = f"{unit};2026{1 + i % 12:02d};\"rad {i}; del\";{i % 9000},{i % 100:02d};1 000;{(i * 7) % 9000},50;"
        lines.append(line)
    path = os.path.join(tmp, name)
    with open(path, "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("utf-8", "surrogateescape"))
    return path


mid = ROWS // 2
cases = {
    "plain": lambda i: None,
    "multiline-at-middle": lambda i: ("Nämnd A;202601;\"rad\r\nmed\r\nbrytning\";1;1;1;" if mid - 50 < i < mid + 50 else None),
    "literal-quote-early": lambda i: ("Nämnd A;202601;Skärm 24\" tum;1;1;1;" if i == 10 else None),
    "unknown-units-and-bad-amounts": lambda i: ("Okänd;202601;x;1,234;1;1;" if i % 5000 == 0 else None),
    "invalid-utf8-second-half": lambda i: ("Nämnd A;202601;\udce5r;1;1;1;" if i == mid + 1000 else None),
    "invalid-utf8-first-half": lambda i: ("Nämnd A;202601;\udce5r;1;1;1;" if i == 1000 else None),
    "unclosed-quote-near-end": lambda i: ("Nämnd A;202601;\"öppen;1;1;1;" if i == ROWS - 10 else None),
    "ragged-around-middle": lambda i: ("Nämnd A;202601;1;1;1" if mid - 3 <= i <= mid + 3 else None),
}
results = []
for name, special in cases.items():
    path = ledger(f"ekonomi-{name}.csv", special)
    outputs = []
    for threads in ("1", "2"):
        p = subprocess.run([f"{bin_dir}/arshjul-check", "--as-of", "2026-12-31", "--format", "json",
                            os.path.join(tmp, "organisation.yaml"), path],
                           capture_output=True, text=True, env=dict(os.environ, ARSHJUL_THREADS=threads))
        outputs.append((p.returncode, p.stdout))
    same = outputs[0] == outputs[1]
    results.append(same)
    print(f"{'ok  ' if same else 'FAIL'} {name}")
    os.remove(path)
print(f"{results.count(True)} passed, {results.count(False)} failed")
sys.exit(0 if all(results) else 1)
