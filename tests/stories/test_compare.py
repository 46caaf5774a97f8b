"""Comparing how outlets told one story, on invented articles run through the real stages."""

from __future__ import annotations

from collections import Counter

import pytest
from rich.console import Console
from test_stories import _add

from newsprism.errors import NotFoundError
from newsprism.models import RawArticle
from newsprism.store.store import Store
from newsprism.stories.compare import compare_story, label_before, render_compare_html, render_compare_table

MARCH = [
    (
        "river-gazette",
        "2024-05-06",
        "Protest over <Sable> water rights fills Tarn square",
        "Thousands of farmers marched through Tarn on Monday to protest a plan to divert the Sable "
        'River to the capital. Opposition firebrand Dara Quill told the crowd: "They are stealing our '
        'river to fill their swimming pools."\n\nWater minister Ivo Brandt defended the diversion. '
        '"The city needs this water and the farmers will be compensated," Brandt said.',
    ),
    (
        "capital-times",
        "2024-05-06",
        "Farmers rally in Tarn against Sable River diversion",
        "Farmers rallied in Tarn on Monday against the government's plan to divert the Sable River to "
        "the capital. Senator Dara Quill, who organised the march, called the plan unfair.\n\n"
        '"The city needs this water and the farmers will be compensated," water minister Ivo Brandt '
        "said in a statement.",
    ),
    (
        "valley-news",
        "2024-05-07",
        "Tarn march: thousands oppose Sable River plan",
        "Thousands of farmers joined a march in Tarn against the plan to divert the Sable River to the "
        "capital. Populist senator Dara Quill led the crowd through the square.\n\nWater minister Ivo "
        "Brandt said the farmers would be compensated. Police said the march was peaceful.",
    ),
]


@pytest.fixture
def story(settings, nlp):
    """The three articles stored with quotes, mentions and events, linked and put in one story."""
    store = Store(settings.db)
    raws = [
        RawArticle(source=f"m{i}", raw_text=text, title=title, outlet=outlet, published=day, given_id=f"m{i}")
        for i, (outlet, day, title, text) in enumerate(MARCH)
    ]
    _add(store, nlp, settings, raws, full=True)
    story_ids = {a.story_id for a in store.articles()}
    assert len(story_ids) == 1
    yield store, story_ids.pop()
    store.close()


def _outlet(data: dict, name: str) -> dict:
    return next(row for row in data["outlets"] if row["outlet"] == name)


def test_every_outlet_has_its_entry(story):
    store, story_id = story
    data = compare_story(store, story_id)
    assert data["story_id"] == story_id and data["title"]
    assert [row["outlet"] for row in data["outlets"]] == ["capital-times", "river-gazette", "valley-news"]
    keys = {
        "outlet",
        "articles",
        "headlines",
        "length",
        "first_reported",
        "quotes_by_speaker",
        "entities",
        "labels",
        "only_here",
        "missing_here",
    }
    for row in data["outlets"]:
        assert keys <= set(row)
        assert row["length"] > 30 and len(row["articles"]) == 1
    assert _outlet(data, "valley-news")["first_reported"] == "2024-05-07"
    assert any("Brandt" in speaker for speaker in _outlet(data, "capital-times")["quotes_by_speaker"])
    assert any("Quill" in name for name in _outlet(data, "valley-news")["entities"])


def test_a_quote_only_one_outlet_carries(story):
    store, story_id = story
    data = compare_story(store, story_id)
    gazette = _outlet(data, "river-gazette")
    only = [q["text"] for q in gazette["only_here"]["quotes"]]
    assert any("stealing our river" in text for text in only)
    assert not any("city needs this water" in text for text in only)  # the minister's words are shared
    missing = [q["text"] for q in _outlet(data, "capital-times")["missing_here"]["quotes"]]
    assert not any("stealing our river" in text for text in missing)  # one other outlet is not "most"
    assert "Police" not in " ".join(gazette["entities"])


