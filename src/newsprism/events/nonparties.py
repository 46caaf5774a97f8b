"""Clauses whose parties are not parties: a stock table's securities moving ("the Dow DJIA,
+8.14% ... settled"), a disease or storm fought or feared ("fighting the coronavirus"), an act
only compared to ("it feels like we are being attacked"), a shop closing its own stores, a warning
about something to no one, a race or a matter settled, a person's shot fired by accident. PLOVER codes
interactions between political actors; none of these is one. The words are data (events.yaml
``word_classes``: securities, price_moves, price_marks, hazards, hazard_motions, dangers,
warning_nouns, simile_verbs, premises, settling_verbs, settled_matters, accident_adverbs).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.attack_words import PERSON_PRONOUNS
from newsprism.events.lexicon import Lexicon, first_child, lemma_of
from newsprism.events.triggers import Trigger
from newsprism.nlp.entity_repairs import entity_label

# A quote of a stock table: "+8.14" then "%" ("Dow Jones Industrial Average DJIA, +8.14%").
SIGNED_NUMBER = re.compile(r"^[+\-−]\d")
# Types whose doer or target a disease, storm or market cannot be.
HAZARD_TYPES = frozenset(
    {"ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE", "SUPPORT", "AGREE", "PROTEST"}
)
# What closes a shop: a restriction, or one announced.
CLOSING_TYPES = frozenset({"COERCE", "THREATEN"})
OWN_POSSESSIVES = frozenset({"its", "their", "our", "my", "his", "her"})
QUANTIFIERS = frozenset({"all", "some", "many", "most", "several", "half", "each", "one", "dozens"})


def no_parties(
    trigger: Trigger,
    event_type: str,
    clause: Token,
    actors: list[Token],
    recipients: list[Token],
    lex: Lexicon,
) -> bool:
    """The clause reports no interaction between parties (see the module's docstring)."""
    return (
        _market_move(trigger, actors, lex)
        or _hazard_party(event_type, actors, recipients, lex)
        or _only_compared(trigger.token, clause, lex)
        or _own_premises(trigger, event_type, lex)
        or _danger_warned(trigger, event_type, lex)
        or _matter_settled(trigger, event_type, lex)
        or _by_accident(trigger, event_type, clause, actors, lex)
    )


def _by_accident(trigger: Trigger, event_type: str, clause: Token, actors: list[Token], lex: Lexicon) -> bool:
    """ "after he accidentally shot a friend on a hunting trip": harm a person does by accident is
    no attack on anyone; a force's strike is one, accidental or not ("the hospital was hit
    accidentally" by an air strike), and so is a deliberate act."""
    if event_type not in ("ASSAULT", "COERCE") or not rules.enabled("accidents") or not actors:
        return False
    if not all(entity_label(a) == "PERSON" or a.lower_ in PERSON_PRONOUNS for a in actors):
        return False  # "the officer accidentally shot", "U.S. forces accidentally struck": armed bodies
    adverbs = lex.word_classes["accident_adverbs"]
    heads = (*trigger.token.children, *clause.children)
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for c in heads)


def stock_quote(token: Token) -> bool:
    """The "%" of a ticker quote ("DJIA, +8.14%"): page debris, no one."""
    return token.text == "%" and token.i > 0 and bool(SIGNED_NUMBER.match(token.nbor(-1).text))


def _market_move(trigger: Trigger, actors: list[Token], lex: Lexicon) -> bool:
    """ "Stocks rallied", "the Dow DJIA, +8.14% ... settled": securities move, no one acts."""
    if not rules.enabled("market_moves") or not actors:
        return False
    securities = lex.word_classes["securities"]
    if all(lemma_of(a) in securities or a.lower_ in securities or stock_quote(a) for a in actors):
        return True
    if lemma_of(trigger.token) not in lex.word_classes["price_moves"]:
        return False
    return any(stock_quote(t) for a in actors for t in a.subtree) or _priced(trigger.token, lex)


def _priced(verb: Token, lex: Lexicon) -> bool:
    """ "to settle at 19,898.92", "closed up 1,049 points", "settled below the level of 20,000":
    the verb (or the one it completes) ends at a price."""
    marks = lex.word_classes["price_marks"]
    if any(c.dep_ == "dobj" and lemma_of(c) not in marks for c in verb.children):
        return False  # "closed the road at 5": something closed, no price
    for head in (verb, verb.head) if verb.dep_ in ("advcl", "xcomp", "conj") else (verb,):
        for child in head.children:
            if child.dep_ in ("dobj", "npadvmod") and lemma_of(child) in marks:
                return True
            objects = [p for p in child.children if p.dep_ == "pobj"] if child.dep_ == "prep" else []
            figures = [p for p in objects if p.ent_type_ not in ("DATE", "TIME")]  # not "in 2018"
            if any(p.like_num or lemma_of(p) in marks for p in figures):
                return True
    return False


def _hazard(token: Token, lex: Lexicon) -> bool:
    """A disease, a storm or a market, or the spread of one ("curb the spread of COVID-19")."""
    hazards = lex.word_classes["hazards"]
    if token.lower_ in hazards or lemma_of(token) in hazards:
        return True
    if lemma_of(token) in lex.word_classes["hazard_motions"]:
        return any(c.dep_ == "prep" and any(_hazard(p, lex) for p in c.children) for c in token.children)
    return False


