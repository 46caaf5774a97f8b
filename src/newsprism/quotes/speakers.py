"""Speakers: who a speaker mention refers to, from what the article has said so far.

``resolve`` turns a speaker token (a name, a pronoun, "the minister", "the company", an
organisation, "X and Y") into a name or None, never a guess, using the article's people table
(``people.article``, with salience from ``people.salience``); organisations and places as
speakers are in ``quotes.organisations``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsprism.nlp import lexicon
from newsprism.nlp.document_memo import sentence_of
from newsprism.nlp.entity_repairs import entity_label, entity_span_of
from newsprism.people.article import ArticlePeople, fits_gender, full_name, mention_id_for
from newsprism.people.kin import another_bearer
from newsprism.people.pronouns import pronoun_referent
from newsprism.people.role_holders import role_holder
from newsprism.people.salience import read_article
from newsprism.people.tokens import (
    clean_name,
    honorific_gender,
    hyphenated_word,
    is_role,
    names_a_role_holder,
    noun_phrase,
    org_name,
)
from newsprism.people.words import (
    GROUP_PLURAL,
    ORG_NAME_ENDINGS,
    ORG_NOUNS,
    PRONOUN_GENDER,
    REGION_LABELS,
    ROLE_WORDS,
    SPEAKER_TYPES,
    SUBJECT_DEPS,
)
from newsprism.quotes import rules
from newsprism.quotes.cue_subjects import surname_of_someone_named
from newsprism.quotes.organisations import (
    TOWN_NOUNS,
    body_introduced_as,
    dateline_place,
    introduced_org,
    masthead_outlet,
    organisation_for,
    organisation_named_by,
    press_outlet,
    recent_organisation,
    subject_organisation,
)
from newsprism.quotes.role_names import (
    name_after_employer,
    name_of_role_beside,
    name_set_off_after,
    person_closing_role,
)
from newsprism.quotes.role_topic import describes_person, topic_person
from newsprism.quotes.unnamed_sources import unnamed_source

BODY_NAME_ENDINGS = lexicon.words("quote_body_name_endings.txt")  # "Pew Research Center"


@dataclass
class Speaker:
    name: str | None
    mention: Span | None
    type: str | None
    mention_id: str | None = None  # the index's mention of the speaker, named while resolving


def last_read(doc: Doc) -> ArticlePeople | None:
    """The people table the quote stage read for this doc (kept on ``doc._.people_table`` by
    ``extract_quotes``), for the events stage to name its actors with; None before it ran."""
    return doc._.people_table


__all__ = ["Speaker", "last_read", "read_article", "resolve"]


def resolve(article: ArticlePeople, token: Token) -> Speaker:
    """Who a speaker token refers to, using the article's earlier names, roles and subjects."""
    person = _person_after_titles(token)
    if person is not None:  # "Facebook founder and CEO Mark Zuckerberg criticized ...": Zuckerberg
        token = person
    partner = next((c for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
    if partner is not None and _titles_of(token, partner):
        token, partner = partner, None  # "said GLAAD President and CEO Sarah Kate Ellis": Ellis
    if partner is not None and is_role(partner) and rules.enabled("titles_set_off_name"):
        # "The center’s president and CEO, Nancy Northup, said": the name after both titles speaks
        named = next((c for c in token.children if c.dep_ == "appos" and entity_label(c) == "PERSON"), None)
        token, partner = (named, None) if named is not None else (token, partner)
    if partner is not None and token.dep_ in SUBJECT_DEPS and rules.enabled("joint_speakers"):
        return _joint_speaker(article, token, partner)  # two speakers: no one mention
    if _pronoun_of_unnamed_relative(token):
        return Speaker(None, None, None)  # "commentators, who threatened X over what they said ..."
    speaker = _resolve_one(article, token)
    if speaker.name and speaker.mention_id is None:
        speaker.mention_id = _mention_id(article, speaker, token)
    return speaker


RELATIVE_WORDS = frozenset({"who", "that"})
PRONOUN_NUMBER = {"they": ("NNS",), "he": ("NN",), "she": ("NN",)}


def _pronoun_of_unnamed_relative(token: Token) -> bool:
    """'online commentators, who threatened her over what they said was ...': a pronoun inside a
    relative clause goes back to the clause's own noun; when that noun names no one (a common noun
    that agrees in number), the speaker is unnamed, not a person or body named before it."""
    tags = PRONOUN_NUMBER.get(token.lower_)
    if not tags or not rules.enabled("relative_antecedent"):
        return False
    for ancestor in token.ancestors:
        if ancestor.dep_ != "relcl":
            continue
        noun = ancestor.head
        relative = any(
            c.dep_ == "nsubj" and c.lower_ in RELATIVE_WORDS and (c.i < token.i or not _opens_after(c))
            for c in ancestor.children
        )
        return relative and noun.tag_ in tags and noun.pos_ == "NOUN" and not entity_label(noun)
    return False


def _opens_after(relative: Token) -> bool:
    """'a man, she said, who “doesn’t ...”': the relative word comes after the pronoun's tag, so the
    tag is not inside the relative clause (a parse may hang it there; ``tag_before_relative``)."""
    return rules.enabled("tag_before_relative")


def _titles_of(token: Token, partner: Token) -> bool:
    """'President and CEO Sarah Kate Ellis': a capitalised title with no article before it,
    coordinated with a person's name, is two titles of that one person, not two speakers."""
    if not rules.enabled("titles_before_name") or entity_label(partner) != "PERSON":
        return False
    if entity_label(token) or not token.text[:1].isupper() or not is_role(token):
        return False
    return not any(c.dep_ in ("det", "poss") for c in token.children)


def _person_after_titles(token: Token) -> Token | None:
    """'Facebook founder and CEO Mark Zuckerberg': titles without an article, coordinated with one
    person's name after them, are that person's titles, whatever their capitals."""
    if not _title_word(token) or entity_label(token) == "PERSON":
        return None
    if is_role(token) and rules.enabled("title_in_charge"):  # "Special Agent in Charge Ed Brandt": Brandt
        tails = lexicon.words("quote_title_tails.txt")
        for obj in (o for p in token.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children):
            titled = any(t.lower_ in tails for t in obj.lefts)
            if obj.dep_ == "pobj" and entity_label(obj) == "PERSON" and titled:
                return obj
    if not rules.enabled("coordinated_titles"):
        return None
    people = [c for c in token.conjuncts if entity_label(c) == "PERSON" and c.i > token.i]
    titles = [c for c in token.conjuncts if c not in people]
    if len(people) != 1 or not all(_title_word(t) and t.i < people[0].i for t in titles):
        return None
    if any(c.dep_ in ("det", "poss") for t in [token, *titles] for c in t.children):
        return None  # "the founder and Mark Zuckerberg": two people
    return people[0]


def _title_word(token: Token) -> bool:
    """A role word, or (``bare_noun_title``) a bare singular lower-case noun: "bill sponsor and Sen.
    Ann Lee said" can only describe Lee, a bare count noun being no subject of its own."""
    if is_role(token):
        return True
    bare = token.tag_ == "NN" and token.is_lower and not entity_label(token)
    return bare and rules.enabled("bare_noun_title")


def _named_and(modifier: Token) -> bool:
    """'Lee and Republican lawmakers', and (``named_and_group``) 'The Ministry and opposition
    lawmakers': a name the parse hung on the group noun, with its own "and", leads."""
    labels = ("PERSON", "ORG") if rules.enabled("named_and_group") else ("PERSON",)
    return entity_label(modifier) in labels and any(c.lower_ == "and" for c in modifier.children)


def _mention_id(article: ArticlePeople, speaker: Speaker, token: Token) -> str | None:
    """The mention the speaker is: the name at the cue when it is one, else the mention the
    article's table learned the resolved name from (a role holder, an organisation)."""
    lookup = article.lookup
    if lookup is None:
        return None
    at = lookup.mention_of(speaker.mention)
    if lookup.names(at, speaker.name) and not another_bearer(at.local_name, speaker.name):
        return at.mention_id
    offset = speaker.mention.start_char if speaker.mention is not None else token.idx
    return mention_id_for(article, speaker.name, offset)


def _joint_speaker(article: ArticlePeople, token: Token, partner: Token) -> Speaker:
    """'Brightwater Foods and Kestrel Brands said': two organisations speak together under both
    names; so do two named people (``joint_people``); anything else gets no single speaker."""
    first, second = _resolve_one(article, token), _resolve_one(article, partner)
    mention = token.doc[noun_phrase(token).start : partner.i + 1]
    if first.name and second.name and "ORG" in (first.type, second.type):
        return Speaker(f"{first.name} and {second.name}", mention, "ORG")
    pair = not any(c.dep_ == "conj" for c in partner.children)  # "A, B and C": no third name left out
    people = first.type == second.type == "PERSON" and first.name and second.name
    people = people and not is_role(token) and not is_role(partner)  # "President and Mara Lee": one
    if pair and people and rules.enabled("joint_people"):
        # "Both Velk and Aramis said": both speak; the first named leads (the gold's "A and B" or "A")
        return Speaker(f"{first.name} and {second.name}", mention, "PERSON")
    # "Harlow Youth Democrats" is a named body, "opposition lawmakers" a group
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in partner.children)
    group = partner.tag_ in ("NNS", "NNPS") and second.name is None and not named and first.type != "GPE"
    if pair and first.name and group and rules.enabled("named_and_group"):
        return first  # "The Ministry and opposition lawmakers contend": the named one leads
    return Speaker(None, mention, None)


def _resolve_one(article: ArticlePeople, token: Token) -> Speaker:
    """One speaker token, resolved."""
    named = name_of_role_beside(token)
    if named is not None:  # "Mirov, a military spokesman, Col. Ivo Brask, said": the spokesman
        return Speaker(full_name(article, clean_name(named), named.start_char), named, "PERSON")
    if _unlabelled_body(token, noun_phrase(token)):  # "Pew Research Center", unlabelled: a body
        phrase = noun_phrase(token)
        words = [t for t in phrase if t.pos_ == "PROPN" and not article.layout.in_dateline(t.idx)]
        return Speaker(" ".join(t.text for t in words), phrase, "ORG")
    if token.pos_ == "PROPN" and entity_label(token) != "PERSON" and names_a_role_holder(token):
        span = entity_span_of(token) or token.doc[token.i : token.i + 1]
        return Speaker(full_name(article, clean_name(span), span.start_char), span, "PERSON")
    for child in token.children:  # "a Foreign Ministry spokesperson, Liang Wei"; "her publisher, X"
        titled = _titled_name_apposed(token, child)
        if titled is not None:  # "His former boss, President Lark, claimed": Lark
            return Speaker(full_name(article, clean_name(titled), titled.start_char), titled, "PERSON")
        if child.dep_ != "appos" or entity_label(token) in SPEAKER_TYPES or not entity_label(child):
            continue  # "The Sunshine Fund, a super PAC,": the named body speaks, not its description
        if entity_label(child) == "NORP":
            continue  # "Ostrowski, a Republican from Michigan,": a description, not the speaker
        if entity_label(child) in REGION_LABELS and token.text[:1].isupper():
            continue  # "Penrose, R-Ga.,": the name's state, not the speaker
        if any(c.dep_ == "case" for c in child.children):  # "X, Chile's minister": not Chile
            continue
        span = entity_span_of(child)
        if entity_label(child) == "PERSON" or (is_role(token) and child.pos_ == "PROPN" and len(span) > 1):
            return Speaker(full_name(article, clean_name(span), span.start_char), span, "PERSON")
        if entity_label(child) in SPEAKER_TYPES:
            return Speaker(org_name(span), span, entity_label(child))
    lower = token.lower_
    if token.pos_ == "PRON" and not (token.text[:1].isupper() and lower in article.full_names):
        if lower in PRONOUN_GENDER:
            if not rules.enabled("pronoun_antecedents"):
                return Speaker(None, token.doc[token.i : token.i + 1], "PERSON")
            namer = _subject_over_what(token)
            if namer is not None:  # "Mousavi rejected what he called “...”": Mousavi
                named = _resolve_one(article, namer)
                if named.name and fits_gender(article, named.name, PRONOUN_GENDER[lower]):
                    return named
            found = pronoun_referent(article, token)  # never the hearer: people/pronouns commanded_name
            if found.name and unnamed_source(article, token, token.doc[token.i : token.i + 1]):
                return Speaker(None, token.doc[token.i : token.i + 1], "PERSON")  # "he said, speaking on
                # condition of anonymity": nobody the article named
            return Speaker(found.name, token.doc[token.i : token.i + 1], "PERSON", found.mention_id)
        if lower == "it":  # "..., it said in a statement": the organisation just named
            name = None
            if rules.enabled("organisations"):
                it = token.doc[token.i : token.i + 1]
                name = subject_organisation(article, it) or recent_organisation(article, token.idx)
            return Speaker(name, token.doc[token.i : token.i + 1], "ORG" if name else None)
        return Speaker(None, token.doc[token.i : token.i + 1], None)
    if token.tag_ in ("NNS", "NNPS") and token.lemma_.lower() in ROLE_WORDS | ORG_NOUNS:
        leader = next((c for c in token.children if _named_and(c)), None)
        if leader is not None and rules.enabled("person_and_group"):  # "Lee and Republican lawmakers"
            return _resolve_one(article, leader)  # the parse made Lee a modifier: the named one leads
        return Speaker(None, noun_phrase(token), None)  # "Neighbors said", "Suppliers warned": a group
    entity = entity_span_of(token)
    organisation = organisation_named_by(article, token, entity)
    if organisation:  # "Northfield said" after "Northfield Foods", whatever the label
        return Speaker(organisation, entity or token.doc[token.i : token.i + 1], "ORG")
    if entity is not None and entity.label_ == "PERSON":
        name = full_name(article, clean_name(entity), entity.start_char, honorific_gender(entity))
        return Speaker(name, entity, "PERSON")
    written = hyphenated_word(token)  # "Albrecht-Mensah", which the model may call an ORG
    if (
        (token.pos_ == "PROPN" or token.tag_ == "NN" and token.text[:1].isupper())  # "Penrow, R-Ga.,"
        and written.lower() in article.full_names
        and entity is None
        or (entity is not None and entity.text == written and written.lower() in article.full_names)
        or (entity is None and written.lower() in article.full_names and surname_of_someone_named(token))
    ):
        span = entity or token.doc[token.i : token.i + 1]
        name = full_name(article, written, token.idx, honorific_gender(span))
        return Speaker(name, span, "PERSON")
    plural = token.tag_ in ("NNS", "NNPS") or (lower.endswith("s") and not lower.endswith("ss"))
    if entity is not None and entity.label_ == "NORP" and plural:
        return Speaker(None, entity, None)  # "Republicans said", "Ukrainians say": a group, unnamed
    if entity is not None and entity.label_ == "NORP" and _member_of(noun_phrase(token)):
        return Speaker(topic_person(article, token, noun_phrase(token)), noun_phrase(token), "PERSON")
    if entity is not None and entity.label_ in SPEAKER_TYPES:
        return Speaker(introduced_org(article, entity), entity, entity.label_)
    if masthead_outlet(entity):  # "..., The Harlow Courier reported" labelled WORK_OF_ART
        return Speaker(masthead_outlet(entity), entity, "ORG")
    if entity is not None and token.pos_ == "PROPN" and entity.label_ in ("FAC", "PRODUCT", "LOC"):
        named = introduced_org(article, entity) if rules.enabled("place_first_word") else org_name(entity)
        return Speaker(named, entity, None)  # a named body the model mislabelled; "the North": N. Korea
    phrase = noun_phrase(token)
    if (
        token.pos_ == "PROPN"
        and entity_label(token) == ""
        and len(phrase) == 1
        and GROUP_PLURAL.search(token.text)
    ):
        return Speaker(None, phrase, None)  # "Exporters warned ...": a sentence-initial group noun
    # "the former Secretary of State said": a capitalised title after "the" is a role, not a name
    definite_title = rules.enabled("role_topic") and phrase[0].lower_ == "the" and is_role(token)
    holder = person_closing_role(token) if is_role(token) and rules.enabled("role_set_off_name") else None
    if holder is not None:  # "Leader of Free Democrats party, ex-defense minister Irakli Alasania, said"
        return Speaker(full_name(article, clean_name(holder), holder.start_char), holder, "PERSON")
    if token.pos_ == "PROPN" and entity_label(token) == "" and not token.is_lower and not definite_title:
        return Speaker(clean_name(phrase), phrase, "PERSON")  # "ministry" is no name
    if is_role(token):
        named = name_set_off_after(token) or name_after_employer(article, token)
        if named is not None:  # "The compact's secretary-general, Marguerite Oyelaran, told"
            return Speaker(full_name(article, clean_name(named), named.start_char), named, "PERSON")
        if unnamed_source(article, token, phrase):  # "An officer ... told me. “...,” the officer said"
            return Speaker(None, phrase, "PERSON")
        holder = role_holder(article, token, phrase) if rules.enabled("role_holders") else None
        if holder is None and rules.enabled("role_topic"):
            holder = topic_person(article, token, phrase)
        return Speaker(holder, phrase, "PERSON")
    if rules.enabled("role_topic") and describes_person(token):  # "The reality TV star said"
        holder = None if unnamed_source(article, token, phrase) else topic_person(article, token, phrase)
        if holder is not None:
            return Speaker(holder, phrase, "PERSON")
    if lower in ORG_NOUNS or token.lemma_.lower() in ORG_NOUNS:
        named = organisation_for(article, token, phrase) if rules.enabled("organisations") else None
        return Speaker(named, phrase, "ORG")
    if press_outlet(article, token, phrase) is not None:  # "The paper also reported"
        return Speaker(press_outlet(article, token, phrase), phrase, "ORG")
    if lower in TOWN_NOUNS and len(phrase) == 2 and phrase[0].lower_ == "the":
        place = dateline_place(article) if rules.enabled("dateline_place") else None  # "ASHBY —": Ashby
        return Speaker(place, phrase, "GPE" if place else None)
    if (
        len(phrase) == 2
        and phrase[0].lower_ == "the"
        and token.tag_ == "NN"
        and rules.enabled("noun_apposed_to_body")
    ):
        named = body_introduced_as(token)  # "The clinic, Jackson Women's Health Organization, filed ..."
        return Speaker(named, phrase, "ORG" if named else None)
    return Speaker(None, phrase, None)


def _titled_name_apposed(token: Token, child: Token) -> Span | None:
    """'Even Kolb's former boss, President Lark, claimed ...': a capitalised title before a proper
    noun set beside a common noun makes the name a person's, even when the entity labels dropped
    it (a surname the article also writes in lower case); the name, without its titles, speaks
    (rule group ``titled_apposition``)."""
    if child.dep_ != "appos" or child.pos_ != "PROPN" or entity_label(child) or entity_label(token):
        return None
    if token.pos_ != "NOUN" or child.i < token.i or not rules.enabled("titled_apposition"):
        return None
    lefts = [c for c in child.lefts if c.dep_ == "compound"]
    titles = [c for c in lefts if is_role(c) and c.text[:1].isupper()]
    if not titles or any(c.pos_ != "PROPN" for c in lefts if c not in titles):
        return None
    start = max(t.i for t in titles) + 1
    return child.doc[start : child.i + 1]


def _subject_over_what(pronoun: Token) -> Token | None:
    """'X rejected what he called “...”': a pronoun subject of a free relative ("what he called",
    "what she described as") is the named subject of the clause the relative hangs on, the one
    person that sentence names before it (rule group ``what_he_called``)."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or not rules.enabled("what_he_called"):
        return None
    if not any(c.tag_ == "WP" and c.i < pronoun.i for c in verb.children):
        return None
    governing = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in governing.children if c.dep_ in SUBJECT_DEPS), None) if governing else None
    if subject is None or entity_label(subject) != "PERSON" or subject.i > pronoun.i:
        return None
    sentence = sentence_of(pronoun)
    others = {
        entity_span_of(t) for t in sentence if entity_label(t) == "PERSON" and subject.i < t.i < pronoun.i
    }
    return subject if not others - {entity_span_of(subject)} else None


def _member_of(phrase: Span) -> bool:
    """'The Democrat said', 'the Briton added': one member of a party or nation, a person the story
    was about (``role_topic``), never the group the word names."""
    two = len(phrase) == 2 and phrase[0].lower_ == "the"
    if rules.enabled("place_party_member") and 3 <= len(phrase) <= 4 and phrase[0].lower_ == "the":
        # 'The Wisconsin Republican told ...': a place before the member word is the member's state
        two = all(entity_label(t) in REGION_LABELS for t in phrase[1:-1])
    return rules.enabled("party_member") and two and phrase[-1].tag_ == "NNP"


def _unlabelled_body(token: Token, phrase: Span) -> bool:
    """Capitalised words ending in an organisation's word ("Research Center", "Police
    Department") that the model left unlabelled name a body, not a person."""
    if not rules.enabled("issuer_before_noun") or token.pos_ != "PROPN" or entity_label(token):
        return False
    names = [t for t in phrase if t.pos_ == "PROPN"]
    ending = token.lower_ in ORG_NAME_ENDINGS | BODY_NAME_ENDINGS
    return len(names) > 1 and ending and all(t.text[:1].isupper() for t in names)
