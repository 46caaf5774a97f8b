"""Support told by campaigning for someone: "was in Fargo to campaign for GOP Senate candidate Kevin
Cramer", "stumped for Hillary Clinton in Pennsylvania". Only a person backed is support between
parties; campaigning for an office, a seat, re-election or a cause ("campaigned for president",
"advocated for stricter gun laws") backs no one. The phrases are data (events.yaml,
``word_classes.candidate_phrases``); the rule group ``campaigns_for`` switches them on.
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon
from newsprism.nlp.entity_repairs import entity_label

PERSON_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})
NAMING_DEPS = frozenset({"appos", "conj", "compound"})  # "two figures, Thomas Hardiman and ..."


def backs_no_candidate(verb: Token, key: str, lex: Lexicon) -> bool:
    """A listed campaigning phrase whose for-phrase names no person (or the group off)."""
    if key not in lex.word_classes["candidate_phrases"]:
        return False
    if not rules.enabled("campaigns_for"):
        return True
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
    backed = [p for c in preps for p in c.children if p.dep_ == "pobj"]
    return not any(_names_a_person(p) for p in backed)


def _names_a_person(noun: Token) -> bool:
    if noun.lower_ in PERSON_PRONOUNS or entity_label(noun) == "PERSON":
        return True
    return any(c.dep_ in NAMING_DEPS and _names_a_person(c) for c in noun.children)
