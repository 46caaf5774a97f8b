"""Nineteenth issue-20 round: common verbs of praise, persuasion and blocking, judgements in two
words ("a low blow"), and a third party's stance on a policy in the present simple."""

from __future__ import annotations

import pytest

from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="r19", source="test", text=text))


def first_type(nlp, text: str) -> str | None:
    found = events_of(nlp, text)
    return found[0].type if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Union leaders cheered the governor's decision on Tuesday.", "SUPPORT"),
        ("The senator tried to persuade the governor to sign the bill.", "REQUEST"),
        ("Senate Republicans blocked the nomination of the judge.", "REJECT"),
        ("The mayor called the remark a cheap shot.", "ACCUSE"),
        ("The minister called the tax plan a power grab.", "ACCUSE"),
        # a stance on someone, or one's own said now, stays an act
        ("The union opposes the governor.", "REJECT"),
        ("\u201cI support the administration's diplomatic effort,\u201d the senator said.", "SUPPORT"),
        ("The party opposed the nomination last week.", "REJECT"),
    ],
)
def test_acts_between_parties(nlp, text, expected):
    assert first_type(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The party opposes mailing ballots to every voter.",
        "More than 800 mayors support more aggressive prosecution of gun crimes.",
        "The smaller party is more conservative and supports leaving the union.",
        "The minister called the storm a low front.",
    ],
)
def test_positions_and_plain_words_are_no_events(nlp, text):
    assert events_of(nlp, text) == []
