"""The European Summits Fund (FSE): one convention (grant) per police zone and year, paid up to the
justified amount (``grants.domain.checks.check_paid_up_to_justified``), and the yearly synthesis of
the zones' contributions by PGSP measure (``grants export fse``; the writer is in
``grants.reports.fse``)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from grants.models import Beneficiary, Grant, GrantMeasure, GrantStatus, Measure, PoliceZone, Programme, ProgrammeKind

from .database import Database
from .reporting import ZERO, GrantRow, _dec_cents, _grant_rows, allocate, money


@dataclass(frozen=True)
class ZoneConvention:
    """A police zone's FSE convention of the year (its grant), with its figures."""

    zone: int
    zone_fr: str
    zone_nl: str
    ref: str  # the grant's reference ("" with no convention this year)
    decision_ref: str | None
    decision_date: dt.date | None
    granted: Decimal
    justified: Decimal  # accepted expenses
    paid: Decimal  # net of repayments
    to_pay: Decimal | None  # up to the justified amount (None until justified)


@dataclass(frozen=True)
class ZoneMeasure:
    """A zone's contribution to one PGSP measure: the convention's figures by its measure shares."""

    zone: int
    zone_short: str
    code: str
    description_fr: str
    description_nl: str
    share: Decimal
    granted: Decimal
    justified: Decimal
    paid: Decimal


@dataclass(frozen=True)
class FseSynthesis:
    year: int
    zones: list[ZoneConvention]
    measures: list[ZoneMeasure]


def synthesis(db: Database, year: int) -> FseSynthesis:
    """Every police zone with its FSE convention of ``year`` (drafts left out), and the zones'
    contributions by measure (amounts allocated by the grant's measure shares, adding up exactly)."""
    with db.reading() as s:
        where = [Grant.year == year, Grant.status != GrantStatus.DRAFT,
                 Grant.programme_id.in_(select(Programme.id).where(Programme.kind == ProgrammeKind.POLICE_FUND))]
        rows = _grant_rows(s, where)
        ids = [r.id for r in rows]
        zone_of: dict[int, int] = {}
        if ids:
            for gid, zone_code in s.execute(select(Grant.id, Beneficiary.police_zone_code)
                                            .join(Beneficiary, Beneficiary.id == Grant.beneficiary_id)
                                            .where(Grant.id.in_(ids))):
                if zone_code is not None:
                    zone_of[gid] = zone_code
        decisions = {gid: (ref, date) for gid, ref, date in s.execute(
            select(Grant.id, Grant.decision_ref, Grant.decision_date).where(Grant.id.in_(ids)))} if ids else {}
        links: dict[int, list[tuple[str, str, str | None, Decimal]]] = defaultdict(list)
        if ids:
            for gid, code, dfr, dnl, share in s.execute(
                    select(GrantMeasure.grant_id, Measure.code, Measure.description_fr, Measure.description_nl,
                           GrantMeasure.share).join(Measure, Measure.id == GrantMeasure.measure_id)
                    .where(GrantMeasure.grant_id.in_(ids)).order_by(GrantMeasure.grant_id, Measure.code)):
                links[gid].append((code, dfr, dnl, Decimal(share)))
        zones = list(s.execute(select(PoliceZone.code, PoliceZone.name_fr, PoliceZone.name_nl, PoliceZone.short_name)
                               .order_by(PoliceZone.code)))
    by_zone: dict[int, list[GrantRow]] = defaultdict(list)
    for r in rows:
        zone_code = zone_of.get(r.id)
        if zone_code is not None:
            by_zone[zone_code].append(r)
    conventions: list[ZoneConvention] = []
    measures: list[ZoneMeasure] = []
    for zone, fr, nl, short in zones:
        grants = sorted(by_zone.get(zone, []), key=lambda r: r.ref)
        if not grants:
            conventions.append(ZoneConvention(zone, fr, nl, "", None, None, ZERO, ZERO, ZERO, None))
            continue
        for r in grants:
            justified = r.accepted
            dref, ddate = decisions.get(r.id, (None, None))
            conventions.append(ZoneConvention(  # to pay: the grant's balance (domain/figures.py)
                zone, fr, nl, r.ref, dref, ddate, r.amount, justified, r.net_paid, r.balance))
            parts = links.get(r.id, [])
            shares = [p[3] for p in parts]
            granted = allocate(_dec_cents(r.amount), shares)
            just = allocate(_dec_cents(justified), shares)
            paid = allocate(_dec_cents(r.net_paid), shares)
            for (mcode, dfr, dnl, share), g, j, p in zip(parts, granted, just, paid, strict=True):
                measures.append(ZoneMeasure(zone, short, mcode, dfr, dnl or dfr, share, money(g), money(j), money(p)))
    measures.sort(key=lambda m: (tuple(int(x) if x.isdigit() else 0 for x in m.code.split(".")), m.zone))
    return FseSynthesis(year, conventions, measures)
