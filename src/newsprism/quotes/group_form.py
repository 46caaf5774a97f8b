"""One form for an unnamed group speaker: "Sources", "sources" and "The sources" are one group.

A quote with no named speaker is listed under the words at its cue (``speaker_mention``); written
at a sentence start, after "The" or in the middle of a sentence, one group would count as several
speakers. The form drops a leading article and lower-cases a first word that is a common noun for
people (``quote_group_nouns.txt``, roles), never a name ("Republicans", "Reuters" stay).
"""

from __future__ import annotations

from newsprism.nlp import lexicon
from newsprism.people.words import ROLES
from newsprism.quotes import rules

ARTICLES = frozenset({"the", "a", "an"})


def group_nouns() -> frozenset[str]:
    return lexicon.words("quote_group_nouns.txt") | ROLES


def group_form(mention: str | None) -> str | None:
    """The listing form of an unnamed speaker's words ("The sources" -> "sources")."""
    if not mention or not rules.enabled("group_speaker_form"):
        return mention
    words = mention.split()
    if len(words) > 1 and words[0].lower() in ARTICLES:
        words = words[1:]
    first = words[0]
    singular = first.lower()[:-1] if first.lower().endswith("s") else first.lower()
    if first[1:].islower() and (first.lower() in group_nouns() or singular in group_nouns()):
        words[0] = first.lower()
    return " ".join(words)
