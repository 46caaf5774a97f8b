"""Named token and dependency patterns from ``data/patterns.yaml``.

Rules that are shapes of words ("a name, an age between commas", "which calls itself X", "said in
a statement that ...") are spaCy Matcher and DependencyMatcher patterns in that file, not Python
branches; the rules ask here for the matches of a pattern by name, in the sentence or the few
words they look at. Word lists inside patterns are written ``$file.txt`` (or ``$file.yaml#key``)
and filled in from the lexicon loader.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

import numpy
from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from newsprism.nlp import dependency_search, lexicon
from newsprism.nlp.document_memo import DocumentMemo

PATTERNS_FILE = "patterns.yaml"


def _word_list(reference: str) -> list[str]:
    if reference.startswith("$speech_verbs.yaml@"):
        return sorted(lexicon.speech_verbs(reference.partition("@")[2]))
    if reference.endswith("/words"):  # every word of the file's entries ("prime minister")
        return sorted(
            {word for entry in _word_list(reference.removesuffix("/words")) for word in entry.split()}
        )
    name, _, key = reference[1:].partition("#")
    if key:
        return [str(word).lower() for word in lexicon.rules(name)[key]]
    return sorted(lexicon.words(name))


def _filled(value: Any) -> Any:
    """The pattern with every "$file" entry of a list replaced by that file's words."""
    if isinstance(value, dict):
        return {key: _filled(item) for key, item in value.items()}
    if isinstance(value, list):
        found = []
        for item in value:
            if isinstance(item, str) and item.startswith("$"):
                found += _word_list(item)
            else:
                found.append(_filled(item))
        return found
    return value


@lru_cache(maxsize=1)
def definitions() -> dict[str, dict[str, Any]]:
    """The pattern file with word lists filled in: {"matcher": ..., "dependency": ..., "regex": ...}."""
    raw = lexicon.rules(PATTERNS_FILE)
    return {
        section: {name: _filled(body) for name, body in (raw.get(section) or {}).items()} for section in raw
    }


@lru_cache(maxsize=64)
def _matcher(vocab: Vocab, name: str) -> Matcher | DependencyMatcher:
    found = definitions()
    if name in found.get("matcher", {}):
        matcher, section = Matcher(vocab), "matcher"
    elif name in found.get("dependency", {}):
        matcher, section = DependencyMatcher(vocab), "dependency"
    else:
        raise lexicon.LexiconError(f"{PATTERNS_FILE} has no pattern named {name!r}")
    matcher.add(name, found[section][name])
    return matcher


@lru_cache(maxsize=64)
def _search(vocab: Vocab, name: str) -> dependency_search.DependencySearch:
    """A dependency pattern, for the search from its rarest node."""
    return dependency_search.DependencySearch(vocab, name, definitions()["dependency"][name])


# The matches found in the document being read, by pattern and stretch: the stages ask again for
# one sentence's matches for each name in it. No pattern tests what the stages change (entity
# labels, see the file), so they hold until the document changes.
_MATCHES = DocumentMemo()


def match(name: str, where: Doc | Span) -> list[tuple[int, ...]]:
    """The matches of one named pattern in a document or a stretch of one (a sentence, the words
    around a name: small stretches keep it cheap), as document token offsets: (start, end) for a
    Matcher pattern; for a DependencyMatcher pattern one token per node, in the pattern's node
    order. Sorted, without repeats."""
    matches = _MATCHES.of(where.doc if isinstance(where, Span) else where)
    key = (name, where.start, where.end) if isinstance(where, Span) else (name, -1, -1)
    if key not in matches:
        matches[key] = _match(name, where)
    return list(matches[key])


def can_match(name: str, doc: Doc) -> bool:
    """False when a dependency pattern can match nowhere in the document (a node test no token
    passes), so a rule asking sentence by sentence can skip the asking; True otherwise (a
    Matcher pattern, or one the search cannot judge)."""
    found = definitions()
    if name not in found.get("dependency", {}):
        return True
    search = _search(doc.vocab, name)
    return not search.searchable or search.possible_in(doc)


def _match(name: str, where: Doc | Span) -> list[tuple[int, ...]]:
    matcher = _matcher(where.vocab, name)
    offset = where.start if isinstance(where, Span) else 0
    if isinstance(matcher, Matcher):
        starts = _candidate_starts(name, where) if isinstance(where, Doc) else None
        if starts is None:
            found = {(start + offset, end + offset) for _, start, end in matcher(where)}
        else:  # each window whose words pass the column tests, the Matcher deciding
            found = {(s + a, s + b) for s, length in starts for _, a, b in matcher(where[s : s + length])}
    else:
        found = _search(where.vocab, name).match(where)
        if found is None:
            found = {tuple(i + offset for i in tokens) for _, tokens in matcher(where)}
    return sorted(found)


@cache
def _fixed_tests(name: str) -> list[tuple[int, list[tuple[int, list]]]] | None:
    """A Matcher pattern's alternatives as (length, [(position, column tests)]) when each is a
    fixed row of words (no ``OP``) with a word the columns can test; else None."""
    rows = []
    for alternative in definitions()["matcher"][name]:
        if any("OP" in attrs for attrs in alternative):
            return None
        tests = [(k, dependency_search.column_tests(attrs)) for k, attrs in enumerate(alternative)]
        tests = [(k, test) for k, test in tests if test]
        if not tests:
            return None
        rows.append((len(alternative), tests))
    return rows


def _candidate_starts(name: str, doc: Doc) -> list[tuple[int, int]] | None:
    """Where a fixed-length pattern can start in the document, with the window's length: the
    Matcher over every token of a document (a Token made for each) cost about 0.4 ms an
    article, while a row can only start where its column-tested words stand."""
    rows = _fixed_tests(name)
    if rows is None:
        return None
    starts = set()
    for length, tests in rows:
        room = len(doc) - length + 1
        if room <= 0:
            continue
        passing = numpy.ones(room, dtype=bool)
        for k, test in tests:
            for column, ids in test:
                passing &= dependency_search.column_passing(doc, column, ids)[k : k + room]
        starts.update((int(s), length) for s in numpy.flatnonzero(passing))
    return sorted(starts)


@cache
def regex(name: str) -> re.Pattern:
    """A regular expression from the pattern file's ``regex`` section."""
    return re.compile(definitions()["regex"][name])
