"""'Dana Whitcombe: ‘This is common ...’': a paragraph that is a person's name, a colon and a
quotation gives the quotation to that person (rule group ``name_colon_quote``).

Transcript turns ("NAME: words", unquoted, two or more speakers) are ``quotes.blocks``'; this is
the single quoted line a page sets under a name, as a pull quote or a teaser of a column. Only a
name the model typed a person, alone before the colon, with the quotation opening right after it.
"""

from __future__ import annotations

from newsprism.models import Quote
from newsprism.nlp.entity_repairs import entity_span_of
from newsprism.people.article import ArticlePeople
from newsprism.quotes import rules
from newsprism.quotes.marks import doc_text, paragraph_bounds
from newsprism.quotes.speakers import resolve

OPENING_MARKS = "\"“‘'"


def name_colon_speakers(article: ArticlePeople, quotes: list[Quote]) -> None:
    """Name the speaker of each quotation opening right after "<Name>:" that opens its paragraph."""
    if not rules.enabled("name_colon_quote"):
        return
    doc = article.doc
    text = doc_text(doc)
    for quote in quotes:
        if quote.speaker is not None or quote.speaker_mention is not None or quote.cue is not None:
            continue
        para_start, _ = paragraph_bounds(text, quote.start)
        lead = text[para_start : quote.start]
        stripped = lead.rstrip(OPENING_MARKS + " ")
        if not stripped.endswith(":") or len(stripped) > 60 or "\n" in stripped:
            continue
        name_end = para_start + len(stripped) - 1
        span = doc.char_span(para_start, name_end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        entity = entity_span_of(span[0])
        if (
            entity is None
            or entity.label_ != "PERSON"
            or (entity.start_char, entity.end_char)
            != (
                para_start,
                name_end,
            )
        ):
            continue
        speaker = resolve(article, entity.root)
        if not speaker.name:
            continue
        quote.speaker, quote.speaker_type = speaker.name, "PERSON"
        quote.speaker_mention_id = speaker.mention_id
        quote.speaker_mention = entity.text
        quote.speaker_start, quote.speaker_end = entity.start_char, entity.end_char
