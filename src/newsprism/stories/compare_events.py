"""Events compared across outlets: which ones only one outlet reports, which most report and one leaves
out, and the story's key events ("what happened" in the brief). An event is the same across outlets
when its type, actors and recipients agree, a name read as its group's in ``name_aliases.tsv`` ("US
Supreme Court" and "Supreme Court"); an actor that is only a pronoun ("he", "it") names no one, so
two outlets' "he agreed" are not one event. What happened is what happened during the story: an
event dated well before its first article ("Murphy resigned last year", "in September Trump
threatened") is background, not a key event. A key event is shown in the words of a sentence that
stands alone: of the outlets' sentences for it, one that does not open in lower case or with a
bracket (a piece of a quotation: "[to witnesses], because they know ..."), nor with a word pointing
back ("They have also argued", "That language", ``context_openers.txt``), and one outside quotation
marks before a quotation; an event no outlet tells in such a sentence is left out of "what
happened".
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from newsprism.models import HAPPENING, Article, Event
from newsprism.nlp.lexicon import lines, words
from newsprism.stories.brief_select import key_events as brief_events
from newsprism.stories.compare_names import canonical_name
from newsprism.stories.compare_text import WORD, most_others_carry
from newsprism.stories.features import stopwords
from newsprism.stories.key_event_fill import (
    lead_share,
    lone_main_act,
    lone_weight,
    named_pronoun,
    recalled,
    similar_outlets,
)
from newsprism.stories.key_event_wording import typical_wording
from newsprism.stories.timeline_group import group_events
from newsprism.stories.timeline_reads import shown_event

KEY_EVENTS = 6  # key events of a story of three outlets or fewer
KEY_EVENTS_MOST = 10
BACKGROUND_DAYS = 14  # an event that ended this many days before the story's first article


def event_key(found: Event, names: dict[str, str]) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """An event is the same across outlets when type, actors and recipients agree."""

    stop = stopwords()

    def people(words: list[str], ids: list[str | None]) -> tuple[str, ...]:
        keys = []
        for i, word in enumerate(words):
            entity = ids[i] if i < len(ids) else None
            found = canonical_name(names.get(entity or "", "") or word)  # "the U.S. Supreme Court"
            found = found or names.get(entity or "", "") or " ".join(WORD.findall(word.lower()))
            if entity or any(w.lower() not in stop for w in WORD.findall(found)):
                keys.append(found)  # a pronoun ("he", "it", "they") names no one
        return tuple(sorted(keys))

    return (
        found.type,
        people(found.actors, found.actor_entity_ids),
        people(found.recipients, found.recipient_entity_ids),
    )


def _event_row(found: Event, names: dict[str, str], outlets: int = 0) -> dict[str, Any]:
    event_type, actors, recipients = event_key(found, names)
    return {
        "type": event_type,
        "actors": list(actors),
        "recipients": list(recipients),
        "date": found.date,
        "sentence": found.sentence.strip(),
        "article_id": found.article_id,
        "start": found.start,
        "end": found.end,
        "outlets": outlets,
    }


def events_only_here(events_of, arts, others, names, event_keys, actor_ids, limit) -> list[dict[str, Any]]:
    """Events with actors only this outlet reports, those involving main actors first; a sentence
    holding two such events ("X said ... and Y agreed") is listed once."""
    theirs = {event_keys[id(e)] for a in others for e in events_of[a.article_id]}
    rows, seen = [], set()
    for a in arts:
        for found in events_of[a.article_id]:
            key = event_keys[id(found)]
            sentence = (found.article_id, found.start)
            if key in theirs or key in seen or sentence in seen or not (key[1] or key[2]):
                continue
            seen.update((key, sentence))
            involved = set(found.actor_entity_ids) | set(found.recipient_entity_ids)
            rows.append((not (involved & set(actor_ids)), found.start, _event_row(found, names)))
    rows.sort(key=lambda r: r[:2])
    found_rows = [r[2] for r in rows]
    return found_rows[:limit] if limit is not None else found_rows


def events_left_out(events_of, arts, by_outlet, outlet, names, event_keys, limit) -> list[dict[str, Any]]:
    """Events (type, actors, recipients) that most other outlets report and this one does not; only
    events with a named actor that happened, as for key events (a nameless "students have been
    shot" matches no other outlet's wording of the shooting, so it would be "left out" by all)."""
    mine = {event_keys[id(e)] for a in arts for e in events_of[a.article_id]}
    carriers: dict[tuple, set[str]] = defaultdict(set)
    example: dict[tuple, Event] = {}
    for other, other_arts in by_outlet.items():
        if other == outlet:
            continue
        for a in other_arts:
            for found in events_of[a.article_id]:
                key = event_keys[id(found)]
                if key[1] and _happened(found):  # a named actor, as for key events
                    carriers[key].add(other)
                    example.setdefault(key, found)
    keys = [k for k, who in carriers.items() if k not in mine and most_others_carry(len(who), len(by_outlet))]
    keys.sort(key=lambda k: (-len(carriers[k]), example[k].start))
    rows = [_event_row(example[k], names, len(carriers[k])) for k in keys]
    return rows[:limit] if limit is not None else rows


def key_events(
    events: list[Event],
    outlet_of: dict[str, str],
    names: dict[str, str],
    published: list[str | None] = (),
    articles: dict[str, Article] | None = None,
    actors: list[str] = (),
) -> list[dict[str, Any]]:
    """What happened: the happenings the story's timeline shows (its rows, ``group_events``: the same act by
    the same actor within two days, told with a shared recipient or wording), as many as
    ``key_event_count`` allows, those most outlets report first, then those most of the story's main
    ``actors`` (names) take part in, a retelling of one kept left out (``brief_select.key_events``), in
    date order; each told in its most typical sentence (``key_event_wording``); none that ended
    ``BACKGROUND_DAYS`` before the first of the ``published`` days, none denied, hoped for or still to
    come ("could promise to withdraw"), and, when two or more outlets tell the story, none that only one
    of them reports (one outlet's account is no key event of a story the other tells too). Each is dated
    as its timeline row is. Before stop 48 an event was one across outlets only when its type, actors and
    recipients all agreed, so "Democrats blocked the bill" and "Cardin objected to the request" never met,
    nor two outlets naming different recipients of one act; the brief's "what happened" and the timeline
    now list the same happenings."""
    articles = articles or {}
    since = _days_before(min((day for day in published if day), default=None), BACKGROUND_DAYS)
    kept = []
    for n, found in enumerate(events):
        if since and found.date and _last_day(found.date) < since:
            continue  # background the articles recall, not what happened in the story
        if not _happened(found) or not shown_event(found, unnamed=True):
            continue
        if found.type == HAPPENING and recalled(found, articles.get(found.article_id)):
            continue  # a record recalled ("Smith has denied wrongdoing"), no happening of the story
        if not event_key(found, names)[1]:  # a named actor (linked or not), as before: a pronoun names no one
            continue
        kept.append(found if found.event_id else replace(found, event_id=f"key-event-{n}"))
    by_id = {found.event_id: found for found in kept}
    heads = {
        a: articles.get(a) or Article(text="", article_id=a, outlet=o, source="")
        for a, o in outlet_of.items()
    }
    chosen = []
    for row in group_events(kept, heads, names, groups_alone=True):
        told = [by_id[i] for i in row.ids if i in by_id]
        readable = [found for found in told if _readability(found, names) < _UNREADABLE]
        if not readable:
            continue
        typical = typical_wording(told, articles)
        example = min(
            readable,
            key=lambda found: (
                _readability(found, names),
                -typical[id(found)],
                found.article_id,
                found.start,
            ),
        )
        carriers = sorted({outlet_of[found.article_id] for found in told})
        chosen.append((row, example, carriers, told))
    outlets = len(set(outlet_of.values()))
    if outlets >= 2:  # one outlet's account: a main actor's own act only
        key = lambda found: event_key(found, names)  # noqa: E731
        chosen = [
            c
            for c in chosen
            if len(c[2]) >= 2 or lone_main_act(c[1], actors, articles.get(c[1].article_id), key)
        ]
    chosen.sort(key=lambda c: (c[0].date or "9999", c[1].start, c[1].article_id))
    rows, seen = [], set()
    for row, example, carriers, told in chosen:
        if (example.article_id, example.start) not in seen:  # two happenings of one sentence: once
            seen.add((example.article_id, example.start))
            similar = similar_outlets(told, kept, outlet_of, lambda found: event_key(found, names))
            shown = _shown_sentence(example, names)
            weight = lone_weight(len(similar), outlets, lead_share(example, articles.get(example.article_id)))
            rows.append(
                _event_row(example, names, len(carriers))
                | {"outlets": carriers, "date": row.date, "sentence": shown, "similar_outlets": len(similar)}
                | ({"lone_weight": weight} if len(carriers) == 1 else {})
            )
    return brief_events(rows, key_event_count(outlets), actors)


def key_event_count(outlets: int) -> int:
    """How many key events a story of ``outlets`` outlets gets: ``KEY_EVENTS``, one more for every
    two outlets past three (a story eleven outlets tell holds more happenings a reader needs than a
    two-outlet one), at most ``KEY_EVENTS_MOST``."""
    return min(KEY_EVENTS + max(outlets - 3, 0) // 2, KEY_EVENTS_MOST)


_UNREADABLE = 2


def _happened(found: Event) -> bool:
    """Whether the event happened in the story: not denied, hoped for or still to come ("could
    promise to withdraw"), nor background the sentence tells as habitual or long past ("in the
    past has routinely denounced", ``background_markers.txt``)."""
    if found.negated or found.hypothetical or found.future:
        return False
    return not _background(found.sentence)


@lru_cache(maxsize=8192)
def _background(sentence: str) -> bool:
    """Whether the sentence holds a background marker (once per sentence: a story asks per outlet)."""
    return bool(_background_marker().search(sentence))


@lru_cache(maxsize=1)
def _background_marker() -> re.Pattern[str]:
    """Any phrase of ``background_markers.txt``, as whole words in any case."""
    phrases = (r"\s+".join(map(re.escape, p.split())) for p in lines("background_markers.txt"))
    return re.compile(r"\b(?:" + "|".join(phrases) + r")\b", re.IGNORECASE)


def _readability(found: Event, names: dict[str, str] | None = None) -> int:
    """0 for a sentence that reads alone, 1 for one inside quotation marks or one opening with the
    pronoun that is its actor, named in brackets (``key_event_fill.named_pronoun``),
    ``_UNREADABLE`` for a fragment (opening in lower case or with a bracket), one opening with another
    word pointing back or one ending in a colon (what it tells follows it: "McConnell dismissed that
    request, as follows:")."""
    sentence = found.sentence.strip()
    first = WORD.findall(sentence[:40])
    if not sentence or sentence[0].islower() or sentence[0] in "[(…." or not first or sentence[-1] == ":":
        return _UNREADABLE
    if first[0].lower() in words("context_openers.txt"):
        return 1 if names is not None and _shown_sentence(found, names) != sentence else _UNREADABLE
    return 1 if sentence[0] in "\"“‘'" else 0


def _shown_sentence(found: Event, names: dict[str, str]) -> str:
    """The sentence as the brief shows it: an opening pronoun that is its actor named in brackets."""
    return named_pronoun(found, names) or found.sentence.strip()


def _days_before(day: str | None, days: int) -> str | None:
    """The ISO day ``days`` before ``day`` (a published date or timestamp), or None."""
    try:
        return (date.fromisoformat(day[:10]) - timedelta(days=days)).isoformat() if day else None
    except ValueError:
        return None


def _last_day(when: str) -> str:
    """The last ISO day a date of any granularity covers: "2017" -> "2017-12-31"."""
    return when[:10] if len(when) >= 10 else when + "-12-31"[len(when) - 4 :]
