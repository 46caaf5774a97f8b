"""Ingest: turn paths, globs and stdin into RawArticles, one per article found.

Reading never raises: a file that cannot be read becomes one RawArticle with ``error`` set,
so one bad file in a big folder costs one failed article, not the whole run.
"""

from __future__ import annotations

import codecs
import glob
import gzip
import json
import os
import re
import sys
import warnings
import zlib
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime
from typing import IO, Any

from charset_normalizer import from_bytes
from dateutil import parser as date_parser

from newsprism.models import RawArticle

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
KNOWN_NAMES = ".txt, .html, .json or .jsonl"

# JSON keys that may hold each field, in order of preference.
TEXT_KEYS = ("text", "body", "content", "body-paragraphs", "paragraphs")
TITLE_KEYS = ("title", "headline")
URL_KEYS = ("url", "link")
OUTLET_KEYS = ("outlet", "source", "publisher", "site_name", "sitename")
DATE_KEYS = ("published", "date", "published_at", "publish_date", "pubdate")
ID_KEYS = ("id", "uuid")

UNICODE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM it starts with
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
WESTERN = "cp1252"  # the usual encoding of non-UTF-8 English and Western European text
GLOB_CHARS = re.compile(r"[*?\[]")
JSON_START = re.compile(r'\s*(\[\s*[\[{"\]]|\{\s*["}])')  # not "[Updated] Port strike..."
HTML_SNIFF = re.compile(r"<(!doctype html|html|head|body|article|p|div)\b", re.IGNORECASE)
ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ]\d)")
SLASH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:$|[ T,]\d)")
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100
# Two different defaults: a date that parses differently under each lacked a year, month or day.
_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))


# ---- public entry points --------------------------------------------------------------------


def iter_raw(paths: Sequence[str], stdin: IO[bytes] | None = None) -> Iterator[RawArticle]:
    """Every article in the given files, directories, globs and ``-`` (stdin), in order."""
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    for arg in map(os.fspath, paths):
        if arg == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_bytes("-", stream.read(), suffix=None)
        elif os.path.isdir(arg):
            found = list(_walk(arg))
            if not found:
                yield RawArticle(source=arg, error=f"no {KNOWN_NAMES} files in this folder")
            for path in found:
                yield from _read_file(path, suffix=_suffix(path))
        elif os.path.exists(arg):
            suffix = _suffix(arg)
            yield from _read_file(arg, suffix=suffix if suffix in KNOWN_SUFFIXES else None)
        elif GLOB_CHARS.search(arg):
            found = []
            for match in sorted(glob.glob(arg, recursive=True)):
                if os.path.isdir(match):
                    found.extend(_walk(match))
                elif _suffix(match) in KNOWN_SUFFIXES and not _is_hidden(match):
                    found.append(match)
            if not found:
                yield RawArticle(source=arg, error=f"no {KNOWN_NAMES} files match this pattern")
            for path in found:
                yield from _read_file(path, suffix=_suffix(path))
        else:
            yield RawArticle(source=arg, error="file not found")


def normalize_date(value: Any) -> str | None:
    """An ISO ``YYYY-MM-DD`` for a messy date (ISO, US ``1/21/2019``, prose), or None if unusable."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return _checked(value.date())
    if isinstance(value, date):
        return _checked(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = value / 1000 if value > 1e11 else value  # milliseconds or seconds since 1970
        try:
            return _checked(datetime.fromtimestamp(seconds, tz=UTC).date())
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    if not text:
        return None
    if match := ISO_DATE.match(text):
        return _from_parts(int(match[1]), int(match[2]), int(match[3]))
    if match := SLASH_DATE.match(text):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        if year < 100:
            year += 2000 if year < 70 else 1900
        month, day = (second, first) if first > 12 else (first, second)  # 21/1/2019 is day first
        return _from_parts(year, month, day)
    if len(text) > 60 or not re.search(r"\d", text):
        return None
    try:
        with warnings.catch_warnings():  # unknown time zone names ("EST") are fine: we keep the day
            warnings.simplefilter("ignore")
            parsed = [date_parser.parse(text, default=default).date() for default in _DEFAULTS]
    except (ValueError, OverflowError, TypeError):
        return None
    if parsed[0] != parsed[1]:  # a year, month or day was missing
        return None
    return _checked(parsed[0])


# ---- finding files --------------------------------------------------------------------------


def _walk(directory: str) -> Iterator[str]:
    """Known-format files under a directory, recursively, sorted, hidden files and folders skipped."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and _suffix(name) in KNOWN_SUFFIXES:
                yield os.path.join(root, name)


def _suffix(path: str) -> str:
    """The format suffix of a path; a gzip-compressed file has its inner one (``.jsonl.gz``)."""
    stem, suffix = os.path.splitext(path.lower())
    return os.path.splitext(stem)[1] if suffix == ".gz" else suffix


def _is_hidden(path: str) -> bool:
    return any(part.startswith(".") and part not in (".", "..") for part in path.split(os.sep))


