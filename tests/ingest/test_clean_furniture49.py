"""Page furniture found by cleaning_unseen49 (issue 17 part 1, issue 20 part 1): a summary box
restating the lead, pull quotes, an explainer's question sub-headings, bios without a role word
after "is a", series blurbs, "Read more" links, a template token; and news lines the older rules
cut (a sentence holding "sign up for", a quoted banner in capitals, an embedded post opening
"WATCH:"). The news around them stays, word for word. Invented texts."""

from __future__ import annotations

import pytest

from newsprism.ingest.clean import clean_text, cut_inline_debris, debris_reason

BODY = [
    "The river authority closed the northern lock on Tuesday after engineers found a crack in one gate.",
    "Barges were diverted to the southern channel while the repairs went on for most of the week.",
    "Shipping firms said the delays would cost them several thousand dollars a day in fuel and wages.",
    "The authority said the gate had last been inspected four years ago and had passed every test.",
    "Local officials asked the state for money to replace both gates before the spring floods arrive.",
    "Engineers expect the southern lock to carry twice its usual traffic until the work is finished.",
    "A spokesman for the barge operators said crews were working longer shifts to keep cargo moving.",
    "The crack was found during a routine dive, the first such inspection since the lock reopened.",
    "Residents near the channel said the extra traffic had kept them awake through the night.",
    "The authority will hold a public meeting on Thursday to explain the repair schedule to residents.",
    "State inspectors are due to visit the site next week to review the damage and the repair plans.",
    "The northern lock is expected to reopen in March if the weather holds, the authority said.",
]


def _paragraphs(text: str) -> list[str]:
    return clean_text(text).text.split("\n\n")


def test_a_summary_box_restating_the_lead_goes_and_the_story_stays():
    box = [
        "The river authority closed the northern lock on Tuesday after engineers found a crack in "
        "one gate, and shipping firms said the delays would cost them several thousand dollars a day.",
        "Local officials asked the state for money to replace both gates before the spring floods "
        "arrive, while the southern lock carries twice its usual traffic.",
    ]
    kept = _paragraphs("\n\n".join(box + BODY))
    assert kept == BODY


def test_a_lead_that_is_not_told_again_stays():
    lead = "Two tugboats collided near the harbour mouth on Monday evening, leaving one captain with a broken arm."
    kept = _paragraphs("\n\n".join([lead, *BODY]))
    assert kept == [lead, *BODY]


def test_a_pull_quote_goes_and_the_paragraph_it_repeats_stays():
    said = "“We will not take risks with a structure this old, and the gate stays shut until it is safe,” said Irene Vasko."
    pull = "“We will not take risks with a structure this old, and the gate stays shut until it is safe.”"
    body = [*BODY[:4], said, *BODY[4:8], pull, *BODY[8:]]
    assert _paragraphs("\n\n".join(body)) == [*BODY[:4], said, *BODY[4:]]


def test_a_quotation_said_once_stays():
    quote = "“We will not take risks with a structure this old, and the gate stays shut until it is safe.”"
    body = [*BODY[:6], quote, *BODY[6:]]
    assert _paragraphs("\n\n".join(body)) == body


def test_a_quotation_the_story_makes_of_an_embedded_post_stays():
    quote = "“The crews worked all night and the cargo kept moving on the southern channel this week.”"
    post = (
        "The crews worked all night and the cargo kept moving on the southern channel this week. "
        "— Mara Quill (@maraquill) March 3, 2021"
    )
    body = [*BODY[:3], quote, *BODY[3:9], post, *BODY[9:]]
    assert _paragraphs("\n\n".join(body)) == body


def test_an_explainers_question_headings_go_and_a_lone_question_stays():
    questions = ["What did the engineers find?", "How long will the repairs take?"]
    body = [*BODY[:3], questions[0], *BODY[3:7], questions[1], *BODY[7:]]
    assert _paragraphs("\n\n".join(body)) == BODY
    lone = [*BODY[:3], "So what happens to the barges now?", *BODY[3:]]
    assert _paragraphs("\n\n".join(lone)) == lone