def test_outlets_label_the_same_person_differently(story):
    store, story_id = story
    data = compare_story(store, story_id)
    quill = next(d for d in data["label_differences"] if "Quill" in d["entity"])
    words = {outlet: " ".join(labels).lower() for outlet, labels in quill["labels"].items()}
    assert "firebrand" in words["river-gazette"]
    assert "populist" in words["valley-news"]
    assert "firebrand" not in words.get("valley-news", "")


def test_renderings(story):
    store, story_id = story
    data = compare_story(store, story_id)
    page = render_compare_html(data)
    assert "&lt;Sable&gt;" in page or "&lt;Sable&gt;" in page.replace("&#34;", '"')
    assert "<Sable>" not in page and "http" not in page  # escaped, nothing fetched from elsewhere
    console = Console(record=True, width=200)
    render_compare_table(data, console)
    shown = console.export_text()
    assert "river-gazette" in shown and "stealing our river" in shown


def test_a_verb_form_or_number_before_a_title_is_no_label():
    cases = {
        "Dowd urged Deputy Attorney General Rod Rosenstein to act.": "Deputy Attorney General",
        "He learned of it since learning President Ana Ruiz had fired him.": "President",
        "On March 13, 2018 President Ana Ruiz said so.": "President",
        "He met with acting Attorney General Rod Rosenstein.": "acting Attorney General",
        "The embattled Secretary Rex Tillerson left.": "embattled Secretary",
        "Aides to the outgoing economic adviser Gary Cohn agreed.": "outgoing economic adviser",
        "Counselor to the President Ana Ruiz spoke.": "",  # a counselor, not the president
    }
    for text, label in cases.items():
        name = next(w for w in ("Rod", "Ana", "Rex", "Gary") if w in text)
        assert label_before(text, text.index(name)) == label, text


def test_unknown_story(story):
    store, _ = story
    with pytest.raises(NotFoundError):
        compare_story(store, "s-no-such-story")


def test_label_before_stops_at_verbs_and_punctuation():
    text = "The deal was praised by Chinese communist leader Xi Lan, and said President Xi Lan."
    assert label_before(text, text.index("Xi Lan")) == "Chinese communist leader"
    assert label_before(text, text.rindex("Xi Lan")) == "President"


def test_cli_stories_and_compare(story, settings):
    import json

    from typer.testing import CliRunner

    from newsprism.cli.main import app

    _, story_id = story
    runner = CliRunner()
    listed = runner.invoke(app, ["stories", "--db", settings.db, "--format", "jsonl"])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.output.splitlines()]
    assert [r["story_id"] for r in rows] == [story_id]
    assert set(rows[0]) >= {"story_id", "title", "articles", "outlets", "first_published", "last_published"}
    assert sorted(rows[0]["articles"]) == ["m0", "m1", "m2"]
    as_csv = runner.invoke(app, ["stories", "--db", settings.db, "--format", "csv"])
    assert as_csv.exit_code == 0 and as_csv.output.startswith("story_id,")

    shown = runner.invoke(app, ["compare", story_id, "--db", settings.db, "--format", "json"])
    assert shown.exit_code == 0, shown.output
    assert {row["outlet"] for row in json.loads(shown.output)["outlets"]} == {
        "river-gazette",
        "capital-times",
        "valley-news",
    }
    page = runner.invoke(app, ["compare", story_id, "--db", settings.db, "--format", "html"])
    assert page.exit_code == 0 and page.output.lstrip().startswith("<!doctype html>")
    missing = runner.invoke(app, ["compare", "nope", "--db", settings.db])
    assert missing.exit_code == 1 and "no story" in missing.output


