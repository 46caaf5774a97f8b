"""entities.display and store.forms: a person is shown under the full name most of its mentions
are written in, from per-form counts kept incrementally (invented names and articles; real SQLite
and PostgreSQL)."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select, text, update

from newsprism.entities import link_articles, rebuild_entities
from newsprism.entities.display import display_name, is_full_name
from newsprism.models import Article, Entity, Extraction, Mention
from newsprism.store.migrations import upgrade
from newsprism.store.schema import entities_table, entity_forms_table
from newsprism.store.store import Store


def _save(store: Store, article_id: str, found: list[tuple[str, ...]]) -> None:
    """Store one article's mentions, each (text, label, local name, roles...)."""
    body, mentions = "", []
    for n, (written, label, local, *roles) in enumerate(found):
        mention = Mention(article_id, written, len(body), len(body) + len(written), label, local_name=local)
        mention.roles = list(roles)
        mention.mention_id = f"{article_id}:m{n}"
        mentions.append(mention)
        body += written + ". "
    store.save_article(
        Article(article_id=article_id, source=article_id, text=body), Extraction(mentions=mentions)
    )


def _person(store: Store, article_id: str, written: str) -> Entity:
    ids = {m.entity_id for m in store.mentions(article_ids=[article_id]) if m.text == written}
    assert len(ids) == 1 and None not in ids, (written, ids)
    return next(store.entities(ids=list(ids)))


def _stored_forms(store: Store) -> Counter:
    with store.engine.connect() as conn:
        rows = conn.execute(select(entity_forms_table))
        return Counter({(r.entity_id, r.form): r.mentions for r in rows})


def _counted_forms(store: Store) -> Counter:
    """The counts recounted from scratch, to compare the incremental ones with."""
    return Counter((m.entity_id, " ".join(m.text.split())) for m in store.mentions() if m.entity_id)


def _quillon_articles(store: Store) -> None:
    q = "Marta Quillon"
    _save(store, "a1", [(q, "PERSON", q), ("Quillon", "PERSON", q)])
    _save(store, "a2", [(q, "PERSON", q), ("Quillon", "PERSON", q)])
    # a headline adjective glued on, and a plural, each once: longer, but rarer
    _save(store, "a3", [("Jittery Marta Quillon", "PERSON", "Jittery Marta Quillon")])
    _save(store, "a4", [("Marta Quillons", "PERSON", "Marta Quillons"), (q, "PERSON", q)])


def test_a_person_is_named_by_the_commonest_full_form_not_the_longest(tmp_path):
    store = Store(str(tmp_path / "forms.db"))
    _quillon_articles(store)
    link_articles(store, ["a1", "a2"])
    link_articles(store, ["a3", "a4"])  # a later batch meets the longer forms
    person = _person(store, "a1", "Marta Quillon")
    assert _person(store, "a3", "Jittery Marta Quillon").entity_id == person.entity_id
    assert person.name == "Marta Quillon"
    assert "Jittery Marta Quillon" in person.aliases  # still found by every form
    store.close()


def test_form_counts_are_kept_incrementally_and_follow_a_reanalysed_article(db_url):
    store = Store(db_url)
    _quillon_articles(store)
    link_articles(store, ["a1", "a2"])
    link_articles(store, ["a3", "a4"])
    assert _stored_forms(store) == _counted_forms(store)
    # the article is analysed again and now names her twice by surname only
    _save(store, "a2", [("Quillon", "PERSON", "Marta Quillon"), ("Quillon", "PERSON", "Marta Quillon")])
    link_articles(store, ["a2"])
    assert _stored_forms(store) == _counted_forms(store)
    entity_id = _person(store, "a1", "Marta Quillon").entity_id
    assert _stored_forms(store)[(entity_id, "Quillon")] == 3
    rebuild_entities(store)
    assert _stored_forms(store) == _counted_forms(store)
    store.close()


def test_an_older_database_gets_counts_and_names_from_its_mentions(tmp_path):
    path = str(tmp_path / "old.db")
    store = Store(path)
    _quillon_articles(store)
    link_articles(store, ["a1", "a2", "a3", "a4"])
    entity_id = _person(store, "a1", "Marta Quillon").entity_id
    with store.engine.begin() as conn:  # as a database before 0012 left it
        conn.execute(text("DROP TABLE entity_forms"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0011_quote_search'"))
        conn.execute(update(entities_table).values(name="Jittery Marta Quillon"))
    upgrade(store.engine)
    assert _stored_forms(store) == _counted_forms(store)
    assert next(store.entities(ids=[entity_id])).name == "Marta Quillon"
    store.close()


def test_display_name_rules():
    person = Entity("p", "Quillon", "PERSON")
    # glued page text, capitals and brackets are no name however often written
    forms = {
        "Quillon": 40,
        "Marta QuillonSenate": 9,
        "MARTA QUILLON": 9,
        "Marta] Quillon": 9,
        "Marta Quillon": 2,
    }
    assert display_name(person, forms) == "Marta Quillon"
    assert display_name(person, {"Quillon": 5, "QUILLON": 9}) == "Quillon"  # no full name: one word
    # a title is cut before counting; ties go to a known given name, then the shorter form
    assert (
        display_name(person, {"Sen. Marta Quillon": 2, "Marta Quillon": 1, "Velvet Quillon": 3})
        == "Marta Quillon"
    )
    assert display_name(person, {"Marta Quillon": 2, "Marta Ines Quillon": 2}) == "Marta Quillon"
    assert display_name(Entity("o", "Quillon Group", "ORG"), {"Quillon": 9}) == "Quillon Group"
    assert is_full_name("Mary-Kate al-Fayed Jr.") and not is_full_name("Quillon 2020")
