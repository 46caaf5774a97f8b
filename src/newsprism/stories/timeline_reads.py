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
from newsprism.nlp.lexicon import lines
from newsprism.store.schema import articles_table, entities_table, events_table
from newsprism.stories.compare_text import stem

_ID_CHUNK = 500  # article ids per IN (...)
GROUP_PREFIX = "norp-"  # entity ids of nationalities, religious and political groups


def shown_event(event: Event, unnamed: bool) -> bool:
    """Whether a timeline shows the event: it happened (not negated, hypothetical or future), is
    not undated background (``undated_background``) and, unless ``unnamed``, has a named (linked)
    actor (a whole group's acts told by one outlet alone are left out after grouping:
    ``timeline_group.EventGroups``)."""
    return not (event.negated or event.hypothetical or event.future or undated_background(event)) and (
        unnamed or any(event.actor_entity_ids)
    )


def told_in_quotation(event: Event) -> bool:
    """The event's verb stands inside quotation marks of its sentence (more opening than closing
    curly marks before it, or an odd number of straight ones, or a quotation carried on from an
    earlier sentence, ``_quotation_carried``): the words are a speaker's, not the outlet's report of
    a happening ("'I appeal to the president to pardon me,' it read")."""
    offset = (event.trigger_start if event.trigger_start is not None else event.start) - event.start
    before = event.sentence[: max(0, offset)]
    if before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1:
        return True
    return _quotation_carried(before, event.sentence[max(0, offset) :])


def _quotation_carried(before: str, after: str) -> bool:
    """The sentence goes on with a quotation opened in an earlier one (a statement of several
    sentences: 'We ask for patience as the agency completes its review.\u201d'): no mark before the
    verb, and the first mark after it closes (a curly closing mark, or the sentence's one straight
    mark ending it)."""
    if any(mark in before for mark in ('"', "\u201c", "\u201d")):
        return False
    curly = [c for c in after if c in "\u201c\u201d"]
    if curly:
        return curly[0] == "\u201d"
    return after.count('"') == 1 and after.rstrip().endswith('"')


def named_actor(entity_id: str | None, asked: str | None = None) -> bool:
    """A linked actor that names someone: any entity but a group's (``norp-``), or the one asked."""
    return bool(entity_id) and (not entity_id.startswith(GROUP_PREFIX) or entity_id == asked)


def undated_background(event: Event) -> bool:
    """An act told as background (the past perfect of the narrative, as the events stage read it
    from the parse: "the money he had demanded", "McConnell, who had urged Trump to ...") with no
    date words of its own: done at some time before the story's, so its article's day would date
    it wrongly and a chronology has no place for it. With date words ("had met in 2016") it is
    dated and kept."""
    return event.background and not event.date_text


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


@cache
def _act_synonyms() -> dict[str, frozenset[str]]:
    """Each verb stem of ``timeline_act_synonyms.txt`` -> the stems of its line (itself included)."""
    found: dict[str, frozenset[str]] = {}
    for line in lines("timeline_act_synonyms.txt"):
        stems = frozenset(s for w in line.lower().split() for s in _inflected_stems(w))
        for one in stems:
            found[one] = found.get(one, frozenset()) | stems
    return found


@cache
def catenative_verbs() -> frozenset[str]:
    """Stems of ``timeline_catenative_verbs.txt``: verbs whose "to" complement is the act told."""
    return frozenset(
        s
        for line in lines("timeline_catenative_verbs.txt")
        for w in line.split()
        for s in _inflected_stems(w)
    )


def _inflected_stems(verb: str) -> frozenset[str]:
    """The stems of a base form's inflections as reports write them: ``stem`` strips one suffix, so
    "urge" -> "urge" but "urged" -> "urg", "call" -> "call" but "called" -> "cal", "pass" -> "pas"
    but "passes" -> "pass"; a lexicon's base form alone would miss them."""
    verb = verb.lower()
    third = verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s")
    past = verb + ("d" if verb.endswith("e") else "ed")
    ing = (verb[:-1] if verb.endswith("e") and len(verb) > 3 else verb) + "ing"
    return frozenset(stem(w) for w in (verb, third, past, ing))


def act_words(head: str) -> frozenset[str]:
    """The verb stems that tell the same act as ``head`` (a stemmed verb): itself and its synonyms."""
    return _act_synonyms().get(head, frozenset({head}))


def actor_keys(names: Sequence[str], entity_ids: Sequence[str | None]) -> set[str]:
    """An actor's keys: its entity, else its name; a group (nationality, party, religion) also
    by its name in the singular, since "Republican" and "Republicans" are linked apart."""
    keys = {eid for eid in entity_ids if eid}
    for i, name in enumerate(names):
        entity_id = entity_ids[i] if i < len(entity_ids) else None
        if not entity_id:
            keys.add(name.lower())
        elif entity_id.startswith(GROUP_PREFIX):
            keys.add(GROUP_PREFIX + re.sub(r"s$", "", name.lower()))
    return keys
