"""Read AllSides article texts by id for the real-news gold sets.

The gold sets under ``eval/allsides_*`` hold only article ids: the texts stay in the shared
corpus (``../shared/data/allsides/articles.jsonl.gz``) and are never copied into the repository.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"


def corpus_path(path: Path | None = None) -> Path | None:
    """The corpus file to read, or None when it is not on this machine."""
    for candidate in (path, DEFAULT_CORPUS):
        if candidate is not None and Path(candidate).is_file():
            return Path(candidate)
    return None


def read_texts(ids: Iterable[str], path: Path | None = None) -> dict[str, str]:
    """The stored ``text`` of each wanted article, as is (gold offsets refer to it unchanged)."""
    wanted = set(ids)
    found: dict[str, str] = {}
    corpus = corpus_path(path)
    if corpus is None:
        return found
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            if not wanted - found.keys():
                break
            record = json.loads(line)
            if record.get("id") in wanted:
                found[record["id"]] = record.get("text") or ""
    return found
