"""Issue 17/20 (helper pronoun50b): a one-word name the article gave a title opens a sentence as its
subject however the parse went ("Renwick waves at the crowd", "Renwick" a modifier of "waves";
``titled_name_opener``); a title a person only holds in a supposition gives them no office, so
"the president" stays the article's president (``hypothetical_title``). Invented text through
real spaCy; switching each group off shows what it replaces."""

from __future__ import annotations

import pytest

from newsprism.quotes import rules

OPENER = (
    "President Renwick flew to Ostend on Tuesday. Senator Oskar Quist met him at the docks.\n\n"
    "Renwick waves at the crowd. “We will keep the ports open,” he said."
)


def test_a_titled_one_word_name_opening_a_sentence_is_its_subject(quotes_of, first_quote):
    assert first_quote(quotes_of(OPENER), "We will").speaker == "Renwick"
    with rules.switched_off(["titled_name_opener"]):
        assert first_quote(quotes_of(OPENER), "We will").speaker == "Oskar Quist"


SUPPOSED = (
    "President Tobin Hale visited the shipyard on Monday.\n\n",
    "“The yard stays open,” the president said.",
)


@pytest.mark.parametrize(
    "supposing",
    [
        "Critics asked what would happen if a President Nora Pell withheld the aid.",  # indefinite
        "Critics asked what would happen if President Nora Pell withheld the aid.",  # a supposing "if"
        "It could have been the moment when President Nora Pell unveiled her plan.",  # modal perfect
    ],
)
def test_a_title_held_only_in_a_supposition_is_no_office(quotes_of, first_quote, supposing):
    text = SUPPOSED[0] + supposing + "\n\n" + SUPPOSED[1]
    assert first_quote(quotes_of(text), "The yard").speaker == "Tobin Hale"
    with rules.switched_off(["hypothetical_title"]):
        assert first_quote(quotes_of(text), "The yard").speaker != "Tobin Hale"
