"""Re-post matches in a stored corpus under the current rules, read-only: how many, and which.

    python benchmarks/story_duplicates.py SOURCE.db [--since 2016-01-01] [--until 2016-12-31]
        [--list] [--set stories.KEY=VALUE ...]

Fingerprints every ok article of SOURCE (published in the range, when one is given), finds the
candidate copies by LSH band as the stories stage does, and counts the pairs that
``features.is_copy`` (MinHash containment) calls copies and those the stage keeps after the
exact check of the texts (``duplicates.is_verified_copy``). Printed per kind of pair (same outlet or
not, published more than ``duplicate_near_days`` apart or not) and, with ``--list``, every pair
with its outlets, dates, spread and titles, so that a reader can judge which are re-posts.
Nothing is written.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

from newsprism.config import Settings, parse_assignments
from newsprism.stories.duplicates import body_containment, days_apart, is_verified_copy
from newsprism.stories.features import StoryConfig, band_hashes, fingerprint, is_copy


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("--since", default="0000")
    parser.add_argument("--until", default="9999")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--set", action="append", default=[], help="stories.KEY=VALUE")
    args = parser.parse_args()
    if not Path(args.source).is_file():
        print(f"Error: {args.source}: no such database", file=sys.stderr)
        return 1
    config = StoryConfig.from_settings(Settings.load(**parse_assignments(args.set)))
    conn = sqlite3.connect(f"file:{args.source}?mode=ro", uri=True)
    rows = conn.execute(
        "select article_id, outlet, published, title, text from articles where status = 'ok' "
        "and substr(coalesce(published, ''), 1, 10) between ? and ?",
        (args.since, args.until + "~"),
    ).fetchall()
    conn.close()
    info = {row[0]: row[1:] for row in rows}
    prints = {}
    by_band: dict[int, list[str]] = {}
    for aid, (_, _, _, text) in info.items():
        prints[aid] = fingerprint(text or "", config)
        for band in band_hashes(prints[aid][0], config.lsh_bands):
            by_band.setdefault(band, []).append(aid)
    pairs = {tuple(sorted(p)) for ids in by_band.values() for p in combinations(ids, 2)}
    counts: Counter[tuple[str, str, str]] = Counter()
    for a, b in sorted(pairs):
        if not is_copy(prints[a], prints[b], config):
            continue
        (outlet_a, day_a, title_a, text_a), (outlet_b, day_b, title_b, text_b) = info[a], info[b]
        kept = is_verified_copy(text_a or "", day_a, text_b or "", day_b, config)
        same = "same outlet" if outlet_a == outlet_b else "two outlets"
        far = days_apart(day_a, day_b) > config.duplicate_near_days
        when = f"over {config.duplicate_near_days} days apart" if far else "near in time"
        counts[(same, when, "kept" if kept else "dropped")] += 1
        if args.list:
            body = body_containment(text_a or "", text_b or "", config)
            print(
                f"{'KEEP' if kept else 'DROP'} {body:.2f} {outlet_a} {day_a} | {outlet_b} {day_b} | "
                f"{(title_a or '')[:60]} | {(title_b or '')[:60]}"
            )
    print(f"{len(info)} articles, {len(pairs)} candidate pairs")
    for key in sorted(counts):
        print(f"{key[0]}, {key[1]}, {key[2]}: {counts[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
