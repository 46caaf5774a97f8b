"""Whose filed document speaks: "The suit also claims ..." when the article said who filed it.

"Mara Oyelaran has filed a lawsuit ... The lawsuit says ... The suit also claims ...": the
document's words are those of the one the article said filed (or keeps) it: the named subject of
an issuing verb whose object is the document ("X filed a lawsuit"), or its named possessor ("X's
profile"). The nearest earlier mention of the document decides: one filed by an unnamed group
("three former employees filed a lawsuit") leaves the quote unnamed. Document words, grouped by
kind, are data (``quote_filed_documents.txt``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from newsprism.models import Quote
from newsprism.nlp import lexicon
from newsprism.nlp.entity_repairs import entity_span_of
from newsprism.people.article import ArticlePeople, full_name
from newsprism.people.tokens import org_name
from newsprism.quotes import rules

ISSUING_VERBS = lexicon.words("quote_issuing_verbs.txt")
OWNER_TYPES = ("PERSON", "ORG", "GPE", "NORP")


@cache
def kinds() -> dict[str, frozenset[str]]:
    """Document word -> the words for the same kind of document."""
    found: dict[str, frozenset[str]] = {}
    for line in lexicon.lines("quote_filed_documents.txt"):
        group = frozenset(line.lower().split())
        found |= dict.fromkeys(group, group)
    return found


def filed_owner(
    article: ArticlePeople, quote: Quote, noun: str, quotes: list[Quote]
) -> tuple[str | None, str | None] | None:
    """The filer of the document ``noun`` names, (None, None) for an unnamed filer, None when the
    article never said who filed it."""
    group = kinds().get(noun)
    if group is None or not rules.enabled("filed_documents"):
        return None
    phrases = [q for q in quotes if q is not quote and q.speaker_start is not None and q.start < quote.start]
    before = quote.speaker_start if quote.speaker_start is not None else quote.start
    for token in reversed([t for t in article.doc if t.idx < before]):
        if token.pos_ != "NOUN" or token.lemma_.lower() not in group:
            continue
        spoken = [q for q in phrases if q.speaker_start <= token.idx < (q.speaker_end or 0)]
        if spoken:  # "The lawsuit says ..." before: the same document goes on, if it was named
            if spoken[-1].speaker:
                return spoken[-1].speaker, spoken[-1].speaker_type
            continue
        found = _filer(article, token)
        if found is not None:
            return found
    return None


def _filer(article: ArticlePeople, noun: Token) -> tuple[str | None, str | None] | None:
    """'X filed a lawsuit' -> X; 'three employees filed a lawsuit' -> (None, None); "X's profile"
    -> X; None when this mention says nothing of its filer."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in ISSUING_VERBS:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects:
            return None
        named = _named(article, subjects[0])
        return named if named is not None else (None, None)
    for owner in owners:
        named = _named(article, owner)
        if named is not None:
            return named
    return None


def _named(article: ArticlePeople, token: Token) -> tuple[str, str] | None:
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return None  # "a local tenants' group": a description, not a name
    span = entity_span_of(token)
    if span is None or span.label_ not in OWNER_TYPES:
        return None
    if span.label_ == "PERSON":
        name = span.text.removesuffix("’s").removesuffix("'s")
        return full_name(article, name, span.start_char), "PERSON"
    return org_name(span), span.label_
