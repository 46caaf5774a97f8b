"""`newsprism serve`: the read-only web app and JSON API under uvicorn.

The listening socket is bound before anything is printed, so a busy port is one ``Error:`` line
and never a "Serving ..." that is not true. With ``--workers N`` that socket is shared by N server
processes (uvicorn's supervisor), so concurrent requests use every core instead of queueing behind
one Python process; each worker opens the database read-only itself and keeps its own caches.
"""

from __future__ import annotations

import json
import os
import socket

import typer

from newsprism.cli.app import app, db_option, handle_errors, say, settings_for
from newsprism.errors import UsageError


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port, or a usage error saying why there cannot be one."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise UsageError(f"--host {host}: cannot resolve it ({exc.strerror})") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        reason = "already in use" if exc.errno == 98 else (exc.strerror or str(exc))
        raise UsageError(f"cannot listen on {host}:{port}: {reason} (pick another --port)") from None
    sock.set_inheritable(True)
    return sock


@app.command()
@handle_errors
def serve(
    db: str | None = db_option(),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)"),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on"),
    allowed_hosts: list[str] = typer.Option(
        [],
        "--allowed-host",
        help="Another host name to answer for (repeatable); any name not allowed gets 400",
        metavar="NAME",
        show_default="only the --host address and the loopback names",
    ),
    workers: int = typer.Option(
        1,
        "--workers",
        min=1,
        max=64,
        help="Server processes sharing the port (about one per core answers concurrent clients "
        "on every core; each keeps its own caches)",
    ),
) -> None:
    """Serve the corpus read-only: web pages at / and a JSON API under /api (docs at /docs)."""
    import uvicorn

    from newsprism.web.app import SERVE_DB, SERVE_HOSTS, create_app, default_allowed_hosts

    hosts = [*default_allowed_hosts(host), *allowed_hosts]
    database = settings_for(db=db).db
    web_app = create_app(database, allowed_hosts=hosts)  # a database that cannot be served fails here
    sock = bind(host, port)
    shown = f"[{host}]" if ":" in host else host
    say(f"Serving http://{shown}:{port}/ (API docs at /docs); Ctrl+C stops")
    if host in ("0.0.0.0", "::") and not allowed_hosts:
        say(f"Answering only for Host {', '.join(hosts)}: name others with --allowed-host NAME")
    try:
        if workers == 1:
            uvicorn.Server(uvicorn.Config(web_app, log_level="warning")).run(sockets=[sock])
            return
        from uvicorn.supervisors import Multiprocess

        web_app.state.corpus.close()  # each worker opens its own (spawned, they inherit no connection)
        os.environ[SERVE_DB], os.environ[SERVE_HOSTS] = database, json.dumps(hosts)
        config = uvicorn.Config(
            "newsprism.web.app:app_from_environment", factory=True, workers=workers, log_level="warning"
        )
        Multiprocess(config, sockets=[sock]).run()
    finally:
        sock.close()
