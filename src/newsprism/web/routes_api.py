"""The JSON API under /api: every list is paged (``items``, ``total``, ``next``)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Query, Request
from fastapi.responses import JSONResponse, Response

from newsprism.api import PREVIEW_ARTICLES, STORY_SORTS, Corpus, Page
from newsprism.web import params, schemas, views

TIMELINE_ROWS = 40  # rows of the timeline the compare API returns by default
ERRORS = {
    400: {"model": schemas.ErrorOut, "description": "An ambiguous id prefix or a bad cursor"},
    404: {"model": schemas.ErrorOut, "description": "No such item"},
    422: {"model": schemas.ErrorOut, "description": "Bad parameters"},
}


def next_link(request: Request, page: Page, limit: int) -> str | None:
    """This URL with the next page's cursor (and no offset); None on the last page."""
    if not page.next:
        return None
    url = request.url.remove_query_params(["offset", "after"])
    return str(url.include_query_params(after=page.next, limit=limit))


def paged(request: Request, page: Page, limit: int) -> dict[str, Any]:
    """The page as the API sends it; ``total_capped`` says ``total`` is only a lower bound."""
    link = next_link(request, page, limit)
    return {"items": page.items, "total": page.total, "next": link, "total_capped": page.total_capped}


def to_json(page: Page) -> Page:
    page.items = [item.to_json() for item in page.items]
    return page


