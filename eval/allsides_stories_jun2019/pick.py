"""Draw the days of a new hand-grouped AllSides week (issue 19, branch ``stories47``; copied for ``stories48``, ``stories49``, ``stories50a`` and ``stories51``).

    python3 eval/allsides_stories_XXX/pick.py [SEED]

``random.Random(SEED)`` draws days of 2017-01-01 .. 2020-07-31 until one is at least ten days
from every day any ``eval/allsides_stories*/gold.jsonl`` already holds, in a month (year and
month) no such set holds yet, and the first of two or three consecutive days (that day and the
next, or the next two) that hold 40 to 60 AllSides articles together (the shortest run in range
wins). Prints the day range and the ids; writes nothing. The gold file lists every article of
those days (ids from the shared file), grouped by hand.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 2026125105
LOW, HIGH = 40, 60


def main() -> None:
    published: dict[str, str] = {}
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            published[row["id"]] = (row.get("published") or "")[:10]
    taken: set[dt.date] = set()
    for gold in sorted(REPO.glob("eval/allsides_stories*/gold.jsonl")):
        if gold.parent == Path(__file__).resolve().parent:
            continue
        for line in gold.read_text(encoding="utf-8").splitlines():
            day = published.get(json.loads(line)["id"], "")
            if day:
                taken.add(dt.date.fromisoformat(day))
    months = {(d.year, d.month) for d in taken}
    first, last = dt.date(2017, 1, 1), dt.date(2020, 7, 31)
    rng = random.Random(SEED)
    for _ in range(100000):
        day = first + dt.timedelta(days=rng.randrange((last - first).days + 1))
        for length in (2, 3):
            week = [day + dt.timedelta(days=k) for k in range(length)]
            if any((d.year, d.month) in months for d in week):
                break
            if any(abs((d - t).days) < 10 for d in week for t in taken):
                break
            days = {d.isoformat() for d in week}
            ids = sorted(i for i, p in published.items() if p in days)
            if LOW <= len(ids) <= HIGH:
                print(f"{week[0]} .. {week[-1]}: {len(ids)} articles")
                print("\n".join(ids))
                return
    print("no week found", file=sys.stderr)


if __name__ == "__main__":
    main()