@pytest.mark.parametrize(
    "bio",
    [
        "• Odile Framp is editor emeritus of The Harbour Ledger.",
        "Kestrel Awan, a Ledger columnist, is a freight economist who blogs at Slow Water.",
        "Pim Dorsey (@pimdorsey) is an award-winning investigative journalist and the host of a radio show.",
        "Tova Lind, founder of Lind Partners, is a political adviser and former television producer.",
        "Harbour Notes is a weekly column written by members of the Ledger's river desk.",
        "The Long View is the Ledger's home for essays by writers from outside the paper.",
    ],
)
def test_a_bio_or_series_blurb_closing_a_column_goes(bio: str):
    assert _paragraphs("\n\n".join([*BODY, bio])) == BODY


def test_the_same_words_in_the_middle_of_a_story_stay():
    line = (
        "Pim Dorsey (@pimdorsey) is an award-winning investigative journalist and the host of a radio show."
    )
    body = [*BODY[:6], line, *BODY[6:]]
    assert _paragraphs("\n\n".join(body)) == body


@pytest.mark.parametrize(
    "line",
    [
        "Ferry strike ends after three weeks of talks Read more",
        "Click for more from Harbour Watch.",
        "Don't see the graphic above? Click here.",
        "We report with care in all of our journalism. Read our editorial standards.",
        "Sign up for Daily Newsletters Manage Newsletters",
        "[Sign up for our river newsletter and join the conversation.]",
    ],
)
def test_link_and_widget_lines_are_furniture(line: str):
    assert debris_reason(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "The rule lets families sign up for cheaper ferry passes, a change critics called rushed.",
        "“HARBOUR CHIEF: RESIGN”",
        "WATCH: Harbour chief rides the new ferry. pic.twitter.com/AbC123 — Harbour Daily (@harbourdaily) June 4, 2021",
    ],
)
def test_news_lines_the_older_rules_cut_are_kept(line: str):
    assert debris_reason(line) is None


def test_a_template_token_is_cut_from_its_paragraph():
    line = "#related#For ten years, the ferry has run twice a day between the islands."
    assert cut_inline_debris(line) == "For ten years, the ferry has run twice a day between the islands."


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Ferry strikes:Why the harbour workers walked out for a third week", "topic_link"),
        (
            "Mara Quill/AP Mayor Tomas Reyle (c.) is applauded by council members after the vote.",
            "caption_credit_first",
        ),
    ],
)
def test_a_topic_link_and_a_credit_first_caption_are_furniture(line: str, reason: str):
    assert debris_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "At 10:30 the council voted to keep the ferry running through the winter.",
        "Mara Quill, the AP reporter, asked Mayor Tomas Reyle about the vote.",
    ],
)
def test_times_and_names_before_a_sentence_stay(line: str):
    assert debris_reason(line) is None


def test_headlines_listed_under_a_link_label_go_until_the_story_resumes():
    links = [
        "More:Ferry strike ends after three weeks of talks",
        "A day-by-day look at the harbour repairs and the barges waiting on the southern channel",
        "The northern lock left both a costly and a lasting mark on the river towns downstream",
    ]
    body = [*BODY[:3], *links, *BODY[3:]]
    assert _paragraphs("\n\n".join(body)) == BODY


def test_an_interviewers_questions_and_a_leading_question_stay():
    questions = ["Why do you think the ferry failed?", "How did your crew respond?"]
    body = [*BODY[:3], questions[0], *BODY[3:7], questions[1], *BODY[7:]]
    assert _paragraphs("\n\n".join(body)) == body
    lead = ["Is the harbour authority above the law?", *BODY[:3], "What did the engineers find?", *BODY[3:]]
    lead = [*lead[:8], "How long will the repairs take?", *lead[8:]]
    assert _paragraphs("\n\n".join(lead)) == [lead[0], *BODY]


def test_a_paragraph_of_two_quotations_with_their_attribution_stays():
    said = '"The gate stays shut until it is safe," Vasko added. "This river has waited long enough for a safe lock."'
    again = "The gate stays shut until it is safe, Vasko told the council: this river has waited long enough for a safe lock."
    body = [*BODY[:7], said, *BODY[7:10], again, *BODY[10:]]
    assert _paragraphs("\n\n".join(body)) == body
