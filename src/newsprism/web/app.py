"""The read-only web app: a JSON API under /api and server-rendered pages over one store.

Every route only reads. Pages are Jinja2 templates with autoescaping on, so article text (hostile
input) is always shown as text; charts are inline SVG; every asset, the API docs' included, is
served by the app itself. Errors answer JSON under /api and an HTML page elsewhere, never a
traceback.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsprism.errors import NewsprismError, NotFoundError
from newsprism.store import search as fulltext
from newsprism.store.schema import entities_table
from newsprism.store.store import Store
from newsprism.web import charts, schemas, views

HERE = Path(__file__).parent
MAX_PAGE = 200
DATE = r"^\d{4}-\d{2}-\d{2}$"
log = logging.getLogger("newsprism.web")

# Query parameters shared by several routes.
Limit = Query(50, ge=1, le=MAX_PAGE, description=f"Page size (at most {MAX_PAGE})")
Offset = Query(0, ge=0, le=10**9, description="How many items to skip")
Since = Query(None, pattern=DATE, description="Published on or after (YYYY-MM-DD)")
Until = Query(None, pattern=DATE, description="Published on or before (YYYY-MM-DD)")
Outlet = Query(None, max_length=200, description="Only this outlet (case-insensitive)")
# A form sends empty fields as empty strings: pages take them as "not given".
FormDate = Query(None, pattern=r"^(\d{4}-\d{2}-\d{2})?$", description="YYYY-MM-DD, or empty")
ERRORS = {
    404: {"model": schemas.ErrorOut, "description": "No such item"},
    422: {"model": schemas.ErrorOut, "description": "Bad parameters"},
}


def page(request: Request, items: list[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    """The paged list shape: items, total, and the URL of the next page (null on the last)."""
    more = offset + limit < total
    return {
        "items": items,
        "total": total,
        "next": str(request.url.include_query_params(offset=offset + limit, limit=limit)) if more else None,
    }


TIMELINE_ROWS = 40  # rows of the timeline the compare API returns


def create_app(db: str) -> FastAPI:
    """The app over the database at ``db`` (a SQLite path or URL), which must already exist."""
    store = Store(db, create=False)
    app = FastAPI(
        title="newsprism",
        summary="Who said what, who did what to whom and when, and how each outlet told it.",
        description="Read-only API over a newsprism corpus. Lists are paged: "
        '`{"items": [...], "total": N, "next": URL or null}`; item keys are those of the CLI\'s JSON Lines.',
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    templates = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True)
    templates.globals["with_params"] = with_params

    def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        html = templates.get_template(name).render(request=request, **context)
        return HTMLResponse(html, status_code=status_code)

    _add_error_handlers(app, render)
    _mount_assets(app)

    # ---- JSON API ------------------------------------------------------------------------

    @app.get("/api/articles", response_model=schemas.ArticlePage, tags=["api"], responses=ERRORS)
    def api_articles(
        request: Request,
        outlet: str | None = Outlet,
        status: str | None = Query(None, pattern="^(ok|failed)$", description="ok or failed"),
        since: str | None = Since,
        until: str | None = Until,
        limit: int = Limit,
        offset: int = Offset,
    ) -> dict[str, Any]:
        """Stored articles, oldest stored first."""
        filters = {"outlet": outlet, "status": status, "since": since, "until": until}
        items = [a.to_json() for a in store.articles(**filters, limit=limit, offset=offset)]
        return page(request, items, store.count_articles(**filters), limit, offset)

    @app.get(
        "/api/articles/{article_id}", response_model=schemas.ArticleDetail, tags=["api"], responses=ERRORS
    )
    def api_article(article_id: str) -> dict[str, Any]:
        """One article with its quotes, entity mentions and events."""
        view = views.article_view(store, article_id)
        return view["article"] | {k: view[k] for k in ("quotes", "mentions", "events")}

    @app.get("/api/quotes", response_model=schemas.QuotePage, tags=["api"], responses=ERRORS)
    def api_quotes(
        request: Request,
        speaker: str | None = Query(None, max_length=200, description="Speaker name or part of it"),
        outlet: str | None = Outlet,
        q: str | None = Query(None, max_length=500, description="Words in the quote"),
        since: str | None = Since,
        until: str | None = Until,
        limit: int = Limit,
        offset: int = Offset,
    ) -> dict[str, Any]:
        """Quotes with their speakers, in article order."""
        filters = {"speaker": speaker, "outlet": outlet, "text": q, "since": since, "until": until}
        items = [x.to_json() for x in store.quotes(**filters, limit=limit, offset=offset)]
        return page(request, items, store.count_quotes(**filters), limit, offset)

    @app.get("/api/entities", response_model=schemas.EntityPage, tags=["api"], responses=ERRORS)
    def api_entities(
        request: Request,
        type: str | None = Query(None, pattern="^[A-Za-z_]{2,16}$", description="PERSON, ORG, GPE..."),
        min_mentions: int = Query(0, ge=0, description="At least this many mentions"),
        limit: int = Limit,
        offset: int = Offset,
    ) -> dict[str, Any]:
        """Entities across the corpus, most mentioned first."""
        found = store.entities(type=type, min_mentions=min_mentions)
        items = [e.to_json() for _, e in zip(range(offset + limit), found, strict=False)][offset:]
        where = [entities_table.c.mentions >= min_mentions]
        if type:
            where.append(entities_table.c.type == type.upper())
        return page(request, items, store.count(entities_table, *where), limit, offset)

    @app.get("/api/entities/{entity_id}", response_model=schemas.EntityDetail, tags=["api"], responses=ERRORS)
    def api_entity(entity_id: str) -> dict[str, Any]:
        """An entity, by id, name or alias: the keys of the entities list, then ``outlets``
        (articles per outlet), ``quotes``, ``co_occurring``, ``mentioned_in`` and ``over_time``
        (mentions and quotes by outlet and date)."""
        return views.entity_view(store, entity_id)

    @app.get("/api/stories", response_model=schemas.StoryPage, tags=["api"], responses=ERRORS)
    def api_stories(request: Request, limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
        """Stories (articles about one event across outlets), newest first."""
        stories, total = views.stories_page(store, limit, offset)
        return page(request, [s.to_json() for s in stories], total, limit, offset)

    @app.get("/api/stories/{story_id}", response_model=schemas.StoryOut, tags=["api"], responses=ERRORS)
    def api_story(story_id: str) -> dict[str, Any]:
        """One story."""
        return views.get_story(store, story_id).to_json()

    @app.get(
        "/api/stories/{story_id}/compare",
        response_model=schemas.StoryComparison,
        tags=["api"],
        responses=ERRORS,
    )
    def api_compare(
        story_id: str,
        everything: bool = Query(False, alias="all", description="Every difference, not the top few"),
    ) -> dict[str, Any]:
        """How each outlet told one story (the ``newsprism compare`` answer): ``outlets``, each with
        headlines, quotes by speaker, entities, labelling words, ``distinct`` statements and
        ``loaded`` words (offsets into the article text), ``sources``, ``last_word``,
        ``paraphrases``, what only it carries (``only_here``) and what most others carry that it
        leaves out (``missing_here``); ``label_differences``; ``key_events``; ``shared_quotes``;
        and the ``timeline`` of events and quotes across outlets. ``?all=true`` lifts the caps."""
        view = views.story_view(store, story_id, full=everything)
        timeline = view["timeline"]
        if not everything:  # the rows most outlets report, in date order: 20 articles stay under 300 kB
            widest = sorted(timeline, key=lambda row: -len(row["outlets"]))[:TIMELINE_ROWS]
            timeline = [row for row in timeline if any(row is kept for kept in widest)]
        return view.get("compare", view) | {"timeline": timeline}

    @app.get("/api/search", response_model=schemas.SearchPage, tags=["api"], responses=ERRORS)
    def api_search(
        request: Request,
        q: str = Query(..., min_length=1, max_length=500, description='Words, "a phrase", or prefix*'),
        limit: int = Limit,
        offset: int = Offset,
    ) -> dict[str, Any]:
        """Full-text search over article titles and text and over quotes and speakers, best first."""
        items, total = fulltext.search(store, q, limit=limit, offset=offset)
        return page(request, items, total, limit, offset)

    # ---- pages ---------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, tags=["pages"])
    def home(request: Request, offset: int = Query(0, ge=0, le=10**9)) -> HTMLResponse:
        """Stories, newest first; recent articles and top entities when there are none."""
        stories, total = views.stories_page(store, 50, offset)
        stored = store.count_articles(status="ok")
        recent = list(store.articles(status="ok", limit=20, offset=max(0, stored - 20)))[::-1]
        top = [e for _, e in zip(range(20), store.entities(), strict=False)]
        return render(
            request,
            "home.html",
            stories=stories,
            total=total,
            offset=offset,
            recent=recent,
            top=top,
        )

    @app.get("/stories/{story_id}", response_class=HTMLResponse, tags=["pages"])
    def story_page(request: Request, story_id: str) -> HTMLResponse:
        """A story's outlets side by side, with charts and the timeline."""
        view = views.story_view(store, story_id)
        return render(request, "story.html", view=view, charts=charts.story_charts(view))

    @app.get("/entities/{entity_id}", response_class=HTMLResponse, tags=["pages"])
    def entity_page(request: Request, entity_id: str) -> HTMLResponse:
        """An entity: aliases, roles, quotes, outlets, and mentions over time."""
        view = views.entity_view(store, entity_id)
        return render(request, "entity.html", view=view, chart=charts.entity_chart(view))

    @app.get("/articles/{article_id}", response_class=HTMLResponse, tags=["pages"])
    def article_page(request: Request, article_id: str) -> HTMLResponse:
        """An article with its quotes and entities marked in the text."""
        view = views.article_view(store, article_id)
        body = views.highlight(view["article"]["text"], view["quotes"], view["mentions"])
        url = view["article"].get("url") or ""
        safe_url = url if url.startswith(("http://", "https://")) else None
        return render(request, "article.html", view=view, body=body, url=safe_url)

    @app.get("/quotes", response_class=HTMLResponse, tags=["pages"])
    def quotes_page(
        request: Request,
        q: str | None = Query(None, max_length=500),
        speaker: str | None = Query(None, max_length=200),
        outlet: str | None = Outlet,
        since: str | None = FormDate,
        until: str | None = FormDate,
        offset: int = Offset,
    ) -> HTMLResponse:
        """Quote search: words in the quote, speaker, outlet and dates."""
        filters = {"speaker": speaker, "outlet": outlet, "text": q, "since": since, "until": until}
        found = list(store.quotes(**filters, limit=50, offset=offset))
        articles = {a.article_id: a for a in store.articles(ids=sorted({x.article_id for x in found}))}
        rows = [views.quote_row(x, articles.get(x.article_id)) for x in found]
        return render(
            request,
            "quotes.html",
            rows=rows,
            total=store.count_quotes(**filters),
            offset=offset,
            limit=50,
            form={
                "q": q or "",
                "speaker": speaker or "",
                "outlet": outlet or "",
                "since": since or "",
                "until": until or "",
            },
        )

    @app.get("/search", response_class=HTMLResponse, tags=["pages"])
    def search_page(
        request: Request, q: str = Query("", max_length=500), offset: int = Offset
    ) -> HTMLResponse:
        """Full-text search over articles and quotes."""
        items, total = fulltext.search(store, q, limit=30, offset=offset) if q.strip() else ([], 0)
        return render(request, "search.html", q=q, items=items, total=total, offset=offset, limit=30)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="newsprism API",
            swagger_js_url="/static/swagger/swagger-ui-bundle.js",
            swagger_css_url="/static/swagger/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
        )

    for route in app.routes:  # the docs list each route by the first sentence of its docstring
        if isinstance(route, APIRoute) and route.description:
            route.summary = route.description.split(":")[0].split(".")[0].split("\n")[0]
    return app


