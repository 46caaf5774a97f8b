"""Lines found by cleaning_unseen50 and the leftovers of cleaning_unseen49 (issue 17 part 1, issue
20 part 1): an embedded post's short lines and its signature line are the story's, a poll's
figure lines are the story's data, a sub-heading set as a phrase with a question mark goes in a
sectioned article while a writer's short question stays, and a few widgets and link lines go.
Invented texts."""

from __future__ import annotations

import pytest

from newsprism.ingest.clean import clean_text, debris_reason

BODY = [
    "The harbour board voted on Monday to close the eastern quay for repairs after divers found cracks.",
    "Ferry operators said the closure would move most crossings to the western quay until spring.",
    "The board chair, Mara Quillon, said the repairs were overdue and would cost about four million.",
    "Fishing crews asked the board to keep one berth open for them during the early morning hours.",
    "The board said it would decide on the fishing berth at its next meeting later this month.",
    "Engineers expect the work to last at least twelve weeks if the weather stays calm enough.",
]


def _kept(lines: list[str]) -> list[str]:
    return clean_text("\n\n".join(lines)).text.split("\n\n")


def test_an_embedded_posts_short_lines_and_signature_stay():
    post = [
        "Harbour board: quay is safe",
        "Divers: quay has cracks",
        "Harbour board: quay closed — Tobin Varle (@tobinvarle) March 3, 2021",
    ]
    text = BODY[:3] + post + BODY[3:]
    assert _kept(text) == text


def test_a_heading_before_a_story_line_still_goes():
    text = BODY[:3] + ["Fishing crews react"] + BODY[3:]
    assert "Fishing crews react" not in _kept(text)


def test_a_polls_figure_lines_are_the_storys_data():
    figures = [
        "Board approval: Approve – 41.5 percent//Disapprove – 50.2 percent",
        "Quay closure: Support 48%, Oppose 39%",
    ]
    for line in figures:
        assert debris_reason(line) is None
        assert _kept(BODY[:3] + [line] + BODY[3:]) == BODY[:3] + [line] + BODY[3:]


def test_a_phrase_question_heading_goes_in_a_sectioned_article():
    text = (
        BODY[:2]
        + ["Costs rising"]
        + BODY[2:3]
        + ["The fishing fleet"]
        + BODY[3:4]
        + ["Meeting of the minds?"]
        + BODY[4:]
    )
    assert _kept(text) == BODY


@pytest.mark.parametrize("question", ["Come again?", "Police state, anyone?", "Sound familiar?", "And now?"])
def test_a_writers_short_question_stays_in_a_sectioned_article(question: str):
    text = BODY[:2] + ["Costs rising"] + BODY[2:3] + ["The fishing fleet"] + BODY[3:4] + [question] + BODY[4:]
    assert question in _kept(text)


def test_a_phrase_question_stays_in_a_column_without_sub_headings():
    text = BODY[:3] + ["Meeting of the minds?"] + BODY[3:]
    assert _kept(text) == text


@pytest.mark.parametrize(
    "line",
    [
        "8 Min read time Share:",
        "Go deeper:",
        "Will the quay reopen?:What the harbour board decided on Monday",
        "Photos: Harbour life Boats at dawn. Hide Caption 1 of 9 Photos: Harbour life Nets drying in the "
        "sun on the old pier beside the lighthouse. Hide Caption 2 of 9 Photos: Harbour life A crane lifts "
        "a crate onto the quay while fishers mend their nets and gulls circle the harbour mouth above.",
    ],
)
def test_widget_and_link_lines_are_furniture(line: str):
    assert debris_reason(line) is not None
