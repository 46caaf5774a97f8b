"""Cost of the events stage against the spaCy parse it reads.

    python benchmarks/events_speed.py [--articles 300]

Parses real articles from ../shared/data/allsides with ``nlp.pipe`` (one process), then runs
``extract_events`` on the parsed docs, and prints both times and ``ratio R`` (events over
parse). The goal is R <= 0.10. The quotes stage runs first, untimed, as in the pipeline.
The benchmark stops if the corpus is absent.
"""

from __future__ import annotations

import argparse
import sys
import time
from itertools import islice
from pathlib import Path

from allsides import CORPUS, records

from newsprism.config import Settings
from newsprism.events.extract import extract_events, load_lexicon
from newsprism.models import Article
from newsprism.nlp.model import load_model
from newsprism.quotes.extract import extract_quotes

REPO = Path(__file__).resolve().parents[1]


def load_articles(count: int) -> list[Article]:
    """The first ``count`` articles of at least 100 words, with their publication dates."""
    articles = []
    for number, record in enumerate(islice(records(min_words=100), count)):
        published = (record.get("published") or "")[:10]
        articles.append(
            Article(
                article_id=str(record.get("id", number)),
                source="allsides",
                text=record["text"],
                published=published if published[:2] in ("19", "20") else None,
            )
        )
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"{CORPUS} not found: the benchmark needs the shared corpus")
    articles = load_articles(args.articles)
    nlp = load_model(Settings.load().model)
    load_lexicon()
    words = sum(a.word_count for a in articles)

    began = time.perf_counter()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=32))
    parse_seconds = time.perf_counter() - began

    # As in the pipeline, the quotes stage runs first (untimed) and the events stage reuses its
    # people table and quotes; timing events alone, without them, would read each article twice.
    found = 0
    events_seconds = 0.0
    for doc, article in zip(docs, articles, strict=True):
        quotes = extract_quotes(doc, article.article_id)
        began = time.perf_counter()
        found += len(extract_events(doc, article, quotes))
        events_seconds += time.perf_counter() - began

    print(f"{len(articles)} articles, {words} words, {found} events")
    print(f"parse   {parse_seconds:8.2f} s  ({words / parse_seconds:,.0f} words/s)")
    print(f"events  {events_seconds:8.2f} s  ({words / events_seconds:,.0f} words/s)")
    print(f"ratio R {events_seconds / parse_seconds:.3f}  (goal <= 0.10)")


if __name__ == "__main__":
    main()
