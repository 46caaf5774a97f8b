"""Issue 17's sixteenth round of quote rules, from errors left on every real split (unseen16 read
while fixing), on invented text: each rule finds what a careful reader would, and switching its
group off shows what it is worth."""

from __future__ import annotations

from newsprism.quotes import rules

POINTING = (
    "Premier Ines Harlow said her remarks were a reflection of changing conditions on the northern "
    "border, pointing to the rebels' pact with the coastal provinces.\n\n"
    "Inspectors said the dam appeared to be sound, prompting an outcry from families downstream."
)


def test_a_participle_of_the_writers_narration_ends_a_report(quotes_of, first_quote):
    found = quotes_of(POINTING)
    remarks = first_quote(found, "her remarks were a reflection")
    assert remarks is not None and "pointing" not in remarks.text
    assert remarks.speaker == "Ines Harlow"
    dam = first_quote(found, "the dam appeared")
    assert dam is not None and "prompting" not in dam.text
    with rules.switched_off(["narration_tail"]):
        assert "pointing" in first_quote(quotes_of(POINTING), "her remarks were").text


FRONTED = (
    "Historian Ada Brinkley has studied the mill towns for decades.\n\n"
    "During the bulk of the last century, Brinkley says, workers lived within a mile of the mill "
    "gates.\n\n"
    "In fact, she says, most of them never owned a car."
)


def test_a_phrase_fronted_before_a_tag_is_a_part_of_the_report(quotes_of, first_quote):
    found = quotes_of(FRONTED)
    fronted = first_quote(found, "During the bulk of the last century")
    assert fronted is not None and fronted.speaker == "Ada Brinkley" and fronted.kind == "indirect"
    assert first_quote(found, "workers lived within a mile").speaker == "Ada Brinkley"
    assert not any(q.text.startswith("In fact") for q in found)  # a connective, the writer's
    with rules.switched_off(["fronted_phrase"]):
        assert first_quote(quotes_of(FRONTED), "During the bulk") is None


TENSE_BREAK = (
    "Councillor Ruth Amberley said the zoning measure amounts to legalised exclusion and alluded to "
    "the outcry that followed a similar rule in the next county.\n\n"
    "Amberley also said she is not at fault and blamed her aides."
)


def test_a_plain_past_after_and_is_the_speakers_next_act(quotes_of, first_quote):
    found = quotes_of(TENSE_BREAK)
    measure = first_quote(found, "the zoning measure amounts")
    assert measure is not None and "alluded" not in measure.text
    fault = first_quote(found, "she is not at fault")
    assert fault is not None and "blamed" not in fault.text and fault.speaker == "Ruth Amberley"
    with rules.switched_off(["tense_break"]):
        assert "alluded" in first_quote(quotes_of(TENSE_BREAK), "the zoning measure").text


CONCESSIVE = (
    "One aide said the governor had weighed firing the treasurer while another said that his fate "
    "would depend on the markets.\n\n"
    "Mina Castellanos of Tulsa said her heater began to smoke while it was charging in her garage."
)


def test_a_concessive_clause_with_a_report_of_its_own_ends_the_report(quotes_of, first_quote):
    found = quotes_of(CONCESSIVE)
    firing = first_quote(found, "the governor had weighed firing")
    assert firing is not None and "while" not in firing.text
    assert first_quote(found, "his fate would depend") is not None
    heater = first_quote(found, "her heater began to smoke")
    assert "while it was charging" in heater.text  # 'charging' reports nothing here
    with rules.switched_off(["concessive_report"]):
        assert "while another" in first_quote(quotes_of(CONCESSIVE), "the governor had").text


KNOWN_GENDER = (
    "Laura Venn spoke at the county fair in Ames on Saturday.\n\n"
    "“I don’t know if the party has enough fight in it,” Quill Ferrone, a delegate from Glidden, "
    "told me at a coffee shop. “Venn is more of a realist.”\n\n"
    "Venn’s supporters are a mix of farmers and students. Many drove for hours to the fair. They "
    "are also people who love her talk of "
    "“a spirit of kindness,” as she’d said at the fair."
)


def test_a_pronoun_prefers_the_person_of_its_known_gender(quotes_of, first_quote):
    kindness = first_quote(quotes_of(KNOWN_GENDER), "a spirit of kindness")
    assert kindness is not None and kindness.speaker == "Laura Venn"
    with rules.switched_off(["known_gender_first"]):
        assert first_quote(quotes_of(KNOWN_GENDER), "a spirit of kindness").speaker == "Quill Ferrone"


CATAPHORA = (
    "The ordinance requires every shelter in the county to hold a state kitchen permit. Such permits "
    "are hard to get, and the shelter contends the rule is designed to close it.\n\n"
    "The shelter, Harbor Light Family Services, filed a lawsuit on Monday seeking to block it."
)


def test_a_noun_speaks_for_the_body_it_is_set_beside_just_after(quotes_of, first_quote):
    rule = first_quote(quotes_of(CATAPHORA), "the rule is designed")
    assert rule is not None and rule.speaker == "Harbor Light Family Services"
    with rules.switched_off(["body_named_next"]):
        assert first_quote(quotes_of(CATAPHORA), "the rule is designed").speaker is None
