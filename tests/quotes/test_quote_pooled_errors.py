"""Issue 17: rules from the errors pooled over every real split (two pronouns resolved to the
wrong person), on invented text: each rule finds what a careful reader would, and switching its
group off shows what it is worth."""

from __future__ import annotations

from newsprism.quotes import rules

BOUND = (
    "DUNMORE - Marla Quist, a retired seamstress, grows beans behind the house.\n\n"
    "The rains came late this year.\n\n"
    "The creek rose twice.\n\n"
    "The mill closed in March.\n\n"
    "She knows she will never vote for Ada Brinkley, a woman who has run the council for a decade. "
    "She wants a change.\n\n"
    "“If we had new leaders,” she said, “the town would come back.”"
)


def test_a_name_inside_a_pronoun_subjects_clause_is_not_the_next_pronoun(quotes_of, first_quote):
    leaders = first_quote(quotes_of(BOUND), "If we had new leaders")
    assert leaders is not None and leaders.speaker != "Ada Brinkley"
    with rules.switched_off(["bound_name"]):
        assert first_quote(quotes_of(BOUND), "If we had new leaders").speaker == "Ada Brinkley"


POSSESSED = (
    "Economic adviser Tomas Reyes said the credits for electric cars would end next year.\n\n"
    "Governor Paul Duarte's administration has long floated the idea of ending the credits. Last "
    "week, he said he was thinking about cutting them for the largest carmakers."
)


def test_a_persons_thing_as_subject_makes_the_person_the_pronouns(quotes_of, first_quote):
    cutting = first_quote(quotes_of(POSSESSED), "he was thinking about cutting")
    assert cutting is not None and cutting.speaker == "Paul Duarte"
    with rules.switched_off(["possessed_subject"]):
        assert first_quote(quotes_of(POSSESSED), "he was thinking").speaker == "Tomas Reyes"


DOCUMENT = (
    "The new Larkfield Water Board guidance sets out how to test wells for lead.\n\n"
    "“We recommend that owners test every spring,” the document states.\n\n"
    "A Harlow Institute report and the Dunmore City Council guidance both cover the wells. The "
    "document says that older pipes are safe."
)


def test_a_general_document_word_is_the_one_document_introduced_before(quotes_of, first_quote):
    found = quotes_of(DOCUMENT)
    spring = first_quote(found, "We recommend that owners")
    assert spring is not None and spring.speaker == "Larkfield Water Board"
    pipes = first_quote(found, "older pipes are safe")
    assert pipes is not None and pipes.speaker is None  # two documents, two issuers: no guess
    with rules.switched_off(["document_named_before"]):
        assert first_quote(quotes_of(DOCUMENT), "We recommend").speaker is None


BOUND_THEN_OLDER = (
    "DUNMORE - Casey Quist grows beans behind the house.\n\n"
    "The rains came late.\n\n"
    "Neighbors say she will never vote for Ms. Ada Brinkley, the mayor.\n\n"
    "“If we had new leaders,” she said, “the town would come back.”"
)


def test_a_bound_name_gives_way_to_the_next_fitting_person(quotes_of, first_quote):
    """The bound name is skipped, and the older woman is still the pronoun's, not the bound one
    whose gender the article shows ("Ms.")."""
    leaders = first_quote(quotes_of(BOUND_THEN_OLDER), "If we had new leaders")
    assert leaders is not None and leaders.speaker == "Casey Quist"
    with rules.switched_off(["bound_name"]):
        assert first_quote(quotes_of(BOUND_THEN_OLDER), "If we had new leaders").speaker == "Ada Brinkley"


def test_a_share_in_words_speaks_for_the_poll_like_a_figure(quotes_of, first_quote):
    for share in ("38 percent", "Thirty-eight percent", "Sixty per cent", "Twelve %"):
        text = (
            "A new Harwick University poll asked 900 voters in Brenn County about the levy. "
            f"{share} said the tax was “too high for families,” and most wanted a vote."
        )
        quote = first_quote(quotes_of(text), "too high for families")
        assert quote is not None and quote.speaker == "Harwick University", share
    with rules.switched_off(["poll_respondents"]):
        quote = first_quote(quotes_of(text), "too high for families")
        assert quote.speaker is None
