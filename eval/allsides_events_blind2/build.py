"""Merge sample_raw.jsonl and labels.py into blind.jsonl (run in this directory)."""

import collections
import json

from labels import L

out = []
for line in open("sample_raw.jsonl"):
    r = json.loads(line)
    main, others = L.get(r["id"], (None, []))
    o = {"id": r["id"], "allsides_id": r["allsides_id"], "published": r["published"], "text": r["text"]}
    o.update(main or {"event": None, "actors": [], "recipients": [], "mode": None, "event_text": None})
    o["other_events"] = others
    out.append(o)
assert len(out) == 100 and all(k in {x["id"] for x in out} for k in L)
with open("blind.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
c = collections.Counter(o["event"] or "NONE" for o in out)
print(sum(v for k, v in c.items() if k != "NONE"), c.most_common())
for o in out:
    for e in [o] + o["other_events"]:
        for w in e.get("actors", []) + e.get("recipients", []):
            if w not in o["text"]:
                print("MISSING", o["id"], repr(w))
