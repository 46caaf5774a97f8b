"""Data for the stories evaluation: BASIL triplets, generated re-posts, and parsed extractions
kept between runs.

Parsing 210 articles costs minutes on a shared laptop; the stories stage costs seconds. The
per-article extractions (the real pipeline's ``extract_facts``) are pickled under the user's
cache folder, keyed by the model, the articles' text and the source of the per-article stages,
so a change to any of them parses again and every other run reuses them.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import random
import re
from pathlib import Path

from newsprism.config import Settings, data_path
from newsprism.ingest.clean import clean_article
from newsprism.models import Article, Extraction, RawArticle

PACKAGE = Path(__file__).resolve().parents[1]
# The per-article stages whose source decides what an extraction holds.
_TABLE = re.compile(r"^\[([\w.]+)\]\s*$")  # a TOML table header line
_STAGES = ("ingest", "nlp", "people", "quotes", "entities", "events")
# modules outside the stage packages that decide what the per-article stages keep: the pipeline
# that runs them (which facts it stores), the data model, the rule switches and the settings reader
_SHARED_MODULES = ("pipeline.py", "models.py", "rule_groups.py", "config.py")
# data files only the stories stage reads (after the cached extraction): a story word list or
# headline pattern changed parses nothing again, as a [stories] setting does not
_STORIES_DATA = "story_"


def load_basil(data: Path) -> list[tuple[RawArticle, str]]:
    """(raw article, triplet id) for every BASIL article."""
    found = []
    for path in sorted((data / "articles").glob("*/*.json")):
        record = json.loads(path.read_text("utf-8"))
        text = "\n\n".join(" ".join(sentences) for sentences in record["body-paragraphs"])
        raw = RawArticle(
            source=str(path),
            raw_text=text,
            title=record.get("title"),
            outlet=record.get("source"),
            published=(record.get("date") or "")[:10] or None,
            given_id=path.stem,  # the file name: a few BASIL records share a placeholder uuid
        )
        found.append((raw, record["triplet-uuid"]))
    return found


def make_repost(raw: RawArticle, number: int, rng: random.Random) -> RawArticle:
    """A re-post of the article: boilerplate around it, a few words changed, maybe a paragraph less."""
    lines = data_path("repost_boilerplate.txt").read_text("utf-8").splitlines()
    boilerplate = [line for line in lines if line.strip() and not line.startswith("#")]
    paragraphs = raw.raw_text.split("\n\n")
    if len(paragraphs) >= 6 and rng.random() < 0.5:
        del paragraphs[rng.randrange(1, len(paragraphs))]
    words = "\n\n".join(paragraphs).split(" ")
    vocabulary = [w for w in words if w.isalpha()]
    for _ in range(3):
        position = rng.randrange(len(words))
        if "\n" not in words[position]:
            words[position] = rng.choice(vocabulary)
    text = " ".join(words)
    top = rng.sample(boilerplate, 2)
    bottom = rng.sample(boilerplate, 2)
    return RawArticle(
        source=f"repost-{number}",
        raw_text="\n\n".join([*top, text, *bottom]),
        title=raw.title,
        outlet=f"aggregator-{number % 4}",
        published=raw.published,
        given_id=f"repost-{number}-of-{raw.given_id}",
    )


def _extraction_settings(settings: Settings) -> bytes:
    """The settings the per-article stages read, as the environment or ``--set`` left them: the
    data files' digest sees only ``settings.toml`` (NEWSPRISM_STRAIGHT_APOSTROPHES=false once
    reused the parses made with the setting on)."""
    read = ("model", "max_chars", "straight_apostrophes", "limits", "clean", "quotes", "events")
    return json.dumps({name: getattr(settings, name) for name in read}, sort_keys=True, default=str).encode()


def _extract_all(articles: list[Article], settings: Settings) -> list[Extraction]:
    """The per-article stages over every article, in worker processes as ``analyze`` runs them
    (a re-parse of the thirteen weeks takes half the time on two cores)."""
    from newsprism.pipeline import LocalExecutor

    size = settings.batch_size
    batches = [articles[i : i + size] for i in range(0, len(articles), size)]
    executor = LocalExecutor(settings)
    try:
        results = [result for batch in executor.map(batches, len(articles)) for result in batch]
    finally:
        executor.close()
    failed = next((r for r in results if isinstance(r, str)), None)
    if failed is not None:
        raise RuntimeError(failed)  # an evaluation scores every article or none
    return results


def _code_digest() -> str:
    digest = hashlib.sha256()
    for stage in _STAGES:
        for path in sorted((PACKAGE / stage).rglob("*.py")):
            digest.update(path.read_bytes())
    for path in (PACKAGE / name for name in _SHARED_MODULES):
        digest.update(path.read_bytes() if path.exists() else b"")
    for path in sorted((PACKAGE / "data").iterdir()):
        if path.is_file() and not path.name.startswith(_STORIES_DATA):
            digest.update(path.name.encode() + _extraction_bytes(path))
    return digest.hexdigest()[:16]


def _extraction_bytes(path: Path) -> bytes:
    """The file as far as it can change an extraction: the settings without their ``[stories]``
    table, which only the stories stage reads (tuning a story threshold parses nothing again)."""
    data = path.read_bytes()
    if path.name != "settings.toml":
        return data
    kept, table = [], ""
    for line in data.decode("utf-8").splitlines():
        header = _TABLE.match(line)
        table = header.group(1) if header else table
        if table != "stories":
            kept.append(line)
    return "\n".join(kept).encode("utf-8")


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsprism" / "eval"


def extracted(raws: list[RawArticle], settings: Settings) -> list[tuple[Article, Extraction]]:
    """Each raw article cleaned and run through the per-article stages, from the cache if it has them."""
    key = hashlib.sha256(_extraction_settings(settings) + _code_digest().encode())
    for raw in raws:
        key.update(f"{raw.given_id}\0{raw.title}\0{raw.published}\0{raw.outlet}\0{raw.raw_text}\0".encode())
    path = cache_folder() / f"{key.hexdigest()[:24]}.pickle"
    if path.exists():
        try:
            with path.open("rb") as handle:
                return pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError):
            pass  # a broken cache parses again
    articles = [clean_article(raw, settings) for raw in raws]
    found = list(zip(articles, _extract_all(articles, settings), strict=True))
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".tmp")
    with partial.open("wb") as handle:
        pickle.dump(found, handle)
    partial.replace(path)
    return found
