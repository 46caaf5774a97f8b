"""Quotes and events of linked articles get the entities of their speakers, actors and recipients.

A quote's speaker is the entity of the mention speaker resolution named; older rows without one
are matched by offsets, then by name, against the article's own mentions (``_NameMatcher``).
"""

from __future__ import annotations

from newsprism.entities.stand_ins import stand_in_entities, stand_in_noun
from newsprism.models import Entity, Mention
from newsprism.people import names, role_words
from newsprism.store.schema import events_table, quotes_table
from newsprism.store.store import Store


def link_quotes_and_events(
    store: Store,
    article_ids: list[str],
    mentions_by_article: dict[str, list[Mention]],
    links: list[tuple[str, str | None]],
    entities: dict[str, Entity],
) -> None:
    entity_of_mention = dict(links)
    matchers = {aid: _NameMatcher(ms, entity_of_mention, entities) for aid, ms in mentions_by_article.items()}
    quote_rows = []
    for quote in store.quotes(article_ids=article_ids):
        matcher = matchers.get(quote.article_id)
        if matcher is None or not (quote.speaker or quote.speaker_start is not None):
            continue
        # the speaker's mention, found in the article when the quote was: its entity is the speaker's
        entity_id = entity_of_mention.get(quote.speaker_mention_id) if quote.speaker_mention_id else None
        if entity_id is None:  # stored before quotes kept their speaker's mention
            entity_id = matcher.at(quote.speaker_start, quote.speaker_end) or matcher.named(quote.speaker)
        if entity_id and entity_id in entities:
            entity = entities[entity_id]
            quote_rows.append(
                {
                    "quote_id": quote.quote_id,
                    "speaker_entity_id": entity_id,
                    "speaker": entity.name,
                    "speaker_type": quote.speaker_type or entity.type,
                }
            )
    store.update_rows(quotes_table, "quote_id", quote_rows)
    event_rows = []
    for event in store.events(article_ids=article_ids, happenings=True):
        matcher = matchers.get(event.article_id)
        if matcher is None:
            continue
        actor_ids = matcher.all(event.actors, getattr(event, "actor_offsets", []))
        recipient_ids = matcher.all(event.recipients, getattr(event, "recipient_offsets", []))
        if actor_ids != event.actor_entity_ids or recipient_ids != event.recipient_entity_ids:
            event_rows.append(
                {
                    "event_id": event.event_id,
                    "actor_entity_ids": actor_ids,
                    "recipient_entity_ids": recipient_ids,
                }
            )
    store.update_rows(events_table, "event_id", event_rows)


class _NameMatcher:
    """Finds the entity a speaker or actor string means, from its article's mentions."""

    def __init__(self, mentions: list[Mention], entity_of_mention: dict, entities: dict[str, Entity]):
        self.spans = [(m.start, m.end, entity_of_mention.get(m.mention_id)) for m in mentions]
        self.by_name: dict[str, str | None] = {}
        surnames: dict[str, set[str | None]] = {}
        for mention in mentions:
            entity_id = entity_of_mention.get(mention.mention_id)
            for form in (mention.local_name, mention.text):
                if form:
                    self.by_name.setdefault(names.plain(form), entity_id)
            if mention.label == "PERSON" and mention.local_name:
                surnames.setdefault(names.plain(mention.local_name.split()[-1]), set()).add(entity_id)
        for surname, ids in surnames.items():
            if len(ids) == 1:
                self.by_name.setdefault(surname, next(iter(ids)))
        for entity_id in {e for _, _, e in self.spans if e}:
            if entity_id in entities:
                self.by_name.setdefault(names.plain(entities[entity_id].name), entity_id)
        self.stand_ins = stand_in_entities(mentions, entity_of_mention, entities)  # "the court"

    def at(self, start: int | None, end: int | None) -> str | None:
        if start is None or end is None:
            return None
        for m_start, m_end, entity_id in self.spans:
            # The name must end the phrase ("Trade Minister Park"), not modify it ("Chile's central bank").
            if entity_id and m_start < end and start < m_end and m_end >= end - 2:
                return entity_id
        return None

    def all(self, texts: list[str], offsets: list) -> list[str | None]:
        """Entity ids of names, by their offsets in the text when known, else by the names."""
        found = []
        for i, text in enumerate(texts):
            span = offsets[i] if i < len(offsets) and offsets[i] else (None, None)
            found.append(self.at(span[0], span[1]) or self.named(text))
        return found

    def named(self, text: str | None) -> str | None:
        if not text:
            return None
        key = names.plain(names.strip_possessive(text))
        if key in self.by_name:
            return self.by_name[key]
        words = key.split()
        while words and words[0] in role_words.title_words():  # "President Putin"
            words.pop(0)
            if " ".join(words) in self.by_name:
                return self.by_name[" ".join(words)]
        noun = stand_in_noun(text)  # "the court": the one court the article names (entities/stand_ins.py)
        return self.stand_ins.get(noun) if noun else None
