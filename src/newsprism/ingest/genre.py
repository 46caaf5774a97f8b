"""An article's genre (report, opinion, editorial, roundup, analysis), found once in cleaning.

A column or an editorial opens with a label ("ANALYSIS/OPINION:", "Opinion contributor", "The
opinions expressed by columnists ..."). The label is furniture for every stage that reads
sentences, so cleaning cuts it; but it is also a fact about the article, which the stories stage
needs (an opinion piece is filed beside the reports of a development, ``stories/pieces.py``).
So the genre is read from the lead before the label goes, and kept as ``Article.genre``.
The labels and their genres are data (``data/article_genres.tsv``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from newsprism.nlp.lexicon import pairs

REPORT = "report"  # no label: the article reports


@lru_cache(maxsize=1)
def _labels() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"), genre)
        for phrase, genre in pairs("article_genres.tsv").items()
    )


def genre_of(lines: Iterable[str], words: int) -> str:
    """The genre the first ``words`` words of the lines carry (the first label of the data file
    found there), else ``report``; ``words`` 0: never read."""
    if words <= 0:
        return REPORT
    lead: list[str] = []
    for line in lines:
        lead.extend(line.split()[: words - len(lead)])
        if len(lead) >= words:
            break
    text = " ".join(lead).lower()
    return next((genre for label, genre in _labels() if label.search(text)), REPORT)
