"""A tag with the verb first: 'Added Mark Tooley, the president of ...: “...”', 'Countered Tooley, “...”'.

The fronted speech verb is capitalised at the start of the sentence, and the parser takes it for
part of a name ("Countered Tooley" a PERSON) or hangs the quotation on the name, so no cue is
found and the quotation is left unnamed. A reader takes the name right after the verb: the
sentence opens with a past form of a speech verb (``speech_verbs.yaml``), then a capitalised
name, then (after an apposition) a comma or colon just before the quotation mark.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsprism.models import Quote
from newsprism.nlp import lexicon
from newsprism.people.article import ArticlePeople, full_name
from newsprism.quotes import rules
from newsprism.quotes.marks import doc_text

LEAD_ENDS = (",", ":")


def verb_first_speakers(article: ArticlePeople, quotes: list[Quote]) -> None:
    """Name each unnamed quotation whose sentence opens 'Verb Name, ...:' (module docstring)."""
    if not rules.enabled("verb_first_tag"):
        return
    doc = article.doc
    for quote in quotes:
        if quote.speaker or quote.kind == "indirect":
            continue
        found = _name_after_fronted_verb(doc, quote)
        if found is not None:
            name = " ".join(t.text for t in found)
            quote.speaker = full_name(article, name, found[0].idx)
            quote.speaker_type = "PERSON"
            quote.speaker_mention = name
            quote.speaker_start, quote.speaker_end = found[0].idx, found[-1].idx + len(found[-1])


def _name_after_fronted_verb(doc: Doc, quote: Quote) -> list[Token] | None:
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sentence = span[0].sent
    words = [t for t in sentence if not t.is_space and t.i < span.start]
    lead = doc_text(doc)[words[0].idx : quote.start].rstrip("“\"‘' \n") if words else ""
    if len(words) < 3 or not lead.endswith(LEAD_ENDS) or not _fronted_speech_verb(words[0]):
        return None
    name = []
    for token in words[1:]:
        if not (token.text[:1].isupper() and token.is_alpha) and token.text != ".":
            break
        name.append(token)
    while name and name[-1].text == ".":
        name.pop()
    if not name or not any(t.ent_type_ == "PERSON" for t in name):
        return None
    return name


def _fronted_speech_verb(token: Token) -> bool:
    """'Added', 'Countered', 'Wrote': a capitalised past form of a speech verb opening the sentence."""
    word = token.text
    if not word[:1].isupper() or not word.isalpha():
        return False
    lower = word.lower()
    if lower in lexicon.words("speech_verb_past_forms.txt"):
        return True
    return lower.endswith("ed") and lower in lexicon.speech_verb_forms()  # added, noted, chatted, replied
