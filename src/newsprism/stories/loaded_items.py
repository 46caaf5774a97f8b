"""The loaded-word items and what ranking them reads of an article: where the outlet's own voice
is, which main actor a word sits next to, which other outlets carry a quotation, and how
overlapping items give way to the better one. Shared by ``loaded`` (lexicon words, labels) and
``loaded_scare`` (wording set in quotation marks)."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from newsprism.nlp.lexicon import lines
from newsprism.stories.compare_shared import SharedQuote, shared_in
from newsprism.stories.compare_text import Sentence, stem

# A word every other outlet uses still characterises, but is no difference between them: it keeps
# this share (0.5 until stop 43; on BASIL 2010-2012 such shown words were right 0.15 of the time
# against 0.21 for the rest; 0.35 picked there).
SHARED_WEIGHT = 0.35
# A noun labelling a person that most of the story's outlets write (this one and more than half
# of all: 2 of 3) is the story's word for that kind of actor ("accuser" for the women making the
# allegations), no one outlet's framing: it stays in the full list, under the default view's floor.
# On BASIL dev the 3 such shown words were all unmarked ("insiders", "operatives", "strongman"),
# where other shared words shown were marked 9 of 30 times: only label nouns count (0.0-0.2 gave
# the same figures; 0.35 kept one shown).
STORY_WORD_WEIGHT = 0.1
EARLY_BONUS = 0.8  # added at the top of the article, falling to 0 at its end
ACTOR_WEIGHT = 1.2  # characterises one of the story's main actors (same sentence, nearby)
ACTOR_REACH = 80  # characters between the word and the actor's mention


@dataclass
class ArticleWords:
    """What the loaded-word ranking needs to know of one article."""

    article_id: str
    text: str
    sentences: list[Sentence]
    quote_spans: list[tuple[int, int]]
    actor_mentions: list[tuple[int, int, str, str]]  # start, end, name, entity_id
    labels: list[tuple[int, int, str, str]]  # start, end, label text, entity_id
    evaluative: list[tuple[int, int, float]]  # the lexicon's matches in the article
    shared_quotes: list[SharedQuote] = field(default_factory=list)  # quotations others carry too
    # Quotations the quote stage gives to someone (a speaker or a verb of saying): their words.
    said_spans: list[tuple[int, int]] = field(default_factory=list)
    # The named speaker of each such quotation (start, end, name): whose word a quoted word is.
    speakers: list[tuple[int, int, str]] = field(default_factory=list)
    counts: Counter | None = None  # stem -> uses in the text, when the caller has counted them
    outlets: int = 0  # how many outlets cover the story (0: not known)
    word_roles: list | None = None  # [start, pos, dep] of its content words (Article.word_roles)


def loaded_item(article_id, start, end, text, why, score, actor, carried=()) -> dict:
    item = {"article_id": article_id, "start": start, "end": end, "text": text, "why": why}
    item["entity_id"] = actor[1] if actor else None
    if actor and actor[0]:
        item["why"] += f"; about {actor[0]}"
    item["score"] = round(score, 3)
    if carried:
        item["also_carried_by"] = list(carried)
    return item


def story_word(key: str, elsewhere: float, outlets: int) -> bool:
    """Whether a noun that labels a person (``label_nouns.txt``, ``roles.txt``: "accuser",
    "insider") is the story's word for that kind of actor: most of the story's ``outlets`` write
    it (this one and ``elsewhere``, a share of the others; with three outlets, two of them)."""
    if outlets < 3 or key not in _label_noun_stems():
        return False  # with two outlets, a word the other writes is shared already
    return (round(elsewhere * (outlets - 1)) + 1) * 2 > outlets


@lru_cache(maxsize=1)
def _label_noun_stems() -> frozenset[str]:
    found = [
        line.split()[-1].strip(".").lower() for f in ("roles.txt", "label_nouns.txt") for line in lines(f)
    ]
    return frozenset(stem(word) for word in found)


def carriers_of(article: ArticleWords, start: int, end: int) -> list[str]:
    """The other outlets that print the quotation around ``start:end`` too (the brief's own quote
    matching): such words are the speaker's, not this outlet's alone."""
    inside = shared_in(article.shared_quotes, start, end)
    return sorted({outlet for quote in inside for outlet in quote.outlets})


def whose_word(article: ArticleWords, start: int, end: int) -> str:
    """ "; quoted: NAME's word" for a word inside a quotation the quote stage gives to a named
    speaker ("" otherwise): the reader sees whose characterisation it is, not the outlet's."""
    names = sorted({name for s, e, name in article.speakers if s <= start and end <= e})
    if not names:
        return ""
    return "; quoted: " + names[0] + ("’" if names[0].endswith("s") else "’s") + " word"


def inside_any(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def outside(start: int, end: int, quote_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    parts, cursor = [], start
    for s, e in sorted(quote_spans):
        if e <= cursor or s >= end:
            continue
        if s > cursor:
            parts.append((cursor, s))
        cursor = max(cursor, e)
    if cursor < end:
        parts.append((cursor, end))
    return parts


def nearest_actor(mentions, sentence: Sentence, start: int, end: int) -> tuple[str, str] | None:
    """(name, entity id) of the main actor mentioned closest to the word in its sentence."""
    best, best_gap = None, ACTOR_REACH + 1
    for m_start, m_end, name, entity_id in mentions:
        if not (sentence.start <= m_start < sentence.end):
            continue
        gap = start - m_end if m_end <= start else m_start - end
        if 0 <= gap < best_gap:
            best, best_gap = (name, entity_id), gap
    return best


def deduplicated(items: list[dict]) -> list[dict]:
    """One item per stretch of text: of overlapping items (a lexicon word inside a scare quote, a
    label around a lexicon word) the better scoring stays."""
    kept: list[dict] = []
    spans: dict[str, tuple[list[int], list[int]]] = {}  # per article: starts and ends of kept items
    for item in sorted(items, key=lambda item: (-item["score"], item["start"])):
        starts, ends = spans.setdefault(item["article_id"], ([], []))
        # Kept stretches (each a word or more) never overlap, so sorted by start they are sorted by
        # end too: only the last one starting before this item ends can reach into it.
        at = bisect_left(starts, item["end"])
        if at and ends[at - 1] > item["start"]:
            continue
        starts.insert(at, item["start"])
        ends.insert(at, item["end"])
        kept.append(item)
    return kept
