#!/usr/bin/env bash
# Bench: the GUI thread's longest stall while the wizard parses a 10-tenant tree, while pre-checks run and while the
# progress page polls every 100 ms (the heartbeat tests of tst_wizardwalk and tst_progressview: a 10 ms timer on the
# GUI thread), against the target of DESIGN.md's performance table: no stall over 50 ms. The tests themselves assert
# the fact behind it (no SQL, scan or request ran on the GUI thread); the gap depends on how loaded the machine is,
# so it is measured here, on a quiet machine, and reported beside the 10 ms timer's own period.
#   tests/bench/gui_stall_bench.sh [BUILD_DIR]
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LANGUAGE=en LC_ALL=C.UTF-8 TZ=UTC QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work"
chmod 700 "$work"
cd "$build/tests"
{
    "$build/bin/tst_wizardwalk" heartbeat || true
    "$build/bin/tst_progressview" heartbeatWhilePolling || true
} > "$work/out.txt" 2>&1
status=0
while read -r what gap; do
    verdict=$(awk -v g="$gap" 'BEGIN { print (g < 50.0) ? "ok" : "OVER" }')
    [ "$verdict" = ok ] || status=1
    printf '%-32s longest gap %7.1f ms  (target < 50 ms; %.1f x the 10 ms tick)  %s\n' "$what" "$gap" \
        "$(awk -v g="$gap" 'BEGIN { print g / 10.0 }')" "$verdict"
done < <(sed -n -e 's/.*parse of [0-9]* folders: .*longest gap \([0-9.]*\) ms.*/parse \1/p' \
                -e 's/.*pre-checks: .*longest gap \([0-9.]*\) ms.*/pre-checks \1/p' \
                -e 's/.*polling at 100 ms: .*longest GUI gap \([0-9.]*\) ms.*/polling \1/p' "$work/out.txt")
grep -E '^(FAIL|Totals)' "$work/out.txt" || true
exit $status
