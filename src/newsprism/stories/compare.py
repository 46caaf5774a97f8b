"""How each outlet told one story: ``newsprism compare STORY``.

``compare_story`` gathers, per outlet, its articles and headlines, length, whom it quotes and how
often, the entities it names, the words it uses to label each entity ("Chinese communist leader"
against "Chinese President"), when it first reported, and what it carries that the others do not
(and the reverse): quotes, entities and events. Quotes count as shared when another outlet
quotes the same speaker saying much the same words, or prints those words anywhere.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Any

from jinja2 import Environment
from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsprism.config import data_path
from newsprism.errors import NotFoundError
from newsprism.models import Article, Event, Mention, Quote
from newsprism.nlp.lexicon import speech_verbs
from newsprism.store.store import Store
from newsprism.stories.features import stopwords

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_LABEL_WORDS = 4  # at most this many words before a mention are read as its label
_SAME_QUOTE = 0.5  # share of the shorter quote's content words another must have to be the same
_QUOTED_IN_TEXT_WORDS = 5  # a quote this long found verbatim in another outlet's text is shared
UNKNOWN_OUTLET = "unknown"


def compare_story(store: Store, story_id: str) -> dict[str, Any]:
    """The per-outlet comparison of one story, as plain JSON-ready data."""
    story = next(store.stories(ids=[story_id]), None)
    if story is None:
        raise NotFoundError(f"no story {story_id!r} (see 'newsprism stories')")
    articles = list(store.articles(ids=story.articles))
    ids = [a.article_id for a in articles]
    quotes = list(store.quotes(article_ids=ids))
    mentions = list(store.mentions(article_ids=ids))
    events = list(store.events(article_ids=ids))
    entity_ids = {m.entity_id for m in mentions if m.entity_id}
    entity_ids |= {q.speaker_entity_id for q in quotes if q.speaker_entity_id}
    names = {e.entity_id: e.name for e in store.entities(ids=sorted(entity_ids))} if entity_ids else {}
    text_of = {a.article_id: a.text for a in articles}

    outlet_of = {a.article_id: a.outlet or UNKNOWN_OUTLET for a in articles}
    by_outlet: dict[str, list[Article]] = defaultdict(list)
    for article in sorted(articles, key=lambda a: (a.published or "9999", a.article_id)):
        by_outlet[outlet_of[article.article_id]].append(article)
    content = {a.article_id: _Content(a) for a in articles}
    for quote in quotes:
        content[quote.article_id].quotes.append(quote)
    for mention in mentions:
        content[mention.article_id].mentions.append(mention)
    for found in events:
        content[found.article_id].events.append(found)

    outlets = []
    for outlet, arts in by_outlet.items():
        mine = _Carried([content[a.article_id] for a in arts], names)
        # Other outlets' articles, less re-posts of this outlet's own (a copy shares everything).
        groups = {a.duplicate_of or a.article_id for a in arts}
        theirs = _Carried(
            [
                content[a.article_id]
                for o, others in by_outlet.items()
                if o != outlet
                for a in others
                if (a.duplicate_of or a.article_id) not in groups
            ],
            names,
        )
        named = Counter(_entity_name(m, names) for c in mine.contents for m in c.mentions)
        outlets.append(
            {
                "outlet": outlet,
                "articles": [a.article_id for a in arts],
                "copies_of": {a.article_id: a.duplicate_of for a in arts if a.duplicate_of},
                "headlines": [a.title for a in arts if a.title],
                "length": sum(a.word_count for a in arts),
                "first_reported": min((a.published for a in arts if a.published), default=None),
                "quotes_by_speaker": dict(Counter(_speaker(q, names) for q in mine.quotes).most_common()),
                "entities": dict(named.most_common()),
                "labels": _labels([m for c in mine.contents for m in c.mentions], text_of, names),
                "only_here": mine.not_in(theirs),
                "missing_here": theirs.not_in(mine),
            }
        )
    outlets.sort(key=lambda row: (row["first_reported"] or "9999", row["outlet"]))
    return {
        "story_id": story.story_id,
        "title": story.title,
        "first_published": story.first_published,
        "last_published": story.last_published,
        "outlets": outlets,
        "label_differences": _label_differences(outlets),
    }


# ---- pieces --------------------------------------------------------------------------------


class _Content:
    """One article's text, quotes, mentions and events."""

    def __init__(self, article: Article):
        self.article = article
        self.quotes: list[Quote] = []
        self.mentions: list[Mention] = []
        self.events: list[Event] = []


