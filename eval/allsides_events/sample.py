"""Sample random real sentences for the allsides_events* gold sets (standalone; uses no newsprism code).

One builder for every set: articles sorted by id and shuffled with the seed; articles whose id is
in an --exclude file (or whose picked sentence already appears in one) are skipped without using
the random generator; one random sentence of at least 6 words per remaining article.

    python3 sample.py                                   # allsides_events (seed 20240611, 200, as-e)
    python3 sample.py --seed 20261220 --n 100 --prefix asc- --out ../allsides_events_blind2 \
        --exclude dev.jsonl ../allsides_events_blind/blind.jsonl
Writes OUT/sample_raw.jsonl (corpus text; not kept in the repository).
"""

import argparse
import gzip
import json
import random
import re
from pathlib import Path

SEED = 20240611
N = 200
SRC = "/work/shared/data/allsides/articles.jsonl.gz"

ABBR = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "st", "jr", "sr",
        "prof", "rev", "u.s", "u.n", "u.k", "d.c", "jan", "feb", "mar", "apr", "aug", "sept", "sep",
        "oct", "nov", "dec", "no", "vs", "inc", "corp", "co", "ltd", "ft", "mt", "sen", "reps",
        "e.g", "i.e", "a.m", "p.m", "pres", "capt", "adm", "cmdr", "supt", "atty", "r", "d", "i"}


def split_sentences(text):
    out = []
    for para in re.split(r"\n+", text):
        para = para.strip()
        if not para:
            continue
        start = 0
        for m in re.finditer(r"[.!?][\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])", para):
            cand = para[start:m.end()].strip()
            last = re.search(r"(\S+)[.!?][\"'”’)\]]*\s*$", cand)
            if last and last.group(1).lower().strip("(\"“") in ABBR:
                continue
            if last and re.fullmatch(r"[A-Z]", last.group(1)):  # initials "John F. Kennedy"
                continue
            out.append(cand)
            start = m.end()
        tail = para[start:].strip()
        if tail:
            out.append(tail)
    return out


def sample(seed, n, exclude_paths=()):
    """n sentences, one per article, from articles not in any excluded set."""
    seen_ids, seen_texts = set(), set()
    for path in exclude_paths:
        for line in open(path, encoding="utf-8"):
            if line.strip():
                record = json.loads(line)
                seen_ids.add(record.get("allsides_id"))
                seen_texts.add(record.get("text", "").strip())
    rows = [json.loads(line) for line in gzip.open(SRC, "rt")]
    rows.sort(key=lambda r: r["id"])
    rng = random.Random(seed)
    order = list(range(len(rows)))
    rng.shuffle(order)
    picked = []
    for i in order:
        r = rows[i]
        if r["id"] in seen_ids:
            continue
        sents = [s for s in split_sentences(r["text"]) if len(s.split()) >= 6]
        if not sents:
            continue
        s = rng.choice(sents)
        if s.strip() in seen_texts:
            continue
        picked.append({"allsides_id": r["id"], "published": r["published"] or None, "outlet": r["outlet"],
                       "title": r["title"], "text": s})
        if len(picked) == n:
            break
    return picked


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--n", type=int, default=N)
    parser.add_argument("--prefix", default="as-e", help="id prefix; ids are PREFIX001, PREFIX002, ...")
    parser.add_argument("--out", default=".", help="directory for sample_raw.jsonl")
    parser.add_argument("--exclude", nargs="*", default=[], help="gold sets whose articles are skipped")
    args = parser.parse_args()
    picked = sample(args.seed, args.n, args.exclude)
    with open(Path(args.out) / "sample_raw.jsonl", "w", encoding="utf-8") as f:
        for k, p in enumerate(picked, 1):
            f.write(json.dumps({"id": f"{args.prefix}{k:03d}", **p}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
