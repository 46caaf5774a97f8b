"""The entity stage, across articles: one entity per real person, organisation or place.

``link_articles`` runs after new articles are stored. Each article's mentions are grouped by
their local name (the entity stage already linked "Kirby" to "John Kirby" inside the article);
each group looks up candidate entities by its keys (folded full name, surname, acronym,
canonical place name; see ``names``) in the ``entity_keys`` table, so adding articles never
rescans the corpus. A group joins the one compatible candidate, or starts a new entity whose id
is a hash of its first name and never changes. A bare surname that fits several people is left
unlinked rather than guessed. Then quotes and events of those articles get entity ids.

Linking reads entities into memory and writes them back: it must run under the database's run
lock held exclusively (``store.locks``; ``pipeline.link_pending`` and ``rebuild_entities`` take
it), so two processes never link at once. Counters are recounted from the mention rows in the
same transaction as the links, and an entity left with no mention is removed. A person is shown under
the full name most of its mentions are written in (``display``, from per-form counts the same
transaction keeps up to date).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import delete, update

from newsprism.entities.aliases import AliasRules
from newsprism.entities.bearers import (
    SALIENCE_RATIO,
    compatible_with,
    fitting,
    full_name_key,
    generation_keys,
    given_name_key,
    kept_apart_in_article,
    middles_tell_apart,
    office_holders,
    other_generation,
    person_for_surname,
    person_keys_of_thing,
    person_shaped,
    salient,
    single_fits,
    surname_bearers,
    unique,
)
from newsprism.entities.display import display_name, fuller_name
from newsprism.entities.entity_loading import candidates as load_candidates
from newsprism.entities.entity_loading import preload as preload_candidates
from newsprism.entities.fact_links import link_quotes_and_events
from newsprism.entities.label_vote import LabelVote, vote_keys
from newsprism.entities.merges import (
    merge_entities,
    merged_links,
    middle_name_keys,
    repoint_facts,
    same_person,
)
from newsprism.entities.name_repair import repair_mentions
from newsprism.entities.name_variants import close_variant, office_variant, variant_keys, variant_lookups
from newsprism.models import Entity, Mention
from newsprism.people import names, place_names, role_words
from newsprism.store.locks import RunLock
from newsprism.store.schema import entities_table, entity_forms_table, entity_keys_table, mentions_table
from newsprism.store.store import Store, canonical_order

MAX_ALIASES = 60
MAX_ROLES = 40
_AMBIGUOUS = "?"
# Parsed names, by the written name: candidates come back batch after batch, and parsing each
# again made linking slow down as the corpus grew (72% of its time at 100k articles).
_parsed = lru_cache(maxsize=1 << 17)(names.parse_person)


# ---- linking -----------------------------------------------------------------------------------


@dataclass
class _Local:
    """The mentions of one thing inside one article."""

    label: str
    name: str
    forms: list[str]
    roles: list[str]
    mention_ids: list[str]
    keys: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # each mention's text, as ``mention_ids``
    namesake: _Local | None = None  # the "Jr."/"Sr." group this bare surname was split from
    cued: bool = False  # a mention has an honorific or title ("Mr.", "Sen."): a person's
    linked: str | None = None  # the entity the group went to


def _local_entities(mentions: list[Mention]) -> list[_Local]:
    groups: dict[tuple[str, str], _Local] = {}
    cued = {m.mention_id for m in mentions if any(role_words.role_cues(m.roles))}
    for mention in repair_mentions(mentions):
        name = mention.local_name or mention.text
        key = (mention.label, names.plain(name))
        local = groups.get(key)
        if local is None:
            local = groups[key] = _Local(mention.label, name, [], [], [])
        local.texts.append(mention.text)
        local.cued = local.cued or mention.mention_id in cued
        local.roles.extend(mention.roles if mention.label != "NORP" else ())  # a group holds no office
        local.mention_ids.append(mention.mention_id)
    found = [part for local in groups.values() for part in _split_namesake(local)]
    for local in found:
        local.forms = list(dict.fromkeys([local.name, *local.texts]))
        local.roles = list(dict.fromkeys(local.roles))
        local.keys = _keys(local)
    return found


def _split_namesake(local: _Local) -> list[_Local]:
    """A "Jr."/"Sr." person's mentions written as the bare surname ("Trump" in an article that
    names only "Donald Trump Jr.") as a group of their own, linked after it (``_namesake_target``)."""
    parsed = _parsed(local.name)
    if local.label != "PERSON" or not parsed.suffix:
        return [local]
    bare = []
    for i, text in enumerate(local.texts):
        own = _parsed(names.strip_possessive(text))
        if own.is_single and not own.suffix and own.last == parsed.last:
            bare.append(i)
    if not bare or len(bare) == len(local.texts):
        return [local]
    surname = names.strip_possessive(local.texts[bare[0]])
    part = _Local("PERSON", surname, [], [], [local.mention_ids[i] for i in bare], namesake=local)
    part.texts = [local.texts[i] for i in bare]
    kept = [i for i in range(len(local.texts)) if i not in set(bare)]
    local.mention_ids, local.texts = [local.mention_ids[i] for i in kept], [local.texts[i] for i in kept]
    return [local, part]


def _namesake_target(linker: _Linker, part: _Local, found: Entity | str | None) -> Entity | str | None:
    """A careful reader gives a bare surname to the namesake without the suffix ("Donald Trump",
    not "Donald Trump Jr.") when the corpus names that one far more often; else it is the
    suffixed person's, as the article's own linking said."""
    group = part.namesake
    owner = linker.entities.get(group.linked or "") if group else None
    if isinstance(found, Entity) and found is not owner and group:
        theirs = _parsed(found.name)
        far_more = linker._weight(found) >= SALIENCE_RATIO * max(1, linker._weight(owner) if owner else 0)
        if theirs.first == _parsed(group.name).first and not theirs.suffix and far_more:
            return found
    return owner if owner is not None else _AMBIGUOUS


def _keys(local: _Local) -> list[str]:
    if local.label == "PERSON":
        parsed = _parsed(local.name)
        keys = names.person_keys(parsed)
        if not parsed.is_single:
            keys.append(f"ps:{parsed.first}|{parsed.suffix}")  # a "Xi" entity met before "Xi Jinping"
        return keys + variant_keys(local.name)
    return place_names.name_keys(local.name, local.label)


def _lookup_keys(local: _Local) -> list[str]:
    """The keys ``_Linker.match`` reads for this group. A full name reads its own full-name key and
    the single names it may complete, never the keys of everyone sharing its given name or surname
    (``pf:``/``pl:``, which only single names read): those grow with the corpus."""
    keys = [*local.keys, *(f"a:{names.plain(form)}" for form in local.forms)]
    keys += person_keys_of_thing(local.label, local.name)  # a person the model typed ORG/GPE
    if local.label == "PERSON":
        parsed = _parsed(local.name)
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


class _Linker:
    """The in-memory state of one ``link_articles`` call: keys and entities touched so far."""

    def __init__(self, store: Store, aliases: AliasRules | None):
        self.store = store
        self.aliases = aliases or AliasRules()
        self.index: dict[str, set[str]] = {}
        self.entities: dict[str, Entity] = {}
        self.deferred: dict[str, tuple[str, str]] = {}  # stored (name, type) of entities not yet read
        self.changed: dict[str, Entity] = {}
        self.new_keys: list[tuple[str, str]] = []
        self.weight: dict[str, int] = {}  # mentions per entity, counting this call's links
        self.merged: dict[str, str] = {}  # an entity merged into another this call -> the kept one
        self.thing_count = lambda name: 0

    def preload(self, keys: set[str]) -> None:
        preload_candidates(self, keys)

    def candidates(self, key: str, types: tuple[str, ...], keep=None) -> list[Entity]:
        """``key``'s entities of these types (with ``keep``: only those whose name it keeps)."""
        return load_candidates(self, key, types, keep)

    def single_people(self, key: str) -> list[Entity]:
        """The single-name people of ``key`` (a given name's key holds everyone bearing it)."""
        return self.candidates(key, ("PERSON",), keep=lambda name: _parsed(name).is_single)

    def add_key(self, key: str, entity_id: str) -> None:
        ids = self.index.setdefault(key, set())
        if entity_id not in ids:
            ids.add(entity_id)
            self.new_keys.append((key, entity_id))

    # -- matching --

    def match(self, local: _Local) -> Entity | str | None:
        """The entity this local group is, ``_AMBIGUOUS``, or None for a new one."""
        if self.aliases.never_link(local.forms):
            return _AMBIGUOUS
        forced = self.aliases.canonical(local.forms)
        if forced:
            found = self.candidates(f"alias:{names.plain(forced)}", (local.label,))
            return found[0] if found else None
        if local.label == "PERSON":
            found = self._match_person(local)
        elif (
            person_shaped(local.label, local.name)
            and len(self.candidates(full_name_key(local.name), ("PERSON",))) == 1
        ):
            found = self.candidates(full_name_key(local.name), ("PERSON",))
        else:
            found = self._match_name(local)
            people = self.candidates(f"pl:{_parsed(local.name).last}|", ("PERSON",))
            written = [*local.texts, *(alias for thing in found for alias in thing.aliases)]
            if not any(text.startswith("The ") for text in written):  # "The Hill" is no surname
                person = person_for_surname(local.label, local.name, people, found, self._weight)
                if person and SALIENCE_RATIO * self._weight(person[0]) < self.thing_count(local.name):
                    person = []  # "Charlottesville", typed GPE 200 times in the batch, is the place
                for thing in found if person and local.label == "ORG" else ():  # whose surname it is:
                    merge_entities(self, person[0], thing)  # an ORG only; a place keeps its entity
                found = person or found
        if isinstance(found, list):
            found = [e for e in found if not self._kept_apart(local, e)]
            if len(found) > 1 and local.label == "PERSON":
                found = fitting(local.roles, found, _parsed)
            if len(found) > 1 and local.label == "PERSON" and _parsed(local.name).is_single:
                found = salient(found, self._weight)
            if len(found) > 1:
                return _AMBIGUOUS
            return found[0] if found else None
        return found

    def _weight(self, entity: Entity) -> int:
        return self.weight.get(entity.entity_id, entity.mentions)

    def _kept_apart(self, local: _Local, found: Entity) -> bool:
        return self.aliases.kept_apart(local.forms, [found.name, *found.aliases])

    def _match_person(self, local: _Local) -> list[Entity]:
        parsed = _parsed(local.name)
        suffix = parsed.suffix
        if parsed.is_single:
            found = surname_bearers(self.candidates, local.name, parsed, local.roles)
            return office_holders(local.roles, [e for e in found if compatible_with(parsed, e, _parsed)])
        full_key = f"pfl:{parsed.first} {parsed.last}|{suffix}"
        found = [e for e in self.candidates(full_key, ("PERSON",)) if compatible_with(parsed, e, _parsed)]
        if len(found) > 1:
            exact = [e for e in found if names.plain(local.name) in {names.plain(a) for a in e.aliases}]
            if parsed.middles or not middles_tell_apart(found, _parsed):
                return exact if len(exact) == 1 else found
            return found  # a bare "George Bush" where George W. and George H. W. Bush are known
        if found:
            return found
        singles = self.single_people(f"ps:{parsed.last}|{suffix}") + self.single_people(
            f"ps:{parsed.first}|{suffix}"
        )
        singles = [e for e in unique(singles) if single_fits(parsed, local.roles, e, local.forms)]
        return singles or self._match_variant(local) or other_generation(self.candidates, parsed, local.roles)

    def _match_variant(self, local: _Local) -> list[Entity]:
        """A spelling variant, reversed order or middle-name form of one known person's full name."""
        for key in variant_lookups(local.name):
            found = self.candidates(key, ("PERSON",), keep=lambda name: close_variant(local.name, name))
            if len(unique(found)) == 1:
                return found[:1]
        return office_variant(local.name, local.roles, self.candidates)  # "Xi Xinping", one office

    def _match_name(self, local: _Local) -> list[Entity]:
        types = ("GPE", "LOC") if local.label in ("GPE", "LOC") else (local.label,)
        exact_key = local.keys[0] if local.keys else ""
        short = [k for k in local.keys[2:] if k.startswith("on:")]  # "X and Prevention" less its tail
        found = self.candidates(exact_key, types) or (self.candidates(short[0], types) if short else [])
        if found or len(local.keys) < 2:
            return found
        # An acronym and its expansion: "CCP" finds "Chinese Communist Party" and the reverse.
        if names.is_acronym(local.name):
            return self.candidates(local.keys[1], types)
        return self.candidates(local.keys[1], types, keep=names.is_acronym)

    # -- updating --

    def create(self, local: _Local, name: str) -> Entity:
        salt = 0
        entity_id = entity_id_for(local.label, name)
        while entity_id in self.entities or f"id:{entity_id}" in self.index:
            salt += 1
            entity_id = entity_id_for(local.label, name, salt)
        entity = Entity(entity_id=entity_id, name=name, type=local.label)
        self.entities[entity_id] = entity
        self.add_key(f"id:{entity_id}", entity_id)
        return entity

    def absorb(self, entity: Entity, local: _Local, forced: str | None) -> None:
        if forced:
            entity.name = forced
            self.add_key(f"alias:{names.plain(forced)}", entity.entity_id)
        elif fuller_name(local.label, entity.name, local.name, _parsed):
            entity.name = local.name
        self.weight[entity.entity_id] = self._weight(entity) + len(local.mention_ids)
        entity.aliases = list(dict.fromkeys([*entity.aliases, *local.forms]))[:MAX_ALIASES]
        roles = role_words.roles_held(entity.type, local.roles)  # no "official Washington"
        entity.roles = list(dict.fromkeys([*entity.roles, *roles]))[:MAX_ROLES]
        for key in local.keys:
            self.add_key(key, entity.entity_id)
        for alias in local.forms:
            self.add_key(f"a:{names.plain(alias)}", entity.entity_id)
        self.changed[entity.entity_id] = entity


