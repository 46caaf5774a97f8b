"""Speakers met by surname only: a lone capitalised word the people table cannot name in full,
which the salience reader must neither drop (a pronoun would reach back past it to an older,
wrong name) nor take for a person when it may be a body (issue 17)."""

from __future__ import annotations

from bisect import insort

from spacy.tokens import Token

from newsprism.nlp.entity_repairs import entity_label
from newsprism.people.article import ArticlePeople
from newsprism.people.dictionary import common_words
from newsprism.people.tokens import hyphenated_word, is_main_or_speech_verb
from newsprism.people.words import SUBJECT_DEPS
from newsprism.quotes import rules


def unknown_speaker(article: ArticlePeople, token: Token) -> str | None:
    """A lone capitalised word the table cannot name (no full name) that is the subject of a speech
    verb somewhere in the article: a speaker met by surname only. "person" when the recogniser
    reads it as no organisation somewhere (salient under that name, so a pronoun after its
    sentence means them, not an older name); "unclear" when it is an organisation wherever it
    stands and no English word ("Kemper said"; "Congress" is a word): a person or a body, so a
    pronoun after it gets no older name either (rule group ``unknown_subject_unclear``; issue 17:
    a wrong name is the gravest error, a missing one the lesser)."""
    if not rules.enabled("unknown_subject_unclear") or token.tag_ != "NNP" or token.pos_ != "PROPN":
        return None
    if not is_main_or_speech_verb(token.head) or entity_label(token) not in ("", "PERSON", "ORG"):
        return None
    written = hyphenated_word(token)
    if (
        written.lower() in article.full_names
        or token.is_upper
        or any(
            c.dep_ in ("det", "poss", "amod") or c.dep_ == "compound" and c.whitespace_
            for c in token.children
        )
    ):
        return None  # "the AP", "the former Secretary", "Senate Majority Leader": no bare surname
    cues = article.speech_cues
    if not any(
        c.dep_ in SUBJECT_DEPS and hyphenated_word(c) == written for cue in cues for c in cue.children
    ):
        return None
    if any(t.text == token.text and entity_label(t) in ("", "PERSON") for t in token.doc):
        return "person"
    return None if written.lower() in common_words() else "unclear"


def note_lone_surname(article: ArticlePeople, token: Token) -> bool:
    """Record a subject ``unknown_speaker`` finds: salient under its surname, or unclear."""
    found = unknown_speaker(article, token)
    if found == "person":
        insort(article.subjects, (token.idx, hyphenated_word(token)))
    elif found == "unclear":
        article.unclear_subjects.append(token.idx)
    return found is not None


def first_word_of_name(opener: Token) -> bool:
    """An opener that is the given name of a longer name ("Justin" of "Justin Bamberg"): looked up
    alone it would pick an earlier namesake ("Justin Carr") as the sentence's subject."""
    if not rules.enabled("whole_name_opener") or opener.dep_ != "compound" or opener.head.pos_ != "PROPN":
        return False
    return opener.head.i > opener.i and entity_label(opener) == entity_label(opener.head) == "PERSON"
