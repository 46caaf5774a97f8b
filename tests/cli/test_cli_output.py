"""What the command line shows a newcomer: stories for plain text, whole ids and id prefixes,
tables that keep brackets, defaults in --help, re-run summaries, one name for a missing outlet,
JSON Lines when piped, file names for untitled articles, progress with a goal."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from newsprism.cli.analyze import make_progress
from newsprism.cli.evaluate import find_data
from newsprism.cli.main import app
from newsprism.errors import UsageError
from newsprism.ingest.count import count_inputs

runner = CliRunner()

# Plain text, no outlet: the first line is not a headline, so the article has no title.
UNTITLED = """the ferry between Norland and Estavia will run again from Monday, the harbour office said.

"While [ceasefire] sounds good, we are maneuver[ing] carefully," said Ilse Varga, Norland's trade minister.
"""
CANAL = """Canal Reopens After Storm Damage

Engineers in Port Amsel reopened the old canal on Thursday after three weeks of repairs.

"The locks work again," said Marta Kell, who runs the canal authority.
"""


def run(*args: str):
    return runner.invoke(app, list(args))


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def db(tmp_path_factory, nlp) -> str:
    folder = tmp_path_factory.mktemp("out")
    inputs = folder / "in"
    inputs.mkdir()
    (inputs / "ferry.txt").write_text(UNTITLED, encoding="utf-8")
    (inputs / "canal.txt").write_text(CANAL, encoding="utf-8")
    db = str(folder / "news.db")
    result = run("analyze", str(inputs), "--db", db, "-p", "1")
    assert result.exit_code == 0, result.output
    return db


def test_stories_of_plain_text_are_listed_by_default(db: str):
    found = jsonl(run("stories", "--db", db).stdout)
    assert len(found) == 2 and all(s["outlets"] == [] for s in found)
    table = run("stories", "--db", db, "--format", "table").stdout
    for story in found:  # whole ids and dates, never cut
        assert story["story_id"] in table
    assert "unknown" in table and "…" not in table


def test_compare_takes_any_unique_id_prefix(db: str):
    story = jsonl(run("stories", "--db", db).stdout)[0]
    result = run("compare", story["story_id"][:8], "--db", db)
    assert result.exit_code == 0, result.output
    [data] = jsonl(result.stdout)  # piped: one JSON line
    assert data["story_id"] == story["story_id"]
    ambiguous = run("compare", "s", "--db", db)
    assert ambiguous.exit_code == 2
    assert ambiguous.stderr.startswith("Error: story id 's' is ambiguous: 2 ids start with it")
    missing = run("compare", "zzz", "--db", db)
    assert missing.exit_code == 1 and missing.stderr == "Error: no story 'zzz'\n"


def test_article_ids_by_prefix_in_quotes_and_events(db: str):
    articles = jsonl(run("articles", "--db", db).stdout)
    ferry = next(a for a in articles if a["source"].endswith("ferry.txt"))
    by_prefix = jsonl(run("quotes", "--db", db, "--article", ferry["article_id"][:10]).stdout)
    assert by_prefix and {q["article_id"] for q in by_prefix} == {ferry["article_id"]}
    assert run("events", "--db", db, "--article", ferry["article_id"][:10]).exit_code == 0


def test_tables_keep_bracketed_text(db: str):
    table = run("quotes", "--db", db, "--format", "table").stdout
    assert "[ceasefire]" in table and "maneuver[ing]" in table


def test_untitled_articles_are_called_by_their_file_name(db: str):
    table = run("articles", "--db", db, "--format", "table").stdout
    assert "ferry.txt" in table and str(Path(db).parent) not in table
    assert "unknown" in table  # no outlet: the one name every command uses


def test_entity_profile_is_one_json_line_when_piped(db: str):
    result = run("entity", "Varga", "--db", db)
    assert result.exit_code == 0, result.output
    [profile] = jsonl(result.stdout)
    assert profile["name"] == "Ilse Varga" and profile["also"] == []
    assert "unknown" in profile["outlets"] or profile["outlets"] == {"": 1} or profile["outlets"]
    table = run("entity", "Varga", "--db", db, "--format", "table").stdout
    assert "Outlets: unknown 1" in table


def test_rerun_says_what_is_stored_and_that_nothing_changed(db: str, tmp_path: Path):
    inputs = Path(db).parent / "in"
    again = run("analyze", str(inputs), "--db", db, "-p", "1")
    assert again.exit_code == 0
    line = again.stdout.replace("\n", " ")
    assert "0 new, 0 updated, 2 unchanged, 0 failed articles; nothing changed" in line
    assert (
        "stored in total: 2 articles, " in line
        and " quotes" in line
        and "0 quotes, 0 events found" not in line
    )


def test_help_shows_defaults_and_flags_take_no_value():
    analyze = run("analyze", "--help").stdout
    assert "newsprism.db" in analyze and "default" in analyze
    entities = run("entities", "--help").stdout
    assert "<bool>" not in entities and "--relink " in entities
    assert "[default: 0]" in " ".join(entities.split())


def test_progress_shows_done_of_total_rate_and_time_left():
    progress = make_progress(10)
    task = progress.add_task("analyze", total=10, quotes=4, failed=1)
    progress.update(task, completed=3)
    console = Console(record=True, width=160, force_terminal=False)
    console.print(progress.get_renderable())
    shown = console.export_text()
    assert "3/10" in shown and "30%" in shown and "ETA" in shown and "4 quotes" in shown


def test_inputs_are_counted_before_the_run(tmp_path: Path):
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n{"text": "z"}\n', encoding="utf-8")
    (tmp_path / "list.json").write_text(json.dumps([{"text": "x"}, {"text": "y"}]), encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("No.", encoding="utf-8")
    assert count_inputs([str(tmp_path)]) == 1 + 3 + 2
    assert count_inputs([str(tmp_path / "*.jsonl"), str(tmp_path / "missing.txt")]) == 3 + 1
    assert count_inputs(["-"]) is None


def test_eval_data_is_found_beside_the_current_folder_or_asked_for(tmp_path: Path, monkeypatch):
    data = tmp_path / "shared" / "data" / "basil-dev"
    (data / "articles").mkdir(parents=True)
    work = tmp_path / "newsprism"
    work.mkdir()
    monkeypatch.chdir(work)
    assert find_data(None, "data/basil-dev", required=True, what="BASIL data") == data
    assert find_data(tmp_path, "data/basil-dev", required=True, what="BASIL data") == tmp_path
    with pytest.raises(UsageError, match=r"no BASIL data found \(looked in .*\); pass it with --data PATH"):
        find_data(None, "data/no-such-set", required=True, what="BASIL data")
    assert find_data(None, "data/no-such-set", required=False, what="BASIL data") is None


def test_eval_stories_without_data_says_how_to_pass_it(tmp_path: Path, monkeypatch):
    if (Path(__file__).resolve().parents[3] / "shared" / "data" / "basil-dev").exists():
        pytest.skip("../shared/data/basil-dev is present beside the repository: eval stories would run")
    monkeypatch.chdir(tmp_path)
    result = run("eval", "stories")
    assert result.exit_code == 2 and "pass it with --data PATH" in result.stderr
    assert os.linesep not in result.stderr.rstrip()


def test_dates_must_be_in_the_calendar(db: str):
    bad = run("quotes", "--db", db, "--until", "2020-02-30")
    assert bad.exit_code == 2 and "'2020-02-30' is not a date in the calendar" in bad.stderr
    assert run("stories", "--db", db, "--since", "2020-13-01").exit_code == 2
    assert run("quotes", "--db", db, "--until", "2020-02-29").exit_code == 0  # a leap day is one


def test_entity_by_an_ambiguous_name_says_what_else_it_fits(tmp_path: Path):
    from newsprism import Corpus
    from newsprism.models import Entity
    from newsprism.people import names, place_names
    from newsprism.store.schema import entities_table

    db = str(tmp_path / "names.db")
    made = {
        "org-trump": (
            Entity("org-trump", "Trump", "ORG"),
            [*place_names.name_keys("Trump", "ORG"), "a:trump"],
            40,
        ),
        "person-trump": (
            Entity("person-trump", "Donald Trump", "PERSON"),
            names.person_keys(names.parse_person("Donald Trump")),
            1288,
        ),
    }
    with Corpus(db) as corpus:
        keys = [(key, eid) for eid, (_, found, _) in made.items() for key in found]
        corpus.store.save_entity_links([e for e, _, _ in made.values()], keys, [])
        counts = [{"entity_id": eid, "mentions": n} for eid, (_, _, n) in made.items()]
        corpus.store.update_rows(entities_table, "entity_id", counts)
    shown = run("entity", "Trump", "--db", db, "--format", "table").stdout
    assert shown.startswith("Donald Trump  PERSON  person-trump")
    assert "'Trump' also fits: Trump (ORG, 40 mentions, org-trump)" in " ".join(shown.split())
    [piped] = jsonl(run("entity", "Trump", "--db", db).stdout)
    assert piped["entity_id"] == "person-trump" and piped["also"][0]["entity_id"] == "org-trump"


def test_the_home_page_shows_undated_stories_beside_dated_ones(db: str, tmp_path: Path):
    import sqlite3

    from fastapi.testclient import TestClient

    from newsprism.web.app import create_app

    copy = str(tmp_path / "copy.db")  # the module's database stays as it was
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    db = copy

    dated = tmp_path / "dated.json"
    story = {
        "title": "Harbour Fees Rise",
        "text": "Harbour fees in Port Amsel rose on Monday.",
        "published": "2025-04-01",
    }
    dated.write_text(json.dumps(story), encoding="utf-8")
    assert run("analyze", str(dated), "--db", db, "-p", "1").exit_code == 0
    home = TestClient(create_app(db), base_url="http://localhost").get("/").text
    assert (
        "Harbour Fees Rise" in home and "Canal Reopens After Storm Damage" in home
    )  # the second has no date


def test_summary_line_counts_the_words_it_parsed(tmp_path: Path, nlp):
    (tmp_path / "canal.txt").write_text(CANAL, encoding="utf-8")
    db = str(tmp_path / "words.db")
    first = run("analyze", str(tmp_path / "canal.txt"), "--db", db, "-p", "1")
    assert first.exit_code == 0, first.output
    stored = jsonl(run("articles", "--db", db, "--format", "jsonl").stdout)
    parsed = re.search(r"(\d+) words parsed", first.stdout.replace("\n", " "))
    assert parsed and int(parsed.group(1)) == sum(row["words"] for row in stored) > 0
