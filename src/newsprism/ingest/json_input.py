"""JSON and JSON Lines input: objects to RawArticles, hostile documents refused before parsing.

Whatever bytes a JSON input holds, it ends as RawArticles or as one failed RawArticle naming the
problem: nesting deeper than ``max_json_depth`` is refused by a linear scan before ``json.loads``
(which would recurse), integers longer than ``max_number_digits`` are refused while parsing, and
strings holding lone UTF-16 surrogates (which no database can store) fail their item.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from newsprism.config import defaults
from newsprism.errors import NewsprismError
from newsprism.ingest.pubdates import checked_date
from newsprism.models import RawArticle

# JSON keys that may hold each field, in order of preference.
TEXT_KEYS = ("text", "body", "content", "body-paragraphs", "paragraphs")
TITLE_KEYS = ("title", "headline")
URL_KEYS = ("url", "link")
OUTLET_KEYS = ("outlet", "source", "publisher", "site_name", "sitename")
DATE_KEYS = ("published", "date", "published_at", "publish_date", "pubdate")
ID_KEYS = ("id", "uuid")

JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
BRACKETS = re.compile(r"[\[\]{}]")
SURROGATE = re.compile("[\ud800-\udfff]")
HTML_START = re.compile(r"<(!doctype html|html|head|body|article|p|div)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Limits:
    """What one input may hold (the ``[limits]`` settings)."""

    max_file_bytes: int
    max_input_chars: int
    max_lines: int
    max_json_depth: int
    max_number_digits: int
    earliest_year: int
    latest_year: int

    @classmethod
    def from_settings(cls, values: dict[str, Any] | None = None) -> Limits:
        return cls(**{**defaults()["limits"], **(values or {})})


class BadJSON(NewsprismError):
    """A JSON document that cannot be read as data (broken, too deep, a number too long)."""


def load_json(text: str | bytes, limits: Limits, one_line: bool = False) -> Any:
    """``json.loads`` within the limits; BadJSON with a one-line reason otherwise."""
    if isinstance(text, bytes):
        text = text.decode("utf-8")  # UnicodeDecodeError: the caller says "cannot decode"
    depth = nesting_depth(text)
    if depth > limits.max_json_depth:
        raise BadJSON(
            f"JSON nested {depth} levels deep (the max_json_depth limit is {limits.max_json_depth})"
        )

    def parse_int(digits: str) -> int:
        if len(digits.lstrip("-")) > limits.max_number_digits:
            raise BadJSON(
                f"a JSON number of {len(digits.lstrip('-'))} digits "
                f"(the max_number_digits limit is {limits.max_number_digits})"
            )
        return int(digits)

    try:
        return json.loads(text, parse_int=parse_int)
    except json.JSONDecodeError as exc:
        where = f"column {exc.colno}" if one_line else f"line {exc.lineno} column {exc.colno}"
        raise BadJSON(f"broken JSON: {exc.msg} at {where}") from None
    except RecursionError:  # a backstop: the depth scan refuses these first
        raise BadJSON("JSON nested too deep") from None
    except ValueError as exc:  # e.g. Python's own limit on integer digits
        raise BadJSON(f"broken JSON: {exc}") from None


def nesting_depth(text: str) -> int:
    """The deepest nesting of arrays and objects, brackets inside strings not counted (linear)."""
    if text.count("[") + text.count("{") <= 1:
        return text.count("[") + text.count("{")
    depth = deepest = 0
    for bracket in BRACKETS.findall(JSON_STRING.sub("", text)):
        if bracket in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def read_json(source: str, text: str, limits: Limits, identity: str | None) -> Iterator[RawArticle]:
    """The articles of a JSON document: one object, or a list of them."""
    try:
        data = load_json(text, limits)
    except BadJSON as exc:
        yield RawArticle(source=source, error=str(exc), identity=identity)
        return
    items = data if isinstance(data, list) else [data]
    if not items:
        yield RawArticle(source=source, error="empty JSON list", identity=identity)
    for number, item in enumerate(items, start=1):
        if isinstance(data, list):
            where, item_identity = f"item {number}: ", identity and f"{identity}#{number}"
        else:
            where, item_identity = "", identity
        yield from_json_object(source, item, where, limits, item_identity)


def from_json_line(
    source: str, line: str | bytes, number: int, limits: Limits, identity: str | None
) -> RawArticle:
    """One article from line ``number`` of a JSON Lines file; a bad line fails alone."""
    line_identity = identity and f"{identity}:{number}"
    try:
        item = load_json(line.strip(), limits, one_line=True)
    except BadJSON as exc:
        return RawArticle(source=source, error=str(exc), line=number, identity=line_identity)
    except UnicodeDecodeError:
        return RawArticle(source=source, error="cannot decode text", line=number, identity=line_identity)
    found = from_json_object(source, item, "", limits, line_identity)
    found.line = number
    return found


def from_json_object(
    source: str, item: Any, where: str, limits: Limits, identity: str | None = None
) -> RawArticle:
    """A RawArticle from one JSON object, whatever its key names (see the *_KEYS above)."""
    if not isinstance(item, dict):
        return RawArticle(source=source, error=f"{where}not a JSON object", identity=identity)
    given_id = _first(item, ID_KEYS)
    # NUL has no place in an id (PostgreSQL text cannot hold it); U+FFFD keeps the id's length.
    given_id = None if given_id in (None, "") else str(given_id).replace("\x00", "\ufffd")
    fields = {
        "text": joined_text(_first(item, TEXT_KEYS)),
        "title": _string(_first(item, TITLE_KEYS)),
        "outlet": _string(_first(item, OUTLET_KEYS)),
        "url": _string(_first(item, URL_KEYS)),
    }
    for name, value in (*fields.items(), ("id", given_id)):
        if value and SURROGATE.search(value):
            at = SURROGATE.search(value)
            code = f"U+{ord(at.group()):04X}" if at else ""
            problem = f"{where}invalid text: a lone surrogate {code} in the {name}"
            return RawArticle(source=source, error=problem, given_id=None, identity=identity)
    if not fields["text"].strip():  # recorded as failed under its id, when it has one
        problem = f"{where}no article text (text, body or content)"
        return RawArticle(source=source, error=problem, given_id=given_id, identity=identity)
    date_value = _first(item, DATE_KEYS)
    published, warning = checked_date(date_value, limits.earliest_year, limits.latest_year)
    body = fields.pop("text")
    return RawArticle(
        source=source,
        raw_text=body,
        is_html=bool(HTML_START.match(body.lstrip()[:200])),
        published=published,
        published_text=None if date_value is None or published else str(date_value)[:200],
        warnings=[f"{where}{warning}"] if warning else [],
        given_id=given_id,
        identity=identity,
        **fields,
    )


def _first(item: dict[str, Any], keys: Sequence[str]) -> Any:
    for key in keys:
        value = item.get(key)
        if value not in (None, "", []):
            return value
    return None


def joined_text(value: Any) -> str:
    """Article text from a string or a list of paragraphs (each maybe a list of sentences)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        paragraphs = []
        for part in value:
            if isinstance(part, list):
                paragraphs.append(" ".join(str(s).strip() for s in part if str(s).strip()))
            elif part is not None:
                paragraphs.append(str(part).strip())
        return "\n\n".join(p for p in paragraphs if p)
    return str(value)


def _string(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):  # e.g. {"name": "The Harbour Post", ...}
        value = value.get("name") or value.get("title")
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None
