"""Issue 17 (helper quotes44b): a role named in the next paragraph by the next quote's speaker
("A spokesman said ..." then "“...,” Ann Lee said"), "X is heard saying" when the tagger lost the
passive's subject, "the mayor, herself a nurse, said", and "Ohio law states" (no speaker). Invented
text through real spaCy; switching each group off shows what it replaces."""

from __future__ import annotations

from newsprism.quotes import rules

SPOKESMAN = (
    "Both parties say they want to keep the clinic open. A spokesman for Governor Ruth Calder's "
    'campaign said the governor "wants the clinic funded through the winter."\n\n'
    '"That is why she has asked the council to pass the budget this week," Tomas Rell said in a '
    "statement."
)


def test_a_role_is_the_next_paragraphs_speaker_named_there(quotes_of, first_quote):
    assert first_quote(quotes_of(SPOKESMAN), "wants the clinic").speaker == "Tomas Rell"
    with rules.switched_off(["role_named_next_speaker"]):
        assert first_quote(quotes_of(SPOKESMAN), "wants the clinic").speaker is None


HEARD = (
    "The tape shows that Dale Morrow called the clerk twice that night. "
    '"I\'m coming down there tomorrow," Morrow is heard saying to the clerk.'
)


def test_the_one_heard_saying_speaks(quotes_of, first_quote):
    # this parse keeps "Morrow" as the passive's subject; ``heard_saying`` covers the parse (seen on
    # a real article) that tags the name an adverb of "heard", which invented text does not reproduce
    assert first_quote(quotes_of(HEARD), "I'm coming").speaker == "Dale Morrow"


NURSE = (
    "Mayor Ines Varga visited the new ward on Monday.\n\n"
    'The crowd cheered as the mayor, herself the daughter of two nurses, said: "Every ward in this '
    'city will have enough staff."'
)


def test_a_reflexive_aside_leaves_the_noun_before_it_speaking(quotes_of, first_quote):
    assert first_quote(quotes_of(NURSE), "Every ward").speaker_mention != "herself"
    with rules.switched_off(["reflexive_aside"]):
        assert first_quote(quotes_of(NURSE), "Every ward").speaker_mention == "herself"


LAW = (
    "The Selective Service office is small. Ohio law states that the office must provide a "
    '"full account of every change in its rules" to the legislature.'
)


def test_a_law_of_a_place_is_no_speaker(quotes_of, first_quote):
    assert first_quote(quotes_of(LAW), "full account").speaker is None
    with rules.switched_off(["law_no_place"]):
        assert first_quote(quotes_of(LAW), "full account").speaker == "Ohio"
