"""What the comparison's shown items are when annotators never mark them, grouped, on one split
of BASIL dev (default: the tuning years 2010-2012): the tables of
``eval/compare_reads/dec2026_tune_errors41.md``.

    python benchmarks/compare_errors.py [--data ../shared/data/basil-dev] [--years 2010,2011,2012]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from compare_variants import load

from newsprism.evaluation.compare import DEFAULT_BASIL, TUNE_YEARS
from newsprism.stories.compare import compare_articles


def overlaps(item: dict, spans: list[tuple[int, int]]) -> bool:
    return any(item["start"] < e and s < item["end"] for s, e in spans)


def distinct_kind(item: dict) -> str:
    if "also in" in item["why"] or "most outlets carry" in item["why"]:
        return "a quotation other outlets carry too"
    if "largely a quotation" in item["why"]:
        return "largely a quotation the outlet prints alone"
    return "the outlet's prose with figures" if re.search(r"\d", item["text"]) else "the outlet's own prose"


def loaded_kind(item: dict, other_kind: list[tuple[int, int]]) -> str:
    if overlaps(item, other_kind):
        return "inside an informational span"
    if "quotation" in item["why"]:
        return "inside a quotation"
    near = "about " in item["why"]
    return "the outlet's word, next to a main actor" if near else "the outlet's word, no actor"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(DEFAULT_BASIL))
    parser.add_argument("--years", default=",".join(TUNE_YEARS))
    args = parser.parse_args()
    years = set(args.years.split(","))
    shown: dict[str, Counter] = {"distinct": Counter(), "loaded": Counter()}
    right: dict[str, Counter] = {"distinct": Counter(), "loaded": Counter()}
    for t in load(Path(args.data)):
        if t["year"] not in years:
            continue
        found = compare_articles(t["articles"], t["quotes"], t["mentions"], t["events"], t["names"])
        for row in found["outlets"]:
            for item in row["distinct"]:
                gold = t["gold"][item["article_id"]]
                kind = distinct_kind(item)
                shown["distinct"][kind] += 1
                right["distinct"][kind] += overlaps(item, gold["inf"])
            for item in row["loaded"]:
                gold = t["gold"][item["article_id"]]
                kind = loaded_kind(item, gold["inf"])
                shown["loaded"][kind] += 1
                right["loaded"][kind] += overlaps(item, gold["lex"])
    for key, counts in shown.items():
        print(f"{key}: {sum(right[key].values())} of {sum(counts.values())} shown items on a span")
        for kind, n in counts.most_common():
            print(f"  {kind:50s} {n:4d} {right[key][kind]:4d} {right[key][kind] / n:.2f}")


if __name__ == "__main__":
    main()
