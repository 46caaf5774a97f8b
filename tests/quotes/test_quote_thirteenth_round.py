"""Issue 17's thirteenth round of quote rules, from the first-run errors of the unseen14 AllSides set
(and a March 2020 read), on invented text: each named rule group finds what a careful reader would,
and switching the group off shows what it is worth."""

from __future__ import annotations

from newsprism.quotes import rules

RUN_ON = (
    "The clinic released the results on Sunday night after Governor Mara Lindqvist told reporters "
    "hours earlier that she had taken the test, following days of resisting being screened despite "
    "her contact with two infected aides.\n\n"
    "Dario Venn acknowledged that his farms likely received federal aid, though he said he did not "
    "know how much."
)


def test_the_writers_narration_ends_a_report(quotes_of, first_quote):
    found = quotes_of(RUN_ON)
    test = first_quote(found, "she had taken the test")
    assert test is not None and "following" not in test.text and test.speaker == "Mara Lindqvist"
    aid = first_quote(found, "his farms likely received")
    assert aid is not None and "though" not in aid.text
    with rules.switched_off(["narration_tail"]):
        assert "following days" in first_quote(quotes_of(RUN_ON), "she had taken the test").text


RELATIVE = (
    "Later this week Deputy Minister Joel Kastrup will announce the new rules, which Premier Ines "
    "Harlow expects will lead thousands to apply.\n\n"
    "On Sunday, Kastrup posted a link to a magazine article that gives an account of the time the "
    "former coach was accused of fraud in a Denver court."
)


def test_a_relative_clause_on_the_cues_object_reports_nothing(quotes_of):
    found = quotes_of(RELATIVE)
    assert not any(q.speaker and "Kastrup" in q.speaker and "thousands" in q.text for q in found)
    assert not any("accused of fraud" in q.text for q in found)
    with rules.switched_off(["relative_not_report"]):
        found = quotes_of(RELATIVE)
        assert any("accused of fraud" in q.text or "thousands" in q.text for q in found)


FIRM = (
    "Senate candidate Rob Telford’s law firm, Marsh & Telford, received $150,000 from the program. "
    "On Monday, Telford said the loan — he said the exact amount was $183,500 — helped his firm "
    "keep every employee."
)


def test_a_name_with_an_ampersand_is_a_firm_no_pronoun_means(quotes_of):
    found = quotes_of(FIRM)
    assert found and all(q.speaker != "Marsh & Telford" for q in found)
    assert any(q.speaker == "Rob Telford" for q in found)
    with rules.switched_off(["ampersand_firms"]):
        assert any(q.speaker == "Marsh & Telford" for q in quotes_of(FIRM))


PAPER = (
    "The Harbor Post suspended political reporter Nina Oduya yesterday.\n\n"
    "On Sunday, Oduya tweeted out a link to an old article. “Well, that was eye-opening,” Oduya "
    "wrote in a string of tweets.\n\n"
    "In addition, Oduya posted a screenshot of her email inbox, which showed a message from one reader.\n\n"
    "Instead, the Post demanded that Oduya delete her tweets and placed her on “indefinite leave,” "
    "according to Sam Whitlow, the paper’s ombudsman."
)


def test_a_newspapers_name_is_no_statement(quotes_of, first_quote):
    quote = first_quote(quotes_of(PAPER), "indefinite")
    assert quote is not None and quote.speaker == "Harbor Post"
    with rules.switched_off(["named_not_statement"]):
        assert first_quote(quotes_of(PAPER), "indefinite").speaker == "Nina Oduya"  # the wrong person


CAMPAIGN = (
    "The Reyes campaign, naturally, disputes the idea that its rival is ahead in the state. On "
    "Sunday, volunteers knocked on more than 90,000 doors, according to the campaign."
)


def test_the_campaign_is_the_named_campaign_just_before(quotes_of, first_quote):
    quote = first_quote(quotes_of(CAMPAIGN), "On Sunday, volunteers")
    assert quote is not None and quote.speaker == "Reyes campaign"
    with rules.switched_off(["named_compound_resumed"]):
        assert first_quote(quotes_of(CAMPAIGN), "On Sunday, volunteers").speaker != "Reyes campaign"


POLICY = (
    "Harbor Weekly asked the Ledger for its staff guidelines, and was sent a page of its "
    "“rules and standards,” said editor Tom Quayle.\n\n"
    "“Staff must refrain from posting anything that could be seen as bias,” one paragraph reads."
)


