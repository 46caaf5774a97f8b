"""The linker of one ``link_articles`` call: the keys and entities touched so far, matching a
group to the one compatible candidate entity (or none, or ``AMBIGUOUS``), creating and absorbing.

A bare surname that fits several people is left unlinked rather than guessed.
"""

from __future__ import annotations

from newsprism.entities.aliases import AliasRules
from newsprism.entities.bearers import (
    SALIENCE_RATIO,
    compatible_with,
    fitting,
    full_name_key,
    gender_clash,
    middles_tell_apart,
    office_holders,
    other_generation,
    person_for_surname,
    person_shaped,
    salient,
    single_fits,
    surname_bearers,
    unique,
)
from newsprism.entities.display import fuller_name
from newsprism.entities.entity_loading import candidates as load_candidates
from newsprism.entities.entity_loading import preload as preload_candidates
from newsprism.entities.link_groups import AMBIGUOUS, Local, entity_id_for, parsed_name
from newsprism.entities.merges import merge_entities
from newsprism.entities.name_variants import close_variant, office_variant, variant_lookups
from newsprism.models import Entity
from newsprism.nlp import lexicon
from newsprism.people import names, role_words
from newsprism.people.place_names import acronym_in_title_case
from newsprism.store.store import Store

MAX_ALIASES = 60
MAX_ROLES = 40


