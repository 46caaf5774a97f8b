"""Verbs of beating that report an election: "Clinton beat Bush" for reelection, "Baker beat
Coakley", "voters slaughtered the GOP". A candidate or a party beaten with no mark of violence is
a result, not an assault; "police beat a protester" and "beat him to death" stay assaults. The
word lists are data (events.yaml: ``contest_verbs``, ``contest_words``, ``result_verbs``, ``landslide_verbs``,
``electoral_parties``, ``beating_marks``)."""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, first_child, lemma_of
from newsprism.nlp.entity_repairs import entity_label


def won_in_a_contest(token: Token, lemma: str, lex: Lexicon) -> bool:
    """ "beat him at the ballot box", "hasn't been defeated since Clinton beat Bush" (reelection):
    a verb of beating in a sentence about an election or a game is a win, not an assault; so is
    a candidate or a party beaten with no mark of violence (``candidates_beaten``)."""
    if not rules.enabled("contests"):
        return False
    contest = lex.word_classes["contest_words"]
    if lemma in lex.word_classes["contest_verbs"]:
        if any(t.lower_ in contest or lemma_of(t) in contest for t in token.sent):
            return True
    return _candidate_beaten(token, lemma, lex) and rules.enabled("candidates_beaten")


def _candidate_beaten(verb: Token, lemma: str, lex: Lexicon) -> bool:
    """ "Charlie Baker beat Martha Coakley", "Curbelo (who beat one-term Democrat Joe Garcia)",
    "voters slaughter the GOP": one named person beating another, or a party beaten or voters
    beating, with no mark of violence ("beat up", "to death", "with a bat", "brutally")."""
    landslide = lemma in lex.word_classes["landslide_verbs"]
    if not (landslide or lemma in lex.word_classes["result_verbs"]) or _violent(verb, lex):
        return False
    beaten = first_child(verb, "dobj")
    doer = first_child(verb, "nsubj")
    if beaten is None or doer is None:
        return False
    parties = lex.word_classes["electoral_parties"]
    if any(w.lower_ in parties for w in (beaten, *beaten.children) if w.dep_ in ("dobj", "compound", "amod")):
        return True  # "slaughter the GOP", "beat the Democrats"
    if lemma_of(doer) in lex.word_classes["electorates"]:
        return True  # "voters crushed the incumbent"
    if landslide:
        return False  # "slaughtered villagers": a massacre
    if doer.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        doer = verb.head  # "congressman Carlos Curbelo (who beat ...)": the one named before
    return _named_person(beaten) and _named_person(doer)


def _named_person(token: Token) -> bool:
    """A person's name, or a word for someone followed by their name ("congressman Carlos Curbelo")."""
    named = [token, *(c for c in token.children if c.dep_ == "appos")]
    return any(t.pos_ == "PROPN" and entity_label(t) == "PERSON" for t in named)


def _violent(verb: Token, lex: Lexicon) -> bool:
    """A beating told as one: "beat up", "beat him to death", "with a bat", "brutally", "bloody"."""
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return True
    marks = lex.word_classes["beating_marks"]
    return any(t.lower_ in marks or lemma_of(t) in marks for t in verb.sent)
