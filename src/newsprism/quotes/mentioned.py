"""What the words around the marks say about a quotation's speaker.

Two readings a careful reader makes from the text right beside the marks, after all other
resolution: a quotation after a noun that names words as words ("words with negative
connotations like “admonish”", "so-called “carbon scrubbers”"; nouns in
``quote_word_nouns.txt``) is a word mentioned, so nobody speaks it, even inside a clause someone
reports; and a quotation still without a speaker and followed by a source in parentheses
("hailed as “impossible not to celebrate” (Variety)") is that source's.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsprism.models import Quote
from newsprism.nlp import lexicon
from newsprism.quotes import rules
from newsprism.quotes.marks import doc_text

WORD_NOUNS = lexicon.words("quote_word_nouns.txt")
# between two listed quotations: the closing and opening marks, a comma, "and"/"or"
LIST_GAP = re.compile(r"^[\"”’'.,;\s]*(?:(?:and|or)\s+)?[\"“‘']$")
EXAMPLES_BEFORE = re.compile(r"\b(?:such as|like|including)\s*[\"“‘']$")
WINDOW = 5  # tokens before the opening mark a word noun may stand ("terms like", "The terms are")
# '“Enhanced interrogation” is the name authorities gave to ...': the quotation is the subject of a
# copula whose complement is a noun naming words (``quote_word_nouns.txt`` or "name")
_NOUNS = "|".join(sorted(re.escape(w) for w in WORD_NOUNS | {"name"}))
NAMED_AFTER = re.compile(
    r"^[\"”’']?\s+(?:is|was|are|were)\s+(?:the|a|an)\s+(?:[a-z-]+\s+)?(?:" + _NOUNS + r")s?\b"
)
# "“...” (Screen Daily)": one to five capitalised words (and "of", "the", "&") in parentheses
SOURCE_AFTER = re.compile(r"^[\"”’']?\s?\(((?:[A-Z][\w.&'’-]*)(?: (?:[A-Z][\w.&'’-]*|of|the|&|and)){0,4})\)")


def read_beside_marks(doc: Doc, quotes: list[Quote]) -> None:
    """Unname mentioned words; name a parenthesised source (module docstring)."""
    text = doc_text(doc)
    for quote in quotes:
        if quote.kind == "indirect":
            continue
        named_after = rules.enabled("words_named_after") and NAMED_AFTER.match(
            text[quote.end : quote.end + 60]
        )
        if quote.speaker and (named_after or rules.enabled("words_as_words") and _mentioned_word(doc, quote)):
            quote.speaker = quote.speaker_type = quote.speaker_mention_id = None
            quote.speaker_start = quote.speaker_end = None
            quote.speaker_mention = None
        if quote.speaker is None and rules.enabled("parenthetical_source"):
            found = SOURCE_AFTER.match(text[quote.end : quote.end + 80])
            if found:
                quote.speaker, quote.speaker_type = found.group(1), "ORG"
                quote.speaker_start = quote.end + found.start(1)
                quote.speaker_end = quote.end + found.end(1)
                quote.speaker_mention = found.group(1)


def share_listed_speaker(text: str, quotes: list[Quote]) -> None:
    """'criticized the measure as “anti-consumer,” “illegal,” “egregious,” and “radical.”': words
    quoted one after another in one list are one speaker's; those the cue left unnamed (the first
    took a phrase between cue and list as its speaker) take the one speaker the others got
    (examples after "such as" are ``unname_listed_examples``'s)."""
    if not rules.enabled("listed_quotes"):
        return
    runs: list[list[Quote]] = []
    for previous, quote in zip(quotes, quotes[1:], strict=False):
        listed = previous.kind == quote.kind == "partial" and LIST_GAP.match(text[previous.end : quote.start])
        if not listed:
            continue
        if runs and runs[-1][-1] is previous:
            runs[-1].append(quote)
        else:
            runs.append([previous, quote])
    for run in runs:
        if EXAMPLES_BEFORE.search(text[max(0, run[0].start - 25) : run[0].start]):
            continue
        named = {q.speaker for q in run if q.speaker}
        if len(named) != 1:
            continue
        donor = next(q for q in run if q.speaker)
        for quote in run:
            if not quote.speaker:
                quote.speaker, quote.speaker_type = donor.speaker, donor.speaker_type
                quote.speaker_mention_id = donor.speaker_mention_id
                quote.speaker_mention = donor.speaker_mention
                quote.speaker_start, quote.speaker_end = donor.speaker_start, donor.speaker_end


def unname_listed_examples(text: str, quotes: list[Quote]) -> None:
    """'terms that may stoke anxiety, such as “OMG,” “stock up,” and “brace yourself.” “...,” says
    X': quotations listed one after another after "such as" / "like" / "including" are examples
    of one kind; the last is nobody's when the first is nobody's, whoever speaks next."""
    if not rules.enabled("listed_examples"):
        return
    first: Quote | None = None
    for previous, quote in zip(quotes, quotes[1:], strict=False):
        if quote.kind != "partial" or previous.kind == "indirect":
            first = None
            continue
        if LIST_GAP.match(text[previous.end : quote.start]):
            if first is None and EXAMPLES_BEFORE.search(text[max(0, previous.start - 25) : previous.start]):
                first = previous
            if first is not None and first.speaker is None and quote.speaker is not None:
                quote.speaker = quote.speaker_type = quote.speaker_mention_id = None
                quote.speaker_start = quote.speaker_end = None
                quote.speaker_mention = None
        else:
            first = None


def _mentioned_word(doc: Doc, quote: Quote) -> bool:
    """A noun naming words stands within a few tokens before the quotation, in its sentence."""
    first = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if first is None or quote.kind != "partial":
        return False
    if re.search(r"\bso-called\s*[\"“‘']?$", doc_text(doc)[max(0, quote.start - 20) : quote.start], re.I):
        return True
    start = first.start
    sentence_start = doc[start].sent.start
    for token in reversed(doc[max(sentence_start, start - WINDOW) : start]):
        if token.text in (",", ";", ":", "(") or token.pos_ == "VERB":
            return False
        if token.pos_ == "NOUN" and token.lemma_.lower() in WORD_NOUNS:
            return True
    return False
