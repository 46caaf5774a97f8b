"""Issue 17's seventeenth round of quote rules, from the first-run errors of the unseen17 AllSides
set, on invented text: each rule finds what a careful reader would, and switching its group off
shows what it is worth."""

from __future__ import annotations

from newsprism.quotes import rules

BROTHER = (
    "Senate candidate Marcus Delacroix on Friday cast himself as an outsider, saying he had never "
    "worked in the capital.\n\n"
    "Mr. Delacroix, the son of a former governor, has defended the record of his brother, former "
    "Governor Anton J. Delacroix, in recent days.\n\n"
    "“I never lived there. I’ll tell that story,” Mr. Delacroix said."
)


def test_a_relative_named_beside_his_brother_does_not_take_the_surname(quotes_of, first_quote):
    found = quotes_of(BROTHER)
    assert first_quote(found, "I never lived there").speaker == "Marcus Delacroix"
    with rules.switched_off(["kin_of_pronoun"]):
        assert first_quote(quotes_of(BROTHER), "I never lived there").speaker == "Anton J. Delacroix"


PONTIFF = (
    "Liberal Catholics greet almost anything uttered by Pope Clement XV with glee.\n\n"
    "That's when Pope Adrian IX announced that the old doctrine and the new science could be "
    "compatible. Pope Clement XV is just following in those footsteps.\n\n"
    "“The doors stay open to every science,” the Pope said Monday in an address to a gathering of "
    "scientists."
)


def test_a_title_someone_holds_is_not_the_first_word_of_a_body(quotes_of, first_quote):
    found = quotes_of(PONTIFF)
    assert first_quote(found, "The doors stay open").speaker == "Clement XV"
    with rules.switched_off(["role_not_body"]):
        assert first_quote(quotes_of(PONTIFF), "The doors stay open").speaker == "Pope Adrian IX"


LETTER = (
    "The Portland-based chain plans to buy space in major newspapers on Thursday to run an open letter "
    "from Daniel Hartley explaining the decision.\n\n"
    "But the letter notes that the chain is standing by its position that the matter belongs to "
    "lawmakers."
)


def test_the_letter_speaks_for_the_person_who_sent_it(quotes_of, first_quote):
    found = quotes_of(LETTER)
    assert first_quote(found, "the chain is standing by").speaker == "Daniel Hartley"
    with rules.switched_off(["letter_from_person"]):
        assert first_quote(quotes_of(LETTER), "the chain is standing by").speaker is None


CONJUNCT = (
    "The protests and clashes with police extended through the night. One vacant house was set on "
    "fire and the Harbor-Courier says police have received reports of businesses being set on fire."
)


def test_a_name_before_a_subjectless_conjunct_verb_speaks(quotes_of, first_quote):
    found = quotes_of(CONJUNCT)
    assert first_quote(found, "police have received reports").speaker == "Harbor-Courier"
    with rules.switched_off(["name_before_conjunct"]):
        assert first_quote(quotes_of(CONJUNCT), "police have received reports").speaker is None


JUDGE = (
    "A federal judge said on Friday the state had made “very promising” progress toward reopening "
    "the shelters.\n\n"
    "The state has six days left to comply with the order by U.S. District Judge Nora Castellane, who "
    "summoned state attorneys to her courtroom.\n\n"
    "“I’m very impressed with the effort being made,” said Castellane at the end of the hearing."
)


def test_an_indefinite_role_is_the_one_person_introduced_next_with_it(quotes_of, first_quote):
    found = quotes_of(JUDGE)
    assert first_quote(found, "very promising").speaker == "Nora Castellane"
    with rules.switched_off(["role_introduced_next"]):
        assert first_quote(quotes_of(JUDGE), "very promising").speaker is None


ASKED = (
    "“Yes, I have never served in the capital,” Ms. Harrow told reporters before her speech when asked "
    "if she is a “plausible outsider.”\n\n"
    "Asked whether she was “all in here,” Ms. Harrow said, “Oh, yes. I am competitive.”"
)


def test_words_quoted_in_a_question_put_by_an_unnamed_asker_are_not_the_answerers(quotes_of, first_quote):
    found = quotes_of(ASKED)
    assert first_quote(found, "plausible outsider").speaker is None
    assert first_quote(found, "all in here").speaker is None
    assert first_quote(found, "Oh, yes").speaker == "Harrow"
    with rules.switched_off(["asked_words"]):
        assert first_quote(quotes_of(ASKED), "all in here").speaker == "Harrow"
