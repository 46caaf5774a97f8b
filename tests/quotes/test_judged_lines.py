"""Issues 17 and 20 (speed48): cleaning judges every line with its boilerplate rules once and the
Article says so (``lines_judged``), so the quote and event stages do not run the rules again over
its paragraphs; a photo caption ending in a wire credit, which cleaning keeps, is still the page's.
Invented text: cleaned, parsed by real spaCy."""

from __future__ import annotations

from newsprism.config import Settings
from newsprism.ingest.clean import (
    clean_article,
    debris_reason,
    is_debris_line,
    is_heading_or_debris,
    split_lines,
)
from newsprism.ingest.layout import stored_layout
from newsprism.models import RawArticle
from newsprism.quotes import rules
from newsprism.quotes.extract import extract_quotes

WIDGET = (
    "JUST WATCHED Millbrook workers weigh a 'fresh start' Replay More Videos ... MUST WATCH Millbrook "
    "workers weigh a 'fresh start' 03:48"
)
PAGE = (
    "Mayor Ilse Varga said on Monday that the mill would reopen in spring.\n\n"
    f"{WIDGET}\n\n"
    'A protester holds a sign reading "we will not leave this mill without our pay" at the gates in '
    "Dunmore on a rainy morning, March 3, 2021. EPA/Lena Farrow\n\n"
    '"We have waited long enough," said Tomas Reel, a union steward at the mill.\n\n'
    "The council meets again on Thursday."
)


def _cleaned():
    return clean_article(RawArticle(source="-", raw_text=PAGE), Settings.load())


def test_every_line_cleaning_keeps_passed_the_rules():
    article = _cleaned()
    assert article.lines_judged and stored_layout(article).lines_judged
    assert "JUST WATCHED" not in article.text  # the widget line is cut in cleaning
    assert all(debris_reason(line) is None for line in split_lines(article.text))
    # the verdict is taken as given for a judged line, and only then
    assert debris_reason(WIDGET) == "player_and_gallery" and is_debris_line(WIDGET)
    assert debris_reason(WIDGET, judged=True) is None and not is_debris_line(WIDGET, judged=True)
    assert is_heading_or_debris("Mill Workers Vow To Fight On", judged=True)  # its shape is still asked
    assert "lines_judged" not in article.to_json()  # not a stored field


def test_caption_credit_still_drops_quotes_in_a_judged_text(nlp):
    article = _cleaned()

    def quoted():
        doc = nlp(article.text)
        return [q.text for q in extract_quotes(doc, article.article_id, stored_layout(article))]

    texts = quoted()
    assert any("waited long enough" in t for t in texts)
    assert not any("we will not leave" in t for t in texts)
    with rules.switched_off(["debris_lines"]):
        assert any("we will not leave" in t for t in quoted())
