"""A hostile act whose plan is halted (issue 20, stop 49): "delayed plans to raise tariffs on
Chinese goods", "suspended plans to impose sanctions on X", "shelved the proposal to expel its
diplomats". The act is not done and not threatened: holding it off eases the pressure on its
target, PLOVER's CONCEDE ("ease sanctions"), done by whoever halted the plan. The words are data
(events.yaml ``word_classes``: ``halting_verbs``, ``plan_nouns``)."""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, lemma_of


def halted_plan(clause: Token, lex: Lexicon) -> tuple[Token, list[Token]] | None:
    """(the halting word, its subjects) when the clause is the infinitive of a plan someone
    delays, suspends, shelves or drops; None otherwise."""
    if not rules.enabled("halted_plans") or clause.dep_ not in ("acl", "xcomp"):
        return None
    plan = clause.head
    if plan.pos_ != "NOUN" or lemma_of(plan) not in lex.word_classes["plan_nouns"]:
        return None
    halting = lex.word_classes["halting_verbs"]
    if plan.dep_ in ("dobj", "nsubjpass") and lemma_of(plan.head) in halting:
        verb = plan.head  # "delayed plans to raise tariffs", "plans to ... were shelved"
        return verb, [c for c in verb.children if c.dep_ == "nsubj"]
    # the parser may make the halting participle an adjective: "[Trump recently] delayed plans to"
    marks = [c for c in plan.children if c.dep_ == "amod" and c.tag_ == "VBN" and lemma_of(c) in halting]
    return (marks[0], []) if marks else None
