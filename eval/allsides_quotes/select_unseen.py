"""Choose the articles of an unseen quotes set: a seeded shuffle of the AllSides corpus.

Run from the repository root, at the commit before the set was added (the sets added since then
count as used), e.g. ``python3 eval/allsides_quotes/select_unseen.py --seed 20261206 --min-marks 10
--same-story-days 3 --count 10`` (unseen3); ``--period-days 30`` also leaves out undated articles
and any published within 30 days of an article of a quote set (unseen5); ``--require REGEX`` keeps only texts matching it (unseen6 drew its exchanges and
colon lead-ins so); ``--quote-brands-only`` (unseen12, when the
corpus had no outlet brand left that no set used) excludes only the brands of the quote sets, so an
outlet that only a people, events or stories set drew from may be drawn; ``--any-brand`` (unseen16,
when every brand had been drawn once) excludes no brand, so the set stays new only by its articles
and, with ``--period-days``, by its months. It prints the first
candidates, one per outlet brand.
Excluded: any article of an ``eval/allsides_*`` set, any outlet brand (first word of the outlet
name) of those sets, opinion outlets, and, with ``--same-story-days``, any article on the same
story as a used one (same topic, published within that many days of it).
"""

import argparse
import datetime
import glob
import gzip
import json
import random
import re
from pathlib import Path

CORPUS = Path("..") / "shared" / "data" / "allsides" / "articles.jsonl.gz"
OPINION = re.compile(r"opinion|editorial|guest writer|flip side|institute", re.I)
CUES = re.compile(r"\b(said|says|told|according to)\b")


def used_ids() -> set[str]:
    """Every 16-character id named in an eval/allsides_* file."""
    ids: set[str] = set()
    for name in glob.glob("eval/allsides_*/*"):
        if name.endswith((".json", ".jsonl")):
            ids |= set(re.findall(r'"([A-Za-z0-9]{16})"', Path(name).read_text("utf-8")))
    return ids


def quote_set_ids() -> set[str]:
    """The AllSides ids of the quote sets (their periods are the ones ``--period-days`` avoids)."""
    ids: set[str] = set()
    for name in glob.glob("eval/allsides_quotes/*.jsonl"):
        ids |= set(re.findall(r'"allsides_id": "([A-Za-z0-9]{16})"', Path(name).read_text("utf-8")))
    return ids


def day(record: dict) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat((record.get("published") or "")[:10])
    except ValueError:
        return None


def brand(record: dict) -> str:
    return (record.get("outlet") or "?").split()[0].lower()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--min-marks", type=int, default=8, help="quotation marks an article has at least")
    parser.add_argument("--same-story-days", type=int, default=0, help="0: no same-story exclusion")
    parser.add_argument(
        "--period-days",
        type=int,
        default=0,
        help="0: off; else skip undated articles and any within that many days of a quote set's",
    )
    parser.add_argument("--max-words", type=int, default=700, help="longest article taken, in words")
    parser.add_argument("--count", type=int, default=8, help="candidates printed")
    parser.add_argument(
        "--require",
        default="",
        help="a regular expression the text must match (to draw articles of one kind: exchanges, colon lead-ins)",
    )
    parser.add_argument(
        "--quote-brands-only",
        action="store_true",
        help="exclude only the outlet brands of eval/allsides_quotes (every used article stays excluded)",
    )
    parser.add_argument(
        "--any-brand",
        action="store_true",
        help="exclude no outlet brand (every used article stays excluded; pair with --period-days)",
    )
    args = parser.parse_args()
    used = used_ids()
    records = [json.loads(line) for line in gzip.open(CORPUS, "rt", encoding="utf-8")]
    quote_ids = quote_set_ids()
    brand_ids = quote_ids if args.quote_brands_only else used
    used_brands = set() if args.any_brand else {brand(r) for r in records if r["id"] in brand_ids}
    used_stories = [(r.get("topic"), day(r)) for r in records if r["id"] in used]

    def same_story(r: dict) -> bool:
        when = day(r)
        return args.same_story_days > 0 and any(
            topic == r.get("topic") and when and other and abs((when - other).days) <= args.same_story_days
            for topic, other in used_stories
        )

    used_days = [day(r) for r in records if r["id"] in quote_ids and day(r)]

    def same_period(r: dict) -> bool:
        when = day(r)
        if args.period_days <= 0:
            return False
        return when is None or any(abs((when - other).days) <= args.period_days for other in used_days)

    candidates = []
    for r in records:
        text = r.get("text") or ""
        if r["id"] in used or brand(r) in used_brands or OPINION.search(r.get("outlet") or ""):
            continue
        if not 350 <= len(text.split()) <= args.max_words:
            continue
        if text.count("“") + text.count('"') < args.min_marks or len(CUES.findall(text)) < 5:
            continue
        if same_story(r) or same_period(r):
            continue
        if args.require and not re.search(args.require, text):
            continue
        candidates.append(r)
    candidates.sort(key=lambda r: r["id"])
    random.Random(args.seed).shuffle(candidates)
    seen: set[str] = set()
    for r in candidates:
        if brand(r) in seen:
            continue
        seen.add(brand(r))
        print(r["id"], r["outlet"], r["topic"], r.get("published"), len(r["text"].split()), sep="\t")
        if len(seen) == args.count:
            break


if __name__ == "__main__":
    main()
