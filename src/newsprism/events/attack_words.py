"""Attacks that are words: "renewed his assault on the mainstream media", "stepped up attacks on
Google, alleging bias", "attacked the senator in a statement". PLOVER codes verbal attacks as
ACCUSE (disapprove); only force is ASSAULT. Aiming a document at people ("targeted wavering
Democrats in a memo offering suggestions") attacks no one at all.

The press words, the accusing participles and the documents are data (events.yaml).
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, lemma_of
from newsprism.events.triggers import Trigger

ATTACK_NOUNS = frozenset({"attack", "assault", "onslaught", "broadside", "offensive"})
# what a document is used "in", "with", "through" or "via" when it carries the attack
INSTRUMENT_PREPS = frozenset({"in", "with", "through", "via"})
AIMING_VERBS = frozenset({"target"})  # aiming a document at people: an audience, no attack


def attack_in_words(trigger: Trigger, recipients: list[Token], lex: Lexicon) -> str | None:
    """ "ACCUSE" for an attack made of words, "" for a document aimed at people (no event),
    None for an attack that may be force."""
    if trigger.type != "ASSAULT" or not rules.enabled("attacks_in_words"):
        return None
    verb = trigger.token
    attack_word = trigger.noun if trigger.noun is not None else verb
    if lemma_of(attack_word) not in lex.verbal_attacks | ATTACK_NOUNS:
        return None
    if _by_document(verb, lex):
        return "" if lemma_of(verb) in AIMING_VERBS else "ACCUSE"
    press = lex.word_classes["press"]
    if press_attacked(trigger, lex) or any(lemma_of(t) in press or t.lower_ in press for t in recipients):
        return "ACCUSE"  # "his assault on the mainstream media"
    accusing = lex.word_classes["accusing_participles"]
    verbs = [verb, *(c for c in verb.conjuncts if c.pos_ == "VERB")]
    said_with = [c for v in verbs for c in v.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"]
    if any(lemma_of(c) in accusing for c in said_with):
        return "ACCUSE"  # "stepped up attacks on Google, alleging anti-conservative bias"
    return None


def _by_document(verb: Token, lex: Lexicon) -> bool:
    """ "in a memo", "with an ad", "through a statement": the attack is what a document says."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in INSTRUMENT_PREPS
        and any(p.dep_ == "pobj" and lemma_of(p) in lex.documents for p in prep.children)
        for prep in verb.children
    )


def press_attacked(trigger: Trigger, lex: Lexicon) -> list[Token]:
    """The press the attack is on ("his assault on the mainstream media"): its recipient, though
    the press is no single party that acts."""
    press = lex.word_classes["press"]
    heads = [trigger.token] + ([trigger.noun] if trigger.noun is not None else [])
    return [t for h in heads for t in _attacked(h) if lemma_of(t) in press or t.lower_ in press]


def _attacked(head: Token) -> list[Token]:
    """Objects of the attack word and of its "on"/"against": "attacked the press", "assault on the media"."""
    found = [c for c in head.children if c.dep_ == "dobj"]
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "upon")]
    return found + [p for prep in preps for p in prep.children if p.dep_ == "pobj"]
