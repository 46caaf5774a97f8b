"""Reading back: articles, quotes, entities, one entity, events, export."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import typer

from newsprism.cli.app import (
    NO_OUTLET,
    app,
    console,
    db_option,
    emit,
    file_name,
    format_option,
    handle_errors,
    open_corpus,
    outlet_cell,
    pick_format,
    say,
    write_jsonl,
)
from newsprism.errors import UsageError

ARTICLE_COLUMNS = ["article_id", "outlet", "published", "title", "words", "status", "duplicate_of"]
QUOTE_COLUMNS = ["article_id", "speaker", "speaker_mention", "cue", "kind", "text"]
ENTITY_COLUMNS = ["entity_id", "name", "type", "aliases", "roles", "mentions", "articles"]
EVENT_COLUMNS = ["date", "type", "mode", "actors", "recipients", "location", "negated", "future", "sentence"]


def limit_option() -> Any:
    return typer.Option(None, "--limit", help="At most this many", show_default="all")


def real_date(value: str | None) -> str | None:
    """A YYYY-MM-DD that is in the calendar (2020-02-30 is not), else a usage error."""
    if value is None:
        return None
    try:
        if len(value) == 10:
            date.fromisoformat(value)
            return value
    except ValueError:
        pass
    raise typer.BadParameter(f"{value!r} is not a date in the calendar (YYYY-MM-DD)")


def since_option(what: str = "Published") -> Any:
    return typer.Option(
        None, "--since", help=f"{what} on or after (YYYY-MM-DD)", show_default=False, callback=real_date
    )


def until_option(what: str = "Published") -> Any:
    return typer.Option(
        None, "--until", help=f"{what} on or before (YYYY-MM-DD)", show_default=False, callback=real_date
    )


@app.command()
@handle_errors
def articles(
    db: str | None = db_option(),
    fmt: str | None = format_option(),
    outlet: str | None = typer.Option(None, "--outlet", help="Only this outlet"),
    status: str | None = typer.Option(None, "--status", help="ok or failed"),
    since: str | None = since_option(),
    until: str | None = until_option(),
    limit: int | None = limit_option(),
) -> None:
    """List stored articles (keys: article_id, source, outlet, title, published, text, status, error)."""
    fmt = pick_format(fmt)
    corpus = open_corpus(db)
    found = corpus.articles(outlet=outlet, status=status, since=since, until=until, limit=limit)
    if fmt == "table":
        rows = ({**a.to_json(), "title": a.title or file_name(a.source)} for a in found)
        emit(rows, fmt, ARTICLE_COLUMNS, title="Articles", cells={"outlet": outlet_cell})
    else:
        emit((a.to_json() for a in found), fmt, ARTICLE_COLUMNS)


@app.command()
@handle_errors
def quotes(
    db: str | None = db_option(),
    fmt: str | None = format_option(),
    speaker: str | None = typer.Option(None, "--speaker", help="Speaker name (or part of it)"),
    outlet: str | None = typer.Option(None, "--outlet", help="Only this outlet"),
    contains: str | None = typer.Option(None, "--contains", "-q", help="Words in the quote"),
    article: str | None = typer.Option(None, "--article", help="Only this article (id or unique id prefix)"),
    since: str | None = since_option(),
    until: str | None = until_option(),
    limit: int | None = limit_option(),
) -> None:
    """List quotes (keys: article_id, source, text, speaker, speaker_mention, cue, kind, start, end)."""
    fmt = pick_format(fmt)
    corpus = open_corpus(db)
    article_ids = [corpus.resolve_id("article", article)] if article else None
    found = corpus.quotes(
        article_ids=article_ids,
        speaker=speaker,
        outlet=outlet,
        text=contains,
        since=since,
        until=until,
        limit=limit,
    )
    emit((q.to_json() for q in found), fmt, QUOTE_COLUMNS, title="Quotes")


@app.command()
@handle_errors
def entities(
    db: str | None = db_option(),
    fmt: str | None = format_option(),
    type: str | None = typer.Option(None, "--type", "-t", help="PERSON, ORG, GPE, NORP, LOC, FAC"),
    min_mentions: int = typer.Option(0, "--min-mentions", help="Only entities mentioned at least this often"),
    limit: int | None = limit_option(),
    relink: bool = typer.Option(
        False, "--relink", help="Re-link every stored article first (after changing the --aliases file)"
    ),
    aliases: Path | None = typer.Option(None, "--aliases", help="YAML or CSV file of forced merges/splits"),
) -> None:
    """List entities, most mentioned first (keys: entity_id, name, type, aliases, roles, mentions, ...)."""
    fmt = pick_format(fmt)
    corpus = open_corpus(db)
    if relink:
        count = corpus.relink(str(aliases) if aliases else None)
        say(f"re-linked {count} articles", err=True)
    found = corpus.entities(type=type, min_mentions=min_mentions, limit=limit)
    rows = ({c: e.to_json()[c] for c in [*ENTITY_COLUMNS, "related"]} for e in found)
    emit(rows, fmt, ENTITY_COLUMNS, title="Entities")


@app.command()
@handle_errors
def entity(
    name: str = typer.Argument(..., help="Name, alias (any case), entity id or unique id prefix"),
    db: str | None = db_option(),
    fmt: str | None = format_option(("table", "jsonl", "json")),
    quotes: int = typer.Option(100, "--quotes", help="List at most this many of its quotes"),
) -> None:
    """One entity's profile: aliases, roles, articles per outlet, quotes, entities named with it.

    JSON Lines (piped): one line, the profile; json: the same, indented.
    """
    fmt = pick_format(fmt, ("table", "jsonl", "json"))
    profile = open_corpus(db).entity_profile(name, quote_limit=quotes)
    if fmt == "json":
        sys.stdout.write(json.dumps(profile, ensure_ascii=False, indent=2) + "\n")
        return
    if fmt == "jsonl":
        write_jsonl([profile])
        return
    console.print(f"{profile['name']}  {profile['type']}  {profile['entity_id']}", style="bold", markup=False)
    say(f"{profile['mentions']} mentions in {profile['articles']} articles")
    for label, values in (("Aliases", profile["aliases"]), ("Roles", profile["roles"])):
        if values:
            say(f"{label}: " + "; ".join(values))
    outlets = ", ".join(f"{outlet or NO_OUTLET} {n}" for outlet, n in sorted(profile["outlets"].items()))
    say(f"Outlets: {outlets}")
    if profile["also"]:
        others = "; ".join(
            f"{e['name']} ({e['type']}, {e['mentions']} mentions, {e['entity_id']})" for e in profile["also"]
        )
        say(f"{name!r} also fits: {others}; give the id to see one of them")
    if profile["quotes"]:
        shown = len(profile["quotes"])
        title = (
            f"Quotes ({shown} of {profile['quote_count']})" if shown < profile["quote_count"] else "Quotes"
        )
        emit(profile["quotes"], "table", ["article_id", "speaker_mention", "cue", "text"], title=title)
    emit(profile["co_occurring"], "table", ["name", "type", "articles", "entity_id"], title="Named with")


@app.command()
@handle_errors
def events(
    db: str | None = db_option(),
    fmt: str | None = format_option(),
    type: str | None = typer.Option(None, "--type", "-t", help="PLOVER type, e.g. CONSULT"),
    actor: str | None = typer.Option(None, "--actor", help="Actor name (or part of it)"),
    since: str | None = since_option("Event date"),
    until: str | None = until_option("Event date"),
    article: str | None = typer.Option(None, "--article", help="Only this article (id or unique id prefix)"),
    limit: int | None = limit_option(),
) -> None:
    """List events (keys: event_id, article_id, type, mode, actors, recipients, date, sentence, ...)."""
    fmt = pick_format(fmt)
    corpus = open_corpus(db)
    article_ids = [corpus.resolve_id("article", article)] if article else None
    found = corpus.events(
        article_ids=article_ids, type=type, actor=actor, since=since, until=until, limit=limit
    )
    emit((e.to_json() for e in found), fmt, EVENT_COLUMNS, title="Events")


@app.command()
@handle_errors
def export(
    table: str = typer.Argument(..., help="articles, quotes, entities, events or stories"),
    fmt: str | None = typer.Option(
        None, "--format", "-f", help="parquet, csv or jsonl", show_default="from the --out suffix"
    ),
    out: Path = typer.Option(..., "--out", "-o", help="File to write"),
    db: str | None = db_option(),
) -> None:
    """Write a whole table to a Parquet, CSV or JSON Lines file (the columns of the jsonl output)."""
    if not out.parent.is_dir():
        raise UsageError(f"--out {out}: folder {out.parent} does not exist")
    count, fmt = open_corpus(db).export(table, out, fmt)
    say(f"{count} {table} -> {out} ({fmt})", err=True)
