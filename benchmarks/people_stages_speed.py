"""CPU cost of the entity, quote and event stages as shares of the spaCy parse, on real articles.

    python3 benchmarks/people_stages_speed.py [--articles 200] [--skip 0] [--examples] [--dump OUT.jsonl]

Reads the first ``--articles`` AllSides articles of at least 100 words (../shared/data/allsides;
``--examples`` reads the repository's example articles instead), cleans them as ``analyze`` does,
parses them with ``nlp.pipe`` in this process, then runs each article's stages in the pipeline's
order (``pipeline.extract_facts``): the entity stage (the article's mentions and its people index),
the quote stage (which reads the people table once and keeps it on the doc), the event stage
(which reuses that table). Times are CPU seconds of this process (``time.process_time``), which
other programs on the machine do not inflate. Prints each stage's seconds and its share of the
parse; the goal for entities + quotes is a share under 0.10. What a worker process loads once
(word lists, given names, patterns) is loaded first, on a short invented article, and printed
apart: it is paid once per process, not per article.

``--dump`` writes every article's quotes, mentions and events as JSON Lines, to check that a
speed change leaves the output byte-identical (``diff`` two dumps).
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from allsides import CORPUS, records

from newsprism.config import Settings
from newsprism.entities.mentions import extract_mentions
from newsprism.events.extract import extract_events, load_lexicon
from newsprism.events.happenings import find_happenings
from newsprism.ingest import clean
from newsprism.ingest.layout import stored_layout
from newsprism.ingest.readers import iter_raw
from newsprism.models import Article
from newsprism.nlp.model import load_model
from newsprism.people.index import PeopleIndex
from newsprism.quotes.extract import extract_quotes

REPO = Path(__file__).resolve().parents[1]


def load_articles(count: int, examples: bool, skip: int = 0) -> list:
    """Cleaned articles, as ``analyze`` would parse them."""
    settings = Settings.load()
    with tempfile.TemporaryDirectory() as folder:
        if examples:
            paths = [str(REPO / "examples" / "articles")]
        else:
            path = Path(folder) / "articles.jsonl.gz"
            with gzip.open(path, "wt", encoding="utf-8") as out:
                for record in islice(records(min_words=100), skip, skip + count):
                    out.write(json.dumps(record) + "\n")
            paths = [str(path)]
        return [clean.clean_article(raw, settings) for raw in iter_raw(paths) if not raw.error]


WARM_UP = (
    'Marta Solis, the trade minister, met Tom Becker on Monday. "We agreed," she said. Becker, '
    "a spokesman for Corvin Foods, said the talks would go on."
)


def run_stages(doc, article):
    """The per-article stages in the pipeline's order: (mentions, quotes, events) and the CPU
    seconds of the entity, quote and event stages."""
    began = time.process_time()
    layout = stored_layout(article)
    mentions = extract_mentions(doc, article)
    index = PeopleIndex(mentions, doc=doc, layout=layout)
    middle = time.process_time()
    quotes = extract_quotes(doc, article.article_id, layout, index)
    after_quotes = time.process_time()
    events = extract_events(doc, article, quotes)
    events += find_happenings(doc, article, events, quotes)  # timeline-only acts, as the pipeline adds
    seconds = (middle - began, after_quotes - middle, time.process_time() - after_quotes)
    return (mentions, quotes, events), seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--skip", type=int, default=0, help="start after this many articles")
    parser.add_argument("--examples", action="store_true", help="the repository's example articles")
    parser.add_argument("--dump", type=Path, help="write the extractions here as JSON Lines")
    args = parser.parse_args()
    if not args.examples and not CORPUS.exists():
        print(f"{CORPUS} not found: the benchmark needs the shared corpus (or --examples)")
        return 0
    articles = load_articles(args.articles, args.examples, args.skip)
    nlp = load_model(Settings.load().model)
    began = time.process_time()
    load_lexicon()
    run_stages(nlp(WARM_UP), Article(article_id="warm-up", source="-", text=WARM_UP))
    loading = time.process_time() - began

    began = time.process_time()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=32))
    parse = time.process_time() - began

    spent = {"entities": 0.0, "quotes": 0.0, "events": 0.0}
    counts = {"entities": 0, "quotes": 0, "events": 0}
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for doc, article in zip(docs, articles, strict=True):
        (mentions, quotes, events), seconds = run_stages(doc, article)
        for stage, stage_seconds in zip(spent, seconds, strict=True):
            spent[stage] += stage_seconds
        counts["entities"] += len(mentions)
        counts["quotes"] += len(quotes)
        counts["events"] += len(events)
        if dump:
            for kind, items in (("mention", mentions), ("quote", quotes), ("event", events)):
                for item in items:
                    row = {"kind": kind, "article": article.article_id, **dataclasses.asdict(item)}
                    dump.write(json.dumps(row, sort_keys=True, default=str) + "\n")
    if dump:
        dump.close()

    words = sum(len(a.text.split()) for a in articles)
    print(f"{len(articles)} articles, {words} words; CPU seconds of this process")
    print(f"loaded once per process (stages' data): {loading:.2f} s")
    print(f"parse     {parse:8.2f} s")
    for stage, seconds in spent.items():
        print(f"{stage:9} {seconds:8.2f} s  share {seconds / parse:.3f}  ({counts[stage]} found)")
    both = spent["entities"] + spent["quotes"]
    print(f"entities + quotes      share {both / parse:.3f}  (goal < 0.10)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
