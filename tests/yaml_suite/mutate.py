"""Mutation and differential test of the YAML reading: small random edits of
the real submission and organisation files of examples/ (a quote, colon,
dash, bracket or line break removed or added, indentation shifted, a tab put
in), each judged by two other parsers, libfyaml's own fy-testsuite and
Python's libyaml (PyYAML's C parser, events only). Where both call an edit
invalid, arshjul-check must give ARS101 for it; where both call it valid,
it must not. Edits are drawn from a fixed seed, so a failure repeats.

    mutate.py BIN_DIR SOURCE_DIR [COUNT]
"""
import glob
import json
import os
import random
import subprocess
import sys
import tempfile

import yaml

bin_dir, source = sys.argv[1:3]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 1500
files = sorted(glob.glob(os.path.join(source, 'examples', '**', '*.yaml'), recursive=True))
rng = random.Random(20261201)


def mutate(text):
    lines = text.split('\n')
    k = rng.randrange(len(lines))
    line = lines[k]
    op = rng.choice(['remove quote', 'add quote', 'remove colon', 'add colon', 'remove dash', 'add dash',
                     'remove bracket', 'add bracket', 'remove line break', 'add line break', 'indent', 'dedent',
                     'tab'])
    at = rng.randrange(len(line) + 1)
    if op.startswith('remove '):
        chars = {'remove quote': '"\'', 'remove colon': ':', 'remove dash': '-', 'remove bracket': '[]{}'}.get(op)
        if op == 'remove line break':
            if k + 1 < len(lines):
                lines[k:k + 2] = [line + lines[k + 1]]
        else:
            where = [i for i, c in enumerate(line) if c in chars]
            if where:
                i = rng.choice(where)
                lines[k] = line[:i] + line[i + 1:]
    elif op == 'add line break':
        lines[k] = line[:at] + '\n' + line[at:]
    elif op.startswith('add '):
        chars = {'add quote': '"\'', 'add colon': ':', 'add dash': '- ', 'add bracket': '[]{}'}[op]
        c = chars if op == 'add dash' else rng.choice(chars)
        lines[k] = line[:at] + c + line[at:]
    elif op == 'indent':
        lines[k] = ' ' * rng.choice([1, 2, 4]) + line
    elif op == 'dedent':
        lines[k] = line[rng.choice([1, 2]):] if line.startswith(' ') else line
    elif op == 'tab':
        stripped = line.lstrip(' ')
        lines[k] = line[:len(line) - len(stripped)] + '\t' + stripped if rng.random() < 0.5 else '\t' + stripped
    return op, '\n'.join(lines)


def libyaml_valid(text):
    try:
        for _ in yaml.parse(text, Loader=yaml.CSafeLoader):
            pass
        return True
    except yaml.YAMLError:
        return False


def fyaml_valid(path):
    return subprocess.run(['fy-testsuite', path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0


with tempfile.TemporaryDirectory() as work:
    cases = []
    seen = set()
    while len(cases) < count:
        original = rng.choice(files)
        op, text = mutate(open(original, encoding='utf-8').read())
        if text in seen:
            continue
        seen.add(text)
        # Every mutant is a submission-like file of its own; organisation files keep their name apart.
        name = f'm{len(cases):05d}.yaml'
        path = os.path.join(work, name)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        cases.append((name, op, os.path.relpath(original, source), libyaml_valid(text), fyaml_valid(path)))

    check = subprocess.run([os.path.join(bin_dir, 'arshjul-check'), '--format', 'json', '--as-of', '2027-02-05',
                            '--lang', 'en', work], capture_output=True, text=True)
    if check.returncode not in (0, 1):
        sys.exit(f'arshjul-check exited {check.returncode}: {check.stderr}')
    ars101 = {os.path.basename(f['file']) for f in json.loads(check.stdout)['findings'] if f['code'] == 'ARS101'}

    tally = {'both invalid': 0, 'both valid': 0, 'they differ': 0}
    failed = []
    for name, op, original, by_libyaml, by_fyaml in cases:
        if by_libyaml != by_fyaml:
            tally['they differ'] += 1
            continue
        if not by_libyaml:
            tally['both invalid'] += 1
            if name not in ars101:
                failed.append(f'{name} ({op} in {original}): invalid for both, no ARS101')
        else:
            tally['both valid'] += 1
            if name in ars101:
                failed.append(f'{name} ({op} in {original}): valid for both, ARS101')
        if failed and len(failed) <= 20 and failed[-1].startswith(name):
            print(failed[-1])
            print(open(os.path.join(work, name), encoding='utf-8').read())
    print(', '.join(f'{n} {k}' for k, n in tally.items()))
    judged = tally['both invalid'] + tally['both valid']
    print(f'{judged - len(failed)} passed, {len(failed)} failed')
    sys.exit(1 if failed or tally['both invalid'] < count // 10 else 0)
