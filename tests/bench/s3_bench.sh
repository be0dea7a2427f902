#!/usr/bin/env bash
# Bench: `obrestore inspect` on a bucket of the S3 test server (s3rver behind the signature-checking front,
# tests/s3) with a fixed added latency per request, against `rclone lsf -R` (Debian's rclone) over the same bucket,
# measured in one run (these machines are shared and noisy: only the ratio means something). Reports both wall
# times, the requests each made (counted by the front), inspect's peak memory, and inspect's GETs on a tree with a
# tenth of the pieces (the GETs must not grow with pieces).
#   tests/bench/s3_bench.sh [BUILD_DIR] [WORK_DIR]
# Targets (issue 13): ratio below 0.2; GETs minus backup sets the same for both trees.
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
work=${2:-$(mktemp -d)}
tenants=${BENCH_TENANTS:-10}
pieces=${BENCH_PIECES:-20000}
latency=${BENCH_LATENCY_MS:-20}
mkdir -p "$work"
server_dir="$build/s3server"
[ -f "$server_dir/node_modules/.obrestore-installed" ] || cmake --build "$build" --target s3server

tree() { # NAME PIECES
  local root="$work/$1"
  if [ ! -d "$root" ]; then
    echo "bench: writing $root ($tenants tenants, $2 pieces)"
    "$build/bin/obfixture" bench "$root" --tenants "$tenants" --pieces "$2" --data-files 2 --log-files 1 > /dev/null
  fi
}
tree big "$pieces"
tree small $((pieces / 10))

id=AKIDBENCH
secret='bench secret+key/=é'
# The upload takes minutes: a bucket folder seeded by an earlier run of this script is reused.
[ -f "$work/s3data/.seeded" ] || rm -rf "$work/s3data"
coproc SERVER { exec node --openssl-legacy-provider "$server_dir/s3server.mjs" --dir "$work/s3data" --access-id "$id" \
  --secret "$secret" --bucket bkt; }
trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT
read -r line <&"${SERVER[0]}"
port=${line#listening }
ctl() { curl -sf "http://127.0.0.1:$port/__obrestore/$1"; }
for name in big small; do
  [ -f "$work/s3data/.seeded" ] && break
  t0=$(date +%s)
  n=$(ctl "seed?bucket=bkt&prefix=$name&dir=$(python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1],safe=""))' "$work/$name")")
  echo "bench: uploaded $name: $n in $(( $(date +%s) - t0 )) s"
done
touch "$work/s3data/.seeded"
ctl "faults?latency=$latency" > /dev/null
# The server's own CPU time (node runs s3rver and the front): s3rver lists from its filesystem store, so a listing's
# cost on this server grows with the folders below the prefix, which a real S3 listing does not.
server_cpu() { awk '{printf "%.1f", ($14 + $15) / 100}' "/proc/$SERVER_PID/stat"; }
uri() { echo "s3://bkt/$1?host=http://127.0.0.1:$port&access_id=$id&access_key=$secret&s3_region=us-east-1"; }

# inspect, with its peak memory
ctl "stats?reset=1" > /dev/null
cpu0=$(server_cpu)
t=$( { /usr/bin/time -f '%e %M' "$build/bin/obrestore" inspect "$(uri big)" --json > "$work/report.json"; } 2>&1 | tail -n 1 || true)
inspect_s=${t%% *}; inspect_kb=${t##* }
inspect_stats=$(ctl "stats?reset=1")
cpu1=$(server_cpu)
tenants_found=$(grep -c '"tenant_id": ' "$work/report.json" || true)

# rclone over the same bucket (it refuses an AWS_CA_BUNDLE from the environment for a plain-http endpoint)
export RCLONE_CONFIG_BENCH_TYPE=s3 RCLONE_CONFIG_BENCH_PROVIDER=Other RCLONE_CONFIG_BENCH_ENDPOINT="http://127.0.0.1:$port" \
  RCLONE_CONFIG_BENCH_ACCESS_KEY_ID="$id" RCLONE_CONFIG_BENCH_SECRET_ACCESS_KEY="$secret" RCLONE_CONFIG_BENCH_REGION=us-east-1 \
  RCLONE_CONFIG_BENCH_FORCE_PATH_STYLE=true
t=$( { env -u AWS_CA_BUNDLE /usr/bin/time -f '%e %M' rclone lsf -R bench:bkt/big > "$work/rclone.txt"; } 2>&1 | tail -n 1)
rclone_s=${t%% *}
rclone_stats=$(ctl "stats?reset=1")
cpu2=$(server_cpu)
echo "bench: rclone listed $(wc -l < "$work/rclone.txt") entries"

# GETs on the tree with a tenth of the pieces
"$build/bin/obrestore" inspect "$(uri small)" --json > "$work/small.json" || true
small_stats=$(ctl "stats?reset=1")

field() { python3 -c 'import json,sys;print(json.loads(sys.argv[1])[sys.argv[2]])' "$1" "$2"; }
sets() { python3 -c 'import json,sys;print(sum(len(t["backup_sets"]) for t in json.load(open(sys.argv[1]))["tenants"]))' "$1"; }
echo "bench: inspect  ${inspect_s}s, $(field "$inspect_stats" requests) requests ($(field "$inspect_stats" lists) listings, $(field "$inspect_stats" gets) GETs), peak RSS $((inspect_kb / 1024)) MB, $tenants_found tenant_id fields; server CPU $(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN{print b-a}') s"
echo "bench: rclone   ${rclone_s}s, $(field "$rclone_stats" requests) requests ($(field "$rclone_stats" lists) listings); server CPU $(awk -v a="$cpu1" -v b="$cpu2" 'BEGIN{print b-a}') s"
awk -v i="$inspect_s" -v r="$rclone_s" 'BEGIN { if (r <= 0) r = 0.01; printf "bench: ratio inspect/rclone = %.3f (target < 0.2), %s ms added per request\n", i / r, '"$latency"' }'
big_sets=$(sets "$work/report.json"); small_sets=$(sets "$work/small.json")
echo "bench: GETs: $pieces pieces $(field "$inspect_stats" gets) with $big_sets sets; $((pieces / 10)) pieces $(field "$small_stats" gets) with $small_sets sets;" \
     "GETs minus sets: $(( $(field "$inspect_stats" gets) - big_sets )) vs $(( $(field "$small_stats" gets) - small_sets )) (must be equal)"
