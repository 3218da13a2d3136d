"""SEPA pain.001: approved payments, each with its IBAN and Belgian structured reference, never twice."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from sqlalchemy import select
from test_reports_data import DEBTOR, build_dataset

from grants.models import Payment, PaymentStatus
from grants.services import beneficiaries, sepa
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
