#!/usr/bin/env bash
# The whole suite N times, each run in parallel (one test per core), while a CPU hog keeps every core busy
# (stress-ng when installed, Debian's `stress-ng`; else a busy loop per core). Not run by CI: it is how a change to a
# test proves it asserts facts, not timing luck. Prints every failure with its test and message, then a summary;
# exits 1 when anything failed.
#   tests/stress.sh [N] [BUILD_DIR]
set -uo pipefail
rounds=${1:-3}
build=$(cd "${2:-build}" && pwd)
cores=$(nproc)
work=$(mktemp -d)
hogs=()
cleanup() {
    for p in "${hogs[@]}"; do kill "$p" 2>/dev/null; done
    wait 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
if command -v stress-ng >/dev/null; then
    stress-ng --cpu "$cores" --quiet &
    hogs+=($!)
    hog="stress-ng --cpu $cores"
else
    for _ in $(seq "$cores"); do
        bash -c 'while :; do :; done' &
        hogs+=($!)
    done
    hog="a busy loop on each of $cores cores"
fi
echo "stress: $rounds runs of the suite with --parallel $cores under $hog"
failures=0
for round in $(seq "$rounds"); do
    start=$(date +%s)
    ctest --test-dir "$build" --parallel "$cores" --output-on-failure > "$work/round$round.log" 2>&1
    rc=$?
    summary=$(grep -E 'tests passed|tests failed' "$work/round$round.log" | tail -1)
    echo "run $round: rc=$rc, $(( $(date +%s) - start )) s: $summary"
    if [ "$rc" -ne 0 ]; then
        # Each failed test (a crash or a timeout included), then the Qt Test failures with where they were found.
        sed -n 's/^[[:space:]]*[0-9]* - \(.*\) (\(.*\))$/  failed: \1 (\2)/p' "$work/round$round.log"
        grep -E -A3 '^FAIL!' "$work/round$round.log" | sed 's/^/    /'
        failures=$((failures + $(sed -n 's/^[[:space:]]*[0-9]* - .*/x/p' "$work/round$round.log" | wc -l)))
    fi
done
echo "stress: $failures failed test run(s) in $rounds run(s) of the suite"
[ "$failures" -eq 0 ]