def test_a_quotation_tagged_by_a_thing_carries_no_ones_turn(quotes_of, first_quote):
    quote = first_quote(quotes_of(POLICY), "Staff must refrain")
    assert quote is not None and quote.speaker is None
    with rules.switched_off(["thing_tags"]):
        assert first_quote(quotes_of(POLICY), "Staff must refrain").speaker == "Tom Quayle"


POLL = (
    "The latest Harlan survey on trust in the courts shows a combined 58% said they had little trust.\n\n"
    "Only 42% of adults said they had a “fair amount” of trust.\n\n"
    "“Trust has returned to its lowest level,” said the pollsters."
)


def test_shares_and_pollsters_are_the_one_pollster_named_before(quotes_of, first_quote):
    found = quotes_of(POLL)
    assert first_quote(found, "fair amount").speaker == "Harlan"
    assert first_quote(found, "Trust has returned").speaker == "Harlan"
    with rules.switched_off(["one_pollster"]):
        assert first_quote(quotes_of(POLL), "fair amount").speaker is None


CONDITION = (
    "Senator Ada Brill spoke at a conference near Denver on Thursday. She said if the governor "
    "runs again, voters must be told what happened at the ministry."
)


def test_a_condition_inside_a_report_is_no_question(quotes_of):
    told = [q for q in quotes_of(CONDITION) if "voters must be told" in q.text]
    assert told and told[0].speaker == "Ada Brill"
    with rules.switched_off(["conditional_report", "passive_hearer"]):
        told = [q for q in quotes_of(CONDITION) if "voters must be told" in q.text]
        assert not told or told[0].speaker != "Ada Brill"


OPPORTUNITY = (
    "In a brief talk with reporters, Premier Luis Ortega said he still trusts his finance minister. "
    "He did use the opportunity to complain about the central bank: “They are raising rates too fast.”"
)


def test_an_infinitive_on_the_object_is_the_subjects_act(quotes_of, first_quote):
    quote = first_quote(quotes_of(OPPORTUNITY), "They are raising")
    assert quote is not None and quote.speaker == "Luis Ortega"
    with rules.switched_off(["infinitive_on_object"]):
        assert first_quote(quotes_of(OPPORTUNITY), "They are raising").speaker != "Luis Ortega"


ADDING = (
    "Governor Hal Brandt said he believes Oregon farms have received nearly $2 billion from the "
    "program, adding, “And I welcome every dollar of it.”"
)


def test_adding_goes_on_with_the_speaker_above(quotes_of, first_quote):
    quote = first_quote(quotes_of(ADDING), "And I welcome")
    assert quote is not None and quote.speaker == "Hal Brandt"
    with rules.switched_off(["adding_goes_on"]):
        assert first_quote(quotes_of(ADDING), "And I welcome").speaker != "Hal Brandt"


HYPHEN = (
    "“People were relying on their phones more and more, but there was this huge gap,” says "
    "Streetly co-founder Marta Ruelas."
)


def test_a_word_cut_at_its_hyphen_is_no_subject_beside_the_name(quotes_of, first_quote):
    quote = first_quote(quotes_of(HYPHEN), "People were relying")
    assert quote is not None and quote.speaker and quote.speaker.endswith("Ruelas")
    with rules.switched_off(["named_subject_first"]):
        quote = first_quote(quotes_of(HYPHEN), "People were relying")
        assert not (quote.speaker or "").endswith("Ruelas")


PHRASE = (
    "Upon entering office, Governor Ellen Brandt promised voters a better deal.\n\n"
    "After a year of reading the reports, she began tweeting about it in August.\n\n"
    "Floods cut off nine villages, officials said on Saturday."
)


def test_a_phrase_before_the_attribution_is_no_statement(quotes_of, first_quote):
    """ "Upon entering office, X promised voters ...": a fronted phrase with a verb but no subject
    of its own tells when, not what was said; a clause with its subject still is reported."""
    found = quotes_of(PHRASE)
    assert first_quote(found, "Upon entering office") is None
    assert first_quote(found, "After a year") is None
    assert first_quote(found, "Floods cut off nine villages") is not None
    with rules.switched_off(["phrase_before_attribution"]):
        assert first_quote(quotes_of(PHRASE), "Upon entering office") is not None
