"""Sample 100 random real sentences for the allsides_events_blind2 gold set (uses no newsprism code).

Same splitter and rules as ../allsides_events/sample.py (sentences of at least 6 words, one random
sentence per article), seed 20261220, skipping every article already in an allsides_events* set.
Writes sample_raw.jsonl (corpus text; not kept in the repository).
"""

import gzip
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "allsides_events"))
from sample import SRC, split_sentences  # noqa: E402

SEED = 20261220
N = 100
EARLIER = [HERE.parent / "allsides_events" / "dev.jsonl", HERE.parent / "allsides_events_blind" / "blind.jsonl"]


def main():
    seen = {json.loads(line)["allsides_id"] for path in EARLIER for line in open(path)}
    rows = [json.loads(line) for line in gzip.open(SRC, "rt")]
    rows.sort(key=lambda r: r["id"])
    rng = random.Random(SEED)
    order = list(range(len(rows)))
    rng.shuffle(order)
    picked = []
    for i in order:
        r = rows[i]
        if r["id"] in seen:
            continue
        sents = [s for s in split_sentences(r["text"]) if len(s.split()) >= 6]
        if not sents:
            continue
        picked.append({"allsides_id": r["id"], "published": r["published"] or None, "outlet": r["outlet"],
                       "title": r["title"], "text": rng.choice(sents)})
        if len(picked) == N:
            break
    with open(HERE / "sample_raw.jsonl", "w") as f:
        for k, p in enumerate(picked, 1):
            f.write(json.dumps({"id": f"asc-{k:03d}", **p}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
