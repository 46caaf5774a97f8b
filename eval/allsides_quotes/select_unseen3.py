"""Choose the articles of ``unseen3.jsonl``: a seeded shuffle of the AllSides corpus.

Run from the repository root: ``python3 eval/allsides_quotes/select_unseen3.py``. It prints the
first candidates, one per outlet brand; the first six were annotated (see README.md). Excluded: any
article of an ``eval/allsides_*`` set, any outlet brand (first word of the outlet name) of those
sets, opinion outlets, and any article on the same story as a used one (same topic, published
within three days of it).
"""

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
SAME_STORY_DAYS = 3


def used_ids() -> set[str]:
    """Every 16-character id named in an eval/allsides_* file."""
    ids: set[str] = set()
    for name in glob.glob("eval/allsides_*/*"):
        if name.endswith((".json", ".jsonl")):
            ids |= set(re.findall(r'"([A-Za-z0-9]{16})"', Path(name).read_text("utf-8")))
    return ids


def day(record: dict) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat((record.get("published") or "")[:10])
    except ValueError:
        return None


def main() -> None:
    used = used_ids()
    records = [json.loads(line) for line in gzip.open(CORPUS, "rt", encoding="utf-8")]
    brand = lambda r: (r.get("outlet") or "?").split()[0].lower()  # noqa: E731
    used_brands = {brand(r) for r in records if r["id"] in used}
    used_stories = [(r.get("topic"), day(r)) for r in records if r["id"] in used]

    def same_story(r: dict) -> bool:
        when = day(r)
        return any(
            topic == r.get("topic") and when and other and abs((when - other).days) <= SAME_STORY_DAYS
            for topic, other in used_stories
        )

    candidates = []
    for r in records:
        text = r.get("text") or ""
        words = len(text.split())
        if r["id"] in used or brand(r) in used_brands or OPINION.search(r.get("outlet") or ""):
            continue
        if not 350 <= words <= 700:
            continue
        if text.count("“") + text.count('"') < 10 or len(CUES.findall(text)) < 5:
            continue
        if same_story(r):
            continue
        candidates.append(r)
    candidates.sort(key=lambda r: r["id"])
    random.Random(20261206).shuffle(candidates)
    seen: set[str] = set()
    for r in candidates:
        if brand(r) in seen:
            continue
        seen.add(brand(r))
        print(r["id"], r["outlet"], r["topic"], r.get("published"), len(r["text"].split()), sep="\t")
        if len(seen) == 10:
            break


if __name__ == "__main__":
    main()
