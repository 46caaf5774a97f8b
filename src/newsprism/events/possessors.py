"""What the possessor of an event noun is, when it is not the doer: the place where it happened
("Tulsa's massacre") or the one it was done to ("Trump's impeachment", "his arrest")."""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, lemma_of
from newsprism.people.place_names import demonyms, place_aliases

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Prepositions naming what the act was done to: with one, the possessor is the doer again
# ("the regime's arrest of protesters", "Russia's bombing of Aleppo").
TARGET_PREPS = frozenset({"of", "on", "against"})


def possessor_role(possessor: Token, noun: Token, lex: Lexicon) -> str:
    """ "actor", "recipient" (an act done to the possessor) or "place" (where it happened)."""
    if any(c.dep_ == "prep" and c.lower_ in TARGET_PREPS for c in noun.children):
        return "actor"
    lemma = lemma_of(noun)
    if lemma in lex.word_classes["undergone_possessor_nouns"] and rules.enabled("possessors_undergoing"):
        return "recipient"  # "Trump's impeachment", "his arrest": done to him
    placed = lemma in lex.word_classes["place_possessor_nouns"] and _town(possessor)
    if placed and rules.enabled("possessor_places"):
        return "place"  # "Tulsa's massacre": the massacre in Tulsa; not "Russia's bombing"
    return "actor"


def _town(token: Token) -> bool:
    """A place that is not a country: countries act ("Iran's attack"), towns are where."""
    if token.ent_type_ not in PLACE_LABELS:
        return False
    name = " ".join(t.text for t in token.subtree if t.dep_ != "case").removeprefix("the ")
    countries = {p.lower() for p in demonyms().values()} | {p.lower() for p in place_aliases().values()}
    countries |= set(place_aliases())
    return name.lower() not in countries and name.lower().replace(".", "") not in countries
