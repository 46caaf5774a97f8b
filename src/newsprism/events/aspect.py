"""Whether an event is told as background: in the past perfect of the narrative ("the money he
had demanded", "McConnell, who had urged Trump", "had been consulted"), done at some time before
the story's. Read from the parse, where the auxiliaries hang on the verb, so adverbs between
("had long sought") and a verb joined to one ("had met and agreed") need no word lists. The past
perfect inside reported speech is the tense shift of a past speech verb ("negotiators said they
had reached a deal": the deal is the news), not background. The timeline leaves an undated
background act out (its article's day would date it wrongly)."""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.events.lexicon import Lexicon, lemma_of
from newsprism.events.participants import governors_of
from newsprism.nlp.clause_subjects import has_own_subject

_JOIN_HOPS = 4  # "had met, talked and agreed": the verbs joined to the one that has the "had"


def told_as_background(clause: Token, governors: list[Token], lex: Lexicon) -> bool:
    """The event's verb (``clause``), or a see-through verb above it ("had planned to attack"), is
    in the past perfect, and no speech verb governs the verb that has the "had" (then it is
    reported speech: "said they had met X and agreed", where "agreed" takes the "had" of "met")."""
    if any(lemma_of(g) in lex.speech for g in governors):
        return False
    for head in [clause, *governors]:
        carrier = _had_carrier(head)
        if carrier is not None:
            return carrier is head or not any(lemma_of(g) in lex.speech for g in governors_of(carrier, lex))
    return False


def _had_carrier(verb: Token) -> Token | None:
    """The verb whose auxiliary "had" makes ``verb`` a past perfect ("had urged", "had been
    consulted"): the verb itself or, for a verb joined to it without auxiliaries or subject of its
    own, the first verb (the tagger often reads the joined "agreed" of "had met and agreed" as a
    simple past)."""
    for hop in range(_JOIN_HOPS):
        if verb.tag_ != "VBN" and not (hop == 0 and verb.tag_ == "VBD" and verb.dep_ == "conj"):
            return None
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(_had(c) for c in auxiliaries):
            return verb
        own = auxiliaries or has_own_subject(verb)
        if verb.dep_ != "conj" or own:
            return None
        verb = verb.head
    return None


def _had(auxiliary: Token) -> bool:
    """ "had" (or "'d" parsed as it: spaCy tags the "'d" of "would" MD)."""
    return auxiliary.dep_ == "aux" and auxiliary.tag_ == "VBD" and auxiliary.lemma_.lower() == "have"
