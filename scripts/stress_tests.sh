#!/usr/bin/env bash
# Runs one test file (or node id) N times in a row (default 20) while the rest of the test suite
# runs beside it with two workers, over and over: the load CI sees on a busy 2-core machine.
#   scripts/stress_tests.sh tests/tui/test_snapshots.py 20
#   scripts/stress_tests.sh tests/workshop/test_host_floods.py 30
# Exits 1 on the first failing run (its log is kept in /tmp); KEEP_GOING=1 runs all N and
# counts the failures instead.
set -u
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/stress_tests.sh TEST_PATH [RUNS]}
runs=${2:-20}
bin=$PWD/.venv/bin
name=$(basename "${target%%::*}" .py)
# The suite beside it is a flake hunt as well: the log of each of its runs that fails is kept.
setsid bash -c "n=0; while :; do n=\$((n + 1)); out=/tmp/stress_$name.suite.\$n.log; \
  '$bin/pytest' -n 2 -q -p no:cacheprovider --ignore='${target%%::*}' >\$out 2>&1 \
  && rm -f \$out; done" &
loader=$!
trap 'kill -- -"$loader" 2>/dev/null' EXIT
failed=0
for i in $(seq 1 "$runs"); do
  log=/tmp/stress_$name.$i.log
  if ! "$bin/pytest" "$target" -q -p no:cacheprovider -p no:randomly >"$log" 2>&1; then
    echo "run $i of $runs FAILED (log: $log)"
    failed=$((failed + 1))
    [ "${KEEP_GOING:-0}" = 1 ] || exit 1
  else
    echo "run $i of $runs passed"
  fi
done
echo "$((runs - failed)) passed, $failed failed"
[ "$failed" = 0 ]
