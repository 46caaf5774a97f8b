"""The events stage: who did what to whom and when (PLOVER types, participants, resolved dates)."""

from newsprism.events.extract import extract_events, load_lexicon

__all__ = ["extract_events", "load_lexicon"]
