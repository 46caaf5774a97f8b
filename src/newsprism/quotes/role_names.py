"""Names beside a speaker's role: "a spokesman for the governor, Piet Lobo," and its kin, where
the parse hung the name somewhere other than on the role. ``speakers`` asks these when a role
word is the speaker, before it looks for the role's holder elsewhere in the article."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsprism.nlp import patterns
from newsprism.nlp.entity_repairs import entity_label, entity_span_of
from newsprism.people.article import ArticlePeople, full_name
from newsprism.people.tokens import clean_name
from newsprism.quotes import rules


def name_of_role_beside(token: Token) -> Span | None:
    """'PLACE, a ROLE, First Last,': the parse made the place the subject and hung the role on it,
    and the name on the role (the ``name_of_role_beside`` pattern); the name is the speaker when
    it is labelled a person or is longer than one word."""
    if entity_label(token) == "PERSON" or not any(c.dep_ == "appos" for c in token.children):
        return None  # a person speaks for themself; no apposition: the pattern cannot match
    doc = token.doc
    for place, _, name in patterns.match("name_of_role_beside", token.sent):
        span = entity_span_of(doc[name]) or doc[name : name + 1]
        if place == token.i and (span.label_ == "PERSON" or len(span) > 1):
            return span
    return None


def name_after_employer(article: ArticlePeople, role: Token) -> Span | None:
    """'A spokesman for the governor, Piet Lobo,': the parse hangs the name on "the governor" (the
    ``name_after_employer`` pattern); it is the spokesman's unless the article gave that name the
    governor's role before."""
    doc = role.doc
    for holder, _, employer, name in patterns.match("name_after_employer", role.sent):
        if holder != role.i or entity_label(doc[name]) != "PERSON":
            continue
        span = entity_span_of(doc[name])
        written = full_name(article, clean_name(span), span.start_char)
        earlier = [(o, person, words) for o, person, words in article.roles if o < span.start_char]
        if not any(person == written and doc[employer].lower_ in words for _, person, words in earlier):
            return span
    return None


def person_closing_role(role: Token) -> Span | None:
    """The one person named last in a role's phrase, set off by commas before the verb ("Leader of
    X party, ex-defense minister Irakli Alasania, said"), however the parse hung the name."""
    words = list(role.subtree)
    people = {entity_span_of(t) for t in words if entity_label(t) == "PERSON"}
    people.discard(None)
    if len(people) != 1 or words[-1].text != ",":
        return None
    person = people.pop()
    participant = person.root.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")  # not "gave his name, Luis"
    if participant and rules.enabled("name_outside_relative") and inside_clause(person.root, role):
        return None  # "The head of the Board, which prosecuted the case against X, said": not X
    return person if person.end == words[-1].i and role.i < person.start else None


def inside_clause(token: Token, top: Token) -> bool:
    """The token sits in a clause (a relative clause, a participle) under ``top``, not in its phrase."""
    for ancestor in token.ancestors:
        if ancestor.i == top.i:
            return False
        if ancestor.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return True
    return False


def name_set_off_after(role: Token) -> Span | None:
    """'ROLE, First Last,' where the parse lost the apposition (the ``name_after_role`` pattern)."""
    doc = role.doc
    found = [(start, end) for start, end in patterns.match("name_after_role", doc[role.i : role.i + 7])]
    return next((doc[start + 2 : end - 1] for start, end in found if start == role.i), None)
