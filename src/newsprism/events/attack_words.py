"""Attacks that are words: "renewed his assault on the mainstream media", "stepped up attacks on
Google, alleging bias", "attacked the senator in a statement". PLOVER codes verbal attacks as
ACCUSE (disapprove); only force is ASSAULT. Aiming a document at people ("targeted wavering
Democrats in a memo offering suggestions") attacks no one at all.

Verbs of attack and clash between people ("Trump attacked Biden", "Pelosi clashed with the
same House members") are words too; forces and crowds keep ASSAULT ("police clashed with
protesters"). The press words, the accusing participles, the documents, the words attacked and
the roles of people who quarrel are data (events.yaml).
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, lemma_of
from newsprism.events.people_link import named_person
from newsprism.events.triggers import Trigger
from newsprism.models import Quote
from newsprism.nlp.clause_subjects import own_subjects
from newsprism.nlp.entity_repairs import entity_label

ATTACK_NOUNS = frozenset({"attack", "assault", "onslaught", "broadside", "offensive"})
# what a document is used "in", "with", "through" or "via" when it carries the attack
INSTRUMENT_PREPS = frozenset({"in", "with", "through", "via"})
AIMING_VERBS = frozenset({"target"})  # aiming a document at people: an audience, no attack
# What a quarrel is about: "clashed over North Korea" names a topic, not a side.
TOPIC_PREPS = frozenset({"over", "on", "about", "regarding"})
# A person by pronoun, where a side of a quarrel must be someone: "he", not "it" or "they".
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
RELATIVE_TAGS = frozenset({"WP", "WDT", "WP$"})


def attack_in_words(trigger: Trigger, recipients: list[Token], lex: Lexicon) -> str | None:
    """ "ACCUSE" for an attack made of words, "" for a document aimed at people (no event),
    None for an attack that may be force."""
    if trigger.type != "ASSAULT" or not rules.enabled("attacks_in_words"):
        return None
    verb = trigger.token
    attack_word = trigger.noun if trigger.noun is not None else verb
    if lemma_of(attack_word) not in lex.verbal_attacks | ATTACK_NOUNS:
        return None
    if _by_document(verb, lex):
        return "" if lemma_of(verb) in AIMING_VERBS else "ACCUSE"
    press = lex.word_classes["press"]
    if press_attacked(trigger, lex) or any(lemma_of(t) in press or t.lower_ in press for t in recipients):
        return "ACCUSE"  # "his assault on the mainstream media"
    words = lex.word_classes["attacked_words"]
    heads = [verb] + ([trigger.noun] if trigger.noun is not None else [])
    attacked = [t for h in heads for t in _attacked(h)]
    if rules.enabled("attacked_words") and any(lemma_of(t) in words for t in attacked):
        return "ACCUSE"  # "attack the character of the president", "attacked the bill"
    accusing = lex.word_classes["accusing_participles"]
    verbs = [verb, *(c for c in verb.conjuncts if c.pos_ == "VERB")]
    said_with = [c for v in verbs for c in v.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"]
    if any(lemma_of(c) in accusing for c in said_with):
        return "ACCUSE"  # "stepped up attacks on Google, alleging anti-conservative bias"
    return None


def _by_document(verb: Token, lex: Lexicon) -> bool:
    """ "in a memo", "with an ad", "through a statement": the attack is what a document says."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in INSTRUMENT_PREPS
        and any(p.dep_ == "pobj" and lemma_of(p) in lex.documents for p in prep.children)
        for prep in verb.children
    )


def press_attacked(trigger: Trigger, lex: Lexicon) -> list[Token]:
    """The press the attack is on ("his assault on the mainstream media"): its recipient, though
    the press is no single party that acts."""
    press = lex.word_classes["press"]
    heads = [trigger.token] + ([trigger.noun] if trigger.noun is not None else [])
    return [t for h in heads for t in _attacked(h) if lemma_of(t) in press or t.lower_ in press]


def _attacked(head: Token) -> list[Token]:
    """Objects of the attack word and of its "on"/"against": "attacked the press", "assault on the media"."""
    found = [c for c in head.children if c.dep_ == "dobj"]
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "against", "upon")]
    return found + [p for prep in preps for p in prep.children if p.dep_ == "pobj"]


