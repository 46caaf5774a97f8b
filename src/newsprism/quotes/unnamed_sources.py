"""Unnamed sources a role phrase or pronoun must not be given a name for.

* ``indefinite_antecedent``: "An Air Force officer who flew warplanes abroad told me ... “...,”
  the officer said": "the officer" refers back to the unnamed "An ... officer" just introduced,
  not to a person the article gave the word "officer" earlier.
* ``anonymous_source``: "“...,” the officer said, speaking on condition of anonymity": a source
  the tag itself calls anonymous is nobody the article named.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span, Token

from newsprism.nlp import lexicon
from newsprism.nlp.entity_repairs import entity_label
from newsprism.people.words import UNNAMED_DETERMINERS
from newsprism.quotes import rules

ANONYMITY_WORDS = lexicon.words("quote_anonymity_words.txt")
DEFINITE = ("the", "that", "this")
INTRODUCING_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "dative")  # not "Lee is an officer" (attr)


def unnamed_source(article, head: Token, phrase: Span) -> bool:
    """The role phrase headed by ``head`` (or a pronoun, ``phrase`` its one word) is an unnamed
    source: called anonymous by its tag, or a definite phrase for an unnamed one just introduced."""
    return _anonymous(head) or _indefinite_antecedent(article, head, phrase)


def _anonymous(subject: Token) -> bool:
    if not rules.enabled("anonymous_source") or subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = subject.head
    # the tag's own clause and the participle or relative clause hung on it ("speaking on ...")
    return any(
        t.lemma_.lower() in ANONYMITY_WORDS or t.lower_ in ANONYMITY_WORDS
        for t in verb.subtree
        if t.i > subject.i and not _inside_quote_words(t, verb)
    )


def _inside_quote_words(token: Token, verb: Token) -> bool:
    """A word of a reported clause ("said the source's anonymity ..."): not the tag's."""
    node = token
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ in ("ccomp", "parataxis") and node.head.i == verb.i:
            return True
        node = node.head
    return False


def _indefinite_antecedent(article, head: Token, phrase: Span) -> bool:
    if not rules.enabled("indefinite_antecedent") or not len(phrase) or phrase[0].lower_ not in DEFINITE:
        return False
    if head.tag_ not in ("NN", "NNP"):
        return False
    starts = article.sentence_starts
    index = bisect_right(starts, head.idx) - 1
    since = starts[max(0, index - 1)]  # this sentence and the one before
    lemma = head.lemma_.lower()
    doc = head.doc
    for token in reversed(doc[: phrase.start]):
        if token.idx < since:
            return False
        if token.lemma_.lower() != lemma or token.dep_ not in INTRODUCING_DEPS:
            continue
        if any(r[0] > token.idx for r in article.roles if r[0] < head.idx):
            return False  # someone named since: role holders decide
        return _introduced_unnamed(token)
    return False


def _introduced_unnamed(noun: Token) -> bool:
    """'An Air Force officer who flew ...': an indefinite noun with no name beside it."""
    determiner = next((c for c in noun.children if c.dep_ == "det"), None)
    if determiner is None or determiner.lower_ not in UNNAMED_DETERMINERS:
        return False
    named = [c for c in noun.children if c.dep_ in ("appos", "compound") and entity_label(c) == "PERSON"]
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return not named and not (following is not None and entity_label(following) == "PERSON")
