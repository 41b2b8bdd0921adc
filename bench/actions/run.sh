#!/usr/bin/env bash
# Alert rule benchmark: how long the closed loop takes to evaluate its rules per 1,000 events, end to end on a
# running Tajriba. Each round imports 1,000 survey answers (one in five a detractor, each of another customer) in
# one request into a workspace with four active response rules, and waits until every detractor's case is open;
# the reference, in the same run, is the same import into a workspace without rules (the ingest alone).
# Figures: the import's own time, and the time from its answer until the last case was open, per 1,000 events.
#   bench/actions/run.sh [ROUNDS]     default: 10
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-10}
port=18086; key=tjr_bench_key_0123456789abcdefgh
command -v psql >/dev/null || { echo "needs psql (apt-get install postgresql-client)"; exit 1; }
work=$(mktemp -d /tmp/tajriba-bench-XXXXXX); chmod 755 "$work"
JAVA_HOME=$(./tajriba java-home); export JAVA_HOME
[ -f target/tajriba.jar ] || ./mvnw -B -q -DskipTests package

TAJRIBA_DATA_DIR="$work/db" TAJRIBA_DEMO_CUSTOMERS=0 TAJRIBA_DEMO_API_KEY=$key TAJRIBA_DEMO_PASSWORD=bench-password-123 \
  "$JAVA_HOME/bin/java" -jar target/tajriba.jar --server.port=$port --tajriba.demo.enabled=true \
  > "$work/server.log" 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 240); do curl -sf localhost:$port/actuator/health >/dev/null && break; sleep 0.5; done
pgport=$(grep -oE "PostgreSQL started on port [0-9]+" "$work/server.log" | grep -oE "[0-9]+$")

python3 bench/actions/rounds.py "$port" "$key" "$pgport" "$rounds"
