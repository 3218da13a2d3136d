"""Beneficiaries: identity, enterprise number, IBAN, commune, language, contacts."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from grants.models import Beneficiary, Category, Commune, Contact, Language, PoliceZone

from .common import check_version, get_or_missing, next_ref
from .database import Database
from .errors import QT_TRANSLATE_NOOP, Problem, RuleError
from .security import require
from .validators import check_bce, check_iban, required_text


@dataclass
class ContactInput:
    name: str
    function: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass
class BeneficiaryInput:
    name_fr: str
    category: Category | str
    name_nl: str | None = None
    bce: str | None = None
    iban: str | None = None
    bic: str | None = None
    commune_nis: str | None = None
    police_zone_code: int | None = None
    language: Language | str = Language.FR
    address: str | None = None
    ref: str | None = None
    contacts: list[ContactInput] = field(default_factory=list)
    version: int | None = None  # the version the form was opened on (a newer one is refused)


def validate(s: Session | None, data: BeneficiaryInput) -> dict[str, object]:
    """Check every field at once; return the normalised values or raise with all problems."""
    problems: list[Problem] = []
    out: dict[str, object] = {}

    def attempt(key: str, fn, *a):  # type: ignore[no-untyped-def]
        try:
            out[key] = fn(*a)
        except RuleError as e:
            problems.extend(e.problems)

    attempt("name_fr", required_text, data.name_fr, "name_fr", QT_TRANSLATE_NOOP("rules", "Name (French)"))
    out["name_nl"] = (data.name_nl or "").strip() or out.get("name_fr") or ""
    try:
        out["category"] = Category(data.category)
    except ValueError:
        problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Category: {value} is not one of {allowed}"),
                                {"value": data.category, "allowed": ", ".join(c.value for c in Category)}, "category"))
    try:
        out["language"] = Language(data.language or "fr")
    except ValueError:
        problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Language: {value} is not fr or nl"), {"value": data.language}, "language"))
    out["bce"] = None
    if (data.bce or "").strip():
        attempt("bce", check_bce, data.bce)
    out["iban"] = None
    if (data.iban or "").strip():
        attempt("iban", check_iban, data.iban)
    out["bic"] = (data.bic or "").strip().upper() or None
    out["commune_nis"] = None
    if data.commune_nis not in (None, ""):
        nis = str(data.commune_nis).strip().split(".")[0]
        if s is not None and s.get(Commune, nis) is None:
            problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Commune (NIS): {value} is not one of the 19 Brussels communes"),
                                    {"value": data.commune_nis}, "commune_nis"))
        out["commune_nis"] = nis
    out["police_zone_code"] = data.police_zone_code
    if data.police_zone_code is not None and s is not None and s.get(PoliceZone, data.police_zone_code) is None:
        problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Police zone: {value} is not a Brussels police zone"),
                                {"value": data.police_zone_code}, "police_zone_code"))
    out["address"] = (data.address or "").strip() or None
    for n, c in enumerate(data.contacts, start=1):
        if not (c.name or "").strip():
            problems.append(Problem(QT_TRANSLATE_NOOP("rules", "Contact {n}: the name is required"), {"n": n}, "contacts"))
    if problems:
        raise RuleError(problems)
    return out


def save_beneficiary(db: Database, data: BeneficiaryInput, beneficiary_id: int | None = None) -> int:
    """Create or update a beneficiary (with its contacts), all fields checked first."""
    with db.transaction() as s:
        require(s, db.user, "write")
        values = validate(s, data)
        if beneficiary_id is None:
            ref = (data.ref or "").strip() or next_ref(s, Beneficiary, "B")
            if s.scalar(select(Beneficiary.id).where(Beneficiary.ref == ref)) is not None:
                raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Reference: {ref} is already used by another beneficiary"), "ref", ref=ref)
            b = Beneficiary(ref=ref, **values)
            s.add(b)
            s.flush()
        else:
            b = get_or_missing(s, Beneficiary, beneficiary_id, "beneficiary")
            check_version(s, b, data.version, "beneficiary", b.ref)
            for k, v in values.items():
                setattr(b, k, v)
        if bce := values.get("bce"):
            other = s.scalar(select(Beneficiary.ref).where(Beneficiary.bce == bce, Beneficiary.id != b.id))
            if other:
                raise RuleError.single(
                    QT_TRANSLATE_NOOP("rules", "Enterprise number (BCE): {value} is already the number of beneficiary {other}"),
                    "bce", value=bce, other=other)
        existing = list(s.scalars(select(Contact).where(Contact.beneficiary_id == b.id).order_by(Contact.id)))
        for i, c in enumerate(data.contacts):
            target = existing[i] if i < len(existing) else Contact(beneficiary_id=b.id)
            target.name, target.function, target.email, target.phone = c.name.strip(), c.function, c.email, c.phone
            s.add(target)
        for extra in existing[len(data.contacts):]:
            s.delete(extra)
        s.flush()
        return b.id


@dataclass(frozen=True)
class BeneficiaryView:
    id: int
    ref: str
    name_fr: str
    name_nl: str
    category: Category
    bce: str | None
    iban: str | None
    bic: str | None
    commune_nis: str | None
    police_zone_code: int | None
    language: Language
    address: str | None
    contacts: tuple[ContactInput, ...]
    version: int = 1


def get_beneficiary(db: Database, beneficiary_id: int) -> BeneficiaryView:
    with db.reading() as s:
        b = get_or_missing(s, Beneficiary, beneficiary_id, "beneficiary")
        contacts = tuple(ContactInput(c.name, c.function, c.email, c.phone)
                         for c in s.scalars(select(Contact).where(Contact.beneficiary_id == b.id).order_by(Contact.id)))
        return BeneficiaryView(b.id, b.ref, b.name_fr, b.name_nl, b.category, b.bce, b.iban, b.bic, b.commune_nis,
                               b.police_zone_code, b.language, b.address, contacts, b.version)
