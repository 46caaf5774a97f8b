"""Actors named through the article's people table: "He", "the minister", "it", "I" in a quote.

A pronoun or a role noun is no actor a reader can use; the article says who it is. The same
per-article table the quotes stage resolves speakers with (names, roles, salient subjects; see
newsprism.people) names them here, so "He accused the senator" gets the person the article
last made salient, and "I" inside a quotation gets the quote's speaker. Names never guessed:
when the table cannot tell, the words stay as written. Built once per article, only when some
actor needs it.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

import newsprism.events.rules as rules
from newsprism.events.lexicon import load_lexicon
from newsprism.events.members import described_member, description_words
from newsprism.events.stand_ins import elaborated_target
from newsprism.models import Quote
from newsprism.nlp import lexicon
from newsprism.nlp.document_memo import doc_text, sentence_of
from newsprism.nlp.entity_repairs import entity_label
from newsprism.people.article import ArticlePeople, fits_gender, full_name
from newsprism.people.pronouns import object_referent
from newsprism.people.tokens import is_role, plural_antecedent
from newsprism.people.words import (
    OBJECT_PRONOUN_GENDER,
    ORG_NOUNS,
    PLACE_LABELS,
    POSSESSIVE_PRONOUNS,
    PRONOUN_GENDER,
)
from newsprism.quotes.organisations import GOVERNMENT_NOUNS, organisation_for
from newsprism.quotes.speakers import last_read, read_article, resolve

PEOPLE_KEY = "newsprism.events.people"
PERSONAL = frozenset({"he", "she", "him", "her", "it", "they", "them"})
FIRST_PERSON = frozenset({"i", "me", "we", "us"})
PLACES_AND_PEOPLES = PLACE_LABELS | {"NORP"}
ANY_BODY_NOUNS = lexicon.words("any_body_nouns.txt")


def named_actor(span: Span, quotes: list[Quote], cache: dict) -> str | None:
    """The name the article gives a pronoun or role-noun actor, or None to keep its words;
    ``cache`` holds the article's people table once built (one dict per article)."""
    token = span.root
    subject = _copula_subject(token) if rules.enabled("predicate_nouns") else None
    if subject is not None:  # "He will be the first president to visit ...": the one he names
        return named_actor(token.doc[subject.i : subject.i + 1], quotes, cache) or (
            subject.text if subject.pos_ == "PROPN" else None
        )
    lower = token.lower_
    if lower in FIRST_PERSON:
        quote = _quote_around(token.idx, quotes)
        return quote.speaker if quote is not None else None
    if described_member(token):  # "The Wisconsin Republican held a call": the person introduced
        found = resolve(_people(token.doc, quotes, cache), token)
        return found.name if found.name and found.type == "PERSON" else description_words(token)
    is_pronoun = token.pos_ == "PRON" and lower in PERSONAL
    if _possessive_person(token):  # "With her sharp words defending ...": the woman the article names
        if _quote_around(token.idx, quotes) is not None:
            return None
        people = _people(token.doc, quotes, cache)
        if (owner := fronted_owner(token, people)) is not None:
            return owner  # "With his sharp words defending X, President Y launched ...": Y
        found = resolve(people, token)
        return found.name if found.name and found.type == "PERSON" else None
    role_noun = is_role(token) and not any(_names_someone(t) for t in span)
    if not (is_pronoun or role_noun):
        return _body_named(token, quotes, cache) if rules.enabled("body_nouns") else None
    if is_pronoun and _quote_around(token.idx, quotes) is not None:
        return None  # a "he" inside a quotation is the speaker's, not the article's
    subject_pronoun = lower in PRONOUN_GENDER and token.dep_ in ("nsubj", "nsubjpass")
    if subject_pronoun and rules.enabled("clause_subject_pronouns"):
        found = clause_subject(token, _people(token.doc, quotes, cache))
        if found is not None:  # "While Trump has offered a deal, he has also insisted ...": Trump
            return found
    if lower == "they" and rules.enabled("they_antecedents"):
        found = plural_antecedent(token)  # "Leaders ... suggest they ... are asking Obama": the leaders
        if found is not None:
            return found.text
    if is_pronoun and (target := elaborated_target(token, load_lexicon())) is not None:
        return _written(target)  # "critical of Obama, accusing him of ...": Obama
    people = _people(token.doc, quotes, cache)
    if is_pronoun and lower in OBJECT_PRONOUN_GENDER and rules.enabled("object_pronouns"):
        return object_referent(people, token)  # "called him a disgrace": someone other than the caller
    name = resolve(people, token).name
    if name and role_noun and not _holds_role(people, name, token):
        return None  # "said the governor had lied": not the article's topic person, a senator
    return name or None


