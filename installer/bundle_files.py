"""What the PyInstaller folder ships besides the code: read by grants.spec and by tests/test_installer.py.

Chosen by walking folders, never by listing files, so that a folder another change adds under
resources/ (letter templates, fonts...) or a new migration is shipped without editing the spec.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent

#: files that are only tools for developers (not read by the application)
_TOOLS = {"translations/update.sh", "translations/fold.py", "icons/grants.py", "icons/logo.py"}
_TOOL_PREFIXES = ("translations/new_", "translations/catalogue_")


def _skipped(rel: PurePosixPath) -> bool:
    return (
        "__pycache__" in rel.parts
        or rel.suffix in {".pyc", ".pyo"}
        or rel.name.startswith(".")
        or str(rel) in _TOOLS
        or str(rel).startswith(_TOOL_PREFIXES)
        or (rel.parts[0] == "translations" and rel.suffix == ".ts")  # the application reads the .qm
    )


def resource_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """Every file of resources/ (the package grants.resources), as (source, folder in the bundle)."""
    base = root / "resources"
    out = []
    for path in sorted(base.rglob("*")):
        rel = PurePosixPath(path.relative_to(base).as_posix())
        if path.is_file() and not _skipped(rel):
            out.append((str(path), str(PurePosixPath("grants/resources") / rel.parent)))
    return out


def migration_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """Alembic reads its scripts from files (env.py, script.py.mako, versions/*.py): ship them as sources."""
    base = root / "grants" / "migrations"
    out = []
    for path in sorted(base.rglob("*")):
        rel = PurePosixPath(path.relative_to(base).as_posix())
        if path.is_file() and "__pycache__" not in rel.parts and path.suffix in {".py", ".mako"}:
            out.append((str(path), str(PurePosixPath("grants/migrations") / rel.parent)))
    return out


def bundle_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    return resource_files(root) + migration_files(root)
