"""Every GUI test also checks the one way to write: no write statement from the screens' code on
the GUI thread (grants.services.query_guard records them; grants.ui.tasks.run_operation is the way)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine

from grants.services import query_guard


@pytest.fixture(autouse=True, scope="session")
def guard_every_engine() -> None:
    """Every engine is guarded, not only those an AppContext opened (a dialog given a database)."""
    query_guard.install(Engine)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def no_write_on_the_gui_thread() -> Iterator[None]:
    query_guard.gui_thread_writes(clear=True)
    yield
    writes = query_guard.gui_thread_writes(clear=True)
    assert not writes, "writes on the GUI thread (use grants.ui.tasks.run_operation):\n" + "\n".join(writes)
