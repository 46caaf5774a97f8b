"""Issue 17 (helper quotes51): a one-word name that is a man's given name is no "she"; "her son,
Tobin, commented, “...”" is the son's; "as the agency is calling it" names the agency; "The paper
also reported" after a newspaper is that newspaper. Invented text through real spaCy; switching each
rule off (the group, or the lexicon line) shows what it replaces."""

from __future__ import annotations

from newsprism.nlp import lexicon
from newsprism.quotes import rules

LONE_GIVEN_NAME = (
    "Marisol Quennell, 71, lives alone near the coast now. Her former husband, Dorian Quennell, could "
    "not be reached.\n\n"
    "Only one of the grown sons still speaks to their father, Quennell says. Visits stopped 20 years "
    'ago after Simon, then 11, told his father, "Take me back. I am done here," after he was pushed in a '
    "stairwell.\n\n"
    "That was for the best, she said."
)


def test_lone_mans_given_name_is_no_she(quotes_of, first_quote):
    assert first_quote(quotes_of(LONE_GIVEN_NAME), "That was for the best").speaker == "Marisol Quennell"
    with rules.switched_off(["lone_given_name"]):
        assert first_quote(quotes_of(LONE_GIVEN_NAME), "That was for the best").speaker == "Simon"


SON_COMMENTED = (
    "Odile Varnac spoke about her marriage in a video last week.\n\n"
    'When he shared the video, her youngest son, Tobin, commented, "We all learned from her what '
    'strength looks like. None of us will repeat his mistakes."'
)


def test_commented_tag_names_its_subject(quotes_of, first_quote):
    assert first_quote(quotes_of(SON_COMMENTED), "We all learned").speaker == "Tobin"


def test_comment_reports_quotes():
    assert "comment" in lexicon.speech_verbs("quote")


AS_CALLING_IT = (
    "The Orvane probe will leave its orbit in March.\n\n"
    'Its "last lap," as the Helion Space Agency is calling it, will take eleven weeks.'
)


def test_as_one_is_calling_it_names_the_caller(quotes_of, first_quote):
    quote = first_quote(quotes_of(AS_CALLING_IT), "last lap")
    assert quote.speaker == "Helion Space Agency"
    with rules.switched_off(["as_one_puts_it"]):
        assert first_quote(quotes_of(AS_CALLING_IT), "last lap").speaker != "Helion Space Agency"


PAPER = (
    "Governor Lyle Avenant of Orvia defended the port deal on Monday.\n\n"
    "It emerged via the Los Angeles Times that the deal had been struck months before. "
    "The paper also reported that an earlier attempt at a deal had failed."
)


def test_the_paper_is_the_newspaper_named_before(quotes_of, first_quote):
    assert first_quote(quotes_of(PAPER), "an earlier attempt").speaker == "Los Angeles Times"
    with rules.switched_off(["paper_outlet"]):
        assert first_quote(quotes_of(PAPER), "an earlier attempt").speaker is None


READ_MORE = (
    "Mayor Ilse Darrow defended the port deal on Monday.\n\n"
    "‘Nothing but praise!’ Angry mayor defends the port deal Read more\n\n"
    'She said: "The deal stands."'
)


def test_linked_headline_before_read_more_is_no_quote(quotes_of):
    assert not [q for q in quotes_of(READ_MORE) if "Nothing but praise" in q.text]
    with rules.switched_off(["link_blurbs"]):
        assert [q for q in quotes_of(READ_MORE) if "Nothing but praise" in q.text]
