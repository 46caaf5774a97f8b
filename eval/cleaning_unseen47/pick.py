"""Draw the 40 articles of the cleaning set cleaning_unseen47 from the AllSides corpus.

Seed 2026124709; articles are ordered by id first so the draw does not depend on file order.
No earlier cleaning set exists in eval/, so no article is excluded on that ground; articles with
an empty text are skipped. Writes raw.jsonl (id, outlet, title, raw lines) for hand labelling.
Usage: python eval/cleaning_unseen47/pick.py /work/shared/data/allsides/articles.jsonl.gz
"""

import gzip
import json
import random
import sys
from pathlib import Path

SEED = 2026124709
COUNT = 40


def raw_lines(text: str) -> list[str]:
    """The non-empty lines of the raw text, whitespace-normalised: the unit that is labelled."""
    return [" ".join(line.split()) for line in text.replace("\r", "\n").split("\n") if line.strip()]


def main(corpus: str) -> None:
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    articles = sorted((a for a in articles if (a.get("text") or "").strip()), key=lambda a: a["id"])
    picked = random.Random(SEED).sample(articles, COUNT)
    out = Path(__file__).with_name("raw.jsonl")
    with out.open("w", encoding="utf-8") as handle:
        for article in picked:
            row = {
                "id": article["id"],
                "outlet": article.get("outlet"),
                "title": article.get("title"),
                "lines": raw_lines(article["text"]),
            }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
