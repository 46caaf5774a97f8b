"""BASIL dev's timeline figures alone (the first stage run of ``newsprism eval stories``, without
the AllSides weeks): stories with a 2-outlet row, shown rows naming their actor, rows per story,
all rows naming their actor. Extractions come from the eval cache as ``eval stories`` makes them.

    PYTHONPATH=src python3 eval/timeline_rows47/basil_timeline.py [--set stories.KEY=VALUE ...]
"""

from __future__ import annotations

import random
import sys
from tempfile import TemporaryDirectory

from newsprism.config import Settings, parse_assignments
from newsprism.evaluation import stories as story_eval
from newsprism.evaluation.story_data import extracted, load_basil, make_repost


def main() -> None:
    assignments = [a for a in sys.argv[1:] if a != "--set"]
    settings = Settings.load(**parse_assignments(assignments))
    rng = random.Random(story_eval.SEED)
    basil = load_basil(story_eval.DEFAULT_BASIL)
    triplet_of = {raw.given_id: triplet for raw, triplet in basil}
    originals = [raw for raw, _ in basil]
    reposts = [make_repost(raw, i, rng) for i, raw in enumerate(rng.sample(originals, story_eval.REPOSTS))]
    pairs = extracted(originals + reposts, settings)
    ids = [article.article_id for article, _ in pairs]
    shuffled = list(ids)
    rng.shuffle(shuffled)
    batches = [shuffled[i : i + story_eval.BATCH] for i in range(0, len(ids), story_eval.BATCH)]
    with TemporaryDirectory() as tmp:
        _, figures = story_eval._stage_run(pairs, batches, settings, tmp, "a", dict(triplet_of))
    for key, value in figures.items():
        print(f"{key} {value:.4f}")


if __name__ == "__main__":
    main()