def _hazard_party(event_type: str, actors: list[Token], recipients: list[Token], lex: Lexicon) -> bool:
    """ "The virus invaded ...", "fighting the coronavirus": a disease or storm as doer or
    target is a figure of speech or a public-health measure, no act between parties."""
    if not rules.enabled("hazard_parties") or event_type not in HAZARD_TYPES:
        return False
    if actors and all(_hazard(a, lex) for a in actors):
        return True
    return bool(recipients) and all(_hazard(r, lex) for r in recipients)


def _only_compared(token: Token, clause: Token, lex: Lexicon) -> bool:
    """ "It feels like we are being attacked", "as though the country were bombed": a simile."""
    if not rules.enabled("similes"):
        return False
    head = token
    for _ in range(4):
        marks = [c.lower_ for c in head.children if c.dep_ == "mark"]
        if "as" in marks and ("if" in marks or "though" in marks):
            return True
        if "like" in marks and lemma_of(head.head) in lex.word_classes["simile_verbs"]:
            return True  # "it feels like ...", "this is like ..."; "it looks like X will ..." is a hedge
        if head.dep_ not in ("conj", "xcomp", "ccomp", "advcl") or head.head is head:
            break
        if head.dep_ in ("ccomp", "advcl") and head is not clause and head is not token:
            break
        head = head.head
    return False


def _own_premises(trigger: Trigger, event_type: str, lex: Lexicon) -> bool:
    """ "Apple said it would close all its stores": a firm shutting its own premises restricts no one."""
    if not rules.enabled("own_premises") or event_type not in CLOSING_TYPES or trigger.mode != "restrict":
        return False
    target = first_child(trigger.token, "dobj") or first_child(trigger.token, "nsubjpass")
    if target is not None and target.lower_ in QUANTIFIERS:  # "closed all of its stores"
        of = next((c for c in target.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        target = first_child(of, "pobj") if of is not None else target
    if target is None or lemma_of(target) not in lex.word_classes["premises"]:
        return False
    owner = first_child(target, "poss")
    if owner is None:
        return False
    subject = first_child(trigger.token, "nsubj")
    return owner.lower_ in OWN_POSSESSIVES or (subject is not None and lemma_of(subject) == lemma_of(owner))


def _danger_warned(trigger: Trigger, event_type: str, lex: Lexicon) -> bool:
    """ "warned residents about the danger of the storm", "warned that the virus threatens older
    people": a warning of a danger, no threat of anyone's."""
    if not rules.enabled("danger_warnings") or event_type != "THREATEN":
        return False
    verb = trigger.token
    dangers = lex.word_classes["dangers"]
    noun = trigger.noun  # "issued a warning about ..."
    noun = noun if noun is not None and lemma_of(noun) in lex.word_classes["warning_nouns"] else None
    if lemma_of(verb) in lex.warning_verbs or noun is not None:
        warned_of = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "warned residents about"
        about = [p for w in warned_of for c in w.children if c.dep_ == "prep" for p in c.children]
        about += [p for a in about for c in a.children if c.dep_ == "prep" for p in c.children]
        if any(lemma_of(p) in dangers or _hazard(p, lex) for p in about):
            return True
        if _warned_about_to_no_one(verb, noun):
            return True  # "issued a warning about Democratic obstructionism"
        warned = first_child(verb, "ccomp")
        subject = first_child(warned, "nsubj") if warned is not None else None
        return subject is not None and _hazard(subject, lex)
    subject = first_child(verb, "nsubj")
    return subject is not None and _hazard(subject, lex)  # "the virus threatens older people"


def _warned_about_to_no_one(verb: Token, noun: Token | None) -> bool:
    """A warning about something, given to no one ("issued a warning about obstructionism",
    "warned about gridlock"): a caution voiced, no threat of anyone's to anyone."""
    heads = [verb] + ([noun] if noun is not None else [])
    if noun is None and first_child(verb, "dobj") is not None:
        return False  # "warned Russia about ...": someone is warned
    children = [c for h in heads for c in h.children]
    if any(c.dep_ in ("dative", "iobj") or (c.dep_ == "prep" and c.lower_ == "to") for c in children):
        return False  # "issued a warning to Moscow about ..."
    return any(c.dep_ == "prep" and c.lower_ == "about" for c in children)


def _matter_settled(trigger: Trigger, event_type: str, lex: Lexicon) -> bool:
    """ "Even with Ohio settled", "the margin of victory settled at 9,000 votes": a race or a
    matter settled with no one settling it and no partner is resolved, no settlement between
    parties ("the two sides settled", "settled the lawsuit with the city" stay)."""
    verb = trigger.token
    if event_type != "AGREE" or lemma_of(verb) not in lex.word_classes["settling_verbs"]:
        return False
    if not rules.enabled("settled_matters"):
        return False
    if any(c.dep_ in ("dobj", "agent") or (c.dep_ == "prep" and c.lower_ == "with") for c in verb.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children):
        return True  # "with Ohio settled": an absolute clause, a state of affairs
    subject = first_child(verb, "nsubj") or first_child(verb, "nsubjpass")
    return subject is not None and lemma_of(subject) in lex.word_classes["settled_matters"]
