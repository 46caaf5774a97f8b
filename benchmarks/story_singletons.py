"""Why single-article stories stayed alone: a seeded sample of them from a stored corpus, each
with its closest article published within ``story_window_days`` and the rule that kept them apart.

    python benchmarks/story_singletons.py DB [--sample 40] [--seed 19]

Reads the database only (SQLite, opened read-only). For each sampled singleton the closest other
article (by the cosine of their kept terms, weighed with the stored document frequencies) is
compared with the stage's own rules (``features.linked``) and the reason printed:

* ``undated``: no publication date, so only undated articles (stored the same night) are compared;
* ``nothing alike``: no article within the window reaches ``actor_link_threshold``;
* ``alike, no shared actor``: words alike enough for the actor rule, but no actor shared (or
  further apart than ``actor_window_days``) and below ``link_threshold``;
* ``leads differ``: the pair links by words and actors, but the leads tell other developments;
* ``links, not joined``: the pair links by the rules, yet the article stayed alone (a candidate
  not found in the blocks, too few of the story's members linked, or the story's span).

Then the share of each reason over the sample and, for reading, both headlines.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
from collections import Counter

from newsprism.config import Settings
from newsprism.stories.features import StoryConfig, actors, cosine_with, linked, split_terms, weigh


def _open(path: str) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _singletons(conn: sqlite3.Connection) -> list[tuple[str, str | None]]:
    rows = conn.execute(
        "select min(article_id), min(published) from articles where status = 'ok' and story_id is not null "
        "group by story_id having count(*) = 1"
    )
    return sorted(rows)


def _vectors(conn, ids, df, docs, config):
    """Each article's (day, kept-term vector, lead vector)."""
    found = {}
    for i in range(0, len(ids), 400):
        chunk = ids[i : i + 400]
        marks = ",".join("?" * len(chunk))
        for aid, day, terms in conn.execute(
            f"select article_id, day, terms from story_articles where article_id in ({marks})", chunk
        ):
            kept, lead = split_terms(json.loads(terms))
            found[aid] = (day, weigh(Counter(kept), df, docs, config), weigh(Counter(lead), df, docs, config))
    return found


def _df(conn, vectors_terms) -> tuple[dict[str, int], int]:
    terms = sorted(vectors_terms | {""})
    df: dict[str, int] = {}
    for i in range(0, len(terms), 400):
        chunk = terms[i : i + 400]
        marks = ",".join("?" * len(chunk))
        df.update(conn.execute(f"select term, df from story_terms where term in ({marks})", chunk))
    return df, df.get("", 1)


def _reason(config, item, best, gap) -> str:
    day, vector, lead = item
    _, other, other_lead = best
    text = cosine_with(vector, other, 1.0)
    if text < config.actor_link_threshold:
        return "nothing alike"
    if linked(vector, other, gap, config, leads=(lead, other_lead)):
        return "links, not joined"
    if linked(vector, other, gap, config):
        return "leads differ"
    return "alike, no shared actor"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args()
    config = StoryConfig.from_settings(Settings.load())
    try:
        conn = _open(args.db)
        singles = _singletons(conn)
    except sqlite3.Error as error:
        print(f"Error: {args.db}: {error}", file=sys.stderr)
        return 1
    undated = sum(1 for _, published in singles if not published)
    print(f"{len(singles)} singleton stories, {undated} of them undated")
    sample = random.Random(args.seed).sample(singles, min(args.sample, len(singles)))
    reasons: Counter[str] = Counter()
    for aid, published in sample:
        title = conn.execute("select outlet, title from articles where article_id = ?", (aid,)).fetchone()
        if not published:
            reasons["undated"] += 1
            print(f"undated | {title[0]} | {title[1]}")
            continue
        near = [
            row[0]
            for row in conn.execute(
                "select article_id from articles where status = 'ok' and duplicate_of is null "
                "and article_id != ? and published between date(?, ?) and date(?, ?)",
                (
                    aid,
                    published,
                    f"-{config.story_window_days} days",
                    published,
                    f"+{config.story_window_days} days",
                ),
            )
        ]
        raw = {}
        ids = [aid, *near]
        for i in range(0, len(ids), 400):
            chunk = ids[i : i + 400]
            marks = ",".join("?" * len(chunk))
            for other, terms in conn.execute(
                f"select article_id, terms from story_articles where article_id in ({marks})", chunk
            ):
                raw[other] = json.loads(terms)
        df, docs = _df(conn, {t for terms in raw.values() for t in terms})
        found = _vectors(conn, ids, df, docs, config)
        if aid not in found:
            reasons["no terms stored"] += 1
            continue
        item = found[aid]
        others = [o for o in near if o in found]
        if not others:
            reasons["nothing alike"] += 1
            print(f"nothing alike (no article within the window) | {title[0]} | {title[1]}")
            continue
        best_id = max(others, key=lambda o: (cosine_with(item[1], found[o][1], 1.0), o))
        best = found[best_id]
        gap = abs(item[0] - best[0])
        reason = _reason(config, item, best, gap)
        reasons[reason] += 1
        shared = sorted(actors(item[1]) & actors(best[1]))[:3]
        other_title = conn.execute(
            "select outlet, title from articles where article_id = ?", (best_id,)
        ).fetchone()
        text, lead = cosine_with(item[1], best[1], 1.0), cosine_with(item[2], best[2], 1.0)
        print(
            f"{reason} | text {text:.2f} lead {lead:.2f} gap {gap} shared {shared}"
            f" | {title[0]}: {title[1]} || {other_title[0]}: {other_title[1]}"
        )
    print()
    for reason, count in reasons.most_common():
        print(f"{reason:24} {count:4d}  {count / len(sample):.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
