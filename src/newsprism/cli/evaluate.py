"""`newsprism eval ...`: score extraction against annotated data.

Without ``--data`` the shared development data is looked for beside the repository and beside
the current folder (``../shared/data/...``); when it is in neither place the command says where
it looked and how to point at it.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import typer

from newsprism.cli.app import console, eval_app, handle_errors
from newsprism.errors import UsageError

REPO = Path(__file__).resolve().parents[3]


def data_option(default: str) -> Any:
    return typer.Option(
        None, "--data", help="Annotated data to score against", show_default=f"../shared/{default}"
    )


def find_data(given: Path | None, default: str, required: bool, what: str) -> Path | None:
    """``--data`` as given, else the first of ../shared/<default> beside the current folder or the
    repository that exists; None (the gold sets alone) or a usage error when none does."""
    if given is not None:
        return given
    places = [Path.cwd().parent / "shared" / default, Path.cwd() / "shared" / default]
    places.append(REPO.parent / "shared" / default)
    for place in places:
        if place.exists():
            return place
    if not required:
        return None
    looked = ", ".join(dict.fromkeys(str(p) for p in places))
    raise UsageError(f"no {what} found (looked in {looked}); pass it with --data PATH")


def run_eval(module: str, data: Path | None, verbose: bool, **extra: Any) -> dict:
    evaluation = importlib.import_module(f"newsprism.evaluation.{module}")
    return evaluation.run(data, verbose, console, **extra)


@eval_app.command("quotes")
@handle_errors
def eval_quotes(
    data: Path | None = data_option("data/basil-dev"),
    gold: Path | None = typer.Option(None, "--gold", help="Gold set", show_default="eval/quotes_gold"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List the misses"),
    ablate: bool = typer.Option(
        False, "--ablate", help="Per quote rule group, the span+speaker F1 lost without it on each split"
    ),
) -> None:
    """Quote spans and speakers: precision, recall and F1, overall and per kind."""
    data = find_data(data, "data/basil-dev", required=False, what="BASIL data")
    run_eval("quote_ablation" if ablate else "quotes", data, verbose, gold=gold)
    if not ablate:
        run_eval("real_quotes", _allsides(), verbose)  # real news: the AllSides splits


@eval_app.command("entities")
@handle_errors
def eval_entities(
    data: Path | None = data_option("data/basil-dev"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List the errors"),
) -> None:
    """B-cubed precision, recall and F1 of person clusters; people on real news (AllSides)."""
    data = find_data(data, "data/basil-dev", required=False, what="BASIL data")
    run_eval("entities", data, verbose)
    run_eval("real_people", _allsides(), verbose)


def _allsides() -> Path | None:
    """The shared AllSides corpus the real-news gold sets read their texts from, if present."""
    return find_data(None, "data/allsides/articles.jsonl.gz", required=False, what="AllSides corpus")


@eval_app.command("events")
@handle_errors
def eval_events(
    data: Path | None = data_option("data/plover-gsr/dev.json"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List the misses"),
    ablate: bool = typer.Option(
        False, "--ablate", help="Per events rule group, how each figure changes without it"
    ),
) -> None:
    """Event-type macro-F1, actor and recipient recall, and date accuracy."""
    data = find_data(data, "data/plover-gsr/dev.json", required=False, what="PLOVER gold sentences")
    run_eval("event_ablation" if ablate else "events", data, verbose)


@eval_app.command("stories")
@handle_errors
def eval_stories(
    data: Path | None = data_option("data/basil-dev"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List the errors"),
) -> None:
    """Story clustering (adjusted Rand index, pairwise F1) and re-post detection."""
    data = find_data(data, "data/basil-dev", required=True, what="BASIL data (a folder holding articles/)")
    run_eval("stories", data, verbose)


@eval_app.command("compare")
@handle_errors
def eval_compare(
    data: Path | None = data_option("data/basil-dev"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List the articles with no span found"),
) -> None:
    """Distinct statements and loaded words against BASIL's informational and lexical bias spans."""
    data = find_data(data, "data/basil-dev", required=True, what="BASIL data (a folder holding articles/)")
    run_eval("compare", data, verbose)