def link_articles(store: Store, article_ids: Sequence[str], aliases: AliasRules | None = None) -> None:
    """Give every mention of these stored articles an entity; then their quotes and events."""
    mentions_by_article: dict[str, list[Mention]] = {}
    for mention in store.mentions(article_ids=list(article_ids)):
        mentions_by_article.setdefault(mention.article_id, []).append(mention)
    linker = _Linker(store, aliases)
    locals_by_article = {aid: _local_entities(ms) for aid, ms in mentions_by_article.items()}
    linker.preload(_preload_keys(linker, locals_by_article))

    links: list[tuple[str, str | None]] = []
    in_order = [local for article_id in article_ids for local in locals_by_article.get(article_id, [])]
    vote = LabelVote((g.label, g.name, len(g.mention_ids), not _parsed(g.name).is_single) for g in in_order)
    linker.thing_count = vote.thing_mentions  # this batch's own count of a name typed as a thing
    # people first: a full name the model typed ORG in one article finds the person named in another
    for local in sorted(in_order, key=lambda g: g.label != "PERSON"):
        if local.namesake is None:  # a PERSON group or a thing the corpus types otherwise
            _relabel_by_vote(linker, vote, local)
        family = local.label == "PERSON" and vote.family(local.name, linker.candidates)
        found = _AMBIGUOUS if family else linker.match(local)
        if isinstance(found, Entity) and kept_apart_in_article(local, found, locals_by_article):
            found = None  # the article's own two people ("Sam Roe" and "Roe's brother, Sam Lee Roe")
        if local.namesake is not None:
            found = _namesake_target(linker, local, found)
        if found == _AMBIGUOUS:
            entity_id = None
        else:
            forced = linker.aliases.canonical(local.forms)
            entity = found if isinstance(found, Entity) else linker.create(local, forced or local.name)
            linker.absorb(entity, local, forced)
            for other in same_person(linker, local, entity):  # "Recep Tayyip Erdogan" joins two
                entity = merge_entities(linker, entity, other)
            if local.label == "NORP":
                _relate_demonym(linker, entity)
            entity_id = entity.entity_id
        local.linked = entity_id
        links.extend((mention_id, entity_id) for mention_id in local.mention_ids)
    links = merged_links(linker, links)
    store.save_entity_links(list(linker.changed.values()), linker.new_keys, links, display_name)
    repoint_facts(store, linker.merged)
    link_quotes_and_events(store, list(article_ids), mentions_by_article, links, linker.entities)


