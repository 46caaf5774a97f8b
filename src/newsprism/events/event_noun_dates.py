"""A date on an event noun that only names a happening in passing (issue 20 item 5): "Nine
bombings ... on Easter Sunday killed 300" dates the bombings, not the killing."""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import lemma_of, load_lexicon
from newsprism.nlp import lexicon

ACT_NOUNS = lexicon.words("date_act_nouns.txt")  # "the decision Tuesday joins": the decision's day


def prep_of(root: Token) -> Token | None:
    """The preposition a date phrase hangs by ("on Monday": its root is "on" or "Monday")."""
    if root.dep_ == "prep":
        return root
    return root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else None


def on_event_noun(root: Token, trigger: Token | None = None) -> bool:
    """ "Nine bombings of churches on Easter Sunday killed 300", "was a response to the proposal over
    the weekend": a date in the prepositional phrases of an event noun that is the subject, or the
    complement of "be", names that happening in passing; the verb's act is not on its day (the
    noun's own event, ``trigger``, keeps it: "The talks on Tuesday ended"). An event noun the verb
    acts on keeps the old reading ("condemned the attack on Monday" is the condemning's day as
    often as the attack's)."""
    prep = prep_of(root)
    if prep is None or not rules.enabled("event_noun_dates"):
        return False
    event_nouns, nouns = [], load_lexicon().nouns
    below, current = prep, prep.head
    for _ in range(len(root.doc)):
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            break
        if current.pos_ == "NOUN" and lemma_of(current) in nouns:
            event_nouns.append(current)
        below, current = current, current.head
    if not event_nouns or (trigger is not None and any(n.i == trigger.i for n in event_nouns)):
        return False
    if below.dep_ in ("nsubj", "nsubjpass"):
        return True
    return lemma_of(current) == "be" and below.dep_ in ("attr", "acomp")


def after_subject_act(start: int, root: Token) -> bool:
    """ "Judge Lamberth's decision Tuesday joins that of ...", "The collapse of the firm last week
    stunned many": a date written right after a subject that names an act (``date_act_nouns.txt``)
    and hung on its verb, or made a second subject, dates that act, not the verb's."""
    verb = root if root.pos_ in ("VERB", "AUX") else root.head
    if root.dep_ not in ("npadvmod", "nsubj", "prep") or not rules.enabled("subject_act_dates"):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.right_edge.i == start - 1 and lemma_of(c) in ACT_NOUNS
        for c in verb.children
        if c.i != root.i
    )
