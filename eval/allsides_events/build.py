import json, collections
from labels import L, NOTES
out = []
for line in open("sample_raw.jsonl"):
    r = json.loads(line)
    main, others = L.get(r["id"], (None, []))
    o = {"id": r["id"], "allsides_id": r["allsides_id"], "published": r["published"], "text": r["text"]}
    if main:
        o.update(main)
    else:
        o.update({"event": None, "actors": [], "recipients": [], "mode": None, "event_text": None})
    o["other_events"] = others
    out.append(o)
assert len(out) == 200 and all(k in {x["id"] for x in out} for k in L)
with open("dev.jsonl", "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
c = collections.Counter(o["event"] or "NONE" for o in out)
print(sum(v for k, v in c.items() if k != "NONE"), c.most_common())
print("other events:", collections.Counter(e["event"] for o in out for e in o["other_events"]).most_common())
# check triggers/actors occur in sentence
for o in out:
    for e in [o] + o["other_events"]:
        for w in e.get("actors", []) + e.get("recipients", []):
            if w not in o["text"]:
                print("MISSING", o["id"], repr(w))
