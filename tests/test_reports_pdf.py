"""PDFs read back with pypdf: figures, names, accents, Dutch names, page x of y."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pypdf import PdfReader
from test_reports_data import YEAR, build_dataset

from grants.i18n import format_money
from grants.reports import exports
from grants.services import reporting
from grants.services.errors import Cancelled, NotFound, RuleError
from grants.services.validators import format_communication


@pytest.fixture
def data(db):  # type: ignore[no-untyped-def]
    return build_dataset(db)


def text_of(path) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_statement_with_amount_to_pay_back(db, data, tmp_path):  # type: ignore[no-untyped-def]
    path = exports.statement_pdf(db, "B-GAMS", YEAR, tmp_path / "gams.pdf", "fr")
    text = text_of(path)
    assert "Relevé des subsides 2024" in text and "Overzicht van de subsidies 2024" in text  # both languages
    assert "GAMS Belgique - Mutilations génitales féminines" in text  # accents
    assert "GAMS België" in text
    assert "Montant à rembourser" in text
    st = reporting.statement(db, "B-GAMS", YEAR)
    assert st.to_pay_back == Decimal("4999.45")
    assert format_money(st.to_pay_back, "fr") in text  # 4 999,45 EUR
    assert format_communication(data.claim_communication) in text  # +++240/0000/00105+++
    assert "BE71 0961 2345 6769" in text  # where to pay it back: the organisation settings' account
    assert "30 000,55 EUR" in text and "36 000,00 EUR" in text and "-1 000,00 EUR" in text
    assert "Page 1 de 1" in text
    assert PdfReader(str(path)).pages[0].mediabox.width == pytest.approx(595.27, abs=0.1)  # A4


def test_statement_in_dutch_for_a_dutch_speaking_beneficiary(db, data, tmp_path):  # type: ignore[no-untyped-def]
    path = exports.statement_pdf(db, "B-SCHAKEL", YEAR, tmp_path / "s.pdf", None)  # auto: its own language
    text = text_of(path)
    assert "Overzicht van de subsidies 2024" in text
    assert "Jeugdhuis De Schakel vzw" in text and "Jongerenwerking in" in text
    assert "12 345,67" in text and "9 876,54" in text
    assert "Voorschot" in text and "Pagina 1 van 1" in text


def test_statement_balance_and_totals_agree_with_services(db, data, tmp_path):  # type: ignore[no-untyped-def]
    st = reporting.statement(db, "B-IXL", YEAR)
    assert st.granted == Decimal("1234567.89") and st.paid_net == Decimal("1234567.89")
    assert st.balance_due == 0 and st.to_pay_back == 0
    text = text_of(exports.statement_pdf(db, "B-IXL", YEAR, tmp_path / "ixl.pdf", "en"))
    assert "Statement of grants 2024" in text and "Commune d'Ixelles" in text
    assert "1,234,567.89" in text and "246,913.58" in text  # the balance payment
    assert "No amount is due either way" in text


def test_statement_refusals(db, data, tmp_path):  # type: ignore[no-untyped-def]
    with pytest.raises(NotFound):
        exports.statement_pdf(db, "B-NOBODY", YEAR, tmp_path / "x.pdf")
    with pytest.raises(RuleError):
        exports.statement_pdf(db, "B-GAMS", YEAR - 5, tmp_path / "x.pdf")
    assert not list(tmp_path.glob("*.pdf"))


def test_statements_in_one_go(db, data, tmp_path):  # type: ignore[no-untyped-def]
    paths = exports.statements_pdf(db, YEAR, tmp_path / "st", None)
    assert sorted(p.name for p in paths) == [f"statement_{YEAR}_B-{k}.pdf" for k in
                                              ("GAMS", "IXL", "PZ", "SCHAKEL", "STIB")]
    pz = text_of(tmp_path / "st" / f"statement_{YEAR}_B-PZ.pdf")
    assert pz.startswith("Relevé des subsides 2024")  # a French-speaking beneficiary, in French
    assert "Zone de police Bruxelles-Capitale Ixelles" in pz
    assert text_of(tmp_path / "st" / f"statement_{YEAR}_B-SCHAKEL.pdf").startswith("Overzicht van de subsidies")
    with pytest.raises(Cancelled):
        exports.statements_pdf(db, YEAR, tmp_path / "cancelled", "fr", progress=lambda d, t: d < 2)
    assert len(list((tmp_path / "cancelled").glob("*.pdf"))) == 2  # whole files only
    assert not list((tmp_path / "cancelled").glob(".*"))


def test_call_and_pgsp_annex(db, data, tmp_path):  # type: ignore[no-untyped-def]
    text = text_of(exports.call_pdf(db, data.programme_ref, tmp_path / "call.pdf", "fr"))
    assert "Appel à projets 2024 - Prévention et égalité" in text
    assert "Candidatures reçues : 3 ; recevables : 2 ; sélectionnées : 2" in text
    assert "57 345,67 EUR" in text  # 45 000 + 12 345,67
    assert "51 172,84 EUR" in text and "6 172,83 EUR" in text  # by measure, shared to the cent

    report = reporting.pgsp_report(db, YEAR)
    with db.reading() as s:
        from grants.services import figures

        assert report.total == sum(figures.amounts(s).values())
    text = text_of(exports.pgsp_pdf(db, YEAR, tmp_path / "pgsp.pdf", "nl"))
    assert "Bijlage GVPP 2024" in text and "Fysieke en psychische integriteit van personen" in text
    assert format_money(report.total, "nl") in text
    assert "740 740,73 EUR" in text and "Zonder GVPP-maatregel" in text
