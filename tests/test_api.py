"""The library the front ends stand on (``newsprism.api.Corpus``), on SQLite and PostgreSQL:
keyset pages that neither skip nor repeat rows, id prefixes, name look-ups by support."""

from __future__ import annotations

import pytest

from newsprism.api import Corpus
from newsprism.errors import AmbiguousError, NotFoundError, UsageError
from newsprism.models import Article, Entity, Extraction, Quote
from newsprism.people import names, place_names
from newsprism.store.queries import decode_cursor, encode_cursor
from newsprism.store.schema import entities_table


def _article(article_id: str, published: str | None, quotes: int) -> tuple[Article, Extraction]:
    text = " ".join(f'"Word {i}," said Ann.' for i in range(quotes))
    article = Article(article_id=article_id, source=f"{article_id}.txt", text=text, published=published)
    found = [
        Quote(article_id=article_id, text=f"Word {i}", start=i * 20 + 1, end=i * 20 + 7, kind="direct")
        for i in range(quotes)
    ]
    for n, quote in enumerate(found):
        quote.quote_id = f"{article_id}:q{n}"
    return article, Extraction(quotes=found)


@pytest.fixture
def corpus(db_url: str):
    with Corpus(db_url) as opened:
        for i in range(7):
            opened.store.save_article(*_article(f"art-{i:02d}", "2025-01-0" + str(i % 3 + 1), quotes=i % 3))
        yield opened


def test_quote_pages_follow_the_cursor_without_gaps_or_repeats(corpus: Corpus):
    everything = [q.quote_id for q in corpus.quotes()]
    assert len(everything) == 6  # 0, 1, 2, 0, 1, 2, 0 quotes
    seen, page = [], corpus.quote_page(limit=2)
    while True:
        assert page.total == len(everything)
        seen += [q.quote_id for q in page.items]
        if page.next is None:
            break
        page = corpus.quote_page(limit=2, after=page.next)
    assert seen == everything
    assert [q.quote_id for q in corpus.quotes(limit=3)] == everything[:3]
    assert [q.quote_id for q in corpus.quote_page(limit=2, offset=3).items] == everything[3:5]


def test_filters_with_wildcard_characters_match_literally(corpus: Corpus):
    assert corpus.quote_page(text="%").total == 0 and corpus.quote_page(text="_").total == 0
    assert corpus.quote_page(text="word 1").total == 2


def test_dated_listings_filter_each_end_on_its_own(corpus: Corpus):
    assert [a.article_id for a in corpus.articles(until="2025-01-01")] == ["art-00", "art-03", "art-06"]
    assert corpus.article_page(since="2025-01-03").total == 2


def test_ids_by_unique_prefix(corpus: Corpus):
    assert corpus.article("art-03").article_id == "art-03"
    assert corpus.article("art-05").article_id == "art-05"
    with pytest.raises(
        AmbiguousError, match=r"article id 'art-0' is ambiguous: 7 ids start with it \(art-00"
    ):
        corpus.article("art-0")
    with pytest.raises(NotFoundError, match="no article 'art_0'"):
        corpus.article("art_0")  # "_" is a character, not a wildcard
    with pytest.raises(NotFoundError):
        corpus.article("ART-01")


def test_a_cursor_from_elsewhere_is_a_usage_error(corpus: Corpus):
    assert decode_cursor(encode_cursor([1.5, "a"]), 2) == [1.5, "a"]
    for bad in ("nonsense!", encode_cursor([1]), encode_cursor([[1], "x"])):
        with pytest.raises(UsageError, match="is not a cursor"):
            corpus.quote_page(after=bad)


def test_totals(corpus: Corpus):
    assert corpus.totals() == {
        "articles": 7,
        "failed": 0,
        "quotes": 6,
        "entities": 0,
        "events": 0,
        "stories": 0,
        "happenings": 0,
    }


def _entity(entity_id: str, name: str, type: str, mentions: int, keys: list[str]) -> tuple[Entity, list]:
    return Entity(entity_id=entity_id, name=name, type=type, aliases=[name]), [(k, entity_id) for k in keys]


