"""A case argued or a defence mounted for someone: "made an enthusiastic case for Biden",
"offered a rare defense of the press secretary", "made the case against the nominee".

Pleading for or against a named person is praise or criticism in PLOVER's terms (SUPPORT;
ACCUSE disapprove), told with a light verb and a noun no event table holds ("case" is also a
lawsuit, "defense" also an army). Only a person or a people pleaded for counts: "the case for the
bill", "the defense of the city" and "a defense of Medicare for All" (an ORG to the model) are
none, nor a plea asked for ("was asked to make his case"). Verbs and nouns are data (events.yaml
``word_classes.pleading_verbs``, ``pleading_nouns``).
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, first_child, lemma_of
from newsprism.nlp.entity_repairs import entity_label

PLEADED_LABELS = ("PERSON", "NORP")  # an ORG is as often a programme or a rule ("Medicare for All")


def case_pleaded(verb: Token, lex: Lexicon) -> tuple[str, str | None, Token] | None:
    """(type, mode, noun) when the verb makes a case for or against, or a defence of, someone."""
    if not rules.enabled("cases_pleaded"):
        return None
    lemma = lemma_of(verb)
    pleading = lemma in lex.word_classes["pleading_verbs"]
    coming = lemma in lex.word_classes["defense_coming_verbs"]
    if not (pleading or coming):
        return None  # asked of every verb: the word lists first, the children only for these
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # "was asked to make his case against Clinton": a plea asked for, not made
    noun = first_child(verb, "dobj") if pleading else None
    if coming and rules.enabled("defenses_come_to"):
        noun = next(
            (p for c in verb.children if c.lower_ == "to" for p in c.children if p.dep_ == "pobj"), None
        )
    if noun is None or lemma_of(noun) not in lex.word_classes["pleading_nouns"]:
        return None
    if any(c.dep_ == "compound" for c in noun.children):
        return None  # "made a legal case", "the court case": a lawsuit, no plea
    preps = [c for c in noun.children if c.dep_ == "prep"]
    if rules.enabled(
        "defenses_come_to"
    ):  # "made a case Sunday for Joe Biden": the parser hangs it on the verb
        preps += [
            c for c in verb.children if c.dep_ == "prep" and c.i > noun.i and c.lower_ in ("for", "against")
        ]
    for prep in preps:
        pleaded = first_child(prep, "pobj")
        if pleaded is None or not _someone(pleaded, lex):
            continue
        if prep.lower_ == "against":
            return "ACCUSE", "disapprove", noun
        if (
            prep.lower_ == "for"
            and lemma_of(noun) == "case"
            or prep.lower_ == "of"
            and lemma_of(noun) != "case"
        ):
            return "SUPPORT", None, noun
    return None


def _someone(token: Token, lex: Lexicon) -> bool:
    """A named person or people, a personal pronoun or a role word (not a place, not oneself)."""
    if entity_label(token) in PLEADED_LABELS:
        return True
    if token.tag_ == "PRP":  # "for her"; "against himself" is no one else, "it" a thing
        return token.lower_ not in ("it", "them") and not token.lower_.endswith(("self", "selves"))
    return lemma_of(token) in lex.person_roles
