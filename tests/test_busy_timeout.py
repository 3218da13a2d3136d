"""A write that waits for another writer longer than the busy timeout is refused as busy, nothing
saved, on SQLite (busy_timeout) and on a server (lock_timeout) alike: never a wait without end."""

from __future__ import annotations

import time
from decimal import Decimal as D

import pytest
from sqlalchemy.exc import OperationalError

from grants.services import budget
from grants.services.database import Database


def test_a_write_waiting_on_another_writer_is_refused_as_busy_after_the_timeout(db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from grants.ui.tasks import database_unavailable

    monkeypatch.setattr(Database, "busy_timeout_s", 0.5)
    other = Database(db.url, user="tester")
    try:
        with db.transaction() as s:  # the first writer holds the write turn
            s.connection()
            start = time.monotonic()
            with pytest.raises(OperationalError) as refused:
                budget.save_budget_line(other, 2031, "25.002.33.00", "Waiting", D("100"), D("100"))
            waited = time.monotonic() - start
        assert database_unavailable(refused.value) == "locked"
        assert 0.4 < waited < 10
        # nothing of the refused write was saved; once the turn is free, the write goes through
        assert budget.save_budget_line(other, 2031, "25.002.33.00", "After", D("100"), D("100"))
    finally:
        other.dispose()