def _relabel_by_vote(linker: _Linker, vote: LabelVote, local: _Local) -> None:
    """A group the corpus mostly types otherwise ("ISIS" PERSON, "Charlottesville" ORG) takes that label."""
    label = vote.relabel(local.name, local.cued, linker.candidates, linker._weight, local.label)
    if label:
        local.label = label
        local.name = names.strip_possessive(local.name)
        local.keys = _keys(local)


def _preload_keys(linker: _Linker, locals_by_article: dict[str, list[_Local]]) -> set[str]:
    keys = {k for groups in locals_by_article.values() for local in groups for k in _lookup_keys(local)}
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
                keys.update([_place_key(place), f"id:{entity_id_for('GPE', place)}"])
    return keys


def rebuild_entities(store: Store, aliases: AliasRules | None = None, chunk_size: int = 512) -> int:
    """Forget every entity and link all stored articles again (after changing the alias file).

    Linear in the corpus: articles are linked in chunks, in the canonical order ``analyze``
    links them, under the run lock. Returns how many articles were linked.
    """
    lock = RunLock(store)
    try:
        with lock.exclusive():
            with store.engine.begin() as conn:
                conn.execute(delete(entities_table))
                conn.execute(delete(entity_keys_table))
                conn.execute(delete(entity_forms_table))
                conn.execute(update(mentions_table).values(entity_id=None))
            rows = [(a.article_id, a.published) for a in store.articles(status="ok")]
            article_ids = [article_id for article_id, _ in sorted(rows, key=canonical_order)]
            for i in range(0, len(article_ids), chunk_size):
                link_articles(store, article_ids[i : i + chunk_size], aliases)
    finally:
        lock.close()
    return len(article_ids)


def _place_key(place: str) -> str:
    return f"g:{names.plain(place)}"


def _relate_demonym(linker: _Linker, entity: Entity) -> None:
    """NORP "Chinese" points at the place China (created, without mentions, if not yet seen)."""
    place = place_names.demonym_place(entity.name)
    if not place or "demonym_of" in entity.related:
        return
    found = linker.candidates(_place_key(place), ("GPE", "LOC"))
    if found:
        target = found[0]
    else:
        local = _Local("GPE", place, [place], [], [], place_names.name_keys(place, "GPE"))
        target = linker.create(local, place)
        linker.absorb(target, local, None)
    entity.related = {**entity.related, "demonym_of": target.entity_id}
