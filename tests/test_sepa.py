"""SEPA pain.001: approved payments, each with its IBAN and Belgian structured reference, never twice."""

from __future__ import annotations

import datetime as dt
import hashlib
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from test_reports_data import DEBTOR, build_dataset

from grants.models import Payment, PaymentStatus
from grants.services import beneficiaries, sepa
from grants.services.database import os_account
from grants.services.errors import RuleError
from grants.services.validators import check_communication

NS = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"}


@pytest.fixture
def data(db):  # type: ignore[no-untyped-def]
    return build_dataset(db)


def approved_app_payments(db) -> list:  # type: ignore[no-untyped-def]
    with db.reading() as s:
        return list(s.execute(select(Payment.id, Payment.amount).where(Payment.status == PaymentStatus.APPROVED,
                                                                       Payment.kind != "recovery").order_by(Payment.id)))


def test_export_once_with_structured_references(db, data, tmp_path):  # type: ignore[no-untyped-def]
    expected = approved_app_payments(db)
    pending = sepa.pending_transfers(db)
    assert {t.payment_id for t in pending} == {p.id for p in expected}
    result = sepa.export_sepa(db, tmp_path / "pay.xml", dt.date(2099, 1, 5))
    assert result.count == len(expected)
    assert result.total == sum((p.amount for p in expected), Decimal("0"))
    root = ET.parse(result.path).getroot()
    assert root.find("p:CstmrCdtTrfInitn/p:GrpHdr/p:MsgId", NS).text == result.message_id
    assert Decimal(root.find("p:CstmrCdtTrfInitn/p:GrpHdr/p:CtrlSum", NS).text) == result.total
    assert root.find(".//p:ReqdExctnDt", NS).text == "2099-01-05"
    assert root.find(".//p:DbtrAcct/p:Id/p:IBAN", NS).text == DEBTOR["iban"]
    txs = root.findall(".//p:CdtTrfTxInf", NS)
    assert len(txs) == len(expected)
    ibans = {tx.find("p:CdtrAcct/p:Id/p:IBAN", NS).text: tx for tx in txs}
    schakel = ibans["BE90735000111132"]
    assert Decimal(schakel.find("p:Amt/p:InstdAmt", NS).text) == Decimal("9876.54")
    assert schakel.find("p:Cdtr/p:Nm", NS).text == "Jeugdhuis De Schakel vzw"  # its own language
    for tx in txs:
        ref = tx.find("p:RmtInf/p:Strd/p:CdtrRefInf", NS)
        assert ref.find("p:Tp/p:CdOrPrtry/p:Cd", NS).text == "SCOR"
        assert ref.find("p:Tp/p:Issr", NS).text == "BBA"
        check_communication(ref.find("p:Ref", NS).text)  # a valid Belgian structured communication
    # marked: never sent twice
    with db.reading() as s:
        marks = set(s.scalars(select(Payment.sepa_message_id).where(Payment.id.in_(result.payment_ids))))
        comms = list(s.scalars(select(Payment.communication).where(Payment.id.in_(result.payment_ids))))
    assert marks == {result.message_id} and all(comms)
    assert sepa.pending_transfers(db) == []
    with pytest.raises(RuleError, match="no approved payment"):
        sepa.export_sepa(db, tmp_path / "again.xml")
    assert not (tmp_path / "again.xml").exists()


def test_missing_iban_refuses_the_whole_file(db, data, tmp_path):  # type: ignore[no-untyped-def]
    view = beneficiaries.get_beneficiary(db, data.bens["SCHAKEL"])
    beneficiaries.save_beneficiary(db, beneficiaries.BeneficiaryInput(
        view.name_fr, view.category, view.name_nl, iban=None, language=view.language, ref=view.ref), view.id)
    with pytest.raises(RuleError, match="B-SCHAKEL"):
        sepa.export_sepa(db, tmp_path / "pay.xml")
    assert not (tmp_path / "pay.xml").exists()
    assert len(sepa.pending_transfers(db)) == len(approved_app_payments(db))  # nothing marked


def test_imported_history_is_never_sent(db, data, tmp_path):  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        for p in s.scalars(select(Payment)):
            p.origin = "import"
    assert sepa.pending_transfers(db) == []


# ---- crash safety, re-issue, organisation settings, what is sent


