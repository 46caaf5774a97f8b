"""Fixtures shared by the quotes tests."""

from __future__ import annotations

import pytest

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
