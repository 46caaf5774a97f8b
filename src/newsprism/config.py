"""Settings: one object, its defaults in ``data/settings.toml`` only.

Each value is taken from, in rising order of precedence: ``settings.toml``; an environment variable
``NEWSPRISM_<KEY>`` (top-level keys) or ``NEWSPRISM_<SECTION>_<KEY>`` (keys of a ``[section]``);
explicit overrides (command-line options, ``Corpus(...)`` keywords, ``--set section.key=value``).
Values from the environment or from ``--set`` are text and are converted to the type of the default.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from newsprism.errors import UsageError

DATA = resources.files("newsprism") / "data"
ENV_PREFIX = "NEWSPRISM_"


def data_path(name: str):
    """The path of a bundled data file (lexicons, boilerplate rules)."""
    return DATA / name


@lru_cache(maxsize=1)
def _defaults_text() -> str:
    return data_path("settings.toml").read_text("utf-8")


def defaults() -> dict[str, Any]:
    """A fresh copy of the defaults in ``settings.toml``."""
    return tomllib.loads(_defaults_text())


def convert(text: str, like: Any, name: str) -> Any:
    """Text from the environment or the command line, as the type of the default ``like``."""
    try:
        if isinstance(like, bool):
            lowered = text.strip().lower()
            if lowered in {"1", "true", "yes", "on"}:
                return True
            if lowered in {"0", "false", "no", "off"}:
                return False
            raise ValueError(text)
        if isinstance(like, int):
            return int(text)
        if isinstance(like, float):
            return float(text)
        if isinstance(like, list):
            return [part.strip() for part in text.split(",") if part.strip()]
    except ValueError:
        raise UsageError(f"setting {name}: {text!r} is not a {type(like).__name__}") from None
    return text


def _from_environment(values: dict[str, Any], environ: Mapping[str, str]) -> None:
    for key, default in values.items():
        if isinstance(default, dict):
            for sub, sub_default in default.items():
                env = environ.get(f"{ENV_PREFIX}{key}_{sub}".upper())
                if env is not None:
                    default[sub] = convert(env, sub_default, f"{key}.{sub}")
        else:
            env = environ.get(f"{ENV_PREFIX}{key}".upper())
            if env is not None:
                values[key] = convert(env, default, key)


def _apply(values: dict[str, Any], overrides: Mapping[str, Any]) -> None:
    """Explicit overrides: a top-level key, ``section={...}`` (merged), or ``"section.key"``."""
    for key, value in overrides.items():
        if value is None:
            continue
        section, dot, sub = key.partition(".")
        if dot:
            if not isinstance(values.get(section), dict) or sub not in values[section]:
                raise UsageError(f"unknown setting {key!r}")
            current = values[section][sub]
            values[section][sub] = convert(value, current, key) if isinstance(value, str) else value
        elif isinstance(values.get(key), dict) and isinstance(value, Mapping):
            for sub, sub_value in value.items():
                if sub not in values[key]:
                    raise UsageError(f"unknown setting {key}.{sub}")
                values[key][sub] = sub_value
        elif key in values:
            values[key] = value
        else:
            raise UsageError(f"unknown setting {key!r}")


def parse_assignments(assignments: list[str] | None) -> dict[str, str]:
    """``["stories.link_threshold=0.3", ...]`` (the CLI's ``--set``) as overrides."""
    parsed: dict[str, str] = {}
    for item in assignments or []:
        key, eq, value = item.partition("=")
        if not eq or not key.strip():
            raise UsageError(f"--set takes KEY=VALUE (e.g. stories.link_threshold=0.3), not {item!r}")
        parsed[key.strip()] = value.strip()
    return parsed


@dataclass(frozen=True)
class Settings:
    """Every setting of a run. Field names are the keys of ``settings.toml``; sections are dicts."""

    model: str
    db: str
    batch_size: int
    processes: int
    max_chars: int
    aliases: str  # a YAML or CSV file forcing entity merges and splits; "" for none
    straight_apostrophes: bool  # the model reads a word written with ’ as its straight spelling
    limits: dict[str, Any]
    run: dict[str, Any]
    clean: dict[str, Any]
    stories: dict[str, Any]
    quotes: dict[str, Any]
    events: dict[str, Any]
    store: dict[str, Any]

    @classmethod
    def load(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then environment, then explicit overrides (None means 'not given')."""
        values = defaults()
        _from_environment(values, os.environ if environ is None else environ)
        _apply(values, overrides)
        known = {f.name for f in fields(cls)}
        unknown = set(values) - known
        if unknown:
            raise UsageError(f"settings.toml has keys no setting reads: {', '.join(sorted(unknown))}")
        return cls(**values)

    def with_(self, **changes: Any) -> Settings:
        """A copy with some settings changed (None means 'not given'); sections are merged."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values = {k: dict(v) if isinstance(v, dict) else v for k, v in values.items()}
        _apply(values, changes)
        return replace(self, **values)

    @property
    def worker_count(self) -> int:
        return self.processes if self.processes > 0 else (os.cpu_count() or 1)
