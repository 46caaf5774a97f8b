"""Cues that are not a speaker's own words: "according to" a relaying outlet, a measure or a
poll, and findings ("the study suggests"). ``reported`` asks these before it reads a cue as
reported speech."""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.nlp import lexicon
from newsprism.people.article import ArticlePeople
from newsprism.people.words import SUBJECT_DEPS
from newsprism.quotes import rules

# "research suggests ...": findings, not statements
STUDY_NOUNS = lexicon.words("quote_study_nouns.txt")
POLL_NOUNS = lexicon.words("quote_poll_nouns.txt")
QUANTITY_WORDS = lexicon.words("quote_quantity_words.txt")
NON_SOURCES = lexicon.words("quote_according_non_sources.txt")


def according_to_a_relay(cue: Token, article: ArticlePeople) -> bool:
    """'According to the Ledger, Okafor said moving the money would ...': the outlet relays what the
    subject of the speech verb it hangs on said; that verb reports the clause, with its speaker."""
    if cue.lower_ != "according" or not rules.enabled("according_to_relay"):
        return False
    verb = cue.head
    if verb.i < cue.i and rules.enabled("trailing_according_relay"):
        while verb not in article.speech_cues and verb.dep_ in ("conj", "advcl") and verb.head.i < verb.i:
            verb = verb.head  # "X said it would march, but only if ... would allow it, according to"
    if verb not in article.speech_cues or (verb.i < cue.i and not trailing_relay(cue, verb)):
        return False
    has_subject = any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in verb.children)
    return has_subject and any(c.dep_ in ("ccomp", "csubj") and c.i > verb.i for c in verb.children)


def trailing_relay(cue: Token, verb: Token) -> bool:
    """'The guild said it would march, according to the Ledger': the outlet after the report relays
    the guild's words (rule group ``trailing_according_relay``); a poll or study ("52 percent said
    ..., according to a Gallup poll") is the source of its respondents' answers, so it keeps them."""
    if not rules.enabled("trailing_according_relay"):
        return False
    tos = [to for to in cue.children if to.lower_ == "to"]
    source = next((c for to in tos for c in to.children if c.dep_ == "pobj"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if source is None or subject is None or subject.lemma_.lower() in QUANTITY_WORDS | POLL_NOUNS:
        return False
    if subject.like_num or any(c.like_num or c.lemma_ == "%" for c in subject.subtree):
        return False  # "52 percent said ...", "7 in 10 Americans said ..."
    return source.lemma_.lower() not in STUDY_NOUNS | POLL_NOUNS


def according_to_a_measure(cue: Token) -> bool:
    """'would govern according to the interests of those who elected them': "according to" a
    measure or a plan (``quote_according_non_sources.txt``) names no source."""
    if cue.lower_ != "according" or not rules.enabled("according_to_measure"):
        return False
    target = next(
        (c for to in cue.children if to.lower_ == "to" for c in to.children if c.dep_ == "pobj"), None
    )
    return target is not None and target.lemma_.lower() in NON_SOURCES


def finding(cue: Token) -> bool:
    """'mounting research argues ...', 'the study suggests ...': a finding, not a statement."""
    if not rules.enabled("study_findings"):
        return False
    subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and subject.lemma_.lower() in STUDY_NOUNS
