"""The stories stage alone, re-run over a copy of a stored corpus: story sizes and spans at scale.

    python benchmarks/story_rerun.py SOURCE.db COPY.db [--batch 512] [--set stories.KEY=VALUE ...]
        [--since 2016-01-01 --until 2016-12-31]
    python benchmarks/story_rerun.py SOURCE.db --report [--compare OTHER.db]

Copies SOURCE (never written) to COPY, forgets every story there (``story_thresholds.forget_stories``:
parsing and entity links stay), assigns stories again in stored order and chunks of ``--batch``
as ``analyze`` does, and prints what a reader of the corpus sees: how many stories, the share
that are one article, the largest story (articles, dates, undated members), the longest dated
span, how many stories last longer than ``story_span_days``, the largest storyline and the longest.
``--report`` prints the same of SOURCE as stored, without re-running anything. ``--order newest``
feeds the articles newest first instead (in the same chunks), and ``--compare OTHER.db`` prints
the adjusted Rand index of the two databases' stories over their common articles: the order
stability of the stage at the corpus's real density. ``--since``/``--until`` re-run only the
articles published in those days (the others are left without a story and are never candidates).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import time
from pathlib import Path

from story_thresholds import forget_stories

from newsprism.config import Settings, parse_assignments
from newsprism.evaluation.stories import adjusted_rand_score
from newsprism.store.store import Store
from newsprism.stories.cluster import assign_stories


def report(path: str, span_days: int) -> None:
    """The figures, read with plain read-only SQL."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.execute(
        "create temp table sizes as select story_id, count(*) n, sum(published is null) undated, "
        "min(published) first, max(published) last, "
        "julianday(max(published)) - julianday(min(published)) span "
        "from articles where status = 'ok' and story_id is not null group by story_id"
    )
    stories, singles, articles = conn.execute("select count(*), sum(n = 1), sum(n) from sizes").fetchone()
    print(f"articles in stories {articles}, stories {stories}")
    shares = f"{singles / stories:.1%} of stories, {singles / articles:.1%} of articles"
    print(f"single-article stories {singles} ({shares})")
    for label, order in (("largest story", "n desc"), ("longest dated span", "span desc, n desc")):
        row = conn.execute(
            f"select n, undated, first, last, span from sizes order by {order} limit 1"
        ).fetchone()
        print(f"{label}: {row[0]} articles ({row[1]} undated), {row[2]} .. {row[3]} ({row[4] or 0:.0f} days)")
    longer = conn.execute(
        "select count(*), coalesce(sum(n), 0) from sizes where span > ?", (span_days,)
    ).fetchone()
    print(f"stories lasting over {span_days} days: {longer[0]} ({longer[1]} articles)")
    line = conn.execute(
        "select s.storyline_id, count(distinct s.story_id), count(*), min(a.published), max(a.published), "
        "julianday(max(a.published)) - julianday(min(a.published)) "
        "from stories s join articles a on a.story_id = s.story_id "
        "group by s.storyline_id order by 3 desc limit 1"
    ).fetchone()
    lines = conn.execute("select count(distinct storyline_id) from stories").fetchone()[0]
    days = f"{line[5] or 0:.0f} days"
    print(
        f"storylines {lines}; largest: {line[1]} stories, {line[2]} articles, {line[3]} .. {line[4]} ({days})"
    )
    longest = conn.execute(
        "select count(*), max(days) from (select "
        "julianday(max(last_published)) - julianday(min(first_published)) days from stories "
        "where storyline_id is not null group by storyline_id) where days is not null"
    ).fetchone()
    print(f"longest storyline: {longest[1] or 0:.0f} days (dated storylines {longest[0]})")
    conn.close()


def compare(path: str, other: str) -> float:
    """ARI of the two databases' stories over the articles both have."""
    found = []
    for db in (path, other):
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        found.append(
            dict(conn.execute("select article_id, story_id from articles where story_id is not null"))
        )
        conn.close()
    common = sorted(set(found[0]) & set(found[1]))
    return adjusted_rand_score([found[0][a] for a in common], [found[1][a] for a in common])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("copy", nargs="?")
    parser.add_argument("--batch", type=int, default=512)
    parser.add_argument("--set", action="append", default=[], help="stories.KEY=VALUE")
    parser.add_argument("--report", action="store_true", help="only report SOURCE as stored")
    parser.add_argument("--order", choices=("stored", "newest"), default="stored")
    parser.add_argument("--compare", help="another database: ARI of its stories against these")
    parser.add_argument("--since", help="only articles published on or after this day")
    parser.add_argument("--until", help="only articles published on or before this day")
    args = parser.parse_args()
    settings = Settings.load(**parse_assignments(args.set))
    span = int(settings.stories.get("story_span_days") or 7)  # the bound, or a week where there is none
    if not Path(args.source).is_file():
        print(f"Error: {args.source}: no such database", file=sys.stderr)
        return 1
    if args.report or not args.copy:
        report(args.source, span)
        if args.compare:
            print(f"story ARI against {args.compare}: {compare(args.source, args.compare):.3f}")
        return 0
    if Path(args.copy).resolve() == Path(args.source).resolve():
        print(f"Error: {args.copy}: the copy must not be the source", file=sys.stderr)
        return 1
    shutil.copyfile(args.source, args.copy)
    store = Store(args.copy)
    started = time.perf_counter()
    forget_stories(store)
    with store.engine.connect() as conn:
        ids = [
            row[0]
            for row in conn.exec_driver_sql(
                "select article_id from articles where status = 'ok' order by stored_at, article_id"
            )
        ]
    if args.since or args.until:
        with store.engine.connect() as conn:
            day = "substr(coalesce(published, ''), 1, 10)"
            rows = conn.exec_driver_sql(f"select article_id, {day} from articles")
            published = {row[0]: row[1] for row in rows}
        low, high = args.since or "0000", args.until or "9999"
        ids = [aid for aid in ids if published[aid] and low <= published[aid] <= high]
    if args.order == "newest":
        with store.engine.connect() as conn:
            rows = conn.exec_driver_sql("select article_id, coalesce(published, '') from articles")
            published = {row[0]: row[1] for row in rows}
        ids.sort(key=lambda aid: (published[aid], aid), reverse=True)
    for i in range(0, len(ids), args.batch):
        assign_stories(store, ids[i : i + args.batch], settings)
    store.close()
    print(f"stories stage over {len(ids)} articles: {time.perf_counter() - started:.0f} s")
    report(args.copy, span)
    if args.compare:
        print(f"story ARI against {args.compare}: {compare(args.copy, args.compare):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