def _kill_at(db, out: Path, step: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    marker = tmp_path / f"paused-{step}"
    helper = Path(__file__).with_name("sepa_until_killed.py")
    proc = subprocess.Popen([sys.executable, str(helper), db.url, str(out), str(marker), step],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert proc.poll() is None, f"the export ended before it was killed: {proc.stderr.read()!r}"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stderr.close()  # type: ignore[union-attr]


def _parts(folder: Path) -> list[Path]:
    return sorted(folder.glob(".*.part"))


def test_killed_before_the_commit_sends_nothing_and_leaves_nothing(db, data, tmp_path):  # type: ignore[no-untyped-def]
    expected = approved_app_payments(db)
    out = tmp_path / "bank" / "pay.xml"
    out.parent.mkdir()
    _kill_at(db, out, "written", tmp_path)
    assert not out.exists() and len(_parts(out.parent)) == 1  # the temporary file, never uploaded
    db.dispose()
    assert len(sepa.pending_transfers(db)) == len(expected)  # nothing marked
    assert sepa.files(db) == []
    result = sepa.export_sepa(db, out)  # the next export sends them, and removes the orphan
    assert result.count == len(expected)
    assert _parts(out.parent) == [] and out.exists()


def test_killed_after_the_commit_never_sends_twice_and_reissues(db, data, tmp_path):  # type: ignore[no-untyped-def]
    expected = approved_app_payments(db)
    out = tmp_path / "bank" / "pay.xml"
    out.parent.mkdir()
    _kill_at(db, out, "recorded", tmp_path)
    db.dispose()
    assert not out.exists()
    [recorded] = sepa.files(db)
    assert recorded.count == len(expected)
    assert recorded.total == sum((p.amount for p in expected), Decimal("0"))
    # the killed process ran as the OS account (tests impersonate only inside this process)
    ran_as = os_account() if db.is_sqlite else make_url(db.url).username  # on a server: the login
    assert recorded.created_by == ran_as and recorded.path == str(out.resolve())
    assert sepa.pending_transfers(db) == []  # marked in the committed transaction: never sent again
    assert [f.message_id for f in sepa.unwritten_files(db)] == [recorded.message_id]
    # re-issued from the database, identical to what the interrupted export wrote
    [part] = _parts(out.parent)
    again = sepa.reissue(db, recorded.message_id, tmp_path / "again.xml")
    assert again.path.read_bytes() == part.read_bytes()
    assert hashlib.sha256(again.path.read_bytes()).hexdigest() == recorded.checksum
    assert again.count == recorded.count and len(again.payment_ids) == len(expected)
    # the next export in that folder finishes the interrupted rename, and sends nothing twice
    with pytest.raises(RuleError, match="no approved payment"):
        sepa.export_sepa(db, out.parent / "next.xml")
    assert out.read_bytes() == again.path.read_bytes() and _parts(out.parent) == []
    assert not (out.parent / "next.xml").exists()
    assert sepa.unwritten_files(db) == []


def test_reissue_is_identical_and_changes_nothing(db, data, tmp_path):  # type: ignore[no-untyped-def]
    first = sepa.export_sepa(db, tmp_path / "pay.xml")
    with db.reading() as s:
        before = [(p.id, p.sepa_message_id, p.sepa_exported_at) for p in s.scalars(select(Payment))]
    # the beneficiary's account changes later: the re-issued file is still the one sent
    view = beneficiaries.get_beneficiary(db, data.bens["SCHAKEL"])
    beneficiaries.save_beneficiary(db, beneficiaries.BeneficiaryInput(
        view.name_fr, view.category, view.name_nl, iban="BE88363000000141", language=view.language, ref=view.ref),
        view.id)
    again = sepa.reissue(db, first.message_id, tmp_path / "copy.xml")
    assert again.path.read_bytes() == first.path.read_bytes()
    assert again.message_id == first.message_id and sorted(again.payment_ids) == sorted(first.payment_ids)
    with db.reading() as s:
        assert [(p.id, p.sepa_message_id, p.sepa_exported_at) for p in s.scalars(select(Payment))] == before
    with pytest.raises(RuleError, match="no SEPA file NOPE"):
        sepa.reissue(db, "NOPE", tmp_path / "nope.xml")
    assert not (tmp_path / "nope.xml").exists()


def test_the_file_is_in_the_audit_trail(db, data, tmp_path):  # type: ignore[no-untyped-def]
    from grants.models import AuditEntry

    result = sepa.export_sepa(db, tmp_path / "pay.xml")
    with db.reading() as s:
        entities = [e for e, in s.execute(select(AuditEntry.entity).where(AuditEntry.entity_id == result.message_id))]
        marked = s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "payment", AuditEntry.after.contains(result.message_id)))
    assert entities == ["sepa_file"] and marked == result.count


def test_output_problems_refused_before_anything_is_recorded(db, data, tmp_path):  # type: ignore[no-untyped-def]
    with pytest.raises(RuleError, match="is a folder"):
        sepa.export_sepa(db, tmp_path)
    (tmp_path / "file").write_text("")
    with pytest.raises(OSError):  # a folder that is a file
        sepa.export_sepa(db, tmp_path / "file" / "pay.xml")
    assert sepa.files(db) == [] and len(sepa.pending_transfers(db)) == len(approved_app_payments(db))
    assert sepa.export_sepa(db, tmp_path / "new" / "folder" / "pay.xml").path.exists()  # made, as other exports


def test_refused_until_the_organisation_account_is_set(db, data, tmp_path):  # type: ignore[no-untyped-def]
    from grants.services import organisation

    organisation.set_settings(db, iban=None)
    with pytest.raises(RuleError, match="Organisation settings: iban not set; run grants settings iban"):
        sepa.export_sepa(db, tmp_path / "pay.xml")
    assert not (tmp_path / "pay.xml").exists() and _parts(tmp_path) == []
    assert sepa.files(db) == []
    organisation.set_settings(db, iban="BE71 0961 2345 6769")
    assert sepa.export_sepa(db, tmp_path / "pay.xml").count == len(approved_app_payments(db))


def test_only_payments_approved_in_the_application_are_sent(db, data, tmp_path):  # type: ignore[no-untyped-def]
    expected = approved_app_payments(db)
    with db.transaction() as s:  # written around the application: approved by nobody
        p = s.get(Payment, expected[0].id)
        p.approved_by = None
    assert {t.payment_id for t in sepa.pending_transfers(db)} == {p.id for p in expected[1:]}
