"""A law's own words: "The act gives the president power ... when a trading partner “engages in
...”" after the article named "section 301 of the 1974 Trade Act". A quotation no cue claims, in a
sentence whose subject is a law noun with "the" ("the act", "the legislation"; head nouns in
``quote_law_nouns.txt``), quotes the law the article named last by its capitalised name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from newsprism.models import Quote
from newsprism.nlp import lexicon
from newsprism.people.words import SUBJECT_DEPS
from newsprism.quotes import rules
from newsprism.quotes.marks import doc_text


@lru_cache(maxsize=1)
def _law_names() -> re.Pattern:
    """'Trade Act', 'House Bill 757', 'the Ninth Amendment': capitalised words ending in a law noun."""
    heads = "|".join(
        sorted((w.capitalize() for w in lexicon.words("quote_law_nouns.txt")), key=len, reverse=True)
    )
    return re.compile(rf"\b((?:[A-Z][\w'’-]*\s+){{0,5}}(?:{heads})(?:\s+\d+)?)\b")


def laws_quoted(doc: Doc, quotes: list[Quote]) -> None:
    """Give each quotation without a speaker or cue, whose sentence's subject is "the <law noun>",
    the law named last before it (module docstring)."""
    if not rules.enabled("law_subject"):
        return
    nouns = lexicon.words("quote_law_nouns.txt")
    for quote in quotes:
        if quote.speaker or quote.cue or quote.kind == "indirect":
            continue
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None:
            continue
        root = span[0].sent.root
        subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.lower_ not in nouns or subject.i == 0:
            continue
        if doc[subject.i - 1].lower_ != "the" or subject.idx > quote.start:
            continue
        named = [m.group(1) for m in _law_names().finditer(doc_text(doc), 0, subject.idx)]
        named = [n for n in named if len(n.split()) > 1]  # "Act" alone is no name
        if named:
            quote.speaker, quote.speaker_type = named[-1], "LAW"
