"""Issue 17's eighth round of quote rules, from the first-run errors of the unseen9 AllSides set,
on invented text: each named rule group finds what a careful reader would, and switching the group
off shows what it is worth."""

from __future__ import annotations

from newsprism.quotes import rules


def test_a_name_before_a_party_tag_speaks_when_the_parse_lost_the_subject(quotes_of, first_quote):
    text = (
        "State Sen. Dana Holloway and other supporters cast the bill as a modest protection.\n\n"
        '"I\'m extremely disappointed," Holloway, R-Columbus, told WBUR Boston shortly after the veto. '
        '"This bill had been significantly watered down."'
    )
    found = quotes_of(text)
    assert first_quote(found, "I'm extremely").speaker == "Dana Holloway"
    assert first_quote(found, "This bill").speaker == "Dana Holloway"


def test_a_statement_posted_after_a_colon_is_the_posters(quotes_of, first_quote):
    text = (
        "“What they are reporting is untrue,” the Army said in a statement provided to the Gazette.\n\n"
        "Likewise, Pentagon Press Secretary Rear Admiral Jon Kettering posted the following statement "
        "on Twitter: “Contrary to media reporting, no decision has been made. The process will be respected.”"
    )
    assert first_quote(quotes_of(text), "Contrary to").speaker == "Jon Kettering"
    # colon_subject_lead_in (fourteenth round) finds the poster too: both off
    with rules.switched_off(["posted_lead_in", "colon_subject_lead_in"]):
        assert first_quote(quotes_of(text), "Contrary to").speaker != "Jon Kettering"


REPORT = (
    "Officers were called to a hotel around 1 a.m. and found two men, according to a Lakeview Police "
    "Department report.\n\n"
    "“Mr. Ruiz was unable to speak with officers,” the police report says.\n\n"
    "Tom Varga, a spokesman for the department, provided a copy of the report to the Herald.\n\n"
    "“At this time the incident is not being investigated,” Varga said.\n\n"
    "The police report said three small baggies were impounded."
)


def test_a_report_introduced_with_its_issuer_speaks_for_the_issuer(quotes_of, first_quote):
    found = quotes_of(REPORT)
    assert first_quote(found, "Mr. Ruiz").speaker == "Lakeview Police Department"
    assert first_quote(found, "three small baggies").speaker == "Lakeview Police Department"
    with rules.switched_off(["issuer_before_noun"]):
        assert first_quote(quotes_of(REPORT), "three small baggies").speaker != "Lakeview Police Department"


def test_a_survey_named_by_its_unlabelled_issuer_is_the_issuers(quotes_of, first_quote):
    text = "About 31 percent consider themselves Christians, according to a Pew Research Center survey."
    quote = first_quote(quotes_of(text), "About 31 percent")
    assert quote.speaker == "Pew Research Center" and quote.speaker_type == "ORG"


def test_listed_examples_are_nobodys_words_whoever_speaks_next(quotes_of, first_quote):
    text = (
        "The company has dropped terms that may stoke anxiety, such as “OMG,” “stock up,” and "
        "“brace yourself.” “People don’t want marketing to make them feel anxious,” says Parry Malm, "
        "the firm’s CEO."
    )
    found = quotes_of(text)
    assert first_quote(found, "brace yourself").speaker is None
    assert first_quote(found, "People don").speaker == "Parry Malm"


def test_a_signed_documents_name_and_a_programme_as_subject_are_not_quotes(quotes_of, first_quote):
    text = (
        'Trump, who signed a "memorandum targeting China\'s economic aggression," according to the '
        'White House, called the tariffs part of "a very large negotiation" with Beijing.\n\n'
        "“The Daily Brief” shows you diverse perspectives on the day’s top stories."
    )
    found = quotes_of(text)
    assert first_quote(found, "memorandum") is None
    assert first_quote(found, "The Daily Brief") is None
    assert first_quote(found, "a very large negotiation").speaker == "Trump"
    with rules.switched_off(["document_titles"]):
        assert first_quote(quotes_of(text), "memorandum") is not None


def test_titles_coordinated_before_a_name_are_that_persons(quotes_of, first_quote):
    text = (
        "Facebook founder and CEO Mark Zuckerberg criticized the decision on Thursday, saying that, "
        "“We have a different policy than Twitter on this.”"
    )
    assert first_quote(quotes_of(text), "We have").speaker == "Mark Zuckerberg"
    with rules.switched_off(["coordinated_titles"]):
        assert first_quote(quotes_of(text), "We have").speaker is None


def test_a_quoted_form_number_is_a_name_and_the_report_around_it_stays(quotes_of, first_quote):
    text = (
        "According to the IRS, retirees will receive their payments automatically based on their "
        "“1099” benefit statements."
    )
    found = quotes_of(text)
    assert first_quote(found, "1099") is None
    assert first_quote(found, "retirees will receive").speaker == "IRS"


