"""Article identity: the id an article keeps across runs, and the hash that tells a change.

A file's article is the file (its real path, and its line or item in a JSON collection): edit the
file and the next run replaces the article and its facts. An id the input gives wins over that;
stdin has neither and is known by its text.
"""

from __future__ import annotations

import hashlib

MAX_ID_LENGTH = 64  # the store's id columns


def article_id_for(
    text: str, given_id: str | None = None, outlet: str | None = None, identity: str | None = None
) -> str:
    """The id the input gave (shortened when longer than the store's id columns); else, for an
    input read from a file, a hash of where it lives (real path, and line or item in a JSON
    collection), so an edited file replaces its article; else (stdin) a hash of the clean text.

    The outlet, when known, is hashed with the text: a syndicated copy in another outlet is its own
    article (the stories stage marks it as a duplicate), while the same text read twice is not.
    """
    if given_id:
        return storable_id(str(given_id))
    if identity:
        return identity_id(identity)
    content = f"{outlet}\x1f{text}" if outlet else text
    return hashlib.sha1(content.encode("utf-8")).hexdigest()[:16]


def identity_id(identity: str) -> str:
    """The article id of an input that lives at ``identity`` (see ``article_id_for``)."""
    return hashlib.sha1(f"file\x1f{identity}".encode("utf-8", "replace")).hexdigest()[:16]


def storable_id(given_id: str) -> str:
    """An input's id as the store keeps it: whole when it fits the id columns, else a readable
    prefix and a hash of the whole, the same every run (the whole stays in ``given_id``)."""
    if len(given_id) <= MAX_ID_LENGTH:
        return given_id
    digest = hashlib.sha1(given_id.encode("utf-8")).hexdigest()[:16]
    return f"{given_id[: MAX_ID_LENGTH - 17]}~{digest}"


def content_hash_for(
    text: str,
    title: str | None,
    outlet: str | None,
    published: str | None,
    url: str | None,
    published_text: str | None = None,
) -> str:
    """A hash of everything stored about an article, so a changed re-ingest is noticed."""
    parts = [title or "", outlet or "", published or published_text or "", url or "", text]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
