"""Answers kept per document (speed50a): the same as working them out, and never stale when a
rule group is switched off for the same document."""

from spacy.tokens import Span

from newsprism.people import pronouns
from newsprism.people.tokens import clean_name
from newsprism.quotes import rules

NICKNAME = 'Martin "Marty" Quellbrook, a former bakery owner, spoke on Monday.'
BOUND = "She knows she will never vote for Ann Lee. She wants a change. He called Ann Lee twice."


def test_a_kept_clean_name_follows_the_nickname_rule(nlp):
    doc = nlp(NICKNAME)
    name = Span(doc, 0, 5, label="PERSON")
    assert clean_name(name) == "Martin Quellbrook"
    with rules.switched_off(["quoted_nickname"]):
        assert clean_name(name) == 'Martin "Marty" Quellbrook'
    assert clean_name(name) == "Martin Quellbrook"


def test_kept_bound_names_match_the_walk_and_the_rule_switch(nlp):
    doc = nlp(BOUND)
    pronoun = doc[-1]  # any token of the document asks for it
    offsets = [t.idx for t in doc if t.text in ("Ann", "Lee")]
    for offset in offsets:
        for gender in ("f", "m"):
            assert pronouns._bound_name(pronoun, offset, gender) == pronouns._bound_at(doc, offset, gender)
    assert pronouns._bound_name(pronoun, offsets[0], "f")  # "she will never vote for Ann Lee"
    assert not pronouns._bound_name(pronoun, offsets[-1], "f")  # his call is no "she" clause
    with rules.switched_off(["bound_name"]):
        assert not pronouns._bound_name(pronoun, offsets[0], "f")
