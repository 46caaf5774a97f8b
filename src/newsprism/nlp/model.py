"""The spaCy stage: load the configured pipeline once per process and parse in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsprism.config import Settings
from newsprism.errors import ModelError
from newsprism.nlp import apostrophes, entity_repairs

PARAGRAPH_COMPONENT = "newsprism_paragraphs"


@Language.component(PARAGRAPH_COMPONENT)
def mark_paragraph_starts(doc: Doc) -> Doc:
    """A sentence never runs across a line break: the parser otherwise glues a headline or a
    short quote paragraph onto the next paragraph, and speakers leak between them."""
    after_break = False
    for token in doc:
        if token.is_space and "\n" in token.text:
            after_break = True
        elif after_break:
            token.is_sent_start = True
            after_break = False
    return doc


def load_model(name: str, straight_apostrophes: bool | None = None) -> Language:
    """Load an installed spaCy pipeline by package name or path; no downloads ever.

    Paragraph starts are fixed as sentence starts before the parser runs, for any pipeline; the
    entity repairs (``nlp.entity_repairs``) run once the entities, parse and lemmas are there.
    With ``straight_apostrophes`` (the setting of that name when not given) the model reads words
    written with ’ as their straight spelling (``nlp.apostrophes``)."""
    if straight_apostrophes is None:
        straight_apostrophes = Settings.load().straight_apostrophes
    return _load_model(name, straight_apostrophes)


@lru_cache(maxsize=4)
def _load_model(name: str, straight_apostrophes: bool) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed (pip install it, or pass --model / NEWSPRISM_MODEL)"
        ) from exc
    nlp.max_length = max(nlp.max_length, 2_000_000)  # the max_chars setting bounds article length
    if straight_apostrophes and apostrophes.COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(apostrophes.COMPONENT, first=True)
        apostrophes.curly_attribute_rules(nlp)
    if PARAGRAPH_COMPONENT not in nlp.pipe_names:
        anchor = next((n for n in ("parser", "senter") if n in nlp.pipe_names), None)
        nlp.add_pipe(PARAGRAPH_COMPONENT, before=anchor) if anchor else nlp.add_pipe(PARAGRAPH_COMPONENT)
    if entity_repairs.COMPONENT not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe(entity_repairs.COMPONENT, after=_last_of(nlp, ("ner", "parser", "lemmatizer")))
    return nlp


def _last_of(nlp: Language, names: tuple[str, ...]) -> str:
    """The latest of these components in the pipeline: the repairs read entities, parse and lemmas."""
    return max((n for n in names if n in nlp.pipe_names), key=nlp.pipe_names.index)


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches with ``nlp.pipe`` (one process; the pipeline parallelises above this)."""
    yield from nlp.pipe(texts, batch_size=batch_size)
