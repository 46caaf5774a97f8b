"""A relative introduced by a given name alone: "Scott’s older brother, Anthony, told the court".

The speaker is named only "Anthony", in apposition to a kin noun whose possessor is the surname of
a person the article named in full ("Walter Scott"). A reader calls him Anthony Scott: the
given name with the family's surname. Kin nouns are data (``kin_nouns.txt``); a possessor the
article never named in full, or a non-kin noun ("Scott’s lawyer, Anthony"), changes nothing.
"""

from __future__ import annotations

from newsprism.models import Quote
from newsprism.people.article import ArticlePeople, full_name
from newsprism.people.role_words import is_kin_role
from newsprism.quotes import rules


def given_name_with_family(article: ArticlePeople, quotes: list[Quote]) -> None:
    """Give a relative named by a given name alone the family's surname (module docstring), in
    every quote that speaker has."""
    if not rules.enabled("kin_given_name"):
        return
    doc = article.doc
    fuller: dict[str, str] = {}
    for quote in quotes:
        name = (quote.speaker or "").strip()
        if quote.speaker_type != "PERSON" or not name or " " in name or quote.speaker_start is None:
            continue
        span = doc.char_span(
            quote.speaker_start, quote.speaker_end or quote.speaker_start, alignment_mode="expand"
        )
        if span is None or len(span) != 1 or span[0].text != name:
            continue
        token = span[0]
        if token.dep_ != "appos" or not is_kin_role(token.head.lower_):
            continue
        owner = next((c for c in token.head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is None:
            continue
        family = full_name(article, owner.text, owner.idx).split()
        if len(family) > 1 and family[-1].lower() == owner.lower_:
            fuller[name] = f"{name} {owner.text}"
    for quote in quotes:
        if quote.speaker in fuller:
            quote.speaker = fuller[quote.speaker]
