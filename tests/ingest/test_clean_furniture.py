"""Publisher furniture at the top of an article (player notices, captions with their credits,
genre labels, bare update times, disclaimers, transcript notes, share prompts) goes, so the lead
that story clustering reads starts with the news; sentences that look like it stay. Invented texts."""

from __future__ import annotations

import pytest

from newsprism.ingest.clean import clean_text, debris_reason

BODY = [
    "The river authority closed the northern lock on Tuesday after engineers found a crack in one gate.",
    "“We will not take risks with a structure this old,” said Irene Vasko, the authority’s chief engineer.",
    "Barges were diverted to the southern channel.",
]


def body_of(text: str) -> list[str]:
    return clean_text(text).text.split("\n\n")


@pytest.mark.parametrize(
    ("furniture", "reason"),
    [
        ("Advertisement:", "navigation"),
        (
            "Media playback is unsupported on your device Media caption Barges queue at the lock",
            "player_and_gallery",
        ),
        (
            "Image copyright Harbour Photo Agency Image caption The northern lock was built in 1902",
            "player_and_gallery",
        ),
        ("Image caption Engineers inspect the cracked gate", "player_and_gallery"),
        (
            "Engineers inspect the gate on Tuesday. | AP Photo Lock closed after crack found",
            "caption_pipe_credit",
        ),
        ("Barges wait below the lock on Tuesday. Jan Novak | AFP | Getty Images", "caption_pipe_credit"),
        ("ANALYSIS/OPINION:", "section_label"),
        ("Editor’s Note:", "section_label"),
        ("EXCLUSIVE:", "section_label"),
        ("Update at 3:07 p.m. ET.", "update_time"),
        ("(We most recently updated the top of this post at 5:08 p.m. ET.)", "update_time"),
        ("(Most recent update: 9 a.m. ET.)", "update_time"),
        ("4:05 p.m.", "update_time"),
        ("This is a rush transcript. Copy may not be in its final form.", "transcript_note"),
        ("This transcript has been automatically generated and may not be 100% accurate.", "transcript_note"),
        (
            "The opinions expressed by columnists are their own and do not represent the views of The Example.",
            "disclaimer",
        ),
        ("Share All sharing options for: Why the northern lock closed", "subscribe_share"),
    ],
)
def test_furniture_before_the_lead_goes_and_the_lead_opens_the_text(furniture: str, reason: str):
    assert debris_reason(furniture) == reason
    assert body_of("\n\n".join([furniture, *BODY])) == BODY


@pytest.mark.parametrize(
    "sentence",
    [
        # a stamp with news after it is the news
        "Updated at 10 a.m. Eastern time, the authority said the lock would stay shut for a month.",
        # a credit that opens a line before the first sentence leaves the sentence alone
        "Jan Novak | Getty Images. The authority closed a second lock on Wednesday, its spokesman said.",
        # a bar in a sentence that is no credit
        "The vote was 12 | AP members abstained, the clerk said, and the motion failed.",
        # a bracketed pair that is no photo credit
        "The lock is run jointly by two agencies (the river authority and the canal board).",
        # a short line ending in a colon that is no label
        "The engineer said:",
        "Latest figures show traffic fell by a third.",
    ],
)
def test_sentences_that_look_like_furniture_are_kept(sentence: str):
    text = "\n\n".join([BODY[0], sentence, BODY[1]])
    assert debris_reason(sentence) is None
    assert body_of(text) == [BODY[0], sentence, BODY[1]]
