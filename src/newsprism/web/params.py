"""Query parameters of the routes, each made fresh for its route, and the checks FastAPI's
patterns cannot do (a date that has the right shape but does not exist)."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import Query
from fastapi.exceptions import RequestValidationError

MAX_PAGE = 200
DATE = r"^\d{4}-\d{2}-\d{2}$"
# A form sends an empty field as an empty string: pages take it as "not given".
FORM_DATE = r"^(\d{4}-\d{2}-\d{2})?$"


def limit(default: int = 50) -> Any:
    return Query(default, ge=1, le=MAX_PAGE, description=f"Page size (at most {MAX_PAGE})")


def offset() -> Any:
    return Query(0, ge=0, le=10**9, description="How many items to skip (the `after` cursor is faster)")


def position() -> Any:
    """Where a page reached by a cursor starts: only shown ("51-100 of 300"), never read by."""
    return Query(0, ge=0, le=10**9, description="Position of the page's first item, as shown")


def after() -> Any:
    return Query(
        None,
        max_length=500,
        description="Cursor from the `next` link of the previous page: the items after it",
    )


def since(what: str = "Published", form: bool = False) -> Any:
    return Query(None, pattern=FORM_DATE if form else DATE, description=f"{what} on or after (YYYY-MM-DD)")


def until(what: str = "Published", form: bool = False) -> Any:
    return Query(None, pattern=FORM_DATE if form else DATE, description=f"{what} on or before (YYYY-MM-DD)")


def outlet() -> Any:
    return Query(None, max_length=200, description="Only this outlet (case-insensitive)")


def real_dates(**given: str | None) -> dict[str, str | None]:
    """The dates as given (empty as None); 422 naming each parameter whose date does not exist."""
    problems = []
    checked: dict[str, str | None] = {}
    for name, value in given.items():
        checked[name] = value or None
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                problems.append(
                    {
                        "loc": ("query", name),
                        "msg": f"{value!r} is not a date in the calendar",
                        "type": "value_error",
                        "input": value,
                    }
                )
    if problems:
        raise RequestValidationError(problems)
    return checked
