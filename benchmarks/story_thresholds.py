"""How the story-linking thresholds were chosen: a grid over BASIL dev, tuned on 2010-2012 and
checked on 2013-2014 (never tuned on), articles in shuffled batches as ``eval stories`` feeds them.

    python benchmarks/story_thresholds.py [--data ../shared/data/basil-dev] [--lead]

``--lead`` instead reads only each article's first N words (``lead_words``) at the configured
thresholds, for several N.

Parsing comes from the evaluation's cache; entities are linked once, then only the stories
stage runs again for each setting.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from tempfile import TemporaryDirectory

from sqlalchemy import delete, update

from newsprism.config import Settings
from newsprism.entities import link_articles
from newsprism.evaluation.stories import BATCH, DEFAULT_BASIL, REPOSTS, SEED, adjusted_rand_score
from newsprism.evaluation.story_data import extracted, load_basil, make_repost
from newsprism.store import schema
from newsprism.store.store import Store
from newsprism.stories.cluster import assign_stories

STORY_TABLES = (
    "stories",
    "story_merges",
    "story_signatures",
    "story_bands",
    "story_terms",
    "story_profiles",
    "story_blocks",
    "story_articles",
    "story_article_blocks",
)


def forget_stories(store: Store) -> None:
    """Every story, signature and block gone and no article in a story: the stage runs afresh
    on the stored, entity-linked articles (so a grid does not re-parse or re-link)."""
    with store.engine.begin() as conn:
        for name in STORY_TABLES:
            conn.execute(delete(schema.metadata.tables[name]))
        conn.execute(update(schema.articles_table).values(story_id=None, duplicate_of=None))


LINK = (0.2, 0.25, 0.3, 0.35, 0.4)
ACTOR_LINK = (0.08, 0.1, 0.12, 0.15, 0.2, 1.0)  # 1.0: no actor rule
LEAD_WORDS = (0, 100, 150, 200, 300)  # 0: the whole text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_BASIL)
    parser.add_argument("--lead", action="store_true", help="sweep lead_words instead of the thresholds")
    args = parser.parse_args()
    if not (args.data / "articles").is_dir():
        print(f"Error: {args.data}: no BASIL articles/ folder here", file=sys.stderr)
        return 1
    settings = Settings.load()
    rng = random.Random(SEED)
    basil = load_basil(args.data)
    gold = {raw.given_id: triplet for raw, triplet in basil}
    year = {raw.given_id: (raw.published or "0000")[:4] for raw, _ in basil}
    originals = [raw for raw, _ in basil]
    reposts = [make_repost(raw, i, rng) for i, raw in enumerate(rng.sample(originals, REPOSTS))]
    pairs = extracted(originals + reposts, settings)
    ids = [a.article_id for a, _ in pairs]
    rng.shuffle(ids)
    tune = [a for a in gold if year[a] <= "2012"]
    check = [a for a in gold if year[a] >= "2013"]
    with TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "grid.db"))
        for article, extraction in pairs:
            store.save_article(article, extraction)
        link_articles(store, ids)
        stories = settings.stories
        grid = [(stories["link_threshold"], stories["actor_link_threshold"], lead) for lead in LEAD_WORDS]
        if not args.lead:
            grid = [(link, actor, stories["lead_words"]) for link in LINK for actor in ACTOR_LINK]
        print("link  actor  lead   ARI 2010-12  ARI 2013-14  stories")
        for link, actor, lead in grid:
            forget_stories(store)
            config = dict(stories, link_threshold=link, actor_link_threshold=actor, lead_words=lead)
            run_settings = settings.with_(stories=config)
            for i in range(0, len(ids), BATCH):
                assign_stories(store, ids[i : i + BATCH], run_settings)
            found = {a.article_id: a.story_id for a in store.articles()}
            scores = [
                adjusted_rand_score([gold[a] for a in part], [found[a] for a in part])
                for part in (tune, check)
            ]
            count = len(set(found.values()))
            print(f"{link:4.2f}  {actor:5.2f}  {lead:4d}  {scores[0]:11.3f}  {scores[1]:11.3f}  {count:7d}")
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
