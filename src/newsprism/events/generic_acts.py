"""Acts that are only possible or only characterise someone, not acts done (issue 20, stop 47).

Pooled over the first runs of blind20..blind27, the largest classes of false events were acts
told as possibilities ("Barack can get shot going to the gas station", "They can provide aid ...
while encouraging mismanaged states to fix ...") and acts that describe what a kind of party
habitually does ("leftist dissidents who question the power structure", "countries that sponsor
or shelter terrorism", "a Grand Bargain that ... recognizes China's interests"). Both are read
off the parse, never off words of one sentence:

- ``possible_acts``: an auxiliary of possibility (``word_classes.possibility_auxiliaries``) on the
  trigger's clause or on a verb it is the complement of, short of a speech verb, makes the act a
  possibility. Refusals said with "can't" are decided before this check and are kept; a hostile
  act with its doer named under could/may is a threat (PLOVER) and is kept too.
- ``habitual_relatives``: a trigger whose clause is a relative clause in the simple present
  (no auxiliary; "who question", "that shelter") on a bare plural (a kind of party, no determiner)
  tells what such parties are like, not an act done;
  a relative clause in any past or progressive form reports one ("states that challenged").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.events import rules
from newsprism.events.lexicon import Lexicon, lemma_of

SIMPLE_PRESENT = frozenset({"VBP", "VBZ"})
RELATIVE_DEPS = frozenset({"relcl"})


def possible_act(clause: Token, event_type: str, governors: list[Token], lex: Lexicon) -> bool:
    """ "Barack can get shot", "they can provide aid while encouraging ...": a possibility, not an
    act. A hostile act a party says it may do is a threat ("Serbia could recall its envoy if the
    talks fail"), so a hostile type is only a possibility when no one is named doing it (passive)."""
    if event_type in lex.hostile and not any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
        return False
    possible = lex.word_classes["possibility_auxiliaries"]
    heads = [clause]
    for governor in governors:
        if lemma_of(governor) in lex.speech:
            break  # "said they can't support it": the saying is done; what is said is read below it
        heads.append(governor)
    found = any(c.dep_ in ("aux", "auxpass") and c.lower_ in possible for h in heads for c in h.children)
    negated = any(c.dep_ == "neg" for h in heads for c in h.children)
    return found and not negated and rules.enabled("possible_acts")


def habitual_relative(clause: Token) -> bool:
    """ "dissidents who question the power structure": what a kind of party does, no act told."""
    verb = clause
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "countries that sponsor or shelter terrorism"
    if verb.dep_ not in RELATIVE_DEPS or clause.tag_ not in SIMPLE_PRESENT:
        return False
    kind = verb.head
    if kind.tag_ not in ("NNS", "NNPS") or any(c.dep_ in ("det", "poss", "nummod") for c in kind.children):
        return False  # "a violation, which the legal team denies": one case, its denial told now
    if any(c.dep_ in ("aux", "auxpass") for c in (*clause.children, *verb.children)):
        return False  # "who has called", "which will sanction": a tense that tells an act
    return rules.enabled("habitual_relatives")
