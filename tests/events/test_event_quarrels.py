"""Words between politicians are no assault (AllSides July 2019 week read): a clash with people of
politics named by their role, an attack on someone's character or on a bill, the noun a relative
clause of attack hangs on; an umpire's figure is no strike; an act still owed is not done."""

from __future__ import annotations

import pytest

import newsprism.events.rules as rules
from newsprism.events.extract import extract_events
from newsprism.models import Article


def events_of(nlp, text: str):
    return extract_events(nlp(text), Article(article_id="qr", source="test", text=text))


def typed(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in events_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Senator Ann Cole clashed with fellow lawmakers over the budget.", "quarrel_roles"),
        ("The speaker has clashed with the same House members.", "quarrel_roles"),
        ("It came after a public clash between Senator Ann Cole and the four lawmakers.", "quarrel_roles"),
        ("The group attacked the character of the governor.", "attacked_words"),
        ("The group attacked the bill on Tuesday.", "attacked_words"),
        ("Conservative groups are attacking the new law.", "attacked_words"),
    ],
)
def test_quarrels_between_politicians_are_words(nlp, text, group):
    assert typed(nlp, text)[:1] == [("ACCUSE", "disapprove")]
    with rules.switched_off([group]):
        assert [t for t, _ in typed(nlp, text)][:1] != ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Police clashed with protesters outside the embassy.",
        "It came after a clash between police and protesters.",
        "Troops clashed with rebels in the north.",
        "Militants attacked the convoy near the border.",
        "Militants attacked an army position near the border.",
    ],
)
def test_force_stays_assault(nlp, text):
    assert typed(nlp, text)[0][0] == "ASSAULT"


def test_the_noun_a_relative_clause_of_attack_hangs_on_is_attacked(nlp):
    text = "Rita Diaz, one of the congresswomen Governor Ray Hill attacked, said the vote sent a message."
    attack = [e for e in events_of(nlp, text) if e.trigger == "attacked"]
    assert attack and attack[0].recipients == ["congresswomen"] and attack[0].type == "ACCUSE"
    with rules.switched_off(["relative_targets"]):
        assert [e.type for e in events_of(nlp, text) if e.trigger == "attacked"] == ["ASSAULT"]
    doer = events_of(nlp, "The man who attacked the guard was arrested.")
    assert ("ASSAULT", ["man"], ["guard"]) in [(e.type, e.actors, e.recipients) for e in doer]


def test_an_umpires_figure_is_no_strike(nlp):
    assert events_of(nlp, "He had been calling balls and strikes all day.") == []
    assert typed(nlp, "The union called a strike at the plant.") == [("PROTEST", "strike")]


def test_a_verb_joined_to_an_obligation_is_owed_too(nlp):
    text = "The deal still has to be passed by the House and Senate, and signed by the governor."
    assert events_of(nlp, text) == []
    with rules.switched_off(["shared_obligations"]):
        assert events_of(nlp, text) != []
    done = typed(nlp, "The bill was passed by the House and signed by the governor.")
    assert done and done[0][0] == "SUPPORT"


def test_an_occasion_is_no_one_asked(nlp):
    text = "On numerous occasions, he asked that questions be repeated."
    found = events_of(nlp, text)
    assert found and found[0].type == "REQUEST" and found[0].recipients == []
    with rules.switched_off(["occasions_no_party", "things_not_parties"]):
        assert events_of(nlp, text)[0].recipients == ["numerous occasions"]
    urged = events_of(nlp, "At one point, the senator urged the governor to resign.")
    assert urged[0].recipients == ["governor"]
