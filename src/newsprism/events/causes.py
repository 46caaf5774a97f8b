"""Fighting for someone is arguing their cause: "I can now fight for America the way I want to",
"vowed to fight for working families". With no one fought (no object, no "against"/"with") and a
party after "for", the verb is advocacy, no attack; "fought for control of the city" names a prize,
not a party, and stays. Verbs are data (events.yaml ``word_classes.cause_verbs``); the rule group is
``causes_fought_for``."""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, can_act, lemma_of

FOUGHT_DEPS = frozenset({"dobj", "dative", "nsubjpass"})
FOUGHT_PREPOSITIONS = frozenset({"against", "with", "on"})


def cause_fought_for(verb: Token, lemma: str, lex: Lexicon) -> bool:
    """True when a verb of fighting has only a party it fights for (those rules on)."""
    if lemma not in lex.word_classes["cause_verbs"] or not rules.enabled("causes_fought_for"):
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if any(c.dep_ in FOUGHT_DEPS for c in verb.children) or any(
        p.lower_ in FOUGHT_PREPOSITIONS for p in preps
    ):
        return False
    served = [o for p in preps if p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    return bool(served) and all(can_act(o, lex) and lemma_of(o) not in lex.nouns for o in served)
