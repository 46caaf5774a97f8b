"""What was worked out for the document being read, kept until the next one.

The stages ask the same question of one document many times (one sentence's pattern matches for
each name in it, the document's token columns for each sentence searched). A memo keeps the
answers for the last document only: a new document, or one retokenised since (its length
changed), starts afresh, so nothing outlives the article it belongs to. ``doc_text``,
``doc_ents`` and ``sentence_of`` keep what spaCy rebuilds on every read and every stage reads.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token


class DocumentMemo:
    """Answers about one document at a time, by key."""

    def __init__(self) -> None:
        self._doc: Doc | None = None
        self._length = -1
        self._answers: dict[Any, Any] = {}

    def of(self, doc: Doc) -> dict[Any, Any]:
        """The answers kept for ``doc``: empty when it is not the document last asked about."""
        if self._doc is not doc or self._length != len(doc):
            self._doc, self._length, self._answers = doc, len(doc), {}
        return self._answers


@lru_cache(maxsize=8)
def doc_text(doc: Doc) -> str:
    """The doc's text, built once: spaCy joins the tokens anew on every ``doc.text``."""
    return doc.text


@lru_cache(maxsize=8)
def doc_ents(doc: Doc) -> tuple:
    """The doc's entities, built once: spaCy builds them all anew on every ``doc.ents`` or
    ``span.ents`` (the stages never change them after the parse)."""
    return doc.ents


_SENTENCES = DocumentMemo()


def doc_sentences(doc: Doc) -> tuple[Span, ...]:
    """The doc's sentences, made once: spaCy makes them anew on every ``doc.sents``."""
    memo = _SENTENCES.of(doc)
    if "sentences" not in memo:
        memo["sentences"] = tuple(doc.sents)
        memo["starts"] = [s.start for s in memo["sentences"]]
    return memo["sentences"]


def sentence_of(word: Token | Span) -> Span:
    """The sentence a token is in (a span's first token), the one ``token.sent`` gives: spaCy
    walks the document to its boundaries and slices it anew on every ``.sent`` (about 12 µs, as
    much as a few rules), and the stages ask for the same few sentences thousands of times."""
    found = doc_sentences(word.doc)
    at = word.i if isinstance(word, Token) else word.start
    return found[bisect_right(_SENTENCES.of(word.doc)["starts"], at) - 1]
