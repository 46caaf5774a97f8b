"""Issue 17's tenth round of quote rules, from the first-run errors of the unseen11 AllSides set,
on invented text: each named rule group finds what a careful reader would, and switching the group
off shows what it is worth."""

from __future__ import annotations

from newsprism.quotes import rules

AGENCY = (
    "The Harbour Safety Bureau (HSB) published draft rules on ferry inspections on Tuesday.\n\n"
    "“Operators should keep records for five years,” the HSB wrote. The rules also say that "
    "“nothing here changes the Agency’s current practice.”\n\n"
    "The agency said operators should report every engine fault within a day."
)


def test_the_agency_is_not_the_capitalised_noun_quoted_before(quotes_of, first_quote):
    quote = first_quote(quotes_of(AGENCY), "operators should report")
    assert quote is not None and quote.speaker != "Agency"
    with rules.switched_off(["noun_is_no_name"]):
        assert first_quote(quotes_of(AGENCY), "operators should report").speaker == "Agency"


POLL = (
    "The Green Party did better than expected in the regional election, with an exit poll showing "
    "large gains in the cities.\n\n"
    "Mayor Tomas Berglund, a Green candidate, said if the exit poll was accurate, “then it is a very "
    "good night for us.”\n\n"
    "The Liberal Party lost heavily in the north, according to the exit poll. The poll said the "
    "Liberals would keep only two seats there."
)


def test_a_poll_a_speaker_talked_about_is_not_his_statement(quotes_of, first_quote):
    found = quotes_of(POLL)
    for words in ("The Liberal Party lost", "the Liberals would keep"):
        quote = first_quote(found, words)
        assert quote is not None and quote.speaker != "Tomas Berglund"
    with rules.switched_off(["document_talked_about"]):
        off = quotes_of(POLL)
        assert first_quote(off, "The Liberal Party lost").speaker == "Tomas Berglund"


def test_the_person_after_a_place_and_a_lowercase_role_speaks(nlp):
    # the parse seen on real text (not reproducible on demand): "Marlow" the subject, "chief" its
    # object, the name an apposition of "chief"
    from spacy.tokens import Doc

    from newsprism.quotes.cue_subjects import person_after_place

    words = ["Marlow", "fire", "chief", "Dana", "Okafor", "said", "no", "one", "was", "hurt", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[5, 2, 0, 4, 2, 5, 7, 9, 9, 5, 5],
        deps=[
            "nsubj",
            "compound",
            "dobj",
            "compound",
            "appos",
            "ROOT",
            "det",
            "nsubjpass",
            "auxpass",
            "ccomp",
            "punct",
        ],
        pos=["PROPN", "NOUN", "NOUN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
        ents=["B-GPE", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"],
    )
    assert person_after_place(doc[0], doc[5]).text == "Okafor"
    assert person_after_place(doc[3], doc[5]) is None  # a person subject needs no help
    with rules.switched_off(["place_before_role"]):
        assert person_after_place(doc[0], doc[5]) is None
