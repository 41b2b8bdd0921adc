#!/usr/bin/env bash
# Two Tajriba nodes on one PostgreSQL. Node A starts the embedded PostgreSQL and the demo workspace; node B points
# TAJRIBA_DB_URL at it and shares A's data directory (as nodes share a volume for uploads). Then it checks that a
# session signed in on A is valid on B, that the same events sent to both nodes at once are stored once, that an
# alert rule fed by both nodes opens one case, that an import is run by one node only, and that each execution of
# the scheduled jobs is claimed by one node. Prints its findings; exits non-zero on any failure.
#   bench/nodes/run.sh [IMPORT_ROWS] [WATCH_SECONDS]     defaults: 20000 30 (how long both run their jobs at the end)
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-20000}; watch=${2:-30}
port_a=18091; port_b=18092; key=tjr_nodes_key_0123456789abcdefgh; password=nodes-password-123
command -v psql >/dev/null || { echo "needs psql (apt-get install postgresql-client)"; exit 1; }
work=$(mktemp -d /tmp/tajriba-nodes-XXXXXX); chmod 755 "$work"
JAVA_HOME=$(./tajriba java-home); export JAVA_HOME
jar=$(ls target/tajriba*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -B -q -DskipTests package; jar=$(ls target/tajriba*.jar | grep -v original | head -1); fi

node_a=; node_b=
cleanup() {
  for pid in $node_b $node_a; do kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  cp "$work"/node-*.log /tmp/ 2>/dev/null || true
  [ -n "${KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT
ready() {
  for _ in $(seq 1 360); do curl -sf "localhost:$1/actuator/health" >/dev/null && return 0; sleep 0.5; done
  echo "Node on port $1 did not start; see its log:"; tail -50 "$2"; exit 1
}

TAJRIBA_DATA_DIR="$work/data" TAJRIBA_DEMO_CUSTOMERS=0 TAJRIBA_DEMO_API_KEY=$key TAJRIBA_DEMO_PASSWORD=$password \
  "$JAVA_HOME/bin/java" -jar "$jar" --server.port=$port_a --tajriba.demo.enabled=true --tajriba.node-name=node-a --logging.level.io.tajriba.jobs=debug \
  > "$work/node-a.log" 2>&1 &
node_a=$!
ready $port_a "$work/node-a.log"
pgport=$(grep -oE "PostgreSQL started on port [0-9]+" "$work/node-a.log" | tail -1 | grep -oE "[0-9]+$")
echo "Node A (pid $node_a) on port $port_a with the embedded PostgreSQL on port $pgport"

TAJRIBA_DATA_DIR="$work/data" TAJRIBA_DB_URL="jdbc:postgresql://127.0.0.1:$pgport/postgres" TAJRIBA_DB_USER=postgres \
  TAJRIBA_DB_PASSWORD= "$JAVA_HOME/bin/java" -jar "$jar" --server.port=$port_b --tajriba.demo.enabled=false \
  --tajriba.node-name=node-b --logging.level.io.tajriba.jobs=debug > "$work/node-b.log" 2>&1 &
node_b=$!
ready $port_b "$work/node-b.log"
echo "Node B (pid $node_b) on port $port_b on the same PostgreSQL"

python3 bench/nodes/nodes.py "$port_a" "$port_b" "$pgport" "$key" "$password" "$work" "$rows" "$watch"
