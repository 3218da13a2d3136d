"""The layering of README's Layout, checked on every run.

    models <- domain <- services <- reports, demo <- ui <- cli      (migrations, i18n: beside models)

A layer imports only the layers below it, never one above; no module imports itself back through
others (no cycle); below the UI only ``grants.i18n`` touches Qt, and only QtCore, inside a function.
Imports are read from the source (every ``import``, also those inside functions and under
``TYPE_CHECKING``), relative ones resolved.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "grants"
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")

#: Which grants packages each layer may import (besides itself and ``grants`` for ``__version__``).
BELOW_SERVICES = {"grants.vocabulary", "grants.models", "grants.domain", "grants.migrations", "grants.i18n"}
LAYERS: dict[str, set[str]] = {
    "grants.vocabulary": set(),  # the enums alone, below everything (grants.services.lean reads them)
    "grants.models": {"grants.vocabulary"},
    # i18n: a problem's values in the user's format
    "grants.domain": {"grants.vocabulary", "grants.models", "grants.i18n"},
    "grants.migrations": {"grants.vocabulary", "grants.models"},
    "grants.i18n": set(),
    "grants.services": BELOW_SERVICES,
    "grants.reports": BELOW_SERVICES | {"grants.services"},
    "grants.demo": BELOW_SERVICES | {"grants.services"},
    "grants.ui": BELOW_SERVICES | {"grants.services", "grants.reports", "grants.demo"},
    "grants.cli": BELOW_SERVICES | {"grants.services", "grants.reports", "grants.demo", "grants.ui"},
}
#: Importing any of these loads no Qt at all.
BELOW_THE_UI = ("grants.vocabulary", "grants.models", "grants.domain", "grants.services", "grants.reports", "grants.demo", "grants.i18n")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports(path: Path, *, top_level_only: bool = False) -> set[str]:
    """Every module ``path`` imports, absolute (``from pkg import mod`` gives ``pkg.mod`` when that
    is a module of grants, else ``pkg``)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            for alias in node.names:
                found.add(f"{module}.{alias.name}" if f"{module}.{alias.name}" in MODULES else module)
    return found


GRAPH = {name: {m for m in imports(path) if m in MODULES} for name, path in MODULES.items()}


def layer_of(module: str) -> str | None:
    return next((layer for layer in LAYERS if module == layer or module.startswith(layer + ".")), None)


def ids(path: Path) -> str:
    return str(path.relative_to(PACKAGE))


def files(*parts: str) -> list[Path]:
    return sorted(p for part in parts for p in (PACKAGE / part).rglob("*.py"))


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycle() -> None:
    """A package's ``__init__`` may reach into its own sub-modules (the command line dispatches to
    its commands, the forms package to its forms); every other circle is a fault."""
    graph = {name: {m for m in deps if not m.startswith(name + ".")} for name, deps in GRAPH.items()}
    assert cycles(graph) == []


def test_the_cycle_finder_finds_one() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_every_module_has_a_layer() -> None:
    assert [m for m in MODULES if m not in ("grants", "grants.__main__") and layer_of(m) is None] == []


@pytest.mark.parametrize("path", [p for p in MODULES.values() if layer_of(module_name(p))], ids=ids)
def test_no_upward_import(path: Path) -> None:
    """models <- domain <- services <- reports, demo <- ui <- cli: each imports only what is below."""
    own = layer_of(module_name(path))
    assert own is not None
    allowed = LAYERS[own] | {own}
    upward = {m for m in imports(path) if m.startswith("grants.") and layer_of(m) not in allowed}
    assert upward == set()


@pytest.mark.parametrize("path", files("domain"), ids=ids)
def test_the_domain_is_pure(path: Path) -> None:
    """The domain reads no session, no file, no Qt: only the models, the standard library and
    SQLAlchemy's expression language."""
    allowed = {"grants", "sqlalchemy", *sys.stdlib_module_names}
    assert {m for m in imports(path) if m.split(".")[0] not in allowed} == set()
    grants = {m for m in imports(path) if m.startswith("grants.")}
    assert {m for m in grants if layer_of(m) not in ("grants.domain", "grants.vocabulary", "grants.models",
                                                     "grants.i18n")} == set()


@pytest.mark.parametrize("path", files("models", "domain", "services", "reports", "demo", "migrations"), ids=ids)
def test_no_qt_below_the_ui(path: Path) -> None:
    assert {m for m in imports(path) if m.split(".")[0] in QT} == set()


def test_only_i18n_touches_qt_and_only_qtcore_lazily() -> None:
    i18n = [p for name, p in MODULES.items() if layer_of(name) == "grants.i18n"]
    assert i18n
    for path in i18n:
        qt = {m for m in imports(path) if m.split(".")[0] in QT}
        assert qt <= {"PySide6.QtCore"}, path
        assert not {m for m in imports(path, top_level_only=True) if m.split(".")[0] in QT}, path


def test_importing_below_the_ui_loads_no_qt() -> None:
    """In a fresh interpreter, import every module of the layers below the UI: PySide6 stays out."""
    names = [m for m in MODULES if layer_of(m) and m.startswith(BELOW_THE_UI)]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        f"loaded = sorted(m for m in sys.modules if m.split('.')[0] in {QT!r})\n"
        "assert not loaded, loaded\n"
        "print(len(sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("path", files("ui"), ids=ids)
def test_no_sql_in_the_ui(path: Path) -> None:
    assert not {m for m in imports(path) if m.split(".")[0] == "sqlalchemy"}


@pytest.mark.parametrize("path", files("models"), ids=ids)
def test_money_is_never_a_float_column(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert "Float" not in text and "Mapped[float]" not in text
