"""A common noun standing for the one organisation or place of its kind the article names ("the
court ruled", "the state directed the funding"): the actor or speaker is that entity when the
article's mentions name exactly one of its kind (``institution_stand_ins.txt``); with none or two
("the court" beside two named courts) it stays unlinked, as an unnamed doer."""

from __future__ import annotations

from functools import cache

import newsprism.events.rules as rules
from newsprism.models import Entity, Mention
from newsprism.nlp import lexicon
from newsprism.people import names

_FILE = "institution_stand_ins.txt"
_ARTICLES = ("the ", "this ", "that ")


@cache
def _kinds() -> dict[str, tuple[str, frozenset[str] | str]]:
    """noun -> (entity label, the names of its kind as a set, or the word such a name holds)."""
    found: dict[str, tuple[str, frozenset[str] | str]] = {}
    for noun, value in lexicon.pairs(_FILE).items():
        label, _, known = value.partition(" ")
        known = known.strip()
        if known.startswith("@"):
            found[noun] = (label, frozenset(names.plain(n) for n in lexicon.lines(known[1:])))
        else:
            found[noun] = (label, known.lower())
    return found


def stand_in_noun(text: str) -> str | None:
    """The stand-in noun an actor's words are ("the court", "court", "The State"), else None."""
    key = names.plain(text)
    for article in _ARTICLES:
        if key.startswith(article):
            key = key[len(article) :]
    return key if key in _kinds() else None


def _of_kind(noun: str, label: str, name: str) -> bool:
    wanted_label, known = _kinds()[noun]
    if label != wanted_label:
        return False
    plain = names.plain(name)
    return plain in known if isinstance(known, frozenset) else known in plain.split()


def stand_in_entities(
    mentions: list[Mention], entity_of_mention: dict, entities: dict[str, Entity]
) -> dict[str, str]:
    """noun -> the entity it stands for in this article: the one linked entity of its kind its
    mentions name (by the mention's words or the entity's name). Nothing when the rule is off."""
    if not rules.enabled("institution_stand_ins"):
        return {}
    kinds = _kinds()
    candidates: dict[str, set[str]] = {noun: set() for noun in kinds}
    for mention in mentions:
        entity_id = entity_of_mention.get(mention.mention_id)
        if not entity_id:
            continue
        shown = [mention.text] + ([entities[entity_id].name] if entity_id in entities else [])
        for noun in kinds:
            if any(_of_kind(noun, mention.label, form) for form in shown if form):
                candidates[noun].add(entity_id)
    return {noun: next(iter(ids)) for noun, ids in sorted(candidates.items()) if len(ids) == 1}
