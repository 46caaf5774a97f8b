"""Issue 17, the named quotes found without a speaker (docs/measured/quotes.md, stop 43): framing verbs
and a phrasal speech verb the lexicon lacked, on invented text. Each test fails without its line in
``speech_verbs.yaml`` or ``speech_phrasal_verbs.txt``; ``outlet_not_body`` keeps "threaten" from
giving a body's words to a news outlet the story cited."""

from __future__ import annotations

import pytest

from newsprism.quotes import rules


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Tom Reyes lauded the mayor for championing “safety, jobs and schools” at the meeting.",
            "safety",
            "Tom Reyes",
        ),
        (
            "Carl Dunmore threatened to “shut the whole port down” if the vote failed.",
            "shut the whole",
            "Carl Dunmore",
        ),
        ("Ann Lee pleaded “not guilty” in a court in Dover on Friday.", "not guilty", "Ann Lee"),
        (
            "In a letter, Sen. Ivo Marsh pronounced himself “deeply troubled” by the order.",
            "deeply troubled",
            "Ivo Marsh",
        ),
        ("Nora Pell fretted that the rule “may hurt every small shop in town.”", "may hurt", "Nora Pell"),
    ],
)
def test_a_framing_verb_gives_the_quoted_phrase_to_its_subject(quotes_of, first_quote, text, words, speaker):
    assert first_quote(quotes_of(text), words).speaker == speaker


def test_fretting_introduces_reported_speech(quotes_of, first_quote):
    found = quotes_of("Nora Pell fretted that the new toll would drive every trucker off the bridge.")
    quote = first_quote(found, "the new toll")
    assert quote is not None and quote.speaker == "Nora Pell"


def test_pleading_reports_nothing_without_marks(quotes_of):
    # framing only: "pleaded that ..." is no statement of what the pleader said
    found = quotes_of("Ann Lee pleaded that the court give her more time to pay.")
    assert not [q for q in found if q.speaker == "Ann Lee"]


def test_went_on_before_a_quotation_is_a_speech_act(quotes_of, first_quote):
    text = (
        "Mayor Tom Reyes spoke to the council on Monday about the flood.\n\n"
        "He went on, “We will rebuild the bridge by May, and we will pay for it ourselves.”"
    )
    assert first_quote(quotes_of(text), "We will rebuild").speaker == "Tom Reyes"


def test_going_on_without_a_quotation_reports_nothing(quotes_of):
    found = quotes_of("Mayor Tom Reyes said the meeting went on for hours before the vote.")
    assert not [q for q in found if q.text.startswith("for hours")]


CITED = (
    "The army warned the marchers on Sunday (Reuters described it as “a last warning”), and thousands "
    "are expected to march today.\n\n"
    "The army has threatened to “turn its guns” on anyone who uses violence."
)


def test_a_body_noun_is_not_the_news_outlet_cited_before(quotes_of, first_quote):
    assert first_quote(quotes_of(CITED), "a last warning").speaker == "Reuters"
    assert first_quote(quotes_of(CITED), "turn its guns").speaker != "Reuters"
    with rules.switched_off(["outlet_not_body"]):
        assert first_quote(quotes_of(CITED), "turn its guns").speaker == "Reuters"


def test_a_noun_an_outlet_goes_by_still_names_it(quotes_of, first_quote):
    text = (
        "Reuters reported on Sunday that the port had closed.\n\n"
        "“Ships are waiting offshore,” the agency said."
    )
    assert first_quote(quotes_of(text), "Ships are waiting").speaker == "Reuters"
