#!/usr/bin/env bash
# Bench: the wizard's progress window watching a running restore for 60 s at the default 2 s interval: CPU time of
# that process as a fraction of one core, and its resident memory. Targets (DESIGN.md): < 1 % of a core, < 200 MB.
#   tests/bench/monitor_bench.sh [BUILD_DIR] [SECONDS]
# The restore runs on obsim (another process) at a slow clock so it is still running when the measurement ends.
set -euo pipefail
build=${1:-build}
seconds=${2:-60}
work=$(mktemp -d)
trap 'kill $sim 2>/dev/null || true; rm -rf "$work"' EXIT
"$build/bin/obfixture" write healthy "$work/tree" >/dev/null
"$build/bin/obsim" --port 0 --speed 0.5 --admin-password bench > "$work/obsim.log" 2>&1 &
sim=$!
for _ in $(seq 50); do grep -q listening "$work/obsim.log" && break; sleep 0.1; done
port=$(sed -n 's/.*127.0.0.1:\([0-9]*\).*/\1/p' "$work/obsim.log" | head -1)
sql() { mariadb -h127.0.0.1 -P"$port" -uroot@sys --skip-ssl oceanbase -e "$1"; }
sql "CREATE RESOURCE UNIT u1 MAX_CPU 4, MEMORY_SIZE = '8G', LOG_DISK_SIZE = '24G'"
sql "CREATE RESOURCE POOL p1 UNIT = 'u1', UNIT_NUM = 1, ZONE_LIST = ('zone1','zone2','zone3')"
sql "ALTER SYSTEM RESTORE bench_t FROM 'file://$work/tree/data,file://$work/tree/clog' UNTIL SCN=1709380800000000000 WITH 'pool_list=p1'"
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$build/bin/bench_monitor" "$port" bench_t "$seconds"
