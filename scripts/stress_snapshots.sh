#!/usr/bin/env bash
# Runs the TUI snapshot tests N times in a row (default 20) while the rest of the test suite runs
# beside them with two workers, over and over: the load CI sees on a busy 2-core machine.
# Exits 1 on the first failing run (its log is kept in /tmp).
set -u
cd "$(dirname "$0")/.."
runs=${1:-20}
bin=$PWD/.venv/bin
setsid bash -c "while :; do '$bin/pytest' -n 2 -q -p no:cacheprovider \
  --ignore=tests/tui/test_snapshots.py >/dev/null 2>&1; done" &
loader=$!
trap 'kill -- -"$loader" 2>/dev/null' EXIT
for i in $(seq 1 "$runs"); do
  log=/tmp/stress_snapshots.$i.log
  if ! "$bin/pytest" tests/tui/test_snapshots.py -q -p no:cacheprovider >"$log" 2>&1; then
    echo "run $i of $runs FAILED (log: $log)"
    exit 1
  fi
  echo "run $i of $runs passed"
done
echo "$runs passed, 0 failed"
