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


@cache
def speech_verb_forms() -> frozenset[str]:
    """Every written form of the quoting speech verbs, lower case: the irregular past forms of
    ``speech_verb_past_forms.txt`` ("said", "wrote") and the regular ones made from the lemmas
    ("adds", "added", "adding"; "denies", "denied"; "quipped"), for code that reads stored text
    with no parse (a label before a name stops at one: "said President")."""
    forms = set(words("speech_verb_past_forms.txt"))
    for lemma in speech_verbs("quote"):
        forms |= _regular_forms(lemma)
    return frozenset(forms)


def _regular_forms(lemma: str) -> set[str]:
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else "s")
    if lemma.endswith("e"):
        ing = lemma + "ing" if lemma.endswith("ee") else lemma[:-1] + "ing"
        return {lemma, third, lemma + "d", ing}
    forms = {lemma, third, lemma + "ed", lemma + "ing"}
    before = lemma[-3:-2] if lemma[-4:-2] != "qu" else "q"  # the "u" of "quip" is no vowel
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and before not in "aeiou":
        # "quipped", "admitted"; where English doubles no letter ("answerred") the form is never met
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms
