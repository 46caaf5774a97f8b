"""The article layout's offset tests: a headline line holds an offset exactly when some line's
(start, end) does, however many lines (a link list) and in whatever order they were kept."""

from __future__ import annotations

from newsprism.ingest.layout import Layout, layout_of


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
