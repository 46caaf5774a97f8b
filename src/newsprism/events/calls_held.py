"""A call held is a meeting by telephone, no appeal: "held a conference call with the House
Republican Conference" (CONSULT with those called), "the RNC held an emergency conference call"
(CONSULT, no one named), and a call that is only where something was said ("made clear on the
call", "told members on a call") is the setting of that saying, no event of its own.

Words are data (events.yaml ``word_classes.placed_calls``, ``call_hosting_verbs``,
``call_setting_prepositions``); the rule group is ``calls_held``.
"""

from __future__ import annotations

from spacy.tokens import Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, lemma_of


def call_held(verb: Token, noun: Token, lex: Lexicon) -> str | None:
    """ "setting" when the call noun is where a light verb's saying took place ("made clear on the
    call"), "held" when the verb holds, hosts or joins the call; None otherwise (rules off too)."""
    if lemma_of(noun) not in lex.word_classes["placed_calls"] or not rules.enabled("calls_held"):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in lex.word_classes["call_setting_prepositions"]:
        return "setting"
    if (
        noun.dep_ == "dobj"
        and noun.head.i == verb.i
        and lemma_of(verb) in lex.word_classes["call_hosting_verbs"]
    ):
        return "held"
    return None
