"""Two entities of one person joined when a later article shows they are one.

Linking is incremental: "Tayyip Erdogan" and "Recep Erdogan" met in different batches become two
entities, and a one-word "Erdogan" the model typed ORG before the person was salient becomes an
organisation. When a later group connects them ("Recep Tayyip Erdogan" fits both; the corpus now
names the person of that surname far more often than the organisation), the two are merged:
the older entity (earliest mention, then id) keeps its id, the other's mentions, names, roles and
lookup keys move to it, and its quotes and events name the kept entity. The merged id is recorded
as a lookup key of the kept one (``id:OLD``), so every lookup of the old id finds the person.
"""

from __future__ import annotations

from sqlalchemy import String, bindparam, cast, func, select, update

from newsprism.entities.bearers import gender_clash, other_generation
from newsprism.entities.display import fuller_name
from newsprism.entities.entity_loading import load as load_entities
from newsprism.models import Entity
from newsprism.nlp import lexicon
from newsprism.people import names, role_words
from newsprism.store.schema import entity_keys_table, events_table, mentions_table, quotes_table
from newsprism.store.store import Store


def middle_name_keys(name: str) -> list[str]:
    """The full-name key of the form a three-word name also goes by: its middle name and surname
    ("Recep Tayyip Erdogan" -> the key of "Tayyip Erdogan"). Longer names are often headline or
    caption runs ("Michael Brown Filmmaker Spike Lee") and connect nobody."""
    parsed = names.parse_person(name)
    if len(parsed.middles) != 1 or len(parsed.middles[0]) < 2 or len(name.split()) != 3:
        return []
    return [f"pfl:{parsed.middles[0]} {parsed.last}|{parsed.suffix}"]


def goes_by_middle_name(name: str, entity: Entity) -> bool:
    """Is the entity named by the middle name and surname of ``name`` ("Tayyip Erdogan")?"""
    return names.plain(entity.name).split() == names.plain(name).split()[1:]


def older_first(store: Store, a: Entity, b: Entity) -> tuple[Entity, Entity]:
    """(kept, merged): the entity mentioned first in the corpus (the earliest article by date, then
    by id: the canonical order linking follows) keeps its id."""
    m = mentions_table
    query = (
        select(m.c.entity_id, func.min(func.coalesce(m.c.article_day, "")), func.min(m.c.article_id))
        .where(m.c.entity_id.in_([a.entity_id, b.entity_id]))
        .group_by(m.c.entity_id)
    )
    with store.engine.connect() as conn:
        first = {eid: (day, article) for eid, day, article in conn.execute(query)}
    rank_a = (*first.get(a.entity_id, ("~", "~")), a.entity_id)
    rank_b = (*first.get(b.entity_id, ("~", "~")), b.entity_id)
    return (a, b) if rank_a <= rank_b else (b, a)


def stored_keys(store: Store, entity_id: str) -> list[str]:
    """Every lookup key stored for the entity."""
    k = entity_keys_table
    with store.engine.connect() as conn:
        return list(conn.execute(select(k.c.key).where(k.c.entity_id == entity_id)).scalars())


def stored_mention_ids(store: Store, entity_id: str) -> list[str]:
    """The mentions stored as the entity's."""
    m = mentions_table
    with store.engine.connect() as conn:
        return list(conn.execute(select(m.c.mention_id).where(m.c.entity_id == entity_id)).scalars())


def repoint_facts(store: Store, merged: dict[str, str]) -> None:
    """Quotes and events of merged entities name the kept ones (the batch's own are linked anew).

    An event names only entities mentioned in its article (entities/fact_links.py), and the
    merged entity's mentions are the kept one's by now (``merged_links`` was saved first): its
    events are looked for among the kept entity's articles, found through the mentions' index,
    not by testing every event's id lists; the changed rows are written in one statement."""
    if not merged:
        return
    q, ev, m = quotes_table, events_table, mentions_table
    with store.engine.begin() as conn:
        for gone, kept in sorted(merged.items()):
            conn.execute(update(q).where(q.c.speaker_entity_id == gone).values(speaker_entity_id=kept))
            articles = select(m.c.article_id).where(m.c.entity_id == kept).distinct()
            for column in (ev.c.actor_entity_ids, ev.c.recipient_entity_ids):
                rows = conn.execute(
                    select(ev.c.event_id, column).where(
                        ev.c.article_id.in_(articles), cast(column, String).like(f'%"{gone}"%')
                    )
                ).all()
                fixed = [
                    {"e_id": event_id, "ids": list(dict.fromkeys(kept if i == gone else i for i in ids))}
                    for event_id, ids in rows
                    if gone in ids
                ]
                if fixed:
                    statement = update(ev).where(ev.c.event_id == bindparam("e_id"))
                    conn.execute(statement.values({column.name: bindparam("ids")}), fixed)


