"""The checks of bench/nodes/run.sh: two nodes, one PostgreSQL."""
import http.cookiejar, json, re, subprocess, sys, threading, time, urllib.error, urllib.parse, urllib.request

port_a, port_b, pgport, key, password, work, rows, watch = sys.argv[1:9]
rows, watch = int(rows), int(watch)
nodes = {"A": f"http://localhost:{port_a}", "B": f"http://localhost:{port_b}"}
failures = []


def call(node, method, path, body=None, content="application/json", timeout=120):
    request = urllib.request.Request(nodes[node] + path, data=body, method=method,
                                     headers={"Authorization": f"Bearer {key}", "Content-Type": content})
    with urllib.request.urlopen(request, timeout=timeout) as answer:
        text = answer.read().decode()
        return json.loads(text) if text else None


def db(sql):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-p", pgport, "-U", "postgres", "-d", "postgres", "-qtAc", sql],
                          check=True, capture_output=True, text=True, timeout=60).stdout.strip()


def check(ok, message):
    print(("ok    " if ok else "FAIL  ") + message)
    if not ok:
        failures.append(message)


def at_once(*calls):
    """Runs the calls on threads started together; their results in order."""
    results = [None] * len(calls)
    start = threading.Barrier(len(calls))

    def run(i, f):
        start.wait()
        results[i] = f()
    threads = [threading.Thread(target=run, args=(i, f)) for i, f in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def event(event_id, customer, kind="visit", value=1):
    return json.dumps({"id": event_id, "customer": customer, "type": kind, "channel": "web",
                       "occurredAt": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "value": value,
                       "currency": "EUR"})


def ingest(node, lines):
    return call(node, "POST", "/api/v1/interactions", ("\n".join(lines) + "\n").encode(), "application/x-ndjson")


workspace = db("select workspace_id from api_keys limit 1")

# 1. a session signed in on A is valid on B
jar = http.cookiejar.CookieJar()
browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
page = browser.open(nodes["A"] + "/login", timeout=30).read().decode()
csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
form = urllib.parse.urlencode({"email": "admin@demo.tajriba.io", "password": password, "_csrf": csrf}).encode()
signed_in = browser.open(nodes["A"] + "/login", data=form, timeout=30)
on_b = browser.open(nodes["B"] + "/cases", timeout=30)
check("/login" not in signed_in.geturl() and on_b.status == 200 and "/login" not in on_b.geturl(),
      f"a session signed in on A opens /cases on B (B answered {on_b.status} at {urllib.parse.urlparse(on_b.geturl()).path})")

# 2. the same events sent to both nodes at once are stored once
dup_total = 0
answers = []
for batch in range(4):
    lines = [event(f"nodes-dup-{batch}-{i}", f"nodes-c-{i % 50}") for i in range(500)]
    answers += at_once(lambda: ingest("A", lines), lambda: ingest("B", lines))
accepted = sum(a["accepted"] for a in answers)
duplicates = sum(a["duplicates"] for a in answers)
stored = int(db(f"select count(*) from interactions where workspace_id = '{workspace}' and event_id like 'nodes-dup-%'"))
check(accepted == 2000 and duplicates == 2000 and stored == 2000,
      f"2,000 events sent to both nodes at once: {accepted:,} accepted, {duplicates:,} duplicates, {stored:,} stored")
counted_sql = (f"select coalesce(sum(interactions), 0) from customers where workspace_id = '{workspace}' "
               "and external_id like 'nodes-c-%'")
deadline = time.time() + 30
while int(db(counted_sql)) != 2000 and time.time() < deadline:
    time.sleep(0.5)  # customer figures may be folded in shortly after the answer
counted = int(db(counted_sql))
check(counted == 2000, f"the customers' interaction counts add up to {counted:,} of 2,000")

# 3. an alert rule fed by both nodes opens one case per customer
rule = call("A", "POST", "/api/v1/alert-rules", json.dumps({
    "name": "Refund (two nodes)", "trigger": "interaction",
    "conditions": [{"field": "type", "op": "eq", "value": "refund"}],
    "priority": "high", "assignment": {"to": "admins"}}).encode())
time.sleep(11)  # a node reads its rules again at most ten seconds after another node changed them
at_once(lambda: ingest("A", [event("nodes-refund-1", "nodes-r-1", "refund", 90)]),
        lambda: ingest("B", [event("nodes-refund-1", "nodes-r-1", "refund", 90)]),
        lambda: ingest("A", [event("nodes-refund-2a", "nodes-r-2", "refund", 50)]),
        lambda: ingest("B", [event("nodes-refund-2b", "nodes-r-2", "refund", 60)]))
deadline = time.time() + 60
signals = lambda: int(db(f"select count(*) from case_evidence s join cases c on c.workspace_id = s.workspace_id "
                         f"and c.id = s.case_id where c.workspace_id = '{workspace}' and c.rule_id = '{rule['id']}'"))
while signals() < 3 and time.time() < deadline:
    time.sleep(0.5)
time.sleep(2)
cases = db(f"select c.id from cases c where c.workspace_id = '{workspace}' and c.rule_id = '{rule['id']}'").split()
check(len(cases) == 2 and signals() == 3,
      f"one refund sent to both nodes and two refunds of one customer, one to each node: {len(cases)} cases "
      f"holding {signals()} signals (2 and 3 expected)")

# 4. an import is run by one node
lines = "\n".join(event(f"nodes-file-{i}", f"nodes-f-{i % 300}") for i in range(rows)) + "\n"
started = call("B", "POST", "/api/v1/imports?kind=interactions&fileName=nodes.ndjson", lines.encode(),
               "application/x-ndjson")
claimants = set()
status = started
deadline = time.time() + 300
while status["status"] not in ("done", "failed") and time.time() < deadline:
    claimed = db(f"select coalesce(claimed_by, '') from imports where id = '{started['id']}'")
    if claimed:
        claimants.add(claimed)
    time.sleep(0.2)
    status = call("A", "GET", f"/api/v1/imports/{started['id']}")
stored = int(db(f"select count(*) from interactions where workspace_id = '{workspace}' and event_id like 'nodes-file-%'"))
check(status["status"] == "done" and status["accepted"] == rows and stored == rows and len(claimants) == 1,
      f"an import of {rows:,} rows sent to B: {status['status']}, {status['accepted']:,} accepted, {stored:,} stored, "
      f"run by {', '.join(sorted(claimants)) or 'nobody seen'}")

# 5. each execution of the scheduled jobs is run by one node: both nodes log the jobs they run
time.sleep(watch)
runs = {}
for node in ("a", "b"):
    for line in open(f"{work}/node-{node}.log", encoding="utf-8", errors="replace"):
        found = re.search(r"Running job (\S+) (\S+) due (\S+)", line)
        if found:
            runs.setdefault(found.groups(), []).append(node.upper())
twice = {k: v for k, v in runs.items() if len(v) > 1}
by_node = {}
for (task, _, _), v in runs.items():
    for node in v:
        by_node.setdefault(node, {}).setdefault(task, 0)
        by_node[node][task] += 1
for node, tasks in sorted(by_node.items()):
    print(f"      node {node} ran " + ", ".join(f"{task} {n}x" for task, n in sorted(tasks.items())))
check(runs and not twice and len(by_node) == 2,
      f"{len(runs):,} executions of scheduled jobs, each run by one node ({len(twice)} run by both)"
      + "".join(f"; twice: {k} by {v}" for k, v in list(twice.items())[:3]))

print("PASSED: two nodes on one PostgreSQL" if not failures else f"FAILED: {len(failures)} check(s)")
sys.exit(1 if failures else 0)
