"""Does the cross-article half stay flat per article from 20,000 to 200,000 articles?

    python3 benchmarks/corpus_scale.py                       # 20,000 and 200,000 (about an hour)
    python3 benchmarks/corpus_scale.py --sizes 2000,20000    # a quick check
    python3 benchmarks/corpus_scale.py --keep /tmp/scale     # keep the databases (web_load.py reads them)
    python3 benchmarks/corpus_scale.py --pages /tmp/scale/corpus-200000.db   # only time the API pages

Synthetic extracted articles (``synthetic_corpus.py``: Zipf-like people, shared first names,
stories of skewed sizes, ~400 words, ~36 mentions, 5 quotes and 3 events an article) go, without
parsing, through what ``analyze`` does after the parse: each chunk of 512 articles is stored,
linked to entities and put into stories, exactly as ``pipeline.analyze`` does it. Then timelines
of sampled stories and entities are built. At the largest size the HTTP API's paged lists are
timed through the real app (FastAPI's test client, in this process): first pages and the pages
their ``next`` links lead to, each the median of repeats.

Times are CPU seconds of this process (SQLite runs in it too), so other work on a shared machine
hardly moves them; wall seconds are printed beside them. The last three lines:

    ratio R      per-article cost (store + entities + stories) at the largest size over the smallest
    rss_mb M     peak resident memory of this process
    page_ms P    slowest paged API query at the largest size (median of repeats, milliseconds)

Goals (issue 21): R <= 1.3, M <= 2000, P <= 100.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from tempfile import TemporaryDirectory

from store_trace import StoreTrace, fts_structure
from synthetic_corpus import Corpus as SyntheticCorpus

from newsprism import collector
from newsprism.config import Settings
from newsprism.entities import linking
from newsprism.entities.aliases import load_alias_rules
from newsprism.store.bulk import save_articles
from newsprism.store.statistics import refresh_statistics
from newsprism.store.store import Store
from newsprism.stories import cluster
from newsprism.stories.timeline import build_timeline

CHUNK = 512  # articles handed to the cross-article stages at a time, as pipeline.CHUNK_SIZE
REPEATS = 5
TIMELINE_SAMPLES = 60
FTS_TABLES = ("articles_fts", "quotes_fts", "quotes_trigram", "events_trigram")


class Clock:
    """CPU and wall seconds spent in named stages."""

    def __init__(self, trace: StoreTrace | None = None) -> None:
        self.cpu: dict[str, float] = {}
        self.wall: dict[str, float] = {}
        self.trace = trace

    def run(self, stage: str, work: Callable[[], object]) -> object:
        if self.trace:
            self.trace.enter(stage)
        cpu, wall = time.process_time(), time.perf_counter()
        result = work()
        if self.trace:
            self.trace.leave()
        self.cpu[stage] = self.cpu.get(stage, 0.0) + time.process_time() - cpu
        self.wall[stage] = self.wall.get(stage, 0.0) + time.perf_counter() - wall
        return result


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def feed(
    store: Store,
    settings: Settings,
    corpus: SyntheticCorpus,
    clock: Clock,
    progress: bool,
    store_only: bool = False,
) -> None:
    """Store, link and cluster the corpus chunk by chunk, as ``pipeline.analyze`` does (only store
    it when ``store_only``: a quick look at the store stage alone, ``--store-only``)."""
    aliases = load_alias_rules(settings.aliases) if settings.aliases else None
    started = time.perf_counter()
    with collector.paced() as pacer:  # as pipeline.link_pending paces the collector
        _feed_chunks(store, settings, corpus, clock, progress, store_only, aliases, pacer, started)


def _feed_chunks(store, settings, corpus, clock, progress, store_only, aliases, pacer, started) -> None:
    for start in range(0, corpus.n, CHUNK):
        chunk = list(corpus.iter_articles(start, min(corpus.n, start + CHUNK)))
        ids = [article.article_id for article, _ in chunk]

        def save(chunk=chunk) -> None:  # a transaction a parse batch, as analyze stores them
            for start_of_batch in range(0, len(chunk), settings.batch_size):
                save_articles(store, chunk[start_of_batch : start_of_batch + settings.batch_size])

        clock.run("store", save)
        if not store_only:
            clock.run("entities", lambda ids=ids: store.retry(linking.link_articles, store, ids, aliases))
            clock.run("stories", lambda ids=ids: store.retry(cluster.assign_stories, store, ids, settings))
            clock.run("stories", pacer.chunk_done)  # the chunk's collection counts in the run's cost
        done = start + len(chunk)
        if done == corpus.n:  # as analyze does at the end of a run
            clock.run("store", lambda: refresh_statistics(store.engine))
        if clock.trace:
            wal = Path(f"{store.url.removeprefix('sqlite:///')}-wal")
            clock.trace.chunk_done(done, wal.stat().st_size if wal.exists() else 0)
        if progress and (done // CHUNK) % 40 == 0:
            rate = done / (time.perf_counter() - started)
            print(f"  {done:>7} articles stored and linked, {rate:.0f}/s wall", file=sys.stderr, flush=True)


def time_timelines(store: Store, clock: Clock, seed: int) -> dict[str, float]:
    """Median milliseconds of a story's timeline and of an entity's (entities across the ranks)."""
    from sqlalchemy import func, select

    from newsprism.store.schema import entities_table, stories_table

    rng = random.Random(seed)
    with store.engine.connect() as conn:
        n_stories = conn.execute(select(func.count()).select_from(stories_table)).scalar()
        story_ids = [
            conn.execute(
                select(stories_table.c.story_id).order_by(stories_table.c.story_id).offset(k).limit(1)
            ).scalar()
            for k in sorted(rng.sample(range(n_stories), min(TIMELINE_SAMPLES, n_stories)))
        ]
        people = entities_table.c.type == "PERSON"
        ranked = select(entities_table.c.entity_id).where(people).order_by(entities_table.c.mentions.desc())
        entity_ids = [
            conn.execute(ranked.offset(rank).limit(1)).scalar() for rank in (0, 3, 10, 30, 100, 300, 1000)
        ]
    story_ms, entity_ms = [], []
    for story_id in story_ids:
        started = time.perf_counter()
        clock.run("timeline", lambda s=story_id: build_timeline(store, story_id=s))
        story_ms.append(1000 * (time.perf_counter() - started))
    for entity_id in [e for e in entity_ids if e]:
        started = time.perf_counter()
        clock.run("timeline", lambda e=entity_id: build_timeline(store, entity=e))
        entity_ms.append(1000 * (time.perf_counter() - started))
    return {
        "story_timeline_ms": statistics.median(story_ms),
        "entity_timeline_ms": statistics.median(entity_ms) if entity_ms else 0.0,
        "entity_timeline_max_ms": max(entity_ms, default=0.0),
    }


def run_size(
    n: int, workdir: Path, seed: int, progress: bool, trace: Path | None = None, store_only: bool = False
) -> dict:
    db = workdir / f"corpus-{n}.db"
    for stale in workdir.glob(f"corpus-{n}.db*"):
        stale.unlink()
    settings = Settings.load().with_(db=str(db))
    store = Store(settings.db)
    corpus = SyntheticCorpus(n, seed=seed)
    clock = Clock(
        StoreTrace(store.engine, trace.with_name(f"{trace.stem}-{n}{trace.suffix}")) if trace else None
    )
    feed(store, settings, corpus, clock, progress, store_only)
    if clock.trace:
        with store.engine.connect() as conn:
            for table in FTS_TABLES:
                levels, segments = fts_structure(conn, table)
                clock.trace.out.write(f'{{"fts": "{table}", "levels": {levels}, "segments": {segments}}}\n')
        clock.trace.close()
    timelines = {} if store_only else time_timelines(store, clock, seed)
    store.close()
    ingest = [stage for stage in ("store", "entities", "stories") if stage in clock.cpu]
    return {
        "n": n,
        "db": db,
        "clock": clock,
        "per_article_ms": 1000 * sum(clock.cpu[s] for s in ingest) / n,
        "wall_per_article_ms": 1000 * sum(clock.wall[s] for s in ingest) / n,
        "db_mb": sum(p.stat().st_size for p in workdir.glob(f"corpus-{n}.db*")) / 2**20,
        **timelines,
    }


def api_queries(client, corpus_db: Path) -> list[str]:
    """First pages of every list the API offers, with the filters a reader uses."""
    import sqlite3

    with sqlite3.connect(corpus_db) as conn:
        outlet = conn.execute("SELECT outlet FROM articles LIMIT 1").fetchone()[0]
        speaker = conn.execute(
            "SELECT name FROM entities WHERE type='PERSON' ORDER BY mentions DESC LIMIT 1 OFFSET 20"
        ).fetchone()[0]
        # The most-named person: the substring filters' densest case (every page must stay a page).
        most_named = conn.execute(
            "SELECT name FROM entities WHERE type='PERSON' ORDER BY mentions DESC LIMIT 1"
        ).fetchone()[0]
        rare = conn.execute(  # a name far down the list: few quotes, few trigram hits
            "SELECT name FROM entities WHERE type='PERSON' ORDER BY mentions DESC LIMIT 1 OFFSET 3000"
        ).fetchone()
        word = conn.execute("SELECT title FROM articles LIMIT 1 OFFSET 777").fetchone()[0].split()[0]
        # The commonest word of some quotes: a q= that most quotes match.
        quoted = Counter(w for (t,) in conn.execute("SELECT text FROM quotes LIMIT 200") for w in t.split())
        day = conn.execute("SELECT published FROM articles LIMIT 1 OFFSET 1000").fetchone()[0]
        early = conn.execute("SELECT min(published) FROM articles").fetchone()[0]
        # The last days: a window lying late in stored and in id order, with more quotes than a
        # page sorts (store/pages.py FEW), walked along the order from the window's first row.
        late = conn.execute(
            "SELECT published FROM articles ORDER BY published DESC LIMIT 1 OFFSET 2700"
        ).fetchone()[0]
    surname, top_surname = speaker.split()[-1], most_named.split()[-1]
    rare_name = (rare[0] if rare else speaker).split()[-1]
    common_word = quoted.most_common(1)[0][0] if quoted else word
    candidates = [
        "/api/articles",
        f"/api/articles?outlet={outlet}",
        f"/api/articles?since={day}",
        "/api/quotes",
        f"/api/quotes?speaker={surname}",
        f"/api/quotes?speaker={top_surname}",
        f"/api/quotes?speaker={rare_name}",
        f"/api/quotes?outlet={outlet}",
        f"/api/quotes?since={early}",  # a window holding most quotes: its total is capped, not counted
        f"/api/quotes?since={late}",
        f"/api/quotes?q={word}",
        f"/api/quotes?q={common_word}",
        "/api/entities",
        "/api/entities?type=PERSON",
        "/api/entities?min_mentions=10",
        "/api/events",
        f"/api/events?actor={surname}",
        f"/api/events?actor={top_surname}",
        "/api/events?type=CONSULT",
        f"/api/events?until={day}",
        "/api/stories",
        "/api/stories?sort=outlets",
        "/api/stories?sort=outlets&min_outlets=3",
        f"/api/search?q={word}",
        f"/api/search?q={top_surname}",
    ]
    return [url for url in candidates if client.get(url).status_code == 200]  # lists this app has


# CPU ms of each page's first request, before the server kept any of its answers.
FIRST_CPU_MS: dict[str, float] = {}


def time_pages(db: Path) -> list[tuple[str, float, float]]:
    """Median milliseconds of each paged query (page 1, and pages 2-4 by following ``next``): wall
    time, and CPU time of this process (the app and SQLite run in it), which other work on a
    shared machine hardly moves."""
    from fastapi.testclient import TestClient

    from newsprism.web.app import create_app

    client = TestClient(create_app(str(db)), base_url="http://127.0.0.1")
    timings = []
    for url in api_queries(client, db):
        page_url, pages = url, 0
        while page_url and pages < 4:
            samples, cpu = [], []
            for _ in range(REPEATS):
                started, started_cpu = time.perf_counter(), time.process_time()
                response = client.get(page_url)
                samples.append(1000 * (time.perf_counter() - started))
                cpu.append(1000 * (time.process_time() - started_cpu))
            response.raise_for_status()
            name = page_url if pages == 0 else f"{url} page {pages + 1}"
            timings.append((name, statistics.median(samples), statistics.median(cpu)))
            FIRST_CPU_MS[name] = cpu[0]  # the first request: nothing kept yet for this version
            page_url = response.json().get("next")
            pages += 1
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", default="20000,200000", help="comma-separated corpus sizes, smallest first"
    )
    parser.add_argument("--small", dest="sizes", help="same as --sizes (e.g. --small 2000,20000)")
    parser.add_argument("--keep", type=Path, help="write the databases here and keep them")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--quiet", action="store_true", help="no progress lines on stderr")
    parser.add_argument("--pages", type=Path, help="only time the API's pages on this database")
    parser.add_argument(
        "--trace",
        type=Path,
        help="write per-chunk store timings here (store_trace.py), FILE-SIZE.jsonl a size",
    )
    parser.add_argument("--no-pages", action="store_true", help="skip timing the API's pages")
    parser.add_argument(
        "--store-only",
        action="store_true",
        help="only the store stage (no linking, stories, timelines, pages)",
    )
    options = parser.parse_args()
    if options.pages:
        refresh_statistics(Store(str(options.pages)).engine)  # as analyze leaves a database
        pages = time_pages(options.pages)
        print_pages(pages)
        print(f"page_ms {max(ms for _, ms, _ in pages):.1f}")
        return
    sizes = [int(s) for s in options.sizes.split(",")]
    with TemporaryDirectory() as tmp:
        workdir = options.keep or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        results = []
        for n in sizes:
            result = run_size(n, workdir, options.seed, not options.quiet, options.trace, options.store_only)
            if options.store_only:
                clock = result["clock"]
                print(
                    f"{n:>7} articles: store {1000 * clock.cpu['store'] / n:.2f} ms CPU an article",
                    flush=True,
                )
                continue
            results.append(result)
            clock = result["clock"]
            stages = ", ".join(
                f"{s} {clock.cpu[s]:.1f}" for s in ("store", "entities", "stories", "timeline")
            )
            print(
                f"{n:>7} articles: {result['per_article_ms']:.2f} ms CPU an article "
                f"({result['wall_per_article_ms']:.2f} wall); CPU s: {stages}; "
                f"story timeline {result['story_timeline_ms']:.0f} ms, entity timeline "
                f"{result['entity_timeline_ms']:.0f} ms (max {result['entity_timeline_max_ms']:.0f}); "
                f"database {result['db_mb']:.0f} MB",
                flush=True,
            )
        if options.store_only:
            return
        pages = [] if options.no_pages else time_pages(results[-1]["db"])
        print_pages(pages)
        small, large = results[0], results[-1]
        ratio = large["per_article_ms"] / small["per_article_ms"]
        for stage in ("store", "entities", "stories"):
            stage_ratio = (large["clock"].cpu[stage] / large["n"]) / (small["clock"].cpu[stage] / small["n"])
            print(f"  {stage} per-article ratio {stage_ratio:.2f}")
        print(f"ratio {ratio:.2f}")
        print(f"rss_mb {peak_rss_mb():.0f}")
        print(f"page_ms {max((ms for _, ms, _ in pages), default=0):.1f}")


def print_pages(pages: list[tuple[str, float, float]]) -> None:
    for url, ms, cpu_ms in pages:
        first = FIRST_CPU_MS.get(url, cpu_ms)
        print(f"  {ms:7.1f} ms ({cpu_ms:6.1f} CPU, first {first:6.1f})  {url}", flush=True)
    print(f"  slowest page by CPU: {max((cpu for _, _, cpu in pages), default=0):.1f} ms", flush=True)


if __name__ == "__main__":
    main()
