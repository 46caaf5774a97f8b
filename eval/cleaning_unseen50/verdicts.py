"""Per labelled line, the cleaner's own verdict (``clean.explain``), for sets whose split lines
line up with the labels.

The scorer (score.py) reads kept lines back from the clean text and counts a line kept when a
paragraph shares its first or last 60 characters: a summary line that restates a body sentence
with the same opening or ending scores as kept although the cleaner cut it. This counts verdicts
(a verbatim copy of a news line cut as a repeat counts as a news line cut here, its text stays).
Usage: PYTHONPATH=src python eval/cleaning_unseen50/verdicts.py eval/cleaning_unseen4N/labels.jsonl
"""

import gzip
import json
import sys
from collections import Counter

from newsprism.ingest.clean import explain

CORPUS = "/work/shared/data/allsides/articles.jsonl.gz"


def main(path: str) -> None:
    rows = [json.loads(row) for row in open(path, encoding="utf-8")]
    wanted = {row["id"] for row in rows}
    articles = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for raw in handle:
            article = json.loads(raw)
            if article["id"] in wanted:
                articles[article["id"]] = article
    counts: Counter = Counter()
    unaligned = 0
    for row in rows:
        article = articles[row["id"]]
        verdicts = explain(article["text"], article.get("title"))
        if len(verdicts) != len(row["lines"]):
            unaligned += 1
            continue
        for item, (line, reason) in zip(row["lines"], verdicts, strict=True):
            counts[(item["label"], "cut" if reason else "kept")] += 1
            if item["label"] in ("news", "mixed") and reason:
                print("NEWS CUT", row["id"], item["i"], reason, line[:90])
    figures = {f"{label} {verdict}": n for (label, verdict), n in sorted(counts.items())}
    print(figures, "unaligned:", unaligned)


if __name__ == "__main__":
    main(sys.argv[1])