class Linker:
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
        return self.candidates(key, ("PERSON",), keep=lambda name: parsed_name(name).is_single)

    def add_key(self, key: str, entity_id: str) -> None:
        ids = self.index.setdefault(key, set())
        if entity_id not in ids:
            ids.add(entity_id)
            self.new_keys.append((key, entity_id))

    # -- matching --

    def match(self, local: Local) -> Entity | str | None:
        """The entity this local group is, ``AMBIGUOUS``, or None for a new one."""
        if self.aliases.never_link(local.forms):
            return AMBIGUOUS
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
            people = self.candidates(f"pl:{parsed_name(local.name).last}|", ("PERSON",))
            people = people or self._surname_written_first(local.name)
            written = [*local.texts, *(alias for thing in found for alias in thing.aliases)]
            if not any(text.startswith("The ") for text in written):  # "The Hill" is no surname
                person = person_for_surname(local.label, local.name, people, found, self.weight_of)
                if person and SALIENCE_RATIO * self.weight_of(person[0]) < self.thing_count(local.name):
                    person = []  # "Charlottesville", typed GPE 200 times in the batch, is the place
                for thing in found if person and local.label == "ORG" else ():  # whose surname it is:
                    merge_entities(self, person[0], thing)  # an ORG only; a place keeps its entity
                found = person or found
        if isinstance(found, list):
            found = [e for e in found if not self._kept_apart(local, e)]
            if local.label == "PERSON" and local.genders:  # "Mrs. X" is not her son Otto X
                found = [e for e in found if not gender_clash(local.genders, e, parsed_name)]
            if len(found) > 1 and local.label == "PERSON":
                found = fitting(local.roles, found, parsed_name)
            if len(found) > 1 and local.label == "PERSON" and parsed_name(local.name).is_single:
                found = salient(found, self.weight_of)
            if len(found) > 1:
                return AMBIGUOUS
            return found[0] if found else None
        return found

    def _surname_written_first(self, name: str) -> list[Entity]:
        """The people whose full name opens with this one word and whom the corpus already calls by
        it alone ("Kim" of "Kim Jong Un"): a family name written first, the bearer of a mistyped
        one-word name as surely as "Holt" is of "Lester Holt". A word that is no name word needs a
        person named in more than one article: "Obamacare" is no family name of a share bar's junk
        "Obamacare Facebook"."""
        word = names.plain(name)
        return [
            e
            for e in self.candidates(f"a:{word}", ("PERSON",))
            if len(e.name.split()) > 1
            and names.plain(e.name).split()[0] == word
            and (names.is_name_word(word) or e.articles > 1)
        ]

    def weight_of(self, entity: Entity) -> int:
        return self.weight.get(entity.entity_id, entity.mentions)

    def _kept_apart(self, local: Local, found: Entity) -> bool:
        return self.aliases.kept_apart(local.forms, [found.name, *found.aliases])

    def _match_person(self, local: Local) -> list[Entity]:
        parsed = parsed_name(local.name)
        suffix = parsed.suffix
        if parsed.is_single:
            found = surname_bearers(self.candidates, local.name, parsed, local.roles)
            found = self._holders_of_its_office(local, parsed, found)
            return office_holders(local.roles, [e for e in found if compatible_with(parsed, e, parsed_name)])
        full_key = f"pfl:{parsed.first} {parsed.last}|{suffix}"
        found = [e for e in self.candidates(full_key, ("PERSON",)) if compatible_with(parsed, e, parsed_name)]
        if len(found) > 1:
            exact = [e for e in found if names.plain(local.name) in {names.plain(a) for a in e.aliases}]
            if parsed.middles or not middles_tell_apart(found, parsed_name):
                return exact if len(exact) == 1 else found
            return found  # a bare "George Bush" where George W. and George H. W. Bush are known
        if found:
            return found
        by_surname, by_given = (
            [e for e in unique(self.single_people(f"ps:{w}|{suffix}")) if self._single_fits(local, parsed, e)]
            for w in (parsed.last, parsed.first)
        )
        singles = by_surname or by_given  # "Barack Obama" takes the lone "Obama", not a lone "Barack"
        return singles or self._match_variant(local) or other_generation(self.candidates, parsed, local.roles)

    def _holders_of_its_office(
        self, local: Local, parsed: names.PersonName, found: list[Entity]
    ) -> list[Entity]:
        """ "President X": the bearers of the surname, or the one-word entity of it, who hold that
        office one person holds at a time, when any does; a full name of that surname that never
        held it ("Malia X", named in passing) is no bearer while the office holder is known."""
        ours = role_words.held_offices(local.roles) & _sole_offices()
        if not ours:
            return found
        pool = unique([*found, *self.single_people(f"ps:{parsed.last}|{parsed.suffix}")])
        holders = [e for e in pool if role_words.held_offices(e.roles) & ours]
        return holders or found

    def _single_fits(self, local: Local, parsed: names.PersonName, entity: Entity) -> bool:
        """May this full name take over an entity known so far by one word? ``single_fits``, and not
        when the word holds an office one person holds at a time ("President Obama") that the full
        name's article never gives it and the word has far more mentions than the full name's group:
        a relative named in passing ("Malia Obama") is not the office holder the corpus calls by it."""
        if not single_fits(parsed, local.roles, entity, local.forms):
            return False
        theirs = role_words.held_offices(entity.roles) & _sole_offices()
        ours = role_words.held_offices(local.roles)
        far_more = self.weight_of(entity) >= SALIENCE_RATIO * len(local.mention_ids)
        return not (theirs and not ours and far_more)

    def _match_variant(self, local: Local) -> list[Entity]:
        """A spelling variant, reversed order or middle-name form of one known person's full name."""
        for key in variant_lookups(local.name):
            found = self.candidates(key, ("PERSON",), keep=lambda name: close_variant(local.name, name))
            if len(unique(found)) == 1:
                return found[:1]
        return office_variant(local.name, local.roles, self.candidates)  # "Xi Xinping", one office

    def _match_name(self, local: Local) -> list[Entity]:
        types = ("GPE", "LOC") if local.label in ("GPE", "LOC") else (local.label,)
        exact_key = local.keys[0] if local.keys else ""
        short = [k for k in local.keys[2:] if k.startswith("on:")]  # "X and Prevention" less its tail
        found = self.candidates(exact_key, types) or (self.candidates(short[0], types) if short else [])
        if found or len(local.keys) < 2:
            return found
        # An acronym and its expansion: "CCP" finds "Chinese Communist Party" and the reverse.
        if names.is_acronym(local.name) or acronym_in_title_case(local.name):
            return self.candidates(local.keys[1], types)
        return self.candidates(local.keys[1], types, keep=names.is_acronym)

    # -- updating --

    def create(self, local: Local, name: str) -> Entity:
        salt = 0
        entity_id = entity_id_for(local.label, name)
        while entity_id in self.entities or f"id:{entity_id}" in self.index:
            salt += 1
            entity_id = entity_id_for(local.label, name, salt)
        entity = Entity(entity_id=entity_id, name=name, type=local.label)
        self.entities[entity_id] = entity
        self.add_key(f"id:{entity_id}", entity_id)
        return entity

    def absorb(self, entity: Entity, local: Local, forced: str | None) -> None:
        if forced:
            entity.name = forced
            self.add_key(f"alias:{names.plain(forced)}", entity.entity_id)
        elif fuller_name(local.label, entity.name, local.name, parsed_name):
            entity.name = local.name
        self.weight[entity.entity_id] = self.weight_of(entity) + len(local.mention_ids)
        entity.aliases = list(dict.fromkeys([*entity.aliases, *local.forms]))[:MAX_ALIASES]
        roles = role_words.roles_held(entity.type, local.roles)  # no "official Washington"
        entity.roles = list(dict.fromkeys([*entity.roles, *roles]))[:MAX_ROLES]
        for key in local.keys:
            self.add_key(key, entity.entity_id)
        for alias in local.forms:
            self.add_key(f"a:{names.plain(alias)}", entity.entity_id)
        self.changed[entity.entity_id] = entity


def _sole_offices() -> set[str]:
    """Offices one person holds at a time ("president"; ``sole_offices``)."""
    return set(lexicon.rules("person_name_repair.yaml").get("sole_offices", []))
