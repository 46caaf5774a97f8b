"""Stories of undated articles: BASIL dev with every publication date removed, for several
``undated_centroid_threshold`` values.

    python benchmarks/story_undated.py [--data ../shared/data/basil-dev] [--grid 0,0.2,0.3]

With no date, all 150 BASIL articles are stored on one day and compared with each other by
words alone, as a whole undated archive is (4,408 of the 37,554 AllSides articles): the
threshold decides whether an undated article joins a story by one link or only when it is
alike the story as a whole. Printed per value: story ARI of the undated articles against the
BASIL events, the number of stories, and the largest story's size (BASIL events have three).
Parsing comes from the evaluation's cache; only the stories stage runs again per value.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path
from tempfile import TemporaryDirectory

from story_thresholds import forget_stories

from newsprism.config import Settings
from newsprism.entities import link_articles
from newsprism.evaluation.stories import BATCH, DEFAULT_BASIL, SEED, adjusted_rand_score
from newsprism.evaluation.story_data import extracted, load_basil
from newsprism.store.store import Store
from newsprism.stories.cluster import assign_stories


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_BASIL)
    parser.add_argument("--grid", default="0,0.2,0.25,0.3,0.35,0.4")
    args = parser.parse_args()
    if not (args.data / "articles").is_dir():
        print(f"Error: {args.data}: no BASIL articles/ folder here", file=sys.stderr)
        return 1
    settings = Settings.load()
    basil = load_basil(args.data)
    gold = {raw.given_id: triplet for raw, triplet in basil}
    pairs = extracted([raw for raw, _ in basil], settings)
    ids = [article.article_id for article, _ in pairs]
    random.Random(SEED).shuffle(ids)
    with TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "undated.db"))
        for article, extraction in pairs:
            store.save_article(replace(article, published=None), extraction)
        link_articles(store, ids)
        print("threshold  ARI    stories  largest")
        for value in args.grid.split(","):
            run_settings = settings.with_(
                stories=dict(settings.stories, undated_centroid_threshold=float(value))
            )
            forget_stories(store)
            for i in range(0, len(ids), BATCH):
                assign_stories(store, ids[i : i + BATCH], run_settings)
            found = {a.article_id: a.story_id for a in store.articles()}
            ari = adjusted_rand_score([gold[a] for a in ids], [found[a] for a in ids])
            sizes = Counter(found.values())
            print(f"{float(value):9.2f}  {ari:.3f}  {len(sizes):7d}  {max(sizes.values()):7d}")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
