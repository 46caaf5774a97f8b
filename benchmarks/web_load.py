"""The web under load: 8 concurrent clients against the story page and every API list.

    python3 benchmarks/corpus_scale.py --keep /tmp/scale            # makes /tmp/scale/corpus-200000.db
    python3 benchmarks/web_load.py --db /tmp/scale/corpus-200000.db [--clients 8] [--rounds 5] [--workers 2]

Starts the real server (``newsprism serve --workers N``, uvicorn, N server processes) on a free local port,
then ``--clients`` threads, each with its own HTTP connection, request every URL of the set in
their own shuffled order, ``--rounds`` times. The set: the pages of the largest stories and of a
sample of others, their ``/api/stories/{id}/compare``, and the first and second pages of every
API list (with the filters a reader uses). One unmeasured pass of every client first fills the
server's caches (the first look at a story computes its comparison, the first page of a filter
counts its matches; each worker process has its own caches, and the clients' connections reach
each of them; ``cold`` shows the slowest of those first looks), then latencies are read per kind
of URL. Goal (issue 21): p95 under 100 ms. The last line:

    p95_ms P    95th percentile over every measured request
"""

from __future__ import annotations

import argparse
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int, workers: int = 1) -> subprocess.Popen:
    command = [sys.executable, "-m", "newsprism", "serve", "--db", str(db), "--port", str(port)]
    command += ["--workers", str(workers)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stories?limit=1", timeout=5).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.5)
        if server.poll() is not None:
            raise SystemExit(f"server exited: {server.stderr.read().decode()[-2000:]}")
    server.kill()
    raise SystemExit("server did not answer within 120 s")


def url_set(db: Path, base: str, stories: int, seed: int) -> list[tuple[str, str]]:
    """``(kind, url)``: story pages (the biggest and a sample), compares, and API list pages."""
    rng = random.Random(seed)
    with sqlite3.connect(db) as conn:
        biggest = [
            row[0]
            for row in conn.execute(
                "SELECT story_id FROM articles WHERE story_id IS NOT NULL "
                "GROUP BY story_id ORDER BY count(*) DESC LIMIT ?",
                (stories // 2,),
            )
        ]
        n_stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
        sample = [
            conn.execute("SELECT story_id FROM stories ORDER BY story_id LIMIT 1 OFFSET ?", (k,)).fetchone()[
                0
            ]
            for k in rng.sample(range(n_stories), min(n_stories, stories - len(biggest)))
        ]
        outlet = conn.execute("SELECT outlet FROM articles LIMIT 1").fetchone()[0]
        speaker = conn.execute(
            "SELECT name FROM entities WHERE type='PERSON' ORDER BY mentions DESC LIMIT 1 OFFSET 20"
        ).fetchone()[0]
        most_named = conn.execute(
            "SELECT name FROM entities WHERE type='PERSON' ORDER BY mentions DESC LIMIT 1"
        ).fetchone()[0]
        word = conn.execute("SELECT title FROM articles LIMIT 1 OFFSET 777").fetchone()[0].split()[0]
    urls = [("story page", f"/stories/{s}") for s in dict.fromkeys(biggest + sample)]
    urls += [("compare", f"/api/stories/{s}/compare") for s in biggest[:10]]
    lists = [
        "/api/articles",
        f"/api/articles?outlet={outlet}",
        "/api/quotes",
        f"/api/quotes?speaker={speaker.split()[-1]}",
        f"/api/quotes?speaker={most_named.split()[-1]}",
        f"/api/quotes?q={word}",
        "/api/entities",
        "/api/entities?type=PERSON",
        "/api/events",
        f"/api/events?actor={most_named.split()[-1]}",
        "/api/stories",
        "/api/stories?sort=outlets",
        f"/api/search?q={word}",
        "/",  # the home page: the biggest stories of the last 30 days, most outlets first
    ]
    with httpx.Client(base_url=base, timeout=120) as client:
        for path in lists:
            response = client.get(path)
            if response.status_code != 200:
                continue  # a list this version of the app does not have
            kind = path.split("?")[0] if path != "/" else "home page"
            urls.append((kind, path))
            following = response.json().get("next") if path.startswith("/api/") else None
            if following:
                urls.append((kind + " page 2", following.removeprefix(base)))
    return urls


def client_loop(base: str, urls, rounds: int, seed: int, timings, errors) -> None:
    rng = random.Random(seed)
    with httpx.Client(base_url=base, timeout=120) as client:
        for _ in range(rounds):
            order = list(urls)
            rng.shuffle(order)
            for kind, url in order:
                started = time.perf_counter()
                response = client.get(url)
                timings[kind].append(1000 * (time.perf_counter() - started))
                if response.status_code != 200:
                    errors.append((url, response.status_code))


def run_clients(base: str, urls, rounds: int, options, timings, errors) -> float:
    """``options.clients`` concurrent clients, each its own connection; returns the wall seconds."""
    threads = [
        threading.Thread(target=client_loop, args=(base, urls, rounds, options.seed + k, timings, errors))
        for k in range(options.clients)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--stories", type=int, default=20, help="story pages in the set")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--workers", type=int, default=1, help="server processes (serve --workers)")
    options = parser.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(options.db, port, options.workers)
    try:
        urls = url_set(options.db, base, options.stories, options.seed)
        cold: dict[str, list[float]] = defaultdict(list)
        run_clients(base, urls, 1, options, cold, [])  # fills the caches of every worker
        timings: dict[str, list[float]] = defaultdict(list)
        errors: list = []
        seconds = run_clients(base, urls, options.rounds, options, timings, errors)
    finally:
        server.terminate()
        server.wait(30)
    every = [ms for values in timings.values() for ms in values]
    print(f"{len(urls)} URLs, {options.clients} clients x {options.rounds} rounds, {options.workers} "
          f"server process(es): {len(every)} requests "
          f"in {seconds:.1f} s ({len(every) / seconds:.0f}/s), {len(errors)} errors")  # fmt: skip
    for kind in sorted(timings):
        values = timings[kind]
        print(
            f"  {kind:<28} n {len(values):>4}  p50 {statistics.median(values):7.1f}  "
            f"p95 {percentile(values, 0.95):7.1f}  max {max(values):7.1f}  cold {max(cold[kind]):7.1f} ms"
        )
    for url, status in errors[:5]:
        print(f"  error {status}: {url}")
    print(f"p95_ms {percentile(every, 0.95):.1f}")


if __name__ == "__main__":
    main()
