"""The analyze job: ingest -> clean -> parse -> per-article facts -> store -> cross-article stages.

Per-article work (parsing and extraction) runs in batches through ``nlp.pipe``, in worker
processes when there is enough of it. The main process alone writes to the store, one
transaction per parsed batch, then runs the stages that look across articles (entities, stories)
over every article not linked yet, in one canonical order, under the database's run lock
(``store/locks.py``): concurrent or interrupted runs end exactly as one clean run would.
"""

from __future__ import annotations

import ctypes
import hashlib
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import IO

from spacy.tokens import Doc
from sqlalchemy.exc import DataError

from newsprism import collector
from newsprism.config import Settings
from newsprism.entities import linking as entity_linking
from newsprism.entities import mentions as entity_mentions
from newsprism.entities.aliases import load_alias_rules
from newsprism.errors import InputError, NewsprismError
from newsprism.events import extract as events
from newsprism.events.happenings import find_happenings
from newsprism.ingest import clean
from newsprism.ingest import readers as ingest
from newsprism.ingest.identity import identity_id
from newsprism.ingest.json_input import Limits
from newsprism.ingest.layout import stored_layout
from newsprism.models import HAPPENING, Article, Extraction, RawArticle
from newsprism.nlp.model import load_model
from newsprism.nlp.word_roles import word_roles
from newsprism.people.index import PeopleIndex
from newsprism.quotes import extract as quotes
from newsprism.store import doctor as store_doctor
from newsprism.store.bulk import save_articles
from newsprism.store.locks import RunLock
from newsprism.store.statistics import refresh_statistics
from newsprism.store.store import Store
from newsprism.stories import cluster as stories
from newsprism.workers import die_with_parent, kill_pool, terminate_as_interrupt

# Articles handed to the cross-article stages at a time: bounds memory on big inputs.
CHUNK_SIZE = 512
# Fewer articles than this are parsed in this process: starting workers would cost more.
PARALLEL_MIN_ARTICLES = 48

try:  # glibc's malloc_trim; other C libraries have none and need none
    _MALLOC_TRIM = getattr(ctypes.CDLL(None), "malloc_trim", None)
except (OSError, TypeError):
    _MALLOC_TRIM = None


@dataclass
class Summary:
    """What one analyze run did."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    quotes: int = 0
    events: int = 0
    mentions: int = 0
    words: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)  # new or updated, in input order

    @property
    def ok(self) -> bool:
        return self.failed == 0


# ---- per-article work (runs in worker processes) -----------------------------------------


def extract_facts(doc: Doc, article: Article) -> Extraction:
    """Everything the per-article stages find in one parsed article, with stable ids."""
    layout = stored_layout(article)
    # the people index, once, after the parse and the entity repairs: the quote stage names each
    # speaker's mention from it while it resolves (``Quote.speaker_mention_id``)
    mentions = entity_mentions.extract_mentions(doc, article)
    index = PeopleIndex(mentions, doc=doc, layout=layout)
    found_quotes = quotes.extract_quotes(doc, article.article_id, layout, index)
    for i, quote in enumerate(found_quotes):
        quote.quote_id = f"{article.article_id}:q{i}"
    found_events = events.extract_events(doc, article, found_quotes)
    for i, found in enumerate(found_events):
        found.event_id = f"{article.article_id}:e{i}"
    # timeline-only acts outside PLOVER's types, stored beside the events under their own ids
    happenings = find_happenings(doc, article, found_events, found_quotes)
    for i, found in enumerate(happenings):
        found.event_id = f"{article.article_id}:h{i}"
    found_events += happenings
    return Extraction(quotes=found_quotes, mentions=mentions, events=found_events, word_roles=word_roles(doc))


def process_batch(articles: list[Article], model: str, batch_size: int) -> list[Extraction | str]:
    """Parse a batch with ``nlp.pipe`` and extract facts; a failing article gives its error text."""
    nlp = load_model(model)
    results: list[Extraction | str] = []
    for article, doc in zip(
        articles, nlp.pipe((a.text for a in articles), batch_size=batch_size), strict=True
    ):
        try:
            results.append(extract_facts(doc, article))
        except Exception as exc:  # a bug on one article must not stop the batch
            results.append(f"extraction failed: {exc.__class__.__name__}: {exc}")
    _return_freed_memory()
    return results


def _return_freed_memory() -> None:
    """Give back to the system what parsing the batch freed. glibc keeps it otherwise, so a worker
    would hold its largest batch's high-water mark (~800 MB and more) instead of ~230 MB between
    batches (measured on allsides articles, batches of 32)."""
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)


def _init_worker(model: str, parent_pid: int) -> None:
    die_with_parent(parent_pid)
    load_model(model)


class LocalExecutor:
    """Runs batches in this process, or in a pool of worker processes for large inputs.

    Workers never outlive the run: each asks the kernel to kill it when its parent dies (kill -9
    included) and ignores Ctrl-C, which the main process alone answers by stopping them."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.pool: ProcessPoolExecutor | None = None

    def map(self, batches: Iterable[list[Article]], total: int) -> Iterator[list[Extraction | str]]:
        """Results per batch, in input order; ``total`` articles decide whether a pool pays."""
        settings = self.settings
        count = settings.worker_count
        batches = iter(batches)
        if count <= 1 or (self.pool is None and total < PARALLEL_MIN_ARTICLES):
            for batch in batches:
                yield process_batch(batch, settings.model, settings.batch_size)
            return
        if self.pool is None:
            self.pool = ProcessPoolExecutor(
                count, initializer=_init_worker, initargs=(settings.model, os.getpid())
            )
        pending = []
        for batch in batches:  # keep a bounded number in flight, results in input order
            pending.append(self.pool.submit(process_batch, batch, settings.model, settings.batch_size))
            if len(pending) >= 2 * count:
                yield pending.pop(0).result()
        for future in pending:
            yield future.result()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()
            self.pool = None

    def abort(self) -> None:
        """Stop now: kill the workers, drop what is queued (after an interrupt or an error)."""
        pool, self.pool = self.pool, None
        if pool is not None:
            kill_pool(pool)


