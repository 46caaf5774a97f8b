"""An article's genre is read once, in cleaning, from its lead's label, before the label line is
cut: the label never reaches the sentence stages, the genre is stored and listed (``genre``, a
key added to the articles' JSON Lines beside every earlier one). Invented articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsprism.cli.main import app
from newsprism.ingest.clean import clean_article, clean_text
from newsprism.models import RawArticle

BODY = (
    "The river authority closed the northern lock on Tuesday after engineers found a crack in one gate.\n\n"
    "Barges were diverted to the southern channel, and the authority said repairs would take a month."
)


def genre(lead: str, body: str = BODY) -> str:
    return clean_text(f"{lead}\n\n{body}" if lead else body).genre


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("ANALYSIS/OPINION:", "opinion"),
        ("OPINION:", "opinion"),
        (
            "Jan Novak is a historian of canals. The views expressed in this commentary are his own.",
            "opinion",
        ),
        (
            "The opinions expressed by columnists are their own and do not represent the views of The Example.",
            "opinion",
        ),
        ("ANALYSIS:", "analysis"),
        ("", "report"),
    ],
)
def test_the_lead_label_gives_the_genre_and_leaves_the_text(lead: str, expected: str):
    cleaned = clean_text(f"{lead}\n\n{BODY}" if lead else BODY)
    assert cleaned.genre == expected
    assert cleaned.text == BODY  # the label or disclaimer is cut: the text opens with the news


def test_genre_words_in_a_sentence_or_a_label_deep_in_the_text_give_no_genre():
    sentence = "The governor said the editorial page was wrong about the lock, in her opinion."
    assert genre(sentence) == "report"
    late = " ".join(["The lock was built in 1902 by the canal board."] * 8)
    assert genre("", f"{late}\n\nOPINION: the lock should go.") == "report"


def test_the_genre_is_read_before_other_furniture_goes_and_a_column_stays_whole():
    text = "Advertisement:\n\nUpdate at 3:07 p.m. ET.\n\nANALYSIS/OPINION:\n\n" + BODY
    cleaned = clean_text(text)
    assert (cleaned.genre, cleaned.text) == ("opinion", BODY)


def test_a_label_opening_the_title_gives_the_genre(settings):
    # the title, given by the feed or found as the text's first line, is read before the lead
    given = clean_article(
        RawArticle(source="col.txt", raw_text=BODY, title="Opinion: The lock should never have closed"),
        settings,
    )
    assert given.genre == "opinion" and given.text == BODY
    found = clean_text("ANALYSIS: What the closed lock costs the valley\n\n" + BODY)
    assert found.genre == "analysis"
    assert genre("", BODY) == "report"
    about = clean_article(
        RawArticle(source="rep.txt", raw_text=BODY, title="Lock closed after opinion poll"), settings
    )
    assert about.genre == "report"


def test_clean_article_keeps_the_genre(settings):
    raw = RawArticle(source="col.txt", raw_text="OPINION:\n\n" + BODY, title="The lock had to close")
    article = clean_article(raw, settings)
    assert article.genre == "opinion" and not article.text.startswith("OPINION")
    report = clean_article(RawArticle(source="rep.txt", raw_text=BODY, title="Lock closed"), settings)
    assert report.genre == "report"


def test_the_genre_is_stored_and_listed_as_a_new_key(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "column.txt").write_text("The Lock Had to Close\n\nOPINION:\n\n" + BODY, encoding="utf-8")
    (folder / "report.txt").write_text(
        "Northern Lock Closed\n\n" + BODY.replace("Tuesday", "Monday"), "utf-8"
    )
    db = str(tmp_path / "news.db")
    runner = CliRunner()
    assert runner.invoke(app, ["analyze", str(folder), "--db", db, "--processes", "1"]).exit_code == 0
    listed = runner.invoke(app, ["articles", "--db", db, "--format", "jsonl"]).stdout
    articles = {Path(a["source"]).stem: a for a in map(json.loads, listed.splitlines())}
    assert articles["column"]["genre"] == "opinion" and articles["report"]["genre"] == "report"
    for key in ("article_id", "source", "outlet", "title", "published", "text", "status", "error", "words"):
        assert key in articles["column"]  # the keys listed before stay
    assert "OPINION" not in articles["column"]["text"]
