"""Issue 17's fifteenth round of quote rules, from the first-run errors of the unseen16 AllSides set,
on invented text: each named rule group finds what a careful reader would, and switching the group
off shows what it is worth."""

from __future__ import annotations

from newsprism.quotes import rules
from newsprism.quotes.marks import quotations
from newsprism.quotes.reported import _runs_on_a_relative

HEARER = (
    "At a town hall in Dorrin, a woman told Marta Quell she had lost her job. "
    "She told Quell that she lived in her car and wanted to know what the candidate would do."
)


def test_a_pronoun_is_never_the_person_its_verb_is_said_to(quotes_of):
    found = [q for q in quotes_of(HEARER) if q.text.startswith("she lived")]
    assert found and found[0].speaker != "Marta Quell"
    # the hearer is a name of the pronoun's own clause: pronoun50b's binding rule ``commanded_name``
    with rules.switched_off(["commanded_name"]):
        found = [q for q in quotes_of(HEARER) if q.text.startswith("she lived")]
        assert found and found[0].speaker == "Marta Quell"


ROLE = (
    "Republican Sen. Dale Vornan said on Tuesday that the deal was “a blunder.” Gov. Ruth Amsel "
    "disagreed. While he welcomed the aid, “We need to make sure the border is secure,” the Vermont "
    "senator added."
)


def test_a_place_before_a_role_does_not_hide_its_one_holder(quotes_of, first_quote):
    secure = first_quote(quotes_of(ROLE), "We need")
    assert secure is not None and secure.speaker == "Dale Vornan"
    with rules.switched_off(["place_in_role"]):
        assert first_quote(quotes_of(ROLE), "We need").speaker != "Dale Vornan"  # the governor


STATEMENT = (
    "The Senate confirmed Lina Farrow as surgeon general on Monday.\n\n"
    "We've received this statement from President Tobin Hale on the vote:\n\n"
    '"I applaud the Senate for confirming Lina Farrow. She will hit the ground running to keep '
    'families safe."'
)


def test_a_statement_from_a_named_sender_after_a_colon_is_the_senders(quotes_of, first_quote):
    applaud = first_quote(quotes_of(STATEMENT), "I applaud")
    assert applaud is not None and applaud.speaker == "Tobin Hale"
    with rules.switched_off(["statement_from"]):
        assert first_quote(quotes_of(STATEMENT), "I applaud").speaker != "Tobin Hale"


MEMO = (
    "FBI Director Robert Miller met the president in February. The previous month, according to a "
    "Miller memo described by The Daily Ledger, the president interceded with the director on behalf "
    "of a former adviser."
)


def test_a_persons_name_before_a_memo_names_its_author(quotes_of, first_quote):
    asked = first_quote(quotes_of(MEMO), "the president interceded")
    assert asked is not None and asked.speaker == "Robert Miller"
    with rules.switched_off(["person_document"]):
        assert first_quote(quotes_of(MEMO), "the president interceded").speaker != "Robert Miller"


def test_a_straight_mark_glued_to_a_closing_one_opens_the_next_quotation():
    text = 'Sen. Ana Roth spoke on "Morning Desk.""Our plan has always been hope," Roth said Monday.'
    # the programme's name is a title (``titles_closing_period``), the glued quotation a quote
    assert [text[s.start : s.end] for s in quotations(text)] == ["Our plan has always been hope"]
    with rules.switched_off(["titles_closing_period"]):
        found = [text[s.start : s.end] for s in quotations(text)]
        assert found == ["Morning Desk.", "Our plan has always been hope"]
    with rules.switched_off(["glued_quotations"]):
        assert "Our plan has always been hope" not in [text[s.start : s.end] for s in quotations(text)]


DAY = (
    "Brightwell has stepped up enforcement as a result of those concerns, but it’s not clear whether "
    "any of the activity Brightwell revealed Tuesday was specifically targeted at swaying the November "
    "contest in the US.\n\nBrightwell said Tuesday that the accounts were removed."
)


def test_a_bare_day_after_the_verb_is_when_it_spoke_not_a_clause_subject(quotes_of):
    texts = [q.text for q in quotes_of(DAY)]
    assert texts == ["the accounts were removed"]
    with rules.switched_off(["day_not_subject"]):
        assert any(t.startswith("Tuesday was") for t in [q.text for q in quotes_of(DAY)])


def test_a_dash_closing_an_aside_ends_the_relative_before_the_told_clause(hand_parse):
    # "told panels probing setups — Judiciary — that he planned ...": the parse put the closing dash
    # in the participle's subtree, so the participle seemed to run right up to the clause
    words = "told panels probing setups — Judiciary — that he planned .".split()
    heads = [0, 0, 1, 2, 3, 3, 3, 9, 9, 0, 0]
    deps = ["ROOT", "dobj", "acl", "dobj", "punct", "appos", "punct", "mark", "nsubj", "ccomp", "punct"]
    pos = ["VERB", "NOUN", "VERB", "NOUN", "PUNCT", "PROPN", "PUNCT", "SCONJ", "PRON", "VERB", "PUNCT"]
    doc = hand_parse(words, heads, deps, pos, [(5, 6, "ORG")])
    assert not _runs_on_a_relative(doc[0], doc[9])
    with rules.switched_off(["aside_ends_relative"]):
        assert _runs_on_a_relative(doc[0], doc[9])


CLINIC = (
    "The clinic, Harlow Women’s Health Organization, filed a lawsuit seeking to block the law.\n\n"
    "The clinic says if it closes, most women would have to travel out of state."
)


def test_a_noun_once_set_beside_a_bodys_name_is_that_body(quotes_of, first_quote):
    closes = first_quote(quotes_of(CLINIC), "it closes")
    assert closes is not None and closes.speaker == "Harlow Women’s Health Organization"
    with rules.switched_off(["noun_apposed_to_body"]):
        assert first_quote(quotes_of(CLINIC), "it closes").speaker is None
