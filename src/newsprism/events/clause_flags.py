"""The clause's flags, negated, hypothetical and future: read from its auxiliaries, its negation
and the see-through verbs above it ("plan to", "refused to"; a past verb of saying turns
"would" into the future told in the past)."""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, lemma_of
from newsprism.events.pledges import made_on_condition
from newsprism.events.triggers import Trigger
from newsprism.nlp.clause_subjects import has_own_subject


def flags(trigger: Trigger, clause: Token, governors: list[Token], lex: Lexicon) -> tuple[bool, bool, bool]:
    """negated, hypothetical, future: from auxiliaries, negation and the verbs above."""
    negated = hypothetical = future = False
    heads = [clause] + [g for g in governors if lemma_of(g) not in lex.speech]
    past_speech = any(lemma_of(g) in lex.speech and g.tag_ in ("VBD", "VBN") for g in governors)
    for head in heads:
        for child in head.children:
            word = child.lower_
            if child.dep_ == "neg" or (child.dep_ == "advmod" and word in lex.negation):
                negated = True
            elif (
                child.dep_ == "advmod" and word == "longer" and any(c.lower_ == "no" for c in child.children)
            ):
                negated = True
            elif child.dep_ == "aux":
                if word in lex.future_aux or child.lemma_ == "will":
                    future = True
                elif word == "would" and past_speech:
                    future = True
                elif word in lex.hypothetical_aux:
                    hypothetical = True
            elif child.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in child.children):
                hypothetical = True
            elif child.dep_ == "mark" and word in ("if", "unless"):
                hypothetical = True
        if head.i != clause.i:
            flag = lex.transparent.get(lemma_of(head), "")
            if lemma_of(head) == "go" and head.tag_ == "VBG":
                flag = "future"
            future |= flag == "future"
            hypothetical |= flag == "hypothetical"
            negated |= flag == "negated"
    if trigger.noun is not None and any(c.lower_ == "no" and c.dep_ == "det" for c in trigger.noun.children):
        negated = True
    if trigger.token.tag_ == "VBG" and any(
        c.lower_ == "no" and c.dep_ == "det" for c in trigger.token.children
    ):
        negated = True  # "there was no talking to Russia": a gerund denied, as a noun with "no"
    if hypothetical and made_on_condition(trigger, governors, lex):
        hypothetical = False  # "pledged to support him if he wins": the pledge is made
    return negated or _shares_negation(clause), hypothetical, future


def _shares_negation(clause: Token) -> bool:
    """ "did not name Cohen or criticize him": a verb joined by "or"/"nor" with no subject of
    its own falls under the negation of the verb before it; "but instead offered" does not."""
    if clause.dep_ != "conj" or has_own_subject(clause):
        return False
    if not rules.enabled("negated_last"):
        return False
    head = clause.head
    joined_by_or = any(c.dep_ == "cc" and c.lower_ in ("or", "nor") and c.i < clause.i for c in head.children)
    return joined_by_or and any(c.dep_ == "neg" for c in head.children)
