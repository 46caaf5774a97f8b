"""The written forms of the quoting speech verbs, made once from the lemmas and the irregular past
forms: what code without a parse (a label before a name) stops at."""

from __future__ import annotations

import pytest

from newsprism.nlp.lexicon import speech_verb_forms


@pytest.mark.parametrize(
    "form",
    [
        "said",
        "says",
        "saying",
        "wrote",
        "added",
        "adds",
        "noted",
        "noting",
        "denies",
        "denied",
        "testifies",
        "stresses",
        "agreeing",
        "quipped",
        "admitted",
        "warned",
    ],
)
def test_regular_and_irregular_forms_are_there(form):
    assert form in speech_verb_forms()


@pytest.mark.parametrize("word", ["crowd", "state-run", "president", "agring", "sayd"])
def test_words_that_are_no_speech_verb_form_are_not(word):
    assert word not in speech_verb_forms()
