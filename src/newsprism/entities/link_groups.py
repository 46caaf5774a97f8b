"""The entity stage's groups: the mentions of one thing inside one article, and their keys.

``link_articles`` (``entities.linking``) groups each article's mentions by their local name (the
entity stage already linked "Kirby" to "John Kirby" inside the article) and looks up candidate
entities by each group's keys (folded full name, surname, acronym, canonical place name; see
``people.names``) in the ``entity_keys`` table.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache

from newsprism.entities.bearers import generation_keys, given_name_key, person_keys_of_thing
from newsprism.entities.label_vote import vote_keys
from newsprism.entities.merges import middle_name_keys
from newsprism.entities.name_repair import repair_mentions
from newsprism.entities.name_variants import variant_keys, variant_lookups
from newsprism.models import Mention
from newsprism.nlp.person_span_edges import without_lone_bracket
from newsprism.people import names, place_names, role_words

AMBIGUOUS = "?"
# Parsed names, by the written name: candidates come back batch after batch, and parsing each
# again made linking slow down as the corpus grew (72% of its time at 100k articles).
parsed_name = lru_cache(maxsize=1 << 17)(names.parse_person)


@dataclass
class Local:
    """The mentions of one thing inside one article."""

    label: str
    name: str
    forms: list[str]
    roles: list[str]
    mention_ids: list[str]
    keys: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # each mention's text, as ``mention_ids``
    namesake: Local | None = None  # the "Jr."/"Sr." group this bare surname was split from
    cued: bool = False  # a mention has an honorific or title ("Mr.", "Sen."): a person's
    genders: set[str] = field(default_factory=set)  # the genders its honorifics say ("Mrs.")
    linked: str | None = None  # the entity the group went to


def local_entities(mentions: list[Mention]) -> list[Local]:
    groups: dict[tuple[str, str], Local] = {}
    cued = {m.mention_id for m in mentions if any(role_words.role_cues(m.roles))}
    # A mention's honorific is no role (``clean_roles`` drops it) but says who: "Mrs. X" is a woman.
    # Only the honorific: a kin word ("brother") may be another person's, misread as this name's.
    address = role_words.address_forms()
    genders = {
        m.mention_id: role_words.role_cues([r for r in m.roles if r.lower() in address])[0]
        for m in mentions
        if m.label == "PERSON"
    }
    for mention in repair_mentions(mentions):
        name = mention.local_name or mention.text
        key = (mention.label, names.plain(name))
        local = groups.get(key)
        if local is None:
            local = groups[key] = Local(mention.label, name, [], [], [])
        local.texts.append(mention.text)
        local.cued = local.cued or mention.mention_id in cued
        local.genders |= genders.get(mention.mention_id, set()) if mention.label == "PERSON" else set()
        local.roles.extend(mention.roles if mention.label != "NORP" else ())  # a group holds no office
        local.mention_ids.append(mention.mention_id)
    found = [part for local in groups.values() for part in split_namesake(local)]
    for local in found:
        written = [t for t in local.texts if without_lone_bracket(t) == t]  # no "Jonas) Farrow" alias
        local.forms = list(dict.fromkeys([local.name, *written]))
        local.roles = list(dict.fromkeys(local.roles))
        local.keys = group_keys(local)
    return found


def split_namesake(local: Local) -> list[Local]:
    """A "Jr."/"Sr." person's mentions written as the bare surname ("Trump" in an article that
    names only "Donald Trump Jr.") as a group of their own, linked after it (``linking.namesake_target``)."""
    parsed = parsed_name(local.name)
    if local.label != "PERSON" or not parsed.suffix:
        return [local]
    bare = []
    for i, text in enumerate(local.texts):
        own = parsed_name(names.strip_possessive(text))
        if own.is_single and not own.suffix and own.last == parsed.last:
            bare.append(i)
    if not bare or len(bare) == len(local.texts):
        return [local]
    surname = names.strip_possessive(local.texts[bare[0]])
    part = Local("PERSON", surname, [], [], [local.mention_ids[i] for i in bare], namesake=local)
    part.texts = [local.texts[i] for i in bare]
    kept = [i for i in range(len(local.texts)) if i not in set(bare)]
    local.mention_ids, local.texts = [local.mention_ids[i] for i in kept], [local.texts[i] for i in kept]
    return [local, part]


def group_keys(local: Local) -> list[str]:
    if local.label == "PERSON":
        parsed = parsed_name(local.name)
        keys = names.person_keys(parsed)
        if not parsed.is_single:
            keys.append(f"ps:{parsed.first}|{parsed.suffix}")  # a "Xi" entity met before "Xi Jinping"
        return keys + variant_keys(local.name)
    return place_names.name_keys(local.name, local.label)


def lookup_keys(local: Local) -> list[str]:
    """The keys ``Linker.match`` reads for this group. A full name reads its own full-name key and
    the single names it may complete, never the keys of everyone sharing its given name or surname
    (``pf:``/``pl:``, which only single names read): those grow with the corpus."""
    keys = [*local.keys, *(f"a:{names.plain(form)}" for form in local.forms)]
    keys += person_keys_of_thing(local.label, local.name)  # a person the model typed ORG/GPE
    if local.label == "PERSON":
        parsed = parsed_name(local.name)
        if parsed.is_single:
            keys += [f"pl:{parsed.last}|{parsed.suffix}", given_name_key(parsed)]
        else:
            keys = [k for k in keys if not k.startswith(("pf:", "pl:"))]
            keys += [f"ps:{parsed.last}|{parsed.suffix}", *variant_lookups(local.name)]
            keys += generation_keys(parsed)  # "Joe Biden" / "Joseph R. Biden Jr."
    return keys


def entity_id_for(label: str, name: str, salt: int = 0) -> str:
    """A stable id: a hash of the type and the first canonical name the entity had."""
    digest = hashlib.sha1(f"{label}|{names.plain(name)}|{salt or ''}".encode()).hexdigest()[:12]
    return f"{label.lower()}-{digest}"


def preload_keys(linker, locals_by_article: dict[str, list[Local]]) -> set[str]:
    keys = {k for groups in locals_by_article.values() for local in groups for k in lookup_keys(local)}
    keys |= {
        k
        for groups in locals_by_article.values()
        for local in groups
        for k in vote_keys(local.label, local.name, local.cued)
    }
    keys |= {k for groups in locals_by_article.values() for g in groups for k in middle_name_keys(g.name)}
    keys |= {f"alias:{names.plain(group[0])}" for group in linker.aliases.merge}
    for groups in locals_by_article.values():
        for local in groups:
            keys.add(f"id:{entity_id_for(local.label, local.name)}")
            if local.label == "NORP" and place_names.demonym_place(local.name):
                place = place_names.demonym_place(local.name)
                keys.update([place_key(place), f"id:{entity_id_for('GPE', place)}"])
    return keys


def place_key(place: str) -> str:
    return f"g:{names.plain(place)}"
