"""Pick one story for a BASIL-style annotation of the comparison: a story of the story sets'
gold clusters (eval/allsides_stories*/gold.jsonl) with three or more outlets, three of its
articles from three outlets (the shortest of each), drawn with a seed no other set used.

    python eval/compare_sets/pick.py 2026124101 > eval/compare_unseen41/ids.jsonl
    python eval/compare_sets/pick.py 2026124808 --unused > eval/compare_unseen48/ids.jsonl

With ``--unused`` (from compare_unseen48 on) a story is left out when any of its articles is named
by a file of ``eval/`` outside the story gold folders (an earlier comparison set, a timeline set,
sentences of the events or quotes sets), so no output of the system on it has been read.
Only ids, outlets and the story are kept: the texts stay in the shared corpus (never copied here).
"""

import gzip
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1]
ARTICLES = EVAL.parent.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
MAX_WORDS = 700  # an annotator reads three articles in one sitting


def _used_elsewhere(ids: list[str]) -> bool:
    """Whether any of the ids occurs in a file of ``eval/`` outside the story gold folders."""
    for path in sorted(EVAL.glob("*/*")):
        if path.parent.name.startswith("allsides_stories") or not path.is_file():
            continue
        if path.suffix not in {".jsonl", ".md", ".json", ".tsv", ".csv", ".txt", ".py"}:
            continue
        text = path.read_text("utf-8", errors="replace")
        if any(i in text for i in ids):
            return True
    return False


def main(seed: int, unused: bool = False) -> None:
    stories = defaultdict(list)
    for path in sorted(EVAL.glob("allsides_stories*/gold.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line)
            stories[(path.parent.name, row["story"])].append(row["id"])
    wanted = {i for ids in stories.values() for i in ids}
    text = {}
    with gzip.open(ARTICLES, "rt", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["id"] in wanted:
                text[row["id"]] = row
    fitting = []
    for key, ids in sorted(stories.items()):
        by_outlet = defaultdict(list)
        for i in ids:
            if i in text and len(text[i]["text"].split()) <= MAX_WORDS:
                by_outlet[text[i]["outlet"]].append(text[i])
        if len(by_outlet) >= 3 and not (unused and _used_elsewhere(sorted(stories[key]))):
            fitting.append((key, by_outlet))
    key, by_outlet = random.Random(seed).choice(fitting)
    outlets = random.Random(seed).sample(sorted(by_outlet), 3)
    for outlet in outlets:
        row = min(by_outlet[outlet], key=lambda r: (len(r["text"]), r["id"]))
        story = f"{key[0]}/{key[1]}"
        print(json.dumps({"id": row["id"], "outlet": row["outlet"], "story": story}, ensure_ascii=False))


if __name__ == "__main__":
    main(int(sys.argv[1]), unused="--unused" in sys.argv[2:])
