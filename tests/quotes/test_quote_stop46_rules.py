"""Issue 17 (helper quotes46): a report released by a person is that person's, not the body named in
their apposition, and a nationality word before a document names no issuer; a name inside a
relative clause under a role is not the role's holder; a role of another body after a quote is a
new source; "X rejected what he called “...”" is X's. Invented text through real spaCy; switching each group off shows what it
replaces."""

from __future__ import annotations

from newsprism.quotes import rules

REPORT = (
    "A retired British judge has issued a long report on the poisoning.\n\n"
    "The report released today by Sir Alan Preston, chairman of the British inquiry into the "
    "death, was delayed for years.\n\n"
    "The report says the men met twice in the hotel bar."
)


def test_a_report_released_by_a_person_is_theirs(quotes_of, first_quote):
    assert first_quote(quotes_of(REPORT), "the men met twice").speaker == "Alan Preston"
    with rules.switched_off(["issued_by_person", "nationality_not_issuer"]):
        assert first_quote(quotes_of(REPORT), "the men met twice").speaker == "British"


RELATIVE = (
    "“The damage is already done,” union president Carl Brandt said.\n\n"
    "The head of the Police Conduct Review Board, which prosecuted the case against Ray Tolan, "
    "said the evidence left the commissioner “no option but to dismiss Tolan.”"
)


def test_a_name_in_the_roles_relative_clause_is_not_its_holder(quotes_of, first_quote):
    assert first_quote(quotes_of(RELATIVE), "no option").speaker is None
    with rules.switched_off(["name_outside_relative"]):
        assert first_quote(quotes_of(RELATIVE), "no option").speaker == "Ray Tolan"
    with rules.switched_off(["role_of_other_body"]):
        assert first_quote(quotes_of(RELATIVE), "no option").speaker == "Carl Brandt"


CALLED = (
    "Foreign Minister Daniel Okafor spoke to reporters on Friday about the sanctions.\n\n"
    "Separately, ministry spokesman Peter Lind rejected what he called “unreal and repeated "
    "accusations by certain officials” about the attacks, state media said."
)


def test_what_he_called_is_the_clauses_named_subject(quotes_of, first_quote):
    assert first_quote(quotes_of(CALLED), "unreal and").speaker == "Peter Lind"


PONTIFF = (
    "Pope Leo called on parishes across Europe to take in refugees on Sunday.\n\n"
    "German Chancellor Anna Weber welcomed the call on Monday.\n\n"
    "“Every parish should take in one family,” the pontiff said."
)


def test_the_pontiff_is_the_pope_named_before(quotes_of, first_quote):
    assert first_quote(quotes_of(PONTIFF), "Every parish").speaker == "Leo"
    with rules.switched_off(["role_synonyms"]):
        assert first_quote(quotes_of(PONTIFF), "Every parish").speaker != "Leo"


LAWMAKER = (
    "Sen. Maria Costa voted against the bill on Tuesday.\n\n"
    "“This bill hands billions to the largest banks in the country,” the lawmaker said."
)


def test_the_lawmaker_is_the_senator_named_before(quotes_of, first_quote):
    assert first_quote(quotes_of(LAWMAKER), "This bill hands").speaker == "Maria Costa"