# ---- the job -------------------------------------------------------------------------------


def _failed_id(raw: RawArticle) -> str:
    """A failed input's identity: its given id, else where it lives, else a hash of its content."""
    if raw.given_id:
        return clean.storable_id(raw.given_id)  # never longer than the id columns
    if raw.identity:
        return identity_id(raw.identity)
    content = raw.raw_text if raw.raw_text.strip() else raw.location
    return hashlib.sha1(content.encode("utf-8", "replace")).hexdigest()[:16]


def analyze(
    paths: Sequence[str],
    store: Store,
    settings: Settings,
    outlet: str | None = None,
    published: str | None = None,
    stdin: IO[bytes] | None = None,
    on_article: Callable[[Summary], None] | None = None,
    on_failure: Callable[[str, str], None] | None = None,
    executor: LocalExecutor | None = None,
    on_warning: Callable[[str, str], None] | None = None,
) -> Summary:
    """Analyze every article under ``paths`` into ``store``; unchanged articles are skipped.

    Articles are stored first, each with its facts in one transaction, while the database's
    run lock is held shared; then, holding it exclusively, the cross-article stages link every
    article still unlinked (see ``link_pending``). Every bad input fails alone: it is reported,
    recorded as failed, and the batch goes on."""
    summary = Summary()
    own_executor = executor is None
    executor = executor or LocalExecutor(settings)
    report_warning = on_warning or _log_warning
    lock = RunLock(store, timeout=settings.run["lock_timeout"])
    try:
        with terminate_as_interrupt():
            with lock.shared():
                _store_all(
                    paths,
                    store,
                    settings,
                    summary,
                    executor,
                    outlet,
                    published,
                    stdin,
                    on_article,
                    on_failure,
                    report_warning,
                )
            with lock.exclusive():
                link_pending(store, settings)
            if summary.new or summary.updated:
                refresh_statistics(store.engine)  # the planner sees the tables' new sizes
    except BaseException:
        if hasattr(executor, "abort"):
            executor.abort()  # workers stop now, not after their batch
        raise
    finally:
        lock.close()
        if own_executor:
            executor.close()
    return summary


