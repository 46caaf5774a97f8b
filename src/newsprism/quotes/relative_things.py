"""'which' stands for a thing, never a person: "the autopsy report on Lee, which noted he had ...".

The parse may hang the relative clause on the person named last in the noun phrase (the object of
"on", "about", "of"); the words are the report's, not Lee's. When a "which" clause's noun is a
person, its antecedent is the noun the person's phrase hangs on (rule group ``which_is_a_thing``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.nlp.entity_repairs import entity_label
from newsprism.quotes import rules


def thing_antecedent(relative: Token, noun: Token) -> Token:
    """The noun a "which" subject refers to: past a person the parse gave it, the noun whose
    prepositional phrase holds that person; ``noun`` itself otherwise."""
    if relative.lower_ != "which" or not rules.enabled("which_is_a_thing"):
        return noun
    if entity_label(noun) != "PERSON" and noun.tag_ not in ("PRP",):
        return noun
    while noun.dep_ in ("compound", "flat") and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        return noun.head.head  # "the report on Lee, which noted": the report
    return noun
