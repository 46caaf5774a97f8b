"""Rule group ``unknown_gender_outranked``: a name met only in the pronoun's own sentence, whose
gender the article never shows, is no antecedent when a man or woman of the pronoun's gender
was a subject just before (issue 17: a wrong name is worse than none). Invented text."""

from newsprism.quotes import rules

FRONTED_OUTLET = (
    "Mr. Tarvel Okonjo leads the Harbour Union, a small party in the coastal provinces. "
    "Mr. Okonjo said the vote was “a door that opened once.”\n\n"
    "His party polls well, yet rivals shun him.\n\n"
    "Writing for Dunmore last spring, he hailed a “Coastal Awakening” and warned that "
    "“the old guard will not hold.”"
)


def test_a_name_in_the_pronouns_own_fronted_phrase_is_not_its_speaker(quotes_of, first_quote):
    awakening = first_quote(quotes_of(FRONTED_OUTLET), "the old guard will not hold")
    assert awakening is not None and awakening.speaker != "Dunmore"
    with rules.switched_off(["unknown_gender_outranked"]):
        assert first_quote(quotes_of(FRONTED_OUTLET), "the old guard will not hold").speaker == "Dunmore"
