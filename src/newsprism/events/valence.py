"""Criticism and praise told with any evaluative word, not only the listed ones: "called the
senator a liar", "said the governor's plan was reckless", "branded the minister incompetent".

The words and their sign are data: the evaluative lexicon (``evaluative_words.tsv``) with VADER's
valence as its fifth column. A word counts only when what it judges is someone, or a thing the
sentence says is someone's (the convention of eval/allsides_events/README.md: ACCUSE targets an
actor; "derided the agreement" names no one and is no event).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, can_act, first_child, lemma_of
from newsprism.nlp.entity_repairs import entity_label
from newsprism.nlp.lexicon import lines

STRONG = 1.5  # VADER's own cut for a strongly valenced word ("bad" -2.5, "reckless" -1.7, "good" 1.9)
IMPERSONAL = frozenset({"it", "this", "that", "these", "those", "there", "which", "what"})


@lru_cache(maxsize=1)
def valenced_words() -> tuple[frozenset[str], frozenset[str]]:
    """(faulting, praising): the evaluative lexicon's words with a strong VADER valence (praising kept
    for a later use; only faulting words judge here)."""
    faulting, praising = set(), set()
    for line in lines("evaluative_words.tsv"):
        fields = line.split("\t")
        if len(fields) < 5 or not fields[4]:
            continue
        valence = float(fields[4])
        if valence <= -STRONG:
            faulting.add(fields[0].lower())
        elif valence >= STRONG:
            praising.add(fields[0].lower())
    return frozenset(faulting), frozenset(praising)


def valence_of(words: list[Token]) -> str | None:
    """ACCUSE when the judging words (with their modifiers) fault, un-negated. Praise stays with the
    listed words: VADER's positive words are mostly feelings and dispositions ("confident",
    "ready", "care"), which on the real sets praised no one."""
    if not rules.enabled("valenced_judgements"):
        return None
    faulting = valenced_words()[0]
    faulted = False
    for word in words:
        if any(c.dep_ == "neg" for c in (*word.children, *word.head.children)) or _own(word):
            continue
        said = [word, *(c for c in word.children if c.dep_ in ("amod", "compound"))]
        keys = {k for w in said for k in (w.lower_, lemma_of(w))}
        faulted |= bool(keys & faulting)
    return "ACCUSE" if faulted else None


def _own(word: Token) -> bool:
    """ "insisting that my analysis was mistaken": the speaker's own thing, judged by no one else; "said
    she was ashamed of the vote": a pronoun's state is mostly the speaker's own feeling, which VADER
    does not tell from a judgement (the listed words still judge "said he was a liar")."""
    subject = first_child(word.head, "nsubj") if lemma_of(word.head) == "be" else None
    if subject is not None and subject.pos_ == "PRON":
        return True
    owner = first_child(subject, "poss") if subject is not None else None
    return owner is not None and owner.lower_ in ("my", "our")


def named_someone(verb: Token, lex: Lexicon) -> bool:
    """Is what a naming verb names someone ("called him a liar", "branded the senator ..."), or a
    thing the sentence says is someone's ("called the senator's plan reckless", "the Senate vote",
    "the remarks by the governor")?"""
    named = first_child(verb, "dobj")
    if named is not None and named.tag_ == "WDT" and verb.dep_ == "relcl":
        named = verb.head  # "the subpoenas, which he described as too broad": the subpoenas
    return someones(named, lex)


PERSONAL = frozenset({"he", "she", "you", "they", "him", "her", "them"})


def judged_someone(clause: Token, lex: Lexicon) -> bool:
    """Is the subject of a reported copula clause someone ("you are a liar", "the senator was
    wrong"), someone's thing ("the business model of the ruling party has been a failure"), or an
    act told as a clause ("suggesting that the courts would take sides is outrageous": someone's
    doing, as before)?"""
    if first_child(clause, "csubj") is not None:
        return True
    subject = first_child(clause, "nsubj") or first_child(clause, "nsubjpass")
    return subject is not None and (subject.lower_ in PERSONAL or someones(subject, lex))


def small_clauses(verb: Token, lex: Lexicon) -> tuple[list[Token], list[Token]]:
    """ "branded the leader dishonest", parsed as a verbless clause (an adjective or noun with a
    subject): (the words naming, those of them naming someone)."""
    named = [
        c
        for c in verb.children
        if c.dep_ == "ccomp" and c.pos_ in ("ADJ", "NOUN") and first_child(c, "nsubj") is not None
    ]
    return named, [c for c in named if someones(first_child(c, "nsubj"), lex)]


def someones(named: Token | None, lex: Lexicon) -> bool:
    """Someone, or a thing the sentence says is someone's."""
    if named is None or named.lower_ in IMPERSONAL:
        return False
    if named.tag_ == "PRP" or can_act(named, lex):
        return True
    owner = first_child(named, "poss")
    if (
        owner is not None
        and (owner.tag_ == "PRP$" or can_act(owner, lex))
        and owner.lower_ not in ("its", "my", "our")
    ):
        return True
    by = [o for p in named.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children]
    compounds = [c for c in named.children if c.dep_ == "compound" and c.i < named.i]
    if any(c.dep_ == "amod" and entity_label(c) in ("NORP", "ORG") for c in named.children):
        return True  # "Republican threats": a party's
    # "the attack carried out by two men": the doer of a participle's by-phrase
    done = [a for a in named.children if a.dep_ == "acl" and a.tag_ == "VBN"]
    by += [o for a in done for p in a.children if p.dep_ == "agent" for o in p.children]
    return any(can_act(t, lex) for t in (*compounds, *by))
