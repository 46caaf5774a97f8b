"""`newsprism analyze`: the main job, with a progress bar that knows its goal."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from newsprism.cli.app import app, db_option, err_console, handle_errors, print_error, say, settings_for
from newsprism.errors import UsageError


class RateColumn(ProgressColumn):
    """Articles a second, once there is a rate to show."""

    def render(self, task) -> Text:
        return Text(f"{task.speed:.1f}/s" if task.speed else "", style="progress.data.speed")


def make_progress(total: int | None) -> Progress:
    """n / total, percentage, rate and time left on a terminal; nothing when stderr is piped."""
    columns = [SpinnerColumn(), TextColumn("[bold]analyzing"), BarColumn(), MofNCompleteColumn()]
    if total:
        columns.append(TaskProgressColumn())
    columns.append(RateColumn())
    if total:
        columns += [TextColumn("ETA"), TimeRemainingColumn()]
    columns += [
        TextColumn("· {task.fields[quotes]} quotes · {task.fields[failed]} failed · elapsed"),
        TimeElapsedColumn(),
    ]
    return Progress(*columns, console=err_console, disable=not err_console.is_terminal, transient=True)


def summary_line(summary, totals: dict[str, int], db: str) -> str:
    """What this run did, then what the database now holds."""
    done = (
        f"{summary.new} new, {summary.updated} updated, {summary.unchanged} unchanged, "
        f"{summary.failed} failed articles"
    )
    if summary.new or summary.updated:
        found = f"{summary.words} words parsed; {summary.quotes} quotes, {summary.events} events found"
    else:
        found = "nothing changed"
    stored = (
        f"{totals['articles']} articles, {totals['quotes']} quotes, {totals['entities']} entities, "
        f"{totals['events']} events, {totals['stories']} stories"
    )
    return f"{done}; {found}; stored in total: {stored} -> {db}"


@app.command()
@handle_errors
def analyze(
    paths: list[str] = typer.Argument(..., help="Files, directories, globs, or - for stdin"),
    db: str | None = db_option(),
    model: str | None = typer.Option(
        None, "--model", help="spaCy pipeline [env NEWSPRISM_MODEL]", show_default=settings_for().model
    ),
    outlet: str | None = typer.Option(None, "--outlet", help="Outlet name for every article of this batch"),
    published: str | None = typer.Option(None, "--published", help="Publication date for this batch"),
    processes: int | None = typer.Option(
        None,
        "--processes",
        "-p",
        help="Worker processes (0 = one a core) [env NEWSPRISM_PROCESSES]",
        show_default=str(settings_for().processes),
    ),
    batch_size: int | None = typer.Option(
        None, "--batch-size", help="Documents per nlp.pipe batch", show_default=str(settings_for().batch_size)
    ),
    aliases: Path | None = typer.Option(
        None, "--aliases", help="YAML or CSV file forcing entity merges/splits [env NEWSPRISM_ALIASES]"
    ),
    engine: str = typer.Option("local", "--engine", help="Where parsing runs: local or dask"),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="dask scheduler address", show_default="a local cluster of this machine"
    ),
) -> None:
    """Ingest, clean, parse and extract quotes, entities, events and stories into the database."""
    from newsprism.api import Corpus
    from newsprism.engines import check_engine, make_executor
    from newsprism.ingest.count import count_inputs
    from newsprism.nlp.model import load_model

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
    corpus = Corpus(settings=settings)
    executor = make_executor(engine, settings, scheduler)
    total = count_inputs(paths) if err_console.is_terminal else None
    progress = make_progress(total)

    def report_failure(source: str, problem: str) -> None:
        print_error(f"{source}: {problem}")

    with progress, contextlib.closing(executor):  # stops any cluster it started
        task = progress.add_task("analyze", total=total, quotes=0, failed=0)

        def on_article(summary) -> None:
            done = summary.new + summary.updated + summary.unchanged + summary.failed
            progress.update(task, completed=done, quotes=summary.quotes, failed=summary.failed)

        summary = corpus.analyze(
            paths,
            outlet=outlet,
            published=published,
            stdin=sys.stdin.buffer if "-" in paths else None,
            on_article=on_article,
            on_failure=report_failure,
            executor=executor,
        )
    say(summary_line(summary, corpus.totals(), settings.db))
    if summary.failed:
        raise typer.Exit(1)