def _read_file(path: str, suffix: str | None) -> Iterator[RawArticle]:
    opener = gzip.open if path.lower().endswith(".gz") else open
    try:
        if suffix in JSONL_SUFFIXES:  # streamed a line at a time: JSON lines files can be huge
            yield from _stream_jsonl(path, opener)
            return
        with opener(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        yield RawArticle(source=path, error="file not found")
        return
    except (OSError, EOFError, zlib.error) as exc:
        yield RawArticle(source=path, error=f"cannot read file: {getattr(exc, 'strerror', None) or exc}")
        return
    yield from _read_bytes(path, data, suffix)


def _stream_jsonl(path: str, opener: Callable[..., IO[bytes]]) -> Iterator[RawArticle]:
    with opener(path, "rb") as handle:
        head = handle.read(8192)
        if not head.strip():
            yield RawArticle(source=path, error="empty file")
            return
        if b"\x00" in head:
            yield RawArticle(source=path, error="binary file, not text")
            return
        handle.seek(0)
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield _from_json_line(path, line, number)


# ---- reading one input ----------------------------------------------------------------------


def _read_bytes(source: str, data: bytes, suffix: str | None) -> Iterator[RawArticle]:
    """Articles in one file's bytes; ``suffix`` None means: sniff the format from the content."""
    if not data.strip():
        yield RawArticle(source=source, error="empty file")
        return
    text, problem = _decode(data)
    if text is None or not text.strip():
        yield RawArticle(source=source, error=problem or "empty file")
        return
    if suffix is None:
        suffix = _sniff(text)
    if suffix in HTML_SUFFIXES:
        yield RawArticle(source=source, raw_text=text, is_html=True)
    elif suffix in JSON_SUFFIXES:
        yield from _read_json(source, text)
    elif suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(source, text)
    else:
        yield RawArticle(source=source, raw_text=text)


def _decode(data: bytes) -> tuple[str | None, str]:
    """The text of some bytes: UTF-8 first, else the encoding charset-normalizer detects."""
    for bom, encoding in UNICODE_BOMS:  # UTF-16/32 text is full of NUL bytes but is not binary
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), ""
            except UnicodeDecodeError:
                return None, "cannot decode text"
    if b"\x00" in data[:8192]:
        return None, "binary file, not text"
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        pass
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None, "cannot decode text"
    text = str(best)
    # Short Western texts fit several code pages equally well: prefer the most common one.
    if any(m.chaos <= best.chaos and WESTERN in m.could_be_from_charset for m in matches):
        try:
            text = data.decode(WESTERN)
        except UnicodeDecodeError:
            pass
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 4096):
        return None, "binary file, not text"
    return text, ""


def _sniff(text: str) -> str:
    """The format of unnamed input: JSON, JSON lines, HTML or plain text."""
    head = text.lstrip()[:2048]
    if JSON_START.match(head):
        lines = [line for line in text.strip().splitlines() if line.strip()]
        if len(lines) > 1:
            try:
                if isinstance(json.loads(lines[0]), dict):
                    return ".jsonl"  # the first line is a whole object: one object a line
            except json.JSONDecodeError:
                pass
        return ".json"
    if head.startswith("<") and HTML_SNIFF.search(head):
        return ".html"
    return ".txt"


def _read_json(source: str, text: str) -> Iterator[RawArticle]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield RawArticle(source=source, error=f"broken JSON: {_json_problem(exc)}")
        return
    items = data if isinstance(data, list) else [data]
    if not items:
        yield RawArticle(source=source, error="empty JSON list")
    for number, item in enumerate(items, start=1):
        where = f"item {number}: " if isinstance(data, list) else ""
        yield _from_json_object(source, item, where)


def _read_jsonl(source: str, text: str) -> Iterator[RawArticle]:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield _from_json_line(source, line, number)


def _from_json_line(source: str, line: str | bytes, number: int) -> RawArticle:
    """One article from line ``number`` of a JSON lines file; a broken line fails alone."""
    try:
        item = json.loads(line.strip())
    except json.JSONDecodeError as exc:
        problem = _json_problem(exc, one_line=True)
        return RawArticle(source=source, error=f"line {number}: broken JSON: {problem}")
    except UnicodeDecodeError:
        return RawArticle(source=source, error=f"line {number}: cannot decode text")
    return _from_json_object(source, item, f"line {number}: ")


def _from_json_object(source: str, item: Any, where: str) -> RawArticle:
    """A RawArticle from one JSON object, whatever its key names (see the *_KEYS above)."""
    if not isinstance(item, dict):
        return RawArticle(source=source, error=f"{where}not a JSON object")
    body = _joined_text(_first(item, TEXT_KEYS))
    given_id = _first(item, ID_KEYS)
    given_id = None if given_id in (None, "") else str(given_id)
    if not body.strip():  # recorded as failed under its id, when it has one
        problem = f"{where}no article text (text, body or content)"
        return RawArticle(source=source, error=problem, given_id=given_id)
    return RawArticle(
        source=source,
        raw_text=body,
        is_html=bool(HTML_SNIFF.match(body.lstrip()[:200])),
        title=_string(_first(item, TITLE_KEYS)),
        outlet=_string(_first(item, OUTLET_KEYS)),
        published=normalize_date(_first(item, DATE_KEYS)),
        url=_string(_first(item, URL_KEYS)),
        given_id=given_id,
    )


def _json_problem(exc: json.JSONDecodeError, one_line: bool = False) -> str:
    where = f"column {exc.colno}" if one_line else f"line {exc.lineno} column {exc.colno}"
    return f"{exc.msg} at {where}"


def _first(item: dict[str, Any], keys: Sequence[str]) -> Any:
    for key in keys:
        value = item.get(key)
        if value not in (None, "", []):
            return value
    return None


def _joined_text(value: Any) -> str:
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


def _from_parts(year: int, month: int, day: int) -> str | None:
    try:
        return _checked(date(year, month, day))
    except ValueError:
        return None


def _checked(day: date) -> str | None:
    """The ISO form of a plausible news date; placeholder dates like 0001-01-01 become None."""
    return day.isoformat() if EARLIEST_YEAR <= day.year <= LATEST_YEAR else None
