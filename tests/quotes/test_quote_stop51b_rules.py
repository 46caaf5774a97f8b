"""Issue 17 (helper quotes51b): quotes given to a story's victim, the most-mentioned person, found
reading the week 2020-06-01..04. Invented text through real spaCy; switching each rule group off
shows what it replaces (the wrong person, or no name where one is due)."""

from __future__ import annotations

from newsprism.quotes import rules
from newsprism.quotes.extract import extract_quotes

VICTIM = "Carl Mirren"

APPOSED_CLAUSE = (
    "Governor Tom Reyes threatened to send troops to quell the protests sparked by the death of Carl Mirren, "
    "a 40-year-old man who was killed last week when a Springfield police officer used his knee to pin "
    "Mirren's neck to the ground.\n\n"
    "But if Reyes were to go through with it, experts say it would be a dramatic escalation.\n\n"
    "An active-duty Air Force officer who flew warplanes abroad told me such a decision isn't wise. "
    "\"These protests aren't combat and shouldn't be viewed through the same prism,\" the officer said."
)


def test_a_relative_clause_in_an_apposition_gives_no_role(quotes_of, first_quote):
    quote = first_quote(quotes_of(APPOSED_CLAUSE), "These protests")
    assert quote.speaker is None
    with rules.switched_off(["apposed_clause_roles", "indefinite_antecedent"]):
        assert first_quote(quotes_of(APPOSED_CLAUSE), "These protests").speaker == VICTIM


ROLE_TAKEN_BY_VICTIM = (  # nobody was introduced as a senator: no name rather than the victim's
    "Governor Tom Reyes and presumptive nominee Jane Dorsey are fighting to shape opinion about the protests.\n\n"
    "Dorsey is casting Reyes as lacking empathy after the death of Carl Mirren, an unarmed man who died "
    "on a street in Springfield after an officer knelt on him. That officer now faces charges.\n\n"
    "The former senator is accusing Reyes of inflaming tensions and says the governor lacks the skills "
    "to guide the state."
)


def test_that_officer_is_not_the_victim(quotes_of, first_quote):
    assert first_quote(quotes_of(ROLE_TAKEN_BY_VICTIM), "the governor lacks").speaker is None
    with rules.switched_off(["apposed_clause_roles"]):
        assert first_quote(quotes_of(ROLE_TAKEN_BY_VICTIM), "the governor lacks").speaker == VICTIM


INDEFINITE = (
    "Tom Reyes, a police officer in Halvard, patrolled the march on Sunday.\n\n"
    "Later that night an officer who asked about the curfew told me the plan was unclear. "
    '"Nobody knows where the lines are," the officer said.'
)


def test_the_officer_is_the_unnamed_one_just_introduced(quotes_of, first_quote):
    assert first_quote(quotes_of(INDEFINITE), "Nobody knows").speaker is None
    with rules.switched_off(["indefinite_antecedent"]):
        assert first_quote(quotes_of(INDEFINITE), "Nobody knows").speaker == "Tom Reyes"


ANONYMOUS = (
    "Governor Tom Reyes and former Senator Jane Dorsey are fighting to shape opinion about the protests.\n\n"
    "The former senator is accusing Reyes of inflaming tensions and says the governor lacks the skills "
    "to guide the state.\n\n"
    '"These protests are not combat," the officer said, speaking on condition of anonymity.'
)


def test_an_anonymous_source_is_no_one_named(quotes_of, first_quote):
    assert first_quote(quotes_of(ANONYMOUS), "These protests").speaker is None
    with rules.switched_off(["anonymous_source"]):
        assert first_quote(quotes_of(ANONYMOUS), "These protests").speaker == "Jane Dorsey"


DEATH_OF = (
    "Governor Tom Reyes, in a call Monday with the state's mayors, threatened to deploy the guard.\n\n"
    '"If people are running amok, you have to dominate," he said.\n\n'
    "The call followed yet another night of unrest Sunday over the May 25 death of Miller and came on the "
    "same day that the governor in a Capitol address urged mayors to deploy police to quell the unrest.\n\n"
    '"If a city refuses to take the actions that are necessary, then I will deploy the guard," he said.'
)


