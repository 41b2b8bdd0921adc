"""The clients and the checks of bench/crash/run.sh."""
import json, os, subprocess, sys, threading, time, urllib.error, urllib.request

phase, port, key, work, rows = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
base = f"http://localhost:{port}"
acked_file = os.path.join(work, "acknowledged.txt")
import_file = os.path.join(work, "import.json")
BATCH = 200


def call(method, path, body=None, content="application/json", timeout=120):
    request = urllib.request.Request(base + path, data=body, method=method,
                                     headers={"Authorization": f"Bearer {key}", "Content-Type": content})
    with urllib.request.urlopen(request, timeout=timeout) as answer:
        text = answer.read().decode()
        return json.loads(text) if text else None


def row(event_id, customer):
    return json.dumps({"id": event_id, "customer": customer, "type": "visit", "channel": "web",
                       "occurredAt": "2026-03-01T10:00:00Z", "value": 1})


def client(number, lock):
    """Sends batches until the server is gone; notes a batch's ids only once its answer has come."""
    batch = 0
    while True:
        ids = [f"crash-api-{number}-{batch}-{i}" for i in range(BATCH)]
        body = "\n".join(row(i, f"c-{number}-{batch % 50}") for i in ids).encode()
        try:
            report = call("POST", "/api/v1/interactions", body, "application/x-ndjson", timeout=60)
        except (urllib.error.URLError, ConnectionError, OSError):
            return
        if report["accepted"] + report["duplicates"] != BATCH:
            print(f"FAIL: batch {number}-{batch} answered {report}")
        with lock:
            with open(acked_file, "a") as out:
                out.write("\n".join(ids) + "\n")
        batch += 1


def before():
    lines = "\n".join(row(f"crash-file-{i}", f"f-{i % 500}") for i in range(rows)) + "\n"
    started = call("POST", "/api/v1/imports?kind=interactions&fileName=crash.ndjson", lines.encode(),
                   "application/x-ndjson")
    with open(import_file, "w") as out:
        json.dump({"id": started["id"]}, out)
    lock = threading.Lock()
    clients = [threading.Thread(target=client, args=(n, lock)) for n in range(2)]
    for c in clients:
        c.start()
    for c in clients:
        c.join()


def wait_for_progress():
    deadline = time.time() + 300
    while time.time() < deadline:
        if os.path.exists(import_file) and os.path.exists(acked_file):
            with open(import_file) as f:
                status = call("GET", f"/api/v1/imports/{json.load(f)['id']}")
            if status["status"] in ("done", "failed"):
                print(f"FAIL: the import ended before the kill ({status['status']}); use more rows")
                sys.exit(1)
            if status["rowsDone"] > 0:
                print(f"Import at {status['rowsDone']} of {rows} rows; {sum(1 for _ in open(acked_file))} API rows acknowledged")
                return
        time.sleep(0.2)
    print("FAIL: the import made no progress")
    sys.exit(1)


def db(pgport, sql):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-p", pgport, "-U", "postgres", "-d", "postgres", "-qtAc", sql],
                          check=True, capture_output=True, text=True).stdout.strip()


def after(pgport):
    failures = []
    with open(import_file) as f:
        import_id = json.load(f)["id"]
    deadline = time.time() + 300
    status = call("GET", f"/api/v1/imports/{import_id}")
    while status["status"] not in ("done", "failed") and time.time() < deadline:
        time.sleep(1)
        status = call("GET", f"/api/v1/imports/{import_id}")
    print(f"Import after the restart: {status['status']}, {status['rowsDone']} rows read, {status['accepted']} accepted, "
          f"{status['duplicates']} duplicates, {status['rejected']} rejected")
    if status["status"] != "done":
        failures.append(f"the import did not finish: {status['status']} {status.get('error')}")
    if status["accepted"] + status["duplicates"] != rows or status["rejected"] != 0:
        failures.append(f"the import counted {status['accepted']} + {status['duplicates']} of {rows} rows")
    workspace = db(pgport, "select workspace_id from imports where id = '%s'" % import_id)
    acked = set(open(acked_file).read().split())
    stored = set(db(pgport, f"select event_id from interactions where workspace_id = '{workspace}' "
                            "and event_id like 'crash-api-%'").split())
    missing = acked - stored
    print(f"API rows: {len(acked)} acknowledged, {len(stored)} stored ({len(stored - acked)} of them from batches "
          f"cut off by the kill), {len(missing)} acknowledged rows missing")
    if missing:
        failures.append(f"{len(missing)} acknowledged rows are missing, e.g. {sorted(missing)[:3]}")
    file_rows = int(db(pgport, f"select count(*) from interactions where workspace_id = '{workspace}' "
                               "and event_id like 'crash-file-%'"))
    print(f"File rows stored: {file_rows} of {rows}")
    if file_rows != rows:
        failures.append(f"{file_rows} of the file's {rows} rows are stored")
    # every stored interaction is counted once on its customer, whether it came before or after the kill
    counted, stored_all = db(pgport, f"""select (select coalesce(sum(interactions), 0) from customers
        where workspace_id = '{workspace}'), (select count(*) from interactions where workspace_id = '{workspace}')""").split("|")
    print(f"Customers count {counted} interactions; {stored_all} are stored")
    if counted != stored_all:
        failures.append(f"the customers count {counted} interactions, but {stored_all} are stored")
    if failures:
        print("FAILED:\n  " + "\n  ".join(failures))
        sys.exit(1)
    print("PASSED: every acknowledged row is stored exactly once and the import finished after the restart")


if phase == "before":
    before()
elif phase == "wait-for-progress":
    wait_for_progress()
else:
    after(sys.argv[6])
