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

from sqlalchemy import select
from sqlalchemy.orm import Session

from grants.domain import checks
from grants.domain.parse import ParseError, parse_share
from grants.models import Beneficiary, Category, Commune, Grant, PlppKey, Programme, ProgrammeKind

from . import figures
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
    return {nis: text for nis, text in s.execute(select(PlppKey.commune_nis, PlppKey.derogation)
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
    Derogations already recorded stay. Returns how many shares changed."""
    with db.transaction() as s:
        require(s, db.user, "write")
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
    """Record (or, with no reason, withdraw) the derogation of a commune's PLPP subsidy of ``year``."""
    with db.transaction() as s:
        require(s, db.user, "write")
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
