"""Merge a set's sample_raw.jsonl and its hand labels (labels.py) into its gold file.

    python3 build.py                                          # allsides_events -> dev.jsonl (200)
    python3 build.py --dir ../allsides_events_blind2 --out blind.jsonl --n 100
Every id not in labels.L is NONE; prints the counts and any actor or recipient not found in its
sentence.
"""

import argparse
import collections
import importlib.util
import json
from pathlib import Path


def load_labels(directory):
    spec = importlib.util.spec_from_file_location("labels", Path(directory) / "labels.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.L


def build(directory, n):
    labels = load_labels(directory)
    out = []
    for line in open(Path(directory) / "sample_raw.jsonl", encoding="utf-8"):
        r = json.loads(line)
        main, others = labels.get(r["id"], (None, []))
        o = {"id": r["id"], "allsides_id": r["allsides_id"], "published": r["published"], "text": r["text"]}
        o.update(main or {"event": None, "actors": [], "recipients": [], "mode": None, "event_text": None})
        o["other_events"] = others
        out.append(o)
    assert len(out) == n and all(k in {x["id"] for x in out} for k in labels), "labels and sample differ"
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", default=str(Path(__file__).resolve().parent))
    parser.add_argument("--out", default="dev.jsonl")
    parser.add_argument("--n", type=int, default=200)
    args = parser.parse_args()
    out = build(args.dir, args.n)
    with open(Path(args.dir) / args.out, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    c = collections.Counter(o["event"] or "NONE" for o in out)
    print(sum(v for k, v in c.items() if k != "NONE"), c.most_common())
    print("other events:", collections.Counter(e["event"] for o in out for e in o["other_events"]).most_common())
    for o in out:
        for e in [o] + o["other_events"]:
            for w in e.get("actors", []) + e.get("recipients", []):
                if w not in o["text"]:
                    print("MISSING", o["id"], repr(w))


if __name__ == "__main__":
    main()
