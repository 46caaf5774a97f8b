"""The HTML pages: stories, one story, an entity, an article, quote search, full-text search."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse

from newsprism.api import STORY_SORTS, Corpus, Page
from newsprism.web import charts, params, views

PAGE = 50
SEARCH_PAGE = 30
# The home page's time windows, in days up to the newest story ("all": no window).
WINDOWS = {"7": 7, "30": 30, "365": 365, "all": None}
DEFAULT_WINDOW = "30"


def window_start(corpus: Corpus, window: str) -> str | None:
    """The first day of ``window`` counted back from the newest story (corpora are often old)."""
    days = WINDOWS[window]
    if days is None:
        return None
    newest = next(iter(corpus.story_list_page(limit=1, sort="newest").items), None)
    latest = newest and (newest["last_published"] or newest["first_published"])
    if not latest:
        return None
    return (date.fromisoformat(latest) - timedelta(days=days - 1)).isoformat()


def add_page_routes(app: FastAPI, corpus: Corpus, render: Callable[..., HTMLResponse]) -> None:
    @app.get("/", response_class=HTMLResponse, tags=["pages"])
    def home(
        request: Request,
        sort: str = Query("outlets", pattern="^(" + "|".join(STORY_SORTS) + ")$"),
        window: str = Query(DEFAULT_WINDOW, pattern="^(" + "|".join(WINDOWS) + ")$"),
        min_outlets: int = Query(0, ge=0, le=10**6),
        offset: int = params.offset(),
        after: str | None = params.after(),
        at: int = params.position(),
    ) -> HTMLResponse:
        """Stories, the biggest (most outlets) of the last 30 days first; recent articles and top
        entities."""
        since = window_start(corpus, window)
        filters = {"sort": sort, "min_outlets": min_outlets, "since": since, "undated": True}
        page = corpus.story_list_page(PAGE, after, offset, **filters)
        everything = corpus.story_list_page(1).total if not page.total else page.total
        recent = corpus.article_page(20, status="ok", newest_first=True).items
        return render(
            request,
            "home.html",
            stories=page.items,
            total=page.total,
            capped=page.total_capped,
            next=page.next,
            all_stories=everything,
            offset=at if after else offset,
            limit=PAGE,
            sort=sort,
            window=window,
            windows=list(WINDOWS),
            since=since,
            min_outlets=min_outlets,
            recent=recent,
            top=list(corpus.entities(limit=20)),
        )

    @app.get("/stories/{story_id}", response_class=HTMLResponse, tags=["pages"])
    def story_page(
        request: Request,
        story_id: str,
        everything: bool = Query(False, alias="all", description="Every difference, not the top few"),
    ) -> HTMLResponse:
        """A story's outlets side by side, with charts and the timeline; ``?all=true`` lists every
        difference (the "all N" links of each outlet's lists)."""
        story_id = corpus.resolve_id("story", story_id)

        def page(_corpus: Corpus, sid: str) -> bytes:  # the page shows nothing else of the request
            view = views.story_view(corpus, sid, full=everything)
            return render(
                request, "story.html", view=view, charts=charts.story_charts(view), everything=everything
            ).body

        # Rendered once per version of the story: a big story's page is 200 kB of HTML.
        kind = "story_page_full" if everything else "story_page"
        return HTMLResponse(corpus.story_answer(story_id, kind, page))

    @app.get("/entities/{entity_id}", response_class=HTMLResponse, tags=["pages"])
    def entity_page(
        request: Request,
        entity_id: str,
        offset: int = params.offset(),
        after: str | None = params.after(),
        at: int = params.position(),
    ) -> HTMLResponse:
        """An entity: aliases, roles, its quotes a page at a time, outlets, and mentions over time."""
        view = views.entity_view(corpus, entity_id, quote_limit=PAGE, quote_offset=offset, quotes_after=after)
        if after:
            view["quote_offset"] = at
        return render(request, "entity.html", view=view, chart=charts.entity_chart(view), limit=PAGE)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, tags=["pages"])
    def article_page(request: Request, article_id: str) -> HTMLResponse:
        """An article with its quotes and entities marked in the text."""
        view = views.article_view(corpus, article_id)
        body = views.highlight(view["article"]["text"], view["quotes"], view["mentions"])
        url = view["article"].get("url") or ""
        safe_url = url if url.startswith(("http://", "https://")) else None
        return render(request, "article.html", view=view, body=body, url=safe_url)

    @app.get("/quotes", response_class=HTMLResponse, tags=["pages"])
    def quotes_page(
        request: Request,
        q: str | None = Query(None, max_length=500),
        speaker: str | None = Query(None, max_length=200),
        outlet: str | None = params.outlet(),
        since: str | None = params.since(form=True),
        until: str | None = params.until(form=True),
        offset: int = params.offset(),
        after: str | None = params.after(),
        at: int = params.position(),
    ) -> HTMLResponse:
        """Quote search: words in the quote, speaker, outlet and dates."""
        dates = params.real_dates(since=since, until=until)
        filters = {"speaker": speaker, "outlet": outlet, "text": q}
        page = corpus.quote_page(PAGE, after, offset, **filters, **dates)
        ids = sorted({x.article_id for x in page.items})
        articles = {a.article_id: a for a in corpus.articles(ids=ids)} if ids else {}
        rows = [views.quote_row(x, articles.get(x.article_id)) for x in page.items]
        form = {"q": q, "speaker": speaker, "outlet": outlet, **dates}
        return render(
            request,
            "quotes.html",
            rows=rows,
            total=page.total,
            capped=page.total_capped,
            next=page.next,
            offset=at if after else offset,
            limit=PAGE,
            form={k: v or "" for k, v in form.items()},
        )

    @app.get("/search", response_class=HTMLResponse, tags=["pages"])
    def search_page(
        request: Request,
        q: str = Query("", max_length=500),
        offset: int = params.offset(),
        after: str | None = params.after(),
        at: int = params.position(),
    ) -> HTMLResponse:
        """Full-text search over articles and quotes."""
        page = corpus.search(q, limit=SEARCH_PAGE, offset=offset, after=after) if q.strip() else Page([], 0)
        shown = {"total": page.total, "capped": page.total_capped, "next": page.next}
        start = at if after else offset
        return render(request, "search.html", q=q, items=page.items, offset=start, limit=SEARCH_PAGE, **shown)
