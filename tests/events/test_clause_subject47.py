"""Stop 47 (branch timeline47): a subject pronoun whose clause is joined to a clause with a named
person as subject, in the same sentence, is that person, not the salient subject before it
(``events/people_link.clause_subject``). Invented sentences."""

from __future__ import annotations

from test_events import events_of

from newsprism.events import rules
from newsprism.quotes import rules as quote_rules

TEXT = (
    "Mayor Dan Wexley lost the harbor vote on Tuesday.\n\n"
    '"We will try again next year," council chair Oren Blakely said after the vote, although he '
    "blamed the port lobby for the defeat.\n\n"
    "While Wexley has offered a compromise on the docks, he has also insisted on closing the old "
    "ferry terminal and raising the pier fees."
)


def _insisting(nlp):
    found = [e for e in events_of(nlp, TEXT) if e.trigger.startswith("insisted")]
    assert found, TEXT
    return found[0].actors


def test_a_pronoun_after_a_named_subject_of_its_own_sentence_is_that_person(nlp):
    assert _insisting(nlp) == ["Dan Wexley"]
    # quotes' ``fronted_clause_subject`` (people/pronouns.py) reads the same fronted clause
    with (
        rules.switched_off(["clause_subject_pronouns"]),
        quote_rules.switched_off(["fronted_clause_subject"]),
    ):
        assert _insisting(nlp) == ["Oren Blakely"]


def test_two_people_named_before_the_pronoun_leave_the_usual_reading(nlp):
    text = TEXT.replace("While Wexley has offered", "While Wexley and Marta Ruiz have offered")

    def insisting():
        return [e.actors for e in events_of(nlp, text) if e.trigger.startswith("insisted")]

    found = insisting()
    with rules.switched_off(["clause_subject_pronouns"]):
        assert insisting() == found
