"""One gathering told by several outlets: the rally, the news conference, the speech.

A rally's reports lead with different acts (attacking the media, defending a response, a host's
reaction that night) and share few words beyond the president's name: the lead and word rules
split them. What they share is the gathering itself, named in the headline or lead, at one place
("Phoenix rally", "speech in Phoenix") or on one day ("a news conference Tuesday"). Each article
stores the gatherings (``data/story_event_nouns.txt``) and places its headline and first
``anchor_words`` words name, as marks beside its terms; two articles near in time naming the same
gathering and the same place, or the same gathering on the same named day, tell one event.
"""

from __future__ import annotations

import re

from newsprism.nlp import lexicon
from newsprism.stories.features import ArticleInfo, StoryConfig, actors, lead_end, normalised_words

EVENT = "#ev:"  # a gathering the lead names (stored mark)
PLACE = "#evp:"  # a place the lead names (stored mark)
_PLACE_LABELS = ("GPE", "LOC", "FAC")
_WORD = re.compile(r"[a-z]+")


def anchor_marks(item: ArticleInfo, words: int) -> dict[str, float]:
    """The gatherings and places named in the headline and the first ``words`` words, as marks
    (empty when ``words`` is 0 or no gathering is named)."""
    if words <= 0:
        return {}
    end = lead_end(item.text, words)
    nouns = lexicon.words("story_event_nouns.txt")
    said = set(_WORD.findall(item.title.lower())) | set(_WORD.findall(item.text[:end].lower()))
    marks = {EVENT + noun: 1.0 for noun in sorted(nouns & said)}
    if not marks:
        return {}
    for label, name, _entity_id, start in item.mentions:
        if label in _PLACE_LABELS and start < end and normalised_words(name):
            marks[PLACE + " ".join(normalised_words(name))] = 1.0
    return marks


def one_gathering(
    terms_a: dict[str, float],
    terms_b: dict[str, float],
    days: tuple[int | None, int | None],
    named: tuple[bool, bool],
    same_day: bool = False,
) -> bool:
    """Whether two articles' stored marks name the same gathering at the same place (``same_day``:
    and their leads tell of one day, named or published), or the same gathering on the same day
    both leads name."""
    if not any(k.startswith(EVENT) and k in terms_b for k in terms_a):
        return False
    one_day = days[0] is not None and days[0] == days[1]
    if (one_day or not same_day) and any(k.startswith(PLACE) and k in terms_b for k in terms_a):
        return True
    return all(named) and days[0] is not None and days[0] == days[1]


def anchored(
    config: StoryConfig,
    gap_days: int,
    vectors: tuple[dict[str, float], dict[str, float]],
    terms: tuple[dict[str, float], dict[str, float]],
    days: tuple[int | None, int | None],
    named: tuple[bool, bool],
) -> bool:
    """Whether two articles at most ``anchor_days`` apart, sharing a person or organisation,
    name one gathering at one place or on one named day (off when ``anchor_words`` is 0)."""
    if config.anchor_words <= 0 or gap_days > config.anchor_days:
        return False
    if not actors(vectors[0]) & actors(vectors[1]):
        return False
    return one_gathering(terms[0], terms[1], days, named, config.anchor_same_day)
