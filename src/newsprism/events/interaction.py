"""Whether a clause reports an interaction between parties at all: someone must take part.

A verb from a type's lexicon with no one who can act anywhere around it ("a balancing act she's
had to strike", "after they had already been released", "to force the blockade to be lifted")
is a metaphor, a state of things or an act with its parties out of sight; PLOVER codes none of
these. Event nouns ("clashes erupted", "the negotiations took place") and light verbs name
their act and keep it: fighting and talks are reported even when the sides are not named.
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.factuality import act_of_crowds_or_force, weapon_or_blast
from newsprism.events.lexicon import Lexicon, can_act, first_child, lemma_of
from newsprism.events.triggers import Trigger

# Acts of crowds, told with or without the crowd named ("converging ... to protest").
CROWD_TYPES = frozenset({"PROTEST", "MOBILIZE"})


def no_one_takes_part(
    trigger: Trigger, event_type: str, actors: list[Token], recipients: list[Token], lex: Lexicon
) -> bool:
    """A verb trigger none of whose actors or recipients is someone who can act (for an attack,
    a weapon or a force counts: "drones struck a depot")."""
    if not rules.enabled("parties_needed") or trigger.kind != "verb" or event_type in CROWD_TYPES:
        return False
    token = trigger.token
    opening_gerund = token.tag_ == "VBG" and token.i == token.sent.start
    if token.dep_ in ("nsubj", "nsubjpass") or opening_gerund:
        return False  # "Fighting still rages": a gerund subject names its act as a noun does
    armed = event_type == "ASSAULT"
    if token.dep_ in ("conj", "dep") and token.head.pos_ in ("VERB", "AUX") and not actors:
        # "Democrats were summoned ..., then met privately": a joined verb shares its subject
        actors = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not any(
        can_act(t, lex)
        or t.pos_ == "PROPN"
        or (armed and (weapon_or_blast(t, lex) or act_of_crowds_or_force(t, lex)))
        for t in [*actors, *recipients]
    )


def crowd_demand(trigger: Trigger, event_type: str, lex: Lexicon) -> Token | None:
    """ "Hundreds gathered outside the courthouse to demand action against the prosecutor": a
    demand or a denunciation a crowd gathered, rallied or marched to make is a protest; the
    gathering's subject (returned) is its actor. The parser may hang the infinitive on the
    gathering's place, so one noun between them is passed over."""
    if not rules.enabled("crowd_demands") or event_type not in ("REQUEST", "ACCUSE"):
        return None
    clause = trigger.token
    if clause.dep_ not in ("advcl", "xcomp", "acl") or first_child(clause, "nsubj") is not None:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    head = clause.head.head if clause.head.pos_ in ("NOUN", "PROPN") else clause.head
    if head.pos_ != "VERB" or lemma_of(head) not in lex.word_classes["gathering_verbs"]:
        return None
    place = first_child(head, "dobj")  # "gathered evidence to accuse him" gathers no crowd
    if place is not None and lemma_of(place) not in lex.word_classes["gathering_places"]:
        return None
    crowd = first_child(head, "nsubj")
    return crowd if crowd is not None and (can_act(crowd, lex) or crowd.pos_ == "PROPN") else None
