"""The PLPP allocation key: a year's envelope shared among the 19 communes, and the band rule.

Each commune's PLPP subsidy (all its PLPP grants of the year) may move by at most -1 % / +2 % from
the previous year's (``grants.domain.checks.check_plpp_band``), unless a derogation with its reason
is recorded for the commune and the year. The rule is checked at the act: creating or editing a
PLPP grant, amending its amount, importing it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from grants.domain import checks
from grants.domain.parse import ParseError, parse_share
from grants.models import Beneficiary, Category, Commune, Grant, PlppActivity, PlppKey, Programme, ProgrammeKind

from . import figures
from .common import get_or_missing
from .database import Database
from .errors import QT_TRANSLATE_NOOP, Problem, RuleError
from .security import require
from .validators import required_text

ZERO = Decimal(0)
NO_COMMUNE = QT_TRANSLATE_NOOP("rules", "Commune: no commune with NIS code {nis}")


@dataclass(frozen=True)
class KeyShare:
    nis: str
    commune: str
    share: Decimal | None  # None: no key for the year
    derogation: str | None


def plpp_amounts(s: Session, year: int, exclude: Iterable[int] = ()) -> dict[str, Decimal]:
    """Each commune's PLPP subsidy of ``year`` (NIS -> the sum of its PLPP grants' amounts),
    leaving out the grants ``exclude``."""
    rows = list(s.execute(select(Beneficiary.commune_nis, Grant.id)
                          .join(Beneficiary, Beneficiary.id == Grant.beneficiary_id)
                          .join(Programme, Programme.id == Grant.programme_id)
                          .where(Programme.kind == ProgrammeKind.LOCAL_PLAN, Grant.year == year,
                                 Beneficiary.category == Category.COMMUNE)))
    skip = set(exclude)
    ids = [gid for _, gid in rows if gid not in skip]
    amounts = figures.amounts(s, ids) if ids else {}
    out: dict[str, Decimal] = {}
    for nis, gid in rows:
        if gid in amounts and nis is not None:
            out[nis] = out.get(nis, ZERO) + amounts[gid]
    return out


def derogations(s: Session, year: int) -> dict[str, str]:
    return {nis: text or "" for nis, text in s.execute(select(PlppKey.commune_nis, PlppKey.derogation)
                                                 .where(PlppKey.year == year, PlppKey.derogation.is_not(None)))}


def band_problems(s: Session, *, year: int, beneficiary_id: int | None, programme_id: int | None,
                  amount: Decimal, exclude: Iterable[int] = (), field: str = "amount") -> list[Problem]:
    """The band rule for a PLPP grant of ``year`` worth ``amount`` (the commune's other PLPP grants
    of the year, all but ``exclude``, are added): [] for any other grant."""
    programme = s.get(Programme, programme_id) if programme_id is not None else None
    beneficiary = s.get(Beneficiary, beneficiary_id) if beneficiary_id is not None else None
    if (programme is None or programme.kind != ProgrammeKind.LOCAL_PLAN or beneficiary is None
            or beneficiary.category != Category.COMMUNE or beneficiary.commune_nis is None):
        return []
    nis = beneficiary.commune_nis
    previous = plpp_amounts(s, year - 1).get(nis, ZERO)
    total = plpp_amounts(s, year, exclude).get(nis, ZERO) + amount
    commune = s.get(Commune, nis)
    derogation = s.scalar(select(PlppKey.derogation).where(PlppKey.year == year, PlppKey.commune_nis == nis))
    return checks.check_plpp_band(commune=commune.name_fr if commune else nis, year=year, previous=previous,
                                  amount=total, derogation=derogation, field=field)


def key(db: Database, year: int, lang: str = "fr") -> list[KeyShare]:
    """The 19 communes with their share of ``year``'s envelope and their derogation."""
    name = Commune.name_nl if lang == "nl" else Commune.name_fr
    with db.reading() as s:
        rows = {k.commune_nis: k for k in s.scalars(select(PlppKey).where(PlppKey.year == year))}
        return [KeyShare(nis, commune, rows[nis].share if nis in rows else None,
                         rows[nis].derogation if nis in rows else None)
                for nis, commune in s.execute(select(Commune.nis_code, name).order_by(Commune.nis_code))]


