"""Who attacks in a passive attack with no "by" agent, when the same sentence says it elsewhere.

"Nine soldiers were killed when rebels ambushed a convoy": the clause on the passive reports the
attack with its subject, so the rebels kill (PLOVER's gold names them; the stage used to give no
actor). "A police officer was killed in a bomb attack by separatists": the "by" phrase belongs to
the attack noun the killing happened in, so the separatists act; they used to come out as a
recipient. The links (subordinators, setting prepositions) are data: ``attack_agent_links.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, lemma_of
from newsprism.nlp import lexicon

LINKS = lexicon.pairs("attack_agent_links.tsv")
CLAUSE_MARKERS = frozenset(word for word, kind in LINKS.items() if kind == "clause")
SETTING_PREPS = frozenset(word for word, kind in LINKS.items() if kind == "setting")
NAMING = ("NOUN", "PROPN")


def attack_agents(verb: Token, lex: Lexicon) -> list[Token]:
    """The attackers a passive hostile verb with no agent names through a clause or a setting on
    it; [] when none (rule group ``attack_agents`` on)."""
    if not rules.enabled("attack_agents"):
        return []
    for child in verb.children:
        if child.dep_ == "advcl" and _hostile_verb(child, lex) and _marked(child):
            subjects = [c for c in child.children if c.dep_ == "nsubj" and c.pos_ in NAMING]
            if subjects:
                return [c for s in subjects for c in (s, *s.conjuncts)]
        if child.dep_ == "prep" and child.lower_ in SETTING_PREPS:
            for setting in (p for p in child.children if p.dep_ == "pobj" and _hostile_noun(p, lex)):
                by = [b for b in setting.children if b.dep_ == "prep" and b.lower_ == "by"]
                agents = [a for b in by for a in b.children if a.dep_ == "pobj" and a.pos_ in NAMING]
                if agents:
                    return [c for a in agents for c in (a, *a.conjuncts)]
    return []


def _marked(clause: Token) -> bool:
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in CLAUSE_MARKERS for c in clause.children)


def _hostile_verb(token: Token, lex: Lexicon) -> bool:
    found = lex.verbs.get(lemma_of(token))
    return token.pos_ == "VERB" and found is not None and found[0] in lex.hostile


def _hostile_noun(token: Token, lex: Lexicon) -> bool:
    found = lex.nouns.get(lemma_of(token))
    return found is not None and found[0] in lex.hostile
