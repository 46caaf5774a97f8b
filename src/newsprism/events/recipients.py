"""Who an event is done to: objects and prepositional objects (on/against/to/with) down the
content chain, names preferred to things, a weapon or a venue never a recipient. Split from
participants.py, which finds the actors and the clause's governors."""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.evaluations import judged_subjects
from newsprism.events.idioms import aimed_targets
from newsprism.events.lexicon import (
    SPEECH_ACT_TYPES,
    Lexicon,
    is_agent,
    lemma_of,
)
from newsprism.events.nested_targets import judged_of, outer_targets
from newsprism.events.offices import office_holders
from newsprism.events.owners import agents_within, counted_agents, party_of
from newsprism.events.participant_spans import NOT_PARTICIPANTS, bare_count
from newsprism.events.participants import PERSONAL_PRONOUNS
from newsprism.events.passing import fronted_participle
from newsprism.events.permissions import refused_permissions
from newsprism.events.requests import addressed, said_clauses, time_for_subject
from newsprism.events.stand_ins import own_objects, owners_of
from newsprism.events.triggers import Trigger, content_chain
from newsprism.events.victims import without_victims
from newsprism.nlp.entity_repairs import entity_label


def recipient_tokens(
    trigger: Trigger, passive_subjects: list[Token], actors: list[Token], lex: Lexicon
) -> list[Token]:
    """Who is acted on: objects, "on/against/to/with" objects, down the content chain.

    Names are preferred to things: "rejected Iraq's proposal" gives Iraq, not the proposal; the
    victim of an act judged is not the one judged (events/victims.py).
    """
    found = _recipients(trigger, passive_subjects, actors, lex)
    return without_victims(trigger.type, found, lex)


