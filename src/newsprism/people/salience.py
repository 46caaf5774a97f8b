"""Salience: who the article makes the subject of its sentences (read once per article; whom a
pronoun refers to is ``people.pronouns``, who holds a role noun ``people.role_holders``)."""

from __future__ import annotations

from bisect import insort

from spacy.tokens import Doc, Token

from newsprism.ingest.layout import Layout, layout_of
from newsprism.nlp import lexicon
from newsprism.nlp.document_memo import doc_sentences, doc_text, sentence_of
from newsprism.nlp.entity_repairs import entity_label
from newsprism.people.article import (
    ArticlePeople,
    full_name,
    mention_id_for,
    read_people,
)
from newsprism.people.lone_surnames import first_word_of_name, note_lone_surname
from newsprism.people.lookup import MentionLookup
from newsprism.people.pronouns import note_referent, pronoun_referent
from newsprism.people.role_holders import role_holders
from newsprism.people.tokens import hyphenated_word, is_main_or_speech_verb, is_role, noun_phrase
from newsprism.people.words import (
    AUTHORED_NOUNS,
    PRONOUN_GENDER,
    ROLES,
    SUBJECT_DEPS,
    UNNAMED_DETERMINERS,
)
from newsprism.quotes import rules


def read_article(
    doc: Doc, inside, layout: Layout | None = None, lookup: MentionLookup | None = None
) -> ArticlePeople:
    """The per-article table the resolvers look things up in, with salient subjects filled in;
    ``lookup``: the article's named mentions, so that resolution names its speaker's mention."""
    article, subjects = read_people(doc, inside, layout or layout_of(doc_text(doc)), lookup)
    # Surnames the entity recogniser missed still make their bearer salient ("Okafor apologized").
    for token in subjects:
        if (
            token.pos_ == "PROPN"
            and entity_label(token) != "PERSON"
            and hyphenated_word(token).lower() in article.full_names
            and is_main_or_speech_verb(token.head)
            and not inside(token.idx)
        ):
            insort(article.subjects, (token.idx, full_name(article, hyphenated_word(token), token.idx)))
        elif (
            token.tag_ == "NN"
            and is_role(token)
            and is_main_or_speech_verb(token.head)
            and not inside(token.idx)
        ):  # "The judge rejected that argument." makes the judge salient
            phrase = noun_phrase(token)
            holders = role_holders(article, token, phrase)
            if len(holders) == 1:
                holder = holders.pop()
                note_referent(article, token.idx, mention_id_for(article, holder, token.idx))
                insort(article.subjects, (token.idx, holder))
            elif holders:  # "The minister ..." with two ministers: a "she" after it is unclear
                article.unclear_subjects.append(token.idx)
            elif phrase[0].lower_ in UNNAMED_DETERMINERS:  # "One engineer ... said": "she" is her
                article.unclear_subjects.append(token.idx)
        elif not inside(token.idx) and note_lone_surname(article, token):
            continue  # "Duffy would not elaborate.": salient, or no older name past it
        elif token.lower_ in AUTHORED_NOUNS and is_main_or_speech_verb(token.head) and not inside(token.idx):
            author = _author_of(article, token)
            if author:  # "Cotton's column supported ...": the "He" after it is Cotton
                insort(article.subjects, (token.idx, author))
        elif (
            rules.enabled("possessed_subject")
            and is_main_or_speech_verb(token.head)
            and not inside(token.idx)
        ):
            owner = _owner_of(article, token) or _partitive_owner_of(article, token)
            if owner:  # "Trump's administration has long floated ... he said": Trump
                insort(article.subjects, (token.idx, owner))
    # "Donnelly shrugs at the praise.": a known name opening a sentence is its subject, however
    # the parse went (here a compound of "shrugs")
    titled = {name for _, name, _ in article.roles}  # "President Trump": a person, though one word
    for sentence in doc_sentences(doc):
        opener = next((t for t in sentence if not (t.is_punct or t.is_space)), None)
        if opener is None or opener.dep_ in SUBJECT_DEPS or not opener.text[:1].isupper():
            continue
        if opener.pos_ not in ("PROPN", "NOUN") or entity_label(opener) not in ("", "PERSON", "ORG"):
            continue
        if opener.dep_ != "poss" and not inside(opener.idx):
            name = _named_in_full(article, opener)
            if name and first_word_of_name(opener):
                # "Justin Bamberg, an attorney, watched": the whole name, not an earlier Justin
                # (nor, through the surname alone, an earlier namesake: "Alan Lee" after "Ann Lee")
                whole = _named_in_full(article, opener.head)
                name = whole if whole and opener.lower_ in whole.lower().split() else name
            if name is None and rules.enabled("titled_name_opener"):
                name = _named_with_title(article, opener, titled)
            if name:  # someone named in full before, not a brand the model took for a person
                insort(article.subjects, (opener.idx, name))
    # "Farrelly said agency staff would ...": a name right before a speech verb is its subject,
    # whatever the parse made of it
    for cue in article.speech_cues:
        named = doc[cue.i - 1] if cue.i > sentence_of(cue).start else None
        if named is None or named.dep_ in SUBJECT_DEPS or inside(named.idx):
            continue
        if named.pos_ == "PROPN" and hyphenated_word(named).lower() in article.full_names:
            insort(article.subjects, (named.idx, full_name(article, hyphenated_word(named), named.idx)))
    # He/she as the main subject outside quotations teaches the names' genders ("He was 89."); an
    # embedded "he" ("told Perrin that he had ...") is too ambiguous to learn from.
    for token in subjects:
        # "..., he says, with ...": a parenthetical attribution is not embedded either
        main_clause = token.head.dep_ in ("ROOT", "parataxis")
        if token.lower_ in PRONOUN_GENDER and main_clause and not inside(token.idx):
            found = pronoun_referent(article, token)
            if found.name:
                note_referent(article, token.idx, found.mention_id)
                insort(article.subjects, (token.idx, found.name))
    return article


