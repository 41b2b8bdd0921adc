#!/usr/bin/env bash
# Dashboard benchmark: loads the demo company (generate-demo) through the API, then measures the median and 95th
# percentile latency of each call the overview page makes, for the last 90 and the last 365 days, with wrk; and,
# in the same run, the time PostgreSQL takes for one plain GROUP BY over the raw responses table computing NPS per
# channel (best of 3). Prints both and their ratio per call: the overview must never be slower than that scan.
#   bench/dashboard/run.sh [CUSTOMERS] [SECONDS] [CONNECTIONS]     defaults: 440000 10 1
# 440,000 customers make about 10 million interactions and 1.6 million responses (bench/dashboard/load.sh says how
# they are loaded). BENCH_DATA=DIR keeps the loaded
# database in DIR and reuses it on the next run (loading is set-up, not measured).
set -euo pipefail
cd "$(dirname "$0")/../.."
customers=${1:-440000}; seconds=${2:-10}; connections=${3:-1}; parallel=2
port=18086; key=tjr_bench_key_0123456789abcdefgh
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)"; exit 1; }
command -v psql >/dev/null || { echo "needs psql (apt-get install postgresql-client)"; exit 1; }
work=$(mktemp -d /tmp/tajriba-bench-XXXXXX); chmod 755 "$work"
data=${BENCH_DATA:-$work}; mkdir -p "$data"; chmod 755 "$data"
JAVA_HOME=$(./tajriba java-home); export JAVA_HOME
[ -f target/tajriba.jar ] || ./mvnw -B -q -DskipTests package
cp target/tajriba.jar "$work/tajriba.jar"  # a rebuild during the run must not change the running server
fresh=$([ -d "$data/db/postgres" ] && echo no || echo yes)

if [ "$fresh" = yes ]; then
  echo "Generating the demo company with $customers customers..."
  ./tajriba generate-demo "$data/files" "$customers" | tail -1
fi

echo "Starting Tajriba with its embedded PostgreSQL..."
TAJRIBA_DATA_DIR="$data/db" TAJRIBA_DEMO_CUSTOMERS=0 TAJRIBA_DEMO_API_KEY=$key TAJRIBA_DEMO_PASSWORD=bench-password-123 \
  "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -jar "$work/tajriba.jar" --server.port=$port --tajriba.demo.enabled=true \
  > "$work/server.log" 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$work" "$data/files"' EXIT
for _ in $(seq 1 600); do curl -sf localhost:$port/actuator/health >/dev/null && break; sleep 0.5; done
pgport=$(grep -oE "PostgreSQL started on port [0-9]+" "$work/server.log" | grep -oE "[0-9]+$" | tail -1)
db() { psql -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -qtAc "$1"; }

if [ "$fresh" = yes ]; then
  echo "Loading through the API ($parallel requests in parallel; set-up, not measured):"
  t0=$(date +%s.%N)
  bash bench/dashboard/load.sh "$data/files" "$port" "$pgport" "$key" "$parallel"
  db "vacuum analyze" >/dev/null  # what autovacuum does after a load, done now so the figures do not depend on it
  printf "  %-28s %8.1f s\n" "total, with vacuum analyze" "$(echo "$(date +%s.%N) - $t0" | bc)"
fi
# the rollups are kept by jobs that run every minute; wait until they have folded in what was just loaded (or, on
# a database loaded before the rollups existed, everything), as they would have long before anyone looks
t0=$(date +%s.%N)
until [ "$(db "select (select count(*) from survey_scores where not rolled) + (select count(*) from interaction_day_deltas)")" = 0 ]; do
  sleep 5
done
db "vacuum analyze" >/dev/null
printf "Rollups caught up and vacuum analyze done in %.1f s\n" "$(echo "$(date +%s.%N) - $t0" | bc)"
workspace=$(db "select workspace_id from surveys limit 1")
echo "Loaded: $(db "select count(*) from customers where workspace_id = '$workspace'") customers," \
  "$(db "select count(*) from interactions where workspace_id = '$workspace'") interactions," \
  "$(db "select count(*) from survey_responses where workspace_id = '$workspace'") responses"

echo "Raw scan: NPS per channel over survey_responses, best of 3..."
cat > "$work/raw.sql" <<SQL
\\timing on
\\o /dev/null
select r.channel, 100.0 * (count(*) filter (where (r.answers ->> 'nps')::int >= 9)
  - count(*) filter (where (r.answers ->> 'nps')::int <= 6)) / count(*) as nps
from survey_responses r where r.workspace_id = '$workspace' and r.answers ? 'nps' group by r.channel;
SQL
raw=$(for _ in 1 2 3; do psql -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -qf "$work/raw.sql"; done \
  | grep -oE "Time: [0-9.]+" | grep -oE "[0-9.]+" | sort -n | head -1)

calls=(nps "nps?compare=false" "nps?groupBy=week" "nps?groupBy=channel&then=touchpoint" "nps?groupBy=stage" csat ces
  "drivers?include=emotions,themes" roi "roi?by=sentiment" kpis emotions)
from365=$(date -u -d "364 days ago" +%F)
: > "$work/results.txt"
for period in 90 365; do
  for call in "${calls[@]}"; do
    url="http://localhost:$port/api/v1/metrics/$call"
    [ "$period" = 365 ] && url="$url$([[ $call == *\?* ]] && echo "&" || echo "?")from=$from365"
    for _ in 1 2 3; do  # warm-up: a server that has answered a call a few times, as a dashboard's server has
      curl -sf -o /dev/null -H "Authorization: Bearer $key" "$url" || { echo "failed: $url"; exit 1; }
    done
    result=$(wrk -t1 -c"$connections" -d"${seconds}s" --timeout 60s -H "Authorization: Bearer $key" -s bench/dashboard/latency.lua \
      "$url" | grep '^RESULT' | cut -d' ' -f2-)
    echo "$period $call $result" >> "$work/results.txt"
  done
done

python3 - "$work/results.txt" "$raw" "$connections" "$seconds" <<'PY'
import sys
rows = [line.split() for line in open(sys.argv[1])]
raw, connections, seconds = float(sys.argv[2]), sys.argv[3], sys.argv[4]
print(f"\nOverview calls, wrk -c{connections} for {seconds} s each (ms); raw = NPS per channel by GROUP BY over "
      f"survey_responses: {raw:.1f} ms")
print(f"{'days':>4}  {'GET /api/v1/metrics/...':<38} {'median':>9} {'p95':>9} {'requests':>9} {'failed':>8}"
      f" {'p95/raw':>8}")
slowest = 0.0
for period, call, p50, p95, requests, bad in rows:
    p50, p95 = float(p50), float(p95)
    slowest = max(slowest, p95)
    print(f"{period:>4}  {call:<38} {p50:>9.1f} {p95:>9.1f} {int(requests):>9} {int(bad):>8} {p95 / raw:>8.2f}")
print(f"slowest p95 {slowest:.1f} ms: {'under' if slowest < 200 else 'OVER'} 200 ms, "
      f"{'never slower' if slowest <= raw else 'SLOWER'} than the raw scan ({raw:.1f} ms)")
PY
