"""How much the quotes stage adds to parsing: spaCy parse time vs ``extract_quotes`` time.

    python3 benchmarks/quotes_speed.py [--articles PATH] [--limit 300]

Reads the first ``limit`` articles of a JSONL(.gz) file with a ``text`` field (default: the
AllSides corpus in ../shared), parses them with ``nlp.pipe`` in one process, then runs the quotes
stage on the parsed docs, and prints both times and their ratio (the target is at most 0.15).
"""

from __future__ import annotations

import argparse
import sys
import time
from itertools import islice
from pathlib import Path

from allsides import CORPUS, records

from newsprism.config import Settings
from newsprism.nlp.model import load_model
from newsprism.quotes.extract import extract_quotes

DEFAULT = CORPUS


def read_texts(path: Path, limit: int) -> list[str]:
    return [record["text"][:200000] for record in islice(records(path=path), limit)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=300)
    args = parser.parse_args()
    if not args.articles.exists():
        print(f"{args.articles} not found: pass --articles PATH (JSONL with a 'text' field)")
        return 0
    texts = read_texts(args.articles, args.limit)
    nlp = load_model(Settings.load().model)
    nlp("warm up the pipeline.")

    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse_seconds = time.perf_counter() - started

    started = time.perf_counter()
    found = sum(len(extract_quotes(doc, str(i))) for i, doc in enumerate(docs))
    quote_seconds = time.perf_counter() - started

    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} articles, {words} words, {found} quotes")
    print(f"parse   {parse_seconds:8.2f} s  ({words / parse_seconds:,.0f} words/s)")
    print(f"quotes  {quote_seconds:8.2f} s  ({words / quote_seconds:,.0f} words/s)")
    print(f"ratio   {quote_seconds / parse_seconds:8.3f}  (quotes time / parse time; target <= 0.15)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
