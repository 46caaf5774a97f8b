"""Whose document speaks: "the report said" when no issuer is named near it.

"According to the AllSides report, ..." and three paragraphs later "“...,” the report said.": the
report is the one whose issuer the article named before, by an earlier quote ("the AllSides
report" gave AllSides) or by the phrase that introduced it ("The report from the media technology
group AllSides"). Only definite mentions ("the report", "this study") and only document nouns
(``speech_nouns.txt``) count; a report never introduced with its issuer stays unnamed.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsprism.models import Quote
from newsprism.nlp import lexicon
from newsprism.nlp.entity_repairs import entity_label, entity_span_of
from newsprism.people.article import ArticlePeople, full_name
from newsprism.people.tokens import org_name
from newsprism.people.words import SPEECH_NOUNS
from newsprism.quotes import rules
from newsprism.quotes.filed import filed_owner, kinds
from newsprism.quotes.marks import doc_text, first_token_from, paragraph_bounds

DEFINITE = frozenset({"the", "this", "that"})
OWNER_PREPOSITIONS = frozenset({"from", "by", "of"})
SENDER_PREPOSITIONS = frozenset({"from", "by"})  # "a letter of Smith" is about Smith as often
BODY_TYPES = ("ORG", "GPE", "NORP")
ISSUING_VERBS = lexicon.words("quote_issuing_verbs.txt")
DOCUMENT_NOUNS = lexicon.words("quote_document_nouns.txt")
DATA_NOUNS = lexicon.words("quote_data_nouns.txt")


def document_noun(quote: Quote) -> str | None:
    """The document noun of a definite speaker mention with no name in it ("the report")."""
    words = (quote.speaker_mention or "").split()
    # "the police report": common nouns before the document noun still name no issuer
    modifiers = words[1:-1] if rules.enabled("issuer_before_noun") else words[1:-1] or ["-"]
    if not 2 <= len(words) <= 4 or not all(w.isalpha() and w.islower() for w in modifiers):
        return None
    words = [w.lower() for w in words]
    if words[0] not in DEFINITE:
        return None
    filed = words[-1] in kinds() and rules.enabled("filed_documents")
    more = words[-1] in DOCUMENT_NOUNS and rules.enabled("document_named_before")
    return words[-1] if words[-1] in SPEECH_NOUNS or filed or more else None


def document_owner(
    article: ArticlePeople, quote: Quote, quotes: list[Quote]
) -> tuple[str | None, str | None]:
    """The issuer of the document a quote's speaker mention names (see the module docstring)."""
    noun = document_noun(quote) if rules.enabled("document_owner") else None
    if noun is None:
        return None, None
    filer = filed_owner(article, quote, noun, quotes)  # "X filed a lawsuit ... the suit claims"
    if filer is not None:
        return filer
    earlier = [
        q
        for q in quotes
        if q.start < quote.start and q.speaker and q.speaker_type in BODY_TYPES and q is not quote
    ]
    for other in reversed(earlier):  # "the AllSides report" gave a quote to AllSides
        words = (other.speaker_mention or "").lower().split()
        if len(words) > 1 and words[-1] == noun and words[0] not in DEFINITE | {"a", "an"}:
            return other.speaker, other.speaker_type
        if len(words) > 2 and words[-1] == noun:
            return other.speaker, other.speaker_type
    doc = article.doc
    for token in reversed(doc[: first_token_from(doc, quote.speaker_start or quote.start)]):
        if token.lemma_.lower() == noun and token.pos_ == "NOUN":
            owner = owner_of_noun(token)
            if owner is not None and owner[1] == "PERSON":  # the fullest form named so far
                return full_name(article, owner[0], token.idx), "PERSON"
            if owner is not None:
                return owner
    return _one_document_before(article, quote) or (None, None)


def _one_document_before(article: ArticlePeople, quote: Quote) -> tuple[str, str] | None:
    """'The new FDA guidance gives ...' then '“...,” the document states.': no document of the
    mention's own kind was introduced with an issuer, so the one document of any kind the same or
    the paragraph before introduced with one (rule group ``document_named_before``); two issuers
    there leave it unnamed."""
    if not rules.enabled("document_named_before"):
        return None
    text, at = doc_text(article.doc), quote.speaker_start if quote.speaker_start is not None else quote.start
    start = paragraph_bounds(text, at)[0]
    start = paragraph_bounds(text, max(0, start - 2))[0] if start else start
    nouns = SPEECH_NOUNS | DOCUMENT_NOUNS | frozenset(kinds())
    doc = article.doc
    owners = {
        owner
        for token in doc[first_token_from(doc, start) : first_token_from(doc, at)]
        if token.pos_ == "NOUN"
        and {token.lower_, token.lemma_.lower()} & nouns
        and (owner := owner_of_noun(token)) is not None
    }
    return owners.pop() if len(owners) == 1 else None


