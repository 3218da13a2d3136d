"""Alembic migrations, shipped inside the package (script_location = grants:migrations).

:func:`alembic_config` and :func:`head_revision` live here, below the services, so that both the
schema module (creating, upgrading) and the snapshot module (upgrading an old snapshot's copy)
reach them without importing each other.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "grants:migrations")
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return str(ScriptDirectory.from_config(alembic_config()).get_current_head())


_REVISION = re.compile(r"""^revision(?:\s*:\s*str)?\s*=\s*["'](\w+)["']\s*$""", re.M)
_DOWN = re.compile(r"""^down_revision(?:\s*:[^=]*)?\s*=\s*(?:None|["'](\w+)["'])\s*$""", re.M)


@lru_cache(maxsize=1)
def plain_head_revision() -> str | None:
    """The head revision read from the revision files' ``revision = "..."`` and ``down_revision =
    "..."`` lines, without importing Alembic (a command's start-up: the database is usually at the
    head, and Alembic plus its script directory cost ~0.3 s). None when the files do not say it
    plainly (a merge, another spelling): the caller then asks Alembic (:func:`head_revision`)."""
    revisions: set[str] = set()
    downs: set[str] = set()
    try:
        files = sorted((Path(__file__).parent / "versions").glob("*.py"))
        for f in files:
            if f.name.startswith("__"):
                continue
            text = f.read_text(encoding="utf-8")
            rev, down = _REVISION.findall(text), _DOWN.findall(text)
            if len(rev) != 1 or len(down) != 1:
                return None
            revisions.add(rev[0])
            if down[0]:
                downs.add(down[0])
    except OSError:
        return None
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None
