"""Tokens by character offset (quotes.marks.first_token_from): a binary search must give exactly
the tokens a pass over the document gives, whitespace tokens and offsets between tokens included."""

import spacy

from newsprism.quotes.marks import first_token_from


def test_first_token_from_equals_a_pass_over_the_document():
    doc = spacy.blank("en")("The report, issued by  the Velmar Institute,\nsaid rents rose. “Yes,” she said.")
    for offset in range(len(doc.text) + 3):
        assert list(doc[: first_token_from(doc, offset)]) == [t for t in doc if t.idx < offset]
    start, end = 4, 30
    between = doc[first_token_from(doc, start) : first_token_from(doc, end)]
    assert [t.i for t in between] == [t.i for t in doc if start <= t.idx < end]
    assert between[0].text == "report" and first_token_from(doc, len(doc.text) + 5) == len(doc)