def data_owner(article: ArticlePeople, quote: Quote) -> tuple[str | None, str | None]:
    """'Numbers from TRAC said ...': an unnamed quote whose speaker mention is headed by a noun for
    compiled figures (``quote_data_nouns.txt``) with a body after "from/by/of" is that body's (rule
    group ``data_from_body``)."""
    if quote.speaker is not None or quote.speaker_start is None or not rules.enabled("data_from_body"):
        return quote.speaker, quote.speaker_type
    doc = article.doc
    token = doc[first_token_from(doc, quote.speaker_start)]
    head = token if token.dep_ not in ("compound", "amod", "det") else token.head
    if head.pos_ != "NOUN" or head.lemma_.lower() not in DATA_NOUNS and head.lower_ not in DATA_NOUNS:
        return quote.speaker, quote.speaker_type
    owner = owner_of_noun(head)
    return owner if owner is not None and owner[1] != "PERSON" else (None, None)


def owner_of_noun(noun: Token, prepositions: frozenset[str] = OWNER_PREPOSITIONS) -> tuple[str, str] | None:
    """'the AllSides report', 'the group's report', 'the report from the ... group AllSides'."""
    candidates = [c for c in noun.children if c.dep_ in ("compound", "poss")]
    holders = [noun]
    if rules.enabled("document_sent_from"):  # "a message received from Pinterest's support team"
        holders += [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in prepositions]
    if rules.enabled("compiled_by"):  # "survey data compiled by Johns Hopkins" (not "obtained by")
        issued = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in ISSUING_VERBS]
        preps += [c for h in issued for c in h.children if c.dep_ == "agent"]
    for prep in preps:
        candidates += [
            t for c in prep.children if c.dep_ == "pobj" and not _sent_by_person(prep, c) for t in c.subtree
        ]
    for token in candidates:
        span = entity_span_of(token)
        if span is not None and span.label_ in BODY_TYPES and not _nationality_word(noun, token, span):
            return org_name(span), span.label_
    if rules.enabled("letter_from_person"):  # "an open letter from Schultz": he wrote it
        senders = [
            c for p in preps if p.lower_ in SENDER_PREPOSITIONS for c in p.children if c.dep_ == "pobj"
        ]
        for token in senders:
            span = entity_span_of(token)
            if span is not None and span.label_ == "PERSON":
                return span.text, "PERSON"
    return None


def _sent_by_person(prep: Token, pobj: Token) -> bool:
    """'The report released today by Sir Robert Owen, chairman of the British inquiry': a person
    sent or issued it; the body named in the person's apposition is their post, not the issuer
    (rule group ``issued_by_person``; the person is found as the sender below)."""
    sender = prep.lower_ in SENDER_PREPOSITIONS and rules.enabled("letter_from_person")
    return sender and entity_label(pobj) == "PERSON" and rules.enabled("issued_by_person")


def _nationality_word(noun: Token, token: Token, span) -> bool:
    """'a British report', 'the British inquiry': a nationality word before a noun (no name) says where
    it comes from, not who issued it (rule group ``nationality_not_issuer``); "the Democrats'
    report" (a possessive) still names its issuer."""
    if span.label_ != "NORP" or not rules.enabled("nationality_not_issuer"):
        return False
    return (
        token.dep_ in ("compound", "amod")
        and len(span) == 1
        and (token.head.pos_ == "NOUN" or not entity_label(token.head))
    )


def it_is_the_document(quote: Quote, previous: Quote | None) -> bool:
    """'“...,” the report said. “...,” it added.': "it" goes on with the document just quoted (not
    with the organisation named most often, which the report may be about)."""
    if previous is None or not previous.speaker or (quote.speaker_mention or "").lower() != "it":
        return False
    if previous.speaker_start is not None and previous.speaker_start == quote.speaker_start:
        return rules.enabled("filed_documents")  # "it adds that “A” were “B”": one "it", one speaker
    return rules.enabled("document_owner") and document_noun(previous) is not None
