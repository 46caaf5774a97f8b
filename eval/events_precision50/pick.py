"""Draw 150 random events the system outputs on AllSides 2017-08-14..27 (seed 2026125009).

Usage: newsprism events --db WEEK.db --format jsonl > events.jsonl
       python pick.py events.jsonl > sample.jsonl
Events are sorted by event_id before drawing so the draw does not depend on output order.
"""

import json
import random
import sys

SEED = 2026125009
SIZE = 150

rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
rows.sort(key=lambda row: row["event_id"])
picked = random.Random(SEED).sample(rows, SIZE)
picked.sort(key=lambda row: row["event_id"])
for row in picked:
    keep = {k: row[k] for k in ("event_id", "type", "mode", "trigger", "actors", "recipients", "sentence")}
    keep["label"] = ""
    print(json.dumps(keep, ensure_ascii=False))
