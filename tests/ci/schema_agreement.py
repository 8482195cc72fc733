"""The JSON Schemas (schemas/) agree with arshjul-check: every YAML file of
examples/ and of tests/bad is validated with python3-jsonschema (read as the
checker reads YAML: every scalar its text), and a file the checker gives
ARS102, ARS103, ARS104, ARS107 or ARS110 must be invalid by its schema, a file
without them valid (whatever the other files make of it: an unknown unit, a
period outside the year); the schemas are what make_schemas.py writes.

The documented exceptions, which a schema cannot see:
- ARS110, a key twice in one mapping: a YAML loader keeps one of them;
- a date that does not exist (2026-02-30): the schema checks its form only;
- a file beyond the reading limits (aliases expanding past them): the checker
  refuses it before reading, the schema would validate the expansion.
"""
import json
import os
import subprocess
import sys
import tempfile

import jsonschema
import yaml

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pylib"))
from checklist import check, finish  # noqa: E402

bin_dir, root = sys.argv[1], sys.argv[2]
# What a file's own text can be wrong in: ARS107 too, since the schema lists the report kinds.
SCHEMA_CODES = {"ARS102", "ARS103", "ARS104", "ARS107", "ARS110"}
EXCEPTIONS = {  # file name: why the schema cannot agree (the list above)
    "org-duplicate-key.yaml": "ARS110", "sub-duplicate-key.yaml": "ARS110",
    "sub-date-feb-30.yaml": "a date that does not exist",
    "sub-alias-bomb.yaml": "reading limits", "org-billion-laughs.yaml": "reading limits",
}


schemas = {n: json.load(open(os.path.join(root, "schemas", f"{n}.schema.json"), encoding="utf-8"))
           for n in ("organisation", "submission")}
validators = {n: jsonschema.Draft202012Validator(s) for n, s in schemas.items()}
for s in schemas.values():
    jsonschema.Draft202012Validator.check_schema(s)

# The schemas in the repository are the generator's.
with tempfile.TemporaryDirectory() as tmp:
    generated = subprocess.run(["/usr/bin/python3", "-c", f"""
import json, sys; sys.path.insert(0, {os.path.join(root, 'schemas')!r}); import make_schemas as m
print(json.dumps([m.organisation(), m.submission()], ensure_ascii=False))"""], capture_output=True, text=True, check=True)
    check("schemas/ is what make_schemas.py writes", json.loads(generated.stdout) ==
          [schemas["organisation"], schemas["submission"]])


def codes_by_file(args, cwd):
    p = subprocess.run([f"{bin_dir}/arshjul-check", "--as-of", "2027-02-05", "--format", "json", *args],
                       capture_output=True, text=True, cwd=cwd)
    out = {}
    for f in json.loads(p.stdout)["findings"]:
        out.setdefault(os.path.normpath(os.path.join(cwd, f["file"])), set()).add(f["code"])
    return out


def judge(path, codes):
    name = os.path.basename(path)
    if name in EXCEPTIONS:
        return
    try:
        doc = yaml.load(open(path, "rb"), Loader=yaml.BaseLoader)  # every scalar its text, as arshjul reads it
    except (yaml.YAMLError, UnicodeDecodeError, ValueError, RecursionError):
        check(f"{name}: what YAML cannot read the checker refuses too",
              codes & {"ARS101", "ARS108", "ARS109"}, codes)
        return
    if not isinstance(doc, dict):
        check(f"{name}: no mapping, no file of a kind", "ARS109" in codes or "ARS101" in codes, codes)
        return
    kind = "organisation" if "units" in doc or name.startswith("org-") or name == "organisation.yaml" else "submission"
    errors = sorted(e.message[:120] for e in validators[kind].iter_errors(doc))
    bad = codes & SCHEMA_CODES
    if bad:
        check(f"{name}: {sorted(bad)} from the checker, invalid by the {kind} schema", errors, sorted(codes))
    else:
        check(f"{name}: clean for the checker, valid by the {kind} schema", not errors, errors[:3])


examples = os.path.join(root, "examples")
found = codes_by_file([examples], root)
files = [os.path.join(d, n) for d, _, ns in os.walk(examples) for n in ns if n.endswith(".yaml")]
for path in sorted(files):
    judge(path, found.get(os.path.normpath(path), set()))
check("every example file judged", len(files) > 50, len(files))

bad_dir = os.path.join(root, "tests", "bad")
cases = sorted(n for n in os.listdir(os.path.join(bad_dir, "cases")) if n.endswith(".yaml"))
for name in cases:
    path = os.path.join(bad_dir, "cases", name)
    args = [path] if name.startswith("org-") else [os.path.join(bad_dir, "organisation.yaml"), path]
    judge(path, codes_by_file(args, root).get(os.path.normpath(path), set()))
finish(f" ({len(files)} example files, {len(cases)} bad cases, {len(EXCEPTIONS)} documented exceptions)")
