"""quotes.furniture: quoted words nobody said are dropped after extraction."""

from __future__ import annotations

from newsprism.models import Quote
from newsprism.quotes.furniture import drop_furniture


def _quote(text: str, words: str, kind: str = "partial") -> Quote:
    start = text.index(words)
    return Quote("a", words, start, start + len(words), kind)


def test_titles_after_a_possessive_and_headlines_in_link_lines_are_dropped():
    text = (
        "He teamed up with Mike Rowe, host of the Discovery Channel’s “Dirty Jobs,” at a meeting.\n\n"
        "Related: China is crushing the U.S. in 'economic warfare'\n\n"
        "The senator called the plan “a Trojan Horse” and said the Governor’s “reckless” budget failed."
    )
    quotes = [_quote(text, w) for w in ("Dirty Jobs", "economic warfare", "a Trojan Horse", "reckless")]
    assert [q.text for q in drop_furniture(text, quotes)] == ["a Trojan Horse", "reckless"]


def test_titles_of_works_performed_or_shows_hosted_are_not_quotes(nlp):
    from newsprism.quotes.extract import extract_quotes

    text = (
        'The choir sang "Amazing Grace" as Senator Joe Hall left. Hall hosted "Capitol Report" '
        'for years and appeared on "Meet the Press" on Sunday.\n\n"We are close," Hall said.'
    )
    assert [q.text for q in extract_quotes(nlp(text), "a")] == ["We are close"]