class _Carried:
    """What a set of articles carries: quotes, text, entity names and events."""

    def __init__(self, contents: list[_Content], names: dict[str, str]):
        self.contents = contents
        self.names = names
        self.quotes = [q for c in contents for q in c.quotes]
        self.text = " \n ".join(_normalised(c.article.text) for c in contents)
        self.entity_names = {_entity_name(m, names) for c in contents for m in c.mentions}
        self.event_keys = {_event_key(e, names) for c in contents for e in c.events}

    def not_in(self, other: _Carried) -> dict[str, list]:
        """The quotes, entities and events these articles carry and ``other`` does not."""
        names = self.names
        return {
            "quotes": _dedupe(
                _quote_row(q, names) for q in self.quotes if not _carries(other.quotes, other.text, q, names)
            ),
            "entities": sorted(self.entity_names - other.entity_names),
            "events": _dedupe(
                _event_row(e, names)
                for c in self.contents
                for e in c.events
                if _event_key(e, names) not in other.event_keys
            ),
        }


def _normalised(text: str) -> str:
    return " ".join(w.lower() for w in _WORD.findall(text))


def _content_words(text: str) -> set[str]:
    stop = stopwords()
    return {w for w in _normalised(text).split() if w not in stop}


def _entity_name(mention: Mention, names: dict[str, str]) -> str:
    """The canonical name when linking ran, else the fullest name the article uses."""
    return names.get(mention.entity_id or "", "") or mention.local_name or mention.text


def _speaker(quote: Quote, names: dict[str, str]) -> str:
    return (
        names.get(quote.speaker_entity_id or "", "")
        or quote.speaker
        or quote.speaker_mention
        or "(unattributed)"
    )


def _quote_row(quote: Quote, names: dict[str, str]) -> dict[str, str]:
    return {"speaker": _speaker(quote, names), "text": quote.text, "article_id": quote.article_id}


def _carries(their_quotes: list[Quote], their_text: str, quote: Quote, names: dict[str, str]) -> bool:
    """Whether another outlet has this quote: same speaker and words, or the words verbatim."""
    words = _normalised(quote.text)
    if len(words.split()) >= _QUOTED_IN_TEXT_WORDS and words in their_text:
        return True
    speaker = _speaker(quote, names)
    mine = _content_words(quote.text)
    for other in their_quotes:
        if _speaker(other, names) != speaker:
            continue
        theirs = _content_words(other.text)
        smaller = min(len(mine), len(theirs))
        if smaller and len(mine & theirs) / smaller >= _SAME_QUOTE:
            return True
    return False


def _event_key(found: Event, names: dict[str, str]) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """An event is the same across outlets when type, actors and recipients agree."""

    def people(words: list[str], ids: list[str | None]) -> tuple[str, ...]:
        keys = []
        for i, word in enumerate(words):
            entity = ids[i] if i < len(ids) else None
            keys.append(names.get(entity or "", "") or _normalised(word))
        return tuple(sorted(keys))

    return (
        found.type,
        people(found.actors, found.actor_entity_ids),
        people(found.recipients, found.recipient_entity_ids),
    )


def _event_row(found: Event, names: dict[str, str]) -> dict[str, Any]:
    event_type, actors, recipients = _event_key(found, names)
    return {
        "type": event_type,
        "actors": list(actors),
        "recipients": list(recipients),
        "date": found.date,
        "sentence": found.sentence,
        "article_id": found.article_id,
    }


def _dedupe(rows) -> list[dict[str, Any]]:
    seen, kept = set(), []
    for row in rows:
        key = tuple((k, str(v)) for k, v in row.items() if k != "article_id")
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return kept


@lru_cache(maxsize=1)
def _label_stops() -> frozenset[str]:
    """Words that end a label run: stop words and the speech verbs ("said Chinese President")."""
    forms = set()
    for verb in speech_verbs("quote"):
        forms |= {verb, verb + "s", verb + "ed", verb + "d", verb.rstrip("e") + "ing"}
    return frozenset(stopwords() | forms)


@lru_cache(maxsize=1)
def _label_ends() -> frozenset[str]:
    """Words a label may end in: last words of the roles lexicon ("minister") and label nouns ("critic")."""
    words = set()
    for name in ("roles.txt", "label_nouns.txt"):
        for line in data_path(name).read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                words.add(line.split()[-1].strip(".").lower())
    return frozenset(words)


