"""Would weighing shared actors by how common they are keep a busy week's developments apart?

    python benchmarks/story_pairs.py [--data ../shared/data/basil-dev]

Two articles are linked by the actor rule (``features.linked``) when their text cosine lies
between ``actor_link_threshold`` and ``link_threshold``, they are at most ``actor_window_days``
apart and name the same person or organisation. For every such pair of BASIL dev and of the
AllSides development week (``eval/allsides_stories``) this counts the pairs of one gold story and
of two, by the share of all articles naming the rarest actor they share (an inverse document
frequency) and by how much of their cosine their shared actors give. A rule that drops links
through common actors helps only if different-story pairs share commoner actors than
same-story pairs do.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from tempfile import TemporaryDirectory

from sqlalchemy import select

from newsprism.config import Settings
from newsprism.evaluation import allsides_stories
from newsprism.evaluation.stories import BATCH, DEFAULT_BASIL, REPOSTS, SEED
from newsprism.evaluation.story_data import extracted, load_basil, make_repost
from newsprism.store.schema import story_articles_table, story_terms_table
from newsprism.store.store import Store
from newsprism.stories.cluster import DOCS
from newsprism.stories.features import StoryConfig, actors, cosine_with, split_terms, weigh

SHARES = (0.05, 0.1, 0.2, 1.01)  # upper bounds of the document-share buckets


def weak_links(store: Store, gold: dict[str, str], config: StoryConfig) -> list[tuple[bool, float, float]]:
    """(same gold story, document share of the rarest shared actor, shared actors' part of the
    cosine) of every pair the actor rule alone links."""
    with store.engine.connect() as conn:
        df = {row.term: row.df for row in conn.execute(select(story_terms_table))}
        stored = {row.article_id: (row.day, row.terms) for row in conn.execute(select(story_articles_table))}
    vectors = {
        aid: (day, weigh(Counter(split_terms(terms)[0]), df, df[DOCS], config))
        for aid, (day, terms) in stored.items()
    }
    ids = sorted(aid for aid in vectors if aid in gold)
    found = []
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            (day_a, va), (day_b, vb) = vectors[a], vectors[b]
            shared = actors(va) & actors(vb)
            if abs(day_a - day_b) > config.actor_window_days or not shared:
                continue
            text = cosine_with(va, vb, 1.0)
            if not config.actor_link_threshold <= text < config.link_threshold:
                continue
            rarest = min(df.get(key, 0) for key in shared) / df[DOCS]
            found.append((gold[a] == gold[b], rarest, sum(va[k] * vb[k] for k in shared)))
    return found


def run_set(name: str, pairs, gold: dict[str, str], ids: list[str], batch: int, settings: Settings) -> None:
    config = StoryConfig.from_settings(settings)
    with TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "pairs.db"))
        allsides_stories.store_in_batches(store, pairs, ids, batch, settings)
        links = weak_links(store, gold, config)
        store.close()
    print(f"{name}: {len(links)} pairs linked by the actor rule alone")
    print("  rarest shared actor in   same story  other story")
    low = 0.0
    for high in SHARES:
        same = sum(1 for s, share, _ in links if s and low <= share < high)
        other = sum(1 for s, share, _ in links if not s and low <= share < high)
        print(f"  {low:4.2f}-{min(high, 1.0):4.2f} of articles  {same:11d}  {other:11d}")
        low = high
    for same in (True, False):
        part = sorted(p for s, _, p in links if s == same)
        if part:
            print(
                f"  {'same' if same else 'other'} story: shared actors give {part[len(part) // 2]:.3f} "
                f"of the cosine (median; {part[0]:.3f}-{part[-1]:.3f})"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_BASIL)
    args = parser.parse_args()
    if not (args.data / "articles").is_dir():
        print(f"Error: {args.data}: no BASIL articles/ folder here", file=sys.stderr)
        return 1
    settings = Settings.load()
    rng = random.Random(SEED)  # the evaluation's articles and re-posts: its parse cache serves
    basil = load_basil(args.data)
    gold = {raw.given_id: triplet for raw, triplet in basil}
    originals = [raw for raw, _ in basil]
    reposts = [make_repost(raw, i, rng) for i, raw in enumerate(rng.sample(originals, REPOSTS))]
    pairs = extracted(originals + reposts, settings)
    ids = [article.article_id for article, _ in pairs]
    rng.shuffle(ids)
    run_set("BASIL dev", pairs, gold, ids, BATCH, settings)
    if allsides_stories.DEFAULT_ALLSIDES.exists() and allsides_stories.GOLD.exists():
        rows = [json.loads(line) for line in allsides_stories.GOLD.read_text("utf-8").splitlines() if line]
        story = {row["id"]: row["story"] for row in rows}
        pairs = extracted(allsides_stories.load(allsides_stories.DEFAULT_ALLSIDES, set(story)), settings)
        ids = [article.article_id for article, _ in pairs]
        random.Random(allsides_stories.SEED).shuffle(ids)
        run_set("AllSides 2019-12-16..20", pairs, story, ids, allsides_stories.BATCH, settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
