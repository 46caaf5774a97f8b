"""Sample sentences for the allsides_events gold set (standalone; uses no newsprism code)."""
import gzip, json, random, re, sys

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

def main():
    rows = [json.loads(l) for l in gzip.open(SRC, "rt")]
    rows.sort(key=lambda r: r["id"])
    rng = random.Random(SEED)
    order = list(range(len(rows)))
    rng.shuffle(order)
    picked = []
    for i in order:
        r = rows[i]
        sents = [s for s in split_sentences(r["text"]) if len(s.split()) >= 6]
        if not sents:
            continue
        s = rng.choice(sents)
        picked.append({"allsides_id": r["id"], "published": r["published"] or None, "outlet": r["outlet"],
                       "title": r["title"], "text": s})
        if len(picked) == N:
            break
    with open("sample_raw.jsonl", "w") as f:
        for k, p in enumerate(picked, 1):
            p = {"id": f"as-e{k:03d}", **p}
            f.write(json.dumps(p, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
