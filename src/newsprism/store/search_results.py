"""What every search backend hands back: result items with snippets, and keyset cursors.

A search page is read after a cursor holding the last hit's place in the order the backend
used: ``[mode, kind, *keys]``, where ``mode`` is ``"r"`` (ranked: keys are the rank and the
item's id), ``"n"`` (many matches, newest first: the keys of the index that order walks) or
``"l"`` (the portable substring search). A cursor keeps its mode, so a reader's next page follows
the order its first page used even when the number of matches has since crossed the line
between ranking and listing the newest first.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import fields
from typing import Any

from sqlalchemy import select

from newsprism.errors import UsageError
from newsprism.models import Article, Quote
from newsprism.store.pages import encode_cursor
from newsprism.store.schema import articles_table, quotes_table

# Snippet markers: control characters that clean text does not contain.
OPEN, CLOSE = "\x02", "\x03"
SNIPPET_WORDS = 24
KINDS = ("article", "quote")

# A hit as the backends find it: (kind, item id, article id, score, marked snippet, place), its
# place being the cursor values ``[mode, kind, *keys]`` that the next page starts after.
Hit = tuple[str, str, str, float, str, list[Any]]


def next_cursor(hits: list[Hit], limit: int) -> str | None:
    """The cursor after the page's last hit, when the backend found more (it reads one extra)."""
    return encode_cursor(hits[limit - 1][5]) if len(hits) > limit and limit > 0 else None


def read_cursor(after: str, sizes: dict[tuple[str, str], int]) -> tuple[str, str, list[Any]]:
    """``(mode, kind, keys)`` of a cursor; ``sizes`` gives how many keys each (mode, kind) has.
    A cursor this search did not give out is a usage error."""
    try:
        values = json.loads(base64.urlsafe_b64decode(after + "=" * (-len(after) % 4)))
    except (binascii.Error, ValueError):
        values = None
    if (
        isinstance(values, list)
        and len(values) >= 2
        and sizes.get((values[0], values[1])) == len(values) - 2
        and all(isinstance(v, str | int | float) and not isinstance(v, bool) for v in values)
    ):
        return values[0], values[1], values[2:]
    raise UsageError(f"after={after!r} is not a cursor this search gave out")


def cursor_mode(place: tuple | None, found: int, ranked_most: int) -> str:
    """The order of a page: the cursor's own, else ranked ("r") when at most ``ranked_most``
    match, else the newest first ("n"). A ranked cursor whose matches have since grown far past
    what is ranked is refused rather than ranking them all."""
    if place is None:
        return "r" if found <= ranked_most else "n"
    if place[0] == "r" and found > 2 * ranked_most:
        raise UsageError("the matches of this search have changed too much to go on: start again")
    return place[0]


def unmark(snippet: str) -> tuple[str, list[list[int]]]:
    """The snippet without markers, and the [start, end] of each marked stretch in it."""
    plain: list[str] = []
    spans: list[list[int]] = []
    length = 0
    for piece in re.split(f"([{OPEN}{CLOSE}])", snippet or ""):
        if piece == OPEN:
            spans.append([length, length])
        elif piece == CLOSE:
            if spans:
                spans[-1][1] = length
        else:
            plain.append(piece)
            length += len(piece)
    return "".join(plain).replace("\n", " "), [s for s in spans if s[1] > s[0]]


def result_items(store: Any, found: list[Hit]) -> list[dict[str, Any]]:
    """The hits as result items. An item's ``article`` has every key of Article.to_json() but an
    empty ``text`` (``words`` is the stored count): the snippet carries the matched words, and a
    page of hits stays a few kilobytes however long the articles (GET /api/articles/{id} has the
    text). Only the hits' own rows are read."""
    article_ids = sorted({hit[2] for hit in found})
    quote_ids = sorted({hit[1] for hit in found if hit[0] == "quote"})
    articles = _article_summaries(store, article_ids)
    quotes = _quotes_by_id(store, quote_ids)
    items = []
    for kind, item_id, article_id, score, snippet, _keys in found:
        article = articles.get(article_id)
        if article is None:
            continue
        plain, highlights = unmark(snippet)
        item: dict[str, Any] = {
            "kind": kind,
            "score": round(score, 4),
            "snippet": plain,
            "highlights": highlights,
            "article": article,
        }
        if kind == "quote":
            if item_id not in quotes:
                continue
            item["quote"] = quotes[item_id].to_json()
        items.append(item)
    return items


def _article_summaries(store: Any, article_ids: list[str]) -> dict[str, dict[str, Any]]:
    a = articles_table
    columns = [c for c in a.c if c.name not in ("text", "raw_text")]
    known = {f.name for f in fields(Article)}
    found: dict[str, dict[str, Any]] = {}
    with store.engine.connect() as conn:
        for start in range(0, len(article_ids), 500):
            for row in conn.execute(
                select(*columns).where(a.c.article_id.in_(article_ids[start : start + 500]))
            ):
                data = dict(row._mapping)
                words = data.pop("words", 0)
                summary = Article(text="", **{k: v for k, v in data.items() if k in known}).to_json()
                found[row.article_id] = summary | {"words": words}
    return found


def _quotes_by_id(store: Any, quote_ids: list[str]) -> dict[str, Quote]:
    q, a = quotes_table, articles_table
    found: dict[str, Quote] = {}
    known = {f.name for f in fields(Quote)}
    with store.engine.connect() as conn:
        for start in range(0, len(quote_ids), 500):
            query = (
                select(q, a.c.source)
                .join(a, a.c.article_id == q.c.article_id)
                .where(q.c.quote_id.in_(quote_ids[start : start + 500]))
            )
            for row in conn.execute(query):
                found[row.quote_id] = Quote(**{k: v for k, v in row._mapping.items() if k in known})
    return found