def test_distinct_and_loaded_items_point_into_the_stored_text(story):
    store, story_id = story
    data = compare_story(store, story_id)
    texts = {a.article_id: a.text for a in store.articles()}
    gazette = _outlet(data, "river-gazette")
    assert gazette["distinct"], "the gazette alone reports the swimming pools line"
    for row in data["outlets"]:
        assert len(row["distinct"]) <= 5 * len(row["articles"])
        assert len(row["loaded"]) <= 10 * len(row["articles"])
        for key, cap in (("distinct", 5), ("loaded", 10)):  # the caps hold for each article
            per_article = Counter(item["article_id"] for item in row[key])
            assert max(per_article.values(), default=0) <= cap
        for item in row["distinct"] + row["loaded"]:
            assert {"article_id", "start", "end", "text", "why"} <= set(item)
            assert texts[item["article_id"]][item["start"] : item["end"]] == item["text"]
        for item in row["loaded"]:
            assert "entity_id" in item
    for shared in (False, True):  # what only it reports first, then quotations others carry too
        scores = [item["score"] for item in gazette["distinct"] if ("also_carried_by" in item) == shared]
        assert scores == sorted(scores, reverse=True)  # best first
    kinds = ["also_carried_by" in item for item in gazette["distinct"]]
    assert kinds == sorted(kinds)
    labels = [w for w in gazette["loaded"] if "firebrand" in w["text"]]
    assert labels and labels[0]["entity_id"]  # a label the others do not use, tied to Quill


def test_the_same_quote_cut_or_reworded_is_one_quote():
    from newsprism.models import Quote
    from newsprism.stories.compare_quotes import cluster_quotes

    said = "We will not accept a plan that takes the river from the farmers who depend on it"
    quotes = [
        Quote("a1", said, 0, len(said), "direct", speaker="Dara Quill"),
        Quote("a2", "a plan that takes the river from the farmers", 0, 44, "direct", speaker="Quill"),
        Quote("a3", said.replace("will not", "won't"), 0, 80, "direct", speaker=None),
        Quote("a4", "The harvest was good this year", 0, 30, "direct", speaker="Dara Quill"),
    ]
    speaker = {"Dara Quill": "Dara Quill", "Quill": "Dara Quill"}
    clusters = cluster_quotes(quotes, lambda q: speaker.get(q.speaker or "", ""))
    together = next(c for c in clusters if any(q.article_id == "a1" for q in c.quotes))
    assert {q.article_id for q in together.quotes} == {"a1", "a2", "a3"}
    assert len(clusters) == 2


def test_terminal_view_fits_100_columns_and_markdown_links_every_line(story):
    from newsprism.stories.compare import render_markdown

    store, story_id = story
    data = compare_story(store, story_id)
    console = Console(record=True, width=160)
    render_compare_table(data, console)
    shown = console.export_text()
    assert max(len(line) for line in shown.splitlines()) <= 100
    for outlet in ("capital-times", "river-gazette", "valley-news"):  # one block per outlet
        assert sum(line.startswith(f"╭─ {outlet} ") for line in shown.splitlines()) == 1
    brief = render_markdown(data)
    assert brief.startswith("# ") and "## Where the outlets differ" in brief
    items = [line for line in brief.splitlines() if line.startswith("- ")]
    assert items and all("](/articles/" in line for line in items)


def test_cli_compare_all_and_markdown(story, settings):
    import json

    from typer.testing import CliRunner

    from newsprism.cli.main import app

    _, story_id = story
    runner = CliRunner()
    brief = runner.invoke(app, ["compare", story_id, "--db", settings.db, "--format", "markdown"])
    assert brief.exit_code == 0 and brief.output.startswith("# "), brief.output
    short = json.loads(
        runner.invoke(app, ["compare", story_id, "--db", settings.db, "--format", "json"]).output
    )
    full = json.loads(
        runner.invoke(app, ["compare", story_id, "--db", settings.db, "--format", "json", "--all"]).output
    )
    for a, b in zip(short["outlets"], full["outlets"], strict=True):
        assert len(a["distinct"]) <= len(b["distinct"]) == b["more"]["distinct"]


def test_eval_scores_overlap_both_ways():
    from newsprism.evaluation.compare import locate, score

    text = "First line.\nThe senator slammed the plan. Then he left."
    where = locate(text, {"txt": "slammed", "start": 12})
    assert where == (text.index("slammed"), text.index("slammed") + 7)
    found = score({"a": [(12, 41), (42, 55)]}, {"a": [where, (0, 5)]})
    assert found["recall"] == 0.5 and found["precision"] == 0.5


