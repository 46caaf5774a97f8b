"""Which outlet's sentence tells a key event (a row of the story's timeline) in the brief: the one a
reader would pick, the wording most typical of the row, told in the outlet's own voice, early in
its article. Before stop 49 the row's first readable sentence by article id was shown, so a passing
line ("Inside the hotel, Smith said the council is trying to oust him") could stand for a row whose
other reports all say "the council voted to oust Smith".

- Typical: the sentence sharing most content words with the row's other wordings (the mean Dice
  overlap of content stems with each other distinct sentence of the row).
- Narration: a sentence that tells the act as someone's speech ("said", "told" before the act's
  word, ``reported_speech_cues.txt``, or the act's word inside quotation marks) counts ``REPORTED``
  of its typicality.
- Early: a sentence at the article's end counts ``LATE`` of one in its first line (linearly
  between): the news comes first, background and colour later.
"""

from __future__ import annotations

from functools import lru_cache
from math import fsum

from newsprism.models import Article, Event
from newsprism.nlp.lexicon import words as lexicon_words
from newsprism.stories.compare_text import WORD, content_stems

REPORTED = 0.5  # share of its typicality a sentence telling the act as someone's speech keeps
LATE = 0.6  # share kept by a sentence at the very end of its article
_QUOTES = '"“”'


def typical_wording(told: list[Event], articles: dict[str, Article]) -> dict[int, float]:
    """Each report's score (by ``id``): typicality x narration x position (see the module)."""
    stems = {id(found): frozenset(content_stems(found.sentence)) for found in told}
    scores = {}
    for found in told:
        mine = stems[id(found)]
        others = {stems[id(o)] for o in told if o.sentence.strip() != found.sentence.strip()}
        typical = fsum(_dice(mine, theirs) for theirs in others) / len(others) if others else 1.0  # any order
        if reported(found.sentence, found.trigger):
            typical *= REPORTED
        scores[id(found)] = typical * _position(found, articles.get(found.article_id))
    return scores


def _dice(one: frozenset[str], two: frozenset[str]) -> float:
    return 2 * len(one & two) / (len(one) + len(two)) if one or two else 0.0


def _position(found: Event, article: Article | None) -> float:
    """1 in the article's opening, ``LATE`` at its end (no text known: 1)."""
    length = len(article.text) if article and article.text else 0
    if not length:
        return 1.0
    return 1.0 - (1.0 - LATE) * min(max(found.start / length, 0.0), 1.0)


@lru_cache(maxsize=8192)
def reported(sentence: str, trigger: str) -> bool:
    """Whether the sentence tells its act as someone's speech: the act's word (``trigger``, its
    first occurrence) comes after a word of ``reported_speech_cues.txt`` ("Smith said the council
    ousted him") or inside quotation marks; an act that is the speaking ("Smith said") is narration."""
    words = [(m.start(), m.group().lower()) for m in WORD.finditer(sentence)]
    head = (trigger or "").split()[0].lower() if (trigger or "").split() else ""
    at = next((start for start, word in words if word == head), None)
    if at is None:
        return False
    forms = lexicon_words("reported_speech_cues.txt")
    if head in forms:
        return False
    if any(word in forms for start, word in words if start < at):
        return True
    return sum(sentence[:at].count(mark) for mark in _QUOTES) % 2 == 1
