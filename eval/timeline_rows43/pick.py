"""Pick the stories of the timeline_rows43 and timeline_rows44 checks (seeds 2026124301 and
2026124404; the gold files have grown since, so a seed no longer gives back its stories: the
READMEs list the ids): every hand-grouped story of the AllSides weeks
(``eval/allsides_stories*/gold.jsonl``) told by two or three articles of as many outlets, shuffled
with the given seed; the first three are printed with their articles (id, outlet, date, title).

    python3 eval/timeline_rows43/pick.py 2026124301
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"


def main() -> None:
    seed = int(sys.argv[1])
    members: dict[tuple[str, str], list[str]] = defaultdict(list)
    for gold in sorted(REPO.glob("eval/allsides_stories*/gold.jsonl")):
        for line in gold.read_text("utf-8").splitlines():
            row = json.loads(line)
            if not row["story"].startswith("single-"):
                members[(gold.parent.name, row["story"])].append(row["id"])
    wanted = {i for ids in members.values() for i in ids}
    heads = {}
    with gzip.open(SHARED, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in wanted:
                heads[record["id"]] = (record.get("outlet"), record.get("published"), record.get("title"))
    stories = sorted(
        key
        for key, ids in members.items()
        if 2 <= len(ids) <= 3 and len({heads[i][0] for i in ids if i in heads}) == len(ids)
    )
    random.Random(seed).shuffle(stories)
    for week, story in stories[:3]:
        print(f"{week} {story}")
        for article_id in sorted(members[(week, story)]):
            print("   ", article_id, *heads.get(article_id, ("?", "?", "?")))


if __name__ == "__main__":
    main()