def test_what_the_generic_you_says_is_no_report(quotes_of, first_quote):
    text = "The best predictor of a sale is how long you say it will take to deliver the product."
    assert first_quote(quotes_of(text), "it will take") is None
    with rules.switched_off(["generic_you"]):
        assert first_quote(quotes_of(text), "it will take") is not None


def test_a_ledes_unnamed_role_is_the_person_the_next_paragraph_opens_with(quotes_of, first_quote):
    text = (
        "A Republican candidate for Congress was caught saying that she pulled her daughter out of "
        "college for “a year of brainwash” because the daughter supported gay marriage.\n\n"
        "Marla Steen is currently on the county board and she is running for the 48th District."
    )
    assert first_quote(quotes_of(text), "a year of brainwash").speaker == "Marla Steen"
    with rules.switched_off(["lede_subject_named_next"]):
        assert first_quote(quotes_of(text), "a year of brainwash").speaker is None


def test_a_role_a_country_possesses_is_the_one_person_later_given_that_title(quotes_of, first_quote):
    text = (
        "Trump said the tariffs were “the first of many,” while China's U.S. ambassador said Beijing "
        "is “not afraid” of a trade war.\n\n"
        "The tariffs would apply to “appropriate products,” said Trade Representative Robert Lighthizer.\n\n"
        "“We don't want a trade war. But we are not afraid of it,” Ambassador Cui Tiankai said in a video."
    )
    assert first_quote(quotes_of(text), "not afraid").speaker == "Cui Tiankai"
    with rules.switched_off(["possessed_role_named_later"]):
        assert first_quote(quotes_of(text), "not afraid").speaker is None


def test_people_listed_after_a_plural_noun_speak_together(quotes_of, first_quote):
    text = (
        "“Exploitation would be well within the capacity of a nation-state actor,” the researchers, "
        "Michael A. Specter, James Koppel and Daniel Weitzner, wrote in their paper."
    )
    speaker = first_quote(quotes_of(text), "Exploitation").speaker
    assert speaker == "Michael A. Specter, James Koppel and Daniel Weitzner"


def test_words_quoted_in_a_donation_box_are_not_quotes(quotes_of, first_quote):
    text = (
        "The commission voted 3-3.\n\n"
        "Support Accountability Journalism. Whether you’re reading about “dark money” influence or "
        "fundraising, every donation we receive goes directly into our reporting."
    )
    assert first_quote(quotes_of(text), "dark money") is None
    with rules.switched_off(["appeal_boxes"]):
        assert first_quote(quotes_of(text), "dark money") is not None


def test_words_the_act_quotes_are_the_laws_named_last(quotes_of, first_quote):
    text = (
        "The authority comes from section 301 of the 1974 Trade Act, which has seen little use.\n\n"
        "The act gives the president power to impose tariffs when a trading partner “engages in "
        "acts which burden or restrict United States commerce.”"
    )
    assert first_quote(quotes_of(text), "engages in").speaker == "Trade Act"
    with rules.switched_off(["law_subject"]):
        assert first_quote(quotes_of(text), "engages in").speaker is None


def test_the_agent_of_a_passive_framing_verb_speaks(quotes_of, first_quote):
    text = (
        "The analysis, which was welcomed by the former Vice President Al Gore as a “crucial step "
        "forward,” found that most of the firms produce oil."
    )
    assert first_quote(quotes_of(text), "crucial step").speaker == "Al Gore"
    with rules.switched_off(["passive_agent"]):
        assert first_quote(quotes_of(text), "crucial step").speaker is None


def test_a_clause_before_and_a_new_subject_whose_verb_is_quoted_is_reported(quotes_of, first_quote):
    text = (
        "Paul Boyd, a spokesman for the command, told the Gazette there is no charge sheet and the "
        "Channel 9 story “seems to be speculative in nature.”"
    )
    found = quotes_of(text)
    report = first_quote(found, "there is no charge sheet")
    assert report.text == "there is no charge sheet" and report.speaker == "Paul Boyd"
    assert first_quote(found, "seems to be").speaker == "Paul Boyd"
    with rules.switched_off(["conjunct_before_quoted"]):
        report = first_quote(quotes_of(text), "there is no charge sheet")
        assert report is None or report.text != "there is no charge sheet"


def test_a_clause_before_and_a_quoted_object_is_not_reported_alone(quotes_of, first_quote):
    text = (
        'Ms. Ferris said she would not raise taxes but would close what she called "loopholes for the rich."'
    )
    assert first_quote(quotes_of(text), "she would not raise taxes") is None
