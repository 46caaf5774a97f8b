"""The words of an apposition that describe the person it stands beside, not the other people of
its clauses.

"Carl Miller, a 40-year-old man who was killed when a police officer knelt on him": the
apposition's relative clause names a second person, the officer, whose role is not Miller's
(taken as his, a later "the officer said" was Miller's). Inside a clause of the apposition only
what predicates of the person is kept: "a man who served as senator", "who is a nurse", "who was
named treasurer"; the clause's subjects, objects and other phrases are left out (rule group
``apposed_clause_roles``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.quotes import rules

# the dependencies by which a clause predicates something of its subject (the person)
PREDICATE_DEPS = ("attr", "oprd", "acomp")
PREDICATE_PREPOSITIONS = ("as",)  # "served as senator"


def apposed_role_tokens(noun: Token) -> list[Token]:
    """The tokens of the apposition headed by ``noun`` that describe its person (punctuation out)."""
    if not rules.enabled("apposed_clause_roles"):
        return [t for t in noun.subtree if not t.is_punct]
    kept: list[Token] = []
    _gather(noun, kept)
    return sorted((t for t in kept if not t.is_punct), key=lambda t: t.i)


def _gather(token: Token, kept: list[Token]) -> None:
    kept.append(token)
    for child in token.children:
        if child.pos_ in ("VERB", "AUX") and child.dep_ not in ("amod", "compound"):
            _gather_clause(child, kept)  # "who was killed when ...": only its predicate
        else:
            _gather(child, kept)


def _gather_clause(verb: Token, kept: list[Token]) -> None:
    """Of a clause, the predicate nouns of its subject ("is a nurse", "served as senator")."""
    for child in verb.children:
        if child.dep_ in PREDICATE_DEPS:
            _gather(child, kept)
        elif child.dep_ == "prep" and child.lower_ in PREDICATE_PREPOSITIONS:
            _gather(child, kept)
        elif child.dep_ in ("conj", "xcomp") and child.pos_ in ("VERB", "AUX"):
            _gather_clause(child, kept)  # "who ran and served as mayor", "who went on to become mayor"
