"""Finding the entity a user means: by id, any unique id prefix, or a name or alias.

A name can fit several entities ("Trump" the person and "Trump" the company); the best-supported
one (most mentions; an exact canonical name breaks ties) is chosen and the others are returned
beside it, so the front ends can say that the name was ambiguous.
"""

from __future__ import annotations

from newsprism.errors import NotFoundError
from newsprism.models import Entity
from newsprism.people import names, place_names, role_words
from newsprism.store import queries
from newsprism.store.store import Store

# Other entities a name fits that are reported beside the chosen one.
SHOWN_ALTERNATIVES = 5


def _name_keys(name: str) -> list[str]:
    """The lookup keys the entity stage files entities under that this name can mean."""
    keys = [f"a:{names.plain(name)}"]
    words = name.split()
    while len(words) > 1 and words[0].lower() in role_words.titles():  # "Mr. Putin", "President Xi"
        words.pop(0)
    parsed = names.parse_person(" ".join(words))
    keys += [*place_names.name_keys(name, "ORG"), *place_names.name_keys(name, "GPE")]
    if parsed.is_single:
        keys += [f"pl:{parsed.last}|{parsed.suffix}", f"ps:{parsed.last}|{parsed.suffix}"]
    else:
        keys.append(f"pfl:{parsed.first} {parsed.last}|{parsed.suffix}")
    return keys


def entity_matches(store: Store, name_or_id: str) -> list[Entity]:
    """Every entity ``name_or_id`` can mean, the best-supported first; [] when none."""
    wanted = name_or_id.strip()
    if not wanted:
        return []
    by_id = list(store.entities(ids=[wanted]))
    if by_id:
        return by_id
    merged = sorted(store.entity_ids_by_key([f"id:{wanted}"]).get(f"id:{wanted}", ()))
    if merged:  # an entity merged into another (``entities.merges``): its id names the kept one
        return list(store.entities(ids=merged))
    if " " not in wanted and "-" in wanted:  # looks like an id: "person-3fa2", "person-3f"
        try:
            return list(store.entities(ids=[queries.resolve_id(store.engine, "entity", wanted)]))
        except NotFoundError:
            pass
    by_key = store.entity_ids_by_key(_name_keys(wanted))
    ids = sorted({eid for found in by_key.values() for eid in found})
    found = list(store.entities(ids=ids)) if ids else []
    plain = names.plain(wanted)
    found.sort(key=lambda e: (-e.mentions, names.plain(e.name) != plain, e.name, e.entity_id))
    return found


def resolve_entity(store: Store, name_or_id: str) -> tuple[Entity, list[Entity]]:
    """The entity meant, and the other entities the same name fits (most mentioned first)."""
    found = entity_matches(store, name_or_id)
    if not found:
        raise NotFoundError(f"no entity named {name_or_id!r}")
    return found[0], found[1 : 1 + SHOWN_ALTERNATIVES]
