"""A member described by place and party: "The Wisconsin Republican held a conference call",
"the Ohio Democrat said". The party word alone ("Republican") is no actor a reader can use; like a
role noun, the description names someone the article introduced, found through the article's
people table (a person, never the party itself), else it is kept whole ("the Wisconsin
Republican"), never the bare party word. The rule group is ``described_members``."""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.nlp.entity_repairs import entity_label

PLACE_LABELS = frozenset({"GPE", "LOC"})


def described_member(token: Token) -> bool:
    """A party word (NORP) after "the" and a place ("the Wisconsin Republican") (those rules on)."""
    if token.tag_ not in ("NNP", "NN"):
        return False
    children = list(token.lefts)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in children) or entity_label(token) != "NORP":
        return False
    place = any(c.dep_ in ("compound", "amod", "nmod") and entity_label(c) in PLACE_LABELS for c in children)
    return place and rules.enabled("described_members")


def description_words(token: Token) -> str:
    """The whole description as written, from its first word to the party word."""
    start = min(c.i for c in token.lefts)
    return token.doc[start : token.i + 1].text
