"""What a noun is about, read from the parse: the person or thing written as its possessor ("Lee's
death") or its "of" object ("the death of Lee"). One reading for the people stage (a dead man is no
speaking pronoun's antecedent) and the events stage (a victim is not the one an act is judged on)."""

from __future__ import annotations

from spacy.tokens import Token


def noun_themed(token: Token) -> tuple[str, Token] | None:
    """("poss", noun) when ``token`` possesses the noun, ("of", noun) when it is the noun's "of"
    object, else None."""
    if token.dep_ == "poss":
        return "poss", token.head
    of = token.head
    if token.dep_ == "pobj" and of.lower_ == "of":
        return "of", of.head
    return None
