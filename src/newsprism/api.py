"""The Python API: a corpus is a database you analyze articles into and read facts back from.

from newsprism import Corpus
corpus = Corpus("news.db")
corpus.analyze(["articles/"])
for quote in corpus.quotes(speaker="Kirby"):
    print(quote.speaker, quote.text)

Everything the command line and the web app show comes through here: listings that stream
(``quotes()``) or come a page at a time (``quote_page(limit=50, after=cursor)``), single items
by full id or any unique id prefix, entity profiles, story comparisons, timelines, search and
export. The front ends never touch the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from newsprism.config import Settings
from newsprism.errors import NotFoundError
from newsprism.models import Article, Entity, Event, Mention, Quote, Story
from newsprism.pipeline import Summary, analyze, doctor
from newsprism.store import queries
from newsprism.store.queries import STORY_SORTS, Page
from newsprism.store.store import Store
from newsprism.store.story_previews import PREVIEW_ARTICLES, story_list_page

__all__ = ["PREVIEW_ARTICLES", "STORY_SORTS", "Corpus", "Page"]

# Rows per page when a listing is streamed.
STREAM_PAGE = 1000
# Characters of an article's text a list item carries (the whole text is the article's own page).
LEAD_CHARS = 300


class Corpus:
    """A corpus of analyzed articles in one database (a SQLite path or a SQLAlchemy URL).

    ``read_only=True`` opens it so that nothing can be written (what ``newsprism serve`` uses);
    the database must exist and have the current schema.
    """

    def __init__(
        self,
        db: str | None = None,
        settings: Settings | None = None,
        read_only: bool = False,
        create: bool = True,
        **overrides: Any,
    ):
        self.settings = (settings or Settings.load()).with_(db=db, **overrides)
        if read_only:
            from newsprism.store.readonly import open_read_only

            self.store = open_read_only(self.settings.db, self.settings.store)
        else:
            self.store = Store(self.settings.db, create=create, options=self.settings.store)
        self.read_only = read_only

    # ---- writing ---------------------------------------------------------------------------

    def analyze(self, paths: Sequence[str] | str, **options: Any) -> Summary:
        """Ingest, clean, parse and extract; unchanged articles are skipped."""
        if isinstance(paths, str):
            paths = [paths]
        return analyze(list(paths), self.store, self.settings, **options)

    def relink(self, aliases: str | None = None) -> int:
        """Link every stored article's mentions to entities again (after changing the aliases
        file); returns how many articles were re-linked."""
        from newsprism.entities import load_alias_rules, rebuild_entities

        alias_file = aliases or self.settings.aliases
        return rebuild_entities(self.store, load_alias_rules(alias_file) if alias_file else None)

    # ---- listings: streamed, or a page at a time -----------------------------------------

    def _stream(self, listing: queries.Listing, limit: int | None) -> Iterator[Any]:
        after, left = None, limit
        while left is None or left > 0:
            size = STREAM_PAGE if left is None else min(left, STREAM_PAGE)
            page = queries.read_page(self.store.engine, listing, size, after=after, with_total=False)
            yield from page.items
            if left is not None:
                left -= len(page.items)
            if not page.next:
                return
            after = page.next

    def articles(self, limit: int | None = None, **filters: Any) -> Iterator[Article]:
        """Articles in the order stored; filters: ids, outlet, status (ok|failed), since, until."""
        return self._stream(queries.articles(**filters), limit)

    def article_page(
        self, limit: int = 50, after: str | None = None, offset: int = 0, **filters: Any
    ) -> Page:
        return queries.read_page(self.store.engine, queries.articles(**filters), limit, after, offset)

    def article_lead_page(
        self,
        limit: int = 50,
        after: str | None = None,
        offset: int = 0,
        lead: int = LEAD_CHARS,
        **filters: Any,
    ) -> Page:
        """``article_page`` as a list shows it: JSON items whose ``text`` is the article's first
        ``lead`` characters (``text_truncated`` says whether it goes on; ``words`` counts the whole)."""
        from newsprism.store.article_leads import article_leads

        listing = article_leads(lead, **filters)
        return queries.read_page(self.store.engine, listing, limit, after, offset)

    def quotes(self, limit: int | None = None, **filters: Any) -> Iterator[Quote]:
        """Quotes by article id, in text order; filters: article_ids, speaker, speaker_entity_id, outlet,
        text, since, until (substrings match literally, any case)."""
        return self._stream(queries.quotes(**filters), limit)

    def quote_page(self, limit: int = 50, after: str | None = None, offset: int = 0, **filters: Any) -> Page:
        return queries.read_page(self.store.engine, queries.quotes(**filters), limit, after, offset)

    def entities(self, limit: int | None = None, **filters: Any) -> Iterator[Entity]:
        """Entities, most mentioned first; filters: ids, type, min_mentions."""
        return self._stream(queries.entities(**filters), limit)

    def entity_page(self, limit: int = 50, after: str | None = None, offset: int = 0, **filters: Any) -> Page:
        return queries.read_page(self.store.engine, queries.entities(**filters), limit, after, offset)

    def events(self, limit: int | None = None, **filters: Any) -> Iterator[Event]:
        """Events by date; filters: article_ids, type, actor, since, until."""
        return self._stream(queries.events(**filters), limit)

    def event_page(self, limit: int = 50, after: str | None = None, offset: int = 0, **filters: Any) -> Page:
        return queries.read_page(self.store.engine, queries.events(**filters), limit, after, offset)

    def stories(self, limit: int | None = None, **filters: Any) -> Iterator[Story]:
        """Stories with their articles and outlets; filters: ids, outlet, min_outlets, since,
        until, sort ("newest" first, or "outlets": most outlets, then articles, then latest)."""
        listing = queries.stories(**filters)
        ids: list[str] = []
        for story_id in self._stream(listing, limit):
            ids.append(story_id)
            if len(ids) == STREAM_PAGE:
                yield from self._stories_by_id(ids)
                ids = []
        yield from self._stories_by_id(ids)

    def story_page(self, limit: int = 50, after: str | None = None, offset: int = 0, **filters: Any) -> Page:
        page = queries.read_page(self.store.engine, queries.stories(**filters), limit, after, offset)
        page.items = self._stories_by_id(page.items)
        return page

    def story_list_page(
        self,
        limit: int = 50,
        after: str | None = None,
        offset: int = 0,
        preview: int | None = None,
        **filters: Any,
    ) -> Page:
        """A page of stories as lists show them (dicts): the keys of a story, ``articles`` only
        its first ``preview`` members by date, with ``article_count``, ``outlet_count`` and
        ``articles_truncated``. A page costs the same however big its stories; kept while the
        database is unchanged."""
        listing = queries.stories(**filters)
        shown = PREVIEW_ARTICLES if preview is None else preview
        key = tuple(sorted((name, repr(value)) for name, value in filters.items()))
        return story_list_page(self.store.engine, listing, limit, after, offset, shown, key)

    def _stories_by_id(self, ids: list[str]) -> list[Story]:
        """The stories, members filled in, in the order of ``ids``."""
        if not ids:
            return []
        found = {s.story_id: s for s in self.store.stories(ids=ids)}
        return [found[i] for i in ids if i in found]

    def mentions(
        self, article_ids: Sequence[str] | None = None, entity_id: str | None = None
    ) -> list[Mention]:
        return list(self.store.mentions(article_ids=article_ids, entity_id=entity_id))

    def totals(self) -> dict[str, int]:
        """How much is stored: articles (ok), failed, quotes, entities, events, stories, happenings."""
        return queries.totals(self.store.engine)

    # ---- one item --------------------------------------------------------------------------

    def resolve_id(self, kind: str, id_or_prefix: str) -> str:
        """The full id of an "article", "story" or "entity" given whole or by a unique prefix."""
        if kind == "story":  # a story merged into another is that other story now
            from newsprism.stories.merge import current_story_id

            id_or_prefix = current_story_id(self.store, id_or_prefix)
        return queries.resolve_id(self.store.engine, kind, id_or_prefix)

    def article(self, id_or_prefix: str) -> Article:
        """One article by id or unique id prefix; NotFoundError or AmbiguousError otherwise."""
        found = self.store.article(self.resolve_id("article", id_or_prefix))
        if found is None:
            raise NotFoundError(f"no article {id_or_prefix!r}")
        return found

    def story(self, id_or_prefix: str) -> Story:
        [found] = self._stories_by_id([self.resolve_id("story", id_or_prefix)])
        return found

    def entity(self, name_or_id: str) -> Entity:
        """The entity an id, unique id prefix, name or alias means (the best-supported one)."""
        return self.entity_matches(name_or_id)[0]

    def entity_matches(self, name_or_id: str) -> list[Entity]:
        """Every entity a name or id can mean, best-supported first; NotFoundError when none."""
        from newsprism.entities.lookup import entity_matches

        found = entity_matches(self.store, name_or_id)
        if not found:
            raise NotFoundError(f"no entity named {name_or_id!r}")
        return found

    def entity_profile(self, name_or_id: str, quote_limit: int = 100) -> dict[str, Any]:
        """Everything known about one entity: its keys, ``outlets``, ``quote_count``, the first
        ``quote_limit`` ``quotes``, ``co_occurring`` entities, and ``also``: other entities the
        same name fits (empty when the name was not ambiguous)."""
        from newsprism.entities import entity_profile
        from newsprism.entities.lookup import SHOWN_ALTERNATIVES

        found = self.entity_matches(name_or_id)
        profile = entity_profile(self.store, found[0].entity_id, quote_limit=quote_limit)
        profile["also"] = [
            {k: e.to_json()[k] for k in ("entity_id", "name", "type", "mentions")}
            for e in found[1 : 1 + SHOWN_ALTERNATIVES]
        ]
        return profile

    # ---- stories -------------------------------------------------------------------------------

    def compare(self, story_id: str, **options: Any) -> dict[str, Any]:
        """How each outlet told one story (``newsprism compare``); ``options`` go to the compare
        stage as they are. Kept until the story changes (``story_answer``)."""
        from newsprism.stories.compare import compare_story

        story_id = self.resolve_id("story", story_id)
        kind = f"compare {sorted(options.items())!r}"
        return self.story_answer(
            story_id, kind, lambda corpus, sid: compare_story(corpus.store, sid, **options)
        )

    def story_answer(self, story_id: str, kind: str, compute: Callable[[Corpus, str], Any]) -> Any:
        """``compute(corpus, story_id)``, kept in this process until the story changes: a member
        added, re-analysed or gone, an entity linked or renamed (``stories.story_cache``). The
        answer is shared between callers: read it, do not change it."""
        from newsprism.stories.story_cache import cached

        return cached(self.store, story_id, kind, lambda _store, sid: compute(self, sid))

    def entity_activity(self, entity_id: str) -> list[tuple[str | None, str, str, int]]:
        """``(outlet, day, "mentions" | "quotes", count)``: an entity's activity, counted in the database."""
        from newsprism.store.aggregates import entity_activity

        return entity_activity(self.store, entity_id)

    def entity_articles(self, entity_id: str, limit: int = 100) -> tuple[list[dict[str, Any]], int]:
        """The latest ``limit`` articles naming or quoting an entity (id, title, source, outlet,
        published), and how many there are."""
        from newsprism.store.aggregates import entity_articles

        return entity_articles(self.store, entity_id, limit)

    def timeline(
        self, story: str | None = None, entity: str | None = None, limit: int | None = None, **options: Any
    ) -> list:
        """Events and quotes in date order (TimelineRow), for a story and/or an entity (each by
        id, unique id prefix or, for an entity, name); ``options`` go to the timeline stage."""
        from newsprism.stories.timeline import build_timeline

        story_id = self.resolve_id("story", story) if story else None
        entity_id = self.entity(entity).entity_id if entity else None
        return build_timeline(self.store, story_id=story_id, entity=entity_id, limit=limit, **options)

    def entity_timeline_page(
        self, name_or_id: str, after: str | None = None, articles: int | None = None, **options: Any
    ) -> Page:
        """A page of an entity's timeline, made from its ``articles`` newest articles after the
        cursor ``after`` (``stories.timeline_pages``): ``items`` are TimelineRows, ``next`` the
        cursor of the next page, ``total`` how many articles this page was made from."""
        from newsprism.stories.timeline_pages import ARTICLES_A_PAGE, entity_timeline_page

        entity_id = self.entity(name_or_id).entity_id
        rows, cursor, read = entity_timeline_page(
            self.store, entity_id, after, articles or ARTICLES_A_PAGE, **options
        )
        return Page(items=rows, total=read, next=cursor)

    # ---- search and export -----------------------------------------------------------------

    def search(self, q: str, limit: int = 20, offset: int = 0, after: str | None = None) -> Page:
        """Full-text search over article titles and text and over quotes, best first (past
        10,000 matches: articles, then quotes, the last stored first). ``next`` is the cursor of
        the next page (pass it as ``after``: page 1000 costs what page 1 costs); ``offset``
        still works for old clients."""
        from newsprism.store.search import search_page

        return search_page(self.store, q, limit=limit, after=after, offset=offset)

    def export(self, table: str, out: Path, fmt: str | None = None) -> tuple[int, str]:
        """Write a whole table to Parquet, CSV or JSON Lines; returns (rows, format)."""
        from newsprism.store.export import export_table, format_for

        fmt = format_for(out, fmt)
        return export_table(self.store, table, fmt, out), fmt

    # ---- the rest --------------------------------------------------------------------------

    def doctor(self, repair: bool = False) -> tuple[list, list]:
        """Consistency check: ``(findings, findings left after repair)`` (see ``store.doctor``)."""
        return doctor(self.store, self.settings, repair)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
