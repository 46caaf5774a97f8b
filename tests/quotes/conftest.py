"""Fixtures shared by the quotes tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from newsprism.quotes.extract import extract_quotes


@pytest.fixture(scope="module")
def quotes_of(nlp):
    def run(text: str):
        found = extract_quotes(nlp(text), "t1")
        for quote in found:  # offsets always point at the words they claim
            assert text[quote.start : quote.end] == quote.text
            assert quote.sentence_start <= quote.start and quote.end <= quote.sentence_end
            if quote.speaker_start is not None:
                assert text[quote.speaker_start : quote.speaker_end] == quote.speaker_mention
        return found

    return run


@pytest.fixture(scope="session")
def first_quote():
    """The first quote whose words start with ``words`` (None when there is none)."""

    def find(found, words: str):
        return next((q for q in found if q.text.startswith(words)), None)

    return find


@pytest.fixture(scope="module")
def hand_parse(nlp):
    """A real spaCy Doc with the parse given, for rules over a parse the small model may or may not
    produce for a sentence: ``hand_parse(words, heads, deps, pos, ents)``, ents as (start, end, label)."""

    def build(words, heads, deps, pos, ents=()):
        doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
        doc.ents = [Span(doc, start, end, label) for start, end, label in ents]
        return doc

    return build
