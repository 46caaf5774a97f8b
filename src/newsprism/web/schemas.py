"""Response models for the OpenAPI description, made from the shared dataclasses.

Built from ``models.py`` field by field, so the API keeps the CLI's JSON Lines keys and a field
added to a dataclass shows up here without a second list to keep in step.
"""

from __future__ import annotations

import typing
from dataclasses import MISSING, fields
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from newsprism.models import Article, Entity, Event, Mention, Quote, Story

_OPEN = ConfigDict(extra="allow")


def _model_from(cls: type, drop: tuple[str, ...] = (), **more: Any) -> type[BaseModel]:
    hints = typing.get_type_hints(cls)
    spec: dict[str, Any] = {}
    for f in fields(cls):
        if f.name in drop:
            continue
        if f.default is not MISSING:
            default = f.default
        elif f.default_factory is not MISSING:
            default = Field(default_factory=f.default_factory)
        else:
            default = ...
        spec[f.name] = (hints[f.name], default)
    spec.update(more)
    return create_model(cls.__name__, __config__=_OPEN, __doc__=cls.__doc__, **spec)


ArticleOut = _model_from(Article, drop=("raw_text", "content_hash"), words=(int, 0))
QuoteOut = _model_from(Quote)
MentionOut = _model_from(Mention)
EntityOut = _model_from(Entity)
EventOut = _model_from(Event)
StoryOut = _model_from(Story)


def page_of(model: type[BaseModel]) -> type[BaseModel]:
    """``{"items": [...], "total": N, "next": URL or null}``."""
    return create_model(
        f"{model.__name__}Page",
        items=(list[model], ...),
        total=(int, Field(..., description="How many items match in all")),
        next=(str | None, Field(None, description="URL of the next page, null on the last")),
        total_capped=(
            bool,
            Field(False, description="Whether counting stopped early: at least ``total`` match"),
        ),
    )


class ArticleListItem(ArticleOut):  # type: ignore[misc, valid-type]
    """An article as lists show it: ``text`` is its lead, the whole text is at ``text_url``."""

    words: int = Field(0, description="Words in the whole text")
    text_truncated: bool = Field(False, description="Whether ``text`` is only the article's lead")
    text_url: str | None = Field(None, description="URL of the whole article")


class StoryListItem(StoryOut):  # type: ignore[misc, valid-type]
    """A story as lists show it: ``articles`` are its first members by date, the whole story is at
    ``story_url``."""

    article_count: int = Field(0, description="Member articles in all")
    outlet_count: int = Field(0, description="Named outlets in all")
    articles_truncated: bool = Field(False, description="Whether ``articles`` leaves members out")
    story_url: str | None = Field(None, description="URL of the whole story")


ArticlePage = page_of(ArticleListItem)
QuotePage = page_of(QuoteOut)
EntityPage = page_of(EntityOut)
StoryPage = page_of(StoryListItem)
EventPage = page_of(EventOut)


class ArticleDetail(ArticleOut):  # type: ignore[misc, valid-type]
    """An article with everything extracted from it."""

    quotes: list[QuoteOut] = []  # type: ignore[valid-type]
    mentions: list[MentionOut] = []  # type: ignore[valid-type]
    events: list[EventOut] = []  # type: ignore[valid-type]


class EntityDetail(EntityOut):  # type: ignore[misc, valid-type]
    """An entity with where and how it appears."""

    outlets: dict[str, int] = Field(default_factory=dict, description="Articles naming it, per outlet")
    quotes: list[QuoteOut] = Field(  # type: ignore[valid-type]
        default_factory=list, description="Its quotes, each with outlet, published and title"
    )
    quote_count: int = Field(0, description="How many quotes it has in all")
    quotes_next: str | None = Field(None, description="URL of the next page of its quotes, null on the last")
    co_occurring: list[dict[str, Any]] = Field(default_factory=list, description="Entities named alongside")
    also: list[dict[str, Any]] = Field(
        default_factory=list, description="Other entities the name asked for fits, most mentioned first"
    )
    mentioned_in: list[dict[str, Any]] = Field(
        default_factory=list, description="Its latest articles, newest first (at most 200)"
    )
    mentioned_in_count: int = Field(0, description="How many articles name or quote it")
    over_time: dict[str, dict[str, dict[str, int]]] = Field(
        default_factory=dict, description="outlet -> YYYY-MM-DD -> {mentions, quotes}"
    )


class TimelineRowOut(BaseModel):
    """One happening (event or statement) with every outlet that reported it."""

    model_config = _OPEN
    date: str | None
    kind: str
    type: str
    summary: str
    outlets: list[str]
    wording: list[dict[str, str]]


class TimelinePage(BaseModel):
    """A page of an entity's timeline: the happenings its ``articles`` newest articles report."""

    items: list[TimelineRowOut]
    next: str | None = Field(None, description="URL of the page made from the next older articles")
    articles: int = Field(description="How many articles this page was made from")


class StoryComparison(BaseModel):
    """How each outlet told one story."""

    model_config = _OPEN
    story_id: str
    title: str | None = None
    outlets: list[dict[str, Any]] = Field(
        description="Per outlet: articles, headlines, quotes_by_speaker, entities, labels, "
        "quoted_labels (labels inside a quotation: entity, label, speaker, count), only_here, "
        "missing_here, distinct and loaded ({article_id, start, end, text, why}, best "
        "first), sources, last_word, paraphrases, more (how many there are in all)"
    )
    label_differences: list[dict[str, Any]] = []
    timeline: list[TimelineRowOut] = []


class SearchHit(BaseModel):
    """One article or quote matching a full-text search."""

    kind: Literal["article", "quote"]
    score: float = Field(description="Relevance, higher is better")
    snippet: str = Field(description="The matching passage, plain text")
    highlights: list[list[int]] = Field(description="[start, end] of the matched words in the snippet")
    article: ArticleOut  # type: ignore[valid-type]
    quote: QuoteOut | None = None  # type: ignore[valid-type]


SearchPage = page_of(SearchHit)


class ErrorOut(BaseModel):
    """What every failed API request answers."""

    error: str
    status: int
    detail: list[dict[str, Any]] | None = None
