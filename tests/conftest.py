"""Shared fixtures: the real spaCy pipeline (loaded once), the shared data folder, temp databases."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.config import Settings
from newsprism.nlp.model import load_model

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples" / "articles"


@pytest.fixture(scope="session")
def nlp():
    """The real configured spaCy pipeline."""
    return load_model(Settings.load().model)


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared (samples and annotated data); tests using it skip when it is absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is not present (read-only development data lives beside the repo)")
    return SHARED


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings with a fresh SQLite file and in-process parsing (fast for small inputs)."""
    return Settings.load(db=str(tmp_path / "test.db"), processes=1)


@pytest.fixture(scope="session")
def postgres():
    """A real PostgreSQL server in a temporary folder, started once; skips when it isn't installed."""
    from pg import PostgresServer, find_bin_dir

    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip(
            "PostgreSQL server binaries (initdb, pg_ctl) are not installed: apt-get install postgresql"
        )
    server = PostgresServer(bin_dir)
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path: Path) -> str:
    """A fresh empty database on each backend: a SQLite file, then a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return request.getfixturevalue("postgres").create_database()
