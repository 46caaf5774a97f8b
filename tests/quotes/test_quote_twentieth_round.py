"""Issue 17's twentieth round of quote rules (speaker attribution), from the pooled errors of the
real splits and the unseen20 first run, on invented text: each rule finds what a careful reader
would, and switching its group off shows what it is worth."""

from __future__ import annotations

from newsprism.quotes import rules

CONTINUED = (
    "The county will vote on the water plan next month.\n\n"
    "“The plan gives every farm the same share of the river,” said Nora Pell, who chairs the growers' board.\n\n"
    "ADVERTISEMENT\n\n"
    "“It might cost more in a dry year. But nobody is left out, and that is the point of it.”\n\n"
    "The board meets again on Friday."
)


def test_a_turn_goes_on_over_an_advertisement_line(quotes_of, first_quote):
    assert first_quote(quotes_of(CONTINUED), "It might cost more").speaker == "Nora Pell"
    with rules.switched_off(["furniture_between"]):
        assert first_quote(quotes_of(CONTINUED), "It might cost more").speaker is None


def test_a_sentence_of_the_writer_still_ends_the_turn(quotes_of, first_quote):
    text = CONTINUED.replace("ADVERTISEMENT", "The board has argued over the river for a decade.")
    assert first_quote(quotes_of(text), "It might cost more").speaker is None
