"""Issue 17 (helper quotes50a): "as X puts it, “...”" is X's; an outlet relaying a tag ("“...,” he
said, the Ledger reported"; "X said Friday, the Ledger reported") neither speaks nor is reported;
"When Belko ran ..., he said" is Belko's; "railed against" frames quoted words. Invented text through
real spaCy; switching each group off shows what it replaces."""

from __future__ import annotations

from newsprism.quotes import rules

PUTS_IT = (
    "Orchard owner Pell Varga runs a small farm near Dunmore.\n\n"
    'Last year was hard at the farm. Or as orchard manager Tomas Belko puts it, "Last year was nearly a ruin."'
)


def test_as_one_puts_it_names_the_speaker(quotes_of, first_quote):
    assert first_quote(quotes_of(PUTS_IT), "Last year was nearly").speaker == "Tomas Belko"
    with rules.switched_off(["as_one_puts_it"]):
        assert first_quote(quotes_of(PUTS_IT), "Last year was nearly").speaker is None


PRONOUN_RELAY = (
    "Council leader Hanna Orvik was cautious about the plan.\n\n"
    "“We may fail. We may not be able to mend it,” she said, the Dunmore Ledger reported."
)


def test_a_pronoun_tag_under_an_outlets_report_is_the_speaker(quotes_of, first_quote):
    assert first_quote(quotes_of(PRONOUN_RELAY), "We may fail").speaker == "Hanna Orvik"
    with rules.switched_off(["pronoun_tag_under_relay"]):
        assert first_quote(quotes_of(PRONOUN_RELAY), "We may fail").speaker == "Dunmore Ledger"


RELAY_TAG = (
    "“The port will answer any move against its ships,” harbour spokesman Tomas Belko said Friday, "
    "the Dunmore Ledger reported."
)


def test_a_relay_tag_after_a_quote_is_no_report(quotes_of):
    assert not any("Ledger reported" in q.text for q in quotes_of(RELAY_TAG))
    with rules.switched_off(["relay_tag_not_report"]):
        assert any("Ledger reported" in q.text for q in quotes_of(RELAY_TAG))


FRONTED = (
    "Harlan Voss declared that he would circumvent a hostile council.\n\n"
    "And when Tomas Belko ran for mayor last year, he frequently said that he would fix the city's problems."
)


def test_a_fronted_clauses_named_subject_is_the_pronoun(quotes_of, first_quote):
    assert first_quote(quotes_of(FRONTED), "he would fix").speaker == "Tomas Belko"
    with rules.switched_off(["fronted_clause_subject"]):
        assert first_quote(quotes_of(FRONTED), "he would fix").speaker == "Harlan Voss"


RAILED = (
    "Mayor Tomas Belko spoke on Friday. The mayor railed against the port's “reckless plan” for the harbour."
)


def test_railed_against_frames_the_quoted_words(quotes_of, first_quote):
    assert first_quote(quotes_of(RAILED), "reckless plan").speaker == "Tomas Belko"
