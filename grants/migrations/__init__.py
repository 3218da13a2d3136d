"""Alembic migrations, shipped inside the package (script_location = grants:migrations).

:func:`alembic_config` and :func:`head_revision` live here, below the services, so that both the
schema module (creating, upgrading) and the snapshot module (upgrading an old snapshot's copy)
reach them without importing each other.
"""

from __future__ import annotations

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
