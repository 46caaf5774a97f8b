"""Participants shared by conjoined verbs the parser gives them to only one of.

"Greene was shot and killed by an Afghan soldier": the by-phrase hangs on "killed", but the soldier
shot him too; a passive verb with no doer of its own takes that of a participle sharing its "was"."""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules


def conjunct_agents(verb: Token) -> list[Token]:
    """The by-phrase doers of a passive conjunct that has no subject of its own (those rules on)."""
    if not rules.enabled("shared_agents"):
        return []
    for other in verb.conjuncts:
        own = ("nsubj", "nsubjpass", "aux", "auxpass")
        if other.tag_ != "VBN" or any(c.dep_ in own for c in other.children):
            continue  # "was expelled and was later arrested by police": a clause of its own
        found = [p for c in other.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if found:
            return [a for p in found for a in (p, *p.conjuncts)]
    return []
