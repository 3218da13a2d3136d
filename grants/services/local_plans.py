"""Local prevention plans (PLPP): the 19 communes side by side, and each commune's plan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from grants.domain import checks
from grants.domain import figures as domain_figures
from grants.models import (
    Beneficiary,
    Category,
    Commune,
    Grant,
    GrantMeasure,
    Measure,
    PlppKey,
    Programme,
    ProgrammeKind,
    Thematic,
)

from . import figures
from .database import Database

ZERO = figures.ZERO


@dataclass(frozen=True)
class CommunePlan:
    nis: str
    commune: str
    grant_id: int | None  # the year's PLPP grant (None: none yet)
    ref: str
    amount: Decimal
    paid: Decimal  # approved payments out (paid back aside)
    balance: Decimal | None  # of the grants whose balance is known (None while none is)
    status: str
    thematics: tuple[int, ...]  # PGSP thematic numbers the plan covers
    previous: Decimal  # the previous year's PLPP amount
    share: Decimal | None = None  # the commune's share of the year's envelope (allocation key), None: no key
    change: Decimal | None = None  # percent from the previous year (None: no previous amount)
    in_band: bool = True  # the change within -1 % / +2 % (grants.domain.checks.plpp_in_band)
    derogation: str | None = None  # the recorded derogation's reason


@dataclass(frozen=True)
class Activity:
    grant_id: int
    grant_ref: str
    measure: str  # PGSP measure code, "1.4"
    thematic: str  # "1. ..."
    description: str
    share: Decimal  # percent
    amount: Decimal  # the grant's amount x share


def _plpp(s: object, year: int) -> dict[str, list[int]]:
    rows = s.execute(select(Beneficiary.commune_nis, Grant.id)  # type: ignore[attr-defined]
                     .join(Beneficiary, Beneficiary.id == Grant.beneficiary_id)
                     .join(Programme, Programme.id == Grant.programme_id)
                     .where(Programme.kind == ProgrammeKind.LOCAL_PLAN, Grant.year == year,
                            Beneficiary.category == Category.COMMUNE)
                     .order_by(Grant.ref))
    out: dict[str, list[int]] = {}
    for nis, gid in rows:
        out.setdefault(nis, []).append(gid)
    return out


def years(db: Database) -> list[int]:
    """Years with PLPP grants, a local plan programme or a key (a key is set before the grants)."""
    with db.reading() as s:
        ys = set(s.scalars(select(Grant.year).join(Programme, Programme.id == Grant.programme_id)
                           .where(Programme.kind == ProgrammeKind.LOCAL_PLAN).distinct()))
        ys |= set(s.scalars(select(Programme.year).where(Programme.kind == ProgrammeKind.LOCAL_PLAN).distinct()))
        ys |= set(s.scalars(select(PlppKey.year).distinct()))
        return sorted(ys, reverse=True) or [dt.date.today().year]


def overview(db: Database, year: int, lang: str = "fr") -> list[CommunePlan]:
    """The 19 communes, each with its PLPP grant of ``year`` (amount, paid, balance, thematics)."""
    name = Commune.name_nl if lang == "nl" else Commune.name_fr
    with db.reading() as s:
        communes = list(s.execute(select(Commune.nis_code, name).order_by(name)))
        now, before = _plpp(s, year), _plpp(s, year - 1)
        ids = [g for gs in now.values() for g in gs]
        prev_ids = [g for gs in before.values() for g in gs]
        amounts = figures.amounts(s, ids + prev_ids)
        paid, back, accepted = figures.paid(s, ids), figures.recovered(s, ids), figures.accepted(s, ids)
        grants = {g.id: g for g in s.scalars(select(Grant).where(Grant.id.in_(ids)))} if ids else {}
        th: dict[int, set[int]] = {}
        if ids:
            for gid, number in s.execute(select(GrantMeasure.grant_id, Thematic.number)
                                         .join(Measure, Measure.id == GrantMeasure.measure_id)
                                         .join(Thematic, Thematic.id == Measure.thematic_id)
                                         .where(GrantMeasure.grant_id.in_(ids))):
                th.setdefault(gid, set()).add(number)
        key = {k.commune_nis: k for k in s.scalars(select(PlppKey).where(PlppKey.year == year))}
        out = []
        for nis, commune in communes:
            gids = now.get(nis, [])
            amount = sum((amounts[g] for g in gids), ZERO)
            paid_ = sum((paid.get(g, ZERO) for g in gids), ZERO)  # approved payments out
            known = [b for b in (domain_figures.balance(grants[g].status, amounts[g], accepted.get(g, ZERO),
                                                        paid.get(g, ZERO), back.get(g, ZERO)) for g in gids)
                     if b is not None]
            balance = sum(known, ZERO) if known else None
            first = grants.get(gids[0]) if gids else None
            previous = sum((amounts[g] for g in before.get(nis, [])), ZERO)
            k = key.get(nis)
            out.append(CommunePlan(
                nis, commune, first.id if first else None, ", ".join(grants[g].ref for g in gids), amount, paid_,
                balance, first.status.value if first else "",
                tuple(sorted({n for g in gids for n in th.get(g, set())})), previous,
                k.share if k is not None and k.share is not None else None,
                checks.plpp_change(previous, amount) if gids else None,
                checks.plpp_in_band(previous, amount) if gids else True,
                k.derogation if k is not None else None))
        return out


def activities(db: Database, nis: str, year: int, lang: str = "fr") -> list[Activity]:
    """A commune's plan: the PGSP measures its PLPP grants of ``year`` fund, with their share."""
    label = Thematic.label_nl if lang == "nl" else Thematic.label_fr
    with db.reading() as s:
        gids = _plpp(s, year).get(nis, [])
        if not gids:
            return []
        amounts = figures.amounts(s, gids)
        rows = s.execute(select(Grant.id, Grant.ref, Measure.code, Thematic.number, label, Measure.description_fr,
                                Measure.description_nl, GrantMeasure.share)
                         .join(GrantMeasure, GrantMeasure.grant_id == Grant.id)
                         .join(Measure, Measure.id == GrantMeasure.measure_id)
                         .join(Thematic, Thematic.id == Measure.thematic_id)
                         .where(Grant.id.in_(gids)).order_by(Grant.ref, Thematic.number, Measure.code))
        return [Activity(gid, ref, code, f"{number}. {text}", (d_nl if lang == "nl" and d_nl else d_fr),
                         Decimal(share), (amounts[gid] * Decimal(share) / 100).quantize(Decimal("0.01")))
                for gid, ref, code, number, text, d_fr, d_nl, share in rows]
