"""Indicators of a grant: key figures of its project (target, achieved), each tied to one of the
grant's PGSP measures. Entered in the grant form or imported (sheet ``Indicators``).

Every function is one user action in one transaction; the rule is
:func:`grants.domain.checks.check_indicator`, shared with the import.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from grants.domain import checks
from grants.models import Grant, GrantMeasure, Indicator, Measure

from .common import get_or_missing
from .database import Database
from .errors import QT_TRANSLATE_NOOP, Problem, RuleError, Word
from .security import require

QT_TRANSLATE_NOOP("rules", "indicator")


@dataclass(frozen=True)
class IndicatorInput:
    measure: str | None  # PGSP measure code, one of the grant's
    name: str
    unit: str | None = None
    target: Decimal | None = None
    achieved: Decimal | None = None
    source: str | None = None  # where the figure comes from (activity report...)
    comment: str | None = None


@dataclass(frozen=True)
class IndicatorRow:
    id: int
    grant_id: int
    measure: str
    name: str
    unit: str | None
    target: Decimal | None
    achieved: Decimal | None
    source: str | None
    comment: str | None


def grant_measure_codes(s: Session, grant_id: int) -> dict[str, int]:
    """The grant's PGSP measures: code -> measure id."""
    return dict(s.execute(select(Measure.code, Measure.id).join(GrantMeasure, GrantMeasure.measure_id == Measure.id)
                          .where(GrantMeasure.grant_id == grant_id)).all())


def indicators_in(s: Session, grant_ids: list[int]) -> list[IndicatorRow]:
    """The indicators of the grants, by grant, measure and name."""
    rows: list[IndicatorRow] = []
    for i in range(0, len(grant_ids), 900):
        chunk = grant_ids[i:i + 900]
        for ind, code in s.execute(select(Indicator, Measure.code).join(Measure, Measure.id == Indicator.measure_id)
                                   .where(Indicator.grant_id.in_(chunk))):
            rows.append(IndicatorRow(ind.id, ind.grant_id, code, ind.name, ind.unit, ind.target, ind.achieved,
                                     ind.source, ind.comment))
    rows.sort(key=lambda r: (r.grant_id, [int(p) if p.isdigit() else p for p in r.measure.split(".")], r.name.lower()))
    return rows


def indicators(db: Database, grant_id: int) -> list[IndicatorRow]:
    with db.reading() as s:
        return indicators_in(s, [grant_id])


def _clean(text: str | None) -> str | None:
    return (text or "").strip() or None


def problems_of(s: Session, g: Grant, data: IndicatorInput,
                indicator_id: int | None = None) -> tuple[list[Problem], int | None]:
    """What is wrong with ``data`` as an indicator of ``g`` (and the measure's id when it is right)."""
    codes = grant_measure_codes(s, g.id)
    problems = checks.check_indicator(name=data.name, measure=data.measure, grant_measures=codes, target=data.target,
                                      achieved=data.achieved, ref=g.ref)
    name = _clean(data.name)
    if name is not None:
        same = s.scalar(select(Indicator.id).where(Indicator.grant_id == g.id, Indicator.name == name))
        if same is not None and same != indicator_id:
            problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Name: grant {ref} already has an indicator {name}"),
                                    {"ref": g.ref, "name": name}, "name"))
    lengths = (("name", name, 200), ("unit", _clean(data.unit), 40), ("source", _clean(data.source), 255))
    for fld, text, limit in lengths:
        if text is not None and len(text) > limit:
            problems.append(Problem(QT_TRANSLATE_NOOP("rules", "At most {max} characters"),
                                    {"max": limit}, fld))
    return problems, codes.get((data.measure or "").strip())


def save_in(s: Session, g: Grant, data: IndicatorInput, indicator_id: int | None = None) -> int:
    problems, measure_id = problems_of(s, g, data, indicator_id)
    if problems:
        raise RuleError(problems)
    assert measure_id is not None
    if indicator_id is None:
        ind = Indicator(grant_id=g.id)
        s.add(ind)
    else:
        ind = get_or_missing(s, Indicator, indicator_id, "indicator")
        if ind.grant_id != g.id:
            raise RuleError.single(QT_TRANSLATE_NOOP("rules", "No {what} with identifier {key}"), None,
                                   what=Word("indicator"), key=indicator_id)
    ind.measure_id = measure_id
    ind.name = _clean(data.name) or ""
    ind.unit = _clean(data.unit)
    ind.target = data.target
    ind.achieved = data.achieved
    ind.source = _clean(data.source)
    ind.comment = _clean(data.comment)
    s.flush()
    return ind.id


def save_indicator(db: Database, grant_id: int, data: IndicatorInput, indicator_id: int | None = None) -> int:
    """Add an indicator to a grant (``indicator_id`` None) or change one; returns its id."""
    with db.transaction() as s:
        require(s, db.user, "write")
        g = get_or_missing(s, Grant, grant_id, "grant")
        return save_in(s, g, data, indicator_id)


def remove_indicator(db: Database, indicator_id: int) -> None:
    with db.transaction() as s:
        require(s, db.user, "write")
        s.delete(get_or_missing(s, Indicator, indicator_id, "indicator"))
