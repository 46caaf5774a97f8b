"""PLOVER contexts: what an event is about beside its type ("diplomatic, military", "legal").

Read from the words of the event's sentence: data/event_contexts.yaml lists, per context, the
lemmas that name it, the more specific contexts first; at most two are kept.
"""

from __future__ import annotations

from functools import lru_cache

import yaml
from spacy.tokens import Span

from newsprism.config import data_path

MAX_CONTEXTS = 2


@lru_cache(maxsize=1)
def load_contexts() -> tuple[tuple[str, frozenset[str]], ...]:
    """(context, its words) in the order they are tried."""
    raw = yaml.safe_load(data_path("event_contexts.yaml").read_text("utf-8"))
    return tuple((name, frozenset(w.lower() for w in words)) for name, words in raw["contexts"].items())


def sentence_words(sent: Span) -> frozenset[str]:
    """The sentence's lemmas and lower-cased words (one set per sentence, shared by its events)."""
    words = set()
    for token in sent:
        words.add(token.lemma_.lower())
        words.add(token.lower_)
    return frozenset(words)


def context_of(words: frozenset[str]) -> str | None:
    """The PLOVER context(s) a sentence's words name, as PLOVER writes them, or None."""
    found = [name for name, names in load_contexts() if names & words]
    return ", ".join(found[:MAX_CONTEXTS]) or None
