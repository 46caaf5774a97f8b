"""Issue 17 (helper quotes45b): a clause or a gerund with its object as a verb's subject speaks for
no one; "made clear that ..." / "made it clear that ..." report (but not inside another speech
verb's clause, as an intention, or in a relative clause on a thing); a document speaks for its
writer or possessor. Invented text through real spaCy; switching each group off shows what it
replaces."""

from __future__ import annotations

from newsprism.quotes import rules

GERUND = (
    "Holding the trade talks at the Security Council underscores the importance ministers are placing "
    "on the issue. The talks start on Monday."
)


def test_a_gerund_subject_speaks_for_no_one(quotes_of):
    assert not [q for q in quotes_of(GERUND) if "importance" in q.text or "ministers" in q.text]
    with rules.switched_off(["clausal_subject"]):
        found = [q for q in quotes_of(GERUND) if "ministers" in q.text]
        assert found and found[0].speaker == "Security Council"


MADE_CLEAR = (
    "Jane Miller, the treasurer, later made clear that the budget would not be cut.\n\n"
    "Tom Reyes made it clear that he would veto the bill."
)


def test_made_clear_reports(quotes_of, first_quote):
    quotes = quotes_of(MADE_CLEAR)
    assert first_quote(quotes, "the budget would not be cut").speaker == "Jane Miller"
    assert first_quote(quotes, "he would veto the bill").speaker == "Tom Reyes"


IDLE = (
    "Supporters noted that the ruling embraced equal rights and made it clear that shops must serve "
    "everyone.\n\n"
    "He asked in a tone that made it clear it wasn't optional.\n\n"
    "The group is preparing to make clear to donors that it was not blind to the risks."
)


def test_made_clear_reports_nothing_of_its_own_when_nested_intended_or_on_a_thing(quotes_of):
    texts = [q.text for q in quotes_of(IDLE)]
    assert any(t.startswith("the ruling embraced equal rights and made it clear") for t in texts)
    assert not [t for t in texts if t.startswith("shops") or "optional" in t or "blind" in t]


MEMO = (
    "Tom Harris wrote a memo that said “the plan is doomed from the start.”\n\n"
    "Sam Patel teaches law in Ohio. His op-ed, which argued “nobody reads the fine print,” drew replies."
)


def test_a_document_speaks_for_its_writer_or_possessor(quotes_of, first_quote):
    quotes = quotes_of(MEMO)
    assert first_quote(quotes, "the plan is doomed").speaker == "Tom Harris"
    assert first_quote(quotes, "nobody reads").speaker == "Sam Patel"
    with rules.switched_off(["document_writer"]):
        quotes = quotes_of(MEMO)
        assert first_quote(quotes, "the plan is doomed").speaker is None
        assert first_quote(quotes, "nobody reads").speaker is None


GLUED = "He sparred with coach [Sam] Reyes. “He never missed a session,” Sam] Reyes said."


def test_a_name_glued_to_a_bracket_or_mark_is_no_one(nlp):
    from newsprism.models import Quote
    from newsprism.quotes.non_speakers import drop_non_speakers

    def quotes():
        start = GLUED.index("He never")
        at = GLUED.index("Sam] Reyes said")
        return [
            Quote(
                "t1",
                "He never missed a session",
                start,
                start + 25,
                "direct",
                "Sam] Reyes",
                "Sam] Reyes",
                at,
                at + 10,
            ),
            Quote(
                "t1",
                "He never missed a session",
                start,
                start + 25,
                "direct",
                "Sam Reyes",
                "Sam Reyes",
                at,
                at + 10,
            ),
        ]

    found = quotes()
    drop_non_speakers(nlp(GLUED), found)
    assert [q.speaker for q in found] == [None, "Sam Reyes"]
    with rules.switched_off(["glued_mark_names"]):
        found = quotes()
        drop_non_speakers(nlp(GLUED), found)
        assert found[0].speaker == "Sam] Reyes"
