"""Payment files for the bank: approved payments as one SEPA credit-transfer file (pain.001).

Each transfer carries the beneficiary's IBAN and a Belgian structured communication
(+++ddd/dddd/ddddd+++, sent as a structured creditor reference issued by "BBA"), so that finance
uploads one file instead of typing transfers. The payments sent are marked with the file's
message id in the same transaction that writes the file: nothing is ever sent twice.
"""

from __future__ import annotations

import datetime as dt
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from grants.domain import figures as domain_figures
from grants.models import Beneficiary, Grant, Payment

from .database import Database
from .errors import QT_TRANSLATE_NOOP, Problem, RuleError, tick
from .security import require
from .validators import check_iban, make_communication

#: safe.brussels' account, the debtor of every transfer. Set the real account with the
#: environment variables GRANTS_DEBTOR_NAME, GRANTS_DEBTOR_IBAN and GRANTS_DEBTOR_BIC.
DEBTOR_NAME = "safe.brussels - Bruxelles Prevention & Securite"
DEBTOR_IBAN = "BE54000000000097"
DEBTOR_BIC = "GKCCBEBB"
SCHEMA = "pain.001.001.03"
_NS = "urn:iso:std:iso:20022:tech:xsd:" + SCHEMA


@dataclass(frozen=True)
class DebtorAccount:
    name: str
    iban: str
    bic: str | None


def debtor_account() -> DebtorAccount:
    """The Region's account (module constants, overridden by GRANTS_DEBTOR_* variables)."""
    iban = check_iban(os.environ.get("GRANTS_DEBTOR_IBAN") or DEBTOR_IBAN, "GRANTS_DEBTOR_IBAN")
    bic = (os.environ.get("GRANTS_DEBTOR_BIC") or DEBTOR_BIC or "").strip().upper() or None
    return DebtorAccount(os.environ.get("GRANTS_DEBTOR_NAME") or DEBTOR_NAME, iban, bic)


@dataclass(frozen=True)
class Transfer:
    payment_id: int
    grant_ref: str
    beneficiary_ref: str
    name: str
    iban: str
    bic: str | None
    amount: Decimal
    date: dt.date
    communication: str  # 12 digits

    @property
    def end_to_end_id(self) -> str:
        return f"{self.grant_ref}-P{self.payment_id}"[:35]


@dataclass(frozen=True)
class SepaResult:
    path: Path
    message_id: str
    count: int
    total: Decimal
    payment_ids: tuple[int, ...]


def payment_communication(payment_id: int, date: dt.date) -> str:
    """A structured communication for an outgoing payment: year (2 digits), 9, payment id (7 digits).

    The 9 keeps them apart from recovery claims' communications (year, claim counter)."""
    return make_communication((date.year % 100) * 10**8 + 9 * 10**7 + payment_id % 10**7)


def _pending(s) -> list[tuple[Payment, Grant, Beneficiary]]:  # type: ignore[no-untyped-def]
    stmt = (select(Payment, Grant, Beneficiary).join(Grant, Grant.id == Payment.grant_id)
            .join(Beneficiary, Beneficiary.id == Grant.beneficiary_id)
            .where(domain_figures.IS_PAID, Payment.sepa_message_id.is_(None),
                   # imported and demo payments record money already paid: never send them again
                   Payment.origin == "app")
            .order_by(Payment.date, Payment.id))
    return [(p, g, b) for p, g, b in s.execute(stmt)]


def _transfer(p: Payment, g: Grant, b: Beneficiary) -> Transfer:
    name = b.name_nl if str(getattr(b.language, "value", b.language)) == "nl" else b.name_fr
    return Transfer(p.id, g.ref, b.ref, name, b.iban or "", b.bic, Decimal(p.amount).quantize(Decimal("0.01")),
                    p.date, p.communication or payment_communication(p.id, p.date))


def pending_transfers(db: Database) -> list[Transfer]:
    """Approved payments not yet sent to the bank."""
    with db.reading() as s:
        return [_transfer(p, g, b) for p, g, b in _pending(s)]


def build_xml(transfers: list[Transfer], debtor: DebtorAccount, execution_date: dt.date) -> tuple[bytes, str]:
    """The pain.001 document (validated against its schema) and its message id."""
    from sepaxml import SepaTransfer
    from sepaxml.validation import try_valid_xml

    config = {"name": debtor.name, "IBAN": debtor.iban, "batch": True, "currency": "EUR"}
    if debtor.bic:
        config["BIC"] = debtor.bic
    sepa = SepaTransfer(config, schema=SCHEMA, clean=True)
    for t in transfers:
        payment = {"name": t.name, "IBAN": t.iban, "amount": int(t.amount * 100), "execution_date": execution_date,
                   "description": t.communication, "endtoend_id": t.end_to_end_id}
        if t.bic:
            payment["BIC"] = t.bic
        sepa.add_payment(payment)
    raw = sepa.export(validate=False)
    xml, message_id = _structured_references(raw, {t.end_to_end_id: t.communication for t in transfers})
    try_valid_xml(xml, SCHEMA)
    return xml, message_id


