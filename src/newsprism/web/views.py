"""What each page shows, gathered through the library (``newsprism.api.Corpus``) as plain dicts
(the JSON API returns the same). Pages and API routes call these; templates only lay them out.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict
from pathlib import Path
from typing import Any
from urllib.parse import quote as quote_url

from markupsafe import Markup, escape

from newsprism.api import Corpus
from newsprism.models import Article, Entity, Mention, Quote
from newsprism.quotes.group_form import group_form
from newsprism.stories.compare import compare_loaded

# Omissions listed per outlet, and speakers and entities shown per outlet.
TOP_PER_OUTLET = 8
# What an article without an outlet counts under (the compare stage uses the same name).
NO_OUTLET = "unknown"
# Articles an entity's page lists, newest first (``mentioned_in_count`` has how many there are).
MENTIONED_IN_SHOWN = 200


def outlet_of(article: Article | None) -> str:
    """The outlet an article counts under."""
    return (article.outlet if article else None) or NO_OUTLET


def title_of(article: Article) -> str:
    """An article's title; an untitled one is called by its file's name, never by a full path."""
    return article.title or Path(article.source).name or article.source


def _entity_names(corpus: Corpus, mentions: list[Mention]) -> dict[str, Entity]:
    ids = sorted({m.entity_id for m in mentions if m.entity_id})
    return {e.entity_id: e for e in corpus.entities(ids=ids)} if ids else {}


def _mention_key(mention: Mention, entities: dict[str, Entity]) -> tuple[str, str | None]:
    """(display name, entity id) of a mention: the canonical entity when linked."""
    if mention.entity_id and mention.entity_id in entities:
        return entities[mention.entity_id].name, mention.entity_id
    return mention.local_name or mention.text, None


# ---- story -----------------------------------------------------------------------------------


def story_view(corpus: Corpus, story_id: str, full: bool = False) -> dict[str, Any]:
    """A story's outlets side by side: headlines, whom each quotes, what each leaves out, timeline.
    Computed once per version of the story (``Corpus.story_answer``): the view is shared."""
    story_id = corpus.resolve_id("story", story_id)
    kind = "story_view_full" if full else "story_view"
    return corpus.story_answer(story_id, kind, lambda c, sid: _story_view(c, sid, full))


def _story_view(corpus: Corpus, story_id: str, full: bool = False) -> dict[str, Any]:
    story = corpus.story(story_id)
    story_id = story.story_id
    articles = list(corpus.articles(ids=story.articles))
    by_id = {a.article_id: a for a in articles}
    quotes = list(corpus.quotes(article_ids=story.articles))
    mentions = corpus.mentions(article_ids=story.articles)
    entities = _entity_names(corpus, mentions)

    outlets: dict[str, dict[str, Any]] = {}
    for article in sorted(articles, key=lambda a: (a.published or "", a.title or "")):
        column = outlets.setdefault(
            outlet_of(article), {"outlet": outlet_of(article), "articles": [], "speakers": Counter()}
        )
        column["articles"].append(
            {
                "article_id": article.article_id,
                "title": title_of(article),
                "published": article.published,
                "words": article.word_count,
                "duplicate_of": article.duplicate_of,
            }
        )
    for quote in quotes:
        name = quote.speaker or group_form(quote.speaker_mention) or "unattributed"
        outlets[outlet_of(by_id.get(quote.article_id))]["speakers"][(name, quote.speaker_entity_id)] += 1

    named: dict[str, dict[tuple[str, str | None], int]] = defaultdict(Counter)
    for mention in mentions:
        named[outlet_of(by_id.get(mention.article_id))][_mention_key(mention, entities)] += 1

    columns = []
    for name, column in outlets.items():
        others = [other for other in outlets if other != name]
        # Left out: named by other outlets (most outlets first), under no name this outlet uses.
        elsewhere = Counter(key for other in others for key in named[other])
        own_names = {n.lower() for n, _ in named[name]}
        omitted = [key for key, _ in elsewhere.most_common() if key[0].lower() not in own_names]
        columns.append(
            {
                "outlet": name,
                "articles": column["articles"],
                "speakers": [
                    {"name": n, "entity_id": eid, "quotes": count}
                    for (n, eid), count in column["speakers"].most_common()
                ],
                "entities": [
                    {"name": n, "entity_id": eid, "mentions": count}
                    for (n, eid), count in Counter(named[name]).most_common(TOP_PER_OUTLET)
                ],
                "omissions": [{"name": n, "entity_id": eid} for n, eid in omitted[:TOP_PER_OUTLET]],
                "labels": {},
                "only_here": {},
                "missing_here": {},
            }
        )
    # The comparison and the timeline read the rows already read here, not the story again (the
    # page's time budget).
    told = list(corpus.events(article_ids=story.articles, happenings=True))
    timeline = corpus.timeline(story=story_id, limit=30, quotes=True, facts=(told, quotes))
    view = {
        "story": story.to_json(),
        "outlets": columns,
        "timeline": [row.to_json() for row in timeline],
        "label_differences": [],
    }
    speakers = sorted({q.speaker_entity_id for q in quotes if q.speaker_entity_id} - set(entities))
    entities.update({e.entity_id: e for e in corpus.entities(ids=speakers)} if speakers else {})
    names = {entity_id: found.name for entity_id, found in entities.items()}
    view["compare"] = compare_loaded(  # timeline-only happenings serve its key events alone
        story, articles, quotes, mentions, told, names, full=full
    )
    _merge_compare(view, view["compare"])
    return view


def _merge_compare(view: dict[str, Any], compared: dict[str, Any]) -> None:
    """Take the compare stage's finer answer per outlet: labelling words, what it alone carries,
    and what it leaves out (quotes, names and events the other outlets have)."""
    by_outlet = {row["outlet"]: row for row in compared.get("outlets", [])}
    for column in view["outlets"]:
        found = by_outlet.get(column["outlet"])
        if found is None:
            continue
        for key in ("labels", "only_here", "missing_here", "distinct", "loaded", "sources", "last_word"):
            column[key] = found.get(key, column.get(key, {}))
        column["paraphrases"] = found.get("paraphrases", [])
        column["more"] = found.get("more", {})
        names = column["missing_here"].get("entities")
        if names is not None:
            column["omissions"] = [{"name": name, "entity_id": None} for name in names]
    view["label_differences"] = compared.get("label_differences", [])


# ---- entity ----------------------------------------------------------------------------------


def entity_view(
    corpus: Corpus,
    name_or_id: str,
    quote_limit: int = 50,
    quote_offset: int = 0,
    quotes_after: str | None = None,
) -> dict[str, Any]:
    """An entity (Entity.to_json() keys) with its outlets, one page of its quotes (``quotes``,
    ``quote_count``, ``quotes_next``: the cursor of the next page), co-occurring entities, the
    articles it is in (``mentioned_in``), mentions and quotes by outlet and date (``over_time``),
    and ``also``: other entities its name fits when it was looked up by an ambiguous name.
    """
    view = corpus.entity_profile(name_or_id, quote_limit=0)
    entity_id = view["entity_id"]
    page = corpus.quote_page(
        limit=quote_limit, after=quotes_after, offset=quote_offset, speaker_entity_id=entity_id
    )
    articles = {a.article_id: a for a in corpus.articles(ids=sorted({q.article_id for q in page.items}))}
    # Counted in the database: a much-named person has tens of thousands of mentions.
    over_time: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for outlet, day, kind, count in corpus.entity_activity(entity_id):
        over_time[outlet or NO_OUTLET][day][kind] += count
    view["outlets"] = {name or NO_OUTLET: n for name, n in (view.get("outlets") or {}).items()}
    view["quotes"] = [quote_row(q, articles.get(q.article_id)) for q in page.items]
    view.setdefault("quote_count", page.total)  # the profile's own count is exact (an index range)
    view["quote_offset"] = page.offset
    view["quotes_next"] = page.next
    latest, view["mentioned_in_count"] = corpus.entity_articles(entity_id, limit=MENTIONED_IN_SHOWN)
    view["mentioned_in"] = [
        {
            "article_id": row["article_id"],
            "title": row["title"] or Path(row["source"]).name or row["source"],
            "outlet": row["outlet"] or NO_OUTLET,
            "published": row["published"],
        }
        for row in latest
    ]
    view["over_time"] = {name: {day: dict(c) for day, c in days.items()} for name, days in over_time.items()}
    return view


def quote_row(quote: Quote, article: Article | None) -> dict[str, Any]:
    row = quote.to_json()
    row["outlet"] = outlet_of(article)
    row["published"] = article.published if article else None
    row["title"] = title_of(article) if article else None
    return row


# ---- article ---------------------------------------------------------------------------------


def article_view(corpus: Corpus, article_id: str) -> dict[str, Any]:
    """An article (by id or unique id prefix) with its quotes, mentions and events."""
    article = corpus.article(article_id)
    article_id = article.article_id
    quotes = list(corpus.quotes(article_ids=[article_id]))
    mentions = corpus.mentions(article_ids=[article_id])
    events = list(corpus.events(article_ids=[article_id]))
    entities = _entity_names(corpus, mentions)
    named = Counter(_mention_key(m, entities) for m in mentions)
    return {
        "article": article.to_json(),
        "title": title_of(article),
        "quotes": [q.to_json() for q in quotes],
        "mentions": [asdict(m) | {"name": _mention_key(m, entities)[0]} for m in mentions],
        "events": [e.to_json() for e in events],
        "entities": [{"name": n, "entity_id": eid, "mentions": c} for (n, eid), c in named.most_common()],
    }


# Nesting order of marks: a quote holds speakers and entities, never the other way round.
_LAYER = {"quote": 0, "speaker": 1, "entity": 2}


def highlight(text: str, quotes: list[dict[str, Any]], mentions: list[dict[str, Any]]) -> Markup:
    """The clean text with quotes, speakers and entities marked at their character offsets.

    The text is cut at every span boundary and each piece is escaped on its own, so hostile text
    can never open or close a tag; overlapping spans just nest their marks per piece.
    """
    spans: list[tuple[int, int, str, dict[str, Any]]] = []
    size = len(text)
    for quote in quotes:
        spans.append((quote["start"], quote["end"], "quote", quote))
        if quote.get("speaker_start") is not None and quote.get("speaker_end") is not None:
            spans.append((quote["speaker_start"], quote["speaker_end"], "speaker", quote))
    for mention in mentions:
        spans.append((mention["start"], mention["end"], "entity", mention))
    spans = [s for s in spans if 0 <= s[0] < s[1] <= size]
    cuts = sorted({0, size} | {s[0] for s in spans} | {s[1] for s in spans})
    spans.sort(key=lambda s: (s[0], _LAYER[s[2]]))

    pieces: list[str] = []
    active: list[tuple[int, int, str, dict[str, Any]]] = []
    next_span = 0
    for left, right in zip(cuts, cuts[1:], strict=False):
        active = [s for s in active if s[1] > left]
        while next_span < len(spans) and spans[next_span][0] <= left:
            if spans[next_span][1] > left:
                active.append(spans[next_span])
            next_span += 1
        piece = str(escape(text[left:right]))
        for _, _, layer, item in sorted(active, key=lambda s: _LAYER[s[2]], reverse=True):
            piece = _wrap(piece, layer, item)
        pieces.append(piece)
    return Markup("".join(pieces))


def _wrap(piece: str, layer: str, item: dict[str, Any]) -> str:
    if layer == "quote":
        speaker = item.get("speaker") or group_form(item.get("speaker_mention")) or "unattributed"
        return f'<mark class="quote" title="{escape(speaker)}">{piece}</mark>'
    if layer == "speaker":
        return f'<span class="speaker">{piece}</span>'
    label = escape(item.get("label") or "")
    if item.get("entity_id"):
        href = "/entities/" + quote_url(item["entity_id"], safe="")
        return f'<a class="ent ent-{label}" href="{escape(href)}">{piece}</a>'
    return f'<span class="ent ent-{label}">{piece}</span>'
