"""One gathering told by several outlets: the rally, the news conference, the speech.

A rally's reports lead with different acts (attacking the media, defending a response, a host's
reaction that night) and share few words beyond the president's name: the lead and word rules
split them. What they share is the gathering itself, named in the headline or lead, at one place
("Phoenix rally", "speech in Phoenix") or on one day ("a news conference Tuesday"). Each article
stores the gatherings (``data/story_event_nouns.txt``) and places its headline and first
``anchor_words`` words name, as marks beside its terms; two articles near in time naming the same
gathering and the same place, or the same gathering on the same named day, tell one event.

A preview names the gathering too ("ahead of Saturday's rally in Tulsa"), at the same place, a
day before its reports: with ``anchor_previews`` a gathering every mention of which is told as
to come (a cue of ``data/story_preview_cues.txt`` a few words before it in its sentence, or a
lead naming only days to come) is stored as a preview's mark, which anchors nothing. With
``anchor_days_agree`` the two leads must also tell of one day: a summit's reactions of the next
day name the summit and its place as its reports do.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsprism.nlp import lexicon
from newsprism.stories.features import (
    OTHER_TIME,
    ArticleInfo,
    StoryConfig,
    actors,
    lead_end,
    normalised_words,
)

EVENT = "#ev:"  # a gathering the lead names (stored mark)
PREVIEW = "#evf:"  # a gathering the lead tells only as to come (stored mark; anchors nothing)
PLACE = "#evp:"  # a place the lead names (stored mark)
_PLACE_LABELS = ("GPE", "LOC", "FAC")
_WORD = re.compile(r"[a-z]+")
_CUE_WORDS = 8  # a cue this many words before the gathering, in its sentence, tells it as to come


@lru_cache(maxsize=1)
def _cues() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in lexicon.word_list("story_preview_cues.txt")))


@lru_cache(maxsize=1)
def _reading() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in lexicon.word_list("story_takeaway_headlines.txt")))


def told_as_to_come(text: str, noun: str) -> bool:
    """Whether every mention of the gathering ``noun`` in ``text`` (lowercase) has a preview cue
    among the few words before it in its sentence (False when it is not mentioned)."""
    found = False
    for hit in re.finditer(rf"\b{re.escape(noun)}\b", text):
        found = True
        sentence = re.split(r"[.!?;:]\s", text[: hit.start()])[-1]
        if not _cues().search(" ".join(sentence.split()[-_CUE_WORDS:])):
            return False
    return found


def anchor_marks(
    item: ArticleInfo, words: int, previews: bool = False, day: int | None = None, readings: bool = False
) -> dict[str, float]:
    """The gatherings and places named in the headline and the first ``words`` words, as marks
    (empty when ``words`` is 0 or no gathering is named); with ``previews`` a gathering told only
    as to come (or in a lead whose ``day`` is only days to come) is a preview's mark. With
    ``readings`` a headline labelled as a reading of the gathering (a fact check, takeaways:
    ``data/story_takeaway_headlines.txt``) gives none: it weighs the gathering, it reports no act."""
    if words <= 0:
        return {}
    if readings and _reading().search(item.title.lower()):
        return {}
    end = lead_end(item.text, words)
    nouns = lexicon.words("story_event_nouns.txt")
    title, lead = item.title.lower(), item.text[:end].lower()
    said = set(_WORD.findall(title)) | set(_WORD.findall(lead))
    marks = {}
    for noun in sorted(nouns & said):
        coming = previews and (day == OTHER_TIME or told_as_to_come(f"{title}. {lead}", noun))
        marks[(PREVIEW if coming else EVENT) + noun] = 1.0
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
    days_agree: bool = False,
) -> bool:
    """Whether two articles' stored marks name the same gathering at the same place (``same_day``:
    and their leads tell of one day, named or published), or the same gathering on the same day
    both leads name (``days_agree``: and their days do not differ, ``days_differ``)."""
    if not any(k.startswith(EVENT) and k in terms_b for k in terms_a):
        return False
    if days_agree and days_differ(days, named):
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
    return one_gathering(terms[0], terms[1], days, named, config.anchor_same_day, config.anchor_days_agree)


def days_differ(days: tuple[int | None, int | None], named: tuple[bool, bool]) -> bool:
    """Whether two leads tell of different days: both name a day and not the same, or one names
    a day and the other was published before it or over a day after it (an evening's gathering
    is reported the next morning). A lead naming no day of a known publication says nothing."""
    first, second = days
    if first is None or second is None or named[0] == named[1]:
        return named[0] and named[1] and first != second
    told, published = (first, second) if named[0] else (second, first)
    return not 0 <= published - told <= 1
