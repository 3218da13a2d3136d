"""Organisation settings: what the application sends out in the Region's name.

The name, address, IBAN and BIC of safe.brussels' account (the debtor of every SEPA transfer, the
account recovery statements ask to pay back to), its logo and signatories. They live in the
database (table ``organisation_setting``), are set by an administrator (permission ``settings``)
in the GUI or with ``grants settings KEY VALUE``, and every change is in the audit trail. The
exports that need them refuse until they are set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from grants.models import OrganisationSetting

from .database import Database
from .errors import QT_TRANSLATE_NOOP, RuleError
from .security import require
from .validators import check_iban

# The settings, in the order they are shown.
KEYS = ("name", "address", "iban", "bic", "logo", "signatories", "letters_folder", "attachment_max_mb",
        "pgsp_editions")
_MAX = {"name": 70, "address": 140, "iban": 34, "bic": 11, "logo": 1000, "signatories": 500, "letters_folder": 1000,
        "attachment_max_mb": 3, "pgsp_editions": 500}
#: the bounds of attachment_max_mb, the size limit per attached file in MB (README "Attachments")
ATTACHMENT_MB_RANGE = (1, 500)
_BIC = re.compile(r"[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")


@dataclass(frozen=True)
class OrganisationSettings:
    name: str | None = None
    address: str | None = None
    iban: str | None = None
    bic: str | None = None
    logo: str | None = None
    signatories: str | None = None
    #: A folder of letter templates (``fr/decision.docx``...) replacing the shipped ones (README "Letters").
    letters_folder: str | None = None
    #: The size limit per attached file, in MB (1..500; unset: GRANTS_ATTACHMENT_MAX_MB, else 25).
    attachment_max_mb: str | None = None
    #: The PGSP edition the administration assigns to years no edition covers: "2025=2021-2024; 2031=2025-2030"
    #: (a year not listed takes the nearest edition: README "PGSP plan editions").
    pgsp_editions: str | None = None

    def items(self) -> list[tuple[str, str | None]]:
        return [(f.name, getattr(self, f.name)) for f in fields(self)]


@dataclass(frozen=True)
class DebtorAccount:
    """The account every transfer is paid from (and recoveries paid back to)."""

    name: str
    iban: str
    bic: str | None


def read_settings(s: Session) -> OrganisationSettings:
    values = {k: v for k, v in s.execute(select(OrganisationSetting.key, OrganisationSetting.value))
              if k in KEYS}
    return OrganisationSettings(**values)


def get_settings(db: Database) -> OrganisationSettings:
    with db.reading() as s:
        return read_settings(s)


def _not_set(key: str) -> RuleError:
    return RuleError.single(
        QT_TRANSLATE_NOOP("rules", "Organisation settings: {setting} not set; run grants settings {setting} VALUE (administrators)"),  # noqa: E501
        key, setting=key)


def debtor_in(s: Session) -> DebtorAccount:
    """The Region's account from the settings; refused while its name or IBAN is not set."""
    settings = read_settings(s)
    if not settings.iban:
        raise _not_set("iban")
    if not settings.name:
        raise _not_set("name")
    return DebtorAccount(settings.name, settings.iban, settings.bic or None)


def debtor_account(db: Database) -> DebtorAccount:
    with db.reading() as s:
        return debtor_in(s)


