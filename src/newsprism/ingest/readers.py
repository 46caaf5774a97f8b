"""Ingest: turn paths, globs and stdin into RawArticles, one per article found.

Reading never raises: a file that cannot be read becomes one RawArticle with ``error`` set,
so one bad file in a big folder costs one failed article, not the whole run. Each RawArticle
from a file carries its ``identity`` (the file's real path, and its line or item in a JSON
collection): the article's id across runs, so an edited file replaces its article.
"""

from __future__ import annotations

import codecs
import glob
import gzip
import json
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from typing import IO

from charset_normalizer import from_bytes

from newsprism.ingest.json_input import Limits, from_json_line, read_json
from newsprism.ingest.pubdates import normalize_date
from newsprism.models import RawArticle

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
KNOWN_NAMES = ".txt, .html, .json or .jsonl"

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
SNIFF_BYTES = 8192

__all__ = ["iter_raw", "normalize_date", "Limits", "KNOWN_SUFFIXES"]


# ---- public entry points --------------------------------------------------------------------


def iter_raw(
    paths: Sequence[str], stdin: IO[bytes] | None = None, limits: Limits | None = None
) -> Iterator[RawArticle]:
    """Every article in the given files, directories, globs and ``-`` (stdin), in order."""
    limits = limits or Limits.from_settings()
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    for arg in map(os.fspath, paths):
        try:
            yield from _read_argument(arg, stdin, limits)
        except OSError as exc:  # e.g. a folder that vanished while walked
            yield RawArticle(source=arg, error=_os_problem(exc), identity=_identity(arg))


def _read_argument(arg: str, stdin: IO[bytes] | None, limits: Limits) -> Iterator[RawArticle]:
    if arg == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        yield from _read_bytes("-", stream.read(limits.max_file_bytes + 1), None, limits, None)
    elif os.path.isdir(arg):
        found = list(_walk(arg))
        if not found:
            yield RawArticle(
                source=arg, error=f"no {KNOWN_NAMES} files in this folder", identity=_identity(arg)
            )
        for path in found:
            if isinstance(path, RawArticle):
                yield path
            else:
                yield from _read_file(path, _suffix(path), limits)
    elif os.path.exists(arg):
        suffix = _suffix(arg)
        yield from _read_file(arg, suffix if suffix in KNOWN_SUFFIXES else None, limits)
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
            if isinstance(path, RawArticle):
                yield path
            else:
                yield from _read_file(path, _suffix(path), limits)
    else:
        yield RawArticle(source=arg, error=_missing(arg), identity=_identity(arg))


def _missing(path: str) -> str:
    """Why a path that does not seem to exist cannot be read: gone, or hidden by permissions."""
    try:
        os.stat(path)
    except PermissionError:
        return "cannot read: permission denied"
    except OSError:
        pass
    return "file not found"


# ---- finding files --------------------------------------------------------------------------


def _walk(directory: str) -> Iterator[str | RawArticle]:
    """Known-format files under a directory, recursively, sorted, hidden files and folders skipped;
    a folder that cannot be listed is a failed RawArticle, not silently nothing."""
    errors: list[OSError] = []
    for root, dirs, files in os.walk(directory, onerror=errors.append):
        while errors:
            yield _unlistable(errors.pop(0))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and _suffix(name) in KNOWN_SUFFIXES:
                yield os.path.join(root, name)
    for error in errors:
        yield _unlistable(error)


def _unlistable(error: OSError) -> RawArticle:
    where = error.filename or "folder"
    return RawArticle(
        source=str(where), error=f"cannot read folder: {_os_problem(error)}", identity=_identity(where)
    )


def _suffix(path: str) -> str:
    """The format suffix of a path; a gzip-compressed file has its inner one (``.jsonl.gz``)."""
    stem, suffix = os.path.splitext(path.lower())
    return os.path.splitext(stem)[1] if suffix == ".gz" else suffix


def _is_hidden(path: str) -> bool:
    return any(part.startswith(".") and part not in (".", "..") for part in path.split(os.sep))


def _identity(path: str) -> str:
    """The real path of a file: the same file named differently is the same article."""
    return os.path.realpath(path)


def _os_problem(exc: OSError) -> str:
    return (
        (exc.strerror or str(exc)).lower() if isinstance(exc, PermissionError) else exc.strerror or str(exc)
    )


