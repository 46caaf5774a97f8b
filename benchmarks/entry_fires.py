"""Which of N random corpus sentences holding a word pattern fire an event from a trigger
matching it: for checking a new lexicon entry by hand on fresh text (prints type, trigger, text).

    PYTHONPATH=src python benchmarks/entry_fires.py --pattern '\\bfiled? suit\\b' --trigger suit --seed 51
"""

import argparse
import gzip
import json
import random
import re
from pathlib import Path

from newsprism.config import Settings
from newsprism.events.extract import extract_events
from newsprism.models import Article
from newsprism.nlp.model import load_model

CORPUS = Path("/work/shared/data/allsides/articles.jsonl.gz")
SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’]))\s+(?=[\"“A-Z0-9])")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pattern", required=True)
    parser.add_argument("--trigger", required=True, help="a regex the fired trigger must match")
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2026125151)
    args = parser.parse_args()
    pattern = re.compile(args.pattern, re.I)
    found = set()
    with gzip.open(CORPUS, "rt") as lines:
        for line in lines:
            for paragraph in (json.loads(line).get("text") or "").split("\n"):
                found.update(s for s in SPLIT.split(paragraph) if pattern.search(s) and len(s) < 400)
    sentences = sorted(found)
    random.Random(args.seed).shuffle(sentences)
    sentences = sentences[: args.n]
    nlp = load_model(Settings.load().model)
    fired = 0
    for number, doc in enumerate(nlp.pipe(sentences)):
        events = extract_events(doc, Article(article_id=str(number), source="x", text=doc.text))
        hits = [e for e in events if re.search(args.trigger, e.trigger, re.I)]
        if hits:
            fired += 1
            e = hits[0]
            print(f"{number}\t{e.type}\t{e.trigger}\t{e.actors}->{e.recipients}\t{doc.text[:220]}")
    print(f"{fired} of {len(sentences)} sentences fire")


if __name__ == "__main__":
    main()
