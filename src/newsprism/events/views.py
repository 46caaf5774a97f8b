"""Views, not acts: a generic holder's opinion ("most economists agree that ..."), people in
general ("63 percent of voters"), a view shared or believed ("agreed that the economy was weak",
"a consensus that the tactic is over") rather than a plan agreed. Read by nonevents.py and the
stages that must not take people in general for a party."""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, first_child, lemma_of
from newsprism.nlp.entity_repairs import entity_label

# Auxiliaries that make a that-clause a plan ("agreed that talks would resume"), not a view.
PLAN_MODALS = frozenset({"will", "would", "shall", "should", "must", "'ll", "wo"})


# ...of which these say what ought to be: agreed on by one side, a view ("agreed that the US should not").
NORM_MODALS = frozenset({"should", "must", "ought"})


def is_opinion(verb: Token, subject: Token | None, lex: Lexicon) -> bool:
    """A generic holder's view ("experts agree that ...") or standing state ("many voters support ...")."""
    finite = verb
    while subject is None and finite.dep_ == "xcomp":  # "voters tend to support ..."
        finite = finite.head
        subject = first_child(finite, "nsubj")
    if finite.dep_ == "ccomp" and lemma_of(finite.head) in lex.speech:
        holder = first_child(finite.head, "nsubj")  # "residents say they support ...": the residents
        if holder is not None and (subject is None or subject.pos_ == "PRON" or is_generic(holder, lex)):
            subject = holder  # "observers say both candidates support ...": a view about them
    if subject is None or not any(is_generic(s, lex) for s in (subject, *subject.conjuncts)):
        return False
    present = finite.tag_ in ("VBP", "VBZ") and not any(c.dep_ == "aux" for c in finite.children)
    return present or first_child(verb, "ccomp") is not None


PARTICULAR_LABELS = ("GPE", "ORG", "NORP", "PERSON")  # "EU experts": people of a named body or place


def is_generic(noun: Token, lex: Lexicon) -> bool:
    """ "most economists", "many of his critics", "63 percent of voters", "experts": people in
    general, not a party to events."""
    if noun.lower_ in lex.generic_quantifiers or entity_label(noun) == "PERCENT" or noun.lower_ == "percent":
        return True
    if noun.tag_ not in ("NNS", "NNPS"):
        return False
    quantified = particular = False
    for child in noun.children:
        if child.lower_ in lex.generic_quantifiers and child.dep_ in ("amod", "det", "nmod", "quantmod"):
            quantified = True
        elif child.dep_ in ("det", "poss", "nummod") or entity_label(child) in PARTICULAR_LABELS:
            particular = True  # "the economists", "EU experts": particular people
    return quantified or (not particular and lemma_of(noun) in lex.opinion_holders)


def shared_view(noun: Token) -> bool:
    """ "a consensus that the tactic is over": the agreement's clause says how things are, not
    what will be done ("an agreement that talks would resume" is a plan)."""
    for clause in noun.children:
        if clause.dep_ not in ("acl", "ccomp") or clause.pos_ not in ("VERB", "AUX"):
            continue
        if any(a.dep_ == "aux" and a.lower_ in PLAN_MODALS for a in clause.children):
            return False
        marked = any(
            c.lower_ == "that" and c.dep_ in ("mark", "pobj") for c in clause.subtree if c.i < clause.i
        )
        if marked or lemma_of(clause) == "be":
            return True
    return False


def believes(verb: Token, lex: Lexicon) -> bool:
    """A that-clause about how things are, and nothing acted on: "agreed that the economy was
    weak"; not "agreed to ...", "accepted X", nor "agreed that talks would resume" (a plan)."""
    deps = {c.dep_ for c in verb.children}
    if "ccomp" not in deps or deps & {"dobj", "xcomp", "dative"}:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("to", "on", "with") for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    modals = {a.lower_ for c in clauses for a in c.children if a.dep_ == "aux"}
    if modals and modals <= NORM_MODALS and _one_side(verb) and rules.enabled("normative_agreements"):
        return True  # "The Republicans agreed that the US should not send troops": a view they share
    if modals & PLAN_MODALS and _one_side(verb) and rules.enabled("views_forecast"):
        hedges = lex.word_classes["forecast_hedges"]
        if any(a.dep_ == "advmod" and a.lower_ in hedges for c in clauses for a in c.children):
            return True  # "agreed that most voters would probably stay home": a forecast shared
    return not modals & PLAN_MODALS


def _one_side(verb: Token) -> bool:
    """Agreeing with no second party in the clause: no joined subject, partner or "each other"."""
    subject = first_child(verb, "nsubj")
    if subject is None or subject.conjuncts or subject.lower_ in ("both", "all"):
        return False
    return not any(c.lower_ in ("both", "each", "sides", "parties") for c in verb.subtree if c.i < verb.i)
