"""Stories, how each outlet told one, and timelines."""

from __future__ import annotations

import json
import sys

import typer

from newsprism.cli.app import (
    NO_OUTLET,
    app,
    console,
    db_option,
    emit,
    format_option,
    handle_errors,
    open_corpus,
    pick_format,
    write_jsonl,
)
from newsprism.cli.read import since_option, until_option

STORY_COLUMNS = [
    "story_id",
    "first_published",
    "last_published",
    "outlets",
    "articles",
    "title",
    "storyline_id",
]


def _outlets_cell(outlets: list[str] | None) -> str:
    return ", ".join(outlets) if outlets else NO_OUTLET


@app.command()
@handle_errors
def stories(
    db: str | None = db_option(),
    fmt: str | None = format_option(),
    outlet: str | None = typer.Option(None, "--outlet", help="Only stories this outlet reported"),
    min_outlets: int = typer.Option(
        0, "--min-outlets", help="Only stories told by at least this many named outlets"
    ),
    sort: str = typer.Option("newest", "--sort", help="newest (first published) or outlets (most first)"),
    since: str | None = since_option("Last reported"),
    until: str | None = until_option("First reported"),
    storyline: str | None = typer.Option(None, "--storyline", help="Only the stories of this storyline"),
    limit: int | None = typer.Option(None, "--limit", help="At most this many", show_default="all"),
) -> None:
    """List stories (keys: story_id, title, articles, outlets, first/last_published, storyline_id)."""
    fmt = pick_format(fmt)
    found = open_corpus(db).stories(
        outlet=outlet,
        min_outlets=min_outlets,
        sort=sort,
        since=since,
        until=until,
        limit=limit,
        storyline=storyline,
    )
    cells = {"articles": lambda ids: len(ids or []), "outlets": _outlets_cell}
    emit((s.to_json() for s in found), fmt, STORY_COLUMNS, title="Stories", cells=cells)


@app.command()
@handle_errors
def compare(
    story: str = typer.Argument(..., help="Story id or unique id prefix (see 'newsprism stories')"),
    db: str | None = db_option(),
    fmt: str | None = format_option(("table", "jsonl", "json", "markdown", "html")),
    everything: bool = typer.Option(False, "--all", help="Every difference, not the top few per outlet"),
) -> None:
    """How each outlet told one story: its distinct statements, loaded words, sources, what it leaves out.

    JSON Lines (piped): one line, the whole comparison; json: the same, indented; markdown: a
    one-page brief whose lines link to their article and offsets.
    """
    from newsprism.stories.compare import render_compare_html, render_compare_table, render_markdown

    fmt = pick_format(fmt, ("table", "jsonl", "json", "markdown", "html"))
    data = open_corpus(db).compare(story, full=everything)
    if fmt == "json":
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "jsonl":
        write_jsonl([data])
    elif fmt == "markdown":
        sys.stdout.write(render_markdown(data))
    elif fmt == "html":
        sys.stdout.write(render_compare_html(data))
    else:
        render_compare_table(data, console, full=everything)


@app.command()
@handle_errors
def timeline(
    db: str | None = db_option(),
    fmt: str | None = format_option(("table", "jsonl", "html")),
    story: str | None = typer.Option(None, "--story", help="Only this story (id or unique id prefix)"),
    entity: str | None = typer.Option(
        None, "--entity", help="Only events and quotes of this entity (name or id)"
    ),
    limit: int = typer.Option(
        30,
        "--limit",
        help="At most this many rows: those the most outlets reported (for an --entity alone, "
        "among its 200 newest articles)",
    ),
    all_rows: bool = typer.Option(
        False, "--all", help="Every row, however few outlets reported it (an entity's whole history)"
    ),
    quotes: bool = typer.Option(False, "--quotes", help="Quotes too, grouped across outlets"),
    unnamed: bool = typer.Option(False, "--unnamed", help="Events and quotes without a named actor too"),
) -> None:
    """What happened, in date order; one happening reported by several outlets is one row."""
    from newsprism.stories.timeline import render_html

    fmt = pick_format(fmt, ("table", "jsonl", "html"))
    corpus = open_corpus(db)
    if entity and not story and not all_rows:  # a page: bounded however often the entity is named
        rows = corpus.entity_timeline_page(entity, limit=limit, quotes=quotes, unnamed=unnamed).items
    else:
        rows = corpus.timeline(
            story=story, entity=entity, limit=None if all_rows else limit, quotes=quotes, unnamed=unnamed
        )
    if fmt == "html":
        sys.stdout.write(render_html(rows, title=f"Timeline {story or entity or ''}".strip()))
        return
    emit((r.to_json() for r in rows), fmt, ["date", "type", "summary", "outlets"], title="Timeline")
