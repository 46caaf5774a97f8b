"""Someone said to be beyond trust: 'said the governor "can't be trusted"', "cannot be believed".

A that-clause denying that someone can be trusted, believed or relied on judges that person as
surely as "is a liar" does; PLOVER codes it ACCUSE (disapprove). The modal would otherwise make it
a possibility (evaluations._possible), so it is checked first. Verbs are data (events.yaml
``word_classes.trust_verbs``).
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, can_act, first_child, lemma_of

SELF_OR_THING = frozenset({"i", "we", "it", "this", "that", "there", "you"})


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
