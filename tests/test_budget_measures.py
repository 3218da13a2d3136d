"""The budget workbook's PGSP measures (``reporting.measure_amounts``) summed in SQL for the grants on
no measure or on one measure, shared out in Python for the others: the same rows, in the same order,
as reading every grant and sharing each one out (the previous way, kept here as the reference)."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from test_reports_data import YEAR, build_dataset

from grants.domain import figures as F  # noqa: N812
from grants.models import Grant, GrantMeasure, Measure, PlanEdition, Thematic
from grants.services import reporting
from grants.services.database import Database
from grants.services.reporting import MeasureAmount, allocate, money


def reference_measure_amounts(s: Any, where: list[Any]) -> list[MeasureAmount]:
    """Every grant read, each shared out by ``allocate`` (one measure with a share: its whole amount)."""
    g = F.grant_columns(where, only=("amend",))
    years: dict[int, int] = {}
    amounts: dict[int, int] = {}
    for gid, year, c in s.execute(g.join(select(Grant.id, Grant.year, g.amount).select_from(Grant))
                                  .where(*where).order_by(Grant.id)):
        years[gid], amounts[gid] = year, reporting._c(c)
    links: dict[int, list[tuple[int, Decimal]]] = defaultdict(list)
    for gid, mid, share in s.execute(select(GrantMeasure.grant_id, GrantMeasure.measure_id, GrantMeasure.share)
                                     .join(Grant, Grant.id == GrantMeasure.grant_id).where(*where)
                                     .order_by(GrantMeasure.grant_id, GrantMeasure.measure_id)):
        links[gid].append((mid, Decimal(share)))
    per: dict[tuple[int, int | None], list[int]] = defaultdict(lambda: [0, 0])
    for gid, amount in amounts.items():
        parts = links.get(gid)
        if not parts:
            per[(years[gid], None)][0] += amount
            per[(years[gid], None)][1] += 1
            continue
        for (mid, _), cents in zip(parts, allocate(amount, [sh for _, sh in parts]), strict=True):
            per[(years[gid], mid)][0] += cents
            per[(years[gid], mid)][1] += 1
    info = {r[0]: r[1:] for r in s.execute(
        select(Measure.id, PlanEdition.code, Thematic.number, Thematic.label_fr, Thematic.label_nl, Measure.code,
               Measure.description_fr, Measure.description_nl)
        .join(Thematic, Thematic.id == Measure.thematic_id).join(PlanEdition, PlanEdition.id == Measure.edition_id))}
    out = []
    for (year, mid), (cents, n) in per.items():
        if mid is None:
            out.append(MeasureAmount(year, None, None, "", "", None, "", "", n, money(cents)))
        else:
            ed, num, tfr, tnl, code, dfr, dnl = info[mid]
            out.append(MeasureAmount(year, ed, num, tfr, tnl, code, dfr, dnl or dfr, n, money(cents)))

    def key(m: MeasureAmount) -> tuple[Any, ...]:
        code = tuple(int(p) if p.isdigit() else 0 for p in (m.code or "").split(".")) if m.code else (999,)
        return (m.year, m.thematic_number is None, m.thematic_number or 0, code)

    return sorted(out, key=key)


def _same(db: Database, where: list[Any]) -> list[MeasureAmount]:
    with db.reading() as s:
        got = reporting.measure_amounts(s, where)
        assert got == reference_measure_amounts(s, where)
    return got


def test_measures_as_each_grant_shared_out(db):  # type: ignore[no-untyped-def]
    build_dataset(db)
    rows = _same(db, [Grant.year == YEAR])
    assert any(r.code is None for r in rows)  # a grant on no measure
    assert len({r.code for r in rows}) >= 3  # one measure, and 60/40 on two
    _same(db, [Grant.year.in_([YEAR, YEAR + 1])])
    _same(db, [Grant.year == YEAR + 5])  # nothing at all


def test_measures_of_the_demo(demo_url):  # type: ignore[no-untyped-def]
    db = Database(demo_url, user="tester")
    try:
        with db.reading() as s:
            years = sorted(set(s.scalars(select(Grant.year))))
        rows = _same(db, [Grant.year.in_(years)])
        assert len(rows) > 10
        for y in years:
            _same(db, [Grant.year == y])
        _same(db, [Grant.programme_id.is_not(None)])
    finally:
        db.dispose()


@pytest.mark.parametrize("shares", [["100"], ["50", "50"], ["33.33", "33.33", "33.34"], ["0.01", "99.99"]])
def test_allocate_adds_up(shares: list[str]) -> None:
    parts = allocate(123457, [Decimal(x) for x in shares])
    assert sum(parts) == 123457
