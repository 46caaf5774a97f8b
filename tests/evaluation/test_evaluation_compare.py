"""``newsprism eval compare`` on a small BASIL-shaped folder written here: the real pipeline and
comparison run, and the year folds (tune / held-out, even / odd years) score only their own
articles' spans."""

from __future__ import annotations

import io
import json
from pathlib import Path

from rich.console import Console

from newsprism.evaluation.compare import run

OUTLETS = ("nyt", "fox", "hpo")
STORIES = {
    "2010": [
        "Senator Mary Holt blasted the budget plan on Tuesday, calling it a reckless giveaway to donors.",
        "The plan would cut school funding by ten percent over the next five years.",
        "Holt, a fierce critic of the governor, said the cuts would hurt working families in every county.",
        "Aides to the governor defended the plan as the only way to close a growing deficit this year.",
    ],
    "2013": [
        "Governor Tom Reyes unveiled a sweeping transit bill on Monday after months of bitter talks.",
        "The bill would add three rail lines and raise the fuel tax by two cents a gallon.",
        "Critics mocked the plan as a lavish boondoggle that riders would never use.",
        "Union leaders praised the bill and promised to rally support in the state senate next week.",
    ],
}


def write_basil(folder: Path) -> dict[str, int]:
    """Two triplets (one story in 2010, one in 2013), each article with one lexical and one
    informational span; returns the spans of each kind per year."""
    spans: dict[str, int] = {}
    for year, paragraphs in STORIES.items():
        (folder / "articles" / year).mkdir(parents=True)
        (folder / "annotations" / year).mkdir(parents=True)
        for n, outlet in enumerate(OUTLETS):
            article_id = f"t{year}_{n}"
            body = [paragraphs[0], paragraphs[n + 1], f"{outlet.upper()} reported the story first."]
            record = {
                "title": f"A story of {year}",
                "source": outlet,
                "date": f"{year}-03-0{n + 1}",
                "triplet-uuid": f"triplet-{year}",
                "body-paragraphs": [[p] for p in body],
            }
            (folder / "articles" / year / f"{article_id}.json").write_text(json.dumps(record))
            word = "reckless" if year == "2010" else "sweeping"
            notes = [
                {"bias": "lex", "txt": word, "start": paragraphs[0].index(word), "quote": "no"},
                {"bias": "inf", "txt": body[1][:40], "start": 0, "quote": "no"},
            ]
            annotations = folder / "annotations" / year / f"{article_id}_ann.json"
            annotations.write_text(json.dumps({"phrase-level-annotations": notes}))
            spans[year] = spans.get(year, 0) + 1
    return spans


def test_eval_compare_scores_each_year_fold_on_its_own_articles(tmp_path, settings):
    per_year = write_basil(tmp_path / "basil")
    output = io.StringIO()
    results = run(tmp_path / "basil", False, Console(file=output, width=200), tmp_path / "cache", settings)
    for key in ("distinct", "loaded"):
        rows = results[key]
        assert set(rows) == {"all", "tune 2010-2012", "held-out 2013-2014", "even years", "odd years"}
        assert rows["even years"][key]["spans"] == rows["tune 2010-2012"][key]["spans"] == per_year["2010"]
        assert rows["odd years"][key]["spans"] == rows["held-out 2013-2014"][key]["spans"] == per_year["2013"]
        assert rows["all"][key]["spans"] == sum(per_year.values())
        for split in rows.values():
            assert 0.0 <= split[key]["recall"] <= 1.0 and 0.0 <= split[key]["precision"] <= 1.0
    assert results["loaded"]["even years"]["loaded"]["recall"] == 1.0  # "reckless" is found in each
    assert "odd years" in output.getvalue()
