"""Which stored entities linking reads into memory, and when.

A full name is stored under the single-name key of its given name (``ps:john|``, so a later bare
"John" may find "John Smith"), and a full name looks that key up for single-name entities it may
complete. That key holds every person sharing the given name: at 200,000 synthetic articles
about 29,000 of the 33,000 entities a chunk of 1,024 articles looked up, parsed from their rows
(aliases, roles, relations as JSON) only for the few single names among them to be kept; the
time grew with the corpus. Entities behind ``ps:`` keys are now read lazily: their names and
types first (a narrow query), the whole entity only when a lookup wants it, and a lookup that
keeps only single-name people (``single_people``) reads only those. Entities that nothing in
the batch changed keep their stored name, so filtering on it gives the same candidates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import select

from newsprism.models import Entity
from newsprism.store.schema import entities_table
from newsprism.store.store import Store

_PER_STATEMENT = 500
# Keys shared by many entities, whose entities are read only when a lookup wants them: a given
# name (single names), spelling variants, organisation acronyms.
DEFERRED_PREFIXES = ("ps:", "pv:", "oa:")


def preload(linker, keys: set[str]) -> None:
    """Index ``keys`` for ``linker`` (an ``entities.linking._Linker``); read the entities behind
    them, those behind only ``ps:`` keys as (name, type) until asked for."""
    linker.index.update(linker.store.entity_ids_by_key(keys))
    eager: set[str] = set()
    deferred: set[str] = set()
    for key in keys:
        found = linker.index.get(key, ())
        (deferred if key.startswith(DEFERRED_PREFIXES) else eager).update(found)
    load(linker, eager)
    deferred = {eid for eid in deferred - eager if eid not in linker.entities and eid not in linker.deferred}
    linker.deferred.update(entity_names(linker.store, deferred))


def candidates(
    linker, key: str, types: tuple[str, ...], keep: Callable[[str], bool] | None = None
) -> list[Entity]:
    """The entities of ``key`` of these types whose name ``keep`` holds for (all without it), in
    id order; those not yet read are read only if ``keep`` holds for their stored name."""
    ids = sorted(linker.index.get(key, ()))
    wanted = []
    for entity_id in ids:
        stored = linker.deferred.get(entity_id)
        if (
            stored
            and entity_id not in linker.entities
            and stored[1] in types
            and (keep is None or keep(stored[0]))
        ):
            wanted.append(entity_id)
    load(linker, wanted)
    found = [linker.entities[eid] for eid in ids if eid in linker.entities]
    return [e for e in found if e.type in types and (keep is None or keep(e.name))]


def load(linker, entity_ids: Iterable[str]) -> None:
    """Read these entities whole into ``linker.entities`` (those already there stay as they are)."""
    ids = sorted({eid for eid in entity_ids if eid not in linker.entities})
    if not ids:
        return
    for i in range(0, len(ids), _PER_STATEMENT):
        for found in linker.store.entities(ids=ids[i : i + _PER_STATEMENT]):
            linker.entities[found.entity_id] = found
    for entity_id in ids:
        linker.deferred.pop(entity_id, None)


def entity_names(store: Store, entity_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """``{entity_id: (name, type)}`` of these stored entities."""
    e = entities_table
    ids = sorted(entity_ids)
    found: dict[str, tuple[str, str]] = {}
    with store.engine.connect() as conn:
        for i in range(0, len(ids), _PER_STATEMENT):
            query = select(e.c.entity_id, e.c.name, e.c.type).where(
                e.c.entity_id.in_(ids[i : i + _PER_STATEMENT])
            )
            found.update({entity_id: (name, type_) for entity_id, name, type_ in conn.execute(query)})
    return found
