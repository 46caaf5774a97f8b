"""Named rule groups a stage can switch off by name, to measure what each is worth.

The quote and event stages each name their rules past the core (``quotes/rules.py``,
``events/rules.py``); this is the one switch both use: ``enabled`` in the stage's code,
``switched_off`` for one stretch of code (what ``newsprism eval ... --ablate`` does).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from newsprism.errors import UsageError


class RuleGroups:
    """A stage's groups, with those switched off by default (``default_off``, read once, when
    first asked) or for one stretch of code."""

    def __init__(self, stage: str, groups: dict[str, str], default_off: Callable[[], Iterable[str]] = tuple):
        self.stage = stage
        self.groups = groups
        self._default_off = default_off
        self._defaults: frozenset[str] | None = None
        self._switched_off: frozenset[str] | None = None  # None: the defaults

    def checked(self, names: Iterable[str]) -> frozenset[str]:
        """The group names, refused when one is not a group."""
        found = frozenset(names)
        unknown = found - set(self.groups)
        if unknown:
            raise UsageError(
                f"no {self.stage} rule group named {', '.join(sorted(unknown))} "
                f"(groups: {', '.join(self.groups)})"
            )
        return found

    def enabled(self, group: str) -> bool:
        """Whether a rule group is on."""
        if group not in self.groups:  # a typo in the code must not switch a rule off silently
            raise KeyError(group)
        off = self._switched_off
        if off is None:
            if self._defaults is None:
                self._defaults = self.checked(self._default_off())
            off = self._defaults
        return group not in off

    @contextmanager
    def switched_off(self, groups: Iterable[str]) -> Iterator[None]:
        """Run the stage with exactly these groups off (the defaults aside), then restore."""
        before = self._switched_off
        self._switched_off = self.checked(groups)
        try:
            yield
        finally:
            self._switched_off = before