def set_key(db: Database, year: int, shares: Mapping[str, Decimal]) -> int:
    """Set the key of ``year`` (NIS -> share in percent, adding up to 100): one action, audited.
    Derogations already recorded stay. Returns how many shares changed. Finance and admin only
    (permission ``budget``): the key shares the Region's envelope."""
    with db.transaction() as s:
        require(s, db.user, "budget")
        known = set(s.scalars(select(Commune.nis_code)))
        problems = [Problem(NO_COMMUNE, {"nis": nis}, "commune") for nis in shares if nis not in known]
        problems += checks.check_plpp_key(shares)
        if problems:
            raise RuleError(problems)
        rows = {k.commune_nis: k for k in s.scalars(select(PlppKey).where(PlppKey.year == year))}
        changed = 0
        for nis, share in shares.items():
            row = rows.get(nis)
            if row is None:
                s.add(PlppKey(year=year, commune_nis=nis, share=share))
                changed += 1
            elif row.share != share:
                row.share = share
                changed += 1
        for nis, row in rows.items():
            if nis not in shares:
                row.share = ZERO
                changed += 1
        s.flush()
        return changed


def set_derogation(db: Database, year: int, nis: str, reason: str | None) -> None:
    """Record (or, with no reason, withdraw) the derogation of a commune's PLPP subsidy of ``year``
    (finance and admin: permission ``budget``)."""
    with db.transaction() as s:
        require(s, db.user, "budget")
        if s.get(Commune, nis) is None:
            raise RuleError.single(NO_COMMUNE, "commune", nis=nis)
        text = required_text(reason, "reason", QT_TRANSLATE_NOOP("rules", "Reason"), 2000) if reason else None
        row = s.scalar(select(PlppKey).where(PlppKey.year == year, PlppKey.commune_nis == nis))
        if row is None:
            if text is None:
                return
            row = PlppKey(year=year, commune_nis=nis, share=ZERO)
            s.add(row)
        row.derogation = text
        s.flush()


def read_key_workbook(path: Path | str) -> dict[str, Decimal]:
    """A key from a workbook: its first sheet, columns ``nis`` (or ``commune_nis``) and ``share``."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(Path(path), read_only=True, data_only=True)
    except Exception as e:  # noqa: BLE001 - any unreadable file is the same refusal for the user
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "File {file}: not a readable Excel workbook ({error})"),
                               "file", file=Path(path).name, error=type(e).__name__) from None
    try:
        rows = list(wb.worksheets[0].iter_rows(values_only=True))
    finally:
        wb.close()
    if not rows:
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "File: the first sheet needs the columns nis and share"),
                               "file")
    header = [str(c or "").strip().lower() for c in rows[0]]
    named = [c for c in ("nis", "commune_nis") if c in header]
    col_nis = header.index(named[0]) if named else None
    col_share = header.index("share") if "share" in header else None
    if col_nis is None or col_share is None:
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "File: the first sheet needs the columns nis and share"),
                               "file")
    out: dict[str, Decimal] = {}
    problems: list[Problem] = []
    for n, row in enumerate(rows[1:], start=2):
        nis, share = row[col_nis], row[col_share]
        if nis is None and share is None:
            continue
        try:
            out[str(nis).strip()] = parse_share(share)
        except ParseError as e:
            problems.append(Problem(e.message, dict(e.params), "share", None, n, "share"))
    if problems:
        raise RuleError(problems)
    return out


# -- activities of a local plan -------------------------------------------------------------------

@dataclass(frozen=True)
class ActivityInput:
    title: str
    thematic: int | None
    peace_guardians: int | None = 0
    street_educators: int | None = 0
    mediators: int | None = 0


@dataclass(frozen=True)
class ActivityRow:
    id: int
    grant_id: int
    title: str
    thematic: int
    peace_guardians: int
    street_educators: int
    mediators: int


@dataclass(frozen=True)
class ThematicCount:
    """The communes' activities of a year under one PGSP thematic (the implementation report's PLPP part)."""

    number: int
    label_fr: str
    label_nl: str
    activities: int
    communes: int
    peace_guardians: int
    street_educators: int
    mediators: int
    nis: frozenset[str] = frozenset()  # the communes


def _row(a: PlppActivity) -> ActivityRow:
    return ActivityRow(a.id, a.grant_id, a.title, a.thematic, a.peace_guardians, a.street_educators, a.mediators)


def is_plpp_grant(s: Session, grant_id: int) -> bool:
    """The grant is a commune's grant of a local plan programme (it may carry activities)."""
    row = s.execute(select(Programme.kind, Beneficiary.category).select_from(Grant)
                    .join(Programme, Programme.id == Grant.programme_id)
                    .join(Beneficiary, Beneficiary.id == Grant.beneficiary_id).where(Grant.id == grant_id)).first()
    return row is not None and row[0] == ProgrammeKind.LOCAL_PLAN and row[1] == Category.COMMUNE


def activities_of(db: Database, grant_id: int) -> list[ActivityRow]:
    with db.reading() as s:
        return [_row(a) for a in s.scalars(select(PlppActivity).where(PlppActivity.grant_id == grant_id)
                                           .order_by(PlppActivity.thematic, PlppActivity.title, PlppActivity.id))]


