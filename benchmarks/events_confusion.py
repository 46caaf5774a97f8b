"""Pool the true events of eval/allsides_events_blind3..32: gold type -> predicted type or NONE.

Writes one JSON line per sentence (gold, predicted, trigger) to --out and prints the confusion
table and the pooled figures (precision / NONE-quiet / type right), the eval's own measures."""

import argparse
import json
from collections import Counter
from pathlib import Path

from newsprism.config import Settings
from newsprism.evaluation.event_scores import _dateline, load_records
from newsprism.events.extract import extract_events
from newsprism.models import Article
from newsprism.nlp.model import load_model

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--first", type=int, default=3)
    parser.add_argument("--last", type=int, default=32)
    args = parser.parse_args()
    nlp = load_model(Settings.load().model)
    rows = []
    for k in range(args.first, args.last + 1):
        records = load_records(REPO / "eval" / f"allsides_events_blind{k}" / "blind.jsonl")
        for record, doc in zip(records, nlp.pipe([r["text"] for r in records]), strict=True):
            article = Article(
                article_id=record["id"],
                source=record["id"],
                text=doc.text,
                published=record.get("published"),
                dateline=_dateline(doc.text),
            )
            found = extract_events(doc, article)
            rows.append(
                {
                    "set": k,
                    "id": record["id"],
                    "gold": record["event"],
                    "gold_text": record.get("event_text"),
                    "pred": found[0].type if found else None,
                    "trigger": found[0].trigger if found else None,
                    "text": record["text"],
                }
            )
    args.out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    true = [r for r in rows if r["gold"]]
    given = [r for r in rows if r["pred"]]
    nones = [r for r in rows if not r["gold"]]
    print(
        f"precision {sum(1 for r in given if r['gold']) / len(given):.3f} of {len(given)} / "
        f"quiet {sum(1 for r in nones if not r['pred']) / len(nones):.3f} of {len(nones)} / "
        f"type right {sum(r['pred'] == r['gold'] for r in true) / len(true):.3f} of {len(true)}"
    )
    table = Counter((r["gold"], r["pred"] or "NONE") for r in true)
    for gold in sorted({g for g, _ in table}):
        cells = sorted(((n, p) for (g, p), n in table.items() if g == gold), reverse=True)
        print(gold, sum(n for n, _ in cells), ", ".join(f"{p} {n}" for n, p in cells))


if __name__ == "__main__":
    main()
