"""Colon lead-ins: the speech word that ends the words before a colon ("Becker told reporters:",
"Jones was quick to retort:") is the cue of the quotation after it. Kept apart from ``quotes.cues``,
which finds cues and their subjects inside one sentence, because a lead-in may sit in the paragraph
before the quotation and is found by characters, not by the parse."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprism.nlp import lexicon
from newsprism.people.article import ArticlePeople
from newsprism.people.tokens import is_cue
from newsprism.people.words import CUE_VERBS, SPEECH_NOUNS, SPEECH_VERBS
from newsprism.quotes import rules
from newsprism.quotes.cue_subjects import statement_sender
from newsprism.quotes.marks import doc_text, paragraph_bounds

# "X posted the following statement on Twitter:": verbs that only lead a quotation in after a colon
LEAD_IN_VERBS = SPEECH_VERBS | lexicon.speech_verbs("lead_in")


def ends_with_cue(doc: Doc, offset: int) -> bool:
    """True when the words just before a mark end in a speech verb clause ("he said:", "said Becker,")."""
    span = doc.char_span(max(0, offset - 60), offset, alignment_mode="contract")
    return span is not None and any(
        is_cue(t, CUE_VERBS) or t.lemma_.lower() in SPEECH_NOUNS for t in span[-6:]
    )


def noun_before_colon(doc: Doc, mark: int, inside) -> Token | None:
    """'Jones was quick to retort: "..."' - a speech noun just before the colon is the cue."""
    span = doc.char_span(max(0, mark - 40), mark, alignment_mode="contract")
    words = [t for t in span or [] if not t.is_punct and not inside(t.idx)]
    if words and words[-1].lemma_.lower() in SPEECH_NOUNS | CUE_VERBS:
        return words[-1]
    return None


def speech_word_before_colon(doc: Doc, mark: int, inside) -> Token | None:
    """The speech verb that ends a colon lead-in ("he responded:", "replying:"), also when the
    tagger took the participle for a noun."""
    span = doc.char_span(max(0, mark - 40), mark, alignment_mode="contract")
    words = [t for t in span or [] if not t.is_punct and not t.is_space and not inside(t.idx)]
    if not words or not doc_text(doc)[:mark].rstrip().endswith(":"):
        return None
    last = words[-1]
    if is_cue(last, SPEECH_VERBS):
        return last
    stem = last.lower_[:-3] if last.lower_.endswith("ing") else ""
    if last.pos_ == "NOUN" and stem and {stem, stem + "e"} & SPEECH_VERBS:
        return last
    return None


def colon_lead_in(article: ArticlePeople, mark: int, inside) -> Token | None:
    """'Becker told reporters:' just before the opening mark, in this paragraph or the one before."""
    before = doc_text(article.doc)[:mark].rstrip()
    if not before.endswith(":"):
        return None
    para_start, _ = paragraph_bounds(doc_text(article.doc), len(before) - 1)
    span = article.doc.char_span(para_start, len(before) - 1, alignment_mode="contract")
    cues = [t for t in span or [] if not inside(t.idx) and is_cue(t, SPEECH_VERBS)]
    if not cues and rules.enabled("posted_lead_in"):
        cues = [t for t in span or [] if not inside(t.idx) and is_cue(t, LEAD_IN_VERBS)]
    cues = cues or [t for t in span or [] if not inside(t.idx) and statement_sender(t) is not None]
    if cues:
        return cues[-1]
    return noun_before_colon(article.doc, len(before), inside)  # "Jones was quick to retort:"
