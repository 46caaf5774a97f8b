"""Issue 17 stop 47 (roles and aliases of people, read on a week of real news): a role keeps no
clause verb or evaluative adjective before the title, no programme's or other thing's name glued
before it, is never cut inside a committee's name; a name holds no social handle (invented text,
real model). Each test turns its rule off and sees the old fault come back."""

from __future__ import annotations

from spacy.tokens import Span

from newsprism.entities import mention_roles, role_filters
from newsprism.entities.mentions import extract_mentions
from newsprism.models import Article
from newsprism.nlp import entity_cleaning
from newsprism.nlp.entity_cleaning import clean_entities


def _roles(nlp, text: str, name: str) -> list[list[str]]:
    """The roles of each mention of ``name`` in ``text``."""
    doc = nlp(text)
    found = extract_mentions(doc, Article(article_id="a", source="a.txt", text=text))
    return [m.roles for m in found if m.text == name]


JAB = "The next day, Mr. Grable jabbed House Speaker Nora Vellin over the conditions in her district."
POOR = (
    "Because the rule prevents the department from charging a sitting governor, poor Governor "
    "Alton Pike would have been denied his rights."
)
COMMITTEE = (
    "The senator filed a letter, alleging that House Ways and Means Committee Chairman Ned Farrow "
    "had overstepped."
)
PODCAST = 'The Civic Radio Podcast Justice Ida Crane To Radio: "I Am Well" Justice Ida Crane spoke on Monday.'


def _without(key: str):
    """``role_filters._words`` with one of its lists empty (the rule switched off)."""
    words = role_filters._words

    def patched(name: str) -> frozenset[str]:
        return frozenset() if name == key else words(name)

    return patched


def test_a_clause_verb_tagged_a_noun_is_no_part_of_the_title(nlp, monkeypatch):
    assert _roles(nlp, JAB, "Nora Vellin") == [["House Speaker"]]
    monkeypatch.setattr(mention_roles, "past_tense_verb", lambda word: False)
    assert _roles(nlp, JAB, "Nora Vellin") == [["jabbed House Speaker"]]


def test_an_evaluative_opener_is_left_out(nlp, monkeypatch):
    assert _roles(nlp, POOR, "Alton Pike") == [["Governor"]]
    monkeypatch.setattr(role_filters, "_words", _without("role_evaluative_openers"))
    monkeypatch.setattr(role_filters, "_evaluative_words", frozenset)  # the lexicon's rule too
    assert _roles(nlp, POOR, "Alton Pike") == [["poor Governor"]]


def test_a_committee_name_is_not_cut_at_its_and(nlp, monkeypatch):
    assert _roles(nlp, COMMITTEE, "Ned Farrow") == [["House Ways and Means Committee Chairman"]]
    monkeypatch.setattr(role_filters, "_whole_name_start", lambda doc, first, start: first)
    assert _roles(nlp, COMMITTEE, "Ned Farrow") == [["Means Committee Chairman"]]


def test_a_programme_name_before_a_capitalised_title_is_left_out(nlp, monkeypatch):
    assert ["Justice"] in _roles(nlp, PODCAST, "Ida Crane")
    assert not any("Podcast" in r for roles in _roles(nlp, PODCAST, "Ida Crane") for r in roles)
    monkeypatch.setattr(role_filters, "_words", _without("role_programme_nouns"))
    assert any("Podcast Justice" in r for roles in _roles(nlp, PODCAST, "Ida Crane") for r in roles)


def _cleaned(nlp, text: str, first: int, end: int) -> list[tuple[str, str]]:
    """``clean_entities`` of a doc whose only entity is tokens ``first`` .. ``end`` typed PERSON."""
    doc = nlp(text)
    doc.ents = [Span(doc, first, end, label="PERSON")]
    return [(doc[r.start : r.end].text, r.label) for r in clean_entities(doc, frozenset({"PERSON", "ORG"}))]


HANDLES = "Thanks to everyone at the meeting with @GrumbleKing @DailyHerald as always."
PLATFORM = "Follow reporter Tam Orly on Twitter @TamOrly."


def test_a_name_holds_no_social_handle(nlp, monkeypatch):
    assert _cleaned(nlp, HANDLES, 7, 9) == [("@GrumbleKing", "PERSON")]
    assert _cleaned(nlp, PLATFORM, 5, 7) == [("Twitter", "ORG")]
    monkeypatch.setattr(
        entity_cleaning, "_without_handles", lambda doc, start, end, label: (start, end, label)
    )
    assert _cleaned(nlp, HANDLES, 7, 9) == [("@GrumbleKing @DailyHerald", "PERSON")]
    assert _cleaned(nlp, PLATFORM, 5, 7) == [("Twitter @TamOrly", "PERSON")]


LISTED = (
    "A program aired by state television showed clips of Grable and National Security Adviser "
    "Ned Farrow with the ships."
)


def test_a_name_listed_before_a_title_neither_joins_nor_cuts_it(nlp):
    """ "X and National Security Adviser Y" read as one organisation: the title stays as written,
    neither "X and National Security Adviser" (no organisation noun ends the name) nor "Adviser"."""
    assert _roles(nlp, LISTED, "Ned Farrow") == [["National Security Adviser"]]
