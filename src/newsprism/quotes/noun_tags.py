"""A quotation tagged by a thing, not a person: '“Post journalists must refrain ...,” one paragraph
reads.' The tag's verb is no speech verb, so no cue was found; yet the sentence says where the
words come from, and the turn of whoever was quoted before does not go on into them. The tag's
subject becomes the quote's speaker phrase (left unnamed), which stops the carry-over rules."""

from __future__ import annotations

from spacy.tokens import Doc

from newsprism.models import Quote
from newsprism.people.words import SPEECH_NOUNS
from newsprism.quotes import rules
from newsprism.quotes.marks import doc_text

TAIL = 3  # words a tag may have after its verb ("reads in part")


def mark_thing_tags(doc: Doc, quotes: list[Quote]) -> None:
    """Give each uncued quotation followed by ', <noun phrase> <verb>.' that noun phrase."""
    if not rules.enabled("thing_tags"):
        return
    for quote in quotes:
        if quote.cue is not None or quote.speaker_mention is not None or quote.kind != "direct":
            continue
        after = doc.char_span(quote.end, quote.end, alignment_mode="expand")
        at = after.start if after is not None else None
        if at is None:
            continue
        while at < len(doc) and (doc[at].is_punct or doc[at].is_space) and doc[at].text != ".":
            at += 1
        subject = next(
            (t for t in doc[at : at + 4] if t.dep_ == "nsubj" and t.pos_ == "NOUN" and t.head.i > t.i), None
        )
        if subject is None or subject.left_edge.i != at or subject.lemma_.lower() in SPEECH_NOUNS:
            continue  # '“...,” the statement reads.': the statement just reported goes on
        if "," not in doc_text(doc)[quote.end : doc[at].idx]:
            continue  # '“....” Critics disagree.': a sentence of its own, no tag
        verb = subject.head
        rest = [t for t in doc[verb.i + 1 : verb.sent.end] if not t.is_space]
        finite = verb.pos_ == "VERB" and verb.tag_ in ("VBZ", "VBD") or verb.dep_ == "ROOT"  # "reads" as NNS
        if not finite or len(rest) > TAIL or not rest:
            continue
        if rest[-1].text not in (".", "!", "?"):
            continue
        phrase = doc[at : subject.i + 1]
        quote.speaker_mention = phrase.text
        quote.speaker_start, quote.speaker_end = phrase.start_char, phrase.end_char
