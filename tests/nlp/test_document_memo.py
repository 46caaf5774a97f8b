"""The kept sentences and name texts give what spaCy's own reads give (``nlp.document_memo``,
``nlp.entity_cleaning.name_text_at``), through the real pipeline."""

from __future__ import annotations

from newsprism.nlp.document_memo import doc_sentences, sentence_of
from newsprism.nlp.entity_cleaning import name_text, name_text_at

TEXT = (
    "Harbour talks resumed on Tuesday.\nMarta Solis, the trade minister, said the port's fees "
    'would fall. "We agreed," she said. Becker\'s firm, Corvin Foods, declined to comment.\n'
    "Later, Tom Becker said the talks would go on."
)


def test_sentence_of_is_token_sent(nlp):
    doc = nlp(TEXT)
    assert list(doc_sentences(doc)) == list(doc.sents)
    assert len(doc_sentences(doc)) > 3
    for token in doc:
        kept, spacy_sent = sentence_of(token), token.sent
        assert (kept.start, kept.end) == (spacy_sent.start, spacy_sent.end)
    for ent in doc.ents:  # a span's sentence is its first token's
        assert (sentence_of(ent).start, sentence_of(ent).end) == (ent.sent.start, ent.sent.end)


def test_sentences_follow_the_document_asked(nlp):
    first, second = nlp("One sentence here. Another one there."), nlp("A single line")
    assert sentence_of(first[4]).start == 4
    assert sentence_of(second[1]).text == "A single line"
    assert sentence_of(first[1]).text == "One sentence here."


def test_name_text_at_is_name_text(nlp):
    doc = nlp(TEXT)
    for ent in doc.ents:
        assert name_text_at(doc, ent.start, ent.end) == name_text(doc[ent.start : ent.end])
    owner = next(t for t in doc if t.text == "Becker" and t.nbor().text == "'s")
    assert name_text_at(doc, owner.i, owner.i + 2) == "Becker"  # the possessive cut, as name_text does
