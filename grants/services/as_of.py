"""The day a database's work lists, overdue figures and dashboard are counted at ("today").

A working database counts at the real today. The demonstration dataset tells a fixed, public story
(the Region's 2024, README "Rules") that stops on its own day: ``grants demo`` stores that day as
the organisation setting ``demo_as_of`` (ISO date, audited like any change), and while it is there
the work lists, the dashboard and the audit's overdue check count at it, so the demo looks like an
office on that day (2 justifications overdue) instead of two years of nobody working (every 2024
grant overdue). The GUI says so in its status bar. A real database never holds the key.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from grants.models import OrganisationSetting

from .database import Database

#: the organisation_setting key holding the demonstration's "as of" day (not one of the settings an admin edits)
DEMO_AS_OF_KEY = "demo_as_of"


def demo_as_of_in(s: Session) -> dt.date | None:
    value = s.scalar(select(OrganisationSetting.value).where(OrganisationSetting.key == DEMO_AS_OF_KEY))
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:  # not written by the demo: counted at the real today
        return None


def demo_as_of(db: Database) -> dt.date | None:
    """The demonstration's "as of" day when ``db`` holds the demo, else None."""
    with db.reading() as s:
        return demo_as_of_in(s)


def today(db: Database) -> dt.date:
    """The day to count at: the demo's "as of" day on a demo database, else the real today."""
    return demo_as_of(db) or dt.date.today()


def set_demo_as_of(s: Session, day: dt.date) -> bool:
    """Store the demo's day in the caller's transaction (audited on flush); never overwrites one: True when set."""
    if s.get(OrganisationSetting, DEMO_AS_OF_KEY) is not None:
        return False
    s.add(OrganisationSetting(key=DEMO_AS_OF_KEY, value=day.isoformat()))
    return True
