"""`newsprism compare` on a small invented story through the real pipeline (spaCy, the store):
what an audit of issue 18 on a real 20-article story found wrong, checked here on invented
articles: the brief's "who said what" gave a line to an unattributed quote, the outlet's sources
line was the one item line without a link, and an unnamed source ("another official") was listed
as one only that outlet quotes."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsprism.cli.main import app

runner = CliRunner()
STATEMENT = "The new locks will carry twice the barges we move today and cut the wait to an hour"
ARTICLES = [
    {
        "id": "lock-a",
        "outlet": "Harbour Wire",
        "published": "2025-03-04",
        "title": "Port of Wendmark opens its new locks",
        "text": "The port of Wendmark opened its new locks on Tuesday after four years of work.\n\n"
        f'"{STATEMENT}," port director Lena Stroud said at the opening.\n\n'
        '"We were never consulted about the noise," said Piet Alder, who lives by the canal.',
    },
    {
        "id": "lock-b",
        "outlet": "Coast Ledger",
        "published": "2025-03-04",
        "title": "Wendmark locks open after four years",
        "text": "Wendmark's new locks opened on Tuesday after four years of work on the canal.\n\n"
        "A brochure handed out at the opening ran a headline in capitals: the new locks will carry "
        "twice the barges we move today and cut the wait to an hour.\n\n"
        '"It is a good day for the river," Lena Stroud told reporters.\n\n'
        '"The gates were tested for a month before the opening," a port engineer said.',
    },
    {
        "id": "lock-c",
        "outlet": "Valley News",
        "published": "2025-03-05",
        "title": "Wendmark locks open to barges",
        "text": "Barges passed through Wendmark's new locks on Wednesday, a day after they opened.\n\n"
        '"It is a good day for the river," port director Lena Stroud said on Tuesday.\n\n'
        '"The lorries will be gone from our street," a neighbour of the canal said.',
    },
]


@pytest.fixture(scope="module")
def story(tmp_path_factory, nlp) -> tuple[str, str]:
    folder = tmp_path_factory.mktemp("compare-audit")
    source = folder / "locks.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    db = str(folder / "news.db")
    result = runner.invoke(app, ["analyze", str(source), "--db", db, "-p", "1"])
    assert result.exit_code == 0, result.output
    stories = [json.loads(line) for line in runner.invoke(app, ["stories", "--db", db]).output.splitlines()]
    assert len(stories) == 1 and len(stories[0]["articles"]) == 3, stories
    return db, stories[0]["story_id"]


def _compare(story: tuple[str, str], *args: str) -> dict:
    db, story_id = story
    result = runner.invoke(app, ["compare", story_id, "--db", db, "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_the_brief_links_every_item_and_hears_each_named_speaker(story):
    db, story_id = story
    result = runner.invoke(app, ["compare", story_id, "--db", db, "--format", "markdown"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("# ") and "## Where the outlets differ" in lines
    items = [line for line in lines if line.startswith("- ")]
    assert items and all("](/articles/" in line for line in items)  # every item at its offsets
    assert "Lena Stroud" in result.output and "(unattributed)" not in result.output


def test_key_quotes_give_each_named_speaker_a_turn():
    from newsprism.stories.brief import key_quotes

    def quote(speaker: str, n: int) -> dict:
        return {"speaker": speaker, "text": f"statement {n}", "outlets": ["A", "B"]}

    shared = [quote("Lena Stroud", n) for n in range(4)] + [
        quote("(unattributed)", 9),
        quote("Piet Alder", 5),
    ]
    said = key_quotes(shared, quotes=2)  # a second quote waits until every speaker had a first
    assert [q["speaker"] for q in said] == ["Lena Stroud", "Piet Alder"]
    said = key_quotes(shared, quotes=3)  # shown grouped by speaker
    assert [q["speaker"] for q in said] == ["Lena Stroud", "Lena Stroud", "Piet Alder"]


def test_only_a_named_speaker_is_one_only_this_outlet_quotes(story):
    data = _compare(story)
    ledger = next(row for row in data["outlets"] if row["outlet"] == "Coast Ledger")
    wire = next(row for row in data["outlets"] if row["outlet"] == "Harbour Wire")
    unnamed = [s for s in ledger["sources"] if "engineer" in s["speaker"]]
    assert unnamed and not unnamed[0]["only_here"]  # quoted by no one else, but no one to look for
    assert any(s["speaker"] == "Piet Alder" and s["only_here"] for s in wire["sources"])
