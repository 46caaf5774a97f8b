"""The read-only web app: a JSON API under /api and server-rendered pages over one corpus.

The corpus is opened read-only (serving never writes). Pages are Jinja2 templates with
autoescaping on, so article text (hostile input) is always shown as text; charts are inline SVG;
every asset, the API docs' included, is served by the app itself, which lets every response carry
a strict Content-Security-Policy. Only the host names the server was started for are answered.
Errors answer JSON under /api and an HTML page elsewhere, never a traceback.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsprism.api import Corpus
from newsprism.errors import AmbiguousError, NewsprismError, NotFoundError
from newsprism.web.routes_api import add_api_routes
from newsprism.web.routes_pages import add_page_routes
from newsprism.web.security import HEADERS, Guard
from newsprism.web.wording import counted

HERE = Path(__file__).parent
log = logging.getLogger("newsprism.web")
# What ``newsprism serve --workers N`` hands its worker processes: the database, the host names.
SERVE_DB = "NEWSPRISM_SERVE_DB"
SERVE_HOSTS = "NEWSPRISM_SERVE_HOSTS"


def default_allowed_hosts(bind: str = "127.0.0.1") -> list[str]:
    """The names a server bound to ``bind`` answers for: that address and the loopback names."""
    return list(dict.fromkeys([bind, "localhost", "127.0.0.1", "::1"]))


def create_app(db: str, allowed_hosts: Iterable[str] | None = None) -> FastAPI:
    """The app over the database at ``db`` (a SQLite path or URL), which must already exist.

    ``allowed_hosts``: the Host names answered (default: the loopback names); ``["*"]`` any.
    """
    corpus = Corpus(db, read_only=True)
    app = FastAPI(
        title="newsprism",
        summary="Who said what, who did what to whom and when, and how each outlet told it.",
        description="Read-only API over a newsprism corpus. Lists are paged: "
        '`{"items": [...], "total": N, "next": URL or null}`; the `next` URL carries an opaque '
        "`after` cursor. Item keys are those of the CLI's JSON Lines. Wherever an id is taken, "
        "any unique prefix of it works too.",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
    )
    app.state.corpus = corpus
    templates = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True)
    templates.globals["with_params"] = with_params
    templates.filters["filename"] = lambda source: Path(source or "").name or source
    templates.filters["counted"] = counted

    def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        html = templates.get_template(name).render(request=request, **context)
        return HTMLResponse(html, status_code=status_code)

    _add_error_handlers(app, render)
    _mount_assets(app)
    add_api_routes(app, corpus)
    add_page_routes(app, corpus, render)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        return render(request, "docs.html")

    for route in app.routes:  # the docs list each route by the first sentence of its docstring
        if isinstance(route, APIRoute) and route.description:
            route.summary = route.description.split(":")[0].split(".")[0].split("\n")[0]
    hosts = default_allowed_hosts() if allowed_hosts is None else list(allowed_hosts)
    app.add_middleware(Guard, allowed_hosts=hosts)
    return app


def app_from_environment() -> FastAPI:
    """The app of one ``serve --workers`` process, made from what the parent process set."""
    return create_app(os.environ[SERVE_DB], allowed_hosts=json.loads(os.environ[SERVE_HOSTS]))


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
    """Our CSS, scripts and favicon, and swagger-ui's files from the swagger-ui-bundle package."""
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
        names = ", ".join(dict.fromkeys(d["parameter"] for d in detail if d["parameter"])) or "request"
        return answer(request, 422, f"invalid parameters: {names}", detail)

    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError):
        return answer(request, 404, str(exc))

    @app.exception_handler(AmbiguousError)
    async def ambiguous(request: Request, exc: AmbiguousError):
        return answer(request, 400, str(exc))

    @app.exception_handler(NewsprismError)
    async def newsprism_error(request: Request, exc: NewsprismError):
        return answer(request, 400, str(exc))

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception):
        log.exception("error answering %s", request.url.path)
        response = answer(request, 500, "internal error")
        for name, value in HEADERS:  # this answer comes from outside the Guard middleware
            response.headers[name.decode()] = value.decode()
        return response
