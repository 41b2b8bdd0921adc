#!/usr/bin/env bash
# Loads the files of generate-demo into the running server: interactions through POST /api/v1/interactions (which
# creates the customers), the customers' explicit churn dates, and each survey's responses (the surveys created from
# the demo's templates through the API and published). Prints the time of each part.
# Through the API, customer profiles load at about 200/s and responses at about 500/s on a 2-core machine, too slow
# for millions, so two parts go straight into PostgreSQL, leaving the tables as the API would for what the metrics
# read: responses.sql (COPY, then the score and emotion rows by the same INSERT ... SELECT as the application's), and
# customers' churnedAt (their e-mail, phone and attributes, which no metric reads, are left out).
#   load.sh DATA_DIR PORT PGPORT KEY PARALLEL
set -euo pipefail
data=$1; port=$2; pgport=$3; key=$4; parallel=$5
api="http://localhost:$port/api/v1"
auth="Authorization: Bearer $key"
export api auth
psqlc() { psql -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -v ON_ERROR_STOP=1 -q "$@"; }

post() { # post FILE URL: one NDJSON request, which must be answered 2xx
  curl -sf -o /dev/null -H "$auth" -H "Content-Type: application/x-ndjson" --data-binary "@$1" "$2" \
    || { echo "failed: $2 with $1" >&2; return 1; }
}
export -f post
phase() { printf "  %-28s %8.1f s\n" "$1" "$(echo "$(date +%s.%N) - $2" | bc)"; }

survey() { # survey NAME [TEMPLATE]: creates and publishes a survey, prints its id
  local body id
  if [ -n "${2:-}" ]; then
    body=$(curl -sf -H "$auth" -H "Content-Type: application/json" -d "{\"name\":\"$1\"}" "$api/surveys?template=$2")
  else
    body=$(python3 -c 'import json,sys; print(json.dumps({"name": sys.argv[1], "definition": json.load(open(sys.argv[2]))}))' \
      "$1" src/main/resources/demo/relationship-nps.json \
      | curl -sf -H "$auth" -H "Content-Type: application/json" --data-binary @- "$api/surveys")
  fi
  id=$(echo "$body" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  curl -sf -o /dev/null -X POST -H "$auth" "$api/surveys/$id/publish"
  echo "$id"
}

t=$(date +%s.%N)
ls "$data"/interactions-*.ndjson | xargs -P "$parallel" -I{} bash -c "post {} $api/interactions"
phase interactions "$t"

t=$(date +%s.%N)
workspace=$(psqlc -tAc "select workspace_id from api_keys limit 1")
python3 -c '
import json, sys
for line in open(sys.argv[1]):
    row = json.loads(line)
    if row.get("churnedAt"):
        print(row["id"] + "\t" + row["churnedAt"])' "$data/customers.ndjson" > "$data/churn.tsv"
psqlc <<SQL
create temp table churn (external_id text, churned_at timestamptz);
\\copy churn from '$data/churn.tsv'
update customers c set churned_at = h.churned_at, churn_source = 'explicit'
from churn h where c.workspace_id = '$workspace' and c.external_id = h.external_id;
SQL
phase "customers' churn" "$t"

t=$(date +%s.%N)
for pair in "post-support-ces:After support:post-support-ces" "post-purchase-csat:After a purchase:post-purchase-csat" \
            "relationship-nps:Relationship NPS:"; do
  IFS=: read -r file name template <<< "$pair"
  id=$(survey "$name" "$template")
  psqlc -v workspace="$workspace" -v survey="$id" -f bench/dashboard/responses.sql < "$data/responses-$file.ndjson"
done
phase responses "$t"
