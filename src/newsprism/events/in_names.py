"""A trigger word that is part of a proper name is no trigger ("the old welfare system, Aid for
Families with Dependent Children, promoted ...": a programme, no aid given; "the Paris Climate
Agreement" names a treaty). Checked only on proposed triggers."""

from __future__ import annotations

from spacy.tokens import Span, Token

import newsprism.events.rules as rules

# Names of things, not of people or places: a word inside one is the name's, not an act.
THING_NAME_LABELS = frozenset({"ORG", "LAW", "WORK_OF_ART", "EVENT", "FAC", "PRODUCT"})
# Small words a title-cased name keeps in lower case ("Aid for Families with Dependent Children").
NAME_JOINERS = frozenset({"of", "for", "with", "and", "&", "the", "on", "to", "against"})
# A sentence this much title-cased is a headline: its capitals name nothing.
HEADLINE_SHARE = 0.6


def inside_a_name(token: Token, sent: Span) -> bool:
    """The trigger word is a capitalised word inside a name of a thing: a multi-word ORG, LAW,
    WORK_OF_ART ... entity, or (not opening the sentence) a title-cased run holding two more
    capitalised words, in a sentence that is no title-cased headline."""
    if not token.text[:1].isupper() or not rules.enabled("triggers_in_names"):
        return False
    if token.ent_type_ in THING_NAME_LABELS:
        entity = next((e for e in sent.ents if e.start <= token.i < e.end), None)
        if entity is not None and len(entity) > 1:
            return True
    if token.i == sent.start or _headline(sent):
        return False
    capitals = _capitals_beside(token, sent, 1) + _capitals_beside(token, sent, -1)
    return capitals >= 2


def _capitals_beside(token: Token, sent: Span, step: int) -> int:
    """Capitalised words joined to the token on one side by name joiners only."""
    doc, count, index = token.doc, 0, token.i + step
    while sent.start <= index < sent.end:
        word = doc[index]
        if word.is_alpha and word.text[:1].isupper() and not (step < 0 and index == sent.start):
            count += 1
        elif word.lower_ not in NAME_JOINERS:
            break
        index += step
    return count


def _headline(sent: Span) -> bool:
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return bool(words) and sum(t.text[:1].isupper() for t in words) / len(words) >= HEADLINE_SHARE
