"""Issue 17 (helper quotes49b): a titled name set beside a common-noun subject speaks even when
the entity labels dropped it; "made it known that" and "put X on notice: ..." are cues; "recognized
... that “...”" attributes its quoted words. Invented text through real spaCy; switching a group
off (or taking its lexicon line out) shows what it replaces."""

from __future__ import annotations

from newsprism.nlp import group_names
from newsprism.people import words
from newsprism.quotes import rules

# "hatch" written in lower case makes the entity repairs read "Hatch" as the common word
BOSS = (
    "Even Dorrance's former boss, President Hatch, claimed he never would have hired the strategist "
    "if he had known about the loans.\n\n"
    "Aides said the two men had tried to hatch a deal with the lenders last spring."
)


def test_a_titled_name_beside_a_common_noun_subject_speaks(quotes_of, first_quote, monkeypatch):
    assert first_quote(quotes_of(BOSS), "he never would have hired").speaker == "Hatch"
    with rules.switched_off(["titled_apposition"]):  # the entity stage keeps a titled name a person
        assert first_quote(quotes_of(BOSS), "he never would have hired").speaker == "Hatch"
    # where the entity labels still drop the name (here: their title check switched off), this
    # rule is what names the speaker
    monkeypatch.setattr(group_names, "_titled", lambda doc, word: False)
    assert first_quote(quotes_of(BOSS), "he never would have hired").speaker == "Hatch"
    with rules.switched_off(["titled_apposition"]):
        assert first_quote(quotes_of(BOSS), "he never would have hired").speaker is None


KNOWN = "Ostrander, a friend of the mayor, made it known that he would not run for the seat again."


def test_made_it_known_that_reports(quotes_of, first_quote, monkeypatch):
    assert first_quote(quotes_of(KNOWN), "he would not run").speaker == "Ostrander"
    monkeypatch.setitem(words.PHRASAL_SPEECH, "make", frozenset({"clear"}))
    assert not any("would not run" in q.text for q in quotes_of(KNOWN))


COLON_NOTICE = (
    "In a March letter on staffing, Ostrander put school boards on notice: Different hiring rates "
    "for different groups could be cause for a review."
)
THAT_NOTICE = "Ostrander put the county boards on notice that the road funds could be cut."
NOT_SPEECH = "The mayor put the plan on hold, and the council put the money on the table."


def test_put_on_notice_reports_the_warning(quotes_of, first_quote):
    found = first_quote(quotes_of(COLON_NOTICE), "Different hiring rates")
    assert found.speaker == "Ostrander" and found.text.endswith("cause for a review")
    assert first_quote(quotes_of(THAT_NOTICE), "the road funds could be cut").speaker == "Ostrander"
    assert quotes_of(NOT_SPEECH) == []
    with rules.switched_off(["on_notice_cue"]):
        assert quotes_of(COLON_NOTICE) == [] and quotes_of(THAT_NOTICE) == []


RECOGNIZED = (
    "To be fair, the shift was not accidental. Ostrander recognized from the outset, in his second "
    "essay, that the board's work falls “peculiarly within the province of the treasurer.”"
)


def test_recognized_that_attributes_the_quoted_words(quotes_of, first_quote):
    assert first_quote(quotes_of(RECOGNIZED), "peculiarly within").speaker == "Ostrander"