def test_the_dead_man_of_a_death_noun_is_not_he(quotes_of, first_quote):
    assert first_quote(quotes_of(DEATH_OF), "If a city refuses").speaker == "Tom Reyes"
    with rules.switched_off(["death_theme_not_speaker"]):
        assert first_quote(quotes_of(DEATH_OF), "If a city refuses").speaker == "Miller"


KILLING_OF = (
    "Retired general Avery Kordell quit the cabinet last year.\n\n"
    "Kordell reached the conclusion this past weekend that the state is threatened by the governor. "
    "The statement makes it clear that the governor's response to the police killing of Paul Hensley "
    "triggered this condemnation.\n\n"
    '"When I joined the guard, some 40 years ago," he writes, "I swore an oath to support and defend the state."'
)


def test_a_known_gender_named_since_is_not_the_dead_man(quotes_of, first_quote):
    assert first_quote(quotes_of(KILLING_OF), "When I joined").speaker == "Avery Kordell"
    with rules.switched_off(["death_theme_not_speaker"]):
        assert first_quote(quotes_of(KILLING_OF), "When I joined").speaker == "Paul Hensley"


WHICH = (
    "Carl Mirren, an unarmed man, died last week in Springfield after an officer knelt on him.\n\n"
    "Also Wednesday, the county medical examiner's office released the full autopsy report on Mirren, "
    "which noted he had previously tested positive for the flu, but was apparently asymptomatic."
)


def test_which_is_the_report_not_the_person(quotes_of, first_quote):
    assert first_quote(quotes_of(WHICH), "he had previously").speaker != VICTIM
    with rules.switched_off(["which_is_a_thing"]):
        assert first_quote(quotes_of(WHICH), "he had previously").speaker == VICTIM


BROTHER = (
    "Carl Mirren died last week after an officer knelt on him in Springfield. Protests followed.\n\n"
    "Governor Tom Reyes has accused the protesters of being thugs, while using his account to call for order.\n\n"
    "But perhaps the most telling example of how Reyes handles this divide is the manner in which "
    "Carl Mirren's brother Dwayne Mirren described a call he had with the governor.\n\n"
    '"He didn\'t give me an opportunity to even speak," Mirren said on a radio show.'
)


def test_the_relative_just_named_as_subject_speaks(quotes_of, first_quote):
    assert first_quote(quotes_of(BROTHER), "He didn't give").speaker == "Dwayne Mirren"
    with rules.switched_off(["namesake_subject"]):
        assert first_quote(quotes_of(BROTHER), "He didn't give").speaker == VICTIM


SURVEY_OF = (
    "In a second survey of about 3,000 U.S. adults, 55% of respondents described such events as signs "
    "of deeper trouble.\n\n"
    "Roughly two-thirds of deputies (64%) said in 2018 that the marches were driven largely by hostility; "
    "only 12% said that marchers mostly wanted accountability."
)


def test_a_survey_of_adults_is_not_the_country_s_poll(quotes_of, first_quote):
    assert first_quote(quotes_of(SURVEY_OF), "the marches").speaker is None
    with rules.switched_off(["poll_of_respondents"]):
        assert first_quote(quotes_of(SURVEY_OF), "the marches").speaker == "U.S."


NAME_COLON = (
    "Carl Mirren is one of 30 people that Springfield police held with neck holds in five years, "
    "a Ledger analysis found.\n\n"
    "Dana Whitcombe: \u2018This is common and more frequent than everyone suspects. It\u2019s not new.\u2019\n\n"
    "It is an old story, Fitzroy said."
)


def test_a_name_colon_quotation_line_is_the_name_s(quotes_of, first_quote):
    assert first_quote(quotes_of(NAME_COLON), "This is common").speaker == "Dana Whitcombe"
    with rules.switched_off(["name_colon_quote"]):
        assert first_quote(quotes_of(NAME_COLON), "This is common").speaker is None


def test_the_relative_s_quote_points_at_the_relative_s_mention(nlp):
    doc = nlp(BROTHER)
    quote = next(q for q in extract_quotes(doc, "t1") if q.text.startswith("He didn't give"))
    mentions = {m.mention_id: m.text for m in doc._.people_table.lookup.mentions}
    assert mentions[quote.speaker_mention_id] == "Dwayne Mirren"  # not the cue's "Mirren" (the victim's)
