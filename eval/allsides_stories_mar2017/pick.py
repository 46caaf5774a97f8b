"""Draw the days of a new hand-grouped AllSides week, as the other weeks were drawn.

    python3 eval/allsides_stories_mar2017/pick.py [SEED]

``random.Random(SEED)`` draws days of 2017-01-01 .. 2020-07-31 until one is a Monday at least ten
days from every day any ``eval/allsides_stories*/gold.jsonl`` already holds and in a month (year
and month) no such set holds yet; the week is that Monday and the two days after. Prints the day
range and writes nothing; the gold file lists every article of those days (ids from the shared
file), grouped by hand.
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
SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 2026124606


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
    while True:
        day = first + dt.timedelta(days=rng.randrange((last - first).days + 1))
        if day.weekday() != 0 or (day.year, day.month) in months:
            continue
        if any(abs((day - t).days) < 10 for t in taken):
            continue
        week = [day + dt.timedelta(days=k) for k in range(3)]
        ids = sorted(i for i, p in published.items() if p in {d.isoformat() for d in week})
        print(f"{week[0]} .. {week[-1]}: {len(ids)} articles")
        return


if __name__ == "__main__":
    main()