def _structured_references(raw: bytes, communications: dict[str, str]) -> tuple[bytes, str]:
    """Replace each transfer's free text by the Belgian structured reference (SCOR, issuer BBA)."""
    ET.register_namespace("", _NS)
    ET.register_namespace("xsi", "http://www.w3.org/2001/XMLSchema-instance")
    root = ET.fromstring(raw)
    q = f"{{{_NS}}}"
    for tx in root.iter(f"{q}CdtTrfTxInf"):
        e2e = tx.find(f"{q}PmtId/{q}EndToEndId")
        rmt = tx.find(f"{q}RmtInf")
        if e2e is None or rmt is None or e2e.text not in communications:
            continue
        for child in list(rmt):
            rmt.remove(child)
        strd = ET.SubElement(rmt, f"{q}Strd")
        ref_inf = ET.SubElement(strd, f"{q}CdtrRefInf")
        tp = ET.SubElement(ref_inf, f"{q}Tp")
        cd = ET.SubElement(ET.SubElement(tp, f"{q}CdOrPrtry"), f"{q}Cd")
        cd.text = "SCOR"
        ET.SubElement(tp, f"{q}Issr").text = "BBA"
        ET.SubElement(ref_inf, f"{q}Ref").text = communications[e2e.text]
    msg = root.find(f"{q}CstmrCdtTrfInitn/{q}GrpHdr/{q}MsgId")
    assert msg is not None and msg.text
    return b'<?xml version="1.0" encoding="UTF-8"?>' + ET.tostring(root, encoding="utf-8"), msg.text


def export_sepa(db: Database, out: str | os.PathLike[str], execution_date: dt.date | None = None,
                progress=None) -> SepaResult:  # type: ignore[no-untyped-def]
    """Write the approved payments not yet sent as one pain.001 file and mark them as sent.

    All or nothing: a beneficiary without a valid IBAN refuses the whole file; the file appears
    only if the payments are marked, and the payments are marked only if the file is written."""
    debtor = debtor_account()
    today = dt.date.today()
    target = Path(out)
    written = False
    try:
        with db.transaction() as s:
            message_id, transfers = _export_in(s, db.user, target, debtor, max(execution_date or today, today),
                                               progress)
            written = True
    except BaseException:
        if written:  # the file was written but the payments could not be marked: withdraw it
            target.unlink(missing_ok=True)
        raise
    return SepaResult(target, message_id, len(transfers), sum((t.amount for t in transfers), Decimal("0.00")),
                      tuple(t.payment_id for t in transfers))


def _export_in(s, user: str, target: Path, debtor: DebtorAccount, when: dt.date,  # type: ignore[no-untyped-def]
               progress) -> tuple[str, list[Transfer]]:
    require(s, user, "approve_payment")
    rows = _pending(s)  # BEGIN IMMEDIATE: no other writer until the file is out
    if not rows:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Payments: no approved payment is waiting to be sent to the bank"), None)
    tick(progress, 0, len(rows) + 1)
    transfers, problems = [], []
    for p, g, b in rows:
        t = _transfer(p, g, b)
        try:
            check_iban(t.iban or "", "iban")
        except RuleError:
            problems.append(Problem(
                QT_TRANSLATE_NOOP("rules", "IBAN: beneficiary {ref} ({name}) has no valid account number; payment {id} of {amount} on grant {grant} cannot be sent"),
                {"ref": b.ref, "name": t.name, "id": p.id, "amount": t.amount, "grant": g.ref}, "iban"))
        transfers.append(t)
    if problems:
        raise RuleError(problems)
    xml, message_id = build_xml(transfers, debtor, when)
    tick(progress, len(rows), len(rows) + 1)
    stamp = dt.datetime.now().replace(microsecond=0)
    by_id = {p.id: p for p, _, _ in rows}
    for t in transfers:
        p = by_id[t.payment_id]
        p.communication = p.communication or t.communication
        p.sepa_message_id = message_id
        p.sepa_exported_at = stamp
    s.flush()
    tick(progress, len(rows) + 1, len(rows) + 1)
    _write_atomically(target, xml)
    return message_id, transfers


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