def save_activity(db: Database, grant_id: int, data: ActivityInput, activity_id: int | None = None) -> int:
    """Add an activity to a commune's PLPP grant, or change one: one action, audited."""
    with db.transaction() as s:
        require(s, db.user, "write")
        g = get_or_missing(s, Grant, grant_id, "grant")
        if not is_plpp_grant(s, grant_id):
            raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Grant: {ref} is not a commune's local plan (PLPP) grant: activities belong to local plans"),  # noqa: E501
                                   "grant", ref=g.ref)
        staff = {"peace_guardians": data.peace_guardians, "street_educators": data.street_educators,
                 "mediators": data.mediators}
        problems = checks.check_plpp_activity(title=data.title, thematic=data.thematic, staff=staff)
        if data.title and len(data.title.strip()) > 200:
            problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Title: at most {max} characters ({length})"),
                                    {"max": 200, "length": len(data.title.strip())}, "title"))
        if problems:
            raise RuleError(problems)
        assert data.thematic is not None
        if activity_id is None:
            a = PlppActivity(grant_id=grant_id, title=data.title.strip(), thematic=data.thematic,
                             peace_guardians=data.peace_guardians or 0, street_educators=data.street_educators or 0,
                             mediators=data.mediators or 0)
            s.add(a)
        else:
            found = s.get(PlppActivity, activity_id)
            if found is None or found.grant_id != grant_id:
                raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Activity: no such activity on grant {ref}"),
                                       "activity", ref=g.ref)
            a = found
            a.title, a.thematic = data.title.strip(), data.thematic
            a.peace_guardians = data.peace_guardians or 0
            a.street_educators = data.street_educators or 0
            a.mediators = data.mediators or 0
        s.flush()
        return a.id


def remove_activity(db: Database, activity_id: int) -> None:
    with db.transaction() as s:
        require(s, db.user, "write")
        a = s.get(PlppActivity, activity_id)
        if a is not None:
            s.delete(a)
            s.flush()


def activities_by_thematic(s: Session, year: int, edition_id: int | None) -> list[ThematicCount]:
    """The year's PLPP activities (decided grants: drafts left out) counted by PGSP thematic:
    activities, communes, staff funded. Thematic labels from the edition ``edition_id``."""
    from grants.models import GrantStatus, Thematic

    labels: dict[int, tuple[str, str]] = {}
    if edition_id is not None:
        labels = {n: (fr, nl or fr) for n, fr, nl in s.execute(
            select(Thematic.number, Thematic.label_fr, Thematic.label_nl).where(Thematic.edition_id == edition_id))}
    rows = s.execute(select(PlppActivity.thematic, Beneficiary.commune_nis, PlppActivity.peace_guardians,
                            PlppActivity.street_educators, PlppActivity.mediators)
                     .join(Grant, Grant.id == PlppActivity.grant_id)
                     .join(Beneficiary, Beneficiary.id == Grant.beneficiary_id)
                     .where(Grant.year == year, Grant.status != GrantStatus.DRAFT))
    acc: dict[int, list[Any]] = {}
    for number, nis, g, e, m in rows:
        a = acc.setdefault(number, [0, set(), 0, 0, 0])
        a[0] += 1
        a[1].add(nis)
        a[2] += g
        a[3] += e
        a[4] += m
    return [ThematicCount(n, *labels.get(n, (f"T{n}", f"T{n}")), a[0], len(a[1]), a[2], a[3], a[4], frozenset(a[1]))
            for n, a in sorted(acc.items())]


@dataclass(frozen=True)
class PlanActivities:
    """What the grant form's "Activities" tab shows: whether the grant is a commune's local plan,
    its activities, and the PGSP thematics to choose from (number, fr, nl)."""

    is_plpp: bool
    rows: tuple[ActivityRow, ...]
    thematics: tuple[tuple[int, str, str], ...]


def plan_activities(db: Database, grant_id: int) -> PlanActivities:
    from grants.models import Thematic

    with db.reading() as s:
        if not is_plpp_grant(s, grant_id):
            return PlanActivities(False, (), ())
        g = s.get(Grant, grant_id)
        edition = g.edition_id if g is not None else None
        thematics = tuple((n, fr, nl or fr) for n, fr, nl in s.execute(
            select(Thematic.number, Thematic.label_fr, Thematic.label_nl)
            .where(Thematic.edition_id == edition).order_by(Thematic.number))) if edition is not None else ()
        rows = tuple(_row(a) for a in s.scalars(select(PlppActivity).where(PlppActivity.grant_id == grant_id)
                                                .order_by(PlppActivity.thematic, PlppActivity.title, PlppActivity.id)))
        return PlanActivities(True, rows, thematics or tuple((n, f"T{n}", f"T{n}") for n in range(1, 10)))
