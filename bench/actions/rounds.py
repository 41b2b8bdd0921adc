"""Runs the rounds of bench/actions/run.sh and prints the figures."""
import json, statistics, subprocess, sys, time, urllib.request, uuid

port, key, pgport, rounds = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
base = f"http://localhost:{port}"


def call(method, path, body=None, content="application/json"):
    data = None if body is None else body.encode()
    request = urllib.request.Request(base + path, data=data, method=method,
                                     headers={"Authorization": f"Bearer {key}", "Content-Type": content})
    with urllib.request.urlopen(request, timeout=120) as answer:
        text = answer.read().decode()
        return json.loads(text) if text else None


def db(sql):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-p", pgport, "-U", "postgres", "-d", "postgres", "-qtAc", sql],
                          check=True, capture_output=True, text=True).stdout.strip()


def survey():
    created = call("POST", "/api/v1/surveys?template=nps-relationship", json.dumps({"name": str(uuid.uuid4())}))
    call("POST", f"/api/v1/surveys/{created['id']}/publish", "")
    return created["id"]


def rules(survey_id):
    # four rules every answer is checked against; the first opens the detractors' cases
    bodies = [
        {"name": "Detractor", "trigger": "response", "conditions": [{"field": "nps", "op": "lte", "value": 6}],
         "scope": {"surveys": [survey_id]}, "priority": "high"},
        {"name": "Angry", "trigger": "response", "conditions": [{"field": "emotion", "op": "in", "value": ["angry"]}]},
        {"name": "Price", "trigger": "response",
         "conditions": [{"field": "answer", "question": "rating_price", "op": "in", "value": ["1"]}]},
        {"name": "Other survey", "trigger": "response", "conditions": [{"field": "nps", "op": "lte", "value": 2}],
         "scope": {"surveys": [str(uuid.uuid4())]}},
    ]
    return {call("POST", "/api/v1/alert-rules", json.dumps(body))["id"]: body for body in bodies}


def pause(rules_by_id, paused):
    # a change on this node is seen at once by the rule engine
    for rule_id, body in rules_by_id.items():
        call("PUT", f"/api/v1/alert-rules/{rule_id}", json.dumps(dict(body, paused=paused)))


def answers(round_id):
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    rows = []
    for i in range(1000):
        nps = 3 if i % 5 == 0 else 9
        rows.append(json.dumps({"id": f"{round_id}-{i}", "customer": f"{round_id}-c{i}", "submittedAt": now,
                                "answers": {"nps": nps}}))
    return "\n".join(rows) + "\n"


def import_round(survey_id, expect_cases, workspace):
    round_id = uuid.uuid4().hex[:10]
    body = answers(round_id)
    before = int(db(f"select count(*) from cases where workspace_id = '{workspace}'")) if workspace else 0
    started = time.perf_counter()
    report = call("POST", f"/api/v1/surveys/{survey_id}/responses", body, "application/x-ndjson")
    imported = time.perf_counter()
    assert report["accepted"] == 1000, report
    if expect_cases:
        while int(db(f"select count(*) from cases where workspace_id = '{workspace}'")) < before + 200:
            if time.perf_counter() - imported > 120:
                raise SystemExit("cases did not open within 120 s")
            time.sleep(0.02)
    done = time.perf_counter()
    return (imported - started) * 1000, (done - imported) * 1000


with_rules = survey()
workspace = db(f"select workspace_id from surveys where id = '{with_rules}'")
made = rules(with_rules)
plain, ingest, evaluation = [], [], []
for r in range(rounds + 2):  # the first two rounds warm up and are not counted
    pause(made, True)
    reference = import_round(with_rules, False, None)[0]
    # the reference's events are all heard (with the rules paused) before the rules resume
    while int(db("select count(*) from event_publication where completion_date is null")) > 0:
        time.sleep(0.05)
    pause(made, False)
    took = import_round(with_rules, True, workspace)
    if r >= 2:
        plain.append(reference)
        ingest.append(took[0])
        evaluation.append(took[1])
cases = db(f"select count(*) from cases where workspace_id = '{workspace}'")
print(f"Alert rules per 1,000 events (1,000 NPS answers, 200 detractors, 4 response rules), {rounds} rounds, ms:")
print(f"  import, rules paused (reference)     median {statistics.median(plain):8.1f}   max {max(plain):8.1f}")
print(f"  import with the rules active       median {statistics.median(ingest):8.1f}   max {max(ingest):8.1f}")
print(f"  rules evaluated and 200 cases open median {statistics.median(evaluation):8.1f}   max {max(evaluation):8.1f}"
      f"   after the import's answer")
print(f"  evaluation / reference import: {statistics.median(evaluation) / statistics.median(plain):.2f}"
      f"   ({cases} cases opened in all, {200 * (rounds + 2)} expected)")
