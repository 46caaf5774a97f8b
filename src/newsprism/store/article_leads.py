"""Articles as lists show them: a lead of the text, not the whole (cut in the database)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from newsprism.models import Article
from newsprism.store.queries import Listing, article_keys, article_span, filter_articles, row_maker
from newsprism.store.schema import articles_table


def article_leads(lead: int, newest_first: bool = False, **filters: Any) -> Listing:
    """``articles`` as a list shows them: each item ``Article.to_json()`` with ``text`` cut to its
    first ``lead`` characters (at a word end, "…" added), ``text_truncated`` saying whether it was
    cut and ``words`` the whole text's count. The cut is made in the database, so a page of long
    articles never carries their texts (167 kB a page of 50 at 200,000 synthetic articles)."""
    a = articles_table
    kept = [c for c in a.c if c.name not in ("raw_text", "text")]
    # One character more than shown tells whether there is more.
    head = func.substr(a.c.text, 1, lead + 1).label("text")
    query = filter_articles(select(*kept, head), **filters)
    keys, few = article_keys(newest_first, filters.get("since"), filters.get("until"))
    make_article = row_maker(Article)

    def make(data: dict[str, Any]) -> dict[str, Any]:
        text = data.get("text") or ""
        item = make_article(data).to_json()
        item["text"], item["text_truncated"] = cut_lead(text, lead)
        item["words"] = data.get("words") or 0
        return item

    return Listing(query, keys, make, few_keys=few, span=article_span(**filters))


def cut_lead(text: str, lead: int) -> tuple[str, bool]:
    """The first ``lead`` characters of ``text`` ending at a word end ("…" added), and whether
    anything was cut."""
    if len(text) <= lead:
        return text, False
    cut = text[:lead]
    at_space = cut.rstrip().rfind(" ")
    if at_space > lead // 2:
        cut = cut[:at_space]
    return cut.rstrip() + "…", True
