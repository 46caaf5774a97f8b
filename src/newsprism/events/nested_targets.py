"""Whom an act is done to when what it is about is another act with a target of its own.

"praised Russia's sanctions against the US": the praise is of Russia, whose sanctions they are; the
US is the sanctions' target, not the praise's. 'warned that Tehran "should not make threats against
Israel"': the warning is to Tehran, named outside the quotation; Israel, inside the words quoted,
is whom Tehran's threats would be against. Each rule behind its group (``owners_judged``,
``quoted_targets``)."""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import SPEECH_ACT_TYPES, Lexicon, can_act, in_quotation, is_agent
from newsprism.events.triggers import Trigger


def outer_targets(trigger: Trigger, agents: list[Token], lex: Lexicon) -> list[Token]:
    """The recipients among ``agents`` (the candidates found for the trigger) that are its own."""
    if trigger.type not in SPEECH_ACT_TYPES:
        return agents  # "revoked the state's agreements with the agencies": undone with the agencies
    owners = _owners_of_object(trigger.token, agents, lex)
    if owners and rules.enabled("owners_judged"):
        return owners
    if rules.enabled("quoted_targets"):
        sent = trigger.token.sent
        if not in_quotation(trigger.token, sent):
            outside = [t for t in agents if not in_quotation(t, sent)]
            return outside or agents
    return agents


def _owners_of_object(verb: Token, agents: list[Token], lex: Lexicon) -> list[Token]:
    """The possessors of the verb's object, when they are among the candidates ("Russia's sanctions");
    a name or a person's word as the object itself ("praised Russia's leader") owns nothing."""
    found = [c for c in verb.children if c.dep_ == "dobj" and not is_agent(c, lex)]
    owners = [o for c in found for p in c.children if p.dep_ == "poss" for o in (p, *p.conjuncts)]
    owners = [a for a in agents if any(a in o.subtree for o in owners)]  # "Washington, D.C.'s ban"
    return owners if len(owners) < len(agents) else []


def judged_of(trigger: Trigger, lex: Lexicon) -> list[Token]:
    """Whom a judging phrase with an adverb is of: "has spoken highly of the nominee", "spoke well
    of her" (those rules on); "of" names no one otherwise ("spoke of the economy")."""
    if trigger.type not in ("ACCUSE", "SUPPORT") or not rules.enabled("judged_of"):
        return []
    adverbs = [w for w in trigger.words if w.dep_ == "advmod"]
    if not adverbs:
        return []
    heads = [trigger.token, *adverbs]  # "spoken well of Oprah": "of" may hang on "well"
    ofs = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"]
    found = [p for c in ofs for p in c.children]
    return [t for p in found if p.dep_ == "pobj" for t in (p, *p.conjuncts) if can_act(t, lex)]
