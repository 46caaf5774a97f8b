"""A quotation the parser splits into sentences is one telling with the tag that attributes it.

'"I am shaken to my bones by the emails of the past few days. I made a terrible mistake," wrote
X on his Facebook page over the weekend.' spaCy cuts the quotation after "days.", so the first
sentence has no date and no saying of its own: it was told when its tag says it was told. A
sentence that opens a quotation it does not close takes the date of the saying in the tag after
the closing mark (", wrote X ... over the weekend"), read in the saying's tense; its own date, or
the second sentence's ("I made a mistake on Friday"), would be another act's. Only the tag's
saying counts: a tag whose verb is no speech verb, or a quotation that runs on over more than a
few sentences, dates nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

import newsprism.events.rules as rules
from newsprism.events.date_spans import completed_text
from newsprism.events.date_tenses import verb_tense
from newsprism.events.dates import find_date_expressions, resolve_date
from newsprism.events.lexicon import Lexicon, lemma_of
from newsprism.events.when import dates_hung_on
from newsprism.nlp.document_memo import sentence_of

OPENING, CLOSING, STRAIGHT = "“", "”", '"'
_REACH = 3  # sentences a quotation may run on for before its tag


def tag_saying(sent: Span, lex: Lexicon) -> Token | None:
    """The speech verb of the tag after the quotation ``sent`` opens and does not close, or None."""
    if not rules.enabled("quote_tags"):
        return None
    text = sent.text.lstrip()
    if not text or text[0] not in (OPENING, STRAIGHT) or _closes(text[1:], text[0]):
        return None
    doc, mark, current = sent.doc, text[0], sent
    for _ in range(_REACH):
        if current.end >= len(doc):
            return None
        current = sentence_of(doc[current.end])
        close = _closing_at(current.text, mark)
        if close is None:
            if OPENING in current.text:
                return None  # another quotation opens: this one's end is lost
            continue
        saying = current.root
        told_after = saying.idx - current.start_char > close
        return saying if told_after and lemma_of(saying) in lex.speech else None
    return None


def tag_date(sent: Span, published: str | None, lex: Lexicon) -> tuple[str, str, str] | None:
    """(date, granularity, text) of the saying that attributes the quotation ``sent`` opens."""
    saying = tag_saying(sent, lex)
    if saying is None:
        return None
    tag = sentence_of(saying)
    expressions = find_date_expressions(tag.text, tag.start_char)
    for expression in dates_hung_on(saying, tag, expressions):
        # "I made a mistake on Friday," he wrote: Friday is the mistake's
        text = completed_text(expression, expressions, tag.text, tag.start_char)
        tense = "past" if verb_tense(saying) == "past" else "present"
        date, granularity = resolve_date(text, published, tense)
        if date and granularity:
            return date, granularity, expression.text
    return None


def _closes(text: str, mark: str) -> bool:
    return CLOSING in text if mark == OPENING else text.count(STRAIGHT) % 2 == 1


def _closing_at(text: str, mark: str) -> int | None:
    """Where the quotation opened before ends in ``text`` (a later sentence), if it does."""
    at = text.find(CLOSING if mark == OPENING else STRAIGHT)
    return at if at >= 0 else None