def label_before(text: str, start: int) -> str:
    """The descriptor words right before a mention: "Chinese communist leader" in
    "... by Chinese communist leader Xi Jinping". The run stops at punctuation and at stop
    words, and must end in a capitalised word, a role or a label noun, so "met Xi" gives nothing."""
    window = text[max(0, start - 80) : start]
    words = window.split()
    if not window or not window[-1].isspace() or not words:
        return ""  # the mention is glued to something ("Xi's", "(Xi"), or starts the text
    last = words[-1]
    if not (last[:1].isupper() or last.lower() in _label_ends()):
        return ""
    label: list[str] = []
    for word in reversed(words):
        if not _WORD.fullmatch(word) or word.lower() in _label_stops():
            break
        label.insert(0, word)
        if len(label) == _LABEL_WORDS:
            break
    return " ".join(label)


def _labels(mentions: list[Mention], text_of: dict[str, str], names: dict[str, str]) -> dict[str, dict]:
    """For each entity: the role phrases and preceding descriptors this outlet uses, with counts."""
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        name = _entity_name(mention, names)
        phrases = {role.strip() for role in mention.roles if role.strip()}
        before = label_before(text_of.get(mention.article_id, ""), mention.start)
        if before and mention.label == "PERSON":
            phrases.add(before)
        for phrase in phrases:
            found[name][phrase] += 1
    return {name: dict(counts.most_common()) for name, counts in sorted(found.items())}


def _label_differences(outlets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entities that several outlets label, with different words."""
    per_entity: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for row in outlets:
        for entity, phrases in row["labels"].items():
            per_entity[entity][row["outlet"]] = list(phrases)
    differences = []
    for entity, by_outlet in sorted(per_entity.items()):
        variants = {tuple(sorted(_normalised(p) for p in phrases)) for phrases in by_outlet.values()}
        if len(by_outlet) >= 2 and len(variants) >= 2:
            differences.append({"entity": entity, "labels": by_outlet})
    return differences


# ---- rendering -----------------------------------------------------------------------------


def _top(counts: dict[str, int], n: int = 5) -> str:
    return ", ".join(f"{name} ({count})" for name, count in list(counts.items())[:n])


def render_compare_table(data: dict[str, Any], console: Console) -> None:
    """The comparison as rich tables: one row per outlet, then labels and exclusives."""
    summary = Table(title=Text(f"{data['title']}  ({data['story_id']})"), show_lines=True)
    for column in ("outlet", "first reported", "words", "headlines", "quotes", "names", "only here"):
        summary.add_column(column, overflow="fold")
    for row in data["outlets"]:
        only = row["only_here"]
        cells = [
            row["outlet"] + (" (re-post)" if row["copies_of"] else ""),
            row["first_reported"] or "",
            str(row["length"]),
            "\n".join(row["headlines"]),
            _top(row["quotes_by_speaker"]),
            _top(row["entities"]),
            f"{len(only['quotes'])} quotes, {len(only['entities'])} names, {len(only['events'])} events",
        ]
        summary.add_row(*map(Text, cells))  # Text: brackets in a headline are not rich markup
    console.print(summary)
    if data["label_differences"]:
        labels = Table(title="How each outlet labels the same entity")
        labels.add_column("entity")
        outlet_names = [row["outlet"] for row in data["outlets"]]
        for outlet in outlet_names:
            labels.add_column(outlet, overflow="fold")
        for diff in data["label_differences"]:
            cells = [diff["entity"], *("; ".join(diff["labels"].get(o, [])) for o in outlet_names)]
            labels.add_row(*map(Text, cells))
        console.print(labels)
    exclusive = Table(title="Quotes only one outlet carries")
    for column in ("outlet", "speaker", "quote"):
        exclusive.add_column(column, overflow="fold")
    for row in data["outlets"]:
        for quote in row["only_here"]["quotes"]:
            exclusive.add_row(*map(Text, (row["outlet"], quote["speaker"], quote["text"])))
    if exclusive.row_count:
        console.print(exclusive)


@lru_cache(maxsize=1)
def _html_template():
    environment = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    return environment.from_string(data_path("compare.html.j2").read_text("utf-8"))


def render_compare_html(data: dict[str, Any]) -> str:
    """A self-contained HTML page (inline CSS, no scripts, everything escaped)."""
    return _html_template().render(data=data)
