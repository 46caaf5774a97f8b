"""What a page embeds is not what the outlet states: a post's closing byline ("— Name (@handle)
Month D, YYYY", ``quote_embed_signatures.txt``) and the links it leaves ("https://t.co/...",
"pic.twitter.com/...", ``statement_links.txt``). A statement is shown without them, as a trimmed
span of the stored text (offsets still point into it, nothing is rewritten), and a sentence that
carried a post's byline is marked as an embedded post, so it ranks below the outlet's own prose.
"""

from __future__ import annotations

import re
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


def _last_dash(signature: str) -> int:
    """Where the byline's dash stands in a matched signature: the last dash after a space, not one
    inside a word of the post ("ex-spy")."""
    spaced = [m.start() + 1 for m in _SPACED_DASH.finditer(signature)]
    return spaced[-1] if spaced else 0


def has_link(text: str) -> bool:
    """Whether the text holds a link ("https://t.co/Ab12", "pic.twitter.com/Ab12")."""
    return any(pattern.search(text) for pattern in _links())
