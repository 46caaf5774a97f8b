"""Where a dialogue tag ends and who names it, when the tagger misread the tag.

'“Which is the reason for my lousy posture,” Carl retorts, getting a laugh from his brother.': the
tag "Carl retorts" is followed by a participle clause, which the short-tag reading (``quotes.cues``)
took for part of the tag (too long, with a second verb); the tagger also made "retorts" a plural
noun and "Carl" an adjective. A comma opening a participle ends the tag, and a person the entity
recogniser found before a mistagged speech word names the tag like a proper noun would.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.nlp.entity_repairs import entity_label
from newsprism.quotes import rules


def participle_follows(token: Token) -> bool:
    """A comma opening a participle clause ('..., getting a laugh'): the end of a dialogue tag."""
    doc = token.doc
    return (
        rules.enabled("tag_before_participle")
        and token.text == ","
        and token.i + 1 < len(doc)
        and doc[token.i + 1].tag_ == "VBG"
    )


def names_someone(token: Token) -> bool:
    """A name before a mistagged speech word: a proper noun, or a person the tagger made an
    adjective ("Carl retorts", "Carl" ADJ)."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    return rules.enabled("tag_before_participle") and entity_label(token) == "PERSON"