def merge_entities(linker, a: Entity, b: Entity) -> Entity:
    """Merge two entities of ``linker`` (an ``entities.linking._Linker``) into the one that keeps
    its id; returns that one. A person and a thing merge into the person; otherwise the older."""
    if a.entity_id == b.entity_id:
        return a
    if a.type != b.type:
        kept, gone = (a, b) if a.type == "PERSON" else (b, a)
    else:
        kept, gone = older_first(linker.store, a, b)
    kept.aliases = list(dict.fromkeys([*kept.aliases, *gone.aliases]))[
        : len(kept.aliases) + len(gone.aliases)
    ]
    kept.roles = list(dict.fromkeys([*kept.roles, *gone.roles]))
    if kept.type == gone.type and fuller_name(kept.type, kept.name, gone.name):
        kept.name = gone.name  # an older one-word "Obama" merged with "Barack Obama" is named in full
    keys = {key for key, ids in linker.index.items() if gone.entity_id in ids}
    keys |= set(stored_keys(linker.store, gone.entity_id))
    for key in sorted(keys | {f"id:{gone.entity_id}"}):
        linker.index.get(key, set()).discard(gone.entity_id)
        linker.add_key(key, kept.entity_id)
    linker.new_keys = [(key, eid) for key, eid in linker.new_keys if eid != gone.entity_id]
    linker.weight[kept.entity_id] = linker.weight_of(kept) + linker.weight_of(gone)
    linker.entities.pop(gone.entity_id, None)
    linker.changed.pop(gone.entity_id, None)
    linker.changed[kept.entity_id] = kept
    linker.merged[gone.entity_id] = kept.entity_id
    for earlier, into in list(linker.merged.items()):  # an id merged before follows on
        if into == gone.entity_id:
            linker.merged[earlier] = kept.entity_id
    return kept


def merged_links(linker, links: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """The batch's links with merged entities replaced, plus the stored mentions of merged ones."""
    merged = linker.merged
    fixed = [(mention_id, merged.get(eid, eid) if eid else eid) for mention_id, eid in links]
    for gone, kept in sorted(merged.items()):
        fixed += [(mention_id, kept) for mention_id in stored_mention_ids(linker.store, gone)]
    return fixed


def same_person(linker, local, entity: Entity) -> list[Entity]:
    """Other entities a three-word name shows to be the person its group joined: "Tayyip Erdogan"
    when "Recep Tayyip Erdogan" joined "Recep Erdogan" (``local``: a linking group); and the same
    name with or without a generational suffix once this article gives the office both hold."""
    if local.label != "PERSON":
        return []
    found = {
        e.entity_id: e for key in middle_name_keys(local.name) for e in linker.candidates(key, ("PERSON",))
    }
    same = [e for e in found.values() if goes_by_middle_name(local.name, e)]
    # "Joseph R. Biden Jr." met before either entity had the office this article gives him
    twins = other_generation(
        linker.candidates, names.parse_person(local.name), local.roles, shared_office=True
    )
    same += [e for e in twins if not any(role_words.is_generation_kin_role(role) for role in e.roles)]
    same += office_word_entities(linker, local, entity)
    return [
        e
        for e in {e.entity_id: e for e in same}.values()
        if e.entity_id != entity.entity_id and not linker._kept_apart(local, e)
    ]


def office_word_entities(linker, local, entity: Entity) -> list[Entity]:
    """The one-word entity of a surname written under an office one person holds at a time
    ("President Obama", linked before any full name of that surname was met, or while a relative's
    full name was the only one known), once a full name of that surname is written under that
    office (``local``'s roles, "President Barack Obama") and no other person named in full with
    that surname holds it: the titled surname is that person's. A relative's entity, a gender cue
    against the full name or a second holder of the office ("George W." and "George H. W. Bush")
    leaves the word apart."""
    parsed = names.parse_person(local.name)
    ours = role_words.held_offices(local.roles) & _sole_offices() if local.label == "PERSON" else set()
    if parsed.is_single or not ours:
        return []
    key = f"{parsed.last}|{parsed.suffix}"
    cues = role_words.role_cues(local.roles)[0] | _given_gender(parsed)
    words = [
        e
        for e in linker.single_people(f"ps:{key}")
        if names.parse_person(e.name).last == parsed.last
        and role_words.held_offices(e.roles) & ours
        and not any(role_words.is_kin_role(role) for role in e.roles)
        and not gender_clash(cues, e, names.parse_person)
    ]
    if not words:
        return []
    stored = linker.store.entity_ids_by_key({f"pl:{key}"}).get(f"pl:{key}", set()) - set(linker.merged)
    load_entities(linker, stored)  # the full names of the surname: read only now, rarely needed
    linker.index.setdefault(f"pl:{key}", set()).update(stored)
    others = [
        e
        for e in linker.candidates(f"pl:{key}", ("PERSON",))
        if e.entity_id != entity.entity_id and role_words.held_offices(e.roles) & ours
    ]
    return [] if others else words


def _given_gender(parsed: names.PersonName) -> set[str]:
    gender = names.gender_of(parsed)
    return {gender} if gender else set()


def _sole_offices() -> set[str]:
    """Offices one person holds at a time (``sole_offices`` in person_name_repair.yaml)."""
    return set(lexicon.rules("person_name_repair.yaml").get("sole_offices", []))
