"""Issue 17 (helper quotes48b): a masthead the model labels WORK_OF_ART speaks as the outlet, a
report does not end inside a hyphenated word the parse split, a bare singular noun coordinated
with a named person is that person's title, two named people who speak together are named
together, a verb the parse hung inside a relative clause set off after a name is the name's, and
"He goes on to say" after the speaker's own question is the speaker going on, not an answer; in
"Brask and Republican senators said" Brask leads. Invented text through real spaCy; switching each group off shows what it replaces."""

from __future__ import annotations

from newsprism.quotes import rules

MASTHEAD = "The rebels have staged a series of “bold raids,” The Valley Monitor reported last month."


def test_a_masthead_labelled_as_a_work_speaks_as_the_outlet(quotes_of, first_quote):
    assert first_quote(quotes_of(MASTHEAD), "bold raids").speaker == "Valley Monitor"
    with rules.switched_off(["masthead_outlet"]):
        assert first_quote(quotes_of(MASTHEAD), "bold raids").speaker is None


HYPHEN = (
    "The mayor also hinted at that meeting that he would be open to re-entering the regional "
    "compact if the board offered a better deal."
)


def test_a_report_does_not_end_inside_a_hyphenated_word(quotes_of, first_quote):
    assert first_quote(quotes_of(HYPHEN), "he would be open").text.startswith(
        "he would be open to re-entering the"
    )
    with rules.switched_off(["hyphen_glued_word"]):
        assert first_quote(quotes_of(HYPHEN), "he would be open").text == "he would be open to re"


SPONSOR = (
    "The council voted on the plan on Tuesday.\n\n"
    "“Everyone should be able to give a little so the town can keep its library open,” bill sponsor "
    "and Harlow Democrat Councilwoman Tessa Marlow said in a statement."
)


def test_a_bare_noun_coordinated_with_a_name_is_its_title(quotes_of, first_quote):
    assert first_quote(quotes_of(SPONSOR), "Everyone should").speaker == "Tessa Marlow"
    with rules.switched_off(["bare_noun_title"]):
        assert first_quote(quotes_of(SPONSOR), "Everyone should").speaker != "Tessa Marlow"


PAIR = (
    "Activists Mira Velk and Joss Aramis have campaigned against the board for years.\n\n"
    "Both Velk and Aramis said reformers will keep up the fight for control of the board."
)


def test_two_named_people_speak_together(quotes_of, first_quote):
    assert first_quote(quotes_of(PAIR), "reformers will").speaker == "Mira Velk and Joss Aramis"
    with rules.switched_off(["joint_people"]):
        assert first_quote(quotes_of(PAIR), "reformers will").speaker is None


RELATIVE = (
    "Mayor Dara Fenwick has said little about the audit.\n\n"
    "Fenwick, who is spending a long weekend at his oceanfront Sea-a-Vista club in Palm Cove, Florida, "
    "tweeted on Sunday: “Obviously I didn’t say that.”"
)


def test_a_verb_after_a_relative_clause_is_the_names(quotes_of, first_quote):
    assert first_quote(quotes_of(RELATIVE), "Obviously").speaker == "Dara Fenwick"
    with rules.switched_off(["verb_past_relative"]):
        assert first_quote(quotes_of(RELATIVE), "Obviously").speaker is None


GOING_ON = (
    "The painter Peter Brask says the idea came after he asked himself: “what would the river say if "
    "it could speak?”\n\nHe goes on to say: “Nobody listens to rivers any more.”"
)


def test_going_on_after_a_question_is_no_answer(quotes_of, first_quote):
    assert first_quote(quotes_of(GOING_ON), "Nobody listens").speaker == "Peter Brask"
    with rules.switched_off(["going_on_not_answer"]):
        assert first_quote(quotes_of(GOING_ON), "Nobody listens").speaker is None


LEADER = (
    "Mayor Peter Brask scrapped the plan last year.\n\n"
    "Brask and Republican senators have said they would back the tenants if the budget allows it."
)


def test_a_named_person_leads_a_group_the_parse_made_him_modify(quotes_of, first_quote):
    assert first_quote(quotes_of(LEADER), "they would back").speaker == "Peter Brask"
    with rules.switched_off(["person_and_group"]):
        assert first_quote(quotes_of(LEADER), "they would back").speaker is None
