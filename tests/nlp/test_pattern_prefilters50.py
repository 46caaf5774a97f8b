"""Stop 50 (speed50b): the cheap checks in front of the pattern matchers give the same matches.

``patterns.can_match`` lets a rule skip asking sentence by sentence where a dependency pattern has
no token for some node in the whole document; a whole-document match of a fixed-length Matcher
pattern runs the Matcher only on the windows whose column-tested words pass; the appeal-box lines
are one alternation. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsprism.nlp import lexicon, patterns
from newsprism.nlp.document_memo import doc_sentences
from newsprism.quotes import furniture

TEXTS = [
    "Police named Corwin Ashdale as the gunman on Tuesday. Ashdale, 34, lived in Mirefield.",
    "The driver was identified as Telma Ruskov. Senator Dunmore, R-Ohio, said the road was closed.",
    "Rep. Halvey, D-Tex., told reporters the vote would wait. Orla Benn, 61, and Pim Voss, 7, left.",
    "Nobody spoke for the council. The storm closed the bridge, and the ferry ran late.",
]


def _plain_matcher(name: str, doc: Doc) -> list[tuple[int, int]]:
    matcher = patterns._matcher(doc.vocab, name)
    return sorted({(start, end) for _, start, end in matcher(doc)})


@pytest.mark.parametrize("text", TEXTS)
def test_can_match_false_only_where_no_sentence_matches(nlp, text):
    doc = nlp(text)
    sentence_matches = [m for s in doc_sentences(doc) for m in patterns.match("named_as_role", s)]
    if not patterns.can_match("named_as_role", doc):
        assert sentence_matches == []


def test_can_match_true_where_a_sentence_matches(nlp):
    doc = nlp(TEXTS[0])
    assert any(patterns.match("named_as_role", s) for s in doc_sentences(doc))
    assert patterns.can_match("named_as_role", doc)
    assert not patterns.can_match("named_as_role", nlp(TEXTS[3]))


@pytest.mark.parametrize("name", ["age_after_name", "party_tag", "title_before_name"])
def test_fixed_pattern_windows_match_as_the_matcher_does(nlp, name):
    found = 0
    for text in TEXTS:
        doc = nlp(text)
        assert patterns._candidate_starts(name, doc) is not None
        expected = _plain_matcher(name, doc)
        assert patterns._match(name, doc) == expected
        found += len(expected)
    assert found  # the texts hold a match of each pattern


def test_appeal_alternation_agrees_with_each_line(nlp):
    import re

    lines = [re.compile(line, re.I) for line in lexicon.lines("quote_appeal_lines.txt")]
    paragraphs = [
        "Every donation we receive keeps the Harlow Ledger going.",
        "She said the fund would make a tax-deductible donation next year.",
        "Quarrie wrote this story for the Fenwick Gazette.",
        "The mayor said the donation was late.",
    ]
    for paragraph in paragraphs:
        expected = any(p.search(paragraph) for p in lines)
        assert (furniture.appeal_lines().search(paragraph) is not None) == expected
