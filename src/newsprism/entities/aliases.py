"""A user's alias file: entity merges and splits forced on the linker (``--aliases``)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from newsprism.errors import InputError
from newsprism.people import names


@dataclass
class AliasRules:
    """Merges and splits a user forces on the linker (see ``load_alias_rules``)."""

    merge: list[list[str]] = field(default_factory=list)
    split: list[list[str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._canonical = {names.plain(n): group[0] for group in self.merge for n in group}
        self._split_of: dict[str, list[tuple[int, int]]] = {}
        for g, group in enumerate(self.split):
            for member, name in enumerate(group):
                self._split_of.setdefault(names.plain(name), []).append((g, member))

    def canonical(self, forms: Sequence[str]) -> str | None:
        """The forced canonical name when any of these forms is in a merge group."""
        for form in forms:
            if names.plain(form) in self._canonical:
                return self._canonical[names.plain(form)]
        return None

    def never_link(self, forms: Sequence[str]) -> bool:
        """A name listed alone under ``split`` is never linked across articles."""
        return any(len(self.split[g]) == 1 for f in forms for g, _ in self._split_of.get(names.plain(f), []))

    def kept_apart(self, forms_a: Sequence[str], forms_b: Sequence[str]) -> bool:
        """True when a split group puts a form of A and a form of B in different members."""
        marks_a = {m for f in forms_a for m in self._split_of.get(names.plain(f), [])}
        if not marks_a:
            return False
        for form in forms_b:
            for group, member in self._split_of.get(names.plain(form), []):
                if any(g == group and m != member for g, m in marks_a):
                    return True
        return False


def load_alias_rules(path: str | Path) -> AliasRules:
    """Read a user's alias file, YAML or CSV.

    YAML::

        merge:                      # each list is one entity; the first name is its canonical name
          - [Volodymyr Zelenskyy, Zelensky, Volodimir Zelenskij]
          - [Chinese Communist Party, CPC]
        split:                      # names in one list are different entities, never merged
          - [George W. Bush, George H. W. Bush]
          - [Bush]                  # a name alone: mentions written so are never linked

    CSV, one rule a line: ``merge,Volodymyr Zelenskyy,Zelensky`` or ``split,George W. Bush,Jeb Bush``.
    """
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise InputError(str(path), f"cannot read alias file ({exc.strerror})") from exc
    merge: list[list[str]] = []
    split: list[list[str]] = []
    if path.suffix.lower() == ".csv":
        for row in csv.reader(text.splitlines()):
            cells = [c.strip() for c in row if c.strip()]
            if not cells or cells[0].startswith("#"):
                continue
            if cells[0].lower() not in ("merge", "split") or len(cells) < 2:
                raise InputError(str(path), f"bad alias rule {row!r}: expected merge|split,name,...")
            (merge if cells[0].lower() == "merge" else split).append(cells[1:])
        return AliasRules(merge, split)
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise InputError(str(path), f"not valid YAML ({exc})") from exc
    if not isinstance(data, dict) or set(data) - {"merge", "split"}:
        raise InputError(str(path), "expected a mapping with 'merge' and/or 'split' lists")
    for key, target in (("merge", merge), ("split", split)):
        for group in data.get(key) or []:
            group = [group] if isinstance(group, str) else group
            if not isinstance(group, list) or not all(isinstance(n, str) for n in group):
                raise InputError(str(path), f"{key}: each entry must be a list of names")
            target.append(group)
    return AliasRules(merge, split)
