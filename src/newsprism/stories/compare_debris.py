"""What a page embeds is not what the outlet states: a post's closing byline ("— Name (@handle)
Month D, YYYY", ``quote_embed_signatures.txt``) and the links it leaves ("https://t.co/...",
"pic.twitter.com/...", ``statement_links.txt``). A statement is shown without them, as a trimmed
span of the stored text (offsets still point into it, nothing is rewritten), and a sentence that
carried a post's byline is marked as an embedded post, so it ranks below the outlet's own prose.
A photo gallery flattened into the text ("Photos: ... Hide Caption 3 of 17", ``gallery_captions.txt``)
is no statement of the outlet at all: the comparison leaves out what lies in it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from newsprism.nlp.lexicon import lines

_SPACED_DASH = re.compile(r"\s[—–-]")
_TRAILING = " \t\n:;,—–-"  # what is left dangling where a link or byline is cut off


@lru_cache(maxsize=1)
def _signatures() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(line) for line in lines("quote_embed_signatures.txt"))


@lru_cache(maxsize=1)
def _links() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(line) for line in lines("statement_links.txt"))


@lru_cache(maxsize=1)
def _galleries() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(line) for line in lines("gallery_captions.txt"))


def gallery_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) stretches of the text that are a flattened photo gallery's captions."""
    if "Caption" not in text:
        return []  # the patterns all need a caption marker: most texts are read at no cost
    merged: list[tuple[int, int]] = []
    for start, end in sorted((m.start(), m.end()) for p in _galleries() for m in p.finditer(text)):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))  # a marker inside a whole gallery
        else:
            merged.append((start, end))
    return merged


def outside_galleries(sentence, spans: list[tuple[int, int]], text: str):
    """The sentence without the gallery stretches it runs into (a caption's last marker is not
    followed by a full stop, so the parser glues the next sentence to it), or None when nothing of
    the outlet's own is left."""
    start, end = sentence.start, sentence.end
    for s, e in spans:
        if s < end and start < e:
            if start >= s:
                start = e  # opens inside the gallery: keep what follows it
            else:
                end = s  # runs into the gallery: keep what comes before it
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if (start, end) == (sentence.start, sentence.end):
        return sentence
    if not re.search(r"\w", text[start:end]) or not text[start].isupper():
        return None
    return replace(sentence, start=start, end=end, text=text[start:end])


def in_spans(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start``-``end`` overlaps any of the spans."""
    return any(s < end and start < e for s, e in spans)


def trimmed_statement(text: str, start: int, end: int) -> tuple[int, int, str]:
    """(start, end, byline) of a sentence without its embed debris: ``end`` moves back before
    the first link or a post's byline; ``byline`` is the post's author ("Dana Pell (@danapell)")
    when the sentence closed an embedded post, else ""."""
    byline = ""
    stretch = text[start:end]
    for pattern in _signatures():
        found = pattern.search(stretch)
        if found:
            cut = found.start() + _last_dash(found.group())  # "ex-spy ... — Axios (@axios)"
            byline = stretch[cut:].lstrip("—–- ").split(")")[0] + ")"
            end = start + cut
            stretch = text[start:end]
            break
    cut = min((m.start() for p in _links() for m in [p.search(stretch)] if m), default=None)
    if cut is not None:
        end = start + cut
    if byline or cut is not None:
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
    return start, end, byline


def embedded_posts(text: str, people: list[tuple[int, int, str]] = ()) -> list[tuple[int, int, str]]:
    """(start, end, author) of each post the page embeds: a paragraph closed by a post's byline
    ("Our very weak ... leader, Paul Ryan, ... — Donald J. Trump (@realDonaldTrump) October 11,
    2016") is the author's words, set in no quotation marks; ``author`` is the byline's name
    ("Donald J. Trump"), or its handle when it gives no name, or the name of the person ``people``
    (start, end, name of the mentions of people) finds in the byline ("Donald Trump")."""
    if "@" not in text:
        return []  # every signature holds a handle: most texts are read at no cost
    found, start = [], 0
    for line in text.split("\n"):
        if "@" in line:
            stretch_start, stretch_end, byline = trimmed_statement(text, start, start + len(line))
            if byline:
                author = byline.split("(@")[0].strip() or byline.strip("()@ ")
                line_end = start + len(line)
                named = [name for s, e, name in people if stretch_end <= s and e <= line_end]
                author = named[0] if named else author
                found.append((stretch_start, stretch_end, author))
        start += len(line) + 1
    return found


def _last_dash(signature: str) -> int:
    """Where the byline's dash stands in a matched signature: the last dash after a space, not one
    inside a word of the post ("ex-spy")."""
    spaced = [m.start() + 1 for m in _SPACED_DASH.finditer(signature)]
    return spaced[-1] if spaced else 0


def has_link(text: str) -> bool:
    """Whether the text holds a link ("https://t.co/Ab12", "pic.twitter.com/Ab12")."""
    return any(pattern.search(text) for pattern in _links())
