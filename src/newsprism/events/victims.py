"""Who suffered an act that is criticised, praised or investigated is not the one judged: "the
killing of George Floyd by a Minneapolis policeman is a horrible crime" faults the policeman (the doer
after "by", when named), never Floyd; "condemned the arrest of the reporters" faults no reporter.

A victim is the "of" object of a noun (or gerund) of harm (a lexicon noun or verb of ASSAULT, COERCE
or SANCTION, or events.yaml ``word_classes.harm_nouns``: "death", "beating"), or the possessor of a noun whose
possessor suffers it (``suffered_nouns``: "Floyd's death", "his arrest"). Rule group
``victims_not_judged``."""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, lemma_of
from newsprism.nlp.noun_themes import noun_themed

JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT"})
# How far up a name may hang under the victim ("the death of George Floyd, the man killed in
# Minneapolis": Minneapolis describes the victim, no one judged).
MAX_UP = 6
HARM_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})


def without_victims(event_type: str, recipients: list[Token], lex: Lexicon) -> list[Token]:
    """The recipients of a judging event less those only named as suffering the act judged."""
    if event_type not in JUDGING_TYPES or not rules.enabled("victims_not_judged"):
        return recipients
    return [t for t in recipients if not any(_victim(a, lex) for a in (t, *list(t.ancestors)[:MAX_UP]))]


def _victim(token: Token, lex: Lexicon) -> bool:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "the beating of two reporters and a photographer"
    themed = noun_themed(token)
    if themed is None:
        return False
    kind, noun = themed
    if kind == "poss":
        return lemma_of(noun) in lex.word_classes["suffered_nouns"]
    return token.head.dep_ == "prep" and _harm(noun, lex)  # "of" as the noun's prepositional phrase


def _harm(noun: Token, lex: Lexicon) -> bool:
    lemma = lemma_of(noun)
    if lemma in lex.word_classes["harm_nouns"]:
        return True
    if noun.pos_ == "NOUN" and lex.nouns.get(lemma, ("",))[0] in HARM_TYPES:
        return True
    return noun.tag_ == "VBG" and lex.verbs.get(lemma, ("",))[0] in HARM_TYPES
