"""A pledge made on a condition: "Sanders pledged to support Biden if he wins the nomination",
"promised an open mind if such cases came before him". The if-clause is the condition of what
is promised, not of the promising: the pledge itself is made, in the past, and is no
hypothetical act. A pledge that is itself supposed ("would pledge", "if she promised", "might
vow to ...") stays hypothetical."""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, is_agent, lemma_of
from newsprism.events.modality import in_condition
from newsprism.events.triggers import Trigger

_HAVE = ("has", "have", "had")


def made_on_condition(trigger: Trigger, governors: list[Token], lex: Lexicon) -> bool:
    """True when a past pledge ("pledged", "has promised") carries only a condition on its content."""
    if trigger.kind != "commitment" or not rules.enabled("conditional_pledges"):
        return False
    verb = trigger.token
    if verb.pos_ != "VERB" or lemma_of(verb) not in lex.commitment or in_condition(verb):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN":
        past = any(a.lower_ in _HAVE for a in aux)  # "has pledged"; "pledged" as a participle is no act
    else:
        past = verb.tag_ == "VBD"
    if not past or any(a.lower_ in lex.hypothetical_aux or a.lower_ in lex.future_aux for a in aux):
        return False
    # "wanted to promise", "might have to pledge": a verb above that makes the pledge unreal
    return not any(lex.transparent.get(lemma_of(g), "") in ("hypothetical", "future") for g in governors)


def willing_without_party(trigger: Trigger, clause: Token, lex: Lexicon) -> bool:
    """ "was 'ready, willing and able' to reach a deal": a stated willingness to come to an agreement
    that names no party is a disposition, no offer (the real-news sets' labels; an offer naming no
    counterpart is none). Willing to do a thing stays PLOVER's AGREE ("is willing to send material to
    help defend Saudi Arabia", "would be ready to host a meeting between X and Y")."""
    if trigger.kind != "light" or trigger.type != "AGREE" or clause.dep_ != "xcomp":
        return False
    willing = lex.word_classes["willingness_adjectives"]
    if not any(c.dep_ == "acomp" and lemma_of(c) in willing for c in clause.head.children):
        return False  # the parser hangs "to reach a deal" on "was", beside "ready"
    if not rules.enabled("willingness_without_party"):
        return False
    heads = [clause, *([trigger.noun] if trigger.noun is not None else [])]
    preps = [c for h in heads for c in h.children if c.dep_ == "prep"]
    parties = [p for c in preps for p in c.children if p.dep_ == "pobj"]
    parties += [c for h in heads for c in h.children if c.dep_ == "dative"]
    parties += [c for p in parties for c in p.conjuncts]
    return not any(is_agent(p, lex) for p in parties)
