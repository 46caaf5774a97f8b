"""Issue 17 (helper quotes47): a person named after no given name stays a person beside a body
named after them ("the Marlow Foundation"), quoted words in a video widget or a wire photo caption
are the page's, "a police spokesman said" is the sergeant named in the next paragraph's tag, and
figures a body compiled speak for that body. Invented text through real spaCy; switching each group
off (or emptying its data) shows what it replaces."""

from __future__ import annotations

from newsprism.nlp import org_relabels
from newsprism.quotes import rules

EPONYM = (
    "Former President Marlow is quietly advising the party, aides say.\n\n"
    "Helen Tasker, who is now the chief executive of the Marlow Foundation, has been calling donors.\n\n"
    "Last week Marlow released a statement blasting the new budget.\n\n"
    "“This budget will hurt every family in the state,” he said in the statement."
)


def test_a_body_named_after_a_person_leaves_the_person(quotes_of, first_quote, monkeypatch):
    assert first_quote(quotes_of(EPONYM), "This budget").speaker == "Marlow"
    monkeypatch.setattr(org_relabels, "EPONYM_BODY_NOUNS", frozenset())
    assert first_quote(quotes_of(EPONYM + " "), "This budget").speaker != "Marlow"


WIDGET = (
    "Senator Ada Brill said on Monday that the bill would pass.\n\n"
    "JUST WATCHED Senators weigh a 'fresh start' Replay More Videos ... MUST WATCH Senators weigh a "
    "'fresh start' 03:48\n\n"
    'A "No Entry" sign is seen at the gate of Orchard State Park in Millbrook, May 3, 2017. '
    "REUTERS/Tomas Delgado\n\n"
    "The vote is set for Tuesday."
)


def test_quotes_in_video_widgets_and_captions_are_furniture(quotes_of):
    texts = [q.text for q in quotes_of(WIDGET)]
    assert not any("fresh start" in t or "No Entry" in t for t in texts)
    with rules.switched_off(["debris_lines"]):
        texts = [q.text for q in quotes_of(WIDGET)]
        assert any("fresh start" in t or "No Entry" in t for t in texts)


SPOKESMAN = (
    "A brawl at a roadside diner left four people injured on Saturday, a police spokesman said.\n\n"
    "Harlow police Sgt. Dorian Vell said two of the injured were taken to a hospital in the city."
)


def test_police_spokesman_is_the_sergeant_named_next(quotes_of, first_quote):
    assert first_quote(quotes_of(SPOKESMAN), "A brawl").speaker == "Dorian Vell"
    with rules.switched_off(["role_named_next_tag_first"]):
        assert first_quote(quotes_of(SPOKESMAN), "A brawl").speaker is None


FIGURES = (
    "Arrests for illegal fishing rose sharply this spring.\n\n"
    "Numbers from the Coastal Records Bureau said wardens charged 212 people in May, twice the "
    "number charged a year earlier."
)


def test_figures_from_a_body_are_that_bodys(quotes_of, first_quote):
    assert first_quote(quotes_of(FIGURES), "wardens charged").speaker == "Coastal Records Bureau"
    with rules.switched_off(["data_from_body"]):
        assert first_quote(quotes_of(FIGURES), "wardens charged").speaker is None
