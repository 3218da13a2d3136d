"""PDFs read back with pypdf: figures, names, accents, Dutch names, page x of y."""

from __future__ import annotations

import itertools
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
    """The text of the PDF; its no-break spaces (drawn with the space's glyph) read back as spaces."""
    return plain("\n".join(page.extract_text() for page in PdfReader(str(path)).pages))


def plain(text: str) -> str:
    """``text`` as it reads back from a PDF (see text_of)."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_statement_with_amount_to_pay_back(db, data, tmp_path):  # type: ignore[no-untyped-def]
    path = exports.statement_pdf(db, "B-GAMS", YEAR, tmp_path / "gams.pdf", "fr")
    text = text_of(path)
    assert "Relevé des subsides 2024" in text and "Overzicht van de subsidies 2024" in text  # both languages
    assert "GAMS Belgique - Mutilations génitales féminines" in text  # accents
    assert "GAMS België" in text
    assert "Montant à rembourser" in text
    st = reporting.statement(db, "B-GAMS", YEAR)
    assert st.to_pay_back == Decimal("4999.45")
    assert plain(format_money(st.to_pay_back, "fr")) in text  # 4 999,45 €
    assert format_communication(data.claim_communication) in text  # +++240/0000/00105+++
    assert "BE71 0961 2345 6769" in text  # where to pay it back: the organisation settings' account
    assert "30 000,55 €" in text and "36 000,00 €" in text and "-1 000,00 €" in text
    assert "Page 1 de 1" in text
    assert PdfReader(str(path)).pages[0].mediabox.width == pytest.approx(595.27, abs=0.1)  # A4


def test_statement_in_dutch_for_a_dutch_speaking_beneficiary(db, data, tmp_path):  # type: ignore[no-untyped-def]
    path = exports.statement_pdf(db, "B-SCHAKEL", YEAR, tmp_path / "s.pdf", None)  # auto: its own language
    text = text_of(path)
    assert "Overzicht van de subsidies 2024" in text
    assert "Jeugdhuis De Schakel vzw" in text and "Jongerenwerking" in text
    assert "12.345,67" in text and "€ 9.876,54" in text
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
    assert "57 345,67 €" in text  # 45 000 + 12 345,67
    assert "51 172,84 €" in text and "6 172,83 €" in text  # by measure, shared to the cent

    report = reporting.pgsp_report(db, YEAR)
    with db.reading() as s:
        from grants.services import figures

        assert report.total == sum(figures.amounts(s).values())
    text = text_of(exports.pgsp_pdf(db, YEAR, tmp_path / "pgsp.pdf", "nl"))
    assert "Bijlage GVPP 2024" in text and "Fysieke en psychische integriteit van personen" in text
    assert plain(format_money(report.total, "nl")) in text
    assert "€ 740.740,73" in text and "Zonder GVPP-maatregel" in text


# --- issue 14 item 6: statements that wrap, distinct titles, the beneficiary's language, fonts ------

LONG_GRANT = "G-2024-AAP-PREVENTION-QUARTIERS-000123"
LONG_PAYMENT = "LIQ-2024-33.002.00.02-AVANCE-000123-BIS"


def _fonts(path) -> list[dict]:  # type: ignore[no-untyped-def]
    fonts = {}
    for page in PdfReader(str(path)).pages:
        for name, ref in page["/Resources"]["/Font"].items():
            fonts[name] = ref.get_object()
    return list(fonts.values())


def _runs(path) -> list[tuple[str, float, float, float]]:  # type: ignore[no-untyped-def]
    """(text, x, y, width) of each text run drawn on the first page, measured with its font."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from grants.reports.common import register_fonts

    register_fonts()
    runs: list[tuple[str, float, float, float]] = []

    def visit(text, cm, tm, font, size):  # type: ignore[no-untyped-def]
        if not text.strip() or font is None:
            return
        base = str(font["/BaseFont"]).split("+")[-1]
        name = "DejaVuSans-Bold" if "Bold" in base else "DejaVuSans"
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        runs.append((text, x, y, stringWidth(text, name, size * tm[0])))

    PdfReader(str(path)).pages[0].extract_text(visitor_text=visit)
    return runs


