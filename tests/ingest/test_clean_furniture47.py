"""Page furniture that used to survive cleaning (issue 20 part 1, issue 17 part 1): newsletter and
app prompts, update headings, contact lines, an editor's note about the piece, a "Related
Coverage" link, a writer's bio at a column's edge, a headline glued after a dek, a title-case
question heading, and furniture printed inside a paragraph (a flattened photo gallery, a bracketed
link, a photo widget's caption). The news around it stays, word for word. Invented texts."""

from __future__ import annotations

import pytest

from newsprism.ingest.clean import clean_text, cut_inline_debris, debris_reason

BODY = [
    "The river authority closed the northern lock on Tuesday after engineers found a crack in one gate.",
    "“We will not take risks with a structure this old,” said Irene Vasko, the authority’s chief engineer.",
    "Barges were diverted to the southern channel.",
]


def body_of(text: str, title: str | None = None) -> list[str]:
    return clean_text(text, title=title).text.split("\n\n")


@pytest.mark.parametrize(
    ("furniture", "reason"),
    [
        (
            "Get breaking news alerts and special reports. The stories that matter, delivered weekday mornings.",
            "subscribe_share",
        ),
        ("Let our news meet your inbox. The stories that matter, delivered daily.", "subscribe_share"),
        (
            "Get real-time updates as this story unfolds. Download Example News for iPhone here.",
            "subscribe_share",
        ),
        ("Update at 2:15 p.m. ET. Lock Repairs Begin:", "update_heading"),
        ("Update at 11:30 a.m. ET: New Cracks Found", "update_heading"),
        ("Our Original Post Continues:", "update_heading"),
        ("--Updated at 4:20 p.m.", "update_time"),
        ("Write to Irene Vasko at irene.vasko@example.com.", "contact_line"),
        (
            "Editor’s Note: The following column is an excerpt of a forthcoming book on rivers.",
            "correction_note",
        ),
        ("Related Coverage Engineers warn of cracks in older locks", "promo"),
    ],
)
def test_furniture_lines_go_and_the_body_stays(furniture: str, reason: str):
    assert debris_reason(furniture) == reason
    assert body_of("\n\n".join([BODY[0], furniture, *BODY[1:]])) == BODY


@pytest.mark.parametrize(
    "sentence",
    [
        "Update at 3 p.m.: The authority said the lock would reopen within a week.",
        "Officials urged shippers to read the notice delivered to every lock keeper on Monday.",
        "The original plan, engineers said, was to repair the gate in place.",
        "Related talks between the two agencies stalled last year.",
    ],
)
def test_news_that_looks_like_those_lines_stays(sentence: str):
    assert debris_reason(sentence) is None
    assert body_of("\n\n".join([BODY[0], sentence, *BODY[1:]])) == [BODY[0], sentence, *BODY[1:]]


BIO_TOP = "Jan Roe is a former canal engineer and the author of a history of river locks."
BIO_END = "• Jan Roe is a radio talk-show host and Example News contributor."


def test_a_writers_bio_opening_or_closing_a_column_goes():
    assert body_of("\n\n".join([BIO_TOP, *BODY])) == BODY
    assert body_of("\n\n".join([*BODY, BIO_END])) == BODY


def test_the_same_words_in_the_middle_of_a_story_stay():
    middle = "Tomas Reed is a senior fellow at the Canal Institute and the author of two studies on locks."
    text = [BODY[0], BODY[1], middle, BODY[2], "The lock reopens in May."]
    assert body_of("\n\n".join(text)) == text


def test_a_bio_line_that_reports_speech_stays():
    said = "Jan Roe is a columnist for the Example Times, the lock keeper said."
    assert body_of("\n\n".join([said, *BODY])) == [said, *BODY]


def test_a_headline_glued_to_a_dek_goes_and_the_dek_stays():
    title = "River Lock Closed After Crack Found"
    dek = "Engineers feared the old gate would fail."
    assert body_of("\n\n".join([f"{dek} {title}", *BODY]), title=title) == [dek, *BODY]


def test_a_title_case_question_heading_goes_and_a_question_sentence_stays():
    asked = "Why did engineers wait so long to close the lock?"
    turn = "HOST: Is The Lock Safe?"  # a transcript's turn, no heading
    text = [BODY[0], "Is The Lock Safe?", BODY[1], asked, turn, BODY[2]]
    assert body_of("\n\n".join(text)) == [BODY[0], BODY[1], asked, turn, BODY[2]]


def test_a_bracketed_link_inside_a_paragraph_goes():
    line = "The gate is 120 years old, Vasko said. (RELATED: Old Locks Face Costly Repairs Across The Region)"
    assert cut_inline_debris(line) == "The gate is 120 years old, Vasko said."
    kept = "The lock (see the authority’s notice) stays shut."
    assert cut_inline_debris(kept) == kept


def test_a_photo_widget_inside_a_paragraph_goes():
    line = (
        "How Locks Work Enlarge this image toggle caption Ana Diaz/Example Photo Ana Diaz/Example Photo "
        "A lock raises boats between two water levels."
    )
    assert cut_inline_debris(line) == "How Locks Work A lock raises boats between two water levels."
