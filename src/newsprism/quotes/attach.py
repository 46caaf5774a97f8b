"""Filling a quote's cue and speaker fields from its cue token: the speaker found by
``quotes.cues.cue_subject`` is resolved to a person or body of the article, and a mention left
unresolved ("the senator", "it", "the statement") is handed back for the turn-taking step."""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.models import Quote
from newsprism.nlp.entity_repairs import entity_label
from newsprism.people.article import ArticlePeople
from newsprism.people.words import PLACE_LABELS, SPEECH_NOUNS, SPEECH_VERBS, SUBJECT_DEPS
from newsprism.quotes import rules
from newsprism.quotes.as_noun_tags import as_noun_tag, as_tag_speaker
from newsprism.quotes.cues import cue_subject
from newsprism.quotes.dialogue_tags import names_someone
from newsprism.quotes.mention_names import LAW_NOUNS
from newsprism.quotes.nested import heard_not_said
from newsprism.quotes.organisations import body_ending_with
from newsprism.quotes.speakers import resolve
from newsprism.quotes.unnamed_sources import unnamed_source


def attach_cue(
    article: ArticlePeople, quote: Quote, cue: Token | None, inside=None
) -> tuple[int, str] | None:
    """Fill the cue and speaker fields of a quote from its cue token. Returns the offset and noun
    of a speaker mention left unresolved ("the senator", "it", "they", "statement"), for the
    turn-taking step (``quotes.turns``) to settle from the quotes around it; else None."""
    if cue is None:
        return None
    quote.cue = "according to" if cue.lower_ == "according" else cue.text
    quote.cue_start = cue.idx
    mistagged = cue.pos_ in ("NOUN", "PROPN") and cue.lower_[:-1] in SPEECH_VERBS
    # '“...,” Kengor notes.': a name right before a speech word the tagger took for a noun
    before = cue.doc[cue.i - 1] if cue.i > 0 else None
    named = before is not None and (before.pos_ == "PROPN" or before.pos_ == "ADJ" and names_someone(before))
    named_tag = mistagged and named and rules.enabled("noun_tag")
    mistagged = mistagged and (cue.lower_ not in SPEECH_NOUNS or named_tag)
    subject = None if mistagged else heard_not_said(cue_subject(cue, article.layout))
    quoted_subject = subject is not None and inside is not None and inside(subject.idx)
    if quoted_subject and rules.enabled("participle_turn"):
        subject = None  # '“I really don't have it,” adding that ...': "I" is inside the quote
    if mistagged:
        start = cue.i  # "the Brennan study notes": the words between the closing mark and the cue
        while start > cue.sent.start and not (cue.doc[start - 1].is_punct or cue.doc[start - 1].is_quote):
            start -= 1
        if as_noun_tag(cue):
            start = as_tag_speaker(cue).i  # "As KQED reports,": the name, not the "As"
        phrase = cue.doc[start : cue.i]
        if len(phrase):
            quote.speaker_mention = phrase.text
            quote.speaker_start, quote.speaker_end = phrase.start_char, phrase.end_char
            if named_tag:
                speaker = resolve(article, phrase[-1])
                quote.speaker, quote.speaker_type = speaker.name or None, speaker.type
                quote.speaker_mention_id = speaker.mention_id if speaker.name else None
        return None
    if subject is None:
        return _note_statement(quote, cue)
    if _law_of_place(subject) and rules.enabled("law_no_place"):
        return None
    speaker = resolve(article, subject)
    quote.speaker = speaker.name or None
    quote.speaker_type = speaker.type
    quote.speaker_mention_id = speaker.mention_id if speaker.name else None
    if speaker.mention is not None:
        quote.speaker_mention = speaker.mention.text
        quote.speaker_start = speaker.mention.start_char
        quote.speaker_end = speaker.mention.end_char
    if speaker.name is None and speaker.type == "PERSON" and speaker.mention is not None:
        if speaker.mention[0].lower_ == "the" and subject.tag_ == "NN":
            if unnamed_source(article, subject, speaker.mention):
                return None  # "the officer said, speaking on condition of anonymity": no one's turn
            return speaker.mention.start_char, subject.lower_
    if speaker.name is None and subject.lower_ in ("it", "they"):
        return subject.idx, subject.lower_
    return None


def _note_statement(quote: Quote, cue: Token) -> tuple[int, str] | None:
    """'"...," the statement said': the statement is the one just quoted; the turn-taking step
    gives the quote that statement's speaker."""
    noun = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
    if cue.lower_ == "according" and rules.enabled("issuer_before_noun"):
        # "according to the report": the report's issuer, named before, is found the same way
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        noun = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if noun is None or noun.lemma_.lower() not in SPEECH_NOUNS:
        return None
    if noun.tag_ in ("NNP", "NNPS") and noun.text[:1].isupper() and rules.enabled("named_not_statement"):
        body = body_ending_with(noun)  # "the Post demanded ...": the newspaper, not a post someone wrote
        if body is not None:
            quote.speaker, quote.speaker_type, quote.speaker_mention = body, "ORG", noun.text
            quote.speaker_start, quote.speaker_end = noun.idx, noun.idx + len(noun.text)
        return None
    if not any(c.lower_ in ("the", "that", "this") for c in noun.children):
        return None
    phrase = cue.doc[noun.left_edge.i : noun.i + 1]
    quote.speaker_mention = phrase.text
    quote.speaker_start, quote.speaker_end = phrase.start_char, phrase.end_char
    return phrase.start_char, "statement"


def _law_of_place(subject: Token) -> bool:
    """'U.S. law states that ...', 'Ohio law requires ...': a law written in lower case (no name of
    its own, so not a law that speaks for itself) is no speaker, and the place it belongs to did
    not say its words either."""
    if subject.lower_ not in LAW_NOUNS or not subject.text.islower():
        return False
    owners = [c for c in subject.children if c.dep_ in ("compound", "poss", "amod", "nmod")]
    return any(entity_label(c) in PLACE_LABELS for c in owners)
