"""An act told by its quality: "Criticism from Democrats has been fierce", "pressure from the Alaska
governor, Bill Walker, to vote 'no' has been steadfast". An event noun naming its doer (a from-phrase
or an owner who can act) as the subject of "be" with an adjective of how the act went (data,
events.yaml ``word_classes.act_qualities``: fierce, swift, steadfast ...; not "likely", "needed")
says the act was done; it stands as an event of its own (rule group ``acts_by_quality``).
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, can_act, lemma_of


def told_by_quality(noun: Token, lex: Lexicon) -> bool:
    """The event noun is the subject of a copula with a listed quality and names who did it."""
    copula = noun.head
    if noun.dep_ != "nsubj" or lemma_of(copula) != "be" or not rules.enabled("acts_by_quality"):
        return False
    qualities = lex.word_classes["act_qualities"]
    if not any(c.dep_ == "acomp" and c.lower_ in qualities for c in copula.children):
        return False
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    froms = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"]
    doers = owners + [p for c in froms for p in c.children if p.dep_ == "pobj"]
    return any(can_act(d, lex) for d in doers)
