"""A store filled with generated extractions and the people they name, without parsing: the
timeline tests' corpus."""

from __future__ import annotations

import random
from collections.abc import Callable

from sqlalchemy import insert

from newsprism.models import Article, Extraction
from newsprism.store.schema import entities_table
from newsprism.store.store import Store


def filled_store(
    db_url: str,
    make_article: Callable[[random.Random, int], tuple[Article, Extraction]],
    count: int,
    seed: int,
    people: dict[str, str],
) -> Store:
    """A store holding ``count`` generated articles and one PERSON entity per ``people`` entry."""
    opened = Store(db_url)
    rng = random.Random(seed)
    for i in range(count):
        opened.save_article(*make_article(rng, i))
    with opened.engine.begin() as conn:
        rows = [
            {"entity_id": k, "name": v, "type": "PERSON", "aliases": [], "roles": [], "related": {}}
            for k, v in people.items()
        ]
        conn.execute(insert(entities_table), rows)
    return opened
