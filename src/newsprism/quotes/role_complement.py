"""An unnamed role holder named later with the very same role: "a spokesman for Halvorsen said ..."
and paragraphs later "Maj. Tom Aldane, a spokesman for Halvorsen, told ...".

``role_named_next`` only looks at the next quote, since a bare role ("a spokesman") may be anyone;
a role with its complement ("spokesman for Halvorsen", "lawyer for the family") set beside a name
later in the article names one person, however many quotes come between.
"""

from __future__ import annotations

import re

from newsprism.models import Quote
from newsprism.nlp.entity_repairs import repaired_entities
from newsprism.people.article import ArticlePeople, full_name
from newsprism.people.words import POSSESSIVE_PRONOUNS, POSSESSIVE_S
from newsprism.quotes import rules
from newsprism.quotes.marks import doc_text

# " for Halvorsen", " of the Lakeside Union": the role's complement right after the speaker phrase
COMPLEMENT = re.compile(r"\s+(for|of|at|to)\s+((?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})")


def role_with_complement_named_later(article: ArticlePeople, quotes: list[Quote]) -> None:
    """Name each quote left to "a/an ROLE for X" after the person later introduced as "NAME, a ROLE
    for X" (the first such person; none named so before the quote)."""
    if not rules.enabled("role_complement_named_later"):
        return
    text = doc_text(article.doc)
    people = [e for e in repaired_entities(article.doc) if e.label_ == "PERSON"]
    for quote in quotes:
        words = (quote.speaker_mention or "").split()
        if quote.speaker is not None or quote.speaker_end is None or len(words) < 2:
            continue
        if words[0].lower() not in ("a", "an"):
            continue
        complement = COMPLEMENT.match(text, quote.speaker_end)
        if complement is None:
            continue
        role = " ".join([words[-1], complement.group(1), complement.group(2)])
        beside = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+)?" + re.escape(role) + r"\b", re.I)
        for person in people:
            if person.start_char > quote.end and beside.match(text, person.end_char):
                quote.speaker = full_name(article, person.text, person.start_char)
                quote.speaker_type = "PERSON"
                break


POSSESSIVE_ENDINGS = (*POSSESSIVE_S, "s'", "s’")


def possessed_role_named_later(article: ArticlePeople, quotes: list[Quote]) -> None:
    """ "China's U.S. ambassador said ..." and paragraphs later "Ambassador Cui Tiankai said": a
    role a named place or body possesses, left unnamed, is the one person the article introduces
    with that role after the quote, when nobody else in the article holds it."""
    if not rules.enabled("possessed_role_named_later"):
        return
    for quote in quotes:
        words = (quote.speaker_mention or "").split()
        if quote.speaker is not None or len(words) < 2 or not words[0][:1].isupper():
            continue
        if not words[0].endswith(POSSESSIVE_ENDINGS) or words[0].lower() in POSSESSIVE_PRONOUNS:
            continue
        role = words[-1].lower()
        holders = {name for _, name, held in article.roles if role in held}
        later = [name for offset, name, held in article.roles if role in held and offset > quote.end]
        if len(holders) == 1 and later:
            quote.speaker, quote.speaker_type = later[0], "PERSON"
