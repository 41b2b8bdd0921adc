#!/usr/bin/env bash
# Survey submission benchmark: responses/s accepted by the public submit endpoint (POST /s/{token}, each request a
# different invitation) measured with wrk, next to requests/s of /actuator/health in the same run; then checks that
# the number of stored responses equals the number of 2xx answers.
# The submit run answers a fixed number of invitations (SECONDS bounds it); its rate is taken over the time its
# threads took; the health run lasts as long.
#   bench/responses/run.sh [RESPONSES] [CONNECTIONS] [SECONDS]     defaults: 20000 16 120
set -euo pipefail
cd "$(dirname "$0")/../.."
measured=${1:-20000}; connections=${2:-16}; seconds=${3:-120}; threads=2
# the warm-up answers this many of its own invitations, enough for the JIT to have compiled the path's hot code
warm=${WARM_UP:-6000}
port=18084; key=tjr_bench_key_0123456789abcdefgh
command -v wrk >/dev/null || { echo "needs wrk (apt-get install wrk)"; exit 1; }
command -v psql >/dev/null || { echo "needs psql (apt-get install postgresql-client)"; exit 1; }
work=$(mktemp -d /tmp/tajriba-bench-XXXXXX); chmod 755 "$work"
JAVA_HOME=$(./tajriba java-home); export JAVA_HOME
[ -f target/tajriba.jar ] || ./mvnw -B -q -DskipTests package

TAJRIBA_DATA_DIR="$work/db" TAJRIBA_DEMO_CUSTOMERS=0 TAJRIBA_DEMO_API_KEY=$key TAJRIBA_DEMO_PASSWORD=bench-password-123 \
  "$JAVA_HOME/bin/java" -jar target/tajriba.jar --server.port=$port --tajriba.demo.enabled=true \
  --tajriba.surveys.submissions-per-address=1000000000 --tajriba.surveys.submissions-per-survey=1000000000 ${BENCH_SERVER_ARGS:-} \
  > "$work/server.log" 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null; cp "$work/server.log" /tmp/bench-responses-server.log 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do curl -sf localhost:$port/actuator/health >/dev/null && break; sleep 0.5; done
pgport=$(grep -oE "PostgreSQL started on port [0-9]+" "$work/server.log" | grep -oE "[0-9]+$")
db() { psql -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -qtAc "$1"; }

