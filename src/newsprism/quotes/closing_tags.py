"""Whose words a quotation closed by "?" or "!" is: the words right after its closing mark decide.

A question or exclamation ends its own sentence, so the parse often puts the tag after it in a
new sentence, and that sentence may be long: "“Could you charge the president ...?” Rep. Ken Buck
(R-Colo.) asked Mueller during the testimony." A tag's subject (or its inverted verb) opens the
words after the mark; then the asker speaks, never the speaker before, whose turn would otherwise
be carried into the question and so give the question to the one asked (``long_closing_tag``).
Conversely, a cue verb further on, in a clause that does not open after the mark ("“... our
Country!” And while it's clear ..., Mueller confirmed ..."), is a new statement of the writer's
and no tag (``cue_past_closing``): the quotation goes on the turn before it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsprism.nlp.entity_repairs import entity_label
from newsprism.people.tokens import is_cue
from newsprism.people.words import CUE_VERBS, SPEAKER_TYPES, SUBJECT_DEPS
from newsprism.quotes import rules
from newsprism.quotes.marks import doc_text

_CLOSERS = ("?", "!")
_TAG_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})


def _closes_with(quoted: Span) -> bool:
    """The quoted words end with a question or exclamation mark, inside or just after the marks."""
    text = doc_text(quoted.doc)
    words = text[quoted.start_char : quoted.end_char].rstrip(" \"”’'")
    return words.endswith(_CLOSERS) or text[quoted.end_char : quoted.end_char + 1] in _CLOSERS


def _first_after(quoted: Span) -> Token | None:
    doc = quoted.doc
    after = quoted.end
    while after < len(doc) and (doc[after].is_punct or doc[after].is_space) and after - quoted.end < 3:
        after += 1
    if after >= len(doc) or "\n" in doc_text(doc)[quoted.end_char : doc[after].idx]:
        return None  # a new paragraph: a new statement, never this one's tag
    return doc[after]


def _opens_tag(verb: Token, first: Token) -> bool:
    """The verb's named subject, or the verb itself, opens the words after the closing mark."""
    if verb.i == first.i:
        return True  # '“...?” asked the moderator'
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and subject.left_edge.i == first.i and subject.i < verb.i


def long_tag_after(quoted: Span, inside) -> Token | None:
    """The cue verb of the sentence right after a quotation closed by '?' or '!', when that verb's
    subject (a name, a person or a pronoun) opens it: '“...?” Rep. Ken Buck (R-Colo.) asked
    Mueller during the testimony.'"""
    if not rules.enabled("long_closing_tag") or not len(quoted) or not _closes_with(quoted):
        return None
    first = _first_after(quoted)
    if first is None or inside(first.idx) or first.is_quote:
        return None
    sentence = first.sent
    if sentence.start != first.i:
        return None  # the parse kept it in the quotation's sentence: cue_for has seen it
    verb = sentence.root
    if not is_cue(verb, CUE_VERBS) or inside(verb.idx) or not _opens_tag(verb, first):
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return verb if verb.i == first.i else None
    named = subject.pos_ == "PROPN" or entity_label(subject) in SPEAKER_TYPES
    return verb if named or subject.lower_ in _TAG_PRONOUNS else None


def cue_past_closing(quoted: Span, cue: Token) -> bool:
    """A cue after a quotation closed by '?' or '!' whose clause does not open after the mark is
    another statement, not the quotation's tag."""
    if not rules.enabled("cue_past_closing") or cue.i < quoted.end or not _closes_with(quoted):
        return False
    first = _first_after(quoted)
    if first is None or first.is_quote or cue.i - quoted.end <= 2:
        return False
    return not _opens_tag(cue, first)
