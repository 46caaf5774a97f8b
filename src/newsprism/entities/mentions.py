"""The entity stage, per article: named mentions with titles split off, linked to a local name.

``extract_mentions`` runs in the worker processes on a parsed document. It takes the entities
as the repair component left them (``nlp.entity_repairs``: titles split off, glued words dropped,
surnames labelled ORG made people), reads roles from titles and appositives ("John Kirby, the
White House spokesman"; ``entities.mention_roles``), and gives every mention the fullest name it
has in the article (``local_name``: "Kirby" -> "John Kirby"). Linking across articles is in
``entities.linking``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from newsprism.entities.found import Found
from newsprism.entities.mention_roles import mention_roles, owned_kin
from newsprism.entities.name_repair import names_a_building
from newsprism.entities.org_context import (
    drop_attributive_article,
    relabel_acronym_places,
    relabel_introduced_orgs,
    relabel_outlet_name,
)
from newsprism.entities.short_forms import short_form_owners
from newsprism.entities.surname_choice import (
    Person,
    coordinated_relatives,
    join_names_without_surname,
    last_named_bearer,
    learn,
    own_pronoun_gender,
    regnal,
    resolve_short_name,
    surname_uses,
    surnames_of_an_unnamed_bearer,
)
from newsprism.ingest.layout import dateline_place, paragraph_starts
from newsprism.models import Article, Mention
from newsprism.nlp.document_memo import doc_text, sentence_of
from newsprism.nlp.entity_cleaning import name_text_at
from newsprism.nlp.entity_repairs import repaired_entities
from newsprism.people import names, place_names, role_words
from newsprism.people.words import PLACE_LABELS, REGION_LABELS

_LEADING_MARKS = "\"'“”‘’«»([-–—"


def extract_mentions(doc: Doc, article: Article) -> list[Mention]:
    """Every named mention in the article, with roles and its fullest local name."""
    found = [Found(s.start, s.end, s.label_, list(s._.titles or [])) for s in repaired_entities(doc)]
    place = _place_of_the_dateline(doc, article, found)
    drop_attributive_article(doc, found)  # "The Trump campaign": the name is "Trump"
    relabel_introduced_orgs(doc, found)
    relabel_acronym_places(doc, found)  # "The NRA said" typed GPE
    relabel_outlet_name(doc, article.outlet, found)
    groups = _link_locally(doc, found)
    _dateline_mentions(doc, article, found, groups, place)
    mentions = []
    for i, item in enumerate(sorted(found, key=lambda f: f.start)):
        span = doc[item.start : item.end]
        sentence = sentence_of(span)
        text = name_text_at(doc, item.start, item.end)
        stripped = text.lstrip(_LEADING_MARKS)  # a quotation mark glued on: "”Mitt"
        start = span.start_char + len(text) - len(stripped)
        mentions.append(
            Mention(
                article_id=article.article_id,
                text=stripped,
                start=start,
                end=start + len(stripped),  # without a possessive: doc text[start:end] == text
                label=item.label,
                local_name=groups[item.group],
                roles=item.roles,
                sentence_start=sentence.start_char,
                sentence_end=sentence.end_char,
                mention_id=f"{article.article_id}:m{i}",
            )
        )
    return mentions


def _place_of_the_dateline(doc: Doc, article: Article, found: list[Found]) -> str | None:
    """ "AUSTIN, Texas —": the dateline's place, in it (whatever its label) and as a one-word name
    anywhere in the article, is the place, not a person whose given name is the same word."""
    place = dateline_place(doc_text(doc), tuple(article.dateline)) if article.dateline else None
    for item in found:
        if not place or names.plain(name_text_at(doc, item.start, item.end)) != names.plain(place):
            continue
        if _in_dateline(doc, article, item) or item.label == "PERSON" and item.end - item.start == 1:
            item.label = "GPE"
    return place


def _dateline_mentions(doc: Doc, article: Article, found: list[Found], groups: list[str], place) -> None:
    """The dateline's mention says where the story was filed: it holds no role ("WASHINGTON
    (Reuters) - President Donald Trump's personal attorney, Rudy Giuliani" describes him), and
    its place is named in words ("Washington"), as the article's other mentions of it are."""
    for item in found:
        if not _in_dateline(doc, article, item):
            continue
        item.roles = []
        if place and groups[item.group].isupper() and names.plain(groups[item.group]) == names.plain(place):
            groups[item.group] = place_names.canonical_place(place)


