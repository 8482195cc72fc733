"""SARIF output validated against the official SARIF 2.1.0 schema (OASIS
rtm.5, as shipped by the pinned npm package @microsoft/jest-sarif) with
Debian's python3-jsonschema."""
import json
import os
import subprocess
import sys

import jsonschema

bin_dir, root = sys.argv[1], sys.argv[2]
schema_path = os.path.join(root, "tests/tools/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json")
if not os.path.exists(schema_path):
    sys.exit(f"missing {schema_path}: run `bash scripts/setup test`, which installs tests/tools with npm ci")
schema = json.load(open(schema_path, encoding="utf-8"))
validator_class = jsonschema.validators.validator_for(schema)
validator_class.check_schema(schema)
validator = validator_class(schema)

runs = {
    "examples": ["examples"],
    "no findings": ["tests/cli/near-miss-clean"],
    "many codes": ["tests/cli/ars206-calendar-overrides", "--lang", "sv"],
    "odd paths": ["tests/cli/ars109-unknown-files"],
}
passed = 0
for label, args in runs.items():
    p = subprocess.run([f"{bin_dir}/arshjul-check", "--as-of", "2027-02-05", "--format", "sarif", *args],
                       capture_output=True, text=True, cwd=root)
    assert p.returncode in (0, 1), p.stderr
    doc = json.loads(p.stdout)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    for e in errors:
        print(f"{label}: {list(e.path)}: {e.message}")
    if not errors:
        passed += 1
# A document the schema must refuse: the test can fail.
bad = json.loads(subprocess.run([f"{bin_dir}/arshjul-check", "--as-of", "2027-02-05", "--format", "sarif", "examples"],
                                capture_output=True, text=True, cwd=root).stdout)
bad["runs"][0]["results"][0]["level"] = "fatal"
assert not validator.is_valid(bad), "the schema must refuse an unknown level"
failed = len(runs) - passed
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
