"""``newsprism doctor``: check a database for drift (counters, orphans, dangling links, articles
an interrupted run left unlinked) and, with ``--repair``, fix it."""

from __future__ import annotations

import os
import sys

import typer

from newsprism.errors import NewsprismError


def register(app: typer.Typer) -> None:
    """Add the ``doctor`` command to the CLI app."""
    app.command(name="doctor")(doctor)


def doctor(
    db: str | None = typer.Option(None, "--db", help="SQLite path or database URL [env NEWSPRISM_DB]"),
    repair: bool = typer.Option(False, "--repair", help="Fix what was found (takes the run lock)"),
) -> None:
    """Check that counters equal the rows they count and nothing dangles; --repair fixes drift.

    Exit 0: consistent (or repaired); 1: problems found and left."""
    from newsprism.api import Corpus

    try:
        with Corpus(db, create=False) as corpus:
            found, left = corpus.doctor(repair=repair)
    except NewsprismError as exc:
        sys.stderr.write(f"Error: {str(exc).strip().splitlines()[0]}\n")
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        sys.stderr.write("Error: interrupted\n")
        raise typer.Exit(130) from None
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback (NEWSPRISM_DEBUG shows it)
        if os.environ.get("NEWSPRISM_DEBUG"):
            raise
        sys.stderr.write(f"Error: internal error: {exc.__class__.__name__}: {exc}\n")
        raise typer.Exit(1) from None
    if not found:
        typer.echo("consistent: counters equal their rows, nothing dangles, every article is linked")
        return
    for finding in found:
        typer.echo(f"found: {finding.line()}")
    if repair:
        for finding in left:
            typer.echo(f"left: {finding.line()}")
        if not left:
            typer.echo("repaired: the database is consistent")
    if left:
        raise typer.Exit(1)
