"""Whose a thing is: the parties a participant that is no party names ("Iraq's proposal", "a U.S.
request", "an offer from Kabul", "$60bn of US goods")."""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, can_act, is_agent, lemma_of
from newsprism.nlp.entity_repairs import entity_label

BODIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})  # names that can own a thing
PERSONS = frozenset({"he", "she", "they", "i", "we", "him", "her", "them", "me", "us"})
DESTINATION_PREPS = frozenset({"to", "into", "for"})  # "aid for Romania", "trade going into North Korea"


def agents_within(noun: Token, lex: Lexicon) -> list[Token]:
    """For a thing, whose it is or whom it concerns: "Iraq's proposal", "a U.S. request", "an offer
    from Kabul", "relations with Austria"."""
    if is_agent(noun, lex):
        return []
    found = []
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            found.append(child)
        elif child.dep_ in ("compound", "amod", "nmod") and entity_label(child) in (
            "GPE",
            "ORG",
            "NORP",
            "PERSON",
        ):
            found.append(child)
        elif child.dep_ == "acl" and child.tag_ == "VBN":  # "the demonstration staged by students"
            for agent in child.children:
                if agent.dep_ == "agent":
                    found.extend(p for p in agent.children if p.dep_ == "pobj" and is_agent(p, lex))
        elif child.dep_ == "prep" and child.lower_ in ("from", "by", "of", "with", "against", "on", "to"):
            objects = [p for p in child.children if p.dep_ == "pobj"]
            if rules.enabled("joined_within"):  # "relations with Congo and Costa Rica": both
                objects = [c for p in objects for c in (p, *p.conjuncts)]
            found.extend(p for p in objects if is_agent(p, lex))
            act = noun.lower_.endswith(tuple(lex.word_classes["act_noun_endings"]))
            if (
                child.lower_ == "of" and act and rules.enabled("owners_of_the_object")
            ):  # "dismantling of X's arms"
                found.extend(o for p in child.children if p.dep_ == "pobj" for o in _owners(p, lex))
        elif child.dep_ == "relcl" and rules.enabled("claims_made_by"):
            found.extend(_maker(child, lex))  # "rebut the claims Hillary makes": hers
    return found + [d for d in destinations(noun, lex) if d not in found]


def destinations(thing: Token, lex: Lexicon) -> list[Token]:
    """Where a thing goes, when that is a party: "aid for Romania and Poland", "90 percent of
    trade going into North Korea", "weapons bound for Syria" (those rules on)."""
    if not rules.enabled("destinations"):
        return []
    heads = [thing] + [c for c in thing.children if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN", "JJ")]
    preps = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in DESTINATION_PREPS]
    objects = [o for p in preps for c in p.children if c.dep_ == "pobj" for o in (c, *c.conjuncts)]
    return [o for o in objects if is_agent(o, lex)]


def _owners(thing: Token, lex: Lexicon) -> list[Token]:
    """The named owners of a thing that is no party ("North Korea's nuclear program")."""
    if is_agent(thing, lex):
        return []
    return [c for c in thing.children if c.dep_ == "poss" and c.pos_ != "PRON" and is_agent(c, lex)]


def _maker(relative: Token, lex: Lexicon) -> list[Token]:
    """The named subject of a relative clause whose object is the noun it hangs on ("the claims
    Hillary makes", "the plan the governor signed"): whose the thing is."""
    if any(
        c.dep_ in ("dobj", "nsubjpass") or c.tag_ in ("WP", "WDT") and c.dep_ == "nsubj"
        for c in relative.children
    ):
        return []
    subject = next((c for c in relative.children if c.dep_ == "nsubj"), None)
    return [subject] if subject is not None and is_agent(subject, lex) else []


def counted_agents(quantity: Token, lex: Lexicon) -> list[Token]:
    """What a count or an amount names: "dozens of protesters" are the protesters; "tariffs on $60bn
    of US goods" fall on the US (the goods' owner; those rules on)."""
    if lemma_of(quantity) in lex.group_heads:
        return agents_within(quantity, lex)
    if not rules.enabled("counted_goods"):
        return []
    counted = [p for c in quantity.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    found = [a for p in counted if p.dep_ == "pobj" and not is_agent(p, lex) for a in agents_within(p, lex)]
    return found + [d for d in destinations(quantity, lex) if d not in found]  # "$70m of aid for Poland"


def party_of(thing: Token, lex: Lexicon) -> Token | None:
    """A recipient that is no name: someone who can act, a land (its people, "gas supplies to the
    region"), or the body a thing belongs to ("the Obama administration plan" -> the
    administration); a thing, law or notion alone ("denounced the incident") is no party."""
    if thing.lower_ in PERSONS or can_act(thing, lex) or thing.lower_ in lex.word_classes["party_nouns"]:
        return thing
    if lemma_of(thing) in lex.word_classes["visited_lands"]:
        return thing
    owners = [c for c in thing.children if c.dep_ == "compound" and can_act(c, lex)]
    return next((c for c in owners if c.pos_ == "NOUN" or entity_label(c) in BODIES), None)


def undergone_sources(noun: Token, lex: Lexicon) -> list[Token]:
    """Whose act the subject drew: the owner ("drew Mr. Trump's ire") and, for anger (data
    ``anger_nouns``, rule group ``anger_sources``), the of-phrase ("drew the ire of the president");
    a criticism noun's of-phrase is what is criticised ("drew criticism of his plan")."""
    found = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    if lemma_of(noun) in lex.word_classes["anger_nouns"] and rules.enabled("anger_sources"):
        ofs = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        found += [t for c in ofs for p in c.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)]
    return found


def from_doer(prep: Token, noun: Token, lex: Lexicon) -> bool:
    """ "criticism from Democrats", "pressure from the governor": the from-phrase of an act noun of
    words or backing (types ``from_doer_types``) names who does it (rule group ``from_doers``);
    "withdrawal from Syria" is where a force leaves."""
    if prep.lower_ != "from" or not rules.enabled("from_doers"):
        return False
    entry = lex.nouns.get(lemma_of(noun)) or lex.nouns.get(noun.lower_)
    return entry is not None and entry[0] in lex.word_classes["from_doer_types"]
