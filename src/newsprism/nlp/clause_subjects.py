"""Who a clause is about, read from the parse: its subjects, or for a verb joined to another with
none of its own ("was ratified and calls for"), the subjects it shares. One reading for every
stage (events and people) that asks whether a verb has a subject or which it is."""

from __future__ import annotations

from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "nsubjpass")


def own_subjects(verb: Token) -> list[Token]:
    """The verb's own subjects, active or passive, in text order (none for "and calls for")."""
    return [c for c in verb.children if c.dep_ in SUBJECT_DEPS]


def has_own_subject(verb: Token) -> bool:
    """Does the verb have a subject of its own (a joined verb without one shares the first's)?"""
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def clause_subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it is joined to ("was ratified and calls for")."""
    own = own_subjects(verb)
    if own or verb.dep_ != "conj":
        return own
    return own_subjects(verb.head)
