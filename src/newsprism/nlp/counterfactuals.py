"""A modal perfect, "would have met him", "should have had to urge", "he'd have been charged": a
verb told as what did not happen. One reading for the events stage (a counterfactual act is no
act) and the people stage (a title held only in one is no office of theirs)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

CONTRACTED_WOULD = ("'d", "\u2019d")  # before "have" a contracted "'d" can only be "would"
PERFECT_HAVE = ("have", "'ve")


def modal_perfect(verb: Token, modals: Collection[str]) -> bool:
    """Is ``verb`` a past participle under one of ``modals`` and a perfect "have" ("would have
    met", "could've been")? Not "must have": an inference that it did (the caller's modals)."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    aux += ["would" for c in verb.children if c.dep_ == "aux" and c.lower_ in CONTRACTED_WOULD]
    modal = any(a in modals for a in aux)
    return modal and any(a in PERFECT_HAVE for a in aux) and verb.tag_ == "VBN"
