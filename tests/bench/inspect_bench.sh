#!/usr/bin/env bash
# Bench: `obrestore inspect --json` against `find ROOT -type f` on the same large, realistic tree, measured in
# one run (these machines are shared and noisy, so only the ratio means something), plus inspect's peak memory.
#   tests/bench/inspect_bench.sh [BUILD_DIR] [WORK_DIR]
# Tree: 10 tenants, 20,000 archive pieces in all (hourly pieces, an active one per tenant), a weekly full set
# with daily incrementals, data folders with their macro block files and archived log files, as real backups have.
# Also the number of files inspect opens (strace, openat under the tree), against the files in the tree.
# Targets: ratio below 0.1 (issue 13: the scan reads only what OceanBase's restore reads; DESIGN.md said 1.0),
# peak RSS under 200 MB.
set -euo pipefail
build=${1:-build}
work=${2:-$(mktemp -d)}
tenants=${BENCH_TENANTS:-10}
pieces=${BENCH_PIECES:-20000}
runs=${BENCH_RUNS:-3}

root="$work/tree"
if [ ! -d "$root" ]; then
  echo "bench: writing the tree ($tenants tenants, $pieces pieces) to $root"
  "$build/bin/obfixture" bench "$root" --tenants "$tenants" --pieces "$pieces" --data-files 40 --log-files 2
fi
files=$(find "$root" -type f | wc -l)
dirs=$(find "$root" -type d | wc -l)
echo "bench: tree has $files files in $dirs folders"

# Warm the page cache for both (the first pass of either would otherwise pay for the other).
find "$root" -type f > /dev/null
"$build/bin/obrestore" inspect "$root" --json > /dev/null || true

find_times=()
inspect_times=()
peak_kb=0
for _ in $(seq "$runs"); do
  t=$( { /usr/bin/time -f '%e %M' find "$root" -type f > /dev/null; } 2>&1 | tail -n 1)
  find_times+=("${t%% *}")
  t=$( { /usr/bin/time -f '%e %M' "$build/bin/obrestore" inspect "$root" --json > "$work/report.json"; } 2>&1 | tail -n 1 || true)
  inspect_times+=("${t%% *}")
  kb=${t##* }
  [ "$kb" -gt "$peak_kb" ] && peak_kb=$kb
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
f=$(median "${find_times[@]}")
i=$(median "${inspect_times[@]}")
tenants_found=$(grep -c '"tenant_id": ' "$work/report.json" | head -1)
echo "bench: find -type f    median ${f}s (runs: ${find_times[*]})"
echo "bench: inspect --json  median ${i}s (runs: ${inspect_times[*]})"
awk -v i="$i" -v f="$f" 'BEGIN { if (f <= 0) f = 0.01; printf "bench: ratio inspect/find = %.3f (target < 0.1)\n", i / f }'
echo "bench: inspect peak RSS = $((peak_kb / 1024)) MB (target < 200 MB)"
echo "bench: report lists $(grep -c '"piece_id"' "$work/report.json") pieces; $tenants_found tenant_id fields"
if command -v strace > /dev/null; then
  strace -f -qq -e trace=openat -o "$work/strace.txt" "$build/bin/obrestore" inspect "$root" --json > /dev/null || true
  opened=$(grep -F "\"$root/" "$work/strace.txt" | grep -v 'O_DIRECTORY' | grep -vc ' = -1 ' || true)
  dirs_opened=$(grep -F "\"$root" "$work/strace.txt" | grep -c 'O_DIRECTORY' || true)
  echo "bench: inspect opened $opened of the tree's $files files (and listed $dirs_opened folders)"
fi