def test_a_name_means_its_best_supported_entity_and_the_others_are_listed(corpus: Corpus):
    person = names.parse_person("Donald Trump")
    made = [
        _entity("org-trump", "Trump", "ORG", 40, [*place_names.name_keys("Trump", "ORG"), "a:trump"]),
        _entity(
            "person-trump", "Donald Trump", "PERSON", 1288, [*names.person_keys(person), "a:donald trump"]
        ),
        _entity("person-other", "Ann Lee", "PERSON", 3, names.person_keys(names.parse_person("Ann Lee"))),
    ]
    store = corpus.store
    store.save_entity_links([e for e, _ in made], [k for _, keys in made for k in keys], [])
    store.update_rows(
        entities_table,
        "entity_id",
        [
            {"entity_id": e.entity_id, "mentions": n}
            for e, n in zip([m[0] for m in made], [40, 1288, 3], strict=True)
        ],
    )
    found = corpus.entity_matches("Trump")
    assert [e.entity_id for e in found] == ["person-trump", "org-trump"]
    profile = corpus.entity_profile("Trump")
    assert profile["entity_id"] == "person-trump"
    assert profile["also"] == [{"entity_id": "org-trump", "name": "Trump", "type": "ORG", "mentions": 40}]
    assert corpus.entity_profile("org-trump")["also"] == []  # an id is never ambiguous
    assert corpus.entity("person-t").entity_id == "person-trump"  # nor a unique id prefix
    assert [e.entity_id for e in corpus.entity_page(limit=2).items] == ["person-trump", "org-trump"]
    with pytest.raises(NotFoundError, match="no entity named 'Nobody'"):
        corpus.entity("Nobody")


def test_a_read_only_corpus_cannot_write(db_url: str):
    with Corpus(db_url) as writable:
        writable.store.save_article(*_article("kept", "2025-01-01", 1))
    with Corpus(db_url, read_only=True) as reader:
        assert [a.article_id for a in reader.articles()] == ["kept"]
        assert reader.article("ke").article_id == "kept"
        with pytest.raises(Exception, match="readonly|read-only"):
            reader.store.save_article(*_article("new", "2025-01-02", 0))
        assert reader.totals()["articles"] == 1


def test_a_missing_database_is_not_created_for_reading(tmp_path):
    with pytest.raises(Exception, match="no such database"):
        Corpus(str(tmp_path / "missing.db"), read_only=True)
    assert not (tmp_path / "missing.db").exists()


def test_events_filter_by_actor_literally_on_both_backends(corpus: Corpus):
    from newsprism.models import Event

    article = Article(article_id="ev-1", source="ev-1.txt", text="Zoë Ångström met 50% of them.")
    found = [
        Event(article_id="ev-1", type="CONSULT", start=0, end=10, sentence="x", actors=["Zoë Ångström"]),
        Event(
            article_id="ev-1",
            type="AID",
            start=11,
            end=20,
            sentence="y",
            actors=["50% Club"],
            date="2025-01-02",
        ),
    ]
    for n, event in enumerate(found):
        event.event_id = f"ev-1:e{n}"
    corpus.store.save_article(article, Extraction(events=found))
    assert [e.event_id for e in corpus.events(actor="zoë ångström")] == ["ev-1:e0"]
    assert [e.event_id for e in corpus.events(actor="50%")] == ["ev-1:e1"]
    assert list(corpus.events(actor="%")) == [] or [e.event_id for e in corpus.events(actor="%")] == [
        "ev-1:e1"
    ]
    assert [e.event_id for e in corpus.events()] == ["ev-1:e0", "ev-1:e1"]  # undated first
    assert corpus.event_page(type="aid").total == 1


def test_text_filters_fold_non_ascii_letters_on_both_backends(corpus: Corpus):
    text = '"Ça suffit," said Åsa Ölund.'
    article = Article(article_id="nx-1", source="nx-1.txt", text=text)
    quote = Quote(article_id="nx-1", text="Ça suffit", start=1, end=10, kind="direct", speaker="Åsa Ölund")
    quote.quote_id = "nx-1:q0"
    corpus.store.save_article(article, Extraction(quotes=[quote]))
    for speaker in ("Åsa Ölund", "åsa ölund", "ÅSA", "ölund"):
        assert [q.quote_id for q in corpus.quotes(speaker=speaker)] == ["nx-1:q0"], speaker
    assert [q.quote_id for q in corpus.quotes(text="ça suffit")] == ["nx-1:q0"]