def _in_dateline(doc: Doc, article: Article, item: Found) -> bool:
    return bool(article.dateline) and article.dateline[0] <= doc[item.start].idx < article.dateline[1]


# ---- linking inside the article --------------------------------------------------------------


def _hover_card(doc: Doc, found: list[Found], at: int) -> bool:
    """ "Jeff Sessions Jefferson Beauregard Sessions": a full name run on right after a person's
    name with the same surname is a site's hover card, page furniture: it is that person, but never
    the name the article gives them."""
    if at == 0:
        return False
    item, before = found[at], found[at - 1]
    if before.label != "PERSON" or before.end != item.start or before.end - before.start < 2:
        return False
    last = names.parse_person(name_text_at(doc, item.start, item.end)).last
    return last == names.parse_person(name_text_at(doc, before.start, before.end)).last


def _link_locally(doc: Doc, found: list[Found]) -> list[str]:
    """Group mentions of one thing in the article; returns each group's fullest name."""
    found.sort(key=lambda f: f.start)
    group_names: list[str] = []
    persons: list[Person] = []
    for item in found:
        item.roles = mention_roles(doc, item)
        if item.label in PLACE_LABELS:  # no kin role: "El Paso, Texas, the first daughter said"
            item.roles = [r for r in item.roles if not role_words.is_kin_role(r)]

    def new_group(name: str) -> int:
        group_names.append(name)
        return len(group_names) - 1

    # Full person names first, so a surname can link to a name introduced after it too.
    for at, item in enumerate(found):
        if item.label != "PERSON":
            continue
        text = name_text_at(doc, item.start, item.end)
        if names_a_building(text):  # "Trump Tower" typed PERSON takes no bare "Trump"
            item.label = "FAC"
            continue
        parsed = names.parse_person(text)
        if parsed.is_single:
            continue
        person = next((p for p in persons if names.compatible(parsed, p.name)), None)
        if person and parsed.size > person.name.size and any(owned_kin(r) for r in item.roles):
            person = None  # "Roe's brother, Sam Lee Roe": a relative, not the "Sam Roe" named before
        if person is None:
            gender = names.gender_of(parsed)
            person = Person(new_group(text), parsed, item.start, {gender} if gender else set())
            persons.append(person)
        elif parsed.size > person.name.size and not _hover_card(doc, found, at):
            group_names[person.group], person.name = text, parsed
        item.group, person.named = person.group, person.named + 1
        person.kin = person.kin or any(role_words.is_kin_role(r) for r in item.roles)
        person.owned = person.owned or any(owned_kin(r) for r in item.roles)
        learn(person, item.roles)
    join_names_without_surname(doc, found, persons)
    for text, start in coordinated_relatives(doc, found):  # "Joe and Hunter Biden": Joe Biden too
        parsed = names.parse_person(text)
        person = next((p for p in persons if names.compatible(parsed, p.name)), None)
        if person is None:
            persons.append(Person(new_group(text), parsed, start, {names.gender_of(parsed)} - {None}))
        person = person or persons[-1]
        person.first_seen = min(person.first_seen, start)

    by_key: dict[tuple[str, str], int] = {}
    org_names: list[tuple[int, str]] = []
    org_tails = _org_tails(doc, found)
    regnal_words = {
        names.parse_person(name_text_at(doc, item.start, item.end)).last
        for item in found
        if item.label == "PERSON" and regnal(item.roles)
    }
    uses = surname_uses(doc, found)
    unnamed = surnames_of_an_unnamed_bearer(doc, found, persons)  # "Mr. Obama" before "Michelle Obama"
    paragraphs = paragraph_starts(doc_text(doc))  # doc.text joins every token anew
    for item in found:
        text = name_text_at(doc, item.start, item.end)
        if item.label == "ORG" and len(text) >= 3 and names.is_acronym(text):  # "AOC" typed ORG
            full = [p for p in persons if not p.name.is_single]
            owners = short_form_owners(text, full, group_names, regnal_words)
            if len(owners) == 1:
                item.label, item.group = "PERSON", owners[0].group
                continue
        if item.label == "PERSON" and item.group < 0:
            pronoun = own_pronoun_gender(doc, item.start, item.end)
            last = last_named_bearer(text, doc, found, item, persons, paragraphs)
            own = names.parse_person(text)
            uncued = not any(role_words.role_cues(item.roles)) and pronoun is None
            if not (uncued and own.is_single and own.last in unnamed):
                item.group = resolve_short_name(
                    text, item.roles, persons, group_names, regnal_words, uses, pronoun, last
                )
            addressed = any(r.lower() in role_words.address_forms() for r in item.roles)  # "Mr. X"
            if item.group < 0 and names.plain(text) in org_tails and not addressed:
                item.label, text = "ORG", org_tails[names.plain(text)]  # "Analytica" of "Cambridge Analytica"
        if item.label == "PERSON":
            if item.group < 0:
                key = ("PERSON", names.plain(text))
                if key not in by_key:
                    by_key[key] = new_group(text)
                    persons.append(Person(by_key[key], names.parse_person(text), item.start))
                item.group = by_key[key]
            continue
        if item.label == "ORG":
            group = _org_group(doc, item, text, org_names)
            if group is not None:
                item.group = group
                continue
        local = _local_form(text, item.label)
        key = (item.label, names.plain(local))
        if key not in by_key:
            by_key[key] = new_group(local)
            if item.label == "ORG":
                org_names.append((by_key[key], local))
        item.group = by_key[key]
    return group_names


