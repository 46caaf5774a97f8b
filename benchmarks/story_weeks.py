"""Story and storyline figures of every hand-grouped AllSides week, as ``newsprism eval stories`` runs them.

    python benchmarks/story_weeks.py [--week eval/allsides_stories_sep2019 ...] [--set stories.K=V ...]

Runs each week (all ``eval/allsides_stories*/`` by default) through
``evaluation.allsides_stories.run`` and prints story ARI, storyline ARI and the share of
multi-outlet stories with a two-outlet timeline row, one line per week: the real-news half of
the eval without BASIL, to measure a setting on every week at once.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsprism.config import Settings, parse_assignments
from newsprism.evaluation import allsides_stories
from newsprism.evaluation.stories import adjusted_rand_score

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--week", type=Path, action="append", default=[])
    parser.add_argument("--set", action="append", default=[], help="stories.KEY=VALUE")
    args = parser.parse_args()
    weeks = args.week or sorted(p for p in (REPO / "eval").glob("allsides_stories*") if p.is_dir())
    settings = Settings.load(**parse_assignments(args.set))
    for week in weeks:
        gold = week / "gold.jsonl"
        figures = allsides_stories.run(settings, adjusted_rand_score, gold_file=gold, prefix="w")
        if not figures:
            print(f"Error: {gold}: no gold or no shared AllSides data", file=sys.stderr)
            continue
        print(
            f"{week.name:28} articles {figures['w_articles']:4}  story {figures['w_story_ari']:.3f}"
            f"  storyline {figures['w_storyline_ari']:.3f}"
            f"  2-outlet row {figures['w_multi_outlet_stories_with_2_outlet_row']:.2f}"
            f"  stories {figures['w_stories_found']}/{figures['w_stories_gold']}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
