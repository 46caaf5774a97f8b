"""The spaCy stage: load the configured pipeline once per process and parse in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelError


@lru_cache(maxsize=4)
def load_model(name: str) -> Language:
    """Load an installed spaCy pipeline by package name or path; no downloads ever."""
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed (pip install it, or pass --model / NEWSPRISM_MODEL)"
        ) from exc


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches with ``nlp.pipe`` (one process; the pipeline parallelises above this)."""
    yield from nlp.pipe(texts, batch_size=batch_size)
