"""Issue 17 (helper quotes46c): a bare surname two people share ("Alan Breck" and "Alan Breck
Jr.") is the article's main bearer, not the longer name, unless the text marks the other ("the
younger Breck"). Invented text through real spaCy; switching the group off shows what it replaces."""

from __future__ import annotations

from newsprism.quotes import rules

FAMILY = (
    "Governor Alan Breck denied the report on Friday, calling it a smear.\n\n"
    "His son Alan Breck Jr. called the story “a typical smear campaign” in a radio interview.\n\n"
    "“I think it makes him a normal person,” the younger Breck said.\n\n"
    "Reporters asked about the rally later in the week. The crowd was large and loud.\n\n"
    "“We will win this state by a lot,” Breck said at the rally on Saturday."
)


def test_bare_surname_is_the_main_bearer(quotes_of, first_quote):
    quotes = quotes_of(FAMILY)
    assert first_quote(quotes, "We will win").speaker == "Alan Breck"
    assert first_quote(quotes, "I think it makes").speaker == "Alan Breck Jr."
    with rules.switched_off(["surname_main_bearer"]):
        assert first_quote(quotes_of(FAMILY), "We will win").speaker == "Alan Breck Jr."
