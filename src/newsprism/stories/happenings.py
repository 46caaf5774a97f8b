"""The happening a lead names, to keep one day's coverage of a big happening together.

On the night of an election, a summit or a shooting many outlets report one happening from as
many angles ("Democrats seize the House", "Cruz holds Texas", "winners and losers of the
midterms"): their leads share few words beyond the week's commonest, so the lead check splits
them. An editor groups them by the happening the leads name. Each article stores, beside its
terms, the happenings its headline and first ``happening_words`` words name
(``data/story_happenings.txt``, ``HAPPENING`` marks); two articles whose leads tell of one day
and name one happening link at ``happening_text_threshold`` (``happening_link``), whatever
their leads' words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsprism.nlp.lexicon import pairs
from newsprism.stories.features import ArticleInfo, StoryConfig, lead_end

HAPPENING = "#happening:"  # prefix of the stored marks (read by neither the vectors nor the leads)


@lru_cache(maxsize=1)
def _forms() -> dict[str, str]:
    """Each word form of a happening -> the happening's key."""
    return {
        form: key for key, forms in pairs("story_happenings.txt").items() for form in forms.lower().split()
    }


_WORD = re.compile(r"[a-z]+|\d{4}")
# a happening after one of these words is another time's, background ("the 2016 election")
_OTHER_TIME = frozenset({"last", "previous", "past", "next", "upcoming", "coming", "future", "former"})


def happening_marks(item: ArticleInfo, words: int) -> dict[str, float]:
    """The happenings the headline and first ``words`` words name, as stored marks (0: none)."""
    if words <= 0:
        return {}
    lead = f"{item.title or ''} {item.text[: lead_end(item.text, words)]}".lower()
    forms = _forms()
    year = (item.published or "")[:4]
    found = _WORD.findall(lead)
    marks = {}
    for before, word in zip(["", *found][: len(found)], found, strict=True):
        if word in forms and before not in _OTHER_TIME and not (before.isdigit() and before != year):
            marks[HAPPENING + forms[word]] = 1.0
    return marks


def happening_link(
    terms: tuple[dict[str, float], dict[str, float]],
    days: tuple[int | None, int | None],
    text: float,
    config: StoryConfig,
) -> bool:
    """Whether two articles whose leads tell of days at most ``happening_days`` apart name one
    happening and are alike in words at ``happening_text_threshold``: that happening's coverage
    (a night's happening is reported that night and dated the next morning)."""
    if config.happening_words <= 0 or days[0] is None or days[1] is None:
        return False  # a preview (its lead names a day to come) tells of no day yet
    if abs(days[0] - days[1]) > config.happening_days:
        return False
    if text < config.happening_text_threshold:
        return False
    return any(k.startswith(HAPPENING) and k in terms[1] for k in terms[0])
