"""Letters (README "Letters"): `grants letter KIND --grant REF --out FILE`, on the demo database, read
back from the Word text; templates the administration replaces; PDF through LibreOffice."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from docx import Document

from grants.cli import main
from grants.demo.scenario import load_demo
from grants.i18n import format_money
from grants.services import letters, organisation, records
from grants.services.database import Database
from grants.services.schema import init_database
from grants.services.validators import format_bce, format_communication, format_iban

CLAIM_GRANT = "G-2023-AAP-18"  # a recovery claim is open on it (demo)
NL_GRANT = "G-2024-00003"  # a Dutch-speaking beneficiary, advance paid


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path: Path = tmp_path_factory.mktemp("letters") / "demo.db"
    db = Database(path, user="tester")
    init_database(db)
    load_demo(db)
    db.dispose()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Path:
    """A copy of the demo database for one test (tests change settings)."""
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_file, path)
    return path


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def text_of(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def detail(db_path: Path, ref: str) -> records.GrantDetail:
    db = Database(db_path, user="tester")
    try:
        with db.reading() as s:
            from sqlalchemy import select

            from grants.models import Grant

            gid = s.scalar(select(Grant.id).where(Grant.ref == ref))
        assert gid is not None
        return records.grant_detail(db, gid)
    finally:
        db.dispose()


def settings(db_path: Path) -> organisation.OrganisationSettings:
    db = Database(db_path, user="tester")
    try:
        return organisation.get_settings(db)
    finally:
        db.dispose()


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_decision_carries_the_grants_figures(demo: Path, tmp_path: Path, lang: str) -> None:
    d = detail(demo, CLAIM_GRANT)
    out = tmp_path / "decision.docx"
    assert run(demo, "letter", "decision", "--grant", CLAIM_GRANT, "--out", str(out), "--lang", lang) == 0
    assert not list(tmp_path.glob(".*part*"))
    text = text_of(out)
    org = settings(demo)
    assert CLAIM_GRANT in text and d.title in text and d.decision_ref and d.decision_ref in text
    assert format_money(d.figures.amount, lang) in text
    words = {"fr": "soixante-quatre mille cinq cents euros", "nl": "vierenzestigduizendvijfhonderd euro"}[lang]
    assert d.figures.amount == 64500 and words in text
    assert org.name and org.name in text
    assert d.beneficiary_name(lang) in text
    with db_reading(demo) as s:
        from grants.models import Beneficiary

        b = s.get(Beneficiary, d.beneficiary_id)
        assert b is not None and b.bce
        assert format_bce(b.bce) in text
    assert d.line_code in text
    assert all(m.code in text for m in d.measures)
    assert ("Arrêté" if lang == "fr" else "Besluit") in text


class db_reading:  # noqa: N801 - a small context manager over a throw-away Database
    def __init__(self, path: Path) -> None:
        self.db = Database(path, user="tester")

    def __enter__(self):  # type: ignore[no-untyped-def]
        self.cm = self.db.reading()
        return self.cm.__enter__()

    def __exit__(self, *exc: object) -> None:
        self.cm.__exit__(None, None, None)
        self.db.dispose()


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_recovery_letter_names_amount_communication_and_the_regions_account(demo: Path, tmp_path: Path,
                                                                            lang: str) -> None:
    d = detail(demo, CLAIM_GRANT)
    claim = d.open_claims[0]
    out = tmp_path / "recovery.docx"
    assert run(demo, "letter", "recovery", "--grant", CLAIM_GRANT, "--out", str(out), "--lang", lang) == 0
    text = text_of(out)
    iban = settings(demo).iban
    assert iban is not None
    assert format_money(claim.outstanding, lang) in text and format_money(claim.amount, lang) in text
    assert format_communication(claim.communication) in text
    assert format_communication(claim.communication).startswith("+++")
    assert format_iban(iban) in text


def test_language_defaults_to_the_beneficiarys(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "advance.docx"
    assert run(demo, "letter", "advance", "--grant", NL_GRANT, "--out", str(out)) == 0
    d = detail(demo, NL_GRANT)
    text = text_of(out)
    assert "Betalingsbericht voorschot" in text
    advance = [p for p in d.payments if p.kind == "advance"][-1]
    assert format_money(advance.amount, "nl") in text


def test_a_letter_the_status_does_not_allow_is_refused(demo: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "recovery.docx"
    assert run(demo, "letter", "recovery", "--grant", NL_GRANT, "--out", str(out)) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and NL_GRANT in err[0] and "no open recovery claim" in err[0]
    assert not out.exists()
    assert run(demo, "letter", "closure", "--grant", CLAIM_GRANT, "--out", str(out)) == 1
    assert "not closed" in capsys.readouterr().err


def test_recovery_letter_refused_without_the_regions_iban(demo: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert run(demo, "settings", "iban", "") == 0
    capsys.readouterr()
    out = tmp_path / "recovery.docx"
    assert run(demo, "letter", "recovery", "--grant", CLAIM_GRANT, "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert "iban not set" in err and not out.exists()


def test_exit_codes(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.docx"
    assert run(demo, "letter", "decision", "--grant", "G-NOPE", "--out", str(out)) == 1
    assert "G-NOPE" in capsys.readouterr().err
    with pytest.raises(SystemExit) as e:
        run(demo, "letter", "thanks", "--grant", CLAIM_GRANT, "--out", str(out))
    assert e.value.code == 2
    assert run(demo, "letter", "decision", "--grant", CLAIM_GRANT, "--out", str(tmp_path / "x.odt")) == 1
    assert ".docx or .pdf" in capsys.readouterr().err


def _template(path: Path, *lines: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    doc.save(str(path))
    return path


def test_the_administrations_template_replaces_the_default(demo: Path, tmp_path: Path) -> None:
    folder = tmp_path / "modeles"
    tpl = _template(folder / "fr" / "decision.docx", "Arrêté ministériel {{ grant_ref }}", "Montant : {{ amount }}")
    assert run(demo, "settings", "letters_folder", str(folder)) == 0
    d = detail(demo, CLAIM_GRANT)
    out = tmp_path / "decision.docx"
    assert run(demo, "letter", "decision", "--grant", CLAIM_GRANT, "--out", str(out), "--lang", "fr") == 0
    assert text_of(out) == f"Arrêté ministériel {CLAIM_GRANT}\nMontant : {format_money(d.figures.amount, 'fr')}"
    # editing the template changes the next letter
    _template(tpl, "Nouveau modèle {{ grant_ref }} – {{ amount_words }}")
    assert run(demo, "letter", "decision", "--grant", CLAIM_GRANT, "--out", str(out), "--lang", "fr") == 0
    assert text_of(out) == f"Nouveau modèle {CLAIM_GRANT} – soixante-quatre mille cinq cents euros"
    # a kind or language the folder does not have still comes from the default
    assert run(demo, "letter", "decision", "--grant", CLAIM_GRANT, "--out", str(out), "--lang", "nl") == 0
    assert "Besluit tot toekenning" in text_of(out)


def test_a_template_with_an_unknown_placeholder_is_refused(demo: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "modeles"
    tpl = _template(folder / "fr" / "recovery.docx", "{{ grant_ref }} {{ montant_du }}")
    assert run(demo, "settings", "letters_folder", str(folder)) == 0
    out = tmp_path / "recovery.docx"
    assert run(demo, "letter", "recovery", "--grant", CLAIM_GRANT, "--out", str(out), "--lang", "fr") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "montant_du" in err[0] and str(tpl) in err[0]
    assert not out.exists()


def test_letters_folder_must_exist(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(demo, "settings", "letters_folder", "/nowhere/letters") == 1
    assert "Letters folder: no folder at /nowhere/letters" in capsys.readouterr().err


def test_default_templates_use_only_documented_placeholders() -> None:
    from grants.reports.letters import check_template

    for lang in letters.LANGS:
        for kind in letters.KINDS:
            check_template(letters.default_template(kind, lang))


def test_pdf_without_libreoffice_is_refused_in_one_line(demo: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    from grants.reports import letters as writer

    monkeypatch.setattr(writer, "soffice", lambda: None)
    out = tmp_path / "decision.pdf"
    assert run(demo, "letter", "decision", "--grant", CLAIM_GRANT, "--out", str(out)) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "LibreOffice" in err[0] and "not installed" in err[0]
    assert not out.exists()


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_pdf_through_libreoffice(demo: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "recovery.pdf"
    assert run(demo, "letter", "recovery", "--grant", CLAIM_GRANT, "--out", str(out), "--lang", "nl") == 0
    assert out.read_bytes().startswith(b"%PDF")
    text = " ".join(page.extract_text() for page in PdfReader(str(out)).pages)
    claim = detail(demo, CLAIM_GRANT).open_claims[0]
    assert format_communication(claim.communication) in text
    assert not list(tmp_path.glob(".*part*"))


def test_amount_in_words() -> None:
    from decimal import Decimal

    assert letters.amount_in_words(Decimal("29600"), "fr") == "vingt-neuf mille six cents euros"
    assert letters.amount_in_words(Decimal("1.01"), "fr") == "un euro et un centime"
    assert letters.amount_in_words(Decimal("2693042.50"), "nl") == (
        "twee miljoen zeshonderddrieënnegentigduizendtweeënveertig euro en vijftig cent")
