"""Trigger words that aim at no one (issue 20, stop 49): a fight with no opponent fought by one
person ("She has fought on the front lines", "he was fighting back": a metaphor of effort), thanks
for a state of things that names no doer ("I am thankful that the law has been blocked"), a belief
held in a relative clause ("those he believes have been wronged": who they are, no judgement said)
a state kept ("to keep the government funded": a purpose, no aid given), the author's own text
("the results discussed in this article") and a tally "so far" ("So far, 23 states have declined
to do so": acts counted, no one event). Word lists are data (events.yaml, ``word_classes``)."""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, can_act, first_child, lemma_of
from newsprism.nlp.entity_repairs import entity_label

# one person fighting, a speaker or someone named: "he", "she", "I" (a crowd or a force battles)
ONE_PERSON_PRONOUNS = frozenset({"i", "he", "she"})


def aims_at_no_one(verb: Token, lex: Lexicon) -> bool:
    """The trigger verb aims at no party: a lone fighter, thanks for a state, a belief in a
    relative clause, a state kept."""
    if rules.enabled("lone_fights") and _lone_fight(verb, lex):
        return True
    if rules.enabled("thanks_for_states") and _thanks_for_a_state(verb, lex):
        return True
    if rules.enabled("relative_beliefs") and verb.dep_ == "relcl" and lemma_of(verb) in lex.belief_verbs:
        return True
    if rules.enabled("own_text") and _in_this_text(verb, lex):
        return True
    return rules.enabled("kept_states") and _kept_state(verb, lex)


def tally_so_far(clause: Token) -> bool:
    """ "So far, 23 states have declined to do so": a present perfect "so far" (or "thus far")
    with a counted subject counts doers, no one event ("so far activists have refused to give in"
    is one refusal going on, "Thus far Mueller has charged five people" one man's charges)."""
    if not rules.enabled("tallies_so_far") or clause.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in clause.children):
        return False
    far = [c for c in clause.children if c.dep_ == "advmod" and c.lower_ == "far"]
    if not any(a.lower_ in ("so", "thus") for f in far for a in f.children):
        return False
    subject = first_child(clause, "nsubj")  # "23 states": many doers, each counted once
    return subject is not None and first_child(subject, "nummod") is not None


def _in_this_text(verb: Token, lex: Lexicon) -> bool:
    """ "the search results discussed in this article", "the people named in this story": what
    the author's own text does is no act between parties."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for text in prep.children:
            own = any(c.dep_ == "det" and c.lower_ == "this" for c in text.children)
            if own and lemma_of(text) in lex.word_classes["own_text_nouns"]:
                return True
    return False


def _lone_fight(verb: Token, lex: Lexicon) -> bool:
    """ "She has fought on the front lines", "show his fans he was fighting back": one person
    fighting with no one fought (no object, no party after a preposition) fights in words or in
    spirit; "Kurdish fighters fought on the front lines" (a force) stays a battle."""
    if lemma_of(verb) not in lex.word_classes["struggle_verbs"] or verb.tag_ not in ("VBD", "VBN", "VBG"):
        return False
    if first_child(verb, "dobj") is not None:
        return False
    fought = [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    if any(can_act(p, lex) or entity_label(p) for p in fought):
        return False  # "fought with the police", "fought in Fallujah": someone or a place fought
    subject = first_child(verb, "nsubj")
    if subject is None:
        return False
    return subject.lower_ in ONE_PERSON_PRONOUNS or entity_label(subject) == "PERSON"


def _thanks_for_a_state(verb: Token, lex: Lexicon) -> bool:
    """ "I am thankful that most of the law has been permanently blocked": thanks for what
    happened with no doer named (no one thanked, no doer in the that-clause) thank no one;
    "thankful that he let go of ..." thanks him."""
    if (
        lemma_of(verb) not in lex.word_classes["thanks_words"]
        and verb.lower_ not in lex.word_classes["thanks_words"]
    ):
        return False
    thanked = [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    if any(can_act(p, lex) for p in thanked):
        return False  # "grateful to the nurses"
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return False
    doers = [
        s
        for c in clauses
        for s in [*c.children, *(a for g in c.children if g.dep_ == "agent" for a in g.children)]
        if s.dep_ in ("nsubj", "pobj")
    ]
    return not any(can_act(d, lex) for d in doers)


def _kept_state(verb: Token, lex: Lexicon) -> bool:
    """ "to keep the federal government funded", "left the agency unfunded": a participle after
    keep or leave names a state kept, with no one doing the act (a by-agent would name one)."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("ccomp", "xcomp", "oprd", "acomp"):
        return False
    if lemma_of(verb.head) not in lex.word_classes["state_keeping_verbs"]:
        return False
    return first_child(verb, "agent") is None
