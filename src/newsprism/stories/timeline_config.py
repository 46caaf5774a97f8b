"""The timeline's settings: every ``timeline_*`` key of the ``[stories]`` settings, read once.

The one reader of them for every timeline module (grouping, dates, acts in passing, dateless
background, quote rows), so a run or a test that changes a key clears one cache
(``limits.cache_clear()``) or patches one function."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from newsprism.config import Settings


@lru_cache(maxsize=1)
def limits() -> dict[str, Any]:
    """The ``timeline_*`` keys of ``[stories]`` and their values (defaults in ``settings.toml``)."""
    return {k: v for k, v in Settings.load().stories.items() if k.startswith("timeline_")}


def setting(key: str) -> Any:
    """One ``timeline_*`` setting, read through ``limits`` (so a patched ``limits`` is seen)."""
    return limits()[key]
