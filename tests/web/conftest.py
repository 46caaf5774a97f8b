"""The web tests' corpus and client, built once per test module with the real stages."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from test_web import LOCAL, build_corpus

from newsprism.web.app import create_app


@pytest.fixture(scope="module")
def db(tmp_path_factory, nlp) -> str:
    return build_corpus(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def client(db: str) -> TestClient:
    return TestClient(create_app(db), base_url=LOCAL, raise_server_exceptions=False)
