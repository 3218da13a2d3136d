"""What every writer shares: a file that appears whole or not at all, and the logo."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import as_file, files
from pathlib import Path


@contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; it replaces ``path`` only if the block succeeds.

    A cancelled or failed export leaves no half-written file (and an older file stays intact).
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=f".part{target.suffix}", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_path, 0o666 & ~umask)  # mkstemp makes it private; an export is an ordinary file
        os.replace(tmp_path, target)
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise


def logo_path() -> Path | None:
    """The logo shipped in ``grants.resources/icons/logo.png`` (None if it is missing)."""
    resource = files("grants.resources") / "icons" / "logo.png"
    try:
        with as_file(resource) as p:
            return Path(p) if Path(p).exists() else None
    except (FileNotFoundError, ModuleNotFoundError):  # pragma: no cover - broken install
        return None
