"""Issue 17: rules from the span errors of all 17 real quote splits pooled, on invented text: each
rule finds what a careful reader would, and switching its group off shows what it is worth."""

from __future__ import annotations

from newsprism.quotes import rules

TOPICS = (
    "Senator Ilse Marwood spoke to reporters on Tuesday.\n\n"
    "Marwood also explained why she thinks the governor wants the inquiry to fail.\n\n"
    "She told the committee that the budget had been cut twice."
)


def test_a_wh_clause_names_a_topic_not_a_statement(quotes_of, first_quote):
    found = quotes_of(TOPICS)
    assert first_quote(found, "why she thinks") is None
    budget = first_quote(found, "the budget had been cut")  # "told ... that": still a report
    assert budget is not None and budget.speaker == "Ilse Marwood"
    with rules.switched_off(["wh_complement"]):
        assert first_quote(quotes_of(TOPICS), "why she thinks") is not None


CONJUNCT = (
    "Dr. Teodor Vasquez runs the county's harm-reduction van.\n\n"
    "The overdose rate in the county stayed level last year, Vasquez notes, but there were far more "
    "deaths from counterfeit pills.\n\n"
    "The van stopped at the shelter, Vasquez said, collecting needles from the bins."
)


def test_a_conjunct_clause_after_a_tag_goes_on_with_the_report(quotes_of, first_quote):
    found = quotes_of(CONJUNCT)
    rate = first_quote(found, "The overdose rate in the county stayed level")
    assert rate is not None and rate.speaker == "Teodor Vasquez"
    more = first_quote(found, "but there were far more deaths")
    assert more is not None and more.speaker == "Teodor Vasquez" and more.kind == "indirect"
    assert not any(q.text.startswith("collecting") for q in found)  # a participle: the writer's
    with rules.switched_off(["conjunct_after_tag"]):
        assert first_quote(quotes_of(CONJUNCT), "but there were far more") is None
