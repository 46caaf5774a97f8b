"""Sentences that tell no act although a trigger word stands in them (issue 20 point 1, stop 50,
branch events50b; each kind a rule group in ``rules.GROUPS``):

- negative inversion, "Never before has an American president disavowed members of his party": a
  claim of no precedent; a clause hung below (relative, adverbial) keeps its own events;
- a thing pronoun as the doer, "anything that funds the wall": no one acts;
- a text's provision, "The 25th Amendment ... calls for such a body": a law or plan provides, no one
  asks anyone;
- fault judged, "white nationalists were to blame for the violence": the subject is blamed, no
  one is told to blame.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsprism.events import rules
from newsprism.events.lexicon import Lexicon, lemma_of
from newsprism.events.trigger_kinds import Trigger
from newsprism.nlp.clause_subjects import SUBJECT_DEPS, clause_subjects

_OWN_CLAUSE = ("ROOT", "ccomp", "conj", "xcomp", "aux", "auxpass")


def silenced(trigger: Trigger, sent: Span, actors: list[Token], lex: Lexicon) -> bool:
    """Does the trigger's sentence tell no act for one of the reasons above?"""
    token = trigger.token
    if inverted_negation(token, sent, lex):
        return True
    pronouns = lex.word_classes["thing_pronouns"]
    if actors and all(a.lower_ in pronouns for a in actors) and rules.enabled("thing_pronoun_doers"):
        return True
    key = " ".join(lemma_of(w) for w in trigger.words or [token])
    if key in lex.word_classes["provision_keys"] and rules.enabled("provisions"):
        holders = lex.word_classes["provision_holders"]
        if any(lemma_of(s) in holders for s in clause_subjects(token)):
            return True
    return _blamed_subject(token, lemma_of(token), lex) and rules.enabled("blame_predicates")


def inverted_negation(token: Token, sent: Span, lex: Lexicon) -> bool:
    """Is ``token`` in the main clause of a sentence opened by a negative inversion?"""
    if not rules.enabled("negative_inversions"):
        return False
    opener = _opener_length(sent, lex)
    if not opener:
        return False
    rest = [t for t in sent if not t.is_punct][opener:]
    first_subject = next((i for i, t in enumerate(rest) if t.dep_ in (*SUBJECT_DEPS, "expl")), None)
    if not first_subject:
        return False  # "Never, he said, ...": no auxiliary before a subject
    if not any(t.pos_ in ("AUX", "VERB") and t.tag_ != "VBG" for t in rest[:first_subject]):
        return False
    current = token
    for _ in range(12):  # the trigger's clause hangs from the root through its own clause links
        if current.dep_ == "ROOT" or current.head.i == current.i:
            return True
        if current.dep_ not in _OWN_CLAUSE:
            return False
        current = current.head
    return False


def _opener_length(sent: Span, lex: Lexicon) -> int:
    """How many words the negative opener takes (0: none)."""
    words = [t.lower_ for t in sent if not t.is_punct][:3]
    for opener in sorted(lex.word_classes["negative_openers"], key=lambda o: (-len(o.split()), o)):
        parts = opener.split()
        if words[: len(parts)] == parts:
            return len(parts)
    return 0


def _blamed_subject(token: Token, lemma: str, lex: Lexicon) -> bool:
    """ "were to blame", "who's to blame": 'be to blame' judges the subject at fault; said by a
    speaker ("told state television that foreign agents were to blame") it is the speaker's charge."""
    if lemma != "blame" or token.dep_ not in ("xcomp", "ccomp", "advcl") or lemma_of(token.head) != "be":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    current = token.head
    for _ in range(4):  # up through joined and reported clauses to a verb of saying
        if current.dep_ not in ("ccomp", "conj") or current.head.i == current.i:
            return True
        current = current.head
        if lemma_of(current) in lex.speech:
            return False
    return True
