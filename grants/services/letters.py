"""The letters officers send (README "Letters"): what each kind says, when a grant's status allows
it, the values its template's placeholders take, and which template it is written from.

The values are text, already in Belgian form (``format_money``/``format_date``), taken from
:func:`grants.services.records.grant_detail` whose figures are those of :mod:`grants.domain.figures`
(nothing is summed again here). Rendering the Word template is :mod:`grants.reports.letters`'.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from importlib.resources import as_file, files
from pathlib import Path

from sqlalchemy import select

from grants.domain import checks
from grants.i18n import format_date, format_money
from grants.models import (
    Beneficiary,
    Grant,
    GrantStatus,
    PaymentKind,
    PaymentStatus,
    RecoveryClaim,
    RecoveryStatus,
    SentDocument,
)

from .common import by_ref, get_or_missing
from .database import Database
from .errors import QT_TRANSLATE_NOOP, RuleError
from .organisation import OrganisationSettings, _not_set, read_settings
from .records import ClaimRow, GrantDetail, PaymentRow, SentRow, grant_detail, sent_rows
from .recoveries import remind_in
from .security import require
from .validators import format_bce, format_communication, format_iban

KINDS = ("decision", "convention", "notification", "advance", "balance", "reminder", "recovery", "closure")
LANGS = ("fr", "nl")

#: Every placeholder a template may use (``{{ name }}``), with what it holds. A template using any
#: other name is refused. Values are text; an unknown value is an empty text.
PLACEHOLDERS: dict[str, str] = {
    "kind": "the kind of letter (decision, convention, ...)",
    "today": "the date of the letter",
    "org_name": "organisation setting: name",
    "org_address": "organisation setting: address",
    "org_iban": "organisation setting: IBAN (the Region's account)",
    "org_bic": "organisation setting: BIC",
    "org_signatories": "organisation setting: signatories",
    "beneficiary_name": "the beneficiary's name in the letter's language",
    "beneficiary_address": "the beneficiary's address (empty if none)",
    "beneficiary_bce": "the beneficiary's enterprise number (0XXX.XXX.XXX), empty if none",
    "beneficiary_iban": "the beneficiary's account, empty if none",
    "grant_ref": "the grant's reference",
    "grant_year": "the grant's year",
    "programme": "the programme's reference and title, empty for a grant outside a programme",
    "purpose": "the grant's purpose (objet)",
    "amount": "the current amount (decided amount plus amendments)",
    "amount_words": "the current amount in words (euros and cents)",
    "period_start": "first day of the (current) period",
    "period_end": "last day of the (current) period",
    "budget_line": "the budget line: code and label",
    "budget_line_code": "the budget line's code (allocation de base)",
    "decision_ref": "the decision's reference",
    "decision_date": "the decision's date",
    "notified_on": "the date the beneficiary was notified",
    "measures": "the PGSP measures: code, description and share, separated by semicolons",
    "required_documents": "the supporting documents the decision requires",
    "justification_deadline": "the justification deadline",
    "advance_share": "the advance share in percent",
    "advance_limit": "the advance the share allows (share of the current amount)",
    "payment_amount": "advance / balance letter: the amount of the payment (approved or to approve)",
    "payment_date": "advance / balance letter: the date of the payment",
    "payment_status": "advance / balance letter: 'paid' or 'to pay' in the letter's language",
    "paid": "approved payments out",
    "paid_back": "money paid back",
    "net_paid": "paid minus paid back",
    "accepted": "expenses accepted in the justification",
    "balance": "balance: min(accepted, amount) - net paid (empty until the justification is accepted)",
    "recovery_amount": "recovery / reminder of a claim: the amount claimed back",
    "recovery_outstanding": "recovery / reminder of a claim: what is still due",
    "recovery_date": "recovery / reminder of a claim: the date of the claim",
    "recovery_due_date": "recovery / reminder of a claim: the date it is due",
    "communication": "recovery / reminder of a claim: structured communication +++ddd/dddd/ddddd+++",
    "reminder_number": "reminder: the number of this reminder (1 for the first)",
    "reminder_subject": "reminder: 'justification' or 'recovery' in the letter's language",
}


@dataclass(frozen=True)
class Letter:
    """What a letter says, and what it concerns."""

    kind: str
    lang: str
    grant_id: int
    grant_ref: str
    beneficiary_ref: str
    recipient: str
    values: dict[str, str]
    date: dt.date
    claim_id: int | None = None  # a reminder of a recovery claim (recorded as the claim's reminder)


@dataclass(frozen=True)
class Recipient:
    """The beneficiary's particulars a letter names (its name comes from the grant's detail)."""

    ref: str
    address: str | None
    bce: str | None
    iban: str | None
    language: str


def _refuse(message: str, field: str, **params: object) -> RuleError:
    return RuleError.single(message, field, **params)


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise _refuse(QT_TRANSLATE_NOOP("rules", "Letter: {kind} is not one of {kinds}"), "kind", kind=kind,
                      kinds=", ".join(KINDS))
    return kind


def amount_in_words(amount: Decimal, lang: str) -> str:
    """``29600`` -> "vingt-neuf mille six cents euros" / "negenentwintigduizendzeshonderd euro"."""
    from num2words import num2words

    q = Decimal(amount).quantize(Decimal("0.01"))
    sign, q = ("moins " if lang == "fr" else "min ") if q < 0 else "", abs(q)
    euros, cents = int(q), int((q - int(q)) * 100)
    words = num2words(euros, lang=lang)
    if lang == "fr":
        text = f"{words} euro" + ("s" if euros > 1 else "")
        if cents:
            text += f" et {num2words(cents, lang='fr')} centime" + ("s" if cents > 1 else "")
    else:
        text = f"{words} euro"
        if cents:
            text += f" en {num2words(cents, lang='nl')} cent"
    return sign + text


def _last_payment(d: GrantDetail, kind: PaymentKind) -> PaymentRow | None:
    rows = [p for p in d.payments if p.kind == kind and p.status != PaymentStatus.CANCELLED]
    return rows[-1] if rows else None


def _justification_late(d: GrantDetail, today: dt.date) -> bool:
    return (not d.justifications and d.justification_deadline is not None and d.justification_deadline < today
            and d.status in (GrantStatus.COMMITTED, GrantStatus.ADVANCE_PAID))


def _open_claim(d: GrantDetail) -> ClaimRow | None:
    return d.open_claims[-1] if d.open_claims else None


def allowed_kinds(d: GrantDetail, today: dt.date | None = None) -> list[str]:
    """The kinds of letter the grant's status and records allow (what the GUI offers), counted at
    ``today``, else at the day the grant was read at (the demo's day on a demo database)."""
    out = []
    for kind in KINDS:
        try:
            _check_allowed(kind, d, today or d.as_of or dt.date.today())
        except RuleError:
            continue
        out.append(kind)
    return out


def _check_allowed(kind: str, d: GrantDetail, today: dt.date) -> None:
    """Refuse a letter the grant's status or records do not allow (the rule: domain/checks.check_letter)."""
    problems = checks.check_letter(
        kind=kind, ref=d.ref, status=d.status, has_advance=_last_payment(d, PaymentKind.ADVANCE) is not None,
        has_balance=_last_payment(d, PaymentKind.BALANCE) is not None, has_open_claim=_open_claim(d) is not None,
        justification_late=_justification_late(d, today), amount=d.figures.amount,
        government_threshold=d.government_threshold)
    if problems:
        raise RuleError(problems)


def _text(lang: str, fr: str, nl: str) -> str:
    return nl if lang == "nl" else fr


def _claim_values(c: ClaimRow, lang: str) -> dict[str, str]:
    return {"recovery_amount": format_money(c.amount, lang), "recovery_outstanding": format_money(c.outstanding, lang),
            "recovery_date": format_date(c.date, lang), "recovery_due_date": format_date(c.due_date, lang),
            "communication": format_communication(c.communication)}


def build_letter(d: GrantDetail, b: Recipient, org: OrganisationSettings, kind: str, lang: str,
                 today: dt.date) -> Letter:
    """The values of a ``kind`` letter on the grant ``d``; refused when the status does not allow it,
    or (recovery letters) while the Region's IBAN is not set."""
    check_kind(kind)
    _check_allowed(kind, d, today)
    f = d.figures
    name = d.beneficiary_name(lang)
    measures = "; ".join(
        f"{m.code} {(m.description_nl if lang == 'nl' else m.description_fr) or ''}".strip()
        + f" ({format_money(m.share, lang, currency=False)} %)" for m in d.measures)
    v: dict[str, str] = {k: "" for k in PLACEHOLDERS}
    v.update({
        "kind": kind, "today": format_date(today, lang),
        "org_name": org.name or "", "org_address": org.address or "",
        "org_iban": format_iban(org.iban) if org.iban else "", "org_bic": org.bic or "",
        "org_signatories": org.signatories or "",
        "beneficiary_name": name, "beneficiary_address": b.address or "",
        "beneficiary_bce": format_bce(b.bce) if b.bce else "",
        "beneficiary_iban": format_iban(b.iban) if b.iban else "",
        "grant_ref": d.ref, "grant_year": str(d.year),
        "programme": f"{d.programme_ref} {d.programme_title or ''}".strip() if d.programme_ref else "",
        "purpose": d.title, "amount": format_money(f.amount, lang), "amount_words": amount_in_words(f.amount, lang),
        "period_start": format_date(d.period_start, lang), "period_end": format_date(d.period_end, lang),
        "budget_line": f"{d.line_code} {d.line_label}", "budget_line_code": d.line_code,
        "decision_ref": d.decision_ref or "", "decision_date": format_date(d.decision_date, lang),
        "notified_on": format_date(d.notified_on, lang), "measures": measures,
        "required_documents": (d.required_documents or "").rstrip(" .;"),
        "justification_deadline": format_date(d.justification_deadline, lang),
        "advance_share": format_money(d.advance_share, lang, currency=False) + " %",
        "advance_limit": format_money(d.advance_limit, lang),
        "paid": format_money(f.paid, lang), "paid_back": format_money(f.recovered, lang),
        "net_paid": format_money(f.net_paid, lang), "accepted": format_money(f.accepted, lang),
        "balance": format_money(f.balance, lang) if f.balance is not None else "",
    })
    claim_id = None
    if kind in ("advance", "balance"):
        p = _last_payment(d, PaymentKind.ADVANCE if kind == "advance" else PaymentKind.BALANCE)
        assert p is not None
        v.update({"payment_amount": format_money(p.amount, lang), "payment_date": format_date(p.date, lang),
                  "payment_status": _text(lang, "payé", "betaald") if p.status == PaymentStatus.APPROVED
                  else _text(lang, "à payer", "te betalen")})
    claim = _open_claim(d) if kind in ("recovery", "reminder") else None
    if claim is not None:
        if not org.iban:
            raise _not_set("iban")
        v.update(_claim_values(claim, lang))
        if kind == "reminder":
            claim_id = claim.id
            v["reminder_number"] = str(claim.reminders_sent + 1)
            v["reminder_subject"] = _text(lang, "remboursement", "terugbetaling")
    elif kind == "reminder":
        v["reminder_number"] = "1"
        v["reminder_subject"] = _text(lang, "justification", "verantwoording")
    return Letter(kind, lang, d.id, d.ref, b.ref, name, v, today, claim_id)


def letter_for(db: Database, grant_ref: str, kind: str, lang: str | None = None,
               today: dt.date | None = None) -> Letter:
    """The ``kind`` letter of grant ``grant_ref``: in ``lang``, else the beneficiary's language."""
    check_kind(kind)
    with db.reading() as s:
        g = by_ref(s, Grant, grant_ref, "grant")
        ben = s.get(Beneficiary, g.beneficiary_id)
        assert ben is not None
        b = Recipient(ben.ref, ben.address, ben.bce, ben.iban, ben.language.value if ben.language else "fr")
        org = read_settings(s)
        gid = g.id
    d = grant_detail(db, gid)
    language = lang or b.language
    if language not in LANGS:
        language = "fr"
    from .as_of import today as counting_day  # the demo's own day on the demo, like the work lists

    return build_letter(d, b, org, kind, language, today or counting_day(db))


# --- templates --------------------------------------------------------------------------------------

def default_template(kind: str, lang: str) -> Path:
    """The template shipped in ``grants.resources/letters/LANG/KIND.docx``."""
    resource = files("grants.resources") / "letters" / lang / f"{kind}.docx"
    with as_file(resource) as p:
        return Path(p)


def template_path(db: Database, kind: str, lang: str) -> Path:
    """The administration's template (``letters_folder``/LANG/KIND.docx) if there is one, else the default."""
    with db.reading() as s:
        folder = read_settings(s).letters_folder
    if folder:
        own = Path(folder) / lang / f"{kind}.docx"
        if own.is_file():
            return own
    return default_template(kind, lang)


def grants_of_programme(db: Database, programme_ref: str) -> list[str]:
    """References of a programme's decided grants, one per beneficiary (the latest grant), in order."""
    from grants.models import Programme

    with db.reading() as s:
        p = by_ref(s, Programme, programme_ref, "programme")
        rows = s.execute(select(Grant.ref, Grant.beneficiary_id).where(Grant.programme_id == p.id,
                                                                         Grant.status != GrantStatus.DRAFT)
                         .order_by(Grant.ref)).all()
    seen: dict[int, str] = {}
    for ref, bid in rows:
        seen[bid] = ref
    return sorted(seen.values())


def programme_letters(db: Database, programme_ref: str, today: dt.date | None = None) -> dict[str, list[str]]:
    """For each kind of letter, the programme's grants (its latest per beneficiary) whose status and
    records allow it (what "Letters to all…" offers, with how many); the reminders are the work lists'."""
    refs = grants_of_programme(db, programme_ref)
    with db.reading() as s:
        ids = dict(s.execute(select(Grant.ref, Grant.id).where(Grant.ref.in_(refs))).all())
    out: dict[str, list[str]] = {}
    for ref in sorted(ids):
        for kind in allowed_kinds(grant_detail(db, ids[ref]), today):
            if kind != "reminder":
                out.setdefault(kind, []).append(ref)
    return {kind: out[kind] for kind in KINDS if kind in out}


def convention_required(db: Database, grant_ref: str) -> bool:
    """Whether the grant's amount requires a Government decision, hence a convention (domain.md: above
    the dated threshold; grants.domain.checks.check_convention)."""
    with db.reading() as s:
        gid = by_ref(s, Grant, grant_ref, "grant").id
    d = grant_detail(db, gid)
    return not checks.check_convention(ref=d.ref, amount=d.figures.amount, threshold=d.government_threshold)


def due_reminders(db: Database, today: dt.date | None = None) -> list[str]:
    """Grants a reminder is due on today: an open recovery claim past its due date, or a justification
    past its deadline and not received (README "Letters")."""
    from grants.models import Justification, RecoveryClaim

    from .as_of import today as counting_day  # the day the work lists count at: the same reminders due

    day = today or counting_day(db)
    with db.reading() as s:
        claims = set(s.scalars(select(Grant.ref).join(RecoveryClaim, RecoveryClaim.grant_id == Grant.id)
                               .where(RecoveryClaim.status == RecoveryStatus.OPEN, RecoveryClaim.due_date < day)))
        received = select(Justification.grant_id)
        late = set(s.scalars(select(Grant.ref).where(
            Grant.status.in_([GrantStatus.COMMITTED, GrantStatus.ADVANCE_PAID]),
            Grant.justification_deadline < day, Grant.id.not_in(received))))
    return sorted(claims | late)


# --- documents sent ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Sent:
    """A letter written to a file (not yet recorded)."""

    letter: Letter
    file_name: str
    sha256: str


def record_sent(db: Database, sent: Sequence[Sent], publish: Callable[[], None]) -> list[int]:
    """Record the letters ``sent`` on their grants in one transaction (audited), then ``publish`` the
    files (move them into place) before it commits: a refusal or an error leaves neither files nor rows.
    A reminder of an open recovery claim also counts as the claim's reminder (audit check 6)."""
    with db.transaction() as s:
        require(s, db.user, "write")
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        rows = []
        for x in sent:
            row = SentDocument(grant_id=x.letter.grant_id, kind=x.letter.kind, lang=x.letter.lang,
                               date=x.letter.date, recipient=x.letter.recipient[:255], file_name=x.file_name[:255],
                               sha256=x.sha256, user=db.user, created_at=now)
            s.add(row)
            rows.append(row)
            if x.letter.claim_id is not None:
                remind_in(s, get_or_missing(s, RecoveryClaim, x.letter.claim_id, "recovery claim"), x.letter.date)
        s.flush()
        publish()
        return [r.id for r in rows]


def sent_documents(db: Database, grant_id: int) -> list[SentRow]:
    """The letters recorded on a grant, oldest first."""
    with db.reading() as s:
        return sent_rows(s, grant_id)
