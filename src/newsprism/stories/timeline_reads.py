"""What a timeline reads: an entity's events among given articles, and the articles' heads
(outlet, source, date), in chunks of ids, never texts."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import fields
from functools import cache
from typing import Any

from sqlalchemy import Text, cast, or_, select

from newsprism.models import Article, Event
from newsprism.nlp import lexicon
from newsprism.store.schema import articles_table, entities_table, events_table

_ID_CHUNK = 500  # article ids per IN (...)


_WORD_BEFORE = re.compile(r"(\w+)\W*$")
_FIRST_WORD = re.compile(r"\w+")
_WORDS = re.compile(r"\w+")


def shown_event(event: Event, unnamed: bool) -> bool:
    """Whether a timeline shows the event: it happened (not negated, hypothetical or future), is
    not undated background (``told_as_background``) and, unless ``unnamed``, has a named (linked)
    actor."""
    return not (event.negated or event.hypothetical or event.future or told_as_background(event)) and (
        unnamed or any(event.actor_entity_ids)
    )


_REPORTED_WITHIN = 8  # words between a speech verb and "had" that make it reported speech


@cache
def _background_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return (
        lexicon.words("story_timeline_background_aux.txt"),
        lexicon.words("story_timeline_background_adverbs.txt"),
        lexicon.words("story_timeline_background_participles.txt"),
    )


@cache
def _speech_forms() -> frozenset[str]:
    """The forms of the reporting verbs ("said", "says", "saying", "announced"): a past perfect
    after one is the tense shift of reported speech ("negotiators said they had reached a deal":
    the deal is today's news), not background."""
    forms = set(lexicon.words("speech_verb_past_forms.txt"))
    for lemma in lexicon.speech_verbs("quote"):
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms |= {lemma, lemma + "s", stem + "ing", stem + "ed"}
        if lemma.endswith("y"):
            forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    return frozenset(forms)


def told_as_background(event: Event) -> bool:
    """An act told in the past perfect ("the money he had demanded", "McConnell, who had urged
    Trump to ...") with no date words of its own: done at some time before the story's, so its
    article's day would date it wrongly and a chronology has no place for it. With date words
    ("had met in 2016") it is dated and kept. Read from the words before the act's verb (any
    adverbs between, ``story_timeline_background_adverbs.txt``), the verb read as a participle ("had
    talks" is the main verb "had") and no reporting verb just before ("said they had reached a
    deal" is reported speech: ``_speech_forms``); the parse is not stored."""
    if event.date_text or event.trigger_start is None:
        return False
    aux, adverbs, participles = _background_words()
    offset = max(0, event.trigger_start - event.start)
    verb = _FIRST_WORD.match(event.sentence, offset)
    if not verb or not (verb.group().lower().endswith(("ed", "en")) or verb.group().lower() in participles):
        return False
    before = event.sentence[:offset]
    while found := _WORD_BEFORE.search(before):
        word = found.group(1).lower()
        if word in aux:
            heard = _WORDS.findall(before[: found.start()].lower())[-_REPORTED_WITHIN:]
            return not any(w in _speech_forms() for w in heard)
        if not (word in adverbs or word.endswith("ly")):
            return False
        before = before[: found.start()]
    return False


def names_entity(event: Event, entity_id: str) -> bool:
    return entity_id in event.actor_entity_ids or entity_id in event.recipient_entity_ids


def entity_events(conn: Any, entity_id: str, article_ids: list[str]) -> list[Event]:
    """The events among these articles that have the entity as an actor or recipient (narrowed
    in SQL on the JSON text of the id lists, decided on the lists themselves)."""
    e = events_table
    quoted_id = json.dumps(entity_id)
    names_it = or_(
        cast(e.c.actor_entity_ids, Text).contains(quoted_id, autoescape=True),
        cast(e.c.recipient_entity_ids, Text).contains(quoted_id, autoescape=True),
    )
    known = {f.name for f in fields(Event)}
    found = []
    for chunk in chunks(article_ids):
        for row in conn.execute(select(e).where(e.c.article_id.in_(chunk), names_it)):
            data = dict(row._mapping)
            data.update(data.pop("extra", None) or {})
            event = Event(**{k: v for k, v in data.items() if k in known})
            if names_entity(event, entity_id):
                found.append(event)
    return found


def article_heads(conn: Any, article_ids: Sequence[str]) -> dict[str, Article]:
    """The articles' outlet, source and date (what a timeline row shows), without their texts."""
    a = articles_table
    heads = {}
    for chunk in chunks(sorted(set(article_ids))):
        query = select(a.c.article_id, a.c.source, a.c.outlet, a.c.published).where(a.c.article_id.in_(chunk))
        for row in conn.execute(query):
            heads[row.article_id] = Article(text="", **row._mapping)
    return heads


def entity_names(conn: Any, entity_ids: set[str]) -> dict[str, str]:
    """Each entity's canonical name, as rows show linked participants."""
    e = entities_table
    names = {}
    for chunk in chunks(sorted(entity_ids)):
        names.update(conn.execute(select(e.c.entity_id, e.c.name).where(e.c.entity_id.in_(chunk))).all())
    return names


def chunks(ids: Sequence[str], size: int = _ID_CHUNK) -> Iterator[list[str]]:
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])
