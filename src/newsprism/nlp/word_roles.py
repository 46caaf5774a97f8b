"""The part of speech, dependency label and head of an article's content words, kept with the
article so later stages that have no parse (the comparison, which reads stored rows) can still tell
how a word stands in its sentence: an adjective before a noun or after "is", a noun as a clause's
subject or as a modifier of another noun, and what a predicate adjective says something of (its
clause's subject, so subjects and their possessors are kept whatever their part of speech: "he",
"Smith", "his" in "his remarks were vile")."""

from __future__ import annotations

from spacy.tokens import Doc

CONTENT_POS = ("ADJ", "ADV", "NOUN", "VERB")  # words that can carry an evaluation (names cannot)
SUBJECT_DEPS = ("nsubj", "nsubjpass", "poss")  # what a predicate is about, and whose it is


def word_roles(doc: Doc) -> list[list]:
    """``[start, pos, dep, head_start]`` of every content word, subject and possessor, in text
    order (offsets into the doc's text; a sentence's root is its own head)."""
    return [
        [t.idx, t.pos_, t.dep_, t.head.idx] for t in doc if t.pos_ in CONTENT_POS or t.dep_ in SUBJECT_DEPS
    ]
