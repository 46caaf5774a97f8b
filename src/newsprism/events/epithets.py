"""Nicknames and epithets are no actors: "Little Rocket Man", "Crooked Hillary" in quotation
marks, or what someone is called ("derided Kim as a 'Little Rocket Man'").

A timeline row needs an actor a reader can look up; a name someone was given in mockery is
said about a person, and the person it stands for is named elsewhere (or not at all).
"""

from __future__ import annotations

from spacy.tokens import Span

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon
from newsprism.nlp.entity_repairs import entity_label

OPENING = frozenset({'"', "“", "‘", "'"})
CLOSING = frozenset({'"', "”", "’", "'"})


def is_epithet(span: Span, lex: Lexicon) -> bool:
    """A name in its own quotation marks, what someone is called ("as ..."), or a capitalised
    phrase headed by a word for a person ("Little Rocket Man") that the model names no one by."""
    if not rules.enabled("epithets") or not len(span):
        return False
    doc, head = span.doc, span.root
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.dep_ == "det" and span.start > 1:
        before = doc[span.start - 2]  # a “Little Rocket Man”
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and after is not None and before.text in OPENING and after.text in CLOSING:
        return True
    named_as = head.dep_ == "pobj" and head.head.lower_ == "as" and doc[head.head.i - 1].lower_ != "such"
    if named_as or head.dep_ == "oprd":
        return True  # "branded him a traitor", "derided Kim as ..." (not "groups such as Oxfam")
    words = [t for t in span if t.is_alpha]
    capitalised = len(words) > 1 and all(t.is_title for t in words)
    named = any(entity_label(t) == "PERSON" for t in words)
    return capitalised and not named and head.lower_ in lex.epithet_heads
