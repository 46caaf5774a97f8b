"""The article layout's offset tests: a headline line holds an offset exactly when some line's
(start, end) does, however many lines (a link list) and in whatever order they were kept."""

from __future__ import annotations

import pytest

from newsprism.ingest.layout import Layout, dateline_place, layout_of


def test_in_headline_is_true_inside_any_line_and_only_there():
    lines = ((40, 60), (0, 10), (5, 30), (70, 70))  # unsorted, overlapping, one empty
    layout = Layout(lines)
    for offset in range(-1, 80):
        assert layout.in_headline(offset) == any(start <= offset < end for start, end in lines), offset
    assert not Layout().in_headline(0)


def test_in_headline_finds_the_lines_of_a_text():
    text = "Leader Vows Change Today\nThe leader said on Monday that things would change.\nMore Stories Here"
    layout = layout_of(text)
    assert layout.in_headline(0) and layout.in_headline(text.index("More"))
    assert not layout.in_headline(text.index("The leader"))


@pytest.mark.parametrize(
    ("text", "dateline", "place"),
    [
        ("ASHBY — The council met on Monday.", "ASHBY —", "Ashby"),
        ("DES MOINES, Iowa — The council met on Monday.", "DES MOINES, Iowa —", "Des Moines"),
        ("ASHBY/BELOSK (Wire) - The council met on Monday.", "ASHBY/BELOSK (Wire) -", "Ashby"),
        (
            "PORT ELLIS, Tarvia/BELOSK (Wire) - The council met.",
            "PORT ELLIS, Tarvia/BELOSK (Wire) -",
            "Port Ellis",
        ),
        ("(Wire) - The council met on Monday.", "(Wire) -", None),
        ("(Daily Courier) — The council met on Monday.", "(Daily Courier) —", None),
    ],
)
def test_a_dateline_is_found_with_one_place_two_places_or_the_agency_alone(text, dateline, place):
    layout = layout_of(text)
    assert text[slice(*layout.dateline)] == dateline
    assert dateline_place(text, layout.dateline) == place


def test_a_sentence_with_a_dash_has_no_dateline():
    assert layout_of("The council met on Monday - and again on Tuesday.").dateline is None
