"""A definite role phrase nobody was introduced with is the person the story was just about.

"Clinton ... sat down for an interview with David Plouffe. ... the former Secretary of State
speculated that ...": the article never gave anyone that role, so ``role_holders`` finds no one,
but a reader takes the phrase for the subject of the sentence before in the same paragraph (or of
this sentence's earlier clause). Only a singular "the ..." phrase, only when no one in the
article holds a role with that word, and only when one person alone was a subject in that window
("Warren is facing ..., as Sanders looms ... but the Massachusetts senator says" names two: no
guess); otherwise the speaker stays unnamed.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from newsprism.nlp import lexicon
from newsprism.nlp.entity_repairs import entity_span_of
from newsprism.people.article import ArticlePeople, full_name
from newsprism.people.role_words import office_prefixes
from newsprism.people.tokens import clean_name, hyphenated_word, is_role
from newsprism.quotes import rules
from newsprism.quotes.marks import doc_text

TOPIC_NOUNS = lexicon.words("quote_topic_nouns.txt")
FORMER_WORDS = lexicon.words("role_former_words.txt")
OPENING_MARKS = "\"“‘'"
PLACE_LABELS = ("GPE", "LOC", "NORP")


def describes_person(token: Token) -> bool:
    """A role ("senator") or a word a story uses for the person it is about ("the TV star")."""
    return is_role(token) or token.lower_ in TOPIC_NOUNS or token.lemma_.lower() in TOPIC_NOUNS


def topic_person(article: ArticlePeople, head: Token, phrase: Span) -> str | None:
    """The person a definite role phrase refers back to, or None."""
    if not len(phrase) or phrase[0].lower_ != "the" or head.tag_ in ("NNS", "NNPS"):
        return None
    if any(t.dep_ == "poss" for t in phrase):
        return None  # "Clinton's spokesman": someone else, whom the article did not name
    affiliated = _affiliated(article, head, phrase)
    if affiliated is not None:
        return affiliated
    # "The Senate historian said" mid-paragraph, no one introduced so: not whoever the story is about
    # (a tag after a quotation opening its paragraph may still be the person written about)
    body_role = any(t.ent_type_ == "ORG" and t.pos_ == "PROPN" and t.i < head.i for t in phrase)
    word = hyphenated_word(head).lower()
    # proper words qualify the role: a "Vermont senator" in the article is not "the Massachusetts senator"
    qualifiers = {t.lower_ for t in phrase if t.pos_ == "PROPN" and t.i != head.i}
    qualifiers |= office_prefixes(phrase)  # a President Lee does not hold "the vice president"
    if any(word in words and qualifiers <= words for _, _, words in article.roles):
        return None  # someone holds that role: role_holders decides, or it is ambiguous
    starts = article.sentence_starts
    index = bisect_right(starts, head.idx) - 1
    paragraph = article.paragraph_starts[bisect_right(article.paragraph_starts, head.idx) - 1]
    since = max(starts[max(0, index - 1)], paragraph)  # a new paragraph may bring a new source
    people = _subjects(article, since, phrase.start_char)
    opens_quoted = doc_text(head.doc)[paragraph : paragraph + 1] in OPENING_MARKS  # a tag after a quotation
    if body_role and not opens_quoted and rules.enabled("affiliation_not_topic"):
        return None
    # "The Wisconsin Republican told ..." opening its paragraph: a party member or national (a
    # role with its own words, "The head of the union said", opening a paragraph is a new source)
    member = head.ent_type_ == "NORP" and phrase.start_char == paragraph
    opens_with = member and rules.enabled("role_opens_paragraph")
    # "The former vice president said" opening its paragraph: a former office describes someone
    # the story already knows, not a new source
    former = any(t.lower_ in FORMER_WORDS and t.i < head.i for t in phrase)
    opens_with = opens_with or (
        former and phrase.start_char == paragraph and rules.enabled("former_role_topic")
    )
    if not people and (opens_quoted or opens_with) and index > 0 and rules.enabled("topic_across_paragraph"):
        # "“...,” the Panthers quarterback said." opening its paragraph: no new source is named,
        # so the one person the paragraph before was about, the subject of a verb there (not a
        # name opening a caption's credit line, "(Jane Roe/Canadian Press)")
        before = starts[bisect_right(starts, paragraph - 1) - 1]  # the last sentence before the paragraph
        people = _subjects(article, before, phrase.start_char, head.doc)
    return people[0] if len(set(people)) == 1 else None  # two people there: no guess


def _affiliated(article: ArticlePeople, head: Token, phrase: Span) -> str | None:
    """'Stephen Hess, a senior fellow at the Brookings Institution' ... 'the Brookings scholar
    said': the proper words before the noun name the body the one person was introduced with
    (rule group ``affiliation_named``); a place ("the Texas senator") is ``place_in_role``'s."""
    if not rules.enabled("affiliation_named"):
        return None
    proper = [t for t in phrase if t.pos_ == "PROPN" and t.i < head.i]
    if not proper or any(t.ent_type_ in PLACE_LABELS for t in proper):
        return None
    wanted = {t.lower_ for t in proper}
    people = {name for offset, name, words in article.roles if offset < head.idx and wanted <= words}
    if not people and rules.enabled("affiliated_noun_named"):
        people = _introduced_with(article, head, wanted)
    return people.pop() if len(people) == 1 else None


def _introduced_with(article: ArticlePeople, head: Token, wanted: set[str]) -> set[str]:
    """'Fox News host Tucker Carlson ...' then 'The Fox News host had a different take': a noun the
    role list lacks ("host", "star"), written before with the same proper words and a name right
    after it, names that person (rule group ``affiliated_noun_named``)."""
    people = set()
    for token in head.doc[: head.i]:
        if token.lemma_.lower() != head.lemma_.lower() or token.i + 1 >= len(head.doc):
            continue
        name = entity_span_of(head.doc[token.i + 1])
        before = {t.lower_ for t in head.doc[max(0, token.i - len(wanted)) : token.i]}
        if name is not None and name.label_ == "PERSON" and name.start == token.i + 1 and wanted <= before:
            people.add(full_name(article, clean_name(name), name.start_char))
    return people


def _subjects(article: ArticlePeople, since: int, until: int, parsed: Doc | None = None) -> list[str]:
    """The people salient as subjects from ``since`` to ``until``; with ``parsed``, only those the
    parse made a verb's subject."""
    return [
        name
        for offset, name in article.subjects
        if since <= offset < until
        and name
        and name.split()[-1].lower() in article.full_names
        and (parsed is None or _verb_subject(parsed, offset))
    ]


def _verb_subject(doc: Doc, offset: int) -> bool:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span[0]
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX")
