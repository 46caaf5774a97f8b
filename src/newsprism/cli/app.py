"""The typer app and what every command shares: options, output formats, errors.

Only the CLI turns newsprism's errors into ``Error: ...`` on stderr and an exit code
(0 fine, 1 something failed, 2 usage error). Commands reach the database only through
``newsprism.api.Corpus``.
"""

from __future__ import annotations

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
from rich.table import Table
from rich.text import Text

from newsprism.config import Settings
from newsprism.errors import NewsprismError, UsageError

app = typer.Typer(
    help="newsprism: who said what, who did what to whom and when, and how each outlet told it.",
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode=None,
)
eval_app = typer.Typer(help="Score extraction against annotated data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

console = Console()
err_console = Console(stderr=True)

FORMATS = ("table", "jsonl", "csv")
# Columns of prose and their share of the room left; every other column keeps its natural width.
WIDE_COLUMNS = {
    "text": 4,
    "title": 4,
    "sentence": 4,
    "summary": 4,
    "name": 2,
    "aliases": 2,
    "roles": 2,
    "outlets": 2,
    "speaker": 1,
    "speaker_mention": 1,
    "actors": 1,
    "recipients": 1,
}
# Table headers shorter than their JSON keys, so a date column is as narrow as a date.
HEADERS = {"first_published": "first", "last_published": "last", "speaker_mention": "mention"}
# Short columns (dates, counts, kinds) keep one line even on a narrow terminal.
SHORT = 12
# What a table shows for an article without an outlet (JSON keeps null).
NO_OUTLET = "unknown"


def db_option() -> Any:
    return typer.Option(
        None,
        "--db",
        help="SQLite path or database URL [env NEWSPRISM_DB]",
        metavar="PATH|URL",
        show_default=Settings.load().db,
    )


def format_option(choices: Iterable[str] = FORMATS) -> Any:
    listed = ", ".join(choices)
    return typer.Option(
        None,
        "--format",
        "-f",
        help=f"One of: {listed}",
        show_default="table on a terminal, else JSON Lines",
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


def open_corpus(db: str | None, create: bool = False, **more: Any):
    """The corpus behind ``--db``; reading commands do not create a database that is not there."""
    from newsprism.api import Corpus

    return Corpus(settings=settings_for(db=db, **more), create=create)


def pick_format(fmt: str | None, choices: Iterable[str] = FORMATS) -> str:
    choices = tuple(choices)
    if fmt is None:
        return "table" if sys.stdout.isatty() else ("jsonl" if "jsonl" in choices else choices[0])
    if fmt not in choices:
        raise UsageError(f"unknown format {fmt!r}: choose one of {', '.join(choices)}")
    return fmt


def write_jsonl(rows: Iterable[dict[str, Any]]) -> int:
    count = 0
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    sys.stdout.flush()
    return count


def emit(
    rows: Iterable[dict[str, Any]],
    fmt: str,
    columns: list[str],
    title: str | None = None,
    cells: dict[str, Callable[[Any], Any]] | None = None,
) -> int:
    """Write rows as a table, JSON Lines or CSV; returns how many were written.

    ``cells`` turns a column's value into what the table shows (JSON and CSV keep the value).
    """
    if fmt == "jsonl":
        return write_jsonl(rows)
    count = 0
    if fmt == "csv":
        writer = None
        for row in rows:
            if writer is None:
                writer = csv.DictWriter(sys.stdout, fieldnames=list(row.keys()), extrasaction="ignore")
                writer.writeheader()
            writer.writerow({k: _csv_value(v) for k, v in row.items()})
            count += 1
        return count
    shown = [[(cells or {}).get(c, _cell)(row.get(c)) for c in columns] for row in rows]
    print_table(shown, columns, title)
    return len(shown)


def print_table(shown: list[list[Any]], columns: list[str], title: str | None = None) -> None:
    """Rows of cell values as a rich table: empty short columns left out, every column as wide
    as ``column_widths`` says, every cell plain text."""
    short = [c for c in columns if c not in WIDE_COLUMNS]
    empty = {c for i, c in enumerate(columns) if c in short and not any(str(r[i]) for r in shown)}
    keep = [i for i, c in enumerate(columns) if c not in empty or not shown]
    headers = [HEADERS.get(c, c) for c in columns]
    natural = {i: max([len(headers[i]), *(len(str(r[i])) for r in shown)]) for i in keep}
    wide = [i for i in keep if columns[i] in WIDE_COLUMNS]
    ratios = {i: WIDE_COLUMNS[columns[i]] for i in wide}
    id_columns = {i for i in keep if columns[i].endswith("_id") or columns[i] == "duplicate_of"}
    widths = column_widths(natural, ratios, console.width, id_columns)
    tight = any(widths[i] < max(10 * ratios[i], 10) for i in wide if natural[i] > widths[i])
    table = Table(title=title, show_lines=False, expand=not tight)
    for i in keep:
        if i in wide and tight:  # a narrow terminal: every column its share
            table.add_column(headers[i], overflow="fold", width=widths[i])
        elif i in wide:  # the words people read get the room that is left, by their ratio
            table.add_column(headers[i], overflow="fold", ratio=ratios[i], min_width=widths[i])
        elif widths[i] >= natural[i]:  # ids, dates, counts: whole, on one line
            table.add_column(headers[i], no_wrap=True, width=natural[i])
        else:  # a narrow terminal: whole still, folded over lines rather than cut
            table.add_column(headers[i], overflow="fold", width=widths[i])
    for values in shown:  # Text, never markup: "[ceasefire]" stays in the cell
        table.add_row(*(Text(str(values[i])) for i in keep))
    console.print(table)


def column_widths(
    natural: dict[int, int], wide: dict[int, int], room: int, id_columns: set[int] = frozenset()
) -> dict[int, int]:
    """Each column's width in ``room`` characters: prose columns (``wide``: index -> ratio) at
    least 10 characters a ratio point, the others their natural width. When that is too wide the
    widest columns give way first, a character at a time (they fold, they are never cut); ids
    (``id_columns``) give way last, since a folded id is hard to paste back."""
    room -= 3 * len(natural) + 1  # borders and padding
    widths = {i: (max(10 * wide[i], 10) if i in wide else n) for i, n in natural.items()}
    widths = {i: min(w, max(natural[i], 10)) if i in wide else w for i, w in widths.items()}
    excess = sum(widths.values()) - room
    ids = {i for i in natural if i in id_columns}
    others = set(natural) - set(wide) - ids
    longer = {i for i in natural if i in wide or natural[i] > 10}  # dates and counts stay whole
    phases = [  # (columns that give way, the width each keeps at least); ids give way last
        (others, lambda i: SHORT),
        (set(wide), lambda i: 6 * wide[i]),
        (others, lambda i: 10),
        (set(wide), lambda i: 3 * wide[i]),
        (ids, lambda i: SHORT),
        (longer, lambda i: 4),
    ]
    for allowed, floor in phases:
        while excess > 0:
            candidates = [i for i in allowed if widths[i] > floor(i)]
            if not candidates:
                break
            widest = max(candidates, key=lambda i: widths[i] / wide.get(i, 1))
            widths[widest] -= 1
            excess -= 1
    return widths


def _csv_value(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _cell(value: Any, width: int = 2000) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v is not None)
    text = str(value).replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def outlet_cell(value: Any) -> str:
    return value or NO_OUTLET


def say(message: str, err: bool = False) -> None:
    """A plain line (no markup, no highlighting) on stdout or stderr."""
    (err_console if err else console).print(message, markup=False, highlight=False, soft_wrap=True)


def file_name(source: str | None) -> str:
    """What an article without a title is called: its file's name, never the machine's path."""
    if not source:
        return ""
    return Path(source).name or source


def main() -> None:
    """Console entry point."""
    try:
        app()
    except BrokenPipeError:  # e.g. `newsprism quotes | head`
        sys.stderr.close()
        sys.exit(0)