@pytest.fixture
def long_refs(db, data):  # type: ignore[no-untyped-def]
    """A grant of B-SCHAKEL with a long reference and purpose, paid with a long payment reference."""
    import datetime as dt

    from test_reports_data import _grant

    from grants.models import PaymentKind
    from grants.services import payments

    g = _grant(db, data, LONG_GRANT, "SCHAKEL", "asbl",
               "Preventie en begeleiding van jongeren in de kanaalzone van Sint-Jans-Molenbeek en Anderlecht",
               "602693.04", [("2.1", "100")])
    p = payments.prepare_payment(db, g, dt.date(YEAR, 5, 2), Decimal("93042.00"), PaymentKind.ADVANCE, LONG_PAYMENT)
    payments.approve_payment(db, p)
    return data


def test_statement_cells_wrap_instead_of_overprinting(db, long_refs, tmp_path):  # type: ignore[no-untyped-def]
    path = exports.statement_pdf(db, "B-SCHAKEL", YEAR, tmp_path / "s.pdf", None)
    flat = text_of(path).replace("\n", "")
    # the long references come back whole (a reference may wrap within its cell, never be cut)
    assert LONG_GRANT in flat and LONG_PAYMENT in flat
    assert "602.693,04" in text_of(path) and "€ 93.042,00" in text_of(path)
    # no two runs drawn on the same line overlap: each cell keeps within its column
    runs = sorted(_runs(path), key=lambda r: (round(r[2], 1), r[1]))
    for (t1, x1, y1, w1), (t2, x2, y2, _w2) in itertools.pairwise(runs):
        if abs(y1 - y2) < 1 and x2 > x1 + 0.5:  # (runs of one paragraph line share its x here)
            assert x1 + w1 <= x2 + 0.5, f"{t1!r} runs over {t2!r}"


def test_statement_column_titles_are_distinct(db, long_refs, tmp_path):  # type: ignore[no-untyped-def]
    from grants.reports import pdf

    st = reporting.statement(db, "B-SCHAKEL", YEAR)
    for lang, grant, payment in (("fr", "Subvention", "Référence du paiement"),
                                 ("nl", "Subsidie", "Betalingsreferentie"), ("en", "Grant", "Payment reference")):
        text = text_of(pdf.write_statement(st, tmp_path / f"{lang}.pdf", lang))
        assert grant in text and payment in text
        for table in (t for t in pdf.statement_story(st, lang, None) if isinstance(t, pdf.Table)):
            titles = [getattr(c, "text", c) for c in table._cellvalues[0]]
            assert len(titles) == len(set(titles)), titles


def test_statement_in_the_beneficiarys_language_throughout(db, long_refs, tmp_path):  # type: ignore[no-untyped-def]
    text = text_of(exports.statement_pdf(db, "B-SCHAKEL", YEAR, tmp_path / "s.pdf", None))
    for dutch in ("Overzicht van de subsidies 2024", "Subsidie", "Betalingsreferentie", "Voorschot", "Pagina 1 van 1",
                  plain(format_money(Decimal("93042.00") + Decimal("9876.54"), "nl"))):
        assert dutch in text, dutch
    assert "Référence" not in text and "Page 1 de 1" not in text and " EUR" not in text


@pytest.mark.parametrize("kind", ["statement", "call", "pgsp", "audit", "publication", "implementation"])
def test_every_pdf_embeds_its_truetype_fonts(db, data, tmp_path, kind):  # type: ignore[no-untyped-def]
    from grants.reports.audit_report import write_report
    from grants.services import audit_checks

    out = tmp_path / f"{kind}.pdf"
    write = {"statement": lambda: exports.statement_pdf(db, "B-GAMS", YEAR, out, "fr"),
             "call": lambda: exports.call_pdf(db, data.programme_ref, out, "fr"),
             "pgsp": lambda: exports.pgsp_pdf(db, YEAR, out, "nl"),
             "audit": lambda: write_report(audit_checks.run_checks(db, YEAR), out, "fr"),
             "publication": lambda: exports.publication_list(db, YEAR, out, "fr"),
             "implementation": lambda: exports.implementation_report(db, YEAR, out, "nl")}
    write[kind]()
    fonts = _fonts(out)
    assert fonts
    for font in fonts:
        assert "Helvetica" not in str(font["/BaseFont"]) and "DejaVuSans" in str(font["/BaseFont"]), font
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), font  # embedded TrueType
