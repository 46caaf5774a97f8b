"""Trigger verbs that mention an act in passing or one not yet done, as a coder of events between
parties would not code them: a participle describing someone in apposition ("Jane Roe, a student
killed by a drunk driver, ..."), an infinitive relative naming what a noun is for ("a new leader
to rally around"), a ruling still being made ("is being decided by the Supreme Court") and a vote
count ("54 in favor to 46 opposed"), a forecast hedged ("will presumably not allow") and an act
not ruled out ("hasn't ruled out supporting her"). The word lists are data (events.yaml, ``word_classes``).
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, first_child, lemma_of

# a preposition or particle left at the end of an infinitive relative: "to rally around", "to fight for"
STRANDED_DEPS = frozenset({"prt", "prep"})


def mentioned_not_done(verb: Token, lex: Lexicon) -> bool:
    """The trigger verb describes someone, names a purpose, or tells a ruling or a vote count."""
    if _appositive_participle(verb) and rules.enabled("appositive_participles"):
        return True
    if verb.head.i != verb.i and fronted_participle(verb.head) == verb:
        return True  # "Sen. X, asked about the bill, says ...": who X is, no request told
    if _purpose_relative(verb) and rules.enabled("purpose_relatives"):
        return True
    if _ruling_pending(verb, lex) and rules.enabled("rulings_pending"):
        return True
    if _hedged_forecast(verb, lex) and rules.enabled("hedged_forecasts"):
        return True
    if _not_ruled_out(verb) and rules.enabled("possibilities_open"):
        return True
    return _vote_count(verb, lex) and rules.enabled("vote_counts")


def _hedged_forecast(verb: Token, lex: Lexicon) -> bool:
    """ "Republicans will presumably not allow a conviction", "Clinton will likely face pressure",
    "he would probably veto it": a hedge on a future or a modal tells a forecast, no act announced
    ("will veto" unhedged stays a threat or a promise)."""
    current = verb
    for _ in range(4):  # "will likely agree to raise taxes and curb spending": the hedge governs both
        auxiliaries = [c.lower_ for c in current.children if c.dep_ in ("aux", "auxpass")]
        hedges = lex.word_classes["forecast_hedges"]
        hedged = any(c.dep_ == "advmod" and c.lower_ in hedges for c in current.children)
        if hedged and any(a in lex.future_aux or a in lex.hypothetical_aux for a in auxiliaries):
            return True
        if current.dep_ not in ("xcomp", "conj") or current.head is current:
            return False
        current = current.head
    return False


def _appositive_participle(verb: Token) -> bool:
    """ "Jane Roe, a student killed by a drunk driver", "the parents of John Doe, the tourist
    detained by the regime": a past participle on a noun set beside a name says who that person is,
    doer named or not; the sentence reports something else ("two students killed in the attack"
    as a subject or object stays for the participle_patients group)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    if verb.head.dep_ != "appos" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    # a participle's own doer or phrase; a misparsed clause ("..., a rights group protested here
    # Wednesday") takes neither
    return any(c.dep_ in ("agent", "prep") for c in verb.children)


def fronted_participle(verb: Token) -> Token | None:
    """ "Sen. Jane Doe (R-ME), asked about the bill, says ...": a participle set off by commas
    after a name, misparsed as a clause of the verb ("Doe asked about ...") that takes the name
    as its subject, leaving the verb none; the participle describes the name, who speaks."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    for clause in verb.children:  # also as an adverbial clause with the name for its subject
        if clause.dep_ not in ("ccomp", "advcl") or clause.i > verb.i or clause.tag_ not in ("VBD", "VBN"):
            continue
        subject = first_child(clause, "nsubj")
        if subject is None or any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children):
            continue
        between = clause.doc[subject.i + 1 : clause.i]  # the name's own subtree may hold the comma
        after = clause.doc[clause.i + 1 : verb.i]
        commas = any(t.text == "," for t in between) and any(t.text == "," for t in after)
        if commas and rules.enabled("fronted_participles"):
            return clause
    return None


def reported_clauses(verb: Token) -> list[Token]:
    """A speech verb's that-clauses, less a fronted participle misparsed as one ("Sen. X, asked
    about it, says the bill ...": "asked" describes X, "the bill ..." is what X says)."""
    fronted = fronted_participle(verb)
    return [c for c in verb.children if c.dep_ == "ccomp" and c != fronted]


def _purpose_relative(verb: Token) -> bool:
    """ "giving donors a new leader to rally around", "a cause to fight for": an infinitive
    relative whose preposition is left at its end tells what the noun is for; no one acts on it
    ("the first president to visit the island" has no such preposition and is a visit)."""
    if verb.dep_ not in ("relcl", "acl") or verb.tag_ != "VB":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if first_child(verb, "nsubj") is not None or first_child(verb, "dobj") is not None:
        return False
    last = max(verb.subtree, key=lambda t: t.i)
    stranded = [c for c in verb.children if c.dep_ in STRANDED_DEPS and not list(c.children)]
    return any(c.i == last.i or (c.i == last.i - 1 and last.is_punct) for c in stranded)


def _ruling_pending(verb: Token, lex: Lexicon) -> bool:
    """ "The legality of the question is currently being decided by the Supreme Court", "the court,
    which is deciding whether ...": a ruling in the progressive is still being made; no one is
    ruled against yet ("the court decided", "has ruled" report the ruling)."""
    if lemma_of(verb) not in lex.word_classes["ruling_verbs"] or first_child(verb, "prt") is not None:
        return False  # "is ruling out any deal" refuses now
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBG":
        return any(lemma_of(a) == "be" for a in auxiliaries)  # "is deciding", "are ruling"
    return verb.tag_ == "VBN" and any(a.lower_ == "being" for a in auxiliaries)  # "is being decided"


def _not_ruled_out(verb: Token) -> bool:
    """ "He hasn't ruled out eventually supporting her", "has not ruled out meeting him": an act
    someone has not ruled out is a possibility, nothing done or announced."""
    head = verb.head
    if verb.dep_ not in ("advcl", "xcomp", "dobj", "pcomp", "ccomp") or lemma_of(head) != "rule":
        return False
    out = any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children)
    return out and any(c.dep_ == "neg" for c in head.children)


def _vote_count(verb: Token, lex: Lexicon) -> bool:
    """ "The final vote was 54 in favor to 46 opposed": a stance participle on a bare number
    counts votes; no one named opposes anyone."""
    if verb.dep_ != "acl" or lemma_of(verb) not in lex.word_classes["stance_verbs"]:
        return False
    return verb.head.tag_ == "CD"