def _org_tails(doc: Doc, found: list[Found]) -> dict[str, str]:
    """Last words of the article's organisation names that are no given name ("Analytica" of
    "Cambridge Analytica"): a one-word PERSON so written, which names no one named in full, is
    that organisation."""
    tails = {}
    for item in found:
        words = name_text_at(doc, item.start, item.end).split()
        if item.label == "ORG" and len(words) >= 2 and not names.is_given_name(words[-1]):
            tails.setdefault(names.plain(words[-1]), " ".join(words))
    return tails


def _local_form(text: str, label: str) -> str:
    """A place by its canonical name, a word written in capitals ("WASHINGTON" of an undetected
    dateline; not "COVID-19") in words; a group by its singular; an organisation without "The"."""
    if label in REGION_LABELS:
        if text.isupper() and not names.is_acronym(text) and not any(c.isdigit() for c in text):
            text = re.sub(r"[A-Z]{2,}", lambda word: word.group().capitalize(), text)  # "WILKES-BARRE"
        return place_names.canonical_place(text)
    if label == "NORP":
        return place_names.demonym_singular(text)
    return names.strip_leading_article(text)


def _org_group(doc: Doc, item: Found, text: str, org_names: list[tuple[int, str]]) -> int | None:
    """An acronym or short form of an organisation named in full earlier in the article."""
    if names.is_acronym(text):
        wanted = text.replace(".", "").lower()
        for group, name in org_names:
            if names.acronym_of(name) == wanted:
                return group
        return None
    words = names.plain(names.strip_leading_article(text)).split()
    matches = [
        g
        for g, name in org_names
        if len(names.plain(name).split()) > len(words) >= 2
        and names.plain(name).split()[-len(words) :] == words
    ]
    return matches[0] if len(set(matches)) == 1 else None