def _recipients(
    trigger: Trigger, passive_subjects: list[Token], actors: list[Token], lex: Lexicon
) -> list[Token]:
    if trigger.kind == "undergone":  # "Trump's attack on X drew criticism": Trump
        return [o for t in passive_subjects for o in (owners_of(t, lex) or [t])]
    if trigger.kind == "noun":
        return passive_subjects
    if (held := office_holders(trigger, passive_subjects, lex)) is not None:
        return held  # "appointed Brenner to the supreme court": Brenner, not the court
    if (aimed := aimed_targets(trigger, lex)) is not None:
        return aimed  # "took shots at Biden's record on Social Security": Biden
    if trigger.type == "REQUEST":  # who is asked comes before what is asked about
        asked = _candidates([trigger.token], trigger, {a.i for a in actors}, lex)
        for clause in trigger.token.children:  # "called for X to ...", "said X must ..."
            if clause.dep_ in ("ccomp", "xcomp", "advcl"):
                asked += [c for s in clause.children if s.dep_ == "nsubj" for c in (s, *s.conjuncts)]
        timed = [s for c in said_clauses(trigger.token) if (s := time_for_subject(c, lex)) is not None]
        shared = rules.enabled("asked_conjuncts")  # "time for the president and his party's leaders"
        asked += [c for s in timed for c in ((s, *s.conjuncts) if shared else (s,))]
        asked = [
            t
            for t in passive_subjects + asked
            if (is_agent(t, lex) and t.pos_ != "PRON") or addressed(t, trigger.token)
        ]
        if asked:
            return asked
    judging = trigger.type in ("ACCUSE", "SUPPORT")  # "spoke highly of X": X, by judged_of
    if judging and (judged := judged_subjects(trigger.token, lex) or judged_of(trigger, lex)):
        return judged  # "told reporters that Comey wasn't doing a good job": Comey, not the reporters
    if trigger.token.pos_ == "ADJ" and lemma_of(trigger.token) in lex.feeling_adjectives:
        clauses = [c for c in trigger.token.children if c.dep_ == "ccomp"]
        felt = [s for c in clauses for s in c.children if s.dep_ == "nsubj"]
        if any(is_agent(t, lex) for t in felt) and rules.enabled("feelings_that"):
            return felt  # "angry that Congress is moving to ...": Congress is faulted
    sources = [trigger.token] + ([trigger.noun] if trigger.noun is not None else [])
    sources += [t for c in content_chain(trigger) for t in (c.token, c.noun) if t is not None]
    if trigger.type in SPEECH_ACT_TYPES or trigger.kind in ("request", "commitment"):
        fronted = fronted_participle(trigger.token)
        sources += [c for c in trigger.token.children if c.dep_ in ("ccomp", "xcomp") and c != fronted]
    sources += refused_permissions(trigger.token, trigger.type)  # "refused to allow X to land": X
    sources = [t for t in sources if not (t.dep_ == "pobj" and _bidding(t.head, t, lex))]  # "at the request"
    if rules.enabled("idiom_words_no_parties"):  # "took issue with X", "drew a contrast with X": the
        sources += [t for t in trigger.words if t.pos_ == "NOUN" and t not in sources]  # phrase's noun
    skip = {t.i for t in sources} | {a.i for a in actors} | _weapons_used(trigger, lex)
    skip |= _givers_of_withheld(trigger, lex)
    found = _candidates(sources, trigger, skip, lex)
    owned = [o for t in passive_subjects for o in (owners_of(t, lex) or [t])]  # "X's decision was ..."
    kept = own_objects(trigger.token, found, lambda t: _person_pronoun(t, lex), lex)
    found = found if kept is None else kept  # "accused him of paying ransom for a hostage": him
    agents = [t for t in owned + found if is_agent(t, lex)]
    if not agents:  # "donated and delivered goods to X": the objects may sit on a conjoined verb
        conjoined = [c for c in trigger.token.conjuncts if c.pos_ == "VERB"]
        agents = [t for t in _candidates(conjoined, trigger, skip, lex) if is_agent(t, lex)]
    if not agents:  # "threatened to strike unless the company ...": the threat is on that company
        agents = [t for t in _condition_subjects(trigger) if is_agent(t, lex) and t.i not in skip]
    if not agents and actors:  # "called him a disgrace": a person named by a pronoun, after any name;
        agents = [t for t in found if _person_pronoun(t, lex)]  # with no actor, too little for an act
    if agents:
        return outer_targets(trigger, agents, lex)  # "praised Russia's sanctions against the US": Russia
    found = [t for t in found if t.pos_ != "PRON"]
    things = passive_subjects + found
    # "He was charged with rioting": a person named by a pronoun is acted on, not a thing
    things = [
        t for t in things[:1] if t.pos_ in ("NOUN", "PROPN") or t.lower_ in PERSONAL_PRONOUNS or bare_count(t)
    ]
    if rules.enabled("things_not_parties") and trigger.type != "ASSAULT":  # a target struck may be a base
        return [owner for t in things if (owner := party_of(t, lex)) is not None]
    return things


def _condition_subjects(trigger: Trigger) -> list[Token]:
    """Subjects of an "unless"/"if" clause on the trigger or its content: who is pressed."""
    heads = [trigger.token] + [c.token for c in content_chain(trigger)]
    heads += [c for c in trigger.token.children if c.dep_ in ("xcomp", "ccomp")]  # "to publish ... unless"
    subjects = []
    for head in heads:
        for clause in head.children:
            if clause.dep_ == "advcl" and any(m.lower_ in ("unless", "if") for m in clause.children):
                subjects.extend(c for s in clause.children if s.dep_ == "nsubj" for c in (s, *s.conjuncts))
    return subjects


def _weapons_used(trigger: Trigger, lex: Lexicon) -> set[int]:
    """The object an attack is made with ("used chemical weapons", "dropped bombs"): the weapon
    the verb's type comes from, no one attacked (those rules on)."""
    if trigger.type != "ASSAULT" or not rules.enabled("weapons_no_targets"):
        return set()
    weapons = set(lex.mode_words.get("ASSAULT", {})) | set(lex.object_types.get(lemma_of(trigger.token), {}))
    return {c.i for c in trigger.token.children if c.dep_ == "dobj" and lemma_of(c) in weapons}


