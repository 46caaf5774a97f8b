"""Issue 17's tenth round of quote rules, from the first-run errors of the unseen11 AllSides set,
on invented text: each named rule group finds what a careful reader would, and switching the group
off shows what it is worth."""

from __future__ import annotations

from newsprism.quotes import rules

AGENCY = (
    "The Harbour Safety Bureau (HSB) published draft rules on ferry inspections on Tuesday.\n\n"
    "“Operators should keep records for five years,” the HSB wrote. The rules also say that "
    "“nothing here changes the Agency’s current practice.”\n\n"
    "The agency said operators should report every engine fault within a day."
)


def test_the_agency_is_not_the_capitalised_noun_quoted_before(quotes_of, first_quote):
    quote = first_quote(quotes_of(AGENCY), "operators should report")
    assert quote is not None and quote.speaker != "Agency"
    with rules.switched_off(["noun_is_no_name"]):
        assert first_quote(quotes_of(AGENCY), "operators should report").speaker == "Agency"


POLL = (
    "The Green Party did better than expected in the regional election, with an exit poll showing "
    "large gains in the cities.\n\n"
    "Mayor Tomas Berglund, a Green candidate, said if the exit poll was accurate, “then it is a very "
    "good night for us.”\n\n"
    "The Liberal Party lost heavily in the north, according to the exit poll. The poll said the "
    "Liberals would keep only two seats there."
)


def test_a_poll_a_speaker_talked_about_is_not_his_statement(quotes_of, first_quote):
    found = quotes_of(POLL)
    for words in ("The Liberal Party lost", "the Liberals would keep"):
        quote = first_quote(found, words)
        assert quote is not None and quote.speaker != "Tomas Berglund"
    with rules.switched_off(["document_talked_about"]):
        off = quotes_of(POLL)
        assert first_quote(off, "The Liberal Party lost").speaker == "Tomas Berglund"
