"""Pick real dated sentences for a date case set (standalone; uses no newsprism code).

Articles with an ISO publication date are sorted by id and shuffled with the seed; articles of an
--exclude file (its ``allsides_id``s) are skipped; from each remaining article one random sentence
of 8 to 60 words that holds a relative or partial date cue (a weekday, yesterday/tomorrow, last/
next/this week, month, year or weekend, "N days ago", a month name, "in 2016") is taken, until N.

    python3 dates_pick.py --seed 2026124501 --n 40 --out /tmp/d45 --exclude dates_ids.txt
Writes OUT/dates_raw.jsonl (id, published, outlet, title, url, the sentence and the paragraph it is
in, so the labeller can read its context); not kept in the repository.
"""

import argparse
import gzip
import json
import random
import re
from pathlib import Path

from sample import SRC, split_sentences

CUE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|tomorrow|weekend)\b"
    r"|\b(?:last|next|this|earlier this|later this)\s+(?:week|month|year)\b"
    r"|\b(?:\d+|a|one|two|three|four|five|six)\s+(?:days?|weeks?|months?|years?)\s+ago\b"
    r"|\b(?:January|February|March|April|June|July|August|September|October|November|December)\b"
    r"|\b(?:in|since|during|by)\s+(?:19|20)\d\d\b"
)


def pick(seed, n, exclude):
    rows = [json.loads(line) for line in gzip.open(SRC, "rt")]
    rows = [r for r in rows if re.fullmatch(r"\d{4}-\d\d-\d\d", r.get("published") or "")]
    rows.sort(key=lambda r: r["id"])
    random.Random(seed).shuffle(rows)
    rng = random.Random(seed + 1)
    picked = []
    for r in rows:
        if r["id"] in exclude:
            continue
        paras = [p for p in re.split(r"\n+", r["text"]) if p.strip()]
        cands = [
            (s, p) for p in paras for s in split_sentences(p) if 8 <= len(s.split()) <= 60 and CUE.search(s)
        ]
        if not cands:
            continue
        s, p = rng.choice(cands)
        picked.append({"allsides_id": r["id"], "published": r["published"], "outlet": r["outlet"],
                       "title": r["title"], "url": r.get("url"), "sentence": s, "paragraph": p})
        if len(picked) == n:
            break
    return picked


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--n", type=int, default=40)
    parser.add_argument("--out", default=".")
    parser.add_argument("--exclude", nargs="*", default=[], help="files of allsides ids to skip, one a line")
    args = parser.parse_args()
    exclude = {line.strip() for path in args.exclude for line in open(path) if line.strip()}
    with open(Path(args.out) / "dates_raw.jsonl", "w", encoding="utf-8") as f:
        for p in pick(args.seed, args.n, exclude):
            f.write(json.dumps(p, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
