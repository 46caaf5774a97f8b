"""Two kinds of sentence that tell no act though a trigger verb is there (issue 20, stop 50).

Who pays for a thing, told to say what the thing is, is a standing relation, not PLOVER's AID (a
given act): "the super PAC funded by Bloomberg", "Head Start, which is financed by HHS", "Sky
continues to fund Sky News". An objection to a way, a fact or a characterization that names no
one who made it is criticism of a thing, NONE by the sets' convention (eval/allsides_events/README.md):
"objected to the way the system was being rewritten", "takes issue with that characterization".
The words are data (events.yaml word_classes: funding_verbs, continuing_verbs, objection_keys,
frame_nouns).
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, can_act, first_child, lemma_of

PRESENT = ("VBZ", "VBP")


def funding_described(verb: Token, lemma: str, lex: Lexicon) -> bool:
    """A funding verb that describes its noun: a participle ("funded by"), a present passive relative
    ("which is financed by") or a present "continues to fund"; "funded the rebels in 2015" stays."""
    if lemma not in lex.word_classes["funding_verbs"] or not rules.enabled("funding_descriptions"):
        return False
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return True
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    passive = any(c.dep_ == "auxpass" for c in helpers)
    if verb.dep_ == "relcl" and passive and all(c.tag_ in PRESENT for c in helpers):
        return True
    head = verb.head
    continuing = lemma_of(head) in lex.word_classes["continuing_verbs"] and head.tag_ in PRESENT
    return verb.dep_ == "xcomp" and continuing


def frame_objected(verb: Token, keys: list[str], lex: Lexicon) -> bool:
    """An objection whose object is a frame noun (way, fact, characterization) with no owner: no
    possessor, no by-phrase, and no clause under it whose doer acts on its own ("the way the governor
    handled it" names the governor; "the fact that they received 42,000 pages" names no doer)."""
    if not rules.enabled("frames_objected") or not any(k in lex.word_classes["objection_keys"] for k in keys):
        return False
    frames = [t for t in _objects(verb) if lemma_of(t) in lex.word_classes["frame_nouns"]]
    return bool(frames) and not any(_owned(frame, lex) for frame in frames)


def _objects(verb: Token) -> list[Token]:
    """The nouns after to/with on the verb or on its object ("takes issue with that characterization")."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("to", "with")]
    return [p for prep in preps for p in prep.children if p.dep_ == "pobj"]


def _owned(frame: Token, lex: Lexicon) -> bool:
    if first_child(frame, "poss") is not None:
        return True
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in frame.children):
        return True
    for clause in (c for c in frame.children if c.dep_ in ("acl", "relcl")):
        doer = first_child(clause, "nsubj")
        if doer is None or lemma_of(clause) in lex.undergo:
            continue  # "was being rewritten", "they just received": no doer of anything
        if can_act(doer, lex):
            return True
    return False
