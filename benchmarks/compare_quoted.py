"""Round 45b's check of quoted words in the loaded list on BASIL dev: how many of the annotators'
lexical spans lie inside a quotation the quote stage found, against how many shown loaded words
do, how often each is right, and what dropping or weighing down quoted words would give. Each
idea is printed on 2010-2012 (tune) beside 2013-2014 (held-out).

    python benchmarks/compare_quoted.py [--data ../shared/data/basil-dev]

"Inside a quotation" is the comparison's own test: the item lies within a stored direct or
partial quote (``kind != "indirect"``). The loaded view is the shipped ranking re-weighted, then
cut by ``loaded.shortlist`` as the default view is. Parsing comes from ``eval compare``'s cache.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from newsprism.evaluation.compare import DEFAULT_BASIL, TUNE_YEARS
from newsprism.stories import loaded as loaded_rules

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare_predicates import scored  # noqa: E402
from compare_variants import load, ranked  # noqa: E402


def inside(start: int, end: int, spans: list) -> bool:
    return any(s <= start and end <= e for s, e, _ in spans)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_BASIL)
    args = parser.parse_args()
    triplets = load(args.data)
    _, loaded, _ = ranked(triplets)
    years = {a.article_id: t["year"] for t in triplets for a in t["articles"]}
    gold = {aid: g for t in triplets for aid, g in t["gold"].items()}
    quotes: dict[str, list] = {aid: [] for aid in years}
    for t in triplets:
        for q in t["quotes"]:
            if q.kind != "indirect":
                quotes[q.article_id].append((q.start, q.end, bool(q.speaker or q.speaker_mention)))

    def quoted(aid, item):
        return inside(item["start"], item["end"], quotes[aid])

    print("lexical spans and shown loaded words inside a stored quotation: tune · held-out")
    for tune in (True, False):
        counts = Counter()
        for aid, kinds in gold.items():
            if (years[aid] in TUNE_YEARS) != tune:
                continue
            for s, e in kinds["lex"]:
                counts["spans"] += 1
                counts["spans quoted"] += inside(s, e, quotes[aid])
            for item in loaded_rules.shortlist(loaded.get(aid, []), 10):
                right = any(item["start"] < e and s < item["end"] for s, e in kinds["lex"])
                where = "quoted" if quoted(aid, item) else "own"
                counts[f"shown {where}"] += 1
                counts[f"right {where}"] += right
        print(
            f"  {'tune' if tune else 'held-out'}: lexical spans {counts['spans']}, inside a quotation "
            f"{counts['spans quoted']} ({counts['spans quoted'] / max(1, counts['spans']):.2f}); shown "
            f"{counts['shown own'] + counts['shown quoted']}, inside a quotation {counts['shown quoted']} "
            f"(right {counts['right quoted']}/{counts['shown quoted']}), own voice right "
            f"{counts['right own']}/{counts['shown own']}"
        )

    def own(item):
        """A quoted word whose nearest main actor is its own speaker (the attribution beside it)."""
        found = re.search(r"quoted: (.+?)’s? word", item["why"])
        return bool(found) and f"about {found.group(1)}" in item["why"]

    def view(factor):
        found = {}
        for aid, items in loaded.items():
            again = [dict(i, score=i["score"] * factor(aid, i)) for i in items]
            again = [i for i in again if i["score"] >= loaded_rules.MIN_SCORE]
            found[aid] = loaded_rules.shortlist(sorted(again, key=lambda i: (-i["score"], i["start"])), 10)
        return found

    print("loaded vs lexical spans: tune · held-out")
    for name, factor in (
        ("shipped", lambda aid, i: 1.0),
        ("quoted dropped", lambda aid, i: 0.0 if quoted(aid, i) else 1.0),
        ("quoted x0.5", lambda aid, i: 0.5 if quoted(aid, i) else 1.0),
        ("quoted x0.7", lambda aid, i: 0.7 if quoted(aid, i) else 1.0),
        ("quoted x1.2", lambda aid, i: 1.2 if quoted(aid, i) else 1.0),
        ("quoted, also carried elsewhere, dropped", lambda a, i: 0.0 if "also_carried_by" in i else 1.0),
        ("quoted, its speaker the actor beside it, x0.58", lambda a, i: 0.7 / 1.2 if own(i) else 1.0),
    ):
        found = view(factor)
        tune, held = scored(found, gold, "lex", years, True), scored(found, gold, "lex", years, False)
        print(f"  {name}: {tune} · {held}")


if __name__ == "__main__":
    main()
