"""An infinitive of purpose under another event is what that act is for, not a second act: "deployed
THAAD to South Korea to defend against missiles" is the deployment (MOBILIZE); "to defend" gives no
SUPPORT of its own. PLOVER codes the act done; its purpose is not yet done by anyone. A purpose the
parser hangs on the verb's object ("has pointed to the reporting to criticize the inquiry") is still
the subject's: who pointed criticises."""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import SPEECH_ACT_TYPES, Lexicon, can_act, first_child


def without_purposes(proposed: list[tuple]) -> list[tuple]:
    """The (event, trigger) pairs of a sentence less those whose trigger is the purpose of another's
    (those rules on)."""
    if len(proposed) < 2 or not rules.enabled("purpose_infinitives"):
        return proposed
    acts = {trigger.token.i for _, trigger in proposed}
    return [(event, trigger) for event, trigger in proposed if _served(trigger.token) not in acts]


def _subjectless_to(verb: Token) -> bool:
    """A "to ..." clause with no doer of its own ("so that they defend", "for X to defend" have one)."""
    marked = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return marked and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def _served(verb: Token) -> int | None:
    """The index of the verb a subjectless "to ..." (or "in order to ...") clause is the purpose of."""
    if not _subjectless_to(verb):
        return None
    if verb.dep_ == "advcl":
        return verb.head.i if verb.head.i != verb.i else None
    head = verb.head  # "in order to protect": acl of "order", object of "in" on the verb
    if verb.dep_ == "acl" and head.lower_ == "order" and head.dep_ == "pobj" and head.head.dep_ == "prep":
        return head.head.head.i
    return None


def purpose_of_object(verb: Token, event_type: str, lex: Lexicon) -> Token | None:
    """The verb whose subject says a subjectless "to ..." clause hung on that verb's object (a
    thing, not someone: "pointed to the reporting to criticize X"), for the speech acts (those
    rules on); None otherwise."""
    if verb.dep_ != "acl" or event_type not in SPEECH_ACT_TYPES or not _subjectless_to(verb):
        return None
    noun = verb.head
    if noun.pos_ != "NOUN" or can_act(noun, lex) or not rules.enabled("purposes_on_objects"):
        return None
    above = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or above.pos_ != "VERB":
        return None
    subject = first_child(above, "nsubj")
    return above if subject is not None and can_act(subject, lex) else None
