"""Judgement nouns that tell a judgement given: "unabashed in their criticism of Mr. Trump",
"Obama's praise for Putin", "Corker has been withering in his criticism of Trump".

Political news tells criticism and praise by a noun as often as by a verb, with no light verb to
host it; the noun is an event of its own when its author is its possessor and someone its object
(the words are data: ``word_classes.judgement_nouns`` in events.yaml). A possessive pronoun author
is the subject of the clause the noun sits in ("Corker ... his criticism": Corker).
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, can_act, is_agent, lemma_of
from newsprism.people.words import POSSESSIVE_PRONOUNS

CLIMB_DEPS = frozenset({"pobj", "prep", "dobj", "attr", "acomp", "xcomp"})  # up to the clause's verb


def judgement_of_someone(noun: Token, lex: Lexicon) -> bool:
    """A judgement noun with its author as possessor and someone (a name or a word for people) as
    its "of"/"for" object."""
    judging = lemma_of(noun) in lex.word_classes["judgement_nouns"]
    if not judging or not rules.enabled("judgements_of_someone"):
        return False
    if not any(c.dep_ == "poss" and can_act(c, lex) and c.lower_ != "its" for c in noun.children):
        if not _authored_by(noun, lex):
            return False
    objects = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for") for p in c.children]
    return any(p.dep_ == "pobj" and is_agent(p, lex) and p.ent_type_ not in ("DATE", "TIME") for p in objects)


def _authored_by(noun: Token, lex: Lexicon) -> bool:
    """ "a rebuke of President Obama by House Democrats": the author named by a "by" phrase (those
    rules on)."""
    if not rules.enabled("judgements_by"):
        return False
    return any(
        p.dep_ == "pobj" and can_act(p, lex)
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "by"
        for p in c.children
    )


def author_of(possessor: Token, noun: Token, lex: Lexicon) -> list[Token]:
    """ "Corker has been withering in his criticism of Trump": a possessive pronoun is the subject of
    the verb whose object or prepositional phrase holds the noun, when that subject can act."""
    if possessor.lower_ not in POSSESSIVE_PRONOUNS or not judgement_of_someone(noun, lex):
        return [possessor]
    current = noun
    for _ in range(5):  # noun -> (pobj -> prep ->) verb or adjective (-> the verb it completes)
        if current.dep_ not in CLIMB_DEPS or current.head.i == current.i:
            break
        current = current.head
        subject = next((c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            if subject.pos_ == "PRON" or not can_act(subject, lex):
                break
            return [subject, *subject.conjuncts]
    return [possessor]
