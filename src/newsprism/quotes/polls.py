"""Whose poll: a share of respondents that "said" something speaks for the poll that asked them.

"In a 2019 Gartner survey, 23% of workers said it was unacceptable ...", "59 percent think
marijuana “should be made legal”", "..., according to survey data from Gartner": the cue's
subject is a share of respondents or the poll's data, which names no one, so the quote is left
unnamed. A reader credits the pollster the sentence names ("a Gartner survey", "A CBS News poll",
"the Quinnipiac University poll", "data from Gartner"), or one named earlier in the same paragraph
("A CBS News poll ... found ... Asked if “...”, 70 percent said ..."). Poll nouns are data
(``quote_poll_nouns.txt``); an issuer is a body the noun's compound, possessive or "from"/"by"
phrase names (``quotes.documents``), never a person.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newsprism.models import Quote
from newsprism.nlp import lexicon
from newsprism.quotes import rules
from newsprism.quotes.documents import owner_of_noun
from newsprism.quotes.marks import doc_text

SHARE = re.compile(r"\d\s*(?:%|percent\b|per cent\b)", re.I)
POLLSTER_PREPOSITIONS = frozenset({"from", "by"})
SENTENCES_BACK = 2  # earlier sentences of the paragraph searched for the poll


def poll_nouns() -> frozenset[str]:
    return lexicon.words("quote_poll_nouns.txt")


def pollsters_speak(doc: Doc, quotes: list[Quote]) -> None:
    """Name the pollster of each unnamed quote whose cue's subject is a share of respondents or a
    poll's data (module docstring)."""
    if not rules.enabled("poll_respondents"):
        return
    for quote in quotes:
        if quote.speaker or not _respondents_speak(doc, quote):
            continue
        found = _pollster(doc, quote)
        if found is not None:
            quote.speaker, quote.speaker_type = found


def _respondents_speak(doc: Doc, quote: Quote) -> bool:
    """The speaker mention is a share ("23%", "A majority") or a poll's data ("poll numbers"); a
    quotation with no speaker mention is left alone (answer options quoted beside a share, "not
    too" / "not at all", are nobody's words)."""
    mention = quote.speaker_mention or ""
    words = {w.lower().strip(".,") for w in mention.split()}
    shares = lexicon.words("quote_share_words.txt")  # "A majority", "nearly a third"
    if SHARE.search(mention) or _spelled_share(doc, quote):
        return True
    return bool(words & (poll_nouns() | shares))


def _spelled_share(doc: Doc, quote: Quote) -> bool:
    """'Forty-three percent said': a number in words before "percent" (or "per cent", "%") is as
    much a share as "43 percent" (spaCy's ``like_num`` reads number words)."""
    if quote.speaker_start is None or quote.speaker_end is None:
        return False
    span = doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")
    for token in span if span is not None else []:
        if token.lower_ in ("percent", "%"):
            number = token.i - 1
        elif token.lower_ == "cent" and doc[token.i - 1].lower_ == "per":
            number = token.i - 2
        else:
            continue
        if number >= span.start and doc[number].like_num:
            return True
    return False


def _sentence(doc: Doc, quote: Quote) -> Span | None:
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return span[0].sent if span is not None and len(span) else None


def _pollster(doc: Doc, quote: Quote) -> tuple[str, str] | None:
    """The body that ran the poll: named with a poll noun in the quote's sentence, else in one of
    the sentences just before it in its paragraph (never across a paragraph break)."""
    sentence = _sentence(doc, quote)
    for _ in range(SENTENCES_BACK + 1):
        if sentence is None:
            return None
        for token in sentence:
            if _poll_noun(token):
                owner = _poll_owner(token) or _joint_pollster(token)
                if owner is not None:
                    return owner
        if sentence.start == 0 or "\n" in doc_text(doc)[doc[sentence.start - 1].idx : sentence.start_char]:
            return _only_pollster_before(doc, quote)
        sentence = doc[sentence.start - 1].sent
    return _only_pollster_before(doc, quote)


def _only_pollster_before(doc: Doc, quote: Quote) -> tuple[str, str] | None:
    """'The latest Gallup survey ... shows ...' then, paragraphs on, 'Only 40% of Americans said'
    or 'said the pollsters': the one pollster the article named before, when it named only one."""
    if not rules.enabled("one_pollster"):
        return None
    owners = {
        owner
        for token in doc
        if token.idx < quote.start
        and _poll_noun(token)
        and (owner := _poll_owner(token) or _joint_pollster(token)) is not None
    }
    return owners.pop() if len(owners) == 1 else None


def _poll_owner(noun) -> tuple[str, str] | None:
    """The body a poll noun names as its pollster; "a survey of 4,500 U.S. adults", "a poll of
    voters in Ohio": what follows "of" is whom it asked, not who asked (rule group
    ``poll_of_respondents``)."""
    if not rules.enabled("poll_of_respondents"):
        return owner_of_noun(noun)
    return owner_of_noun(noun, POLLSTER_PREPOSITIONS)


def _poll_noun(token) -> bool:
    """A noun naming a poll or its data ("survey", "data" by its word too: the lemmatiser may give
    "datum")."""
    nouns = poll_nouns()
    return token.pos_ == "NOUN" and (token.lemma_.lower() in nouns or token.lower_ in nouns)


def _joint_pollster(noun) -> tuple[str, str] | None:
    """'a Reuters/Ipsos poll', 'the CBS/Times survey': two bodies that ran a poll together are named
    with a slash, which the entity model rarely labels; the proper names joined so before the poll
    noun are its pollster (rule group ``joint_pollster``)."""
    if not rules.enabled("joint_pollster"):
        return None
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i]
    for name in names:
        words = sorted(name.subtree, key=lambda t: t.i)
        if any(t.text == "/" for t in words) and all(t.pos_ in ("PROPN", "SYM", "PUNCT") for t in words):
            doc = noun.doc
            return doc[words[0].i : words[-1].i + 1].text, "ORG"
    return None
