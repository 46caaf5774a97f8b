"""Issue 17 (helper quotes44): a name written with a curly apostrophe in one paragraph and a
straight one in another is one person; a plural title-cased body ("The Joint Chiefs") is no person
for a "He" after it; in "X, said Y, wanted ...", Y speaks; "blamed" and "portrayed" frame quoted
words. Invented text through real spaCy; switching each group off shows what it replaces."""

from __future__ import annotations

from newsprism.quotes import rules

APOSTROPHES = (
    "Talk show host Dan O'Mara said his show would go on. \"We are not going anywhere,\" O'Mara said.\n\n"
    "Critics say O’Mara exaggerated his war stories. On at least two occasions, O’Mara claimed to have "
    "seen the fighting in Kabul.\n\n"
    '"I saw the shelling of the market," he said on his radio program in 2005.'
)


def test_curly_and_straight_apostrophes_name_one_person(quotes_of, first_quote):
    assert first_quote(quotes_of(APOSTROPHES), "I saw the shelling").speaker == "Dan O'Mara"
    with rules.switched_off(["apostrophe_names"]):
        assert first_quote(quotes_of(APOSTROPHES), "I saw the shelling").speaker == "O’Mara"


CHIEFS = (
    "The Joint Chiefs have had regular meetings on the matter and agreed to send the plan to Defense "
    "Secretary Paul Hendry earlier this month. He added that he had briefed the president on the plan "
    "for a year."
)


def test_a_plural_body_is_no_person_for_he(quotes_of, first_quote):
    assert first_quote(quotes_of(CHIEFS), "he had briefed").speaker == "Paul Hendry"
    with rules.switched_off(["plural_role_names"]):
        assert first_quote(quotes_of(CHIEFS), "he had briefed").speaker == "Joint Chiefs"


TAG = (
    "Governor Alma Brandt met the envoy last week.\n\n"
    'Mr. Okoro, said Ms. Brandt, wanted to make changes and try to reach "some kind of a deal" with the unions.'
)


def test_the_subject_after_a_tag_set_off_by_commas_speaks(quotes_of, first_quote):
    assert first_quote(quotes_of(TAG), "some kind of a deal").speaker == "Alma Brandt"
    with rules.switched_off(["tag_subject_after"]):
        assert first_quote(quotes_of(TAG), "some kind of a deal").speaker == "Okoro"


def test_blamed_and_portrayed_frame_the_quoted_words(quotes_of, first_quote):
    blamed = quotes_of(
        'Mayor Ana Ruiz blamed the "old guard," including council member Tom Pell, for the delay.'
    )
    assert first_quote(blamed, "old guard").speaker == "Ana Ruiz"
    portrayed = quotes_of('Senator Omar Lind portrayed himself as a voice for a "tired and angry country."')
    assert first_quote(portrayed, "tired and angry").speaker == "Omar Lind"


SENATOR = (
    "Vermont Sen. Ned Baxter has thrown his hat in the ring, joining a crowded field of Democrats.\n\n"
    '"We began the revolution in the 2016 campaign, and now it\'s time to move it forward," the '
    "independent senator told a radio station in an interview."
)


def test_a_describing_adjective_does_not_hide_the_one_holder_of_a_role(quotes_of, first_quote):
    assert first_quote(quotes_of(SENATOR), "We began the revolution").speaker == "Ned Baxter"
    with rules.switched_off(["describing_adjective"]):
        assert first_quote(quotes_of(SENATOR), "We began the revolution").speaker is None


ASKED = (
    "On Tuesday morning Fitch, a rating agency, released a report threatening to lower the rating if "
    "Congress didn't agree to a package. Asked by CNN how confident he was that negotiators could avoid "
    'that action Reyes replied, "I\'m not sure at all."'
)


def test_the_one_replying_answers_not_the_asker(quotes_of, first_quote):
    assert first_quote(quotes_of(ASKED), "I'm not sure").speaker == "Reyes"
    with rules.switched_off(["answer_after_asked"]):
        assert first_quote(quotes_of(ASKED), "I'm not sure").speaker == "CNN"


THEY = (
    "Senate leader Tom Varga said the party would vote next week.\n\n"
    "Since Republicans believe that insurers are obliged to keep the plans until the next period, they "
    'contend there will be less pressure on Republicans to produce the "replace" part of their promise.'
)


def test_they_after_a_plural_subject_is_no_singular_they(quotes_of, first_quote):
    assert first_quote(quotes_of(THEY), "replace").speaker is None
    with rules.switched_off(["plural_they"]):
        assert first_quote(quotes_of(THEY), "replace").speaker == "Tom Varga"
