"""Payment files for the bank: approved payments as one SEPA credit-transfer file (pain.001).

Each transfer carries the beneficiary's IBAN and a Belgian structured communication
(+++ddd/dddd/ddddd+++, sent as a structured creditor reference issued by "BBA"), so that finance
uploads one file instead of typing transfers. The debtor is the Region's account of the
organisation settings (:mod:`grants.services.organisation`): the export refuses until it is set.

Crash-safe and idempotent, in three steps:
  1. the file is written to a hidden temporary file beside its target (``.NAME.MSGID.part``);
  2. one transaction records the file (table ``sepa_file``: message id, when, by whom, count,
     total, SHA-256, path and the bytes) and marks its payments as sent;
  3. the temporary file is renamed to its name.
A crash before 2 leaves nothing recorded (the next export removes the orphan ``.part`` and sends
the payments); a crash between 2 and 3 leaves the payments marked, never to be sent again, and
the file recorded: the next export in that folder finishes the rename, and
``grants export sepa --reissue MSGID`` writes the file again, byte for byte, from the database.
Only payments approved in the application are sent (imported and historic ones never).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from grants.domain import figures as domain_figures
from grants.models import Beneficiary, Grant, Payment, SepaFile

from .database import Database
from .errors import QT_TRANSLATE_NOOP, NotFound, Problem, RuleError, tick
from .organisation import DebtorAccount, debtor_in
from .security import require
from .validators import check_iban, make_communication

SCHEMA = "pain.001.001.03"
_NS = "urn:iso:std:iso:20022:tech:xsd:" + SCHEMA
# ".NAME.MSGID.part", MSGID as sepaxml makes it (timestamp, 12 hex digits): nobody else's temporary file
_PART = re.compile(r"\.(?P<name>.+)\.(?P<msg>\d{14}-[0-9a-f]{12})\.part")

__all__ = ["DebtorAccount", "SepaFileView", "SepaResult", "Transfer", "build_xml", "export_sepa", "files",
           "pending_transfers", "reissue", "unwritten_files"]


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
    checksum: str = ""


@dataclass(frozen=True)
class SepaFileView:
    message_id: str
    created_at: dt.datetime
    created_by: str
    count: int
    total: Decimal
    checksum: str
    path: str
    execution_date: dt.date


def payment_communication(payment_id: int, date: dt.date) -> str:
    """A structured communication for an outgoing payment: year (2 digits), 9, payment id (7 digits).

    The 9 keeps them apart from recovery claims' communications (year, claim counter)."""
    return make_communication((date.year % 100) * 10**8 + 9 * 10**7 + payment_id % 10**7)


