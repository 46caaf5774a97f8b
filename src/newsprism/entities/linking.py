"""The entity stage, across articles: one entity per real person, organisation or place.

``link_articles`` runs after new articles are stored. Each article's mentions are grouped by
their local name (the entity stage already linked "Kirby" to "John Kirby" inside the article);
each group looks up candidate entities by its keys (folded full name, surname, acronym,
canonical place name; see ``names``) in the ``entity_keys`` table, so adding articles never
rescans the corpus (the groups and their keys are ``link_groups``, the matching ``linker``). A
group joins the one compatible candidate, or starts a new entity whose id is a hash of its first
name and never changes. A bare surname that fits several people is left
unlinked rather than guessed. Then quotes and events of those articles get entity ids.

Linking reads entities into memory and writes them back: it must run under the database's run
lock held exclusively (``store.locks``; ``pipeline.link_pending`` and ``rebuild_entities`` take
it), so two processes never link at once. Counters are recounted from the mention rows in the
same transaction as the links, and an entity left with no mention is removed. A person is shown under
the full name most of its mentions are written in (``display``, from per-form counts the same
transaction keeps up to date).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, update

from newsprism.entities.aliases import AliasRules
from newsprism.entities.bearers import SALIENCE_RATIO, kept_apart_in_article
from newsprism.entities.display import display_name
from newsprism.entities.fact_links import link_quotes_and_events
from newsprism.entities.label_vote import LabelVote
from newsprism.entities.link_groups import (
    AMBIGUOUS,
    Local,
    entity_id_for,
    group_keys,
    local_entities,
    parsed_name,
    place_key,
    preload_keys,
)
from newsprism.entities.linker import Linker
from newsprism.entities.merges import merge_entities, merged_links, repoint_facts, same_person
from newsprism.models import Entity, Mention
from newsprism.people import names, place_names
from newsprism.store.locks import RunLock
from newsprism.store.schema import entities_table, entity_forms_table, entity_keys_table, mentions_table
from newsprism.store.store import Store, canonical_order

__all__ = ["entity_id_for", "link_articles", "rebuild_entities"]


def link_articles(store: Store, article_ids: Sequence[str], aliases: AliasRules | None = None) -> None:
    """Give every mention of these stored articles an entity; then their quotes and events."""
    mentions_by_article: dict[str, list[Mention]] = {}
    for mention in store.mentions(article_ids=list(article_ids)):
        mentions_by_article.setdefault(mention.article_id, []).append(mention)
    linker = Linker(store, aliases)
    locals_by_article = {aid: local_entities(ms) for aid, ms in mentions_by_article.items()}
    linker.preload(preload_keys(linker, locals_by_article))

    links: list[tuple[str, str | None]] = []
    in_order = [local for article_id in article_ids for local in locals_by_article.get(article_id, [])]
    vote = LabelVote(
        (g.label, g.name, len(g.mention_ids), not parsed_name(g.name).is_single) for g in in_order
    )
    linker.thing_count = vote.thing_mentions  # this batch's own count of a name typed as a thing
    # people first: a full name the model typed ORG in one article finds the person named in another
    for local in sorted(in_order, key=lambda g: g.label != "PERSON"):
        if local.namesake is None:  # a PERSON group or a thing the corpus types otherwise
            _relabel_by_vote(linker, vote, local)
        family = local.label == "PERSON" and vote.family(local.name, linker.candidates)
        found = AMBIGUOUS if family else linker.match(local)
        if isinstance(found, Entity) and kept_apart_in_article(local, found, locals_by_article):
            found = None  # the article's own two people ("Sam Roe" and "Roe's brother, Sam Lee Roe")
        if local.namesake is not None:
            found = namesake_target(linker, local, found)
        if found == AMBIGUOUS:
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


def _relabel_by_vote(linker: Linker, vote: LabelVote, local: Local) -> None:
    """A group the corpus mostly types otherwise ("ISIS" PERSON, "Charlottesville" ORG) takes that label."""
    label = vote.relabel(local.name, local.cued, linker.candidates, linker.weight_of, local.label)
    if label:
        local.label = label
        local.name = names.strip_possessive(local.name)
        local.keys = group_keys(local)


def namesake_target(linker: Linker, part: Local, found: Entity | str | None) -> Entity | str | None:
    """A careful reader gives a bare surname to the namesake without the suffix ("Donald Trump",
    not "Donald Trump Jr.") when the corpus names that one far more often; else it is the
    suffixed person's, as the article's own linking said."""
    group = part.namesake
    owner = linker.entities.get(group.linked or "") if group else None
    if isinstance(found, Entity) and found is not owner and group:
        theirs = parsed_name(found.name)
        far_more = linker.weight_of(found) >= SALIENCE_RATIO * max(1, linker.weight_of(owner) if owner else 0)
        if theirs.first == parsed_name(group.name).first and not theirs.suffix and far_more:
            return found
    return owner if owner is not None else AMBIGUOUS


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


def _relate_demonym(linker: Linker, entity: Entity) -> None:
    """NORP "Chinese" points at the place China (created, without mentions, if not yet seen)."""
    place = place_names.demonym_place(entity.name)
    if not place or "demonym_of" in entity.related:
        return
    found = linker.candidates(place_key(place), ("GPE", "LOC"))
    if found:
        target = found[0]
    else:
        local = Local("GPE", place, [place], [], [], place_names.name_keys(place, "GPE"))
        target = linker.create(local, place)
        linker.absorb(target, local, None)
    entity.related = {**entity.related, "demonym_of": target.entity_id}
