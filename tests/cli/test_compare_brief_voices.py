"""`newsprism compare --format markdown` on an invented story through the real pipeline: a voice
only one outlet quotes is still heard in "who said what", each line linked."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsprism.cli.main import app

runner = CliRunner()
REPAIRS = "the toll will pay for the bridge repairs within five years"
ARTICLES = [
    {
        "id": "toll-a",
        "outlet": "Harbour Wire",
        "published": "2025-04-02",
        "title": "Kessel council votes for a bridge toll",
        "text": "Kessel's council voted on Tuesday to charge a toll on the Marrow bridge.\n\n"
        f'"We have checked the figures twice, and {REPAIRS}," port director Lena Stroud said.\n\n'
        '"Nobody on our street was ever asked about a toll," said Piet Alder, who runs a bakery '
        "by the bridge.",
    },
    {
        "id": "toll-b",
        "outlet": "Coast Ledger",
        "published": "2025-04-02",
        "title": "Marrow bridge toll approved",
        "text": "The Marrow bridge will get a toll after a council vote in Kessel on Tuesday.\n\n"
        f"They said {REPAIRS}.\n\n"
        "Work on the bridge is due to start in the summer.",
    },
    {
        "id": "toll-c",
        "outlet": "Valley News",
        "published": "2025-04-03",
        "title": "Drivers face a toll on the Marrow bridge",
        "text": "Drivers will pay to cross the Marrow bridge after Kessel's council voted for a toll.\n\n"
        f'"We have checked the figures twice, and {REPAIRS}," Lena Stroud said on Tuesday.',
    },
]


@pytest.fixture(scope="module")
def story(tmp_path_factory, nlp) -> tuple[str, str]:
    folder = tmp_path_factory.mktemp("compare-voices")
    source = folder / "toll.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    db = str(folder / "news.db")
    result = runner.invoke(app, ["analyze", str(source), "--db", db, "-p", "1"])
    assert result.exit_code == 0, result.output
    stories = [json.loads(line) for line in runner.invoke(app, ["stories", "--db", db]).output.splitlines()]
    assert len(stories) == 1 and len(stories[0]["articles"]) == 3, stories
    return db, stories[0]["story_id"]


def test_a_voice_one_outlet_quotes_is_heard_and_linked(story):
    db, story_id = story
    result = runner.invoke(app, ["compare", story_id, "--db", db, "--format", "markdown"])
    assert result.exit_code == 0, result.output
    said = result.output.split("## Who said what")[1].split("## Where")[0]
    lines = [line for line in said.splitlines() if line.startswith("- ")]
    speakers = [line.split("**")[1] for line in lines]
    assert speakers[0] == "Lena Stroud" and "Piet Alder" in speakers  # most quoted first
    assert all("](/articles/" in line for line in lines)
