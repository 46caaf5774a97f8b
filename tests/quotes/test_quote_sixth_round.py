"""Issue 17's sixth round of quote rules, from the pooled first-run errors of every unseen AllSides
set, on invented text: each named rule group finds what a careful reader would (and no more), and
switching the group off shows what it is worth."""

from __future__ import annotations

from newsprism.quotes import rules


def test_coordinated_titles_before_a_name_are_that_persons(quotes_of, first_quote):
    text = (
        "“The ruling is a setback for every reader,” said Civic Press President and CEO Mara Lindqvist. "
        "“We will appeal.”"
    )
    found = quotes_of(text)
    assert first_quote(found, "The ruling is a setback").speaker == "Mara Lindqvist"
    assert first_quote(found, "We will appeal").speaker == "Mara Lindqvist"
    with rules.switched_off(["titles_before_name", "coordinated_titles"]):
        assert first_quote(quotes_of(text), "The ruling is a setback").speaker is None


def test_two_people_joined_by_and_are_still_no_single_speaker(quotes_of, first_quote):
    text = "“We will appeal,” said the mayor and Tomas Brenner."
    assert first_quote(quotes_of(text), "We will appeal").speaker != "Tomas Brenner"


def test_a_report_goes_on_after_but_that(quotes_of, first_quote):
    text = "Oskar Menz says it's a reasonable fear, but that voters shouldn't be overly concerned with it."
    quote = first_quote(quotes_of(text), "it's a reasonable fear")
    assert quote.text.endswith("overly concerned with it")
    with rules.switched_off(["but_continues"]):
        assert first_quote(quotes_of(text), "it's a reasonable fear").text == "it's a reasonable fear"


def test_a_report_goes_on_after_but_with_a_backshifted_verb(quotes_of, first_quote):
    text = (
        "The plaintiff, Ada Rowe, said in her lawsuit that she didn't actually use the drug, but had "
        "obtained the card as a statement of support."
    )
    assert first_quote(quotes_of(text), "she didn't actually use").text.endswith("a statement of support")


def test_but_declined_after_a_report_is_the_writers(quotes_of, first_quote):
    text = "Oskar Menz said the plan would work, but declined to give details about its cost."
    quote = first_quote(quotes_of(text), "the plan would work")
    assert "declined" not in quote.text


def test_words_named_as_words_have_no_speaker(quotes_of, first_quote):
    text = (
        "Oskar Menz says that the data is clear: words with positive connotations like “eminent” are "
        "showing up less than words with negative connotations like “rebuke.”"
    )
    found = quotes_of(text)
    assert first_quote(found, "eminent").speaker is None
    assert first_quote(found, "rebuke").speaker is None
    with rules.switched_off(["words_as_words"]):
        assert first_quote(quotes_of(text), "eminent").speaker == "Oskar Menz"


def test_a_speakers_own_phrase_keeps_its_speaker(quotes_of, first_quote):
    text = "Oskar Menz says that what he preaches is about what's “on the inside.”"
    assert first_quote(quotes_of(text), "on the inside").speaker == "Oskar Menz"


def test_a_source_in_parentheses_speaks(quotes_of, first_quote):
    text = (
        "The film has been called a tale of first love “reminiscent of early Varda” (Screen Weekly) "
        "that is “impossible not to love” (Northern Review)!"
    )
    found = quotes_of(text)
    assert first_quote(found, "reminiscent of early Varda").speaker == "Screen Weekly"
    assert first_quote(found, "impossible not to love").speaker == "Northern Review"
    with rules.switched_off(["parenthetical_source"]):
        assert first_quote(quotes_of(text), "impossible not to love").speaker is None


def test_a_description_of_a_body_is_the_body_the_text_was_about(quotes_of, first_quote):
    text = (
        "On Monday, Harlow Stores announced that it is furloughing most of its staff. The "
        "department-store chain noted in a press release that “we have lost most of our sales.”"
    )
    assert first_quote(quotes_of(text), "we have lost most").speaker == "Harlow Stores"
    with rules.switched_off(["subject_body"]):
        assert first_quote(quotes_of(text), "we have lost most").speaker != "Harlow Stores"


