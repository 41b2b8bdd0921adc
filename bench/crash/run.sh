#!/usr/bin/env bash
# Crash test: a Tajriba process killed with SIGKILL in the middle of an API ingest and of a file import. Two
# clients send batches of interactions to POST /api/v1/interactions and note every batch acknowledged; a file of
# IMPORT_ROWS interactions is imported; while both run, the Java process is killed (kill -9). After a restart on
# the same data directory the import must finish by itself, and every acknowledged row, every row of the file and
# every customer's counts must be there exactly once. Prints its findings; exits non-zero on any failure.
#   bench/crash/run.sh [IMPORT_ROWS]     default: 60000
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-60000}
port=18087; key=tjr_crash_key_0123456789abcdefgh
command -v psql >/dev/null || { echo "needs psql (apt-get install postgresql-client)"; exit 1; }
work=$(mktemp -d /tmp/tajriba-crash-XXXXXX); chmod 755 "$work"
JAVA_HOME=$(./tajriba java-home); export JAVA_HOME
jar=$(ls target/tajriba*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -B -q -DskipTests package; jar=$(ls target/tajriba*.jar | grep -v original | head -1); fi

server=
start() {
  TAJRIBA_DATA_DIR="$work/db" TAJRIBA_DEMO_CUSTOMERS=0 TAJRIBA_DEMO_API_KEY=$key TAJRIBA_DEMO_PASSWORD=crash-password-123 \
    "$JAVA_HOME/bin/java" -jar "$jar" --server.port=$port --tajriba.demo.enabled=true --tajriba.imports.lease=10s \
    >> "$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 240); do curl -sf localhost:$port/actuator/health >/dev/null && return 0; sleep 0.5; done
  echo "Tajriba did not start; see the log:"; tail -50 "$work/server.log"; exit 1
}
cleanup() {
  # a trap's last failing command would become the script's exit status: nothing here may fail it
  if [ -n "$server" ]; then kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  # a server killed with SIGKILL leaves its PostgreSQL behind until the restart stops it; stop any that is left
  if [ -f "$work/db/postgres/postmaster.pid" ]; then
    kill -TERM "$(head -1 "$work/db/postgres/postmaster.pid")" 2>/dev/null || true
  fi
  [ -n "${KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

start
echo "Started Tajriba (pid $server); data in $work"
python3 bench/crash/crash.py before "$port" "$key" "$work" "$rows" &
driver=$!
# kill it once the import has committed a few batches and the clients have had answers
python3 bench/crash/crash.py wait-for-progress "$port" "$key" "$work" "$rows"
kill -KILL "$server"; wait "$server" 2>/dev/null || true
echo "Killed Tajriba with SIGKILL in the middle of the import and of the API batches"
wait "$driver" || true
server=
start
echo "Restarted Tajriba (pid $server)"
pgport=$(grep -oE "PostgreSQL started on port [0-9]+" "$work/server.log" | tail -1 | grep -oE "[0-9]+$")
python3 bench/crash/crash.py after "$port" "$key" "$work" "$rows" "$pgport"