def _read_file(path: str, suffix: str | None, limits: Limits) -> Iterator[RawArticle]:
    identity = _identity(path)
    opener = gzip.open if path.lower().endswith(".gz") else open
    try:
        if suffix in JSONL_SUFFIXES:  # streamed a line at a time: JSON lines files can be huge
            yield from _stream_jsonl(path, opener, limits, identity)
            return
        size = os.path.getsize(path)
        if size > limits.max_file_bytes:
            problem = f"file too large ({size} bytes; the max_file_bytes limit is {limits.max_file_bytes})"
            yield RawArticle(source=path, error=problem, identity=identity)
            return
        with opener(path, "rb") as handle:
            data = handle.read(limits.max_file_bytes + 1)  # a gzip file may unpack to much more
    except FileNotFoundError:
        yield RawArticle(source=path, error="file not found", identity=identity)
        return
    except (OSError, EOFError, zlib.error) as exc:
        problem = _os_problem(exc) if isinstance(exc, OSError) else str(exc)
        yield RawArticle(source=path, error=f"cannot read file: {problem}", identity=identity)
        return
    yield from _read_bytes(path, data, suffix, limits, identity)


def _stream_jsonl(
    path: str, opener: Callable[..., IO[bytes]], limits: Limits, identity: str
) -> Iterator[RawArticle]:
    with opener(path, "rb") as handle:
        head = handle.read(SNIFF_BYTES)
        if not head.strip():
            yield RawArticle(source=path, error="empty file", identity=identity)
            return
        if b"\x00" in head:
            yield RawArticle(source=path, error="binary file, not text", identity=identity)
            return
        handle.seek(0)
        number = 0
        while line := handle.readline(limits.max_file_bytes + 1):
            number += 1
            if len(line) > limits.max_file_bytes and not line.endswith(b"\n"):
                while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass  # skip the rest of an overlong line without holding it
                problem = f"line longer than the max_file_bytes limit ({limits.max_file_bytes} bytes)"
                yield RawArticle(source=path, error=problem, line=number, identity=f"{identity}:{number}")
            elif line.strip():
                yield from_json_line(path, line, number, limits, identity)


# ---- reading one input ----------------------------------------------------------------------


def _read_bytes(
    source: str, data: bytes, suffix: str | None, limits: Limits, identity: str | None
) -> Iterator[RawArticle]:
    """Articles in one file's bytes; ``suffix`` None means: sniff the format from the content."""
    if len(data) > limits.max_file_bytes:
        problem = f"input too large (over the max_file_bytes limit of {limits.max_file_bytes} bytes)"
        yield RawArticle(source=source, error=problem, identity=identity)
        return
    if not data.strip():
        yield RawArticle(source=source, error="empty file", identity=identity)
        return
    text, problem = _decode(data)
    if text is None or not text.strip():
        yield RawArticle(source=source, error=problem or "empty file", identity=identity)
        return
    if suffix is None:
        suffix = _sniff(text)
    if suffix in HTML_SUFFIXES:
        yield RawArticle(source=source, raw_text=text, is_html=True, identity=identity)
    elif suffix in JSON_SUFFIXES:
        yield from read_json(source, text, limits, identity)
    elif suffix in JSONL_SUFFIXES:
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                yield from_json_line(source, line, number, limits, identity)
    else:
        yield RawArticle(source=source, raw_text=text, identity=identity)


def _decode(data: bytes) -> tuple[str | None, str]:
    """The text of some bytes: UTF-8 first, else the encoding charset-normalizer detects."""
    for bom, encoding in UNICODE_BOMS:  # UTF-16/32 text is full of NUL bytes but is not binary
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), ""
            except UnicodeDecodeError:
                return None, "cannot decode text"
    if b"\x00" in data[:SNIFF_BYTES]:
        encoding = _utf16_without_bom(data)
        if encoding is None:
            return None, "binary file, not text"
        try:
            return data.decode(encoding), ""
        except UnicodeDecodeError:
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


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when the NUL bytes sit where UTF-16 puts them for Latin text: in
    nearly every other byte, always on the same side (binary files scatter them)."""
    head = data[: SNIFF_BYTES - SNIFF_BYTES % 2]
    if len(head) < 4 or len(data) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.6 and even_nul < 0.05:
        encoding = "utf-16-le"
    elif even_nul > 0.6 and odd_nul < 0.05:
        encoding = "utf-16-be"
    else:
        return None
    sample = head.decode(encoding, errors="replace")
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return encoding if controls <= 0.05 * len(sample) else None


def _sniff(text: str) -> str:
    """The format of unnamed input: JSON, JSON lines, HTML or plain text."""
    head = text.lstrip()[:2048]
    if JSON_START.match(head):
        lines = [line for line in text.strip().splitlines() if line.strip()]
        if len(lines) > 1:
            try:
                if isinstance(json.loads(lines[0]), dict):
                    return ".jsonl"  # the first line is a whole object: one object a line
            except (json.JSONDecodeError, RecursionError, ValueError):
                pass
        return ".json"
    if head.startswith("<") and HTML_SNIFF.search(head):
        return ".html"
    return ".txt"
