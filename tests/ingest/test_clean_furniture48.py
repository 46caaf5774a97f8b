"""Page furniture found by cleaning_unseen48 and the story weeks (issue 17 part 1, issue 20 part
1): a site's person card glued to a name or set after a space, or holding only the full name
("...KellyMORE"); a photo caption ending in its agency credit with no bracket; a columnist's bio
with an apposition or a follow prompt at the column's end. The news around it stays, word for
word. Invented texts."""

from __future__ import annotations

import pytest

from newsprism.ingest.clean import clean_text, cut_inline_debris, debris_reason

BODY = [
    "The river authority closed the northern lock on Tuesday after engineers found a crack in one gate.",
    "“We will not take risks with a structure this old,” said Irene Vasko, the authority’s chief engineer.",
    "Barges were diverted to the southern channel while the repairs went on.",
]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (  # the card's name only, MORE glued to it
            "The memo went to chief of staff Rona Delacroix Rona Mireille DelacroixMORE on Friday.",
            "The memo went to chief of staff Rona Delacroix on Friday.",
        ),
        (  # the card glued to the name, no space before the card's name
            "Justices Tilde Amberg, Oskar VennOskar VennHarbour court weighs ferry case MORE and Ida Roth dissented.",
            "Justices Tilde Amberg, Oskar Venn and Ida Roth dissented.",
        ),
        (  # the card's headlines after a space: the text's first name must stay
            "Speaker Pol Garand Pol Anton Garand Ferry workers back harbour deal Port strike ends MORE (R-Ore.) "
            "said the bill would pass.",
            "Speaker Pol Garand (R-Ore.) said the bill would pass.",
        ),
        (  # a nickname in the card and a possessive after MORE
            "A vote on Rep. Bo Tarrant Robert (Bo) Lee Tarrant Tarrant says port budget is short MORE’s bill is due.",
            "A vote on Rep. Bo Tarrant’s bill is due.",
        ),
    ],
)
def test_a_person_card_of_every_shape_is_cut_and_the_name_kept(line: str, kept: str):
    assert cut_inline_debris(line) == kept


@pytest.mark.parametrize(
    "line",
    [
        "Ferris met Ferris Holt at the dock, and ONE MORE ship came in.",
        "Abel Marsh Abel Marsh was printed twice on the ballot, and voters wanted MORE answers.",
        "Anna Kell Anna Kell spoke in BALTIMORE on Monday.",
    ],
)
def test_a_line_without_a_card_is_left_alone(line: str):
    assert cut_inline_debris(line) == line


@pytest.mark.parametrize(
    "caption",
    [
        "A ferry leaves the northern harbour in Vellport, Norland, May 4, 2019. REUTERS/Jane Holloway",
        "A ferry leaves the harbour, May 4, 2019. REUTERS/Jane Holloway/File Photo",
        "A ferry leaves the harbour on May 4, 2019. REUTERS/Jane Holloway TPX IMAGES OF THE DAY",
        "Divers search the lock in Vellport on March 10. Ola Brandt/AFP via Getty Images",
        "Divers search the lock in Vellport on March 10. (Ola Brandt/AFP/Getty Images)",
        "A freeway seen from above in Vellport (Reuters: Ola Brandt)",
        "Ida Roth in 2008 when she was a harbour pilot. Ola Brandt / Vellport Courier via AP",
    ],
)
def test_a_caption_ending_in_its_agency_credit_is_furniture(caption: str):
    assert debris_reason(caption) == "caption_agency_tail"
    text = "\n\n".join([caption, *BODY])
    assert clean_text(text).text == "\n\n".join(BODY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Support for the harbour plan fell to 41 percent, a Reuters/Ipsos poll found on Tuesday.",
        "The photo was first published by Getty Images, the agency said.",
    ],
)
def test_a_sentence_naming_an_agency_is_kept(sentence: str):
    assert debris_reason(sentence) is None


@pytest.mark.parametrize(
    "bio",
    [
        "Mara Quist, a former prosecutor for the Northern District, is a professor at Vellport Law School.",
        "Mara Quist, the Courier’s harbour bureau chief, is the author of “Tides,” out in April.",
        "Mara Quist is a Vellport-based writer who served for 20 years on the staff of the port board.",
        "Mara Quist, a former harbour pilot, teaches maritime law at the Vellport institute. Follow her on Twitter: @maraquist",
    ],
)
def test_a_columnists_bio_at_the_end_is_cut(bio: str):
    text = "\n\n".join([*BODY, bio])
    assert clean_text(text).text == "\n\n".join(BODY)


def test_the_same_bio_words_inside_a_story_stay():
    middle = (
        "Mara Quist, a former prosecutor for the Northern District, is a professor at Vellport Law School."
    )
    text = "\n\n".join([BODY[0], middle, BODY[1], BODY[2], "The lock reopens next month."])
    assert middle in clean_text(text).text


def test_a_summary_box_at_the_top_goes_with_its_points():
    box = [
        "Story highlights The port authority closes the northern lock after its engineers find a crack in a gate",
        "Vasko: “We will not take risks with a structure this old, and the repairs will take weeks”",
        "Barges carrying grain and timber are sent to the southern channel until the lock reopens",
    ]
    text = "\n\n".join([*box, *BODY])
    assert clean_text(text, title="Northern lock closed").text == "\n\n".join(BODY)


def test_a_summary_box_stops_at_the_first_sentence():
    box = ["Story highlights The port authority closes the northern lock after its engineers find a crack"]
    short = "It was a quiet morning on the river when the engineers first saw the crack in the gate."
    text = "\n\n".join([*box, short, *BODY])
    assert clean_text(text, title="Northern lock closed").text == "\n\n".join([short, *BODY])


def test_a_gallery_teaser_with_its_share_button_goes():
    teasers = [
        "Harbour cranes through the years See how the northern docks changed since 1950. Shares",
        "Best river walks in Norland From the old lock to the estuary, ten walks to take this spring Shares",
    ]
    assert all(debris_reason(line) == "gallery_teaser" for line in teasers)
    text = "\n\n".join([*BODY, *teasers])
    assert clean_text(text).text == "\n\n".join(BODY)


def test_a_sentence_about_shares_is_kept():
    assert debris_reason("The harbour company sold 2,000 of its Shares to the city on Monday.") is None
