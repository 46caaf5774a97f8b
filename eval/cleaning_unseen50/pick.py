"""Draw the 40 articles of the cleaning set cleaning_unseen50 from the AllSides corpus.

Same procedure as cleaning_unseen47 (articles with a text, sorted by id, then
``random.Random(seed).sample``), seed 2026125007, except that every article whose id is named
anywhere in another eval set (any file under eval/ outside this folder) is left out first, so the
set is unseen by every earlier run. Writes raw.jsonl (id, outlet, title, raw lines) for labelling.
Usage: python eval/cleaning_unseen50/pick.py /work/shared/data/allsides/articles.jsonl.gz
"""

import gzip
import json
import random
import re
import sys
from pathlib import Path

SEED = 2026125007
COUNT = 40
HERE = Path(__file__).parent
TOKEN = re.compile(r"[A-Za-z0-9]{16}")


def raw_lines(text: str) -> list[str]:
    """The non-empty lines of the raw text, whitespace-normalised: the unit that is labelled."""
    return [" ".join(line.split()) for line in text.replace("\r", "\n").split("\n") if line.strip()]


def ids_in_other_sets(ids: set[str]) -> set[str]:
    """Corpus ids that any file of another eval set names (gzip files read too)."""
    seen: set[str] = set()
    for path in sorted(HERE.parent.rglob("*")):
        if not path.is_file() or HERE in path.parents:
            continue
        try:
            data = gzip.open(path, "rt", encoding="utf-8").read() if path.suffix == ".gz" else path.read_text("utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        seen.update(token for token in TOKEN.findall(data) if token in ids)
    return seen


def main(corpus: str) -> None:
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    ids = {a["id"] for a in articles}
    used = ids_in_other_sets(ids)
    articles = sorted(
        (a for a in articles if (a.get("text") or "").strip() and a["id"] not in used), key=lambda a: a["id"]
    )
    print(f"{len(used)} ids used by other eval sets left out; {len(articles)} candidates", file=sys.stderr)
    picked = random.Random(SEED).sample(articles, COUNT)
    with (HERE / "raw.jsonl").open("w", encoding="utf-8") as handle:
        for article in picked:
            row = {
                "id": article["id"],
                "outlet": article.get("outlet"),
                "title": article.get("title"),
                "lines": raw_lines(article["text"]),
            }
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
