"""Reading entities back: find one by id, name or alias, and everything known about it."""

from __future__ import annotations

from newsprism.errors import NotFoundError
from newsprism.models import Entity
from newsprism.people import names, place_names, role_words
from newsprism.store.schema import quotes_table
from newsprism.store.store import Store


def find_entity(store: Store, name_or_id: str) -> Entity:
    """The entity with this id, canonical name or alias (any case, any spelling variant).

    Exact aliases win over spelling variants; among several, the most mentioned.
    """
    found = list(store.entities(ids=[name_or_id]))
    if found:
        return found[0]
    exact_key = f"a:{names.plain(name_or_id)}"
    words = name_or_id.split()
    while len(words) > 1 and words[0].lower() in role_words.titles():  # "Mr. Putin", "President Xi"
        words.pop(0)
    parsed = names.parse_person(" ".join(words))
    variant_keys = [*place_names.name_keys(name_or_id, "ORG"), *place_names.name_keys(name_or_id, "GPE")]
    if parsed.is_single:
        variant_keys += [f"pl:{parsed.last}|{parsed.suffix}", f"ps:{parsed.last}|{parsed.suffix}"]
    else:
        variant_keys.append(f"pfl:{parsed.first} {parsed.last}|{parsed.suffix}")
    by_key = store.entity_ids_by_key([exact_key, *variant_keys])
    ids = by_key.get(exact_key) or {eid for key in variant_keys for eid in by_key.get(key, ())}
    found = list(store.entities(ids=sorted(ids))) if ids else []
    if not found:
        raise NotFoundError(f"no entity named {name_or_id!r}")
    return max(found, key=lambda e: (e.name.lower() == name_or_id.lower(), e.mentions))


def entity_profile(store: Store, name_or_id: str, limit: int = 20, quote_limit: int = 100) -> dict:
    """Everything known about one entity: aliases, roles, outlets, quotes, co-occurring entities.

    ``limit`` caps the co-occurring entities, ``quote_limit`` the quotes listed (``quote_count``
    has them all). Raises NotFoundError when no entity has that id, name or alias.
    """
    entity = find_entity(store, name_or_id)
    pairs = store.cooccurring_entities(entity.entity_id, limit=limit)
    others = {e.entity_id: e for e in store.entities(ids=[eid for eid, _ in pairs])}
    return {
        **entity.to_json(),
        "outlets": store.entity_outlets(entity.entity_id),
        "quote_count": store.count(quotes_table, quotes_table.c.speaker_entity_id == entity.entity_id),
        "quotes": [q.to_json() for q in store.quotes(speaker_entity_id=entity.entity_id, limit=quote_limit)],
        "co_occurring": [
            {"entity_id": eid, "name": others[eid].name, "type": others[eid].type, "articles": n}
            for eid, n in pairs
            if eid in others
        ],
    }
