"""Someone said to be beyond trust or told to be ashamed: 'said the governor "can't be trusted"',
"cannot be believed", '"The senator should be ashamed of himself," she said'.

A that-clause denying that someone can be trusted, believed or relied on judges that person as
surely as "is a liar" does; PLOVER codes it ACCUSE (disapprove). The modal would otherwise make it
a possibility (evaluations._possible), so it is checked first. Verbs are data (events.yaml
``word_classes.trust_verbs``).
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, can_act, first_child, lemma_of

SELF_OR_THING = frozenset({"i", "we", "it", "this", "that", "there", "you"})  # never someone else


def distrusted(clause: Token, lex: Lexicon) -> bool:
    """A negated passive of trusting, said (not only thought), of someone other than the speaker."""
    if lemma_of(clause) not in lex.word_classes["trust_verbs"] or not rules.enabled("distrusted"):
        return False
    if not any(c.dep_ == "neg" for c in clause.children) or first_child(clause, "auxpass") is None:
        return False
    if lemma_of(clause.head) in lex.belief_verbs:
        return False  # "these women think she can't be trusted": a view held, nothing said to anyone
    subject = first_child(clause, "nsubjpass")
    return subject is not None and subject.lower_ not in SELF_OR_THING and can_act(subject, lex)


def shamed(clause: Token, lex: Lexicon) -> bool:
    """ "X should be ashamed (of himself)", "should be embarrassed": a reproach to someone else."""
    if lemma_of(clause) != "be" or not rules.enabled("shamed"):
        return False
    if not any(c.dep_ == "acomp" and c.lower_ in lex.word_classes["shame_words"] for c in clause.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in ("should", "ought") for c in clause.children):
        return False  # "I am ashamed", "he was embarrassed": a feeling told, no reproach
    if any(c.dep_ == "neg" for c in clause.children) or lemma_of(clause.head) in lex.belief_verbs:
        return False
    subject = first_child(clause, "nsubj")
    if subject is None or subject.lower_ in lex.generic_quantifiers:
        return False  # "anybody who touched this should be embarrassed": no one in particular
    if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subject.children):
        return False  # "no American president should ever be ashamed of ...": a norm
    return subject.lower_ not in SELF_OR_THING and can_act(subject, lex)
