"""The part of speech and dependency label of an article's content words, kept with the article
so later stages that have no parse (the comparison, which reads stored rows) can still tell how a
word stands in its sentence: an adjective before a noun or after "is", a noun as a clause's
subject or as a modifier of another noun."""

from __future__ import annotations

from spacy.tokens import Doc

CONTENT_POS = ("ADJ", "ADV", "NOUN", "VERB")  # words that can carry an evaluation (names cannot)


def word_roles(doc: Doc) -> list[list]:
    """``[start, pos, dep]`` of every content word, in text order (offsets into the doc's text)."""
    return [[t.idx, t.pos_, t.dep_] for t in doc if t.pos_ in CONTENT_POS]
