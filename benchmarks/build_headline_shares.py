"""Build ``data/story_headline_shares.tsv``: how often a word that an article uses is in its headline.

    python benchmarks/build_headline_shares.py [ALLSIDES_JSONL_GZ]

Counts, over every article of the shared AllSides file (37,554 articles, 2012-2020), the articles
whose headline or text uses each content word (as ``stories.features.headline_words`` reads
words) and the articles whose headline does. A topic word ("impeachment", "shutdown", "tariffs")
is the subject of the headlines of many of the articles that use it; a generic word ("decade",
"child", "vote") is used in many texts and seldom headlines one. The table is the stories stage's
background frequency, fixed as data: a word's count never depends on what a batch adds to the
store. Only words heading at least ``MIN_HEADLINES`` headlines are written.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

from newsprism.stories.features import headline_words

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
OUT = REPO / "src" / "newsprism" / "data" / "story_headline_shares.tsv"
MIN_HEADLINES = 5


def main() -> int:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else DATA
    used: Counter[str] = Counter()
    headed: Counter[str] = Counter()
    articles = 0
    with gzip.open(data, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            articles += 1
            head = set(headline_words(record.get("title") or ""))
            used.update(head | set(headline_words(record.get("text") or "")))
            headed.update(head)
    kept = sorted(w for w, n in headed.items() if n >= MIN_HEADLINES)
    header = [
        "# Headline shares of content words: word<TAB>articles using it<TAB>articles whose headline uses it.",
        f"# Counted over the {articles:,} articles of the AllSides corpus (Baly et al. 2020, 2012-2020),",
        "# headline and text, words as stories.features.headline_words reads them; words heading at",
        f"# least {MIN_HEADLINES} headlines. Built by benchmarks/build_headline_shares.py. The stories stage",
        "# reads headlines / articles as how much of a topic a headline word is (stories/topic_words.py):",
        "# a fixed background count, independent of what is stored.",
        f"_articles\t{articles}\t{articles}",
    ]
    rows = [f"{w}\t{used[w]}\t{headed[w]}" for w in kept]
    OUT.write_text("\n".join(header + rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} words of {articles} articles -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
