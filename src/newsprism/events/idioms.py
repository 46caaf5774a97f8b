"""Idioms that report an act suffered by their subject: "came under fire for taking a job" is
criticism of the subject by someone unnamed, "troops came under fire" an attack on them. The
phrases are data (events.yaml, ``undergone_phrases``): per phrase the type said of people, then
the type said of forces and things.
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, can_act, first_child, lemma_of, typed_by_object
from newsprism.events.verb_words import noun_entry
from newsprism.nlp.entity_repairs import entity_label


def undergone_idiom(
    verb: Token, lemma: str, lex: Lexicon
) -> tuple[str, str | None, Token, list[Token]] | None:
    """(type, mode, the idiom's noun, its words) when the verb heads a listed phrase ("come
    under fire")."""
    if not rules.enabled("undergone_idioms"):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            entry = lex.undergone_phrases.get(f"{lemma} {prep.lower_} {lemma_of(noun)}")
            if noun.dep_ != "pobj" or entry is None:
                continue
            subject = first_child(verb, "nsubj")
            forces = lex.word_classes["military_forces"] | lex.word_classes["fired_on"]
            literal = subject is not None and (lemma_of(subject) in forces or not can_act(subject, lex))
            literal &= not any(
                c.dep_ == "prep" and c.lower_ == "for" for c in verb.children
            )  # a reason: words
            event_type, _, mode = entry[1 if literal else 0].partition(" ")
            return event_type, mode or None, noun, [verb, prep, noun]
    return None


def undergone_state(copula: Token, lex: Lexicon) -> tuple[str, str | None, Token, list[Token]] | None:
    """ "The nominee is still under fire for how he reacted", "has been under investigation": the
    state the idiom leaves, read as the act suffered (phrases listed with "be")."""
    if lemma_of(copula) != "be" or not rules.enabled("undergone_states"):
        return None
    return undergone_idiom(copula, "be", lex) or _role_undergone(copula, lex)


def _role_undergone(copula: Token, lex: Lexicon) -> tuple[str, str | None, Token, list[Token]] | None:
    """ "X was the target of attacks from Y", "is the subject of a federal investigation": the
    subject named the target (subject, victim) of a hostile or judging act suffers it (those rules
    on; the role nouns and the types are data, ``undergoing_roles`` and ``undergone_role_types``);
    "the subject of talks" is a topic, no party."""
    subject = first_child(copula, "nsubj")
    if not rules.enabled("undergone_roles") or subject is None:
        return None
    if subject.lower_ != "who" and not can_act(subject, lex):
        return None  # "the documents are the target of the inquiry": a topic, no party suffers it
    habitual = lex.word_classes["habitual_words"]
    if any(c.dep_ == "advmod" and c.lower_ in habitual for c in copula.children):
        return None  # "has long been the subject of criticism": a record, no one act
    for role in copula.children:
        if role.dep_ != "attr" or lemma_of(role) not in lex.word_classes["undergoing_roles"]:
            continue
        if any(c.dep_ == "amod" and c.lower_ in habitual for c in role.children):
            continue  # "a frequent target of Trump": a record, no one act
        for prep in role.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for noun in prep.children:
                entry = noun_entry(noun, lex.nouns) if noun.dep_ == "pobj" else None
                if entry and entry[0] in lex.word_classes["undergone_role_types"]:
                    if entry[0] == "ASSAULT" and _person_attacked_in_words(subject, noun, lex):
                        return "ACCUSE", "disapprove", noun, [copula, role, prep, noun]
                    return entry[0], entry[1], noun, [copula, role, prep, noun]
    return None


def _person_attacked_in_words(subject: Token, noun: Token, lex: Lexicon) -> bool:
    """ "she is the target of personal attacks": attacks on a person (named, "he"/"she", a role), no
    weapon or force named on the noun, are words ("the target of a bomb attack" stays force)."""
    if lemma_of(noun) not in lex.verbal_attacks | {"attack", "assault", "onslaught"}:
        return False
    verbal = lex.word_classes["verbal_attack_modifiers"]
    if any(c.dep_ == "amod" and c.lower_ in verbal for c in noun.children):
        return True  # "a focus of political attacks"
    person = subject.lower_ in ("he", "she", "who") or lemma_of(subject) in lex.person_roles
    if not person and entity_label(subject) != "PERSON":
        return False
    forced = lex.word_classes["military_forces"] | lex.word_classes["weapon_words"]
    return not any(c.dep_ in ("amod", "compound") and lemma_of(c) in forced for c in noun.children)


def refused_by_what_it_describes(verb: Token, lemma: str, obj: Token | None, lex: Lexicon) -> bool:
    """ "the resolution, signed by the mayor": a past participle with a doer describing a noun acts
    on that noun, and the noun can refuse the verb as an object would ("signed a resolution" is
    no event). It only refuses: "troops backed by airstrikes" is read as before."""
    if obj is None and (gapped := relative_read_as_participle(verb)) is not None:
        refused = lemma_of(gapped) in lex.not_with_objects.get(lemma, ())  # "the bill, which X signed"
        return refused or typed_by_object(lemma, gapped, lex) == ("", None)
    if obj is not None or verb.tag_ != "VBN" or verb.dep_ != "acl" or not rules.enabled("participle_objects"):
        return False
    if first_child(verb, "agent") is None:
        return False
    refused = lemma_of(verb.head) in lex.not_with_objects.get(lemma, ())  # "the rates charged by lenders"
    return refused or typed_by_object(lemma, verb.head, lex) == ("", None)


def relative_read_as_participle(verb: Token) -> Token | None:
    """ "the bill, which Trump signed Friday": the parser reads "Trump signed Friday" as a name
    described by a participle; after "which" or "that" the name is the clause's subject and the
    noun before the pronoun is what it acted on. That noun, or None."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD"):
        return None
    if not rules.enabled("relatives_read_as_participles"):
        return None
    subject = verb.head
    if subject.i != verb.i - 1 or subject.i < 2 or subject.pos_ not in ("PROPN", "PRON", "NOUN"):
        return None
    pronoun = verb.doc[subject.i - 1]
    if pronoun.tag_ != "WDT" or pronoun.lower_ not in ("which", "that"):
        return None
    before = verb.doc[pronoun.i - 1]
    before = verb.doc[before.i - 1] if before.is_punct and before.i > 0 else before
    return before if before.pos_ in ("NOUN", "PROPN") else None


def idiom_act(verb: Token, lemma: str, lex: Lexicon) -> tuple[str, str | None, list[Token]] | None:
    """(type, mode, words) of an act told by a verb with its object or its infinitive: a remark
    aimed at someone ("took a shot at the governor", ACCUSE) or an act decided against ("chose not
    to impose the sanctions", REJECT: a refusal, as "refused to impose")."""
    if aimed := aimed_remark(verb, lemma, lex):
        return "ACCUSE", "disapprove", [verb, aimed]
    if declined_act(verb, lemma, lex):
        return "REJECT", None, [verb]
    return None


def declined_act(verb: Token, lemma: str, lex: Lexicon) -> bool:
    """ "chose not to impose sanctions", "decided not to charge the officer": a choice not to do
    an act the lexicon types; a choice not to run, stay or wait is no refusal of anyone."""
    if lemma not in lex.word_classes["declining_verbs"] or not rules.enabled("declined_acts"):
        return False
    for clause in (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
        if not any(c.dep_ == "neg" for c in clause.children):
            continue
        act = lemma_of(clause)
        noun = first_child(clause, "dobj")
        if act in lex.verbs or (act in lex.light_verbs and noun is not None and noun_entry(noun, lex.nouns)):
            return True
    return False


def aimed_remark(verb: Token, lemma: str, lex: Lexicon) -> Token | None:
    """The noun of "took a shot at the governor" or "took a few shots at her rival's record": a
    remark aimed at someone (criticism), when what it is aimed at is someone or theirs."""
    if lemma not in lex.word_classes["aiming_verbs"] or not rules.enabled("aimed_remarks"):
        return None
    aimed = _aimed(verb, lex)
    return aimed[0] if aimed is not None else None


def aimed_targets(trigger, lex: Lexicon) -> list[Token] | None:
    """Who an aimed remark falls on: the one it is aimed at, or the owner of what it is aimed at
    ("took shots at Biden's record on Social Security": Biden). None for other triggers."""
    verb = trigger.token
    if trigger.type != "ACCUSE" or lemma_of(verb) not in lex.word_classes["aiming_verbs"]:
        return None
    aimed = _aimed(verb, lex) if rules.enabled("aimed_remarks") else None
    return aimed[1] if aimed is not None else None


def _aimed(verb: Token, lex: Lexicon) -> tuple[Token, list[Token]] | None:
    """The remark's noun and who it is aimed at: the target when it is someone (or in apposition
    to someone: "at his old nemesis, the pollsters"), else the named owner of the target."""
    classes = lex.word_classes
    noun = first_child(verb, "dobj")
    if noun is None or lemma_of(noun) not in classes["aimed_nouns"]:
        return None
    heads = [*verb.children, *noun.children]
    # after the remark: "at Northwestern, the President took a shot at Fox News" is aimed at Fox News
    preps = [c for c in heads if c.dep_ == "prep" and c.lower_ in classes["aimed_at"] and c.i > noun.i]
    for target in (t for p in preps for t in p.children if t.dep_ == "pobj"):
        if entity_label(target) in ("DATE", "TIME"):  # "took their flu shots on Monday"
            continue
        if target.lower_ in ("other", "another"):  # "took potshots at each other": the doers themselves
            return noun, []
        named = [c for c in target.children if c.dep_ == "appos"] + [
            c for c in target.children if c.dep_ == "poss" and c.pos_ != "PRON"
        ]
        for person in [target, *named]:
            if can_act(person, lex) and person.lower_ not in ("it", "its"):
                return noun, [person, *(c for c in person.conjuncts if c.pos_ in ("NOUN", "PROPN", "PRON"))]
    return None
