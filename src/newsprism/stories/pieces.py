"""Opinion columns, editorials and roundups of views: pieces about a development, not reports of it.

An editor files the reports of a development as one story and the columns arguing about it
beside the story, under its storyline: a column shares the report's actors, words and day, so
the link rule alone joins them. A text whose first ``piece_words`` words carry a genre label
(``data/story_piece_labels.txt``: "Opinion contributor", "ANALYSIS/OPINION:", "The opinions
expressed by columnists ...") is a piece; its links are the storyline's, never the story's.
A syndicated column printed twice is still one story: copies join through the re-post check.
With ``piece_headlines`` a headline of an analysis or explainer's form (``data/story_piece_headlines.txt``:
a question, "Why ...", "..., explained") marks a piece too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsprism.nlp.lexicon import word_list

PIECE = "#piece"  # stored beside an article's terms when it is a piece


@lru_cache(maxsize=1)
def _labels() -> re.Pattern[str]:
    phrases = sorted(word_list("story_piece_labels.txt"), key=len, reverse=True)
    return re.compile("|".join(r"(?<!\w)" + re.escape(p) + r"(?!\w)" for p in phrases))


@lru_cache(maxsize=1)
def _headlines() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in word_list("story_piece_headlines.txt")))


def is_piece(text: str, words: int, title: str = "", headlines: bool = False) -> bool:
    """Whether the text's first ``words`` words carry an opinion or roundup label (0: never), or
    (``headlines``) the headline has an analysis's or explainer's form."""
    if headlines and title and _headlines().search(title.strip().lower()):
        return True
    if words <= 0 or not text:
        return False
    lead = " ".join(text.split()[:words]).lower()
    return _labels().search(lead) is not None