def with_params(request: Request, **changes: Any) -> str:
    """This page's URL with some query parameters changed (None drops one); relative, for links."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    return request.url.path + ("?" + urlencode(params) if params else "")


def _mount_assets(app: FastAPI) -> None:
    """Our CSS and favicon, and swagger-ui's files from the swagger-ui-bundle package (no CDN)."""
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:  # the API still documents itself at /openapi.json
        swagger_ui_path = None
    if swagger_ui_path is not None:
        app.mount("/static/swagger", StaticFiles(directory=str(swagger_ui_path)), name="swagger")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path in ("/api", "/openapi.json")


def _add_error_handlers(app: FastAPI, render) -> None:
    """4xx with a JSON error (API) or an error page (HTML) for every failure; never a traceback."""

    def answer(request: Request, status: int, message: str, detail: list | None = None):
        if _wants_json(request):
            return JSONResponse({"error": message, "status": status, "detail": detail}, status_code=status)
        return render(
            request, "error.html", status_code=status, status=status, message=message, detail=detail
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page at {request.url.path}"
        return answer(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def bad_parameters(request: Request, exc: RequestValidationError):
        detail = [
            {"parameter": ".".join(str(p) for p in error.get("loc", ())[1:]), "problem": error.get("msg")}
            for error in jsonable_encoder(exc.errors())
        ]
        names = ", ".join(d["parameter"] for d in detail if d["parameter"]) or "request"
        return answer(request, 422, f"invalid parameters: {names}", detail)

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError):
        return answer(request, 404, str(exc))

    @app.exception_handler(NewsprismError)
    async def newsprism_error(request: Request, exc: NewsprismError):
        return answer(request, 400, str(exc))

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception):
        log.exception("error answering %s", request.url.path)
        return answer(request, 500, "internal error")
