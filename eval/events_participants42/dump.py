"""Dump the events main produces on the sampled sentences (development check of issue 20 point 3).

    python3 dump.py /tmp/actors42/sample_raw.jsonl > /tmp/actors42/events.jsonl
One line per event with at least one actor or recipient: sample id, corpus id (allsides id), the
sentence's character offsets in the article text, type, actors, recipients. The first 60 are marked
by hand in labels.py. Sentence-level, as `newsprism eval events` runs the stage.
"""

import gzip
import json
import sys

from newsprism.config import Settings
from newsprism.events.extract import extract_events
from newsprism.models import Article
from newsprism.nlp.model import load_model

SRC = "/work/shared/data/allsides/articles.jsonl.gz"


def main(path):
    records = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    wanted = {r["allsides_id"] for r in records}
    texts = {}
    for line in gzip.open(SRC, "rt"):
        row = json.loads(line)
        if row["id"] in wanted:
            texts[row["id"]] = row["text"]
    nlp = load_model(Settings.load().model)
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        article = Article(
            article_id=record["id"], source=record["id"], text=doc.text, published=record.get("published")
        )
        start = texts.get(record["allsides_id"], "").find(record["text"])
        for k, event in enumerate(extract_events(doc, article)):
            if not (event.actors or event.recipients):
                continue
            out = {
                "id": record["id"],
                "k": k,
                "corpus_id": record["allsides_id"],
                "offsets": [start, start + len(record["text"])] if start >= 0 else None,
                "type": event.type,
                "actors": event.actors,
                "recipients": event.recipients,
                "text": record["text"],
            }
            print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
