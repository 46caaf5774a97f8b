"""Issue 17's eleventh round of quote rules, from the first-run errors of the unseen12 AllSides set,
on invented text: each named rule group finds what a careful reader would, and switching the group
off shows what it is worth."""

from __future__ import annotations

from newsprism.quotes import rules

SURVEY = (
    "Hospitals are buying more air filters this winter.\n\n"
    "In a 2021 Halvorsen Institute survey, 41% of nurses said the wards were too cold at night. "
    "Another 12% said they had no say in the matter."
)


def test_a_share_of_respondents_speaks_for_the_pollster(quotes_of, first_quote):
    quote = first_quote(quotes_of(SURVEY), "the wards were too cold")
    assert quote is not None and quote.speaker == "Halvorsen Institute"
    with rules.switched_off(["poll_respondents"]):
        assert first_quote(quotes_of(SURVEY), "the wards were too cold").speaker is None


FRONTED = (
    "The bishops met in Lyon on Friday to discuss the new school rules.\n\n"
    "“The rules came too late for this year,” said Maria Okonjo, a teacher at the cathedral school.\n\n"
    "Added Peter Vandersloot, the director of the Lyon Parents Council: “We asked for them in May, "
    "and nobody answered us.”"
)


def test_a_fronted_speech_verb_gives_the_name_after_it(quotes_of, first_quote):
    quote = first_quote(quotes_of(FRONTED), "We asked for them in May")
    assert quote is not None and quote.speaker == "Peter Vandersloot"
    with rules.switched_off(["verb_first_tag"]):
        assert first_quote(quotes_of(FRONTED), "We asked for them in May").speaker != "Peter Vandersloot"


NAMESAKE = (
    "The council voted on the harbour plan on Monday. Marcus Zeller, a fisherman, led the "
    "protest outside the hall.\n\n"
    "Marcus Oyelaran, a lawyer for the fishermen's union, read the plan with the union's members. "
    "He said that the plan leaves the small boats no berths at all."
)


def test_a_sentence_opening_with_a_full_name_is_not_an_earlier_namesake(quotes_of, first_quote):
    quote = first_quote(quotes_of(NAMESAKE), "the plan leaves the small boats")
    assert quote is not None and quote.speaker == "Marcus Oyelaran"
    with rules.switched_off(["whole_name_opener"]):
        assert first_quote(quotes_of(NAMESAKE), "the plan leaves").speaker == "Marcus Zeller"


def test_a_dialogue_tag_ends_at_a_participle_comma(nlp):
    from newsprism.quotes.dialogue_tags import participle_follows

    doc = nlp("“That is why,” Ada retorts, getting a laugh from her sister.")
    comma = next(t for t in doc if t.text == "," and t.i > 5)
    assert participle_follows(comma) == (doc[comma.i + 1].tag_ == "VBG")
    with rules.switched_off(["tag_before_participle"]):
        assert not participle_follows(comma)


KIN = (
    "Walter Keller was sentenced on Friday for the fire at the Ostend warehouse.\n\n"
    "Keller's younger sister, Maria, told the court she had forgiven him long ago."
)


def test_a_relative_named_by_a_given_name_takes_the_family_surname(quotes_of, first_quote):
    quote = first_quote(quotes_of(KIN), "she had forgiven him")
    assert quote is not None and quote.speaker == "Maria Keller"
    with rules.switched_off(["kin_given_name"]):
        assert first_quote(quotes_of(KIN), "she had forgiven him").speaker == "Maria"
