"""Pick real sentences where "will" or "would" comes before the publication's own weekday
(standalone; uses no newsprism code). For the convention of "will ... Tuesday" in an article
published on a Tuesday: the same day, or a week ahead?

Articles with an ISO publication date are sorted by id and shuffled with the seed; from each, one
random sentence of 8 to 60 words is taken in which will, would or 'll stands at most ten words
before the publication weekday's name (not after last/next/this, which say the week themselves),
until N.

    python3 same_weekday_pick.py --seed 2026124511 --n 40 --out /tmp/sw45
Writes OUT/same_weekday_raw.jsonl (id, published, outlet, title, the sentence and its paragraph,
so the labeller can read its context); not kept in the repository.
"""

import argparse
import gzip
import json
import random
import re
from datetime import date
from pathlib import Path

from sample import SRC, split_sentences

NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def cue(weekday):
    """will/would/'ll, then at most ten words, then the weekday (not said with last/next/this)."""
    return re.compile(
        rf"(?:\b(?:will|would)\b|'ll\b)(?:\s+\S+){{0,10}}?\s+(?<!last )(?<!next )(?<!this )\b{weekday}\b"
    )


def pick(seed, n):
    rows = [json.loads(line) for line in gzip.open(SRC, "rt")]
    rows = [r for r in rows if re.fullmatch(r"\d{4}-\d\d-\d\d", r.get("published") or "")]
    rows.sort(key=lambda r: r["id"])
    random.Random(seed).shuffle(rows)
    rng = random.Random(seed + 1)
    picked = []
    for r in rows:
        weekday = NAMES[date.fromisoformat(r["published"]).weekday()]
        pattern = cue(weekday)
        paras = [p for p in re.split(r"\n+", r["text"]) if p.strip()]
        cands = [
            (s, p)
            for p in paras
            for s in split_sentences(p)
            if 8 <= len(s.split()) <= 60 and pattern.search(s)
        ]
        if not cands:
            continue
        s, p = rng.choice(cands)
        picked.append(
            {
                "allsides_id": r["id"],
                "published": r["published"],
                "weekday": weekday,
                "outlet": r["outlet"],
                "title": r["title"],
                "sentence": s,
                "paragraph": p,
            }
        )
        if len(picked) == n:
            break
    return picked


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--out", default=".")
    args = parser.parse_args()
    with open(Path(args.out) / "same_weekday_raw.jsonl", "w", encoding="utf-8") as f:
        for p in pick(args.seed, args.n):
            f.write(json.dumps(p, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
