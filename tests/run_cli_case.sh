#!/usr/bin/env bash
# Runs one CLI golden case: a folder holding `args` (the tool and its
# arguments, one line), optionally `env` (VAR=value lines), the input files,
# `expected` (standard output in full) and `exit_code`. Paths in args are
# relative to the case folder. With UPDATE_GOLDEN=1 the expectations are rewritten.
set -uo pipefail
bin_dir=$1
case_dir=$2
cd "$case_dir"
read -r -a argv < args
tool=${argv[0]}
env_args=()
[ -f env ] && mapfile -t env_args < env
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
env "${env_args[@]}" "$bin_dir/$tool" "${argv[@]:1}" > "$actual" 2> "$actual.err"
code=$?
status=0
if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
  cp "$actual" expected
  echo "$code" > exit_code
  [ -f expected_stderr ] && cp "$actual.err" expected_stderr
fi
if [ -f expected_stderr ] && ! diff -u expected_stderr "$actual.err"; then
  echo "standard error differs from $case_dir/expected_stderr" >&2
  status=1
fi
if ! diff -u expected "$actual"; then
  echo "standard output differs from $case_dir/expected" >&2
  status=1
fi
want=$(cat exit_code)
if [ "$code" != "$want" ]; then
  echo "exit code $code, expected $want; standard error:" >&2
  cat "$actual.err" >&2
  status=1
fi
rm -f "$actual.err"
exit $status
