"""Indicators of a grant: tied to one of its PGSP measures, figures zero or more, audited, imported."""

from __future__ import annotations

from decimal import Decimal

import builders as B
import pytest
from sqlalchemy import select

from grants.domain import checks
from grants.models import AuditEntry
from grants.services import indicators as I
from grants.services.database import Database
from grants.services.errors import RuleError

D = Decimal


def _grant(db: Database) -> int:
    b = B.beneficiary(db)
    ln = B.line(db)
    return B.grant(db, b, ln, measures=(("1.4", D(60)), ("2.1", D(40))))


def test_pure_check_names_the_field_and_the_figures() -> None:
    assert checks.check_indicator(name="Personnes accompagnées", measure="1.4", grant_measures=["1.4", "2.1"],
                                  target=D(200), achieved=D(207), ref="G-1") == []
    found = checks.check_indicator(name=" ", measure="3.2", grant_measures=["1.4", "2.1"], target=D("-1"),
                                   achieved=D(0), ref="G-1")
    assert {p.field for p in found} == {"name", "measure", "target"}
    measure = next(p for p in found if p.field == "measure")
    assert measure.params == {"code": "3.2", "ref": "G-1", "codes": "1.4, 2.1"}
    assert checks.check_indicator(name="x", measure="1.4", grant_measures=["1.4"], target=None, achieved=D("-0.01"),
                                  ref="G-1")[0].field == "achieved"


def test_add_change_remove_an_indicator_audited(db: Database) -> None:
    g = _grant(db)
    iid = I.save_indicator(db, g, I.IndicatorInput("1.4", "Personnes accompagnées", "personnes", D(200), D(207),
                                                   "Rapport d'activités 2024"))
    rows = I.indicators(db, g)
    assert [(r.measure, r.name, r.unit, r.target, r.achieved) for r in rows] == [
        ("1.4", "Personnes accompagnées", "personnes", D("200.00"), D("207.00"))]
    I.save_indicator(db, g, I.IndicatorInput("2.1", "Personnes accompagnées", "personnes", D(200), D("210.5")), iid)
    assert I.indicators(db, g)[0].achieved == D("210.50") and I.indicators(db, g)[0].measure == "2.1"
    I.remove_indicator(db, iid)
    assert I.indicators(db, g) == []
    with db.reading() as s:
        actions = [a for a, in s.execute(select(AuditEntry.action).where(AuditEntry.entity == "indicator"))]
    assert actions == ["insert", "update", "delete"]


def test_refused_indicators_save_nothing(db: Database) -> None:
    g = _grant(db)
    with pytest.raises(RuleError) as e:
        I.save_indicator(db, g, I.IndicatorInput("3.2", "Activités", target=D(10), achieved=D(-3)))
    assert {p.field for p in e.value.problems} == {"measure", "achieved"}
    I.save_indicator(db, g, I.IndicatorInput("1.4", "Activités", achieved=D(3)))
    with pytest.raises(RuleError) as e:  # the name is the indicator's key within its grant
        I.save_indicator(db, g, I.IndicatorInput("2.1", "Activités", achieved=D(4)))
    assert e.value.problems[0].field == "name"
    assert [r.achieved for r in I.indicators(db, g)] == [D("3.00")]
