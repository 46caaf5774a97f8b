"""The routine of offices and institutions, told with event words but no event between parties:
an office left ("stepped down as secretary of state"), a legislature sitting ("as soon as the new
Congress convenes"), a verdict or ruling by no court ("he handed down the following verdict: ..."),
money received with no giver ("will receive $38 million in state funding") and voters backing a
candidate (an election result). The word lists are data (events.yaml, ``word_classes``).
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, doer_of, first_child, lemma_of

# The types an electorate's choice would take: backing or rejecting a candidate.
VOTED_TYPES = frozenset({"SUPPORT", "REJECT"})


def office_left(verb: Token, lemma: str, lex: Lexicon) -> bool:
    """ "stepped down as secretary of state", "stepping down from his position as head": a post
    left, named by the office ("from" a position) or the role ("as" secretary)."""
    if lemma not in lex.word_classes["leaving_verbs"] or not rules.enabled("institutional_routine"):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("as", "from")):
        for noun in (p for p in prep.children if p.dep_ == "pobj"):
            word = lemma_of(noun)
            if word in lex.word_classes["offices"] or (prep.lower_ == "as" and word in lex.person_roles):
                return True
    return False


def body_sitting(verb: Token, lemma: str, lex: Lexicon) -> bool:
    """ "as soon as the new Congress convenes": a legislature or court in session, with no one
    convened and no one met."""
    if (
        lemma != "convene"
        or first_child(verb, "dobj") is not None
        or not rules.enabled("institutional_routine")
    ):
        return False
    subject = first_child(verb, "nsubj")
    return subject is not None and lemma_of(subject) in lex.word_classes["sitting_bodies"]


def judgement_of_no_court(verb: Token, noun: Token, lex: Lexicon) -> bool:
    """A verdict or ruling whose doer is no court ("he handed down the following verdict", "Mr.
    Barr issued the ruling"): a judgement in words or an administrative decision, no sanction. With
    no doer named ("a verdict was handed down") it stays the court's."""
    if lemma_of(noun) not in lex.word_classes["judicial_nouns"] or not rules.enabled("institutional_routine"):
        return False
    doer = doer_of(verb)
    if doer is None:
        return False
    courts = lex.word_classes["judicial_doers"]
    return not any(lemma_of(t) in courts for t in doer.subtree)


def money_without_giver(verb: Token, noun: Token, lex: Lexicon) -> bool:
    """ "will receive $38 million in state funding", "companies that received PPP loans": money
    drawn with no party named giving it ("received a loan from the IMF" keeps its giver)."""
    if lemma_of(noun) not in lex.word_classes["money_received"] or not rules.enabled("institutional_routine"):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "from" for h in (verb, noun) for c in h.children)


def electorate_choice(event_type: str, verb: Token, actors: list[Token], lex: Lexicon) -> bool:
    """ "primary voters, who overwhelmingly backed Ocasio-Cortez", "voters approved bans on
    logging": voters choosing a candidate or a ballot measure is an election result, not an act of
    one party towards another (no coercion by the ban they passed)."""
    at_the_ballot = lemma_of(verb) in lex.word_classes["ballot_verbs"]
    if not (event_type in VOTED_TYPES or at_the_ballot) or not actors:
        return False
    if not rules.enabled("institutional_routine"):
        return False
    electorates = lex.word_classes["electorates"]
    subject = first_child(verb, "nsubj")  # "residents of Athens approved a ban": the town's voters
    townsfolk = electorates | lex.word_classes["ballot_electorates"]
    deciding = at_the_ballot and subject is not None and lemma_of(subject) in townsfolk
    if deciding and rules.enabled("ballot_residents"):
        return True
    return all(lemma_of(t) in electorates or t.lower_ in electorates for t in actors)
