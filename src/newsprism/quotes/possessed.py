"""Quoted words inside a speech noun that a name possesses are that name's words.

"the Green Party is saying in response to Hillary Clinton's accusation that their candidate is
“totally” a “Russian asset”": the cue verb above the phrase ("saying") is the Green Party's, but
the words sit in the clause of "accusation", whose possessor said them. The nouns are data
(``quote_possessed_speech_nouns.txt``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsprism.nlp import lexicon
from newsprism.nlp.entity_repairs import entity_label
from newsprism.people.tokens import is_cue
from newsprism.people.words import CUE_VERBS, SPEAKER_TYPES, SPEECH_VERBS
from newsprism.quotes import rules
from newsprism.quotes.marks import doc_text

POSSESSED_SPEECH_NOUNS = lexicon.words("quote_possessed_speech_nouns.txt")


def possessor(noun: Token) -> Token | None:
    """The name that possesses a speech noun ("Clinton's accusation"), or None."""
    if noun.pos_ != "NOUN" or not {noun.lower_, noun.lemma_.lower()} & POSSESSED_SPEECH_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or not (owner.pos_ == "PROPN" or entity_label(owner) in SPEAKER_TYPES):
        return None
    return owner


def possessed_speech_noun(quoted: Span) -> Token | None:
    """The possessed speech noun whose clause holds the quoted words, below any cue verb."""
    if not rules.enabled("possessed_speech") or not len(quoted):
        return None
    below = quoted[0]
    for ancestor in quoted[0].ancestors:
        if ancestor.i >= quoted.start and ancestor.i < quoted.end:
            below = ancestor
            continue
        if possessor(ancestor) is not None:
            return None if _names_the_noun(below) or _subject_of_named_tag(ancestor) else ancestor
        # the parse may hang "that ..." on the verb instead of the noun right before it
        before = ancestor.doc[ancestor.left_edge.i - 1] if ancestor.left_edge.i else None
        if ancestor.dep_ in ("ccomp", "acl") and before is not None and possessor(before) is not None:
            return before
        if is_cue(ancestor, CUE_VERBS):
            return None  # a speech act nearer the words than any noun: its speaker's
        below = ancestor
    return None


def _subject_of_named_tag(noun: Token) -> bool:
    """'Trump's statements “set in motion ...,” Graham said': the parse made the noun a subject of
    the tag verb beside the name after it; the words describe the statements, the tag's name says
    them (rule group ``tag_over_possessed``)."""
    head = noun.head
    if not rules.enabled("tag_over_possessed") or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if not is_cue(head, CUE_VERBS):
        return False
    return any(c.dep_ == "nsubj" and c.i != noun.i and c.pos_ in ("PROPN", "PRON") for c in head.children)


def _names_the_noun(head: Token) -> bool:
    """Quoted words set beside the noun as a noun phrase name it, they are not what was said:
    "Romney called Biden's claim “another outrageous charge”" is Romney's label for the claim."""
    return head.dep_ == "appos" and head.pos_ in ("NOUN", "PROPN", "ADJ", "PRON")


def possessed_lead_in(doc: Doc, mark: int, inside) -> Token | None:
    """'Here's Trump's reply to what he called “a very dumb ... question”:' and a quotation after
    the colon: a possessed speech noun in the lead-in's own sentence, with no speech verb after it
    there, is the cue; a speech verb in an earlier sentence of the paragraph ('something Mueller
    said he believed') is about something else (rule group ``possessed_lead_in``)."""
    if not rules.enabled("possessed_lead_in") or not doc_text(doc)[:mark].rstrip().endswith(":"):
        return None
    span = doc.char_span(max(0, mark - 300), mark, alignment_mode="contract")
    if span is None or not len(span):
        return None
    sentence = span[-1].sent
    words = [t for t in doc[max(sentence.start, span.start) : span.end] if not inside(t.idx)]
    for i, word in enumerate(words):
        if possessor(word) is not None and not any(is_cue(t, SPEECH_VERBS) for t in words[i + 1 :]):
            return word
    return None
