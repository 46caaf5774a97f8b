"""Choose the articles of ``unseen2.jsonl``: a seeded shuffle of the AllSides corpus.

Run from the repository root: ``python3 eval/allsides_quotes/select_unseen2.py``. It prints the
first candidates; the first five were annotated (see README.md). Excluded: any article of an
``eval/allsides_*`` set and any outlet brand (first word of the outlet name) of those sets.
"""

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


def main() -> None:
    used = used_ids()
    records = [json.loads(line) for line in gzip.open(CORPUS, "rt", encoding="utf-8")]
    brand = lambda r: (r.get("outlet") or "?").split()[0].lower()  # noqa: E731
    used_brands = {brand(r) for r in records if r["id"] in used}
    candidates = []
    for r in records:
        text = r.get("text") or ""
        words = len(text.split())
        if r["id"] in used or brand(r) in used_brands or OPINION.search(r.get("outlet") or ""):
            continue
        if not 350 <= words <= 700:
            continue
        if text.count("“") + text.count('"') < 8 or len(CUES.findall(text)) < 5:
            continue
        candidates.append(r)
    candidates.sort(key=lambda r: r["id"])
    random.Random(20261205).shuffle(candidates)
    seen: set[str] = set()
    for r in candidates:
        if brand(r) in seen:
            continue
        seen.add(brand(r))
        print(r["id"], r["outlet"], r["topic"], len(r["text"].split()), sep="\t")
        if len(seen) == 8:
            break


if __name__ == "__main__":
    main()