# two surveys: the warm-up answers its own, so that a warm-up answer still in flight when wrk stops cannot be
# counted with the measured ones
new_survey() {
  local id
  id=$(curl -sf -H "Authorization: Bearer $key" -H "Content-Type: application/json" -d "{\"name\":\"$1\"}" \
    "localhost:$port/api/v1/surveys?template=post-purchase-csat" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  curl -sf -o /dev/null -X POST -H "Authorization: Bearer $key" "localhost:$port/api/v1/surveys/$id/publish"
  echo "$id"
}
# COUNT invitations of SURVEY, their tokens written to FILE
invitations() {
  local survey=$1 count=$2 file=$3 workspace
  workspace=$(db "select workspace_id from surveys where id = '$survey'")
  python3 - "$count" "$file" "$work/hashes.csv" <<'PY'
import base64, hashlib, os, sys
count, tokens_file, hashes_file = int(sys.argv[1]), sys.argv[2], sys.argv[3]
with open(tokens_file, "w") as tokens, open(hashes_file, "w") as hashes:
    for _ in range(count):
        token = base64.urlsafe_b64encode(os.urandom(32)).rstrip(b"=").decode()
        tokens.write(token + "\n")
        hashes.write("\\\\x" + hashlib.sha256(token.encode()).hexdigest() + "\n")  # COPY text: \\ is one backslash
PY
  psql -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -q >/dev/null <<SQL
create temp table h (token_hash bytea);
\\copy h from '$work/hashes.csv'
insert into survey_invitations (workspace_id, survey_id, token_hash, language, status, created_at, expires_at)
select '$workspace', '$survey', token_hash, 'en', 'open', now(), now() + interval '1 day' from h;
SQL
}
survey=$(new_survey bench)
warm_survey=$(new_survey bench-warm-up)

echo "Creating $measured + $warm invitations (set-up, not measured)..."
invitations "$survey" "$measured" "$work/measured.txt"
invitations "$warm_survey" "$warm" "$work/warm.txt"

# warm-up, so that JIT and pools are ready: it ends when every warm-up invitation is answered
TIMES="$work/warm-times.txt" TOKENS="$work/warm.txt" THREADS=$threads CONNECTIONS=$connections wrk -t$threads -c$connections -d${seconds}s --timeout 30s -s bench/responses/submit.lua \
  "http://localhost:$port" >/dev/null

# STATEMENTS=1 (with BENCH_SERVER_ARGS=--tajriba.database.settings=shared_preload_libraries=pg_stat_statements)
# prints the statements of the measured run that took PostgreSQL the most time
[ -n "${STATEMENTS:-}" ] && db "create extension if not exists pg_stat_statements; select pg_stat_statements_reset()" >/dev/null
echo "Submitting $measured responses with $connections connections..."
TIMES="$work/times.txt" TOKENS="$work/measured.txt" THREADS=$threads CONNECTIONS=$connections wrk -t$threads -c$connections -d${seconds}s --timeout 30s -s bench/responses/submit.lua \
  "http://localhost:$port" > "$work/submit.txt"
took=$(python3 -c "
lines = [l.split() for l in open('$work/times.txt')]
print(round(max(float(l[1]) for l in lines) - min(float(l[0]) for l in lines), 3))")
echo "Health for ${took}s with $connections connections..."
wrk -t$threads -c$connections -d$(python3 -c "print(max(5, round($took)))")s "http://localhost:$port/actuator/health" > "$work/health.txt"
stored=$(db "select count(*) from survey_responses where survey_id = '$survey' and status = 'complete'")
if [ -n "${STATEMENTS:-}" ]; then
  echo "Statements of the measured run (and of the health run after it), by PostgreSQL's time:"
  db "select round(total_exec_time)::text || ' ms  ' || calls || ' calls  ' || left(regexp_replace(query, '\s+', ' ', 'g'), 110)
      from pg_stat_statements order by total_exec_time desc limit 25"
fi

python3 - "$work" "$stored" "$took" <<'PY'
import re, sys
work, stored, took = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
def read(name):
    text = open(f"{work}/{name}").read()
    requests = int(re.search(r"(\d+) requests in", text).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    latency = re.search(r"Latency\s+(\S+)\s+(\S+)\s+(\S+)", text)
    return requests, rate, int(bad.group(1)) if bad else 0, errors.groups() if errors else None, latency.groups()
s_requests, s_rate, s_bad, s_errors, s_latency = read("submit.txt")
h_requests, h_rate, _, _, h_latency = read("health.txt")
ok = s_requests - s_bad
s_rate = ok / took
print(f"submit   responses/s {s_rate:>10,.0f}  ({ok:,} answered in {took:.1f} s, latency avg {s_latency[0]})")
print(f"health   requests/s  {h_rate:>10,.0f}  (latency avg {h_latency[0]})")
print(f"submit / health      {s_rate / h_rate:>10.2f}")
print(f"2xx answers {ok:,}, stored responses {stored:,}: {'equal' if ok == stored else 'DIFFERENT'}")
statuses = {}
for line in open(f"{work}/times.txt"):
    for pair in line.split()[2:]:
        code, count = pair.split(":")
        statuses[code] = statuses.get(code, 0) + int(count)
print("answers by status:", ", ".join(f"{code} {count:,}" for code, count in sorted(statuses.items())))
if s_errors:
    print("socket errors (connect, read, write, timeout):", ", ".join(s_errors))
PY
