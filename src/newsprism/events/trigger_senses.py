"""A trigger's final type and mode once its content is known: offers of hostile acts are threats,
a threat's mode comes from what is threatened, a word of two senses takes the one its sentence
cues, and modes named by words of the sentence. Split from triggers.py.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import Lexicon, first_child, lemma_of
from newsprism.events.trigger_kinds import Trigger, content_chain


def settle_type(trigger: Trigger, sent: Span, lex: Lexicon) -> None:
    """Offers of hostile acts are threats; a threat's mode comes from what is threatened."""
    _word_sense(trigger, sent, lex)
    hostile_content = next((c for c in content_chain(trigger) if c.type in lex.hostile), None)
    if trigger.kind == "commitment" and hostile_content is not None:
        trigger.type = "THREATEN"
    elif trigger.kind == "commitment" and any(c.type == "REJECT" for c in trigger.content):
        trigger.type = "REJECT"  # "vowed to resist any new gun controls"
    if trigger.type == "THREATEN" and trigger.mode is None and hostile_content is not None:
        trigger.mode = threat_mode(hostile_content.type, hostile_content.mode, lex)
    if (
        trigger.type == "PROTEST"
        and trigger.kind == "verb"
        and (trigger.reporting or first_child(trigger.token, "ccomp"))
    ) or (
        trigger.type == "PROTEST"
        and trigger.kind == "light"
        and lemma_of(trigger.token) in lex.complaint_verbs
    ):
        trigger.type, trigger.mode = "ACCUSE", "disapprove"  # "protested that ...", "lodged a protest"
    if trigger.mode is None:
        trigger.mode = _mode_from_words(trigger, sent, lex)


def _word_sense(trigger: Trigger, sent: Span, lex: Lexicon) -> None:
    """A bare word of two senses ("strike") takes the sense its sentence cues (``word_senses``)."""
    word = trigger.noun if trigger.noun is not None else trigger.token
    sense = lex.word_senses.get(lemma_of(word))
    if not sense or not rules.enabled("word_senses"):
        return
    default, cued = tuple(sense["default"]), tuple(sense["cued"])
    if (trigger.type, trigger.mode) not in (default, cued):
        return  # "drone strike", "hunger strike": entries of their own
    said = word.i > sent.start and sent.doc[word.i - 1].lower_ in sense["after"]
    said = said or any(lemma_of(t) in sense["cues"] for t in sent)
    trigger.type, trigger.mode = cued if said else default


def threat_mode(event_type: str, mode: str | None, lex: Lexicon) -> str | None:
    """PLOVER's THREATEN modes: the coercion threatened (curfew, ban, arrest), else violence, relations."""
    if event_type == "COERCE" and mode:
        return mode
    return lex.threaten_modes.get(event_type)


def _mode_from_words(trigger: Trigger, sent: Span, lex: Lexicon) -> str | None:
    words = lex.mode_words.get(trigger.type)
    if not words:
        return None
    head = trigger.token
    found = [t for t in sent if lemma_of(t) in words and not _names_no_weapon(t, lex)]
    for token in found:
        if head.is_ancestor(token):
            return words[lemma_of(token)]
    return words[lemma_of(found[0])] if found else None


def _names_no_weapon(token: Token, lex: Lexicon) -> bool:
    """A mode word inside a fixed phrase that names no weapon: "think tank", "rocket scientist"."""
    phrases = lex.word_classes["not_weapons"]
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    after = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    return f"{before} {token.lower_}" in phrases or f"{token.lower_} {after}" in phrases