def _possessive_person(token: Token) -> bool:
    """ "his", "her" standing as a participant themselves (the owner of the words or the statement
    that acts): a person, named through the article's people as "he" and "she" are (those rules on)."""
    gendered = token.lower_ in POSSESSIVE_PRONOUNS and token.lower_ in PRONOUN_GENDER  # "his", "her"
    possessive = token.tag_ == "PRP$" and gendered
    return possessive and rules.enabled("possessive_actors")


def fronted_owner(pronoun: Token, people: ArticlePeople) -> str | None:
    """ "With his sharp words defending X, President Y launched ...": a possessive pronoun inside a
    phrase fronted before the main clause's subject is that subject, a person named after it, when
    nothing known of their gender contradicts it (the people table looks only backwards)."""
    gender = PRONOUN_GENDER.get(pronoun.lower_)
    root = sentence_of(pronoun).root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if gender is None or subject is None or subject.i < pronoun.i or entity_label(subject) != "PERSON":
        return None
    fronted = [c for c in root.children if c.dep_ in ("prep", "advcl") and c.i < subject.i]
    if not any(pronoun in c.subtree for c in fronted) or subject.conjuncts:
        return None
    words = [t for t in subject.lefts if t.dep_ in ("compound", "flat") and entity_label(t) == "PERSON"]
    name = pronoun.doc[(words[0].i if words else subject.i) : subject.i + 1].text  # not "President"
    full = full_name(people, name, subject.idx, gender)
    if not (fits_gender(people, full, gender) and fits_gender(people, name, gender)):
        return None
    return full if full.endswith(name) and all(w[:1].isupper() for w in full.split()) else name


def _written(noun: Token) -> str:
    """A noun with the compounds and modifiers written before it ("law enforcement leaders")."""
    before = [c for c in noun.lefts if c.dep_ in ("compound", "amod")]
    return noun.doc[before[0].i if before else noun.i : noun.i + 1].text


def clause_subject(pronoun: Token, people: ArticlePeople) -> str | None:
    """ "While X has offered a deal, he has also insisted ...", "X points at the crowd as he
    enters": a subject pronoun whose clause and a clause with a named person as subject are joined
    (one governs the other, in the same sentence, the name first) is that person, when the
    sentence names no other person before the pronoun and nothing known of their gender
    contradicts it; the salient subject of the sentences before is someone else."""
    gender = PRONOUN_GENDER.get(pronoun.lower_)
    if gender is None or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    sentence = sentence_of(pronoun)
    heads = {_name_head(t) for t in pronoun.doc[sentence.start : pronoun.i] if _person_word(t, people)}
    if len(heads) != 1:
        return None
    subject = heads.pop()
    if subject.conjuncts:
        return None  # "While X and Y have offered ...": two people, not the one a "he" is
    if not _owner_chain(subject, pronoun, gender):
        if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head.i == pronoun.head.i:
            return None
        own_verb, named_verb = pronoun.head, subject.head
        if named_verb.head.i != own_verb.i and own_verb.head.i != named_verb.i:
            return None
    words = [t for t in subject.lefts if t.dep_ in ("compound", "flat") and _person_word(t, people)]
    name = pronoun.doc[(words[0].i if words else subject.i) : subject.i + 1].text  # not "President"
    full = full_name(people, name, pronoun.doc[subject.i].idx, gender)
    if not (fits_gender(people, full, gender) and fits_gender(people, name, gender)):
        return None
    clean = full.endswith(name) and all(w[:1].isupper() for w in full.split())
    return full if clean else name  # "Trump" -> "Donald Trump", never a quoted nickname


def _owner_chain(named: Token, pronoun: Token, gender: str) -> bool:
    """ "impeached Trump over his pressure on Ukraine ... as he withheld aid": the pronoun's clause
    hangs under a noun owned by a possessive of its gender that follows the one person named; the
    possessive and the pronoun are that person (owner_chains)."""
    for noun in pronoun.head.ancestors:
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and named.i < owner.i < pronoun.i and PRONOUN_GENDER.get(owner.lower_) == gender:
            return rules.enabled("owner_chains")
    return False


def _person_word(token: Token, people: ArticlePeople) -> bool:
    """A word of a person's name: tagged a person, or a capitalised word the article names a
    person by ("Wexley", tagged an organisation in this sentence, of "Dan Wexley")."""
    if token.pos_ != "PROPN":
        return False
    if entity_label(token) == "PERSON":
        return True
    known = people.full_names.get(token.lower_, [])
    return entity_label(token) not in PLACES_AND_PEOPLES and any(
        name == token.text or token.text in name.split() for _, name in known
    )


