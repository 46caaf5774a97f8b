"""The Python API: a corpus is a database you analyze articles into and read facts back from.

from newsprism import Corpus
corpus = Corpus("news.db")
corpus.analyze(["articles/"])
for quote in corpus.quotes(speaker="Kirby"):
    print(quote.speaker, quote.text)
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from newsprism.config import Settings
from newsprism.models import Article, Entity, Event, Quote, Story
from newsprism.pipeline import Summary, analyze, doctor
from newsprism.store.store import Store


class Corpus:
    """A corpus of analyzed articles in one database (a SQLite path or a SQLAlchemy URL)."""

    def __init__(self, db: str | None = None, settings: Settings | None = None, **overrides: Any):
        self.settings = (settings or Settings.load()).with_(db=db, **overrides)
        self.store = Store(self.settings.db)

    def analyze(self, paths: Sequence[str] | str, **options: Any) -> Summary:
        """Ingest, clean, parse and extract; unchanged articles are skipped."""
        if isinstance(paths, str):
            paths = [paths]
        return analyze(list(paths), self.store, self.settings, **options)

    def articles(self, **filters: Any) -> Iterator[Article]:
        return self.store.articles(**filters)

    def article(self, article_id: str) -> Article | None:
        return self.store.article(article_id)

    def quotes(self, **filters: Any) -> Iterator[Quote]:
        return self.store.quotes(**filters)

    def entities(self, **filters: Any) -> Iterator[Entity]:
        return self.store.entities(**filters)

    def events(self, **filters: Any) -> Iterator[Event]:
        return self.store.events(**filters)

    def stories(self, **filters: Any) -> Iterator[Story]:
        return self.store.stories(**filters)

    def doctor(self, repair: bool = False) -> tuple[list, list]:
        """Consistency check: ``(findings, findings left after repair)`` (see ``store.doctor``)."""
        return doctor(self.store, self.settings, repair)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
