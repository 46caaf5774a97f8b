"""DependencyMatcher patterns matched from their rarest node, with the matcher's own results.

spaCy's ``DependencyMatcher`` tries every token of the document against every node, and for each
token it walks up to the root; a node that takes any token (``RIGHT_ATTRS: {}``, as in "a name in
apposition with a role") makes it cost a few milliseconds an article, and on a sentence (a
``Span``) it first copies the span into a new ``Doc``. Here each node's token attributes are
matched by one token ``Matcher`` (C code, no copy), and the tree is searched from the node with
the fewest candidates along the pattern's relations, both ways. The matches are the same as the
``DependencyMatcher``'s: the same node tests, the same relations, within the same tree; a
pattern with a relation not written here, all nodes open, or a span a dependency arc leaves,
returns None and the caller uses the ``DependencyMatcher``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import Any

import numpy
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from newsprism.nlp.document_memo import DocumentMemo


def _children(token: Token) -> Iterable[Token]:
    return token.children


def _head(token: Token) -> Iterable[Token]:
    return () if token.head.i == token.i else (token.head,)


def _descendants(token: Token) -> Iterable[Token]:
    return (t for t in token.subtree if t.i != token.i)


def _ancestors(token: Token) -> Iterable[Token]:
    return token.ancestors


def _right_children(token: Token) -> Iterable[Token]:
    return token.rights


def _left_children(token: Token) -> Iterable[Token]:
    return token.lefts


def _head_on_left(token: Token) -> Iterable[Token]:  # the token is a right child of its head
    return (token.head,) if token.head.i < token.i else ()


def _head_on_right(token: Token) -> Iterable[Token]:
    return (token.head,) if token.head.i > token.i else ()


# REL_OP -> (from the left node, the right nodes; from the right node, the left nodes), as the
# DependencyMatcher defines them ("A > B": B is a child of A; "A >++ B": a child right of A)
RELATIONS: dict[str, tuple[Callable, Callable]] = {
    ">": (_children, _head),
    "<": (_head, _children),
    ">>": (_descendants, _ancestors),
    "<<": (_ancestors, _descendants),
    ">++": (_right_children, _head_on_left),
    ">--": (_left_children, _head_on_right),
}


# token attributes whose node tests are read from ``Doc.to_array`` columns: a value, or {IN: [...]}
# (the ids the Matcher compares: string ids, part-of-speech symbols)
COLUMNS = ("LOWER", "LEMMA", "DEP", "POS", "TAG", "ORTH")


def column_tests(attrs: dict[str, Any]) -> list[tuple[str, numpy.ndarray]] | None:
    """A node's test as (column, the ids it may hold, sorted) pairs, or None for a test written
    otherwise."""
    tests = []
    for attr, value in attrs.items():
        column = "ORTH" if attr.upper() == "TEXT" else attr.upper()
        if isinstance(value, dict) and list(value) == ["IN"] and isinstance(value["IN"], list):
            value = value["IN"]
        elif isinstance(value, str):
            value = [value]
        else:
            return None
        if column not in COLUMNS or not all(isinstance(v, str) for v in value):
            return None
        ids = numpy.unique(numpy.array([get_string_id(v) for v in value], dtype=numpy.uint64))
        tests.append((column, ids))
    return tests


class Hits:
    """The tokens of a document passing each node test (by its key): sorted, to count and list
    those inside a stretch by bisection, and as sets, to test one token (searching a sentence
    does not copy the document's hits: that cost a tenth of the entity stage)."""

    def __init__(self, found: dict[int, list[int]], sets: dict[int, set[int]] | None = None):
        self.sorted = found
        self.sets = sets if sets is not None else {key: set(tokens) for key, tokens in found.items()}

    def passing(self, key: int) -> set[int]:
        return self.sets.get(key, _NONE)

    def within(self, key: int, span: range) -> list[int]:
        found = self.sorted.get(key, [])
        return found[bisect_left(found, span.start) : bisect_left(found, span.stop)]

    def count(self, key: int, span: range) -> int:
        found = self.sorted.get(key, [])
        return bisect_left(found, span.stop) - bisect_left(found, span.start)


_NONE: frozenset[int] = frozenset()


class TreePattern:
    """One alternative of a dependency pattern: its nodes' token tests (keys of the shared token
    ``Matcher``) and the relations between them, searched from any node."""

    def __init__(self, matcher: Matcher, key: str, nodes: list[dict[str, Any]]):
        self.ids = [node["RIGHT_ID"] for node in nodes]
        self.open = [not node.get("RIGHT_ATTRS") for node in nodes]
        self.keys = [matcher.vocab.strings.add(f"{key}/{n}") for n in range(len(nodes))]
        for n, node in enumerate(nodes):
            if not self.open[n]:
                matcher.add(self.keys[n], [[node["RIGHT_ATTRS"]]])
        self.edges: dict[int, list[tuple[int, Callable]]] = {n: [] for n in range(len(nodes))}
        self.searchable = not all(self.open)
        for n, node in enumerate(nodes[1:], start=1):
            relation = RELATIONS.get(node.get("REL_OP", ""))
            if relation is None or node.get("LEFT_ID") not in self.ids[:n]:
                self.searchable = False
                continue
            left = self.ids.index(node["LEFT_ID"])
            self.edges[left].append((n, relation[0]))
            self.edges[n].append((left, relation[1]))

    def matches(self, doc: Doc, span: range, hits: Hits) -> set[tuple[int, ...]]:
        """Every match inside ``span`` (document token offsets) as token offsets in node order;
        ``hits``: the document's tokens that pass each node test (by its key), searched from the
        node with the fewest inside ``span`` (the others are tested with ``token.i in span``)."""
        candidates = {n: hits.passing(key) for n, key in enumerate(self.keys) if not self.open[n]}
        first = min(candidates, key=lambda n: hits.count(self.keys[n], span))
        order, links = self._order(first)
        found: set[tuple[int, ...]] = set()
        chosen = [-1] * len(self.ids)

        def extend(step: int) -> None:
            if step == len(order):
                found.add(tuple(chosen))
                return
            n = order[step]
            source, relation = links[n]
            for token in relation(doc[chosen[source]]):
                if token.i in span and (self.open[n] or token.i in candidates[n]):
                    chosen[n] = token.i
                    extend(step + 1)
            chosen[n] = -1

        for i in hits.within(self.keys[first], span):
            chosen[first] = i
            extend(1)
        return found

    def possible(self, span: range, hits: Hits) -> bool:
        """Whether every node with a test has a token inside ``span`` that passes it."""
        return all(self.open[n] or hits.count(key, span) for n, key in enumerate(self.keys))

    def _order(self, first: int) -> tuple[list[int], dict[int, tuple[int, Callable]]]:
        """The nodes reached from ``first`` along the relations, each with the node and relation
        it is reached by."""
        order, links = [first], {}
        for n in order:
            for other, relation in self.edges[n]:
                if other not in links and other != first:
                    links[other] = (n, relation)
                    order.append(other)
        return order, links


class DependencySearch:
    """A dependency pattern's alternatives, with one token ``Matcher`` for all their node tests
    (the word-list tests, run in Python per token, are then tried once a token)."""

    def __init__(self, vocab: Vocab, name: str, alternatives: list[list[dict[str, Any]]]):
        self.matcher = Matcher(vocab)
        self.alternatives = [
            TreePattern(self.matcher, f"{name}#{n}", nodes) for n, nodes in enumerate(alternatives)
        ]
        self.searchable = all(p.searchable for p in self.alternatives)
        # the node tests as columns of ``Doc.to_array`` (numpy, no Python call a token) when
        # every test is written so; else the token Matcher runs them
        tests = {
            key: column_tests(node["RIGHT_ATTRS"])
            for pattern, nodes in zip(self.alternatives, alternatives, strict=True)
            for key, node, is_open in zip(pattern.keys, nodes, pattern.open, strict=True)
            if not is_open
        }
        self.tests = None if None in tests.values() else tests
        # each test by what it asks (its columns and ids), to share its tokens with every
        # pattern asking the same of the document
        self._asks = {
            key: tuple((c, ids.tobytes()) for c, ids in test) for key, test in (self.tests or {}).items()
        }
        self._memo = DocumentMemo()

    def _hits(self, doc: Doc) -> Hits:
        """The document's tokens passing each node test (a node test looks at its token alone, so
        a sentence's are the document's cut to it), kept for the document being read."""
        memo = self._memo.of(doc)
        if "sets" not in memo:
            if self.tests is None:
                memo["sets"] = Hits(self._document_hits(doc))
            else:
                tested = {key: tested_tokens(doc, self._asks[key], test) for key, test in self.tests.items()}
                memo["sets"] = Hits(
                    {k: t[0] for k, t in tested.items()}, {k: t[1] for k, t in tested.items()}
                )
        return memo["sets"]

    def _document_hits(self, doc: Doc) -> dict[int, list[int]]:
        """The tokens of the whole document passing each node test the token ``Matcher`` runs,
        sorted; found once for the document being read (the stages search it a sentence at a
        time, and testing every sentence again cost a quarter of the entity and quote stages)."""
        hits: dict[int, list[int]] = {}
        for key, start, _ in self.matcher(doc):
            hits.setdefault(key, []).append(start)
        return {key: sorted(set(found)) for key, found in hits.items()}

    def possible_in(self, doc: Doc) -> bool:
        """Whether some alternative has, for every node with a test, a token of the document
        that passes it: where none has, the pattern matches nothing in any stretch of the
        document, with either matcher (kept for the document being read)."""
        memo = self._memo.of(doc)
        if "possible" not in memo:
            hits, whole = self._hits(doc), range(len(doc))
            memo["possible"] = any(p.possible(whole, hits) for p in self.alternatives)
        return memo["possible"]

    def match(self, where: Doc | Span) -> set[tuple[int, ...]] | None:
        """The matches of all alternatives as document token offsets, or None where this search
        cannot stand in for the DependencyMatcher."""
        if not self.searchable:
            return None
        offset = where.start if isinstance(where, Span) else 0
        doc = where.doc if isinstance(where, Span) else where
        hits = self._hits(doc)
        span = range(offset, offset + len(where))
        # an alternative with a node no token of the stretch passes matches nothing there, with
        # either matcher: most sentences asked have no token for a pattern's rarest node
        possible = [p for p in self.alternatives if p.possible(span, hits)]
        if not possible:
            return set()
        if not within_one_tree(where):
            return None
        found: set[tuple[int, ...]] = set()
        for pattern in possible:
            found |= pattern.matches(doc, span, hits)
        return found


_PASSING = DocumentMemo()
_TESTED = DocumentMemo()


def tested_tokens(doc: Doc, asks: tuple, test: list[tuple[str, numpy.ndarray]]) -> tuple[list[int], set[int]]:
    """The document's tokens passing a node test written as columns (``asks``: what it asks, as
    a key), sorted and as a set, worked out once for every pattern asking the same (a role
    word, a dependency label): rebuilding them per pattern cost a tenth of the two stages."""
    memo = _TESTED.of(doc)
    if asks not in memo:
        passing = numpy.ones(len(doc), dtype=bool)
        for column, ids in test:
            passing &= column_passing(doc, column, ids)
        found = numpy.flatnonzero(passing).tolist()
        memo[asks] = (found, set(found))
    return memo[asks]


def column_passing(doc: Doc, column: str, ids: numpy.ndarray) -> numpy.ndarray:
    """Which tokens of the document being read hold one of ``ids`` (sorted: each value found by
    bisection) in ``column``, worked out once: the patterns share most tests (75 tests, 24
    different ones: a role word, a dependency label), and each cost a few numpy calls."""
    memo = _PASSING.of(doc)
    key = (column, ids.tobytes())
    if key not in memo:
        if column not in memo:
            memo[column] = doc.to_array(column)
        values = memo[column]
        memo[key] = ids[numpy.minimum(numpy.searchsorted(ids, values), len(ids) - 1)] == values
    return memo[key]


def within_one_tree(where: Doc | Span) -> bool:
    """A span no dependency arc leaves (a sentence); the whole document always."""
    if isinstance(where, Doc):
        return True
    return all(where.start <= t.head.i < where.end for t in where)