def _pending(s) -> list[tuple[Payment, Grant, Beneficiary]]:  # type: ignore[no-untyped-def]
    stmt = (select(Payment, Grant, Beneficiary).join(Grant, Grant.id == Payment.grant_id)
            .join(Beneficiary, Beneficiary.id == Grant.beneficiary_id)
            .where(domain_figures.IS_PAID, Payment.sepa_message_id.is_(None),
                   # approved in the application: by somebody, after somebody prepared it
                   Payment.approved_by.is_not(None), Payment.prepared_by.is_not(None),
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

    All or nothing: a beneficiary without a valid IBAN refuses the whole file. The file is
    written to a temporary name, recorded with its payments marked in one transaction, then
    renamed (see the module's docstring for what a crash at each step leaves)."""
    today = dt.date.today()
    target = Path(out)
    _check_target(target)
    finish_interrupted(db, target.parent)
    part: list[Path] = []
    try:
        with db.transaction() as s:
            message_id, transfers, digest = _export_in(s, db.user, target, max(execution_date or today, today),
                                                       progress, part)
    except BaseException:
        for p in part:  # not recorded: the temporary file must not survive
            p.unlink(missing_ok=True)
        raise
    _publish(part[0], target, message_id)
    return SepaResult(target, message_id, len(transfers), sum((t.amount for t in transfers), Decimal("0.00")),
                      tuple(t.payment_id for t in transfers), digest)


def _check_target(target: Path) -> None:
    """Before anything is recorded: refuse a target the final rename would fail on; make its folder
    (an OSError, such as a folder that is a file, names the path)."""
    if target.is_dir():
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Output: {path} is a folder, not a file"), "out",
                               path=str(target))
    target.parent.mkdir(parents=True, exist_ok=True)


def _part_path(target: Path, message_id: str) -> Path:
    return target.with_name(f".{target.name}.{message_id}.part")


def _export_in(s, user: str, target: Path, when: dt.date,  # type: ignore[no-untyped-def]
               progress, part: list[Path]) -> tuple[str, list[Transfer], str]:
    require(s, user, "approve_payment")
    debtor = debtor_in(s)
    rows = _pending(s)  # BEGIN IMMEDIATE: no other writer until the file is recorded
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
    digest = hashlib.sha256(xml).hexdigest()
    tmp = _part_path(target, message_id)
    part.append(tmp)
    _write_synced(tmp, xml)  # step 1: the bytes on disk, under a name nobody uploads
    stamp = dt.datetime.now().replace(microsecond=0)
    total = sum((t.amount for t in transfers), Decimal("0.00"))
    s.add(SepaFile(message_id=message_id, created_at=stamp, created_by=user, count=len(transfers), total=total,
                   checksum=digest, path=str(target.resolve()), execution_date=when, content=xml.decode("utf-8")))
    by_id = {p.id: p for p, _, _ in rows}
    for t in transfers:
        p = by_id[t.payment_id]
        p.communication = p.communication or t.communication
        p.sepa_message_id = message_id
        p.sepa_exported_at = stamp
    s.flush()  # step 2 commits when the block ends
    tick(progress, len(rows) + 1, len(rows) + 1)
    return message_id, transfers, digest


def _publish(tmp: Path, target: Path, message_id: str) -> None:
    """Step 3: the recorded file under its name."""
    try:
        os.replace(tmp, target)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Output: the SEPA file {msg} is recorded (its payments are marked as sent) but could not be written to {path} ({error}); run grants export sepa --reissue {msg} --out FILE"),
            "out", msg=message_id, path=str(target), error=e.strerror or str(e)) from None


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _write_atomically(target: Path, data: bytes, tmp: Path) -> None:
    try:
        _write_synced(tmp, data)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _view(f: SepaFile) -> SepaFileView:
    return SepaFileView(f.message_id, f.created_at, f.created_by, f.count, Decimal(f.total), f.checksum, f.path,
                        f.execution_date)


def files(db: Database) -> list[SepaFileView]:
    """Every SEPA file recorded, the latest first."""
    with db.reading() as s:
        return [_view(f) for f in s.scalars(select(SepaFile).order_by(SepaFile.created_at.desc(),
                                                                       SepaFile.message_id.desc()))]


def unwritten_files(db: Database) -> list[SepaFileView]:
    """Recorded files missing from where they were written (a crash before the rename, or moved)."""
    return [f for f in files(db) if not Path(f.path).is_file()]


def finish_interrupted(db: Database, folder: Path) -> list[str]:
    """Temporary SEPA files left in ``folder`` by a crash: renamed when recorded, else removed.

    Returns the message ids of the files it finished."""
    if not folder.is_dir():
        return []
    finished = []
    for tmp in folder.glob(".*.part"):
        m = _PART.fullmatch(tmp.name)
        if m is None:
            continue
        with db.reading() as s:
            f = s.get(SepaFile, m["msg"])
            recorded = f is not None and Path(f.path) == (folder / m["name"]).resolve()
            digest = f.checksum if f is not None else ""
        try:
            if recorded and hashlib.sha256(tmp.read_bytes()).hexdigest() == digest \
                    and not (folder / m["name"]).exists():
                os.replace(tmp, folder / m["name"])
                finished.append(m["msg"])
            elif not recorded:
                tmp.unlink()
        except OSError:
            continue  # another process's, or not ours to touch
    return finished


def reissue(db: Database, message_id: str, out: str | os.PathLike[str]) -> SepaResult:
    """Write a recorded SEPA file again, byte for byte as it was first written, from the database."""
    target = Path(out)
    _check_target(target)
    with db.reading() as s:
        require(s, db.user, "approve_payment")
        f = s.get(SepaFile, message_id.strip())
        if f is None:
            raise NotFound.single(QT_TRANSLATE_NOOP("rules", "Message id: no SEPA file {msg} in this database"),
                                  "message_id", msg=message_id)
        data = f.content.encode("utf-8")
        ids = tuple(s.scalars(select(Payment.id).where(Payment.sepa_message_id == f.message_id)
                              .order_by(Payment.date, Payment.id)))
        view = _view(f)
    if hashlib.sha256(data).hexdigest() != view.checksum:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Message id: the SEPA file {msg} kept in the database does not match its checksum; it is not written"),
            "message_id", msg=view.message_id)
    _write_atomically(target, data, _part_path(target, view.message_id))
    return SepaResult(target, view.message_id, view.count, view.total, ids, view.checksum)
