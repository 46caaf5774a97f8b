"""Throughput of the whole analyze job against raw spaCy on the same texts.

    python benchmarks/throughput.py [--articles 300] [--processes 0]

Prints words/s for raw ``nlp.pipe`` (one process, parse only) and for ``analyze`` (ingest,
clean, parse, quotes, entities, events, stories, store), then ``ratio R`` (pipeline over raw).
The articles are real ones from ../shared/data/allsides (the benchmark stops if absent).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from allsides import CORPUS, records

REPO = Path(__file__).resolve().parents[1]


def load_articles(count: int) -> list[dict]:
    return list(islice(records(min_words=100), count))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--processes", type=int, default=0, help="analyze's workers (0 = one a core)")
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"benchmark needs {CORPUS}")

    from newsprism.config import Settings
    from newsprism.ingest.clean import clean_article
    from newsprism.ingest.readers import iter_raw
    from newsprism.nlp.model import load_model
    from newsprism.pipeline import analyze
    from newsprism.store.store import Store

    chosen = load_articles(args.articles)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "articles.jsonl"
        source.write_text("".join(json.dumps(r) + "\n" for r in chosen), encoding="utf-8")
        settings = Settings.load(db=str(Path(tmp) / "bench.db"), processes=args.processes)

        # The same clean texts for both runs, so both parse exactly the same words.
        texts = [clean_article(raw, settings).text for raw in iter_raw([str(source)])]
        words = sum(len(t.split()) for t in texts)

        nlp = load_model(settings.model)
        started = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=settings.batch_size):
            pass
        raw_seconds = time.perf_counter() - started

        store = Store(settings.db)
        started = time.perf_counter()
        summary = analyze([str(source)], store, settings)
        pipeline_seconds = time.perf_counter() - started

    raw_rate = words / raw_seconds
    pipeline_rate = words / pipeline_seconds
    print(f"articles {len(texts)}, words {words}")
    print(f"raw nlp.pipe (1 process)   {raw_rate:9.0f} words/s  ({raw_seconds:.1f} s)")
    print(
        f"newsprism analyze ({settings.worker_count} proc.) {pipeline_rate:9.0f} words/s  "
        f"({pipeline_seconds:.1f} s; "
        f"{summary.quotes} quotes, {summary.events} events, {summary.failed} failed)"
    )
    print(f"ratio {pipeline_rate / raw_rate:.2f}")


if __name__ == "__main__":
    main()
