"""Whether a clause reports an interaction between parties at all: someone must take part.

A verb from a type's lexicon with no one who can act anywhere around it ("a balancing act she's
had to strike", "after they had already been released", "to force the blockade to be lifted")
is a metaphor, a state of things or an act with its parties out of sight; PLOVER codes none of
these. Event nouns ("clashes erupted", "the negotiations took place") and light verbs name
their act and keep it: fighting and talks are reported even when the sides are not named.
``stands_between_parties`` checks the parties an extracted event was given: someone who can act
(a weapon may kill), a partner for talks, someone a feeling is aimed at.
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import (
    SPEECH_ACT_TYPES,
    Lexicon,
    bare_capitalised,
    can_act,
    first_child,
    is_agent,
    lemma_of,
    load_lexicon,
)
from newsprism.events.triggers import Trigger
from newsprism.nlp import lexicon
from newsprism.nlp.clause_subjects import own_subjects

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
        actors = own_subjects(token.head)
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


# Types whose actor may be a thing: "a car bomb killed five".
THING_ACTOR_TYPES = frozenset({"ASSAULT"})


# Types only people do (statements, meetings): a bare capitalised subject doing them is a name.
PEOPLES_TYPES = frozenset(
    {"ACCUSE", "SUPPORT", "REQUEST", "REJECT", "AGREE", "CONSULT", "THREATEN", "COOPERATE"}
)


PEOPLE_ONLY_SANCTIONS = lexicon.words("people_only_sanction_verbs.txt")


def _people_only_sanction(trigger: Trigger, event_type: str) -> bool:
    """ "Trump fired Comey": a sanction only people impose (fired, expelled, not "forced out")."""
    verb = lemma_of(trigger.token) in PEOPLE_ONLY_SANCTIONS and trigger.kind == "verb"
    return event_type == "SANCTION" and verb and rules.enabled("bare_sanctioners")


def stands_between_parties(
    trigger: Trigger, event_type: str, actors: list[Token], recipients: list[Token], lex: Lexicon
) -> bool:
    """Someone acts: not a thing ("the proposal calls for", "the contrast was striking", "these
    bills defend"; a weapon may kill), and a relation undone is undone with someone ("suspended
    aid to X"; "moving to end a legal settlement" is a policy change)."""
    if actors and trigger.kind != "noun" and event_type not in THING_ACTOR_TYPES:
        people_only = event_type in PEOPLES_TYPES or _people_only_sanction(trigger, event_type)
        named = people_only and any(bare_capitalised(t) for t in actors)  # "Trump fired Comey" (Trump a NN)
        said = event_type in SPEECH_ACT_TYPES  # "the report focuses scrutiny on": a statement speaks
        if not named and not any(
            can_act(t, lex) or act_of_crowds_or_force(t, lex) or (said and lemma_of(t) in lex.documents)
            for t in actors
        ):
            return False
    if actors and event_type in THING_ACTOR_TYPES and trigger.kind != "noun":
        if not any(can_act(t, lex) or weapon_or_blast(t, lex) for t in actors):
            return False  # "the strategy is to attack the problem": no one attacks
    if trigger.kind == "light" and trigger.noun is not None and lemma_of(trigger.noun) in lex.feelings:
        if not _aimed_at_someone(trigger, lex):
            return False  # "residents expressed concern about the storm"
    met = event_type == "CONSULT" and lemma_of(trigger.token) in lex.word_classes["partner_meetings"]
    talked = lemma_of(trigger.token) in lex.partner_verbs and event_type not in ("SUPPORT", "ACCUSE")
    if trigger.kind == "verb" and (talked or met):  # "spoke highly of her" praises, no talks
        if not _with_partner(trigger.token, actors, recipients, lex):
            return False  # "Keep talking", "had discussed firing Powell": no one to talk with
    undone = trigger.kind == "light" and lemma_of(trigger.token) in lex.reversal_verbs
    if undone and event_type == "SANCTION" and not any(is_agent(t, lex) for t in recipients):
        return False
    return True


def _with_partner(verb: Token, actors: list[Token], recipients: list[Token], lex: Lexicon) -> bool:
    """Talks need two sides: several actors, a plural one ("the two sides"), or someone talked with."""
    # a possessor inside the topic is talked about, not talked with ("discussed Rice's appearances")
    partners = [t for t in recipients if t.dep_ != "poss" or not rules.enabled("topic_possessors")]
    if len(actors) > 1 or any(can_act(t, lex) for t in partners):
        return True
    if any(t.tag_ in ("NNS", "NNPS") or t.lower_ in ("they", "we", "both") for t in actors):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ in ("with", "to", "among", "between") and can_act(p, lex)
        for c in verb.children
        for p in c.children
        if p.dep_ == "pobj"
    )


def _aimed_at_someone(trigger: Trigger, lex: Lexicon) -> bool:
    """A feeling voiced about, with or over someone, or someone's doing."""
    for head in (trigger.token, trigger.noun):
        for prep in head.children:
            if prep.dep_ != "prep":
                continue
            for target in (c for c in prep.children if c.dep_ == "pobj"):
                owner = first_child(target, "poss")
                if can_act(target, lex) or (owner is not None and can_act(owner, lex)):
                    return True
    return False


def weapon_or_blast(noun: Token, lex: Lexicon) -> bool:
    """ "a car bomb killed five", "an explosive device", "the explosion killed ...": a thing that can kill."""
    weapons = lex.mode_words.get("ASSAULT", {})
    if any(lemma_of(w) in weapons for w in (noun, *noun.children) if w.dep_ != "prep"):
        return True
    return lex.objects.get(lemma_of(noun), ("",))[0] in lex.hostile


def act_of_crowds_or_force(noun: Token, lex: Lexicon) -> bool:
    """ "a rally ... to protest", "the offensive destroyed ...": the act stands for those in it."""
    entry = lex.objects.get(lemma_of(noun))
    return entry is not None and (entry[0] in lex.hostile or entry[0] == "PROTEST")


def both_act(actors: list, recipients: list, partners: list, trigger: Trigger) -> tuple[list, list]:
    """Talks and joint work as PLOVER's gold records code them ("X telephoned Y", "Israel and
    Lebanon renewed negotiations"): every side is an actor, none a recipient. A one-sided act keeps
    its recipient: a one-sided mode (the one visited, hosted or mediated for) the caller never
    passes, a one-sided verb ("briefed the president") is kept here."""
    if not rules.enabled("partners_act"):
        return actors + [s for s in partners if s not in actors], recipients
    if lemma_of(trigger.token) in load_lexicon().word_classes["one_sided_consults"]:
        return actors, recipients
    return actors + [s for s in partners if s not in actors], [s for s in recipients if s not in partners]