def test_an_outlet_alone_on_a_story_differs_from_no_one(story):
    from newsprism.stories.compare import compare_articles

    store, _ = story
    article = next(a for a in store.articles() if a.outlet == "river-gazette")
    quotes = list(store.quotes(article_ids=[article.article_id]))
    mentions = list(store.mentions(article_ids=[article.article_id]))
    alone = compare_articles([article], quotes, mentions, [], {})
    row = alone["outlets"][0]
    assert row["distinct"] == [] and row["loaded"] == [] and row["missing_here"]["quotes"] == []
    assert row["sources"] and row["headlines"]


def _basil_like(folder, triplet: str, year: str, outlet: str, n: int, paragraphs, spans) -> None:
    """One invented article in BASIL's layout (articles/YEAR/ID.json, annotations/YEAR/ID_ann.json)."""
    import json

    name = f"{triplet}_{n}"
    (folder / "articles" / year).mkdir(parents=True, exist_ok=True)
    (folder / "annotations" / year).mkdir(parents=True, exist_ok=True)
    record = {
        "title": f"Sable River plan ({outlet})",
        "date": f"{year}-05-06",
        "source": outlet,
        "triplet-uuid": triplet,
        "body-paragraphs": [[p] for p in paragraphs],
    }
    (folder / "articles" / year / f"{name}.json").write_text(json.dumps(record), "utf-8")
    notes = [
        {"txt": t, "bias": b, "quote": rest[0] if rest else "no", "start": 0, "end": len(t)}
        for t, b, *rest in spans
    ]
    (folder / "annotations" / year / f"{name}_ann.json").write_text(
        json.dumps({"phrase-level-annotations": notes}), "utf-8"
    )


def test_eval_compare_scores_both_kinds_and_reuses_its_parse(tmp_path, settings):
    from newsprism.evaluation.compare import run

    data = tmp_path / "basil"
    common = "Farmers marched through Tarn on Monday against the plan to divert the Sable River."
    biased = "Minister Ivo Brandt, whose family owns land along the new canal, defended the plan."
    quoted = "This greedy scheme will ruin every farm in the valley."
    _basil_like(
        data,
        "t1",
        "2012",
        "fox",
        1,
        [common, f"Opposition leader Dara Quill slammed the plan. {biased}", f"“{quoted}” Quill said."],
        [("slammed", "lex"), (biased, "inf"), (quoted, "inf", "yes")],
    )
    _basil_like(data, "t1", "2012", "nyt", 2, [common, "Dara Quill said the plan was unfair to farmers."], [])
    _basil_like(data, "t1", "2012", "hpo", 3, [common, "Dara Quill criticised the plan on Monday."], [])
    console = Console(record=True, width=140)
    cache = tmp_path / "cache"
    found = run(data, False, console, cache=cache, settings=settings)
    assert found["distinct"]["all"]["distinct"]["recall"] == 1.0  # the sentence only fox carries
    assert found["loaded"]["all"]["loaded"]["recall"] == 1.0  # "slammed", which the others avoid
    rows = found["distinct"]["all"]
    assert set(rows) == {
        "distinct",
        "random sentences",
        "novel sentences",
        "distinct, outside quotes",
        "novel, outside quotes",
    }
    # a span inside a quotation counts as the issue defines recall; the stricter line drops it
    assert rows["distinct"]["spans"] == 2 and rows["distinct, outside quotes"]["spans"] == 1
    assert rows["distinct"]["recall"] == 1.0
    lexical = found["loaded"]["all"]
    assert lexical["loaded, filled to 10"]["per_article"] <= 10
    assert rows["distinct"]["most_per_article"] <= 5 and lexical["loaded"]["most_per_article"] <= 10
    assert lexical["loaded, every candidate"]["items"] >= lexical["loaded, filled to 10"]["items"]
    assert lexical["loaded, filled to 10"]["items"] >= lexical["loaded"]["items"]
    best = lexical["ceiling: one item per marked word, 10/article"]  # one marked word in 3 articles
    assert best["precision"] == 1 / 30 and best["items"] == 30
    assert "held-out 2013-2014" in console.export_text()
    again = run(data, False, Console(record=True), cache=cache, settings=settings)
    assert again == found and len(list(cache.glob("*.db"))) == 1