def _name_head(token: Token) -> Token:
    """The head word of the name a word is part of ("Donald" -> "Trump")."""
    while token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN" and token.head.i != token.i:
        token = token.head
    return token


def _copula_subject(noun: Token) -> Token | None:
    """The subject of 'be' when the noun is what it is said to be and a clause of the noun acts
    ("He will be the first envoy to visit the island"): the subject is the one who acts."""
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_ != "be" or not any(c.dep_ == "relcl" for c in noun.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ not in ("PRON", "PROPN"):
        return None
    return subjects[0] if subjects[0].lower_ not in ("it", "this", "that", "there") else None


def _body_named(token: Token, quotes: list[Quote], cache: dict) -> str | None:
    """'the company', 'the agency', 'the campaign' alone (no other word before the noun, no name
    after it): the organisation of that kind the article last named or made its subject, as the
    quotes stage names such a speaker, when named before this sentence; 'the next
    administration', 'companies' stay as written."""
    if token.tag_ != "NN" or not (token.lower_ in ORG_NOUNS or token.lemma_.lower() in ORG_NOUNS):
        return None
    before = [t for t in token.lefts if t.dep_ not in ("case", "punct")]
    if len(before) != 1 or before[0].lower_ != "the" or before[0].i != token.i - 1:
        return None
    if any(c.dep_ in ("appos", "compound", "prep", "relcl", "acl") for c in token.rights):
        return None  # "the group Live Action", "the company that makes it": the words say it
    people = _people(token.doc, quotes, cache)
    name = organisation_for(people, token, token.doc[token.i - 1 : token.i + 1])
    if not name or not (token.lower_ in name.lower() or _of_its_kind(token, name)):
        return None  # "the court" is no company named before it
    return name if name in doc_text(token.doc)[: token.sent.start_char] else None


def _of_its_kind(noun: Token, name: str) -> bool:
    """A name the noun may stand for without holding it: any organisation for 'the company', a
    country for 'the government' (not "the Senate")."""
    if noun.lemma_.lower() in GOVERNMENT_NOUNS:
        return any(e.text == name and e.label_ == "GPE" for e in noun.doc.ents)
    return noun.lemma_.lower() in ANY_BODY_NOUNS


def _names_someone(token: Token) -> bool:
    """A word that names a person, place or body in a role-noun span ("President Smith", "the
    U.S. ambassador"); a capitalised role word itself ("the President") names no one."""
    return bool(entity_label(token)) or (token.pos_ == "PROPN" and not is_role(token))


def _holds_role(people: ArticlePeople, name: str, token: Token) -> bool:
    """The article gives this person the role word ("Senator John Smith" ... "the senator"), so
    a role noun may name them; the quotes stage may name a speaker by the article's topic person
    alone, an actor or recipient it may not (those rules on)."""
    if not rules.enabled("role_holders_only"):
        return True
    words = {token.lower_, token.lemma_.lower()}
    return any(held == name and words & role_words for _, held, role_words in people.roles)


def named_person(token: Token, quotes: list[Quote], cache: dict) -> bool:
    """A capitalised word the article names a person by ("Trump", labelled ORG in this sentence,
    is "Donald Trump" of the article's people), whatever label the model gave it here."""
    if token.pos_ != "PROPN" or entity_label(token) in PLACES_AND_PEOPLES:
        return False
    people = _people(token.doc, quotes, cache)
    return any(
        name == token.text or token.text in name.split()
        for _, name in people.full_names.get(token.lower_, [])
    )


def _people(doc: Doc, quotes: list[Quote], cache: dict) -> ArticlePeople:
    """The article's people table, built on first use."""
    people = cache.get(PEOPLE_KEY) or last_read(doc)
    if people is None:
        ranges = sorted((q.start, q.end) for q in quotes if q.kind == "direct")
        starts = [start for start, _ in ranges]

        def inside(offset: int) -> bool:
            i = bisect_right(starts, offset) - 1
            return i >= 0 and ranges[i][0] <= offset < ranges[i][1]

        people = read_article(doc, inside)
        cache[PEOPLE_KEY] = people
    return people


def _quote_around(offset: int, quotes: list[Quote]) -> Quote | None:
    for quote in quotes:
        if quote.start <= offset < quote.end and quote.kind == "direct":
            return quote
    return None
