"""A speaker is a person or a body, never an adverb or a quantity.

A misparse can make "offhand" ("he said offhand") or "A number" ("A number of lawmakers said")
the speaker token, and resolution then keeps the word as a name. A reader names no one there: a
speaker whose words are all adverbs, adjectives, determiners or numbers, or a quantity phrase
(``quote_quantity_words.txt``) with no name in it, is dropped, leaving the quote unnamed rather
than credited to a word. So is a "name" holding a quotation mark or a bracket ('"He', 'Scott]
Schraeder'): words glued to punctuation the tokenizer did not split off (rule group
``glued_mark_names``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsprism.models import Quote
from newsprism.nlp import lexicon
from newsprism.quotes import rules
from newsprism.quotes.cue_subjects import surname_of_someone_named
from newsprism.quotes.marks import doc_ents

QUANTITY_WORDS = lexicon.words("quote_quantity_words.txt")
FILLER = frozenset({"a", "an", "the", "of"})
GLUED_MARKS = frozenset('"“”[]{}')
NOT_NAMING_POS = frozenset({"ADV", "ADJ", "DET", "NUM", "PART", "ADP", "CCONJ", "SCONJ", "PUNCT"})


def drop_non_speakers(doc: Doc, quotes: list[Quote]) -> None:
    """Clear the speaker of each quote whose speaker is a word, not someone (module docstring)."""
    if not rules.enabled("no_word_speakers"):
        return
    for quote in quotes:
        if quote.speaker and _no_one(doc, quote):
            quote.speaker = quote.speaker_type = quote.speaker_mention_id = None


def _no_one(doc: Doc, quote: Quote) -> bool:
    words = [w.strip(".,").lower() for w in (quote.speaker or "").split()]
    if rules.enabled("glued_mark_names") and GLUED_MARKS & set(quote.speaker or ""):
        return True  # '"He', 'Scott] Schraeder': a word run into a mark or bracket is no name
    if not words or any(w.startswith(("mr", "ms", "mrs", "dr")) and len(w) <= 3 for w in words):
        return False
    if all(w in QUANTITY_WORDS | FILLER for w in words):
        return True  # "A number", "Many", "Some of"
    if quote.speaker_mention != quote.speaker or quote.speaker_start is None or quote.speaker_end is None:
        return False  # resolved from a pronoun or a role: the resolver named someone
    span = doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")
    if span is None or any(span.start <= e.start and e.end <= span.end for e in doc_ents(doc)):
        return False
    # "offhand", "immediately"; but "Creely" (an "-ly" surname the tagger took for an adverb) names him
    return all(t.pos_ in NOT_NAMING_POS and not surname_of_someone_named(t) for t in span)
