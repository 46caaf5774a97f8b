"""Seventeenth issue-20 round (the midterm week's remainder): candidates and parties beaten at the
polls, moods fought, a party put in charge, residents deciding a ballot measure, a balance struck
in a clause the parser hung on a verb, and words mimicked in a nested quotation."""

from __future__ import annotations

import pytest

from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="r17", source="test", text=text))


def first_type(nlp, text: str) -> str | None:
    found = events_of(nlp, text)
    return found[0].type if found else None


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday night Ann Walker beat Peter Morrow to put a Democrat back in the governor's mansion.",
        "The new senator, Dana Brooks (who beat one-term Republican Sam Ortiz), spoke to reporters.",
        "The White House knows it is still fighting voter dissatisfaction with the economy.",
        "Voters handed the Assembly to the Greens, putting the party in charge of the budget.",
        "Residents of Millbrook, Iowa, also approved a ban on billboards.",
        "It speaks to a balancing act she's had to strike over the years.",
        "\u201cNow if I write something it gets attacked, and if I don\u2019t write something, \u2018Oh, you\u2019re"
        " scared,\u2019 or, \u2018You\u2019re a fraud,\u2019\u201d he said.",
    ],
)
def test_no_event_between_parties(nlp, text):
    assert events_of(nlp, text) == []


def test_voters_slaughtering_a_party_is_no_attack_but_firing_an_adviser_is_an_office_act(nlp):
    found = events_of(
        nlp, "The day after the president saw the voters slaughter the Democrats, he fired his adviser."
    )
    assert [(e.type, e.mode) for e in found] == [("SANCTION", "expel")]  # branch types43: firing
    assert "adviser" in " ".join(found[0].recipients)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police beat a protester outside the courthouse.", "ASSAULT"),
        ("John Smith beat Jane Doe to death with a hammer.", "ASSAULT"),
        ("The officers who beat Rodney Hale were acquitted.", "ASSAULT"),
        ("Rebels slaughtered the villagers on Monday.", "ASSAULT"),
        ("Lee also challenged Grant that if the plan is so good then he should try it himself.", "ACCUSE"),
        ("Residents attacked the police station.", "ASSAULT"),
        ("The council approved a ban on protests near the mosque.", "COERCE"),
        ("\u201cHe is a fraud,\u201d Smith said.", "ACCUSE"),
        ("\u2018You are a liar,\u2019 Smith told the senator.", "ACCUSE"),
    ],
)
def test_acts_between_parties_stay(nlp, text, expected):
    assert first_type(nlp, text) == expected
