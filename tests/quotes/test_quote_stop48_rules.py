"""Issue 17 (helper quotes48): a pronoun tag is not the person its report talks about ('Lee
“represents ...,” he added'), a closing tag's own named subject keeps its words when an outlet
relays the whole sentence ('“...,” Stone messaged Ames, CNN reported'), and "messaged"/"emailed"
are speech verbs. Invented text through real spaCy; switching each group off shows what it replaces."""

from __future__ import annotations

from newsprism.quotes import rules

TOPIC = (
    "Party chair Kestrin Quell was re-elected on Monday over the objections of the tenants' groups.\n\n"
    "Dorian Vell has spent a decade organising tenants in Harlow.\n\n"
    "“Nobody in the council listens to us,” Vell told the Courier. “The council has become a club. And people hate clubs.”\n\n"
    "Quell “represents the old guard,” he added."
)


def test_a_pronoun_tag_is_not_the_subject_of_its_report(quotes_of, first_quote):
    assert first_quote(quotes_of(TOPIC), "represents the old guard").speaker == "Dorian Vell"
    with rules.switched_off(["reported_subject"]):
        assert first_quote(quotes_of(TOPIC), "represents the old guard").speaker == "Kestrin Quell"


RELAYED = (
    "The inquiry has examined messages between the two men, the Courier reported.\n\n"
    "“Stop wasting my time,” Mr. Tolland messaged Mr. Brask after the hearing, the Courier reported."
)


def test_a_relayed_closing_tag_keeps_its_speaker(quotes_of, first_quote):
    assert first_quote(quotes_of(RELAYED), "Stop wasting").speaker == "Tolland"
    with rules.switched_off(["relayed_tag"]):
        assert first_quote(quotes_of(RELAYED), "Stop wasting").speaker != "Tolland"


GENERATIONS = (
    "Rep. Harlan Voss announced on Tuesday that he is retiring.\n\n"
    "State Sen. Harlan Voss III, who is running for the seat, said the family was proud of him.\n\n"
    "The elder Voss told a radio host that the claims against him are false."
)


def test_the_elder_surname_is_the_bearer_without_a_suffix(quotes_of, first_quote):
    assert first_quote(quotes_of(GENERATIONS), "the claims").speaker == "Harlan Voss"
    with rules.switched_off(["generation_word"]):
        assert first_quote(quotes_of(GENERATIONS), "the claims").speaker == "Harlan Voss III"