def _owner_of(article: ArticlePeople, noun: Token) -> str | None:
    """The person whose thing a subject is ("Trump's administration"; the table's possessors are
    never roles or kin: "Trump's daughter" is a person of her own; a singular noun only: "Venn's
    supporters" are people): the sentence is about the owner, whom a pronoun after it means (rule
    group ``possessed_subject``)."""
    owner = next((child for child in noun.children if child.dep_ == "poss"), None)
    if owner is None or noun.tag_ != "NN" or entity_label(noun) or not entity_label(owner):
        return None
    name = next((e for e in noun.doc.ents if e.start <= owner.i < e.end), None)
    return dict(article.possessors).get(name.start_char) if name is not None else None


PARTITIVE_HEADS = lexicon.words("partitive_heads.txt")
PERSON_NOUNS = ROLES | lexicon.words("kin_nouns.txt")


def _partitive_owner_of(article: ArticlePeople, subject: Token) -> str | None:
    """'One of the most startling of Trump's claims came ...': the possessor of the things a
    partitive subject picks from is whom the sentence is about, as with "Trump's claim" (rule group
    ``partitive_possessor``); not when they are people ("One of Venn's aides said": the aide)."""
    if subject.lower_ not in PARTITIVE_HEADS or not rules.enabled("partitive_possessor"):
        return None
    noun = subject
    for _ in range(3):  # "one of the most startling of X's claims": up to three "of" phrases
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if noun is None:
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None:
            break
    else:
        return None
    if noun.lemma_.lower() in PERSON_NOUNS or noun.lower_ in PERSON_NOUNS or entity_label(noun):
        return None
    name = next((e for e in noun.doc.ents if e.start <= owner.i < e.end), None)
    return dict(article.possessors).get(name.start_char) if name is not None else None


def _author_of(article: ArticlePeople, noun: Token) -> str | None:
    """The person named in full whose writing or speech ``noun`` is ("Cotton's column")."""
    owner = next((child for child in noun.children if child.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN" or entity_label(owner) not in ("", "PERSON"):
        return None
    return _named_in_full(article, owner)


def _named_with_title(article: ArticlePeople, opener: Token, titled: set[str]) -> str | None:
    """'Trump avoided mentioning ...' (parsed with Trump a modifier) after 'President Trump': a
    one-word name the recogniser typed a person and the article gave a title is a person too,
    though never named in full (rule group ``titled_name_opener``)."""
    written = hyphenated_word(opener)
    if entity_label(opener) != "PERSON" or written.lower() not in article.full_names:
        return None
    head = opener
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    if head.i != opener.i and head.dep_ in SUBJECT_DEPS:
        return None  # "Obama administration officials maintain": the officials are the subject
    name = full_name(article, written, opener.idx)
    return name if name in titled else None


def _named_in_full(article: ArticlePeople, token: Token) -> str | None:
    """The full name of someone the article named in full before, written here as ``token``."""
    written = hyphenated_word(token)
    if written.lower() not in article.full_names:
        return None
    name = full_name(article, written, token.idx)
    return name if " " in name else None