def _store_all(
    paths, store, settings, summary, executor, outlet, published, stdin, on_article, on_failure, on_warning
) -> None:
    """Read, clean, parse and store every input; a bad one is recorded as failed."""
    # A whole batch's metadata, as given on the command line, overrides what the input says.
    batch_published = ingest.normalize_date(published) if published else None
    seen: set[str] = set()
    limits = Limits.from_settings(settings.limits)

    def fail(location: str, problem: str, article_id: str, raw_text: str = "", given_id=None) -> None:
        summary.failed += 1
        summary.failures.append((location, problem))
        store.save_failed(article_id, location, problem, raw_text, given_id)  # the source names the line
        if on_failure:
            on_failure(location, problem)
        if on_article:
            on_article(summary)

    def cleaned() -> Iterator[Article]:
        for raw in ingest.iter_raw(list(paths), stdin=stdin, limits=limits):
            if outlet:
                raw.outlet = outlet
            if batch_published:
                raw.published, raw.published_text, raw.warnings = batch_published, None, []
            try:
                article = clean.clean_article(raw, settings)
            except InputError as exc:
                raw_text = raw.raw_text if not raw.error else ""
                fail(
                    raw.location,
                    exc.problem,
                    _failed_id(raw),
                    raw_text[: settings.max_chars],
                    raw.given_id,
                )
                continue
            except Exception as exc:  # noqa: BLE001 - whatever one input does, the batch goes on
                problem = f"cannot clean: {exc.__class__.__name__}: {exc}"
                fail(raw.location, problem, _failed_id(raw), "", raw.given_id)
                continue
            for warning in article.warnings:
                on_warning(article.location, warning)
            if len(article.text) > settings.max_chars:
                size, limit = len(article.text), settings.max_chars
                problem = f"article too long to parse ({size} characters; the max_chars setting is {limit})"
                fail(article.location, problem, article.article_id, "", article.given_id)
                continue
            yield article

    for chunk in _chunks(cleaned(), CHUNK_SIZE):
        updates: set[str] = set()
        to_parse = _select_changed(chunk, store, summary, seen, updates, on_article)
        batches = list(_chunks(iter(to_parse), settings.batch_size))
        for batch, results in zip(batches, executor.map(batches, len(to_parse)), strict=True):
            parsed = []
            for article, result in zip(batch, results, strict=True):
                if isinstance(result, str):
                    fail(
                        article.location,
                        result,
                        article.article_id,
                        article.raw_text,
                        article.given_id,
                    )
                else:
                    article.word_roles = result.word_roles  # stored on the article's row
                    parsed.append((article, result))
            try:  # the batch in one transaction of bulk statements
                save_articles(store, parsed)
                stored = parsed
            except (DataError, ValueError):  # one at a time, so a value the database cannot hold fails alone
                stored = []
                for article, result in parsed:
                    try:
                        store.save_article(article, result)
                    except (DataError, ValueError) as exc:
                        problem = f"cannot store: {getattr(exc, 'orig', None) or exc}"
                        fail(article.location, problem, article.article_id, "", article.given_id)
                        continue
                    stored.append((article, result))
            for article, result in stored:
                summary.article_ids.append(article.article_id)
                if article.article_id in updates:
                    summary.updated += 1
                else:
                    summary.new += 1
                summary.quotes += len(result.quotes)
                summary.events += sum(e.type != HAPPENING for e in result.events)
                summary.mentions += len(result.mentions)
                summary.words += article.word_count
                if on_article:
                    on_article(summary)


def link_pending(store: Store, settings: Settings) -> int:
    """Run the cross-article stages over every stored article not linked yet, in canonical
    order and chunks (the caller holds the run lock exclusively). Articles an interrupted run
    stored are linked here too, exactly as an uninterrupted run would have. Returns how many."""
    pending = store.unlinked_article_ids()
    with collector.paced() as pacer:  # full GC passes that do not grow with the caches
        for chunk in _chunks(iter(pending), CHUNK_SIZE):
            link_across_articles(store, chunk, settings)
            pacer.chunk_done()
    return len(pending)


def doctor(store: Store, settings: Settings, repair: bool = False) -> tuple[list, list]:
    """``(findings, findings left)``: what the consistency check found and, after a repair (under
    the run lock: rows fixed, unlinked articles linked), what it finds still."""
    found = store_doctor.check(store)
    if not repair or not found:
        return found, found
    lock = RunLock(store, timeout=settings.run["lock_timeout"])
    try:
        with lock.exclusive():
            store_doctor.repair_rows(store)
            link_pending(store, settings)
    finally:
        lock.close()
    return found, store_doctor.check(store)


def _log_warning(location: str, problem: str) -> None:
    logging.getLogger("newsprism").warning("Warning: %s: %s", location, problem)


def link_across_articles(store: Store, article_ids: Sequence[str], settings: Settings) -> None:
    """The stages that look across articles, run on the given ones only."""
    aliases = load_alias_rules(settings.aliases) if settings.aliases else None
    store.retry(entity_linking.link_articles, store, article_ids, aliases)
    store.retry(stories.assign_stories, store, article_ids, settings)


def _select_changed(
    chunk: list[Article], store: Store, summary: Summary, seen: set[str], updates: set[str], on_article
) -> list[Article]:
    """Keep the articles that are new or changed (noting in ``updates`` which replace a stored one);
    count the rest as unchanged."""
    stored = store.stored_hashes([a.article_id for a in chunk])
    to_parse = []
    for article in chunk:
        if article.article_id in seen or stored.get(article.article_id) == (article.content_hash, "ok"):
            summary.unchanged += 1
            if on_article:
                on_article(summary)
        else:
            if stored.get(article.article_id, ("", ""))[1] == "ok":
                updates.add(article.article_id)
            to_parse.append(article)
        seen.add(article.article_id)
    return to_parse


def _chunks(items: Iterator, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


__all__ = ["Summary", "analyze", "extract_facts", "process_batch", "LocalExecutor", "NewsprismError"]
