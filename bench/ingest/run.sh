#!/usr/bin/env bash
# Ingest benchmark: events/s through POST /api/v1/interactions (NDJSON, batches of 5,000) against events/s of a
# plain psql \copy of the same rows into a bare table, on the same PostgreSQL, in one run. A third figure, \copy
# into a table with the same keys and indexes as the interactions table, shows what the indexes alone cost.
#   bench/ingest/run.sh [ROWS] [BATCH] [PARALLEL]     defaults: 1000000 5000 2
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-1000000}; batch=${2:-5000}; parallel=${3:-2}
port=18080; key=tjr_bench_key_0123456789abcdefgh
work=$(mktemp -d /tmp/tajriba-bench-XXXXXX); chmod 755 "$work"
command -v psql >/dev/null || { echo "needs psql (apt-get install postgresql-client)"; exit 1; }
JAVA_HOME=$(./tajriba java-home); export JAVA_HOME
[ -f target/tajriba.jar ] || ./mvnw -B -q -DskipTests package

echo "Generating $rows interactions in batches of $batch..."
python3 bench/ingest/generate.py "$rows" "$batch" "$work/data"

echo "Starting Tajriba with its embedded PostgreSQL..."
TAJRIBA_DATA_DIR="$work/db" TAJRIBA_DEMO_CUSTOMERS=0 TAJRIBA_DEMO_API_KEY=$key TAJRIBA_DEMO_PASSWORD=bench-password-123 \
  "$JAVA_HOME/bin/java" -jar target/tajriba.jar --server.port=$port --tajriba.demo.enabled=true ${BENCH_SERVER_ARGS:-} \
  > "$work/server.log" 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -sf localhost:$port/actuator/health >/dev/null && break; sleep 0.5; done
pgport=$(grep -oE "PostgreSQL started on port [0-9]+" "$work/server.log" | grep -oE "[0-9]+$")

post() {
  curl -sf -o /dev/null -H "Authorization: Bearer $key" -H "Content-Type: application/x-ndjson" \
    --data-binary "@$1" "http://localhost:$port/api/v1/interactions"
}
export -f post; export port key
# warm-up on rows the measured run does not contain, so JIT and pools are ready
head -n 2000 "$work/data/batch-00000.ndjson" | sed 's/"id": "ev-/"id": "warm-/' > "$work/warm.ndjson"
for _ in 1 2 3; do post "$work/warm.ndjson"; done

# CPU seconds used so far by the server (java) and by PostgreSQL (postmaster and its backends)
cpu() {
  local tck; tck=$(getconf CLK_TCK)
  local j p
  j=$(awk -v t="$tck" '{print ($14 + $15) / t}' /proc/$server/stat)
  p=$(for pid in $(pgrep -x postgres); do awk -v t="$tck" '{print ($14 + $15) / t}' /proc/$pid/stat 2>/dev/null; done \
      | awk '{s += $1} END {print s + 0}')
  echo "$j $p"
}

echo "API: POST /api/v1/interactions, $parallel in parallel..."
read -r j0 p0 < <(cpu)
t0=$(date +%s.%N)
ls "$work"/data/batch-*.ndjson | xargs -P "$parallel" -I{} bash -c 'post {}'
t1=$(date +%s.%N)
read -r j1 p1 < <(cpu)
echo "CPU during the API run: server $(echo "$j1 - $j0" | bc) s, PostgreSQL $(echo "$p1 - $p0" | bc) s"
stored=$(psql -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -tAc "select count(*) from interactions where event_id like 'ev-%'")

echo "COPY: psql \\copy of the same rows into a bare table..."
psql -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -qc "create table bench_raw (event_id text, customer text,
  type text, channel text, touchpoint text, occurred_at timestamptz, value numeric, currency text, text text)"
t2=$(date +%s.%N)
psql -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -qc "\\copy bench_raw from '$work/data/all.csv' (format csv)"
t3=$(date +%s.%N)
psql -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -qc "create table bench_indexed (event_id text primary key,
  customer text, type text, channel text, touchpoint text, occurred_at timestamptz, value numeric, currency text,
  text text); create index on bench_indexed (occurred_at); create index on bench_indexed (customer, occurred_at)"
t4=$(date +%s.%N)
psql -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -qc "\\copy bench_indexed from '$work/data/all.csv' (format csv)"
t5=$(date +%s.%N)

python3 - "$rows" "$stored" "$t0" "$t1" "$t2" "$t3" "$t4" "$t5" <<'PY'
import sys
rows, stored = int(sys.argv[1]), int(sys.argv[2])
t0, t1, t2, t3, t4, t5 = map(float, sys.argv[3:])
api, raw, indexed = rows / (t1 - t0), rows / (t3 - t2), rows / (t5 - t4)
print(f"rows                  {rows:>12,}  (stored by the API: {stored:,})")
print(f"API  events/s         {api:>12,.0f}  ({t1 - t0:.1f} s)")
print(f"COPY events/s         {raw:>12,.0f}  ({t3 - t2:.1f} s)")
print(f"API / COPY            {api / raw:>12.2f}")
print(f"COPY, indexed table   {indexed:>12,.0f}  ({t5 - t4:.1f} s; same keys and indexes as interactions)")
print(f"API / indexed COPY    {api / indexed:>12.2f}")
PY
