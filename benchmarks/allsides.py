"""The AllSides corpus the benchmarks read: ../shared/data/allsides/articles.jsonl.gz (37,554 real
articles; never copied into this repo)."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
CORPUS_ARTICLES = 37_554


def records(min_words: int = 1, path: Path = CORPUS) -> Iterator[dict]:
    """The corpus records, in file order, whose text has at least ``min_words`` words."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if len((record.get("text") or "").split()) >= min_words:
                yield record
