"""Why same-event articles of a hand-grouped AllSides week land in different stories.

    python benchmarks/story_split_pairs.py [--week eval/allsides_stories] [--set stories.K=V ...] [--list]

Runs the week as ``newsprism eval stories`` does (shuffled batches of 16, entities linked per
batch), then takes every pair of articles the gold puts in one story and the system in two, and
says which part of ``features.linked`` fails for it, measured with the week's final document
frequencies: more than ``story_window_days`` apart, leads unlike (``development_threshold``),
words too unlike for any link (``actor_link_threshold``), alike only enough for the actor rule
but sharing no actor or further than ``actor_window_days`` apart, or linked yet not joined (the
share, merge or span rule). Also counts the pairs the system joins that the gold splits.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path
from tempfile import TemporaryDirectory

from sqlalchemy import select

from newsprism.config import Settings, parse_assignments
from newsprism.entities import link_articles
from newsprism.evaluation import allsides_stories
from newsprism.evaluation.stories import adjusted_rand_score
from newsprism.evaluation.story_data import extracted
from newsprism.store.schema import story_articles_table, story_terms_table
from newsprism.store.store import Store
from newsprism.stories.cluster import DOCS, assign_stories
from newsprism.stories.features import StoryConfig, actors, cosine_with, split_terms, weigh
from newsprism.stories.link_rules import distinct_actors

REPO = Path(__file__).resolve().parents[1]


def reason(a: dict, b: dict, gap: int, config: StoryConfig) -> str:
    """Which condition of ``features.linked`` the pair fails, or "linked"."""
    (kept_a, lead_a), (kept_b, lead_b) = a, b
    if gap > config.story_window_days:
        return "over the story window"
    lead = cosine_with(lead_a, lead_b, 1.0)
    text = cosine_with(kept_a, kept_b, 1.0)
    if config.development_threshold > 0 and lead_a and lead_b and lead < config.development_threshold:
        return "leads unlike"
    if text >= config.link_threshold:
        return "linked"
    if text < config.actor_link_threshold:
        return "words unlike"
    if gap > config.actor_window_days:
        return "actor rule: too far apart"
    if distinct_actors(actors(kept_a) & actors(kept_b)) < config.shared_actors:
        return "actor rule: no shared actor"
    return "linked"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--week", type=Path, default=REPO / "eval" / "allsides_stories")
    parser.add_argument("--set", action="append", default=[], help="stories.KEY=VALUE")
    parser.add_argument("--list", action="store_true", help="print every split pair")
    args = parser.parse_args()
    data = allsides_stories.DEFAULT_ALLSIDES
    gold_file = args.week / "gold.jsonl"
    if not data.exists() or not gold_file.exists():
        print(f"Error: {gold_file}: no gold or no shared AllSides data", file=sys.stderr)
        return 1
    settings = Settings.load(**parse_assignments(args.set))
    config = StoryConfig.from_settings(settings)
    gold = {
        row["id"]: row["story"] for row in map(json.loads, gold_file.read_text("utf-8").splitlines()) if row
    }
    pairs = extracted(allsides_stories.load(data, set(gold)), settings)
    raw = {article.article_id: article for article, _ in pairs}
    ids = list(raw)
    random.Random(allsides_stories.SEED).shuffle(ids)
    with TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "week.db"))
        by_id = {article.article_id: (article, extraction) for article, extraction in pairs}
        for i in range(0, len(ids), allsides_stories.BATCH):
            batch = ids[i : i + allsides_stories.BATCH]
            for aid in batch:
                store.save_article(*by_id[aid])
            link_articles(store, batch)
            assign_stories(store, batch, settings)
        found = {a.article_id: a for a in store.articles()}
        with store.engine.connect() as conn:
            df = dict(conn.execute(select(story_terms_table.c.term, story_terms_table.c.df)).all())
            rows = conn.execute(select(story_articles_table)).all()
        store.close()
    docs = df.get(DOCS, 1)
    vectors = {}
    for row in rows:
        kept, lead = split_terms(dict(row.terms or {}))
        vectors[row.article_id] = (
            weigh(Counter(kept), df, docs, config),
            weigh(Counter(lead), df, docs, config),
        )
    days = {row.article_id: row.day for row in rows}
    reasons: Counter[str] = Counter()
    joined_wrongly = 0
    for a, b in combinations(sorted(gold), 2):
        same_gold = gold[a] == gold[b]
        same_found = found[a].story_id == found[b].story_id
        joined_wrongly += same_found and not same_gold
        if args.list and same_found and not same_gold:
            print(f"JOINED {gold[a]} + {gold[b]}: {raw[a].title[:60]} | {raw[b].title[:60]}")
        if not same_gold or same_found:
            continue
        if a not in vectors or b not in vectors:
            why = "a copy or not stored"
        else:
            why = reason(vectors[a], vectors[b], abs(days[a] - days[b]), config)
            if why == "linked":
                why = "linked, not joined (share, merge or span rule)"
        reasons[why] += 1
        if args.list:
            lead = cosine_with(vectors[a][1], vectors[b][1], 1.0) if a in vectors and b in vectors else 0
            text = cosine_with(vectors[a][0], vectors[b][0], 1.0) if a in vectors and b in vectors else 0
            print(
                f"{gold[a]}: {why}; text {text:.2f} lead {lead:.2f}\n"
                f"   {raw[a].outlet} {raw[a].published}: {raw[a].title}\n"
                f"   {raw[b].outlet} {raw[b].published}: {raw[b].title}"
            )
    ari = adjusted_rand_score([gold[a] for a in ids], [found[a].story_id for a in ids])
    print(f"{args.week.name}: story ARI {ari:.3f}, {len(ids)} articles")
    print(
        f"{args.week.name}: same-story pairs split {sum(reasons.values())}, "
        f"other pairs joined {joined_wrongly}"
    )
    for why, n in reasons.most_common():
        print(f"  {why}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
