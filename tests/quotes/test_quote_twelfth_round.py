"""Issue 17's twelfth round of quote rules, from the first-run errors of the unseen13 AllSides set,
on invented text: each named rule group finds what a careful reader would, and switching the group
off shows what it is worth."""

from __future__ import annotations

from newsprism.quotes import rules

RELAYED = (
    "The harbour board met on Tuesday to discuss the dredging plan.\n\n"
    "Lena Marsh, the board's chair, said the vote would be held in March. She noted that the Port "
    "Authority has previously said that two of the channels could not be dredged before the summer.\n\n"
    "Tom Ruddle, a shipping executive, said officials have told him that progress is being made on "
    "the northern berths but not on the fees.\n\n"
    'Mayor Ada Quist said she was glad to stand with the dockers "who have waited long enough" and '
    "walked with them to the gate, union officials said."
)


def test_a_report_inside_a_report_is_the_inner_speakers(quotes_of, first_quote):
    found = quotes_of(RELAYED)
    channels = first_quote(found, "two of the channels")
    assert channels is not None and channels.speaker == "Port Authority"
    berths = first_quote(found, "progress is being made")
    assert berths is not None and berths.speaker is None  # unnamed officials, not the executive
    assert first_quote(found, "the vote would be held").speaker == "Lena Marsh"
    with rules.switched_off(["nested_reports"]):
        found = quotes_of(RELAYED)
        assert not any(q.speaker == "Port Authority" for q in found)
        assert any(q.speaker == "Tom Ruddle" and "progress is being made" in q.text for q in found)


def test_quoted_words_in_a_named_speakers_clause_stay_hers(quotes_of, first_quote):
    quote = first_quote(quotes_of(RELAYED), "who have waited long enough")
    assert quote is not None and quote.speaker == "Ada Quist"
    with rules.switched_off(["nested_reports"]):
        assert first_quote(quotes_of(RELAYED), "who have waited long enough").speaker != "Ada Quist"
