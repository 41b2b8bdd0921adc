#!/usr/bin/env bash
# Dashboard benchmark: loads the demo company (generate-demo) through the API, then measures with wrk the median
# and 95th percentile latency of each call the overview page makes, for the last 90 and the last 365 days: right
# after the load (before the rollups have folded it in, nothing warmed; fresh loads only) and warm; then the whole
# overview page and the journey page as a signed-in member opens them. A big journey's first view of a period
# answers 503 while its figures are worked out in the background: how long until each view answers 200 is printed
# (the first since the server started also reads its interactions), then the warm views are measured. In the same run, the time PostgreSQL takes for one plain GROUP BY
# over the raw responses computing NPS per channel (best of 3). Targets: an API call's p95 under 200 ms, a page's
# under 500 ms, the journey page's under 1 s.
#   bench/dashboard/run.sh [CUSTOMERS] [SECONDS] [CONNECTIONS]     defaults: 440000 10 1
# 440,000 customers make about 10 million interactions and 1.6 million responses (bench/dashboard/load.sh says how
# they are loaded). BENCH_DATA=DIR keeps the loaded database in DIR and reuses it on the next run (loading is
# set-up, not measured).
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
  after_load=yes
fi
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
since() { [ "$1" = 365 ] && echo "$2$([[ $2 == *\?* ]] && echo "&" || echo "?")from=$from365" || echo "$2"; }
measure() { # measure WHEN PERIOD NAME URL HEADER WARM: wrk for the set seconds (after WARM calls), one result line
  local when=$1 period=$2 name=$3 url=$4 header=$5 warm=$6 result
  for _ in $(seq 1 "$warm"); do  # a call that fails is reported as failed, and the run goes on
    curl -sf -o /dev/null -H "$header" "$url" || { echo "$when $period $name 0 0 0 1" >> "$work/results.txt"; return; }
  done
  result=$(wrk -t1 -c"$connections" -d"${seconds}s" --timeout 60s -H "$header" -s bench/dashboard/latency.lua "$url" \
    | grep '^RESULT' | cut -d' ' -f2-)
  echo "$when $period $name $result" >> "$work/results.txt"
}
api() { measure "$1" "$2" "$3" "http://localhost:$port/api/v1/metrics/$(since "$2" "$3")" "Authorization: Bearer $key" "$4"; }
if [ -n "${after_load:-}" ]; then  # right after the load: the rollups have not folded it in yet, no call was warmed
  for call in "${calls[@]}"; do api after-load 90 "$call" 0; done
fi
# the rollups are kept by jobs that run every minute; wait until they have folded in what was just loaded (or, on
# a database loaded before the rollups existed, everything), as they would have long before anyone looks
t0=$(date +%s.%N)
until [ "$(db "select (select count(*) from survey_scores where not rolled) + (select count(*) from interaction_day_deltas)")" = 0 ]; do
  sleep 5
done
db "vacuum analyze" >/dev/null
printf "Rollups caught up and vacuum analyze done in %.1f s\n" "$(echo "$(date +%s.%N) - $t0" | bc)"
for period in 90 365; do
  for call in "${calls[@]}"; do api warm "$period" "$call" 3; done  # warmed: a dashboard's server has answered them
done

# the pages, as a signed-in member sees them
jar="$work/cookies"
csrf=$(curl -sf -c "$jar" "localhost:$port/login" | grep -oE 'name="_csrf" value="[^"]+"' | head -1 | sed 's/.*value="//; s/"$//')
curl -sf -b "$jar" -c "$jar" -o /dev/null --data-urlencode "email=admin@demo.tajriba.io" \
  --data-urlencode "password=bench-password-123" --data-urlencode "_csrf=$csrf" "localhost:$port/login"
cookie="Cookie: $(awk '$6 == "SESSION" || $6 == "JSESSIONID" {print $6 "=" $7}' "$jar" | tail -1)"
page() { measure "$1" "$2" "$3" "http://localhost:$port$(since "$2" "$3")" "$cookie" "$4"; }
page warm 90 / 3
page warm 365 / 3
journey=$(db "select id from journey_maps where workspace_id = '$workspace' order by created_at limit 1")
ready() { # ready NAME URL [HEADER]: asks until the view answers 200 (a big journey answers 503 while worked out)
  local t0 code answer header=${3:-$cookie}; t0=$(date +%s.%N)
  answer=$(curl -s -o /dev/null -w "%{http_code} %{time_total}" -H "$header" "$2"); code=${answer% *}
  printf "%s: first answer %s in %.1f s" "$1" "$code" "${answer#* }"
  while [ "$code" != 200 ] && [ "$(echo "$(date +%s.%N) - $t0 < 900" | bc)" = 1 ]; do
    sleep 5; code=$(curl -s -o /dev/null -w "%{http_code}" -H "$header" "$2")
  done
  printf ", figures ready (200) after %.1f s\n" "$(echo "$(date +%s.%N) - $t0" | bc)"
}
# the journey's views: its default (the last 365 days), the last 90 days, and online channels only
from90=$(date -u -d "89 days ago" +%F)
views=("/journeys/$journey" "/journeys/$journey?from=$from90" "/journeys/$journey?channelKind=online")
periods=(365 90 365)
ready "First view of the journey page since the server started" "localhost:$port${views[0]}"
for view in "${views[@]:1}"; do ready "First view of $view" "localhost:$port$view"; done
ready "First view of the journey analysis API" "localhost:$port/api/v1/journeys/$journey/analysis" \
  "Authorization: Bearer $key"
for i in 0 1 2; do measure warm "${periods[$i]}" "${views[$i]}" "http://localhost:$port${views[$i]}" "$cookie" 2; done
measure warm 90 "/api/v1/journeys/{id}/analysis" "http://localhost:$port/api/v1/journeys/$journey/analysis" \
  "Authorization: Bearer $key" 2

python3 - "$work/results.txt" "$raw" "$connections" "$seconds" <<'PY2'
import sys
rows = [line.split() for line in open(sys.argv[1])]
raw, connections, seconds = float(sys.argv[2]), sys.argv[3], sys.argv[4]
print(f"\nwrk -c{connections} for {seconds} s each (ms); raw = NPS per channel by GROUP BY over survey_responses: "
      f"{raw:.1f} ms. Targets: every API call's p95 under 200 ms, a whole page under 500 ms (journey: 1,000 ms)")
print(f"{'when':<10} {'days':>4}  {'GET':<40} {'median':>9} {'p95':>9} {'requests':>9} {'failed':>7} {'target':>7}")
missed = []
for when, period, call, p50, p95, requests, bad in rows:
    p50, p95 = float(p50), float(p95)
    target = 1000 if call.startswith("/journeys") else 500 if call.startswith("/") else 200
    ok = p95 < target and int(bad) == 0 and int(requests) > 0  # none answered within the time: missed
    if not ok:
        missed.append(f"{when} {period} {call}")
    print(f"{when:<10} {period:>4}  {call:<40} {p50:>9.1f} {p95:>9.1f} {int(requests):>9} {int(bad):>7}"
          f" {'met' if ok else 'MISSED':>7}")
print("every target met" if not missed else "targets MISSED: " + "; ".join(missed))
PY2
