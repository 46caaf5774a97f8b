"""How each outlet told one story: ``newsprism compare STORY``.

``compare_story`` gathers, per outlet, its articles and headlines, length, first report, whom it
quotes and how much, and then the differences that matter, ranked and capped so one screen shows
them: its **distinct** statements (what it reports and the others do not, ``distinct.py``), its
**loaded** words (how it characterises actors where the others word it otherwise, ``loaded.py``),
the quotes only it carries, those it paraphrases, who has the last word (``compare_quotes.py``),
and what it leaves out that most other outlets carry. ``full=True`` (``--all``) lifts every cap.
"""

from __future__ import annotations

from typing import Any

from newsprism.errors import NotFoundError
from newsprism.models import HAPPENING, Article, Event, Mention, Quote, Story
from newsprism.store.store import Store
from newsprism.stories.brief import render_compare_html, render_compare_table, render_markdown
from newsprism.stories.compare_context import UNKNOWN_OUTLET, story_context
from newsprism.stories.compare_events import key_events
from newsprism.stories.compare_labels import label_before, label_differences
from newsprism.stories.compare_outlet import DISTINCT_PER_ARTICLE, LOADED_PER_ARTICLE, TOP_NAMES, outlet_row
from newsprism.stories.compare_quotes import is_statement
from newsprism.stories.compare_shared import speaker_turns

__all__ = [
    "DISTINCT_PER_ARTICLE",
    "LOADED_PER_ARTICLE",
    "TOP_NAMES",
    "UNKNOWN_OUTLET",
    "compare_articles",
    "compare_loaded",
    "compare_story",
    "label_before",
    "render_compare_html",
    "render_compare_table",
    "render_markdown",
]

TOP = 5  # quotes, names and events listed per outlet in each difference list by default


def compare_story(store: Store, story_id: str, full: bool = False) -> dict[str, Any]:
    """The per-outlet comparison of one story, as plain JSON-ready data."""
    story = next(store.stories(ids=[story_id]), None)
    if story is None:
        raise NotFoundError(f"no story {story_id!r} (see 'newsprism stories')")
    articles = list(store.articles(ids=story.articles))
    ids = [a.article_id for a in articles]
    quotes = list(store.quotes(article_ids=ids))
    mentions = list(store.mentions(article_ids=ids))
    events = list(store.events(article_ids=ids, happenings=True))  # happenings: key events alone
    entity_ids = {m.entity_id for m in mentions if m.entity_id}
    entity_ids |= {q.speaker_entity_id for q in quotes if q.speaker_entity_id}
    names = {e.entity_id: e.name for e in store.entities(ids=sorted(entity_ids))} if entity_ids else {}
    return compare_loaded(story, articles, quotes, mentions, events, names, full=full)


def compare_loaded(
    story: Story, articles, quotes, mentions, events, names, full: bool = False
) -> dict[str, Any]:
    """``compare_story`` on rows the caller already read (the story page reads them once)."""
    data = compare_articles(articles, quotes, mentions, events, names, full=full)
    return {
        "story_id": story.story_id,
        "title": story.title,
        "first_published": story.first_published,
        "last_published": story.last_published,
    } | data


def compare_articles(
    articles: list[Article],
    quotes: list[Quote],
    mentions: list[Mention],
    events: list[Event],
    names: dict[str, str],
    full: bool = False,
) -> dict[str, Any]:
    """The comparison of a set of articles about one story (no store needed: the eval uses it).
    Timeline-only happenings among ``events`` ("Smith rallied supporters") serve the key events
    alone: the timeline shows them, so "what happened" may; no other part compares them."""
    limit = None if full else TOP
    happenings = [e for e in events if e.type == HAPPENING]
    events = [e for e in events if e.type != HAPPENING]
    story = story_context(articles, quotes, mentions, events, names, limit)
    outlet_of, speaker, actor_weight = story.outlet_of, story.speaker, story.actor_weight
    outlets = [outlet_row(story, outlet, arts, full, limit) for outlet, arts in story.by_outlet.items()]
    outlets.sort(key=lambda row: (row["first_reported"] or "9999", row["outlet"]))
    shared = sorted(
        (
            c
            for c in story.clusters
            if len({outlet_of[q.article_id] for q in c.quotes}) >= 2 and is_statement(c.longest)
        ),
        key=lambda c: (
            -len({outlet_of[q.article_id] for q in c.quotes}),
            -actor_weight.get(speaker(c.longest), 0),
        ),
    )
    return {
        "outlets": outlets,
        "label_differences": label_differences(story.labels, names, story.actor_ids, full),
        "main_actors": story.actors,
        "key_events": key_events(
            story.events + [e for e in happenings if e.article_id in outlet_of],
            outlet_of,
            names,
            [a.published for a in articles],
            {a.article_id: a for a in articles},
            [actor["name"] for actor in story.actors],
        ),
        "shared_quotes": [
            {
                "speaker": speaker(c.longest) or "(unattributed)",
                "speaker_entity_id": next(  # another carrier's, when the longest is a post's
                    (
                        q.speaker_entity_id
                        for q in [c.longest, *c.quotes]
                        if q.speaker_entity_id and speaker(q) == speaker(c.longest)
                    ),
                    None,
                ),
                "text": c.longest.text,
                "article_id": c.longest.article_id,
                "start": c.longest.start,
                "end": c.longest.end,
                "kind": c.longest.kind,  # "indirect": a paraphrase, not the speaker's words
                "outlets": sorted({outlet_of[q.article_id] for q in c.quotes}),
            }
            for c in (shared if full else speaker_turns(shared, lambda c: speaker(c.longest), TOP * 2))
        ],
    }