def _candidates(sources: list[Token], trigger: Trigger, skip: set[int], lex: Lexicon) -> list[Token]:
    """Objects, prepositional objects and addressees under the sources, names found inside things."""
    candidates: list[Token] = []
    for source in sources:
        if source.pos_ in ("NOUN", "PROPN"):  # "a U.S. request", "North Korea's demand"
            candidates.extend(agents_within(source, lex))
        for child in source.children:
            if child.i in skip:
                continue
            if child.dep_ == "dative" and child.pos_ == "ADP":  # "issued a reminder to Iraq"
                candidates.extend(c for p in child.children if p.dep_ == "pobj" for c in (p, *p.conjuncts))
            elif child.dep_ in ("dobj", "dative", "iobj") or (
                child.dep_ == "nsubj"
                and source.i != trigger.token.i
                and source.dep_ in ("ccomp", "xcomp", "advcl")
            ):
                candidates.extend((child, *child.conjuncts))
            elif child.dep_ == "prep" and (child.lower_ in lex.recipient_preps or child in trigger.words):
                # a particle parsed as a preposition ("voted down the budget") governs the object
                objects = [c for p in child.children if p.dep_ == "pobj" for c in (p, *p.conjuncts)]
                objects = [o for o in objects if not _bidding(child, o, lex)]
                candidates.extend(o for o in objects if not _venue(child, o, trigger, lex))
                if rules.enabled("occasions_no_party"):  # "On numerous occasions, he asked that ..."
                    occasions = lex.word_classes["occasions"]
                    candidates = [c for c in candidates if c not in objects or lemma_of(c) not in occasions]
    expanded = []
    for candidate in candidates:
        asked = trigger.type == "REQUEST" and addressed(candidate, trigger.token)  # "\"We ask that you ...\""
        pronoun = candidate.pos_ == "PRON" and not (_person_pronoun(candidate, lex) or asked)
        if candidate.i in skip or pronoun:
            continue
        if entity_label(candidate) in NOT_PARTICIPANTS:  # "dozens of protesters", "$60bn of US goods"
            expanded.extend(counted_agents(candidate, lex))
            continue
        expanded.extend(agents_within(candidate, lex) or [candidate])
    return expanded


def _givers_of_withheld(trigger: Trigger, lex: Lexicon) -> set[int]:
    """ "as he withheld U.S. aid": a help held back is the giver's ("U.S."), who is no one it is
    withheld from; the help's destination ("aid to Ukraine") still is."""
    noun = trigger.noun
    if noun is None or trigger.type != "SANCTION" or lemma_of(trigger.token) not in lex.reversal_verbs:
        return set()
    if lex.nouns.get(lemma_of(noun), ("",))[0] != "AID":  # help given, not "Franco-German relations"
        return set()
    if not rules.enabled("withheld_from_givers"):
        return set()
    owners = [c for c in noun.children if c.dep_ in ("compound", "poss", "amod")]
    return {t.i for o in owners for t in o.subtree}


def _person_pronoun(token: Token, lex: Lexicon) -> bool:
    """A third-person object pronoun ("him", "her", "them") as the verb's or a preposition's
    object: a person acted on, named through the article's people when it can be."""
    if token.pos_ != "PRON" or token.lower_ not in lex.word_classes["recipient_pronouns"]:
        return False
    return token.dep_ in ("dobj", "dative", "iobj", "pobj") and rules.enabled("pronoun_recipients")


def _venue(prep: Token, noun: Token, trigger: Trigger, lex: Lexicon) -> bool:
    """ "charged at an event targeting young voters": where words are said, with whatever
    describes the place, is no one they are said to."""
    if trigger.type not in SPEECH_ACT_TYPES:
        return False
    if prep.lower_ == "on" and rules.enabled("media_venues"):  # "lashing out on Twitter"
        name = " ".join(t.lower_ for t in noun.subtree if t.dep_ in ("compound", "amod") or t is noun)
        return name in lex.word_classes["media_venues"]
    if prep.lower_ != "at" or not rules.enabled("venues_not_addressed"):
        return False
    return lemma_of(noun) in lex.word_classes["venues"]


def _bidding(prep: Token, noun: Token, lex: Lexicon) -> bool:
    """ "investigating the incident at Mr. Esper's direction", "on the orders of the mayor", "at the
    request of Congress": whose bidding an act is done at directed it and is no one acted on (the
    nouns are data: events.yaml ``bidding_nouns``)."""
    if prep.lower_ not in ("at", "on", "upon", "under", "by") or not rules.enabled("bidding_not_acted_on"):
        return False
    nouns = lex.word_classes["bidding_nouns"]
    return lemma_of(noun) in nouns or noun.lower_ in nouns