def normalise(key: str, value: str | None) -> str | None:
    """The value as stored (None clears the setting); refused, naming the setting, when invalid."""
    if key not in KEYS:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Setting: {key} is not one of {keys}"), "key", key=key, keys=", ".join(KEYS))
    text = (value or "").strip()
    if not text:
        return None
    if key == "attachment_max_mb":
        low, high = ATTACHMENT_MB_RANGE
        if not (text.isascii() and text.isdigit()) or not low <= int(text) <= high:
            raise RuleError.single(
                QT_TRANSLATE_NOOP("rules", "Attachment size limit: {value} is not a whole number of MB from {low} to {high}"),  # noqa: E501
                "attachment_max_mb", value=text, low=low, high=high)
        return str(int(text))
    if len(text) > _MAX[key]:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "{setting}: at most {n} characters"), key, setting=key, n=_MAX[key])
    if key == "iban":
        return check_iban(text, "iban")
    if key == "bic":
        bic = text.replace(" ", "").upper()
        if not _BIC.fullmatch(bic):
            raise RuleError.single(
                QT_TRANSLATE_NOOP("rules", "BIC: {value} is not a bank identifier code (8 or 11 letters and digits)"),
                "bic", value=text)
        return bic
    if key == "logo":
        path = Path(text).expanduser()
        if not path.is_file():
            raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Logo: no image file at {path}"), "logo", path=text)
        return str(path.resolve())
    if key == "pgsp_editions":
        years = parse_edition_years(text)
        return "; ".join(f"{y}={c}" for y, c in sorted(years.items())) or None
    if key == "letters_folder":
        folder = Path(text).expanduser()
        if not folder.is_dir():
            raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Letters folder: no folder at {path}"), "letters_folder",
                                   path=text)
        return str(folder.resolve())
    return text


def parse_edition_years(text: str | None) -> dict[int, str]:
    """``"2025=2021-2024; 2031=2025-2030"`` -> {2025: "2021-2024", 2031: "2025-2030"}; refused naming the part."""
    out: dict[int, str] = {}
    for part in (text or "").replace(",", ";").split(";"):
        part = part.strip()
        if not part:
            continue
        year, sep, code = (x.strip() for x in part.partition("="))
        if not sep or not (year.isascii() and year.isdigit() and len(year) == 4) or not code:
            raise RuleError.single(
                QT_TRANSLATE_NOOP("rules", "PGSP editions: {part} is not YEAR=EDITION (2025=2021-2024)"),
                "pgsp_editions", part=part)
        out[int(year)] = code
    return out


def assigned_editions(s: Session) -> dict[int, str]:
    """Year -> the code of the PGSP edition the administration assigned to it (setting pgsp_editions)."""
    row = s.get(OrganisationSetting, "pgsp_editions")
    try:
        return parse_edition_years(row.value if row is not None else None)
    except RuleError:  # checked when set: an unreadable value is as if unset
        return {}


def _check_edition_years(s: Session, text: str | None) -> None:
    """Each assigned edition exists; a year an edition covers takes that edition, never another."""
    from grants.models import PlanEdition

    editions = list(s.execute(select(PlanEdition.code, PlanEdition.start_year, PlanEdition.end_year)))
    codes = {code for code, _, _ in editions}
    for year, code in parse_edition_years(text).items():
        if code not in codes:
            raise RuleError.single(QT_TRANSLATE_NOOP("rules", "PGSP editions: no edition {code} (loaded: {codes})"),
                                   "pgsp_editions", code=code, codes=", ".join(sorted(codes)) or "-")
        covering = [c for c, start, end in editions if start <= year <= end]
        if covering:
            raise RuleError.single(
                QT_TRANSLATE_NOOP("rules", "PGSP editions: {year} is covered by the edition {covering}; only a year no edition covers is assigned"),  # noqa: E501
                "pgsp_editions", year=year, covering=covering[0])


def set_settings(db: Database, **values: str | None) -> OrganisationSettings:
    """Set (or, with None or an empty text, clear) some settings in one transaction; admins only."""
    clean = {key: normalise(key, value) for key, value in values.items()}
    with db.transaction() as s:
        require(s, db.user, "settings")
        if clean.get("pgsp_editions"):
            _check_edition_years(s, clean["pgsp_editions"])
        for key, value in clean.items():
            row = s.get(OrganisationSetting, key)
            if value is None:
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(OrganisationSetting(key=key, value=value))
            elif row.value != value:
                row.value = value
        s.flush()
        return read_settings(s)


def set_setting(db: Database, key: str, value: str | None) -> OrganisationSettings:
    return set_settings(db, **{key: value})
