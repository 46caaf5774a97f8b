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


def test_the_name_after_a_title_in_charge_speaks(quotes_of, first_quote):
    text = 'FBI Special Agent in Charge Tom Brandt said there is nothing that "directly ties the driver to any group."'
    assert first_quote(quotes_of(text), "directly ties").speaker == "Tom Brandt"
    with rules.switched_off(["title_in_charge"]):
        assert first_quote(quotes_of(text), "directly ties").speaker != "Tom Brandt"


HOST = (
    "When the mayor was weighing a strike he grew “frustrated” with his adviser, reports the AP. So he "
    "sought advice from others, including Fox News host Tom Rand. The Fox News host had a different take, "
    "insisting that a strike would not be in the city's interest, according to the Times."
)


def test_a_noun_with_its_proper_words_names_the_person_introduced_so(quotes_of, first_quote):
    assert first_quote(quotes_of(HOST), "a strike would not").speaker == "Tom Rand"
    with rules.switched_off(["affiliated_noun_named"]):
        assert first_quote(quotes_of(HOST), "a strike would not").speaker != "Tom Rand"


def test_another_outlet_before_the_noun_names_no_one(quotes_of, first_quote):
    text = HOST.replace("The Fox News host had", "The CNN host had")
    assert first_quote(quotes_of(text), "a strike would not").speaker != "Tom Rand"


def test_a_body_before_a_role_no_one_holds_is_no_guess_of_the_topic_person(quotes_of, first_quote):
    text = (
        "If he won, Mr. Dorn would become the junior senator to Ms. Vale. "
        "The Senate historian said that those who return to the Senate lose their seniority."
    )
    assert first_quote(quotes_of(text), "those who return").speaker is None
    with rules.switched_off(["affiliation_not_topic"]):  # was the man the story is about
        assert first_quote(quotes_of(text), "those who return").speaker == "Dorn"


def test_the_thing_called_a_name_is_no_speaker(quotes_of, first_quote):
    text = 'Democratic Sen. Ann Lee (Ore.) called the DHS demand a "witch hunt." She wrote to the agency.'
    assert first_quote(quotes_of(text), "witch hunt").speaker == "Ann Lee"
    with rules.switched_off(["predicate_not_cue"]):  # the parse's verb "demand", with DHS its subject
        assert first_quote(quotes_of(text), "witch hunt").speaker != "Ann Lee"
