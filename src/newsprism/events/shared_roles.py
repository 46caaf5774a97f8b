"""Participants a clause shares with the clause above it, which the parse gives to that one only
(issue 20 item 3: passives, control, distributive subjects).

"Clinton ran a server and has been accused of ...": a passive conjunct with no subject of its own
does its act to the subject it shares, who is no doer of it. "the campaigns turned ..., each
blasting the other": a distributive "each" or "both" subject of a participle is the subject above.
"Massachusetts and the Virgin Islands are the latest to announce probes": an infinitive on a rank
("the first", "the latest", "the only one") predicated of a subject is that subject's act.
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import lemma_of

DISTRIBUTIVES = frozenset({"each", "both", "either"})
RANK_WORDS = frozenset({"first", "last", "latest", "only", "next", "second", "third", "newest"})
SUBJECTS = ("nsubj", "nsubjpass")


def shared_patients(verb: Token) -> list[Token]:
    """The subject (with its conjuncts) of the verb a subjectless passive conjunct hangs on."""
    if verb.dep_ != "conj" or not rules.enabled("shared_patients"):
        return []
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ in SUBJECTS for c in verb.children):
        return []
    first = min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "advmod")] + [verb.i])
    joint = verb.doc[first - 1] if first > 0 else None
    if joint is None or not (joint.dep_ == "cc" or joint.is_punct):
        return []  # "but when he failed ... the invitation was rescinded": a subject misattached
    subject = next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
    return [subject, *subject.conjuncts] if subject is not None else []


def distributed_subject(subject: Token) -> Token | None:
    """ "each blasting the other": the subject of the clause a distributive's participle hangs on."""
    clause = subject.head
    if subject.lower_ not in DISTRIBUTIVES or subject.dep_ != "nsubj" or clause.dep_ != "advcl":
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        return None  # "each of them": named in the clause itself
    if not rules.enabled("distributive_subjects"):
        return None
    return next((c for c in clause.head.children if c.dep_ in SUBJECTS), None)


def ranked_copula(verb: Token) -> Token | None:
    """ "X are the latest to announce probes", "she was the first to call for ...": the copula whose
    subject does an infinitive hung on a rank predicated of it, else None (a rank noun, "the first
    senator to visit", is the `predicate_nouns` rule's)."""
    if verb.dep_ not in ("relcl", "acl", "xcomp") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return None
    rank = verb.head
    if rank.pos_ in ("NOUN", "PROPN"):
        return None
    ranked = (
        rank.lower_ in RANK_WORDS
        or rank.tag_ == "JJS"
        or any(
            c.dep_ in ("amod", "advmod") and (c.lower_ in RANK_WORDS or c.tag_ == "JJS")
            for c in rank.children
        )
    )
    if rank.dep_ != "attr" or lemma_of(rank.head) != "be" or not ranked:
        return None
    return rank.head if rules.enabled("ranked_infinitives") else None
