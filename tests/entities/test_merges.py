"""entities.merges: two entities of one person met in different batches merge once a later
article shows they are one; the older id is kept and the other id still finds the person."""

from __future__ import annotations

from pathlib import Path

from newsprism.entities import link_articles
from newsprism.entities.lookup import entity_matches
from newsprism.models import Article, Extraction, Mention
from newsprism.store.store import Store


def test_a_full_name_with_its_middle_name_merges_two_entities_of_one_person(tmp_path: Path, link_each):
    store = Store(str(tmp_path / "x.db"))
    linked = link_each(
        store,
        {
            "a1": [("Tayyip Erdogan", "PERSON")],
            "a2": [("Recep Erdogan", "PERSON")],
            "a3": [("Recep Tayyip Erdogan", "PERSON"), ("Emine Erdogan", "PERSON")],
        },
    )
    kept = linked[("a1", "Tayyip Erdogan")]
    assert linked[("a2", "Recep Erdogan")] == kept == linked[("a3", "Recep Tayyip Erdogan")]
    assert linked[("a3", "Emine Erdogan")] != kept  # his wife stays apart
    people = [e for e in store.entities() if "Erdogan" in e.name]
    assert sorted(e.mentions for e in people) == [1, 3]
    store.close()


def test_a_surname_typed_org_merges_into_the_person_once_the_corpus_shows_whose_it_is(
    tmp_path: Path, link_each
):
    store = Store(str(tmp_path / "x.db"))
    first = link_each(store, {"a1": [("Erdogan", "ORG")]})[("a1", "Erdogan")]
    assert first.startswith("org-")
    later = {f"a{n}": [("Recep Tayyip Erdogan", "PERSON")] for n in range(2, 5)}
    linked = link_each(store, {**later, "a5": [("Erdogan", "ORG")]})
    person = linked[("a2", "Recep Tayyip Erdogan")]
    assert {m.entity_id for m in store.mentions()} == {person}
    assert [e.entity_id for e in store.entities()] == [person]
    assert [e.entity_id for e in entity_matches(store, first)] == [person]  # the old id still finds it
    store.close()


def test_the_store_is_consistent_after_a_merge(tmp_path: Path, link_each):
    """``newsprism doctor``'s checks hold: counters equal rows, per-form counts, nothing dangles."""
    from newsprism.store.doctor import check

    store = Store(str(tmp_path / "x.db"))
    link_each(
        store,
        {
            "a1": [("Erdogan", "ORG"), ("Tayyip Erdogan", "PERSON")],
            "a2": [("Recep Erdogan", "PERSON")],
            "a3": [("Recep Tayyip Erdogan", "PERSON")],
            "a4": [("Recep Tayyip Erdogan", "PERSON")],
            "a5": [("Erdogan", "ORG")],
        },
    )
    # the test links with ``link_articles`` directly, not through the pipeline that marks articles linked
    assert [f.problem for f in check(store) if "not yet linked" not in f.problem] == []
    store.close()


def test_events_of_earlier_articles_name_the_kept_entity_after_a_merge(db_url: str):
    """An event stored with the merged entity as its actor or recipient names the kept one after
    the merge (looked for among the kept entity's articles); other events keep their ids."""
    from newsprism.models import Event

    store = Store(db_url)
    written = {
        "a1": ("Tayyip Erdogan", "Ali Baba"),
        "a2": ("Recep Erdogan", "Ali Baba"),
        "a3": ("Recep Tayyip Erdogan", "Emine Erdogan"),
    }
    for article_id, (actor, recipient) in written.items():
        text = f"{actor} met {recipient}."
        spans = [(actor, 0), (recipient, len(actor) + 5)]
        mentions = []
        for n, (name, start) in enumerate(spans):
            mention = Mention(article_id, name, start, start + len(name), "PERSON", local_name=name)
            mention.mention_id = f"{article_id}:m{n}"
            mentions.append(mention)
        event = Event(
            article_id=article_id,
            type="CONSULT",
            start=0,
            end=len(text),
            sentence=text,
            actors=[actor],
            recipients=[recipient],
            actor_offsets=[(0, len(actor))],
            recipient_offsets=[(spans[1][1], spans[1][1] + len(recipient))],
            event_id=f"{article_id}:e0",
        )
        store.save_article(
            Article(article_id=article_id, source=article_id, text=text),
            Extraction(mentions=mentions, events=[event]),
        )
        link_articles(store, [article_id])
    linked = {(m.article_id, m.text): m.entity_id for m in store.mentions()}
    kept = linked[("a1", "Tayyip Erdogan")]
    assert linked[("a2", "Recep Erdogan")] == kept
    events = {e.article_id: e for e in store.events()}
    assert [events[a].actor_entity_ids for a in ("a1", "a2", "a3")] == [[kept]] * 3
    assert events["a1"].recipient_entity_ids == [linked[("a1", "Ali Baba")]] != [kept]
    assert {e for e in (eid for ev in events.values() for eid in ev.actor_entity_ids)} == {kept}
    store.close()
