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
        actions = [a for a, in s.execute(select(AuditEntry.action).where(AuditEntry.entity == "indicator").order_by(AuditEntry.id))]
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


def _sheet(path, rows) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Indicators"
    ws.append(["grant_ref", "measure", "name", "unit", "target", "achieved", "source"])
    for row in rows:
        ws.append(list(row))
    wb.save(path)


def test_indicators_sheet_imports_then_updates_by_grant_ref_and_name(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from grants.models import Grant
    from grants.services.importer import import_workbook

    g = _grant(db)
    with db.reading() as s:
        ref = s.get(Grant, g).ref
    path = tmp_path / "ind.xlsx"
    _sheet(path, [(ref, "1.4", "Personnes accompagnées", "personnes", 200, 207, "Rapport 2024"),
                  (ref, "2.1", "Linge lavé", "kg", None, "19 220,5", "Rapport 2024")])
    result = import_workbook(db, path)
    assert result.counts["Indicators"] == {"add": 2, "change": 0, "same": 0}
    assert [(r.measure, r.name, r.target, r.achieved) for r in I.indicators(db, g)] == [
        ("1.4", "Personnes accompagnées", D("200.00"), D("207.00")), ("2.1", "Linge lavé", None, D("19220.50"))]
    _sheet(path, [(ref, "1.4", "Personnes accompagnées", "personnes", 200, 210, "Rapport final 2024"),
                  (ref, "2.1", "Linge lavé", "kg", None, "19 220,5", "Rapport 2024")])
    result = import_workbook(db, path)
    assert result.counts["Indicators"] == {"add": 0, "change": 1, "same": 1}
    rows = I.indicators(db, g)
    assert len(rows) == 2 and rows[0].achieved == D("210.00") and rows[0].source == "Rapport final 2024"
    with db.reading() as s:
        entries = [(a, e) for a, e in s.execute(select(AuditEntry.action, AuditEntry.entity)
                                                 .where(AuditEntry.entity == "indicator").order_by(AuditEntry.id))]
    assert entries == [("insert", "indicator")] * 2 + [("update", "indicator")]


def test_indicators_sheet_refuses_all_naming_row_and_column(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from grants.models import Grant
    from grants.services.importer import import_workbook

    g = _grant(db)
    with db.reading() as s:
        ref = s.get(Grant, g).ref
    path = tmp_path / "bad.xlsx"
    _sheet(path, [(ref, "1.4", "Bon", None, 10, 5, None),
                  (ref, "7.4", "Mesure étrangère", None, None, 5, None),
                  (ref, "1.4", "Négatif", None, -1, 5, None),
                  ("G-NOPE", "1.4", "Sans subvention", None, None, 5, None),
                  (ref, "1.4", "Bon", None, None, 6, None)])
    with pytest.raises(RuleError) as e:
        import_workbook(db, path)
    assert sorted((p.row, p.column) for p in e.value.problems) == [(3, "measure"), (4, "target"), (5, "grant_ref"),
                                                                   (6, "name")]
    assert I.indicators(db, g) == []
