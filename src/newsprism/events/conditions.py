"""Warnings told as conditions: 'Rouhani said: "If America leaves the nuclear deal, this will entail
historic regret for it."', '"If Congress blocks the deal, we will respond," the minister said'.

PLOVER codes a statement of what will follow if another party acts as a threat (THREATEN) aimed at
that party, whatever the consequence is called; the consequence is often no act the lexicon knows
("entail regret"), so the speech verb carries the event. The consequence must be the speaker's
side's ("we will respond") or name the party again ("regret for it"): "prices would rise if the Fed
cuts rates" is a forecast. Only a named or acting party as the if-clause's subject counts ("if you
give them a choice", "if we only give up our rights", "if the bill is filibustered" are conditions
on no one pressed), only a clause the speech verb reports itself ("I think nothing would surprise me
if Judge X decides ...": a guess), and never "even if" or "only if" (a concession or a rule). Words
in events.yaml (``word_classes.threat_modals``).
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, first_child, is_agent, lemma_of
from newsprism.events.passing import reported_clauses

LIMITING_ADVERBS = frozenset({"even", "only"})
FIRST_PERSON = frozenset({"i", "we"})
NAMING_AGAIN = frozenset({"it", "them", "him", "her"})


def conditional_warning(verb: Token, lex: Lexicon) -> Token | None:
    """The party a speech verb's reported clause warns, by a will/would consequence of what that
    party may do (an if-clause on the reported clause itself), or None (those rules on)."""
    if lemma_of(verb) not in lex.speech or not rules.enabled("conditional_warnings"):
        return None
    modals = lex.word_classes["threat_modals"]
    for clause in reported_clauses(verb):
        if not any(c.dep_ == "aux" and c.lower_ in modals for c in clause.children):
            continue
        for condition in (c for c in clause.children if c.dep_ == "advcl"):
            marks = [m for m in condition.children if m.dep_ == "mark"]
            if not any(m.lower_ == "if" for m in marks):
                continue
            if any(a.lower_ in LIMITING_ADVERBS for a in condition.children if a.dep_ == "advmod"):
                continue  # "even if the groups gave the same amount": a concession
            subject = first_child(condition, "nsubj")
            if subject is None or subject.pos_ not in ("PROPN", "NOUN"):
                continue  # "if you give them a choice", "if we only give up some of our rights"
            if (subject.pos_ == "PROPN" or is_agent(subject, lex)) and _aimed(clause, condition):
                return subject
    return None


def _aimed(consequence: Token, condition: Token) -> bool:
    """A consequence the speaker's side brings ("we will respond") or one that names the party
    warned again ("this will entail historic regret for it"); "prices would rise if the Fed cuts
    rates" is a forecast, no threat."""
    subject = first_child(consequence, "nsubj")
    if subject is not None and subject.lower_ in FIRST_PERSON:
        return True
    inside = {t.i for t in condition.subtree}
    after = [t for t in consequence.subtree if t.i > condition.i and t.i not in inside]
    return any(t.lower_ in NAMING_AGAIN for t in after)
