"""A claim talked about is not the talker's (rule group ``claims_about``): 'The agency warned about
reports that the virus is “losing potency”', 'denied allegations that she was “a paid agent”'. The
quoted words stand in the content clause of a claim noun (``quote_claim_nouns.txt``) that the
speech verb takes as its object or topic; they are the claim's, and whoever warns about or denies
the claim said the opposite. A possessed claim ("Clinton's accusation that ...") is left to
``possessed_speech``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.nlp import lexicon
from newsprism.quotes import rules
from newsprism.quotes.cue_subjects import agent_named

CLAIM_NOUNS = lexicon.words("quote_claim_nouns.txt")
TOPIC_PREPOSITIONS = frozenset({"about", "over", "against", "on", "of", "to"})


def claim_talked_about(word: Token, cue: Token) -> bool:
    """``word`` (quoted) sits in a claim's content clause between it and ``cue``."""
    if not rules.enabled("claims_about"):
        return False
    node = word
    while node.i != cue.i and node.head.i != node.i:
        head = node.head
        if _claim_clause(node, head):
            prep = head.head
            topic = head.dep_ == "pobj" and prep.lower_ in TOPIC_PREPOSITIONS and prep.head.i == cue.i
            return (head.dep_ == "dobj" and prep.i == cue.i) or topic
        node = head
    return False


def _claim_clause(clause: Token, noun: Token) -> bool:
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CLAIM_NOUNS or clause.dep_ not in ("acl", "ccomp"):
        return False
    if any(c.dep_ == "poss" for c in noun.children):
        return False
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def own_speech_act(verb: Token) -> bool:
    """A cue verb that is the speaker's own speech act: not a passive ("should not be asked to
    carry ...") unless its agent is named, and not a noun the parse took for a verb, the object
    predicate (``oprd``) of "called the DHS demand a “witch hunt”", which names a thing and makes
    "DHS" no speaker (rule group ``predicate_not_cue``)."""
    if any(c.dep_ == "auxpass" for c in verb.children) and not agent_named(verb):
        return False
    return not (verb.dep_ == "oprd" and rules.enabled("predicate_not_cue"))