def test_left_out_needs_two_others_and_most_of_them():
    from newsprism.stories.compare_text import most_others_carry

    assert not most_others_carry(1, 2)  # a two-outlet story: the other's choice, not an omission
    assert not most_others_carry(1, 3)
    assert most_others_carry(2, 3)
    assert not most_others_carry(2, 5)  # half of the four others is not most
    assert most_others_carry(3, 5)


def test_a_long_item_wraps_under_its_own_words_and_counts_read_right():
    """In the terminal a wrapped item continues under its first word, not under the bullet, and
    markup-like brackets in a statement are printed as written."""
    long = "[quotation also in 1 other outlet (Ledger), not in the rest] " + " ".join(["harbour"] * 40)
    row = {
        "outlet": "Courier", "copies_of": [], "first_reported": "2025-03-04", "length": 400,
        "headlines": ["Lock closes"], "sources": [{"speaker": "Ilse Varga", "quotes": 1, "words": 1, "only_here": True}],
        "last_word": [], "more": {}, "distinct": [{"text": long, "article_id": "a", "start": 0, "end": 1}],
        "loaded": [], "only_here": {"quotes": []}, "paraphrases": [],
        "missing_here": {"quotes": [], "entities": [], "events": []},
    }  # fmt: skip
    console = Console(record=True, width=60)
    render_compare_table({"title": "Lock", "story_id": "s1", "outlets": [row]}, console)
    shown = console.export_text().splitlines()
    assert "Ilse Varga: 1 quote, 1 word (only here)" in "\n".join(shown)
    first = next(i for i, line in enumerate(shown) if "• [quotation also in 1 other outlet" in line)
    assert shown[first + 1].startswith("│     ")  # under the text, past the bullet
    assert not shown[first + 1].startswith("│      ")
    assert max(len(line) for line in shown) <= 60


def test_the_terminal_view_with_all_lists_every_item_and_promises_no_more():
    """``compare --all`` in the terminal reaches every item the data holds; the default shows the
    top five statements and says how many more ``--all`` would show."""
    statements = [f"Ferry line {n} resumes from Wendmark pier at dawn" for n in range(8)]
    row = {
        "outlet": "Courier", "copies_of": [], "first_reported": "2025-03-04", "length": 400,
        "headlines": ["Ferries return"], "sources": [], "last_word": [], "more": {"distinct": 8},
        "distinct": [{"text": t, "article_id": "a", "start": 0, "end": 1} for t in statements],
        "loaded": [], "only_here": {"quotes": []}, "paraphrases": [],
        "missing_here": {"quotes": [], "entities": [], "events": []},
    }  # fmt: skip
    data = {"title": "Ferries", "story_id": "s1", "outlets": [row]}
    short, full = Console(record=True, width=100), Console(record=True, width=100)
    render_compare_table(data, short)
    render_compare_table(data, full, full=True)
    top, every = short.export_text(), full.export_text()
    assert sum(t in top for t in statements) == 5 and "3 more (--all)" in top
    assert all(t in every for t in statements) and "(--all)" not in every


def test_cli_compare_table_with_all_shows_every_statement(story, settings):
    import json

    from typer.testing import CliRunner

    from newsprism.cli.main import app

    _, story_id = story
    runner = CliRunner()
    args = ["compare", story_id, "--db", settings.db, "--all"]
    table = runner.invoke(app, [*args, "--format", "table"], env={"COLUMNS": "100"}).output
    full = json.loads(runner.invoke(app, [*args, "--format", "json"]).output)
    flat = " ".join(table.replace("│", " ").split())
    for row in full["outlets"]:
        for item in row["distinct"]:
            assert " ".join(item["text"].split())[:40] in flat
    assert "(--all)" not in table and max(len(line) for line in table.splitlines()) <= 100
