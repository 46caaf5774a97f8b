"""The typed data model every stage shares.

Each stage takes and returns these plain dataclasses; the store turns them into rows and back.
Every extracted fact carries its provenance: the article id, character offsets into the
article's *clean* text, and the sentence it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _plain(value: Any) -> Any:
    """A copy of a field's value made of new lists, dicts and tuples (what ``asdict`` gives,
    without its per-element checks: listing pages turn thousands of items into JSON)."""
    kind = type(value)
    if kind is list:
        return [_plain(v) for v in value]
    if kind is dict:
        return {k: _plain(v) for k, v in value.items()}
    if kind is tuple:
        return tuple(_plain(v) for v in value)
    if hasattr(kind, "__dataclass_fields__"):
        return as_dict(value)
    return value


def as_dict(item: Any) -> dict[str, Any]:
    """A dataclass instance as a dict of its fields, containers copied (like ``dataclasses.asdict``)."""
    return {name: _plain(getattr(item, name)) for name in _field_names(type(item))}


@dataclass
class RawArticle:
    """One article as ingest found it, before cleaning."""

    source: str  # the path as given or found in a directory, "-" for stdin
    raw_text: str = ""  # plain text, or the HTML page when ``is_html``
    is_html: bool = False
    title: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD, or None
    url: str | None = None
    given_id: str | None = None  # an id the input supplied (JSON ``id``/``uuid``)
    error: str | None = None  # set when the input could not be read at all
    line: int | None = None  # its line in a JSON Lines file
    identity: str | None = None  # where it lives (real path, and line or item): its id across runs
    published_text: str | None = None  # a date the input gave that is no usable date, as given
    warnings: list[str] = field(default_factory=list)  # problems that did not stop it

    @property
    def location(self) -> str:
        """``FILE`` or ``FILE:LINE``, as error lines name an input."""
        return f"{self.source}:{self.line}" if self.line else self.source


@dataclass
class Article:
    """A cleaned article: what every later stage reads."""

    article_id: str
    source: str
    text: str  # clean text: every offset refers to this
    raw_text: str = ""
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    status: str = "ok"  # ok | failed
    error: str | None = None
    content_hash: str = ""
    duplicate_of: str | None = None
    story_id: str | None = None
    given_id: str | None = None  # the id the input gave, whole (article_id shortens a long one)
    published_text: str | None = None  # a date the input gave that is no usable date, as given
    # report, opinion, editorial, roundup or analysis: the genre its lead's label gave, found in
    # cleaning (ingest/genre.py) before the label line was cut; None: not read (an article made
    # without cleaning, or stored before genres were kept)
    genre: str | None = None
    # [start, pos, dep, head_start] of each content word, subject and possessor, from the parse
    # (nlp/word_roles.py; rows of three, without the head, read too); None: stored before roles
    word_roles: list[list] | None = None
    line: int | None = None  # its line in a JSON Lines file (not stored)
    warnings: list[str] = field(default_factory=list)  # problems that did not stop it (not stored)

    @property
    def location(self) -> str:
        return f"{self.source}:{self.line}" if self.line else self.source

    # found once, in cleaning (ingest.layout): (start, end) in ``text`` of the story's dateline
    # ("ASHBY —") and of its headline-cased lines
    dateline: tuple[int, int] | None = None
    headline_lines: list[tuple[int, int]] = field(default_factory=list)
    # True when ``text`` is what cleaning made of the input: each of its lines was judged by the
    # boilerplate rules and kept (ingest/clean.py ``debris_reason``), so the stages do not ask the
    # rules again; False for a text given without cleaning or read back from the store (not stored)
    lines_judged: bool = False

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    def to_json(self) -> dict[str, Any]:
        data = as_dict(self)
        data.pop("raw_text")
        data.pop("word_roles")  # parse detail for the stages, no reader's field
        data.pop("content_hash")
        data.pop("line")
        data.pop("warnings")
        data.pop("lines_judged")
        data["words"] = self.word_count
        return data


@dataclass
class Quote:
    """Who said what, with the quoted words located in the clean text."""

    article_id: str
    text: str  # the quoted words, without quotation marks
    start: int  # offsets of ``text`` in the clean article text
    end: int
    kind: str  # direct | partial | indirect | mixed
    speaker: str | None = None  # full name as the article introduces the speaker
    speaker_mention: str | None = None  # the words at the cue ("he", "the spokeswoman")
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None  # "said", "told", "according to"
    cue_start: int | None = None
    sentence: str = ""
    sentence_start: int = 0
    sentence_end: int = 0
    speaker_entity_id: str | None = None
    speaker_type: str | None = None  # PERSON | ORG | GPE | NORP | None
    # the article's mention (Mention.mention_id) of the person or body the speaker resolved to:
    # the name at the cue, or the one a pronoun or role noun refers back to
    speaker_mention_id: str | None = None
    quote_id: str = ""
    source: str = ""  # filled in from the article when read back

    def to_json(self) -> dict[str, Any]:
        return as_dict(self)


@dataclass
class Mention:
    """One mention of a named entity inside an article."""

    article_id: str
    text: str  # the name as written, titles and possessives stripped
    start: int
    end: int
    label: str  # PERSON, ORG, GPE, NORP, LOC, ...
    local_name: str = ""  # the fullest name this mention refers to within its article
    roles: list[str] = field(default_factory=list)
    sentence_start: int = 0
    sentence_end: int = 0
    entity_id: str | None = None
    mention_id: str = ""  # "<article_id>:m<n>", set by the entity stage


@dataclass
class Entity:
    """One real-world person, organisation or place across the corpus."""

    entity_id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: int = 0
    articles: int = 0
    related: dict[str, str] = field(default_factory=dict)  # e.g. {"demonym_of": entity_id}

    def to_json(self) -> dict[str, Any]:
        return as_dict(self)


# The type of a timeline-only happening (events/happenings.py): stored with the events, read
# only by timelines (``Store.events(happenings=True)``), never listed, exported or scored as one.
HAPPENING = "HAPPENING"


@dataclass
class Event:
    """Who did what to whom, and when (PLOVER 2.0 types; ``HAPPENING``: a timeline-only act)."""

    article_id: str
    type: str
    start: int  # offsets of the sentence in the clean text
    end: int
    sentence: str
    trigger: str = ""
    mode: str | None = None
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    actor_entity_ids: list[str | None] = field(default_factory=list)
    recipient_entity_ids: list[str | None] = field(default_factory=list)
    location: str | None = None
    date: str | None = None
    date_granularity: str | None = None
    date_text: str | None = None
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    # told in the past perfect of the narrative ("the money he had demanded"; not the tense shift
    # of reported speech): done before the story's time (events/aspect.py)
    background: bool = False
    quote_id: str | None = None
    event_id: str = ""
    # Where the names and the trigger are in the clean text, so the entity linker can map
    # actors and recipients onto mentions; quote_start ties an event to a quote without an id.
    actor_offsets: list[tuple[int, int]] = field(default_factory=list)
    recipient_offsets: list[tuple[int, int]] = field(default_factory=list)
    trigger_start: int | None = None
    quote_start: int | None = None
    context: str | None = None  # PLOVER context(s), "diplomatic, military"

    def to_json(self) -> dict[str, Any]:
        return as_dict(self)


@dataclass
class Story:
    """Articles about one event, across outlets."""

    story_id: str
    title: str
    articles: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    first_published: str | None = None
    last_published: str | None = None
    storyline_id: str | None = None  # stories sharing actors over days have the same

    def to_json(self) -> dict[str, Any]:
        return as_dict(self)


@dataclass
class Extraction:
    """Everything the per-article stages found in one article."""

    quotes: list[Quote] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    word_roles: list[list] = field(default_factory=list)  # [start, pos, dep, head_start] (word_roles.py)
