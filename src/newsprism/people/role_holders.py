"""Who holds a role noun ("the minister", "the Congressman"): the person the article introduced
earlier with that role, or with a word for the same role."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span, Token

from newsprism.nlp import lexicon
from newsprism.nlp.document_memo import doc_text
from newsprism.nlp.entity_repairs import entity_label
from newsprism.people.article import (
    ArticlePeople,
)
from newsprism.people.role_words import office_prefixes
from newsprism.people.tokens import hyphenated_word, role_words
from newsprism.people.words import (
    POSSESSIVE_S,
    REGION_LABELS,
    UNNAMED_DETERMINERS,
)
from newsprism.quotes import rules

FORMER_WORDS = lexicon.words("role_former_words.txt")  # "the former senator" is no other
PLACE_LABELS = REGION_LABELS | {"NORP"}  # a place or people before a role qualifies it; no name holds it
# "Texas Rep. Ted Poe" ... "the Congressman said": words a story uses for one role (rule group
# ``role_synonyms``; one line of ``quote_role_synonyms.txt`` each)
# a word on two lines ("lawmaker": a representative or a senator) stands for both
_SYNONYM_LINES = [frozenset(ln.split()) for ln in lexicon.word_list("quote_role_synonyms.txt")]
ROLE_SYNONYMS = {
    w: frozenset().union(*(ln for ln in _SYNONYM_LINES if w in ln)) for ln in _SYNONYM_LINES for w in ln
}


def role_holder(article: ArticlePeople, head: Token, phrase: Span) -> str | None:
    """The person introduced earlier with this role; None for unnamed or ambiguous sources."""
    holders = role_holders(article, head, phrase)
    return holders.pop() if len(holders) == 1 else None


def role_holders(article: ArticlePeople, head: Token, phrase: Span) -> set[str]:
    """Everyone introduced earlier with this role ("the minister"), narrowed to the one who was
    speaking or acting in the sentence before when several fit."""
    first = phrase[0].lower_
    if first in UNNAMED_DETERMINERS or head.tag_ in ("NNS", "NNPS"):
        return set()
    wanted = {w for w in role_words(phrase) if w not in ("the", *POSSESSIVE_S, "this", "that")}
    wanted |= {t.lemma_.lower() for t in phrase if t.pos_ == "PROPN"}
    holders = _holding(article, head, wanted, 0, head.idx, synonyms=True)
    if not holders:  # "Ndegwa's deputy" after "Her deputy, Samuel Kiprono": the possessor aside
        possessor = {w for t in phrase if t.dep_ == "poss" for w in (t.lower_, t.lemma_.lower())}
        if possessor:
            holders = _holding(article, head, wanted - possessor, 0, head.idx)
    if not holders:  # "Orlania's defence minister said ... The minister, Radomir Brodek, told"
        paragraph = bisect_right(article.paragraph_starts, head.idx) - 1
        ahead = paragraph + 2  # this paragraph and the next
        end = (
            article.paragraph_starts[ahead]
            if ahead < len(article.paragraph_starts)
            else len(doc_text(head.doc))
        )
        later = _holding(article, head, set(role_words([head])) | office_prefixes(phrase), head.idx, end)
        holders = later if len(later) == 1 else set()
    if not holders and rules.enabled("place_in_role"):  # "the Wisconsin senator" after "Sen. Ron Johnson"
        places = {w for t in phrase if entity_label(t) in PLACE_LABELS for w in (t.lower_, t.lemma_.lower())}
        if places & wanted:
            found = _holding(article, head, wanted - places, 0, head.idx)
            holders = found if len(found) == 1 else set()
    if not holders and rules.enabled("describing_adjective"):  # "the independent senator": Sen. X
        plain = {t.lower_ for t in phrase if t.pos_ == "ADJ" and t.dep_ == "amod" and not entity_label(t)}
        plain -= office_prefixes(phrase) | FORMER_WORDS
        if plain & wanted:
            found = _holding(article, head, wanted - plain, 0, head.idx)
            holders = found if len(found) == 1 else set()
    if len(holders) > 1:  # two ministers: the one who was speaking or acting just before
        sentence_index = bisect_right(article.sentence_starts, head.idx) - 1
        recent = article.sentence_starts[max(0, sentence_index - 1)]
        latest = [name for offset, name in article.subjects if recent <= offset < head.idx]
        holders = {latest[-1]} if latest and latest[-1] in holders else holders
    return holders


def _holding(
    article: ArticlePeople, head: Token, wanted: set[str], start: int, end: int, synonyms: bool = False
) -> set[str]:
    """People introduced between ``start`` and ``end`` with a role holding all ``wanted`` words
    (with ``synonyms``, under another word for the same role)."""
    word = hyphenated_word(head).lower()  # "secretary-general", not "general"
    same = (
        ROLE_SYNONYMS.get(word, frozenset()) if synonyms and rules.enabled("role_synonyms") else frozenset()
    )
    same = same | {word}
    return {
        name
        for offset, name, words in article.roles
        if start <= offset < end and same & words and wanted <= (words | same)
    }