def test_two_bodies_as_subjects_leave_the_description_to_the_older_rules(quotes_of, first_quote):
    text = (
        "Harlow Stores and Benton Mills sued the county on Monday. The chain said in a statement "
        "that the tax was unlawful."
    )
    chosen = first_quote(quotes_of(text), "the tax was unlawful").speaker
    with rules.switched_off(["subject_body"]):
        assert first_quote(quotes_of(text), "the tax was unlawful").speaker == chosen


def test_a_statement_issued_by_someone_is_theirs(quotes_of, first_quote):
    text = (
        "The film lost its appeal in the high court, according to a statement issued on Wednesday by "
        "the film's director, Wanjiru Kamau."
    )
    assert first_quote(quotes_of(text), "The film lost its appeal").speaker == "Wanjiru Kamau"


def test_a_report_obtained_by_someone_is_not_theirs(quotes_of, first_quote):
    text = (
        "According to an internal staffing report obtained by the nurses' union, the ward was short "
        "of staff on 212 days."
    )
    assert first_quote(quotes_of(text), "the ward was short").speaker is None


def test_a_quotation_after_the_writers_aside_goes_on_with_the_speaker(quotes_of, first_quote):
    text = (
        "“Voters are not the only players,” Ilse Norberg says. “Donors count as well.”\n\n"
        "This gap creates uncertainty for the parties. “The parties are unsure how much each counts.”"
    )
    assert first_quote(quotes_of(text), "The parties are unsure").speaker == "Ilse Norberg"
    with rules.switched_off(["speaker_after_aside"]):
        assert first_quote(quotes_of(text), "The parties are unsure").speaker is None


def test_an_aside_naming_someone_else_stops_the_carry(quotes_of, first_quote):
    text = (
        "“Voters are not the only players,” Ilse Norberg says.\n\n"
        "Her colleague Piet Larsen disagrees. “The parties are unsure how much each counts.”"
    )
    assert first_quote(quotes_of(text), "The parties are unsure").speaker != "Ilse Norberg"


def test_ruled_indicated_mentioned_and_worried_report_a_clause(quotes_of, first_quote):
    text = (
        "In July, Judge Rosa Ibarra ruled that the defendant knew the risks. Sheriff Dan Oakes had "
        "earlier indicated that the death appeared accidental. Senator Ivo Pell mentioned in interviews "
        "that he was in contact with the firm. Mayor Lena Voss worried that too few lawmakers work "
        "across the aisle."
    )
    found = quotes_of(text)
    assert first_quote(found, "the defendant knew the risks").speaker == "Rosa Ibarra"
    assert first_quote(found, "the death appeared accidental").speaker == "Dan Oakes"
    assert first_quote(found, "he was in contact with the firm").speaker == "Ivo Pell"
    assert first_quote(found, "too few lawmakers work").speaker == "Lena Voss"


def test_held_a_meeting_reports_nothing(quotes_of):
    text = "The council held a meeting on Monday that lasted three hours."
    assert quotes_of(text) == []


def test_according_to_a_measure_or_plan_reports_nothing(quotes_of, first_quote):
    text = (
        "In a perfect democracy, winners would govern according to the interests of those who elected "
        "them. Turnout rose by a third, according to the county clerk, Rosa Ibarra."
    )
    found = quotes_of(text)
    assert first_quote(found, "In a perfect democracy") is None
    assert first_quote(found, "Turnout rose by a third").speaker == "Rosa Ibarra"
    with rules.switched_off(["according_to_measure"]):
        assert first_quote(quotes_of(text), "In a perfect democracy") is not None


def test_an_adverbial_clause_before_a_tag_states_nothing_alone(quotes_of, first_quote):
    text = (
        "If these laws were struck down, the Civic Fund argues, the group would fund rides to the polls "
        "in every county."
    )
    found = quotes_of(text)
    assert first_quote(found, "If these laws were struck down") is None
    assert first_quote(found, "the group would fund rides").speaker == "Civic Fund"
    with rules.switched_off(["subordinate_tag"]):
        assert first_quote(quotes_of(text), "the group would fund rides") is None


def test_a_whole_sentence_opening_with_if_is_still_reported(quotes_of, first_quote):
    text = (
        "If Congress fails to act by Friday, about 800,000 workers would be furloughed, according to "
        "the Office of Management and Budget."
    )
    assert (
        first_quote(quotes_of(text), "If Congress fails to act").speaker == "Office of Management and Budget"
    )
