"""The one loader of the bundled data files (``src/newsprism/data/``): word lists, tables, YAML.

Every stage reads its lexicons through here, so a data file has one format and one place that
parses it: word lists one entry a line with ``#`` comment lines, tab-separated tables, and YAML
(rules, Matcher / DependencyMatcher patterns, the speech verbs with their uses). Each file is
read once per process.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml

from newsprism.config import data_path
from newsprism.errors import NewsprismError


class LexiconError(NewsprismError):
    """A bundled data file is missing or malformed."""


@cache
def lines(name: str) -> tuple[str, ...]:
    """The entries of a one-entry-a-line file, stripped, as written; '#' starts a comment line."""
    try:
        text = data_path(name).read_text("utf-8")
    except OSError as exc:
        raise LexiconError(f"data file {name} cannot be read: {exc}") from exc
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def words(name: str) -> frozenset[str]:
    """A word list, lower-cased, as a set."""
    return frozenset(entry.lower() for entry in lines(name))


def word_list(name: str) -> list[str]:
    """A word list, lower-cased, in file order (for lists whose order matters, like regexes)."""
    return [entry.lower() for entry in lines(name)]


@cache
def pairs(name: str) -> dict[str, str]:
    """A two-column tab-separated table: lower-cased key -> value as written."""
    found = {}
    for line in lines(name):
        key, _, value = line.partition("\t")
        found[key.strip().lower()] = value.strip()
    return found


@cache
def rules(name: str) -> Any:
    """A YAML data file, parsed. Callers must not change what they get: it is shared."""
    try:
        return yaml.safe_load(data_path(name).read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"data file {name} cannot be read: {exc}") from exc


@cache
def speech_verbs(use: str) -> frozenset[str]:
    """The speech verbs (lemmas) that serve ``use``: "quote" (attribute quotations and introduce
    reported speech), "frame" (frame a quoted phrase only) or "event" (report another event)."""
    verbs = rules("speech_verbs.yaml")["verbs"]
    found = frozenset(verb for verb, uses in verbs.items() if use in uses)
    if not found:
        raise LexiconError(f"speech_verbs.yaml lists no verb for the use {use!r}")
    return found