def between_people(
    trigger: Trigger,
    actors: list[Token],
    recipients: list[Token],
    lex: Lexicon,
    quotes: list[Quote],
    cache: dict,
) -> bool:
    """A verb of attack from named people to named people, nothing else involved; a clash
    between people ("Trump and Tillerson clashed over North Korea"), whatever it was over, also
    one between a named person and people of politics named by their role ("Pelosi has clashed
    with the very same House members", "a public clash between Pelosi and the four lawmakers")."""
    lemma = lemma_of(trigger.token)
    light = trigger.kind in ("light", "undergone")  # "was the target of attacks from Trump": words too
    if light and trigger.noun is not None and rules.enabled("verbal_attack_nouns"):
        lemma = lemma_of(trigger.noun)  # "went on the attack against the governor": words too
    elif trigger.kind == "noun" and rules.enabled("quarrel_roles") and lemma in lex.verbal_clashes:
        pass  # "a clash between Pelosi and the lawmakers": the noun of a quarrel
    elif trigger.kind != "verb" and not (
        trigger.kind == "noun" and rules.enabled("attack_nouns_between_people")
    ):
        return False  # a noun of attack between people ("Bush's attack on Rubio backfired") is words too
    if lemma not in lex.verbal_attacks | lex.verbal_clashes:
        return False
    if lemma in lex.verbal_clashes:
        if not rules.enabled("verbal_clashes"):
            return False
        sides = [*actors, *(r for r in recipients if r.head.lower_ not in TOPIC_PREPS)]
        named = [t for t in sides if _named_someone(t, quotes, cache)]
        if rules.enabled("quarrel_roles"):
            return len(sides) > 1 and all(t in named or _quarrel_role(t, lex) for t in sides)
        return len(sides) > 1 and len(named) == len(sides)
    people = [*actors, *recipients]
    # a name the model mislabels ("Trump" as ORG) is a person when the article's people say so
    return bool(actors and recipients) and all(
        _person_like(t, lex) or (rules.enabled("word_campaigns") and _named_someone(t, quotes, cache))
        for t in people
    )


def _named_someone(token: Token, quotes: list[Quote], cache: dict) -> bool:
    """A person by name (or he, she): "Trump", "Tillerson"; not "volunteers" or "rebels"."""
    if entity_label(token) == "PERSON" or token.lower_ in PERSON_PRONOUNS:
        return True
    return named_person(token, quotes, cache)


def _quarrel_role(token: Token, lex: Lexicon) -> bool:
    """People of politics named by their role or party ("lawmakers", "members", "Democrats"):
    a named person's clash with them is words; not police, troops or protesters."""
    roles = lex.word_classes["quarrel_roles"] | lex.word_classes["electoral_parties"]
    return lemma_of(token) in roles or token.lower_ in roles


def _person_like(token: Token, lex: Lexicon) -> bool:
    """A named person, or (those rules on) "he"/"she", a party ("Democratic") or a role word
    ("the president", "the senator"): someone who attacks with words in political news."""
    if entity_label(token) == "PERSON":
        return True
    if not rules.enabled("verbal_attacks"):
        return False
    armed = lex.word_classes["military_forces"] | lex.word_classes["armed_people"]
    if rules.enabled("armed_attackers") and (lemma_of(token) in armed or token.lower_ in armed):
        return False  # "militants attacked the soldiers": force
    if token.lower_ in PERSON_PRONOUNS or entity_label(token) == "NORP":
        return True
    if lemma_of(token) in lex.word_classes["word_campaigns"] and rules.enabled("word_campaigns"):
        return True
    return lemma_of(token) in lex.person_roles or token.lower_ in lex.person_roles


def relative_target(verb: Token) -> list[Token]:
    """The noun a relative clause of attack hangs on, when it is the verb's object: "the
    congresswomen Trump attacked", "one of the lawmakers he attacked" (not "the man who
    attacked", where the noun is the doer)."""
    if verb.dep_ != "relcl" or not rules.enabled("relative_targets"):
        return []
    subjects = own_subjects(verb)
    if not subjects or any(s.tag_ in RELATIVE_TAGS for s in subjects):
        return []  # "the man who attacked": the noun is the doer
    if any(c.dep_ == "dobj" and c.tag_ not in RELATIVE_TAGS for c in verb.children):
        return []  # "the rules he attacked Trump under": an object of its own
    noun = verb.head
    if noun.tag_ == "CD" or noun.lower_ in ("some", "many", "few", "several", "most", "all"):
        of = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        noun = next((p for p in of if p.dep_ == "pobj"), noun)  # "one of the congresswomen"
    return [noun] if noun.pos_ in ("NOUN", "PROPN") else []
