"""How much of a topic a headline word is, read from a fixed background table.

A storyline's word ("impeachment", "shutdown", "tariffs") heads many of the articles that use it;
a generic headline word ("decade", "child", "vote") is used by many texts and heads few. The
share of the articles using a word whose headline uses it tells them apart. It is counted once
over a large news corpus and shipped as data (``data/story_headline_shares.tsv``, built by
``benchmarks/build_headline_shares.py``): a word's count never depends on what is stored or on
what a batch adds, so storylines read it the same whatever the order the articles came in.
"""

from __future__ import annotations

from functools import cache

from newsprism.nlp.lexicon import lines

TABLE = "story_headline_shares.tsv"
MIN_ARTICLES = 30  # a word used by fewer articles of the table has no share worth reading


@cache
def _shares() -> dict[str, float]:
    found = {}
    for line in lines(TABLE):
        word, used, headed = (line.split("\t") + ["0", "0"])[:3]
        if word.startswith("_") or int(used) < MIN_ARTICLES:
            continue
        found[word] = int(headed) / int(used)
    return found


def headline_share(word: str) -> float | None:
    """The share of the table's articles using the word whose headline uses it; None when the
    table knows too few of them (a new name, a rare word: no background to read)."""
    return _shares().get(word)


def topical(word: str, share: float) -> bool:
    """Whether the word heads at least ``share`` of the articles using it (0: never)."""
    found = headline_share(word)
    return share > 0 and found is not None and found >= share


def generic(word: str, share: float) -> bool:
    """Whether the word heads fewer than ``share`` of the articles using it (0: never): a
    headline word that says no topic ("decade"). A word the table does not know is not generic."""
    found = headline_share(word)
    return share > 0 and found is not None and found < share
