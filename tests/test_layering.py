"""The layering of DEVELOPERS.md, checked on every run: ui -> services -> models; reports -> services."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "grants"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def files(*parts: str) -> list[Path]:
    return sorted(p for part in parts for p in (PACKAGE / part).rglob("*.py"))


@pytest.mark.parametrize("path", files("models", "services", "reports"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_qt_below_the_ui(path: Path) -> None:
    assert not {m for m in imported_modules(path) if m.split(".")[0] in ("PySide6", "PyQt5", "PyQt6")}


@pytest.mark.parametrize("path", files("ui"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_sql_in_the_ui(path: Path) -> None:
    assert not {m for m in imported_modules(path) if m.split(".")[0] == "sqlalchemy"}


@pytest.mark.parametrize("path", files("models"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_money_is_never_a_float_column(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert "Float" not in text and "Mapped[float]" not in text
