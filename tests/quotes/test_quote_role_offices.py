"""Issue 17 (helper quotes43): a role phrase for the person a story is about. "The vice president"
is another office than the president's, and a paragraph opening "The former senator said" after a
paragraph about one speaker is that speaker; invented text through real spaCy, and switching each
group off shows the guess it replaces."""

from __future__ import annotations

from newsprism.quotes import rules

FORMER = (
    "Walter Brenning said Tuesday that the party must find younger candidates for the next election.\n\n"
    "The former vice president said the party had lost elections before and would recover.\n\n"
    "The vote came after President Ellen Maraz won a second term by a wide margin."
)


def test_a_former_role_opening_a_paragraph_is_the_speaker_just_written_about(quotes_of, first_quote):
    assert first_quote(quotes_of(FORMER), "the party had lost").speaker == "Walter Brenning"
    with rules.switched_off(["former_role_topic"]):
        assert first_quote(quotes_of(FORMER), "the party had lost").speaker != "Walter Brenning"


def test_a_vice_president_is_not_the_president_named_after(quotes_of, first_quote):
    with rules.switched_off(["former_role_topic"]):
        assert first_quote(quotes_of(FORMER), "the party had lost").speaker is None
    with rules.switched_off(["former_role_topic", "office_prefix"]):
        assert first_quote(quotes_of(FORMER), "the party had lost").speaker == "Ellen Maraz"


def test_a_role_without_former_is_left_to_the_other_rules(quotes_of, first_quote):
    text = FORMER.replace("The former vice president said", "The vice president said")
    found = first_quote(quotes_of(text), "the party had lost").speaker
    with rules.switched_off(["former_role_topic"]):
        assert first_quote(quotes_of(text), "the party had lost").speaker == found


SUFFIX = (
    "The measure found an ally in Representative F. Walter Brennick Jr., Republican of Ohio. "
    "Mr. Brennick said the law was never meant to allow the searches."
)


def test_a_surname_before_a_suffix_finds_the_full_name(quotes_of, first_quote):
    assert first_quote(quotes_of(SUFFIX), "the law was never").speaker == "F. Walter Brennick Jr."
    with rules.switched_off(["suffix_surname"]):
        assert first_quote(quotes_of(SUFFIX), "the law was never").speaker == "Brennick"


NAMESAKES = (
    "Officer Tomas Varga, 31, was hurt in the crash on Route 9.\n\n"
    "Varga's mother, Irene Varga, told a local paper that the family had driven to the hospital. "
    "Varga said her son was awake and talking."
)


def test_a_shared_surname_is_the_namesake_who_just_spoke(quotes_of, first_quote):
    assert first_quote(quotes_of(NAMESAKES), "her son was awake").speaker == "Irene Varga"
    with rules.switched_off(["namesake_speaker"]):
        assert first_quote(quotes_of(NAMESAKES), "her son was awake").speaker == "Tomas Varga"


def test_a_namesake_who_only_acted_does_not_take_the_surname(quotes_of, first_quote):
    text = NAMESAKES.replace("told a local paper that the family had driven", "drove the family")
    assert first_quote(quotes_of(text), "her son was awake").speaker == "Tomas Varga"


def test_a_word_of_the_question_is_the_askers_also_under_an_adverbial_if(quotes_of, first_quote):
    text = 'Asked if a new tax on fuel was "unavoidable," Brennick said he had "no appetite for it."'
    found = quotes_of(text)
    assert first_quote(found, "unavoidable").speaker is None
    assert first_quote(found, "no appetite").speaker == "Brennick"


EXCLAIMED = (
    "Several members said they would back the challenger.\n\n"
    "“Let’s all get behind Judge Ana Ruiz for chair!” Tom Keller wrote on Twitter. “She has my vote! "
    "She will stand up to the board!” Rep. Dale Pruitt, who won his seat last year, also said he would "
    "vote against the chairman."
)


def test_an_exclamation_before_a_report_of_its_own_goes_on_with_the_turn(quotes_of, first_quote):
    assert first_quote(quotes_of(EXCLAIMED), "She has my vote").speaker == "Tom Keller"
    assert first_quote(quotes_of(EXCLAIMED), "he would vote").speaker == "Dale Pruitt"
    with rules.switched_off(["exclaimed_turn"]):
        assert first_quote(quotes_of(EXCLAIMED), "She has my vote").speaker == "Dale Pruitt"


def test_an_exclamation_before_its_own_tag_keeps_the_tag(quotes_of, first_quote):
    text = "“We did it!” Tom Keller, who led the count, shouted after the vote."
    assert first_quote(quotes_of(text), "We did it").speaker == "Tom Keller"


COMMA_SUFFIX = (
    "Carlos P. Brennick, Jr., the director of policy at the firm, defended the rules. "
    "Brennick said that other groups had posts removed as well."
)


def test_a_suffix_set_off_by_commas_belongs_to_the_name(quotes_of, first_quote):
    assert first_quote(quotes_of(COMMA_SUFFIX), "other groups").speaker == "Carlos P. Brennick Jr."
    with rules.switched_off(["comma_suffix"]):
        assert first_quote(quotes_of(COMMA_SUFFIX), "other groups").speaker == "Carlos P. Brennick"
