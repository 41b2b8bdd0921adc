#!/usr/bin/env python3
"""Writes N interactions as NDJSON batches (batch-00000.ndjson, ...) and the same rows as one CSV for psql \\copy.

Usage: generate.py N BATCH_SIZE OUT_DIR. Seeded, so every run measures the same data."""
import csv
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone

n, batch, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
os.makedirs(out, exist_ok=True)
rng = random.Random(20261122)
types = ["visit", "page_view", "purchase", "support_ticket", "call", "chat", "review", "share", "app_session"]
channels = {"web": ["home", "search", "product page", "checkout"], "app": ["home", "cart"],
            "store": ["Tehran-3", "Shiraz-1"], "call_center": ["IVR billing", "agent desk"], "email": ["newsletter"]}
texts = ["great service", "delivery was late again", "خیلی خوب بود", "التوصيل كان سريعا", "השירות היה מצוין", None, None, None]
start = datetime(2026, 1, 1, tzinfo=timezone.utc)
batch_file = None
with open(os.path.join(out, "all.csv"), "w", newline="", encoding="utf-8") as all_csv:
    writer = csv.writer(all_csv)
    for i in range(n):
        if i % batch == 0:
            if batch_file:
                batch_file.close()
            batch_file = open(os.path.join(out, "batch-%05d.ndjson" % (i // batch)), "w", encoding="utf-8")
        channel = rng.choice(list(channels))
        kind = rng.choice(types)
        row = {"id": "ev-%d" % i, "customer": "cust-%d" % rng.randrange(50_000), "type": kind, "channel": channel,
               "touchpoint": rng.choice(channels[channel]),
               "occurredAt": (start + timedelta(seconds=rng.randrange(300 * 86400))).isoformat()}
        if kind == "purchase":
            row["value"] = round(rng.uniform(5, 500), 2)
            row["currency"] = "EUR"
        text = rng.choice(texts) if kind in ("review", "chat", "support_ticket") else None
        if text:
            row["text"] = text
        batch_file.write(json.dumps(row, ensure_ascii=False) + "\n")
        writer.writerow([row["id"], row["customer"], row["type"], row["channel"], row["touchpoint"], row["occurredAt"],
                         row.get("value", ""), row.get("currency", ""), row.get("text", "")])
    batch_file.close()
