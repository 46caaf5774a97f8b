"""Pick the stories of the timeline_rows51 check (seed 2026125106): every hand-grouped story of
the AllSides weeks (``eval/allsides_stories*/gold.jsonl``) told by three or more articles of as
many outlets, shuffled with the given seed, leaving out every story one of whose articles any other
set of ``eval/`` names (any file outside the ``allsides_stories*`` folders, so the earlier
timeline_rows stories and sentences of the events sets); the first ``N`` (default 3) are printed
with their articles (id, outlet, date, title). The gold files may grow, so the README lists the ids.

    python3 eval/timeline_rows51/pick.py 2026125106
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


def _used_elsewhere(ids: list[str]) -> bool:
    """Whether any of the ids occurs in a file of ``eval/`` outside the story gold folders."""
    for path in sorted(REPO.glob("eval/*/*")):
        if path.parent.name.startswith("allsides_stories") or not path.is_file():
            continue
        if path.suffix not in {".jsonl", ".md", ".json", ".tsv", ".csv", ".txt"}:
            continue
        text = path.read_text("utf-8", errors="replace")
        if any(i in text for i in ids):
            return True
    return False


def main() -> None:
    seed = int(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 3
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
        if len(ids) >= 3 and len({heads[i][0] for i in ids if i in heads}) == len(ids)
    )
    random.Random(seed).shuffle(stories)
    stories = [key for key in stories if not _used_elsewhere(members[key])]
    print(len(stories), "stories of 3+ outlets used in no other set")
    for week, story in stories[:count]:
        print(f"{week} {story}")
        for article_id in sorted(members[(week, story)]):
            print("   ", article_id, *heads.get(article_id, ("?", "?", "?")))


if __name__ == "__main__":
    main()
