"""The command line: a thin layer over the library.

Only this module turns newsprism's errors into ``Error: ...`` on stderr and an exit code
(0 fine, 1 something failed, 2 usage error).
"""

from __future__ import annotations

import contextlib
import csv
import functools
import json
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from newsprism.config import Settings
from newsprism.errors import NewsprismError, UsageError

app = typer.Typer(
    help="newsprism: who said what, who did what to whom and when, and how each outlet told it.",
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
)
eval_app = typer.Typer(help="Score extraction against annotated data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

console = Console()
err_console = Console(stderr=True)

FORMATS = ("table", "jsonl", "csv")
WIDE_COLUMNS = {"text", "title", "sentence", "summary", "name", "aliases", "roles"}
DbOption = typer.Option(
    None, "--db", help="SQLite path or database URL [env NEWSPRISM_DB; default newsprism.db]"
)
FormatOption = typer.Option(
    None, "--format", "-f", help="table, jsonl or csv (table on a terminal, else jsonl)"
)


def print_error(message: str) -> None:
    """One unwrapped line on stderr, so tools and people can grep it."""
    first_line = message.strip().splitlines()[0] if message.strip() else "unknown error"
    sys.stderr.write(f"Error: {first_line}\n")
    sys.stderr.flush()


def handle_errors(func: Callable) -> Callable:
    """Turn newsprism's errors (and any surprise) into one line on stderr and an exit code."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except NewsprismError as exc:
            print_error(str(exc))
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            print_error("interrupted; what was stored so far is kept")
            raise typer.Exit(130) from None
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except BrokenPipeError:
            raise typer.Exit(0) from None
        except Exception as exc:  # never a traceback for the user; NEWSPRISM_DEBUG=1 shows it
            if os.environ.get("NEWSPRISM_DEBUG"):
                raise
            print_error(f"internal error: {exc.__class__.__name__}: {exc}")
            raise typer.Exit(1) from None

    return wrapper


def settings_for(db: str | None = None, model: str | None = None, **more: Any) -> Settings:
    return Settings.load(db=db, model=model, **more)


def open_store(db: str | None, create: bool = False):
    from newsprism.store.store import Store

    return Store(settings_for(db=db).db, create=create)


def pick_format(fmt: str | None, choices: Iterable[str] = FORMATS) -> str:
    choices = tuple(choices)
    if fmt is None:
        return "table" if sys.stdout.isatty() else ("jsonl" if "jsonl" in choices else choices[0])
    if fmt not in choices:
        raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join(choices)}")
    return fmt


def emit(rows: Iterable[dict[str, Any]], fmt: str, columns: list[str], title: str | None = None) -> int:
    """Write rows as a rich table, JSON Lines or CSV; returns how many were written."""
    count = 0
    if fmt == "jsonl":
        out = sys.stdout
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
        out.flush()
    elif fmt == "csv":
        writer = None
        for row in rows:
            if writer is None:
                writer = csv.DictWriter(sys.stdout, fieldnames=list(row.keys()), extrasaction="ignore")
                writer.writeheader()
            writer.writerow({k: _csv_value(v) for k, v in row.items()})
            count += 1
    else:
        table = Table(title=title, show_lines=False, expand=True)
        for column in columns:
            if column in WIDE_COLUMNS:  # the words people read get the room
                table.add_column(column, overflow="fold", ratio=4)
            else:
                table.add_column(column, overflow="ellipsis", ratio=1, max_width=24)
        for row in rows:
            table.add_row(*(_cell(row.get(column)) for column in columns))
            count += 1
        console.print(table)
    return count


def _csv_value(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _cell(value: Any, width: int = 160) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v is not None)
    text = str(value).replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


# ---- analyze ---------------------------------------------------------------------------------


@app.command()
@handle_errors
def analyze(
    paths: list[str] = typer.Argument(..., help="Files, directories, globs, or - for stdin"),
    db: str | None = DbOption,
    model: str | None = typer.Option(None, "--model", help="spaCy pipeline [env NEWSPRISM_MODEL]"),
    outlet: str | None = typer.Option(None, "--outlet", help="Outlet name for every article of this batch"),
    published: str | None = typer.Option(None, "--published", help="Publication date for this batch"),
    processes: int | None = typer.Option(None, "--processes", "-p", help="Worker processes (0 = one a core)"),
    batch_size: int | None = typer.Option(None, "--batch-size", help="Documents per nlp.pipe batch"),
    aliases: Path | None = typer.Option(
        None, "--aliases", help="YAML or CSV file forcing entity merges/splits [env NEWSPRISM_ALIASES]"
    ),
    engine: str = typer.Option("local", "--engine", help="Where parsing runs: local or dask"),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="dask scheduler address (default: a local cluster of this machine)"
    ),
) -> None:
    """Ingest, clean, parse and extract quotes, entities, events and stories into the database."""
    from newsprism.engines import check_engine, make_executor
    from newsprism.nlp.model import load_model
    from newsprism.pipeline import analyze as run_analyze
    from newsprism.store.store import Store

    alias_file = str(aliases) if aliases else None
    settings = settings_for(
        db=db, model=model, processes=processes, batch_size=batch_size, aliases=alias_file
    )
    if settings.aliases:
        from newsprism.entities import load_alias_rules

        load_alias_rules(settings.aliases)  # a bad alias file stops the run before anything is parsed
    if published:
        from newsprism.ingest.readers import normalize_date

        if normalize_date(published) is None:
            raise UsageError(f"--published {published!r} is not a date (use YYYY-MM-DD)")
    check_engine(engine, scheduler)
    load_model(settings.model)  # fail early, before touching the database
    store = Store(settings.db)
    executor = make_executor(engine, settings, scheduler)
    show_progress = err_console.is_terminal
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]analyzing"),
        BarColumn(),
        TextColumn("{task.completed} articles · {task.fields[quotes]} quotes · {task.fields[failed]} failed"),
        TimeElapsedColumn(),
        console=err_console,
        disable=not show_progress,
        transient=True,
    )

    def report_failure(source: str, problem: str) -> None:
        print_error(f"{source}: {problem}")

    with progress, contextlib.closing(executor):  # stops any cluster it started
        task = progress.add_task("analyze", total=None, quotes=0, failed=0)

        def on_article(summary) -> None:
            done = summary.new + summary.updated + summary.unchanged + summary.failed
            progress.update(task, completed=done, quotes=summary.quotes, failed=summary.failed)

        summary = run_analyze(
            paths,
            store,
            settings,
            outlet=outlet,
            published=published,
            stdin=sys.stdin.buffer if "-" in paths else None,
            on_article=on_article,
            on_failure=report_failure,
            executor=executor,
        )
    console.print(
        f"{summary.new} new, {summary.updated} updated, {summary.unchanged} unchanged, "
        f"{summary.failed} failed articles; {summary.quotes} quotes, {summary.events} events found "
        f"-> {settings.db}",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )
    if summary.failed:
        raise typer.Exit(1)


# ---- reading back ----------------------------------------------------------------------------

ARTICLE_COLUMNS = ["article_id", "outlet", "published", "title", "words", "status", "duplicate_of", "source"]
QUOTE_COLUMNS = ["article_id", "speaker", "speaker_mention", "cue", "kind", "text"]


@app.command()
@handle_errors
def articles(
    db: str | None = DbOption,
    fmt: str | None = FormatOption,
    outlet: str | None = typer.Option(None, help="Only this outlet"),
    status: str | None = typer.Option(None, help="ok or failed"),
    since: str | None = typer.Option(None, help="Published on or after (YYYY-MM-DD)"),
    until: str | None = typer.Option(None, help="Published on or before (YYYY-MM-DD)"),
    limit: int | None = typer.Option(None, help="At most this many"),
) -> None:
    """List stored articles (keys: article_id, source, outlet, title, published, text, status, error)."""
    fmt = pick_format(fmt)
    store = open_store(db)
    rows = (
        a.to_json()
        for a in store.articles(outlet=outlet, status=status, since=since, until=until, limit=limit)
    )
    emit(rows, fmt, ARTICLE_COLUMNS, title="Articles")


@app.command()
@handle_errors
def quotes(
    db: str | None = DbOption,
    fmt: str | None = FormatOption,
    speaker: str | None = typer.Option(None, help="Speaker name (or part of it)"),
    outlet: str | None = typer.Option(None, help="Only this outlet"),
    contains: str | None = typer.Option(None, "--contains", "-q", help="Words in the quote"),
    article: str | None = typer.Option(None, help="Only this article id"),
    since: str | None = typer.Option(None, help="Published on or after (YYYY-MM-DD)"),
    until: str | None = typer.Option(None, help="Published on or before (YYYY-MM-DD)"),
    limit: int | None = typer.Option(None, help="At most this many"),
) -> None:
    """List quotes (keys: article_id, source, text, speaker, speaker_mention, cue, kind, start, end)."""
    fmt = pick_format(fmt)
    store = open_store(db)
    found = store.quotes(
        article_ids=[article] if article else None,
        speaker=speaker,
        outlet=outlet,
        text=contains,
        since=since,
        until=until,
        limit=limit,
    )
    emit((q.to_json() for q in found), fmt, QUOTE_COLUMNS, title="Quotes")


ENTITY_COLUMNS = ["entity_id", "name", "type", "aliases", "roles", "mentions", "articles"]


@app.command()
@handle_errors
def entities(
    db: str | None = DbOption,
    fmt: str | None = FormatOption,
    type: str | None = typer.Option(None, "--type", "-t", help="PERSON, ORG, GPE, NORP, LOC, FAC"),
    min_mentions: int = typer.Option(0, "--min-mentions", help="Only entities mentioned at least this often"),
    limit: int | None = typer.Option(None, help="At most this many"),
    relink: bool = typer.Option(
        False, "--relink", help="Re-link every stored article first (after changing the --aliases file)"
    ),
    aliases: Path | None = typer.Option(None, "--aliases", help="YAML or CSV file of forced merges/splits"),
) -> None:
    """List entities, most mentioned first (keys: entity_id, name, type, aliases, roles, mentions, ...)."""
    import itertools

    fmt = pick_format(fmt)
    store = open_store(db)
    if relink:
        from newsprism.entities import load_alias_rules, rebuild_entities

        alias_file = str(aliases) if aliases else settings_for(db=db).aliases
        count = rebuild_entities(store, load_alias_rules(alias_file) if alias_file else None)
        err_console.print(f"re-linked {count} articles", highlight=False)
    found = store.entities(type=type, min_mentions=min_mentions)
    rows = ({c: e.to_json()[c] for c in [*ENTITY_COLUMNS, "related"]} for e in found)
    emit(itertools.islice(rows, limit), fmt, ENTITY_COLUMNS, title="Entities")


@app.command()
@handle_errors
def entity(
    name: str = typer.Argument(..., help="Canonical name, alias (any case) or entity id"),
    db: str | None = DbOption,
    fmt: str | None = typer.Option(None, "--format", "-f", help="table or json"),
) -> None:
    """One entity's profile: aliases, roles, articles per outlet, quotes, entities named with it."""
    from newsprism.entities import entity_profile

    fmt = pick_format(fmt, ("table", "json"))
    profile = entity_profile(open_store(db), name)
    if fmt == "json":
        sys.stdout.write(json.dumps(profile, ensure_ascii=False, indent=2) + "\n")
        return
    title = f"{profile['name']}  {profile['type']}  {profile['entity_id']}"
    console.print(title, style="bold", markup=False, highlight=False)
    console.print(f"{profile['mentions']} mentions in {profile['articles']} articles", highlight=False)
    for label, values in (("Aliases", profile["aliases"]), ("Roles", profile["roles"])):
        if values:
            console.print(f"{label}: " + "; ".join(values), markup=False, highlight=False)
    outlets = ", ".join(f"{outlet or '?'} {n}" for outlet, n in sorted(profile["outlets"].items()))
    console.print(f"Outlets: {outlets}", markup=False, highlight=False)
    if profile["quotes"]:
        emit(profile["quotes"], "table", ["article_id", "speaker_mention", "cue", "text"], title="Quotes")
    emit(profile["co_occurring"], "table", ["name", "type", "articles", "entity_id"], title="Named with")


@app.command()
@handle_errors
def export(
    table: str = typer.Argument(..., help="articles, quotes, entities, events or stories"),
    fmt: str | None = typer.Option(
        None, "--format", "-f", help="parquet, csv or jsonl (default: from the --out suffix)"
    ),
    out: Path = typer.Option(..., "--out", "-o", help="File to write"),
    db: str | None = DbOption,
) -> None:
    """Write a whole table to a Parquet, CSV or JSON Lines file (the columns of the jsonl output)."""
    from newsprism.store.export import export_table, format_for

    fmt = format_for(out, fmt)
    if not out.parent.is_dir():
        raise UsageError(f"--out {out}: folder {out.parent} does not exist")
    store = open_store(db)
    count = export_table(store, table, fmt, out)
    err_console.print(f"{count} {table} -> {out} ({fmt})", markup=False, highlight=False)


# ---- stories ---------------------------------------------------------------------------------

STORY_COLUMNS = ["story_id", "first_published", "last_published", "outlets", "articles", "title"]


@app.command()
@handle_errors
def stories(
    db: str | None = DbOption,
    fmt: str | None = FormatOption,
    outlet: str | None = typer.Option(None, help="Only stories this outlet reported"),
    min_outlets: int = typer.Option(1, "--min-outlets", help="Only stories told by this many outlets"),
    limit: int | None = typer.Option(None, help="At most this many"),
) -> None:
    """List stories, newest first (keys: story_id, title, articles, outlets, first/last_published)."""
    import itertools

    fmt = pick_format(fmt)
    store = open_store(db)
    found = (
        s
        for s in store.stories()
        if len(s.outlets) >= min_outlets and (not outlet or outlet.lower() in {o.lower() for o in s.outlets})
    )
    emit((s.to_json() for s in itertools.islice(found, limit)), fmt, STORY_COLUMNS, title="Stories")


@app.command()
@handle_errors
def compare(
    story: str = typer.Argument(..., help="Story id (see 'newsprism stories')"),
    db: str | None = DbOption,
    fmt: str | None = typer.Option(None, "--format", "-f", help="table, json or html"),
) -> None:
    """How each outlet told one story: headlines, length, whom it quotes, names, labels, what only it has."""
    from newsprism.stories.compare import compare_story, render_compare_html, render_compare_table

    fmt = pick_format(fmt, ("table", "json", "html"))
    data = compare_story(open_store(db), story)
    if fmt == "json":
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "html":
        sys.stdout.write(render_compare_html(data))
    else:
        render_compare_table(data, console)


def main() -> None:
    """Console entry point."""
    try:
        app()
    except BrokenPipeError:  # e.g. `newsprism quotes | head`
        sys.stderr.close()
        sys.exit(0)


def _eval_data_option(default_hint: str):
    return typer.Option(None, "--data", help=f"Annotated data to score against [default {default_hint}]")


def _run_eval(module: str, data: Path | None, verbose: bool, **extra: Any) -> dict:
    import importlib

    evaluation = importlib.import_module(f"newsprism.evaluation.{module}")
    return evaluation.run(data, verbose, console, **extra)


@eval_app.command("quotes")
@handle_errors
def eval_quotes(
    data: Path | None = _eval_data_option("../shared/data/basil-dev"),
    gold: Path | None = typer.Option(None, "--gold", help="Gold set [default eval/quotes_gold]"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List the misses"),
) -> None:
    """Quote spans and speakers: precision, recall and F1, overall and per kind."""
    _run_eval("quotes", data, verbose, gold=gold)
    _run_eval("real_quotes", None, verbose)  # the AllSides splits (real news), when the corpus is present


@eval_app.command("entities")
@handle_errors
def eval_entities(
    data: Path | None = _eval_data_option("../shared/data/basil-dev"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List the errors"),
) -> None:
    """B-cubed precision, recall and F1 of person clusters; people on real news (AllSides)."""
    _run_eval("entities", data, verbose)
    _run_eval("real_people", None, verbose)


@eval_app.command("events")
@handle_errors
def eval_events(
    data: Path | None = _eval_data_option("../shared/data/plover-gsr/dev.json"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List the misses"),
) -> None:
    """Event-type macro-F1, actor and recipient recall, and date accuracy."""
    _run_eval("events", data, verbose)


@eval_app.command("stories")
@handle_errors
def eval_stories(
    data: Path | None = _eval_data_option("../shared/data/basil-dev"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List the errors"),
) -> None:
    """Story clustering (adjusted Rand index, pairwise F1) and re-post detection."""
    _run_eval("stories", data, verbose)


# ---- events and timelines --------------------------------------------------------------------

EVENT_COLUMNS = ["date", "type", "mode", "actors", "recipients", "location", "negated", "future", "sentence"]


@app.command()
@handle_errors
def events(
    db: str | None = DbOption,
    fmt: str | None = FormatOption,
    type: str | None = typer.Option(None, "--type", "-t", help="PLOVER type, e.g. CONSULT"),
    actor: str | None = typer.Option(None, help="Actor name (or part of it)"),
    since: str | None = typer.Option(None, help="Event date on or after (YYYY-MM-DD)"),
    until: str | None = typer.Option(None, help="Event date on or before (YYYY-MM-DD)"),
    article: str | None = typer.Option(None, help="Only this article id"),
) -> None:
    """List events (keys: event_id, article_id, type, mode, actors, recipients, date, sentence, ...)."""
    fmt = pick_format(fmt)
    store = open_store(db)
    found = store.events(
        article_ids=[article] if article else None, type=type, actor=actor, since=since, until=until
    )
    emit((e.to_json() for e in found), fmt, EVENT_COLUMNS, title="Events")


@app.command()
@handle_errors
def timeline(
    db: str | None = DbOption,
    fmt: str | None = typer.Option(None, "--format", "-f", help="table, jsonl or html"),
    story: str | None = typer.Option(None, "--story", help="Only this story id"),
    entity: str | None = typer.Option(None, "--entity", help="Only events and quotes of this entity"),
    limit: int | None = typer.Option(None, help="At most this many rows"),
) -> None:
    """Events and quotes in date order; one happening reported by several outlets is one row."""
    from newsprism.stories.timeline import build_timeline, render_html

    fmt = pick_format(fmt, ("table", "jsonl", "html"))
    store = open_store(db)
    rows = build_timeline(store, story_id=story, entity=entity, limit=limit)
    if fmt == "html":
        sys.stdout.write(render_html(rows, title=f"Timeline {story or entity or ''}".strip()))
        return
    emit((r.to_json() for r in rows), fmt, ["date", "type", "summary", "outlets"], title="Timeline")


# ---- web -------------------------------------------------------------------------------------


@app.command()
@handle_errors
def serve(
    db: str | None = DbOption,
    host: str = typer.Option("127.0.0.1", help="Address to listen on (loopback by default)"),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on"),
) -> None:
    """Serve the corpus read-only: web pages at / and a JSON API under /api (docs at /docs)."""
    import uvicorn

    from newsprism.web.app import create_app

    web_app = create_app(settings_for(db=db).db)
    console.print(f"Serving http://{host}:{port}/ (API docs at /docs); Ctrl+C stops", markup=False)
    uvicorn.run(web_app, host=host, port=port, log_level="warning")
