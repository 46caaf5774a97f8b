"""Text pieces the comparison works on: sentences with offsets, words, rough stems.

The comparison runs on stored articles without parsing them again (a story page must render in
well under a second), so sentences come from what the parse already stored: every mention, quote
and event carries the spaCy sentence it sits in. Stretches no stored fact covers are split with a
plain punctuation rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsprism.models import Event, Mention, Quote
from newsprism.nlp.lexicon import lines
from newsprism.stories.features import stopwords

WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9])|\n+")
_CLOSERS = "\"”’')]"  # closing marks after a sentence's full stop
_FULL_STOPS = ".!?…:"
_SUFFIXES = ("ies", "ied", "ing", "es", "ed", "s")


@dataclass(frozen=True)
class Sentence:
    """One sentence of one article: ``text == article.text[start:end]``; ``index`` counts from 0."""

    article_id: str
    start: int
    end: int
    text: str
    index: int


def normalised(text: str) -> str:
    """Lower-case words joined by single spaces (punctuation and quotation marks dropped)."""
    return " ".join(w.lower() for w in WORD.findall(text))


_STEMS: dict[str, str] = {}


def stem(word: str) -> str:
    """A rough stem, so "slammed", "slams" and "slamming" meet: strip one common suffix."""
    found = _STEMS.get(word)
    if found is None:
        if len(_STEMS) > 200_000:
            _STEMS.clear()  # a plain memo, bounded
        found = _STEMS[word] = _stem(word)
    return found


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                return base + "y"
            if suffix in ("ing", "ed") and len(base) >= 4 and base[-1] == base[-2]:
                return base[:-1]  # "slammed" -> "slam"
            return base.rstrip("e") if suffix in ("es", "ed", "ing") else base
    return word.rstrip("e") if len(word) > 4 else word


_FAMILY_SUFFIXES = ("ion", "acy", "ancy", "ency", "ment", "ness", "ity", "ive")
MIN_FAMILY_BASE = 4  # "union" is no family of "un"


def word_family(key: str) -> str:
    """A stem with one derivational suffix stripped, so "obstructed" ("obstruct") meets
    "obstruction" and "conspired" meets "conspiracy": one outlet writing the noun where another
    writes the verb is no difference of wording."""
    for suffix in _FAMILY_SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= MIN_FAMILY_BASE:
            return key[: -len(suffix)]
    return key


def content_stems(text: str) -> list[str]:
    """The stems of the words that carry content (no stop words, no numbers, no one-letter words)."""
    found = []
    for word in WORD.findall(text):
        key = _CONTENT.get(word, _UNSEEN)
        if key is _UNSEEN:
            key = _content_stem(word)
        if key is not None:
            found.append(key)
    return found


_CONTENT: dict[str, str | None] = {}  # written word -> its content stem, None for a word carrying none
_UNSEEN = object()


def _content_stem(word: str) -> str | None:
    """One word's content stem, remembered (a story page asks for every sentence of 20 articles)."""
    if len(_CONTENT) > 200_000:
        _CONTENT.clear()  # a plain memo, bounded
    keep = len(word) > 2 and not word[0].isdigit() and word.lower() not in stopwords()
    found = _CONTENT[word] = stem(word) if keep else None
    return found


def sentences(
    article_id: str,
    text: str,
    quotes: list[Quote] = (),
    mentions: list[Mention] = (),
    events: list[Event] = (),
) -> list[Sentence]:
    """The article's sentences: the parser's where a stored fact gives them, else split on punctuation."""
    known: dict[int, int] = {}
    for quote in quotes:
        if quote.sentence_end > quote.sentence_start:
            known[quote.sentence_start] = max(known.get(quote.sentence_start, 0), quote.sentence_end)
    for mention in mentions:
        if mention.sentence_end > mention.sentence_start:
            known[mention.sentence_start] = max(known.get(mention.sentence_start, 0), mention.sentence_end)
    for found in events:
        if found.end > found.start and found.quote_id is None:
            known[found.start] = max(known.get(found.start, 0), found.end)
    spans: list[tuple[int, int]] = []
    cursor = 0
    for start in sorted(known):
        end = known[start]
        if start < cursor:
            continue  # overlaps a sentence already taken (a quote sentence spanning several)
        spans.extend(_split(text, cursor, start))
        spans.append((start, end))
        cursor = end
    spans.extend(_split(text, cursor, len(text)))
    whole: list[tuple[int, int]] = []
    for start, end in spans:
        start, end = _trimmed(text, start, end)
        if end <= start:
            continue
        if whole and not _starts_sentence(text, start):
            whole[-1] = (whole[-1][0], max(whole[-1][1], end))  # a tail cut off mid-sentence
        else:
            whole.append((start, end))
    found_sentences = []
    for start, end in whole:
        if WORD.search(text, start, end):
            found_sentences.append(Sentence(article_id, start, end, text[start:end], len(found_sentences)))
    return found_sentences


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Words ending in a period that do not end a sentence: honorifics and abbreviated titles."""
    found = set()
    for name in ("honorifics.txt", "role_abbreviations.txt"):
        for line in lines(name):
            found.add(line.split()[0].rstrip(".").lower())
    return frozenset(found)


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans between two offsets by the punctuation rule (paragraph breaks always split)."""
    spans, cursor = [], start
    for match in _SENTENCE_END.finditer(text, start, end):
        before = text[max(cursor, match.start() - 12) : match.start()].split()
        last = before[-1].rstrip('."”’)').lower() if before else ""
        if "\n" not in match.group() and (len(last) == 1 or last in _abbreviations()):
            continue  # "Mr. Smith", "John F. Kennedy"
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, end))
    return spans


def _starts_sentence(text: str, start: int) -> bool:
    """Whether the text supports a sentence starting at ``start``: a paragraph break before it, or
    a full stop (a colon) before it and a capital or digit first, so the parser's split inside a
    quotation ("... the students, | many of whom ...") is no sentence of its own."""
    before = text[max(0, start - 40) : start].rstrip(" \t")
    if not before or before.endswith("\n"):
        return True
    before = before.rstrip(_CLOSERS) if before[-1] in _CLOSERS else before
    if not opens_sentence(text[start : start + 40]):
        return False
    return bool(before) and before[-1] in _FULL_STOPS


def opens_sentence(text: str) -> bool:
    """Whether the text's first word starts with a capital or a digit, as a sentence does."""
    first = WORD.search(text)
    return first is not None and (first.group()[0].isupper() or first.group()[0].isdigit())


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def inside(spans: list[tuple[int, int]], start: int, end: int) -> int:
    """How many characters of ``start:end`` lie inside the given spans (which may overlap)."""
    covered = 0
    cursor = start
    for s, e in sorted(spans):
        s, e = max(s, cursor), min(e, end)
        if e > s:
            covered += e - s
            cursor = e
    return covered


def most_others_carry(carriers: int, outlets: int) -> bool:
    """Whether an item ``carriers`` other outlets carry counts as left out by an outlet of a story
    told by ``outlets`` outlets: at least two others and more than half of them carry it (an item only
    one other outlet has is that outlet's choice, not an omission)."""
    return carriers >= 2 and 2 * carriers > outlets - 1
