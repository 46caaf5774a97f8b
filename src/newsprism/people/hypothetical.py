"""Titles a person is only imagined holding: "if a President Hillary Lane withheld aid", "this could
have been the moment when President Lane unveiled ...": the title names no office of theirs, so no
"the president" of the article is theirs (rule group ``hypothetical_title``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsprism.nlp import lexicon
from newsprism.nlp.counterfactuals import modal_perfect
from newsprism.quotes import rules

# words opening a clause that only supposes ("if", "unless"), and modals that with a perfect
# "have" say what did not happen ("would have", "could have"; read by nlp/counterfactuals)
SUPPOSING_MARKS = lexicon.words("hypothetical_marks.txt")
UNREAL_MODALS = frozenset({"would", "could", "might", "should"})
INDEFINITE = frozenset({"a", "an"})


def hypothetical_title(name: Span, title: list[Token]) -> bool:
    """The title before ``name`` is supposed, not held: an indefinite article before it ("a
    President Lane"), or the name in a clause opened by "if" or under a "would have"."""
    if not title or not rules.enabled("hypothetical_title"):
        return False
    first = min(title, key=lambda t: t.i)
    if first.i > 0 and name.doc[first.i - 1].lower_ in INDEFINITE:
        return True
    verb = name.root
    for _ in range(6):  # up through the clauses the name sits in
        verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            children = list(verb.children)
            if any(c.dep_ == "mark" and c.lower_ in SUPPOSING_MARKS for c in children):
                return True
            if modal_perfect(verb, UNREAL_MODALS):
                return True
        if verb.head.i == verb.i:
            break
    return False
