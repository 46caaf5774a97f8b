"""Acts a sentence names that are not done though nothing negates their own verb:

- an act inside a pledge or promise that was renounced, broken or abandoned ("Trump renounced a
  pledge he had made to support the GOP nominee"): what was pledged is not being done;
- an act reached by a verb of coming round to it that is itself negated ("Kasich, who never came
  around to endorsing Trump"): the act never came about;
- an act avoided or refrained from ("had avoided attacking the president", "refrained from
  criticizing the mayor"): the verb above is a negation in all but form.

Both make the event negated (kept only when negated events are). Words are data (events.yaml
``word_classes.pledge_nouns``, ``undoing_verbs``, ``reneging_verbs``, ``reaching_verbs``,
``avoiding_verbs``); the rule groups are ``renounced_pledges``, ``acts_never_reached`` and ``avoided_acts``.
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, lemma_of

# How far a pledged act may sit below its pledge noun ("a pledge he had made to support ...").
CLAUSE_DEPS = frozenset({"xcomp", "advcl", "acl", "relcl", "ccomp"})
MAX_STEPS = 3
BACK_WORDS = frozenset({"back", "away"})  # "went back on his word", "walked away from the pledge"


def undone(clause: Token, lex: Lexicon) -> bool:
    """True when the clause's act sits in a renounced pledge or under a negated coming-round."""
    return _in_renounced_pledge(clause, lex) or _never_reached(clause, lex) or _avoided(clause, lex)


def _in_renounced_pledge(clause: Token, lex: Lexicon) -> bool:
    if not rules.enabled("renounced_pledges"):
        return False
    current = clause
    for _ in range(MAX_STEPS):
        if current.dep_ not in CLAUSE_DEPS or current.head.i == current.i:
            return False
        current = current.head
        if current.pos_ == "NOUN":
            return lemma_of(current) in lex.word_classes["pledge_nouns"] and _undone_noun(current, lex)
    return False


def _undone_noun(noun: Token, lex: Lexicon) -> bool:
    """The pledge noun is the object of a verb that undoes it ("renounced a pledge", "broke his
    promise"), or follows "on"/"from" after one that goes back on it ("reneged on", "backed away from")."""
    head = noun.head
    if noun.dep_ == "dobj":
        return lemma_of(head) in lex.word_classes["undoing_verbs"]
    if noun.dep_ != "pobj" or head.lower_ not in ("on", "from"):
        return False
    verb = head.head
    if lemma_of(verb) in lex.word_classes["reneging_verbs"]:
        return True
    return any(c.dep_ in ("advmod", "prt") and c.lower_ in BACK_WORDS for c in verb.children)


def _never_reached(clause: Token, lex: Lexicon) -> bool:
    if clause.dep_ != "pcomp" or not rules.enabled("acts_never_reached"):
        return False
    prep = clause.head
    if prep.lower_ not in ("to", "into"):
        return False
    verb = prep.head
    if lemma_of(verb) not in lex.word_classes["reaching_verbs"]:
        return False
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in lex.negation) for c in verb.children)


def _avoided(clause: Token, lex: Lexicon) -> bool:
    """ "avoided attacking the president", "a tendency to avoid offering a defense of X", "refrained
    from criticizing him": the complement of a verb of avoiding (or a verb joined to it) is not done."""
    if clause.dep_ == "conj" and clause.head.dep_ in ("xcomp", "pcomp", "dobj"):
        clause = clause.head  # "avoided naming or criticizing him" (a first gerund parsed as a noun)
    if clause.dep_ == "xcomp" or (clause.dep_ == "dobj" and clause.tag_ in ("VBG", "NN")):
        verb = clause.head
    elif clause.dep_ == "pcomp" and clause.head.lower_ == "from":
        verb = clause.head.head
    else:
        return False
    return lemma_of(verb) in lex.word_classes["avoiding_verbs"] and rules.enabled("avoided_acts")
