"""Migration 0018: a database with a trigram table for quote texts and one for speakers (with the
trigrams' positions) gets one table for both, without positions, and every substring filter
keeps its rows; the unused index on quotes' speakers is dropped; a downgrade brings the old
tables back, filled."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command

from newsprism.api import Corpus
from newsprism.models import Article, Extraction, Quote
from newsprism.store import substring
from newsprism.store.migrations import alembic_config

ROWS = [
    ("Gain, aga, and more", "Ada Quill", None),  # every trigram of "again", never the word
    ("Again and again", "Bo Quintana", "the minister"),
    ("Straße closed", "Zoë Ångström", "a spokeswoman"),
]
NEEDLES = {
    "text": ["again", "AGAIN", "aga", "straße", "gain, aga", "no such", "an"],
    "speaker": ["quin", "ÅNGSTRÖM", "minister", "spokes", "ada quill", "Bo"],
}


def _save(corpus: Corpus) -> None:
    body = " ".join(words for words, _, _ in ROWS)
    quotes = [
        Quote(
            article_id="m1",
            text=words,
            start=body.index(words),
            end=body.index(words) + len(words),
            kind="direct",
            speaker=speaker,
            speaker_mention=mention,
            quote_id=f"m1:q{n}",
        )
        for n, (words, speaker, mention) in enumerate(ROWS)
    ]
    article = Article(article_id="m1", source="m1.txt", text=body, outlet="Wire")
    corpus.store.save_article(article, Extraction(quotes=quotes))


def _found(corpus: Corpus) -> dict[str, list[str]]:
    return {
        f"{field}={needle}": sorted(q.quote_id for q in corpus.quotes(**{field: needle}))
        for field, needles in NEEDLES.items()
        for needle in needles
    }


def _tables(db: Path) -> dict[str, str]:
    """The trigram tables as the file holds them (read without opening a store, which upgrades)."""
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        return {name: sql for name, sql in rows if name.endswith("trigram")}


def _indexes(db: Path) -> set[str]:
    with closing(sqlite3.connect(db)) as conn:
        return {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def _migrate(db: Path, to: str) -> None:
    with Corpus(str(db)) as corpus, corpus.store.engine.begin() as conn:
        config = alembic_config(conn)
        if to == "head":
            command.upgrade(config, to)
        else:
            command.downgrade(config, to)


def test_the_old_trigram_tables_become_one_with_the_same_rows(tmp_path: Path):
    if not substring.HAS_TRIGRAM:
        pytest.skip("this SQLite has no trigram tokenizer (3.34+)")
    db = tmp_path / "m.db"
    with Corpus(str(db)) as corpus:
        _save(corpus)
        expected = _found(corpus)
    assert expected["text=again"] == ["m1:q1"] and expected["speaker=quin"] == ["m1:q1"]
    assert expected["speaker=ÅNGSTRÖM"] == ["m1:q2"] and expected["text=gain, aga"] == ["m1:q0"]

    _migrate(db, "0017_drop_prefix_indexes")
    old = _tables(db)
    assert set(old) == {"quote_texts_trigram", "quote_speakers_trigram", "events_trigram"}
    assert all("detail" not in sql for sql in old.values())
    assert "ix_quotes_speaker" in _indexes(db)
    with Corpus(str(db)) as corpus:  # opening upgrades it again
        assert _found(corpus) == expected
        _save(corpus)  # the triggers of the one table follow a rewrite
        assert _found(corpus) == expected
    new = _tables(db)
    assert set(new) == {"quotes_trigram", "events_trigram"}
    assert all("detail=column" in sql for sql in new.values())
    assert "ix_quotes_speaker" not in _indexes(db)  # no filter could use it