def add_api_routes(app: FastAPI, corpus: Corpus) -> None:
    @app.get("/api/articles", response_model=schemas.ArticlePage, tags=["api"], responses=ERRORS)
    def api_articles(
        request: Request,
        outlet: str | None = params.outlet(),
        status: str | None = Query(None, pattern="^(ok|failed)$", description="ok or failed"),
        since: str | None = params.since(),
        until: str | None = params.until(),
        limit: int = params.limit(),
        after: str | None = params.after(),
        offset: int = params.offset(),
    ) -> dict[str, Any]:
        """Stored articles, oldest stored first. An item's ``text`` is its lead (at most 300
        characters; ``text_truncated`` says whether it goes on, ``text_url`` is the whole article)."""
        dates = params.real_dates(since=since, until=until)
        page = corpus.article_lead_page(limit, after, offset, outlet=outlet, status=status, **dates)
        for item in page.items:
            whole = f"/api/articles/{quote(item['article_id'], safe='')}"
            item["text_url"] = str(request.url.replace(path=whole, query=""))
        return paged(request, page, limit)

    @app.get(
        "/api/articles/{article_id}", response_model=schemas.ArticleDetail, tags=["api"], responses=ERRORS
    )
    def api_article(article_id: str) -> dict[str, Any]:
        """One article (by id or unique id prefix) with its quotes, entity mentions and events."""
        view = views.article_view(corpus, article_id)
        return view["article"] | {k: view[k] for k in ("quotes", "mentions", "events")}

    @app.get("/api/quotes", response_model=schemas.QuotePage, tags=["api"], responses=ERRORS)
    def api_quotes(
        request: Request,
        speaker: str | None = Query(None, max_length=200, description="Speaker name or part of it"),
        entity: str | None = Query(
            None, max_length=200, description="Only quotes of this entity (id, unique id prefix or name)"
        ),
        outlet: str | None = params.outlet(),
        q: str | None = Query(None, max_length=500, description="Words in the quote"),
        since: str | None = params.since(),
        until: str | None = params.until(),
        limit: int = params.limit(),
        after: str | None = params.after(),
        offset: int = params.offset(),
    ) -> dict[str, Any]:
        """Quotes with their speakers, by article id and in text order within an article."""
        dates = params.real_dates(since=since, until=until)
        entity_id = corpus.entity(entity).entity_id if entity else None
        filters = {"speaker": speaker, "speaker_entity_id": entity_id, "outlet": outlet, "text": q}
        return paged(request, to_json(corpus.quote_page(limit, after, offset, **filters, **dates)), limit)

    @app.get("/api/entities", response_model=schemas.EntityPage, tags=["api"], responses=ERRORS)
    def api_entities(
        request: Request,
        type: str | None = Query(None, pattern="^[A-Za-z_]{2,16}$", description="PERSON, ORG, GPE..."),
        min_mentions: int = Query(0, ge=0, description="At least this many mentions"),
        limit: int = params.limit(),
        after: str | None = params.after(),
        offset: int = params.offset(),
    ) -> dict[str, Any]:
        """Entities across the corpus, most mentioned first."""
        page = corpus.entity_page(limit, after, offset, type=type, min_mentions=min_mentions)
        return paged(request, to_json(page), limit)

    @app.get("/api/entities/{entity_id}", response_model=schemas.EntityDetail, tags=["api"], responses=ERRORS)
    def api_entity(
        request: Request,
        entity_id: str,
        quote_limit: int = params.limit(),
        quotes_after: str | None = params.after(),
    ) -> dict[str, Any]:
        """An entity, by id, unique id prefix, name or alias (the best-supported one): the keys of
        the entities list, then ``outlets`` (articles per outlet), a page of its ``quotes`` with
        ``quote_count`` and ``quotes_next`` (the next page), ``co_occurring``, ``mentioned_in``,
        ``over_time`` (mentions and quotes by outlet and date) and ``also`` (other entities the
        name fits)."""
        view = views.entity_view(corpus, entity_id, quote_limit=quote_limit, quotes_after=quotes_after)
        cursor = view.pop("quotes_next")
        view["quotes_next"] = (
            str(request.url.include_query_params(quotes_after=cursor, quote_limit=quote_limit))
            if cursor
            else None
        )
        return view

    @app.get(
        "/api/entities/{entity_id}/timeline",
        response_model=schemas.TimelinePage,
        tags=["api"],
        responses=ERRORS,
    )
    def api_entity_timeline(
        request: Request,
        entity_id: str,
        articles: int = Query(200, ge=1, le=1000, description="Articles a page is made from"),
        limit: int | None = Query(
            None, ge=1, le=params.MAX_PAGE, description="Only the rows most outlets reported"
        ),
        quotes: bool = Query(False, description="Statements too, grouped across outlets"),
        after: str | None = params.after(),
    ) -> dict[str, Any]:
        """An entity's timeline a page at a time: the happenings (events, and statements with
        ``quotes=true``) that its ``articles`` newest articles report, in date order; ``next`` goes on
        with older articles. A page costs what its articles cost, however often the entity is named."""
        page = corpus.entity_timeline_page(entity_id, after, articles, limit=limit, quotes=quotes)
        url = request.url.remove_query_params(["after"])
        following = str(url.include_query_params(after=page.next)) if page.next else None
        return {"items": [row.to_json() for row in page.items], "next": following, "articles": page.total}

    @app.get("/api/events", response_model=schemas.EventPage, tags=["api"], responses=ERRORS)
    def api_events(
        request: Request,
        type: str | None = Query(None, pattern="^[A-Za-z_]{2,24}$", description="PLOVER type, e.g. CONSULT"),
        actor: str | None = Query(None, max_length=200, description="Actor name or part of it"),
        article: str | None = Query(
            None, max_length=200, description="Only this article (id or unique prefix)"
        ),
        since: str | None = params.since("Event date"),
        until: str | None = params.until("Event date"),
        limit: int = params.limit(),
        after: str | None = params.after(),
        offset: int = params.offset(),
    ) -> dict[str, Any]:
        """Events (who did what to whom, and when), by date."""
        dates = params.real_dates(since=since, until=until)
        article_ids = [corpus.resolve_id("article", article)] if article else None
        filters = {"type": type, "actor": actor, "article_ids": article_ids, **dates}
        return paged(request, to_json(corpus.event_page(limit, after, offset, **filters)), limit)

    @app.get("/api/stories", response_model=schemas.StoryPage, tags=["api"], responses=ERRORS)
    def api_stories(
        request: Request,
        sort: str = Query(
            "newest", pattern="^(" + "|".join(STORY_SORTS) + ")$", description="newest or outlets"
        ),
        min_outlets: int = Query(0, ge=0, le=10**6, description="Only stories told by this many outlets"),
        outlet: str | None = params.outlet(),
        since: str | None = params.since("Last reported"),
        until: str | None = params.until("First reported"),
        storyline: str | None = Query(None, max_length=64, description="Only the stories of this storyline"),
        articles: int = Query(
            PREVIEW_ARTICLES,
            ge=0,
            le=params.MAX_PAGE,
            description="Member articles an item lists, earliest first",
        ),
        limit: int = params.limit(),
        after: str | None = params.after(),
        offset: int = params.offset(),
    ) -> dict[str, Any]:
        """Stories (articles about one event across outlets), newest first or most outlets first;
        ``storyline`` gives one storyline's stories (each story has a ``storyline_id``). An item's
        ``articles`` are its first few members by date (``articles_truncated`` says whether it has
        more, ``article_count`` how many, ``articles=N`` how many to list; ``story_url`` is the whole
        story)."""
        dates = params.real_dates(since=since, until=until)
        filters = {
            "sort": sort,
            "min_outlets": min_outlets,
            "outlet": outlet,
            "storyline": storyline,
            **dates,
        }
        page = corpus.story_list_page(limit, after, offset, preview=articles, **filters)
        for item in page.items:
            whole = f"/api/stories/{quote(item['story_id'], safe='')}"
            item["story_url"] = str(request.url.replace(path=whole, query=""))
        return paged(request, page, limit)

    @app.get("/api/stories/{story_id}", response_model=schemas.StoryOut, tags=["api"], responses=ERRORS)
    def api_story(story_id: str) -> dict[str, Any]:
        """One story, by id or unique id prefix."""
        return corpus.story(story_id).to_json()

    @app.get(
        "/api/stories/{story_id}/compare",
        response_model=schemas.StoryComparison,
        tags=["api"],
        responses=ERRORS,
    )
    def api_compare(
        story_id: str,
        everything: bool = Query(False, alias="all", description="Every difference, not the top few"),
    ) -> Response:
        """How each outlet told one story (the ``newsprism compare`` answer): ``outlets``, each with
        headlines, quotes by speaker, entities, labelling words, ``distinct`` statements and
        ``loaded`` words (offsets into the article text), ``sources``, ``last_word``,
        ``paraphrases``, what only it carries (``only_here``) and what most others carry that it
        leaves out (``missing_here``); ``label_differences``; ``key_events``; ``shared_quotes``;
        and the ``timeline`` of events and quotes across outlets. ``?all=true`` lifts the caps."""
        story_id = corpus.resolve_id("story", story_id)

        def answer(_corpus: Corpus, sid: str) -> bytes:
            view = views.story_view(corpus, sid, full=everything)
            timeline = view["timeline"]
            if not everything:  # the rows most outlets report, in date order: 20 articles stay under 300 kB
                widest = sorted(timeline, key=lambda row: -len(row["outlets"]))[:TIMELINE_ROWS]
                timeline = [row for row in timeline if any(row is kept for kept in widest)]
            data = view.get("compare", view) | {"timeline": timeline}
            # What FastAPI would send through the response model, serialized once.
            shaped = schemas.StoryComparison.model_validate(data).model_dump(mode="json", by_alias=True)
            return JSONResponse(shaped).body

        # Kept as JSON per version of the story: checking and encoding 250 kB cost more than reading it.
        kind = "compare_json_all" if everything else "compare_json"
        return Response(corpus.story_answer(story_id, kind, answer), media_type="application/json")

    @app.get("/api/search", response_model=schemas.SearchPage, tags=["api"], responses=ERRORS)
    def api_search(
        request: Request,
        q: str = Query(..., min_length=1, max_length=500, description='Words, "a phrase", or prefix*'),
        limit: int = params.limit(),
        after: str | None = params.after(),
        offset: int = params.offset(),
    ) -> dict[str, Any]:
        """Full-text search over article titles and text and over quotes and speakers, best first
        (past 10,000 matches: matching articles, then quotes, the last stored first)."""
        return paged(request, corpus.search(q, limit=limit, offset=offset, after=after), limit)
