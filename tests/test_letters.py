"""Letters (README "Letters"): `grants letter KIND --grant REF --out FILE`, on the demo database, read
back from the Word text; templates the administration replaces; PDF through LibreOffice."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from docx import Document
from sqlalchemy import inspect

from grants.cli import main
from grants.i18n import format_money
from grants.services import letters, organisation, records
from grants.services.database import Database
from grants.services.validators import format_bce, format_communication, format_iban

CLAIM_GRANT = "G-2023-AAP-18"  # a recovery claim is open on it (demo)
NL_GRANT = "G-2024-00003"  # a Dutch-speaking beneficiary, advance paid


@pytest.fixture
def demo(demo_url: str) -> str:
    """A copy of the demo database for one test (tests change settings), on the tests' backend."""
    return demo_url


def run(db: str | Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def text_of(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def detail(db_path: str | Path, ref: str) -> records.GrantDetail:
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


def settings(db_path: str | Path) -> organisation.OrganisationSettings:
    db = Database(db_path, user="tester")
    try:
        return organisation.get_settings(db)
    finally:
        db.dispose()


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_decision_carries_the_grants_figures(demo: str, tmp_path: Path, lang: str) -> None:
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
def test_recovery_letter_names_amount_communication_and_the_regions_account(demo: str, tmp_path: Path,
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


def test_language_defaults_to_the_beneficiarys(demo: str, tmp_path: Path) -> None:
    out = tmp_path / "advance.docx"
    assert run(demo, "letter", "advance", "--grant", NL_GRANT, "--out", str(out)) == 0
    d = detail(demo, NL_GRANT)
    text = text_of(out)
    assert "Betalingsbericht voorschot" in text
    advance = [p for p in d.payments if p.kind == "advance"][-1]
    assert format_money(advance.amount, "nl") in text


def test_a_letter_the_status_does_not_allow_is_refused(demo: str, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "recovery.docx"
    assert run(demo, "letter", "recovery", "--grant", NL_GRANT, "--out", str(out)) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and NL_GRANT in err[0] and "no open recovery claim" in err[0]
    assert not out.exists()
    assert run(demo, "letter", "closure", "--grant", CLAIM_GRANT, "--out", str(out)) == 1
    assert "not closed" in capsys.readouterr().err


@pytest.mark.parametrize(("lang", "name"), [("fr", "Lettre de récupération"), ("nl", "Terugvorderingsbrief"),
                                            ("en", "Recovery claim letter")])
def test_a_refusal_names_the_letter_in_the_users_words(demo: str, tmp_path: Path, lang: str, name: str,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("GRANTS_LANG", lang)
    assert run(demo, "letter", "recovery", "--grant", NL_GRANT, "--out", str(tmp_path / "r.docx")) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(name) and NL_GRANT in err and "recovery " not in err.split(NL_GRANT)[0]


def test_the_letters_offered_count_at_the_demos_day(demo: str) -> None:
    """The GUI offers the letters allowed on the demo's day (2024-12-31), as the work lists count: a
    justification due in 2025 is not late there, so no reminder is offered for it."""
    import datetime as dt

    db = Database(demo, user="tester")
    try:
        with db.reading() as s:
            from sqlalchemy import select

            from grants.models import Grant

            ids = s.scalars(select(Grant.id).where(Grant.justification_deadline > dt.date(2024, 12, 31),
                                                   Grant.justification_deadline < dt.date.today())).all()
        details = [records.grant_detail(db, i) for i in ids]
    finally:
        db.dispose()
    assert details and all(d.as_of == dt.date(2024, 12, 31) for d in details)
    later = [d for d in details if "reminder" in letters.allowed_kinds(d, dt.date.today())]
    assert later, "some grant's justification is late at the real today"
    assert all("reminder" not in letters.allowed_kinds(d) or d.open_claims for d in later)


def test_recovery_letter_refused_without_the_regions_iban(demo: str, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert run(demo, "settings", "iban", "") == 0
    capsys.readouterr()
    out = tmp_path / "recovery.docx"
    assert run(demo, "letter", "recovery", "--grant", CLAIM_GRANT, "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert "iban not set" in err and not out.exists()


def test_exit_codes(demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
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


def test_the_administrations_template_replaces_the_default(demo: str, tmp_path: Path) -> None:
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


def test_a_template_with_an_unknown_placeholder_is_refused(demo: str, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "modeles"
    tpl = _template(folder / "fr" / "recovery.docx", "{{ grant_ref }} {{ montant_du }}")
    assert run(demo, "settings", "letters_folder", str(folder)) == 0
    out = tmp_path / "recovery.docx"
    assert run(demo, "letter", "recovery", "--grant", CLAIM_GRANT, "--out", str(out), "--lang", "fr") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "montant_du" in err[0] and str(tpl) in err[0]
    assert not out.exists()


def test_letters_folder_must_exist(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(demo, "settings", "letters_folder", "/nowhere/letters") == 1
    assert "Letters folder: no folder at /nowhere/letters" in capsys.readouterr().err


def test_default_templates_use_only_documented_placeholders() -> None:
    from grants.reports.letters import check_template

    for lang in letters.LANGS:
        for kind in letters.KINDS:
            check_template(letters.default_template(kind, lang))


def test_pdf_without_libreoffice_is_refused_in_one_line(demo: str, tmp_path: Path,
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
def test_pdf_through_libreoffice(demo: str, tmp_path: Path) -> None:
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


# --- documents sent, reminders, batches ---------------------------------------------------------------

def _sent(db_path: str | Path) -> list[tuple[str, str, str, str, str, str]]:
    from sqlalchemy import select

    from grants.models import Grant, SentDocument

    with db_reading(db_path) as s:
        return [tuple(r) for r in s.execute(
            select(Grant.ref, SentDocument.kind, SentDocument.lang, SentDocument.file_name, SentDocument.sha256,
                   SentDocument.user).join(Grant, Grant.id == SentDocument.grant_id).order_by(SentDocument.id))]


def _sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_letter_is_recorded_on_the_grant_and_audited(demo: str, tmp_path: Path) -> None:
    from sqlalchemy import func, select

    from grants.models import AuditEntry

    out = tmp_path / "notification.docx"
    assert run(demo, "letter", "notification", "--grant", NL_GRANT, "--out", str(out)) == 0
    assert _sent(demo) == [(NL_GRANT, "notification", "nl", "notification.docx", _sha(out), "tester")]
    d = detail(demo, NL_GRANT)
    db = Database(demo, user="tester")
    try:
        rows = letters.sent_documents(db, d.id)
    finally:
        db.dispose()
    assert len(rows) == 1 and rows[0].recipient == d.beneficiary_name("nl") and rows[0].sha256 == _sha(out)
    with db_reading(demo) as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "sent_document", AuditEntry.action == "insert")) == 1
    # a refused letter records nothing and writes nothing
    assert run(demo, "letter", "closure", "--grant", NL_GRANT, "--out", str(tmp_path / "c.docx")) == 1
    assert len(_sent(demo)) == 1 and not (tmp_path / "c.docx").exists()


def test_a_claims_reminder_letter_is_the_reminder_audit_check_6_reads(demo: str, tmp_path: Path) -> None:
    from grants.services import as_of, audit_checks

    day = as_of.today(Database(demo, user="tester"))  # the demo's own day: letters and work lists count at it

    def check6() -> audit_checks.CheckResult:
        db = Database(demo, user="tester")
        try:
            return audit_checks.run_checks(db, as_of=day, only=[6]).checks[0]
        finally:
            db.dispose()

    before = detail(demo, CLAIM_GRANT).open_claims[0]
    fault = next(f for f in check6().faults if f.ref.startswith(CLAIM_GRANT))
    assert fault.params["n"] == before.reminders_sent
    out = tmp_path / "reminder.docx"
    assert run(demo, "letter", "reminder", "--grant", CLAIM_GRANT, "--out", str(out), "--lang", "fr") == 0
    assert f"Rappel n° {before.reminders_sent + 1} (remboursement)" in text_of(out)
    after = detail(demo, CLAIM_GRANT).open_claims[0]
    assert after.reminders_sent == before.reminders_sent + 1 and after.last_reminder_on == day
    fault = next(f for f in check6().faults if f.ref.startswith(CLAIM_GRANT))
    assert fault.params["n"] == before.reminders_sent + 1 and fault.params["last"] == day


def test_a_late_justifications_reminder(demo: str, tmp_path: Path) -> None:
    ref = "G-2023-AAP-36"  # advance paid, justification due 31/03/2024, none received (demo)
    d = detail(demo, ref)
    assert not d.justifications and d.justification_deadline is not None
    out = tmp_path / "reminder.docx"
    assert run(demo, "letter", "reminder", "--grant", ref, "--out", str(out), "--lang", "nl") == 0
    text = text_of(out)
    assert "(verantwoording)" in text and d.justification_deadline.strftime("%d/%m/%Y") in text


def _index(path: Path) -> list[list[str]]:
    import openpyxl

    ws = openpyxl.load_workbook(path).active
    assert ws is not None
    return [[str(c) for c in row] for row in ws.iter_rows(min_row=2, values_only=True)]


def test_batch_of_a_programme(demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "decisions"
    assert run(demo, "letters", "decision", "--programme", "AAP-2024", "--out", str(out)) == 0
    files = sorted(p.name for p in out.glob("*.docx"))
    assert capsys.readouterr().out.strip() == f"{len(files)} letters written to {out}"
    index = _index(out / "index.xlsx")
    assert sorted(row[4] for row in index) == files and len(files) > 10
    for ref, _beneficiary, kind, lang, name, sha in index:
        assert kind == "decision" and name == f"decision_{ref}_{lang}.docx"
        assert _sha(out / name) == sha
        assert ref in text_of(out / name)
    assert len({row[1] for row in index}) == len(index)  # one per beneficiary
    assert sorted(r[3] for r in _sent(demo)) == files
    assert not list(tmp_path.glob(".*part*"))


def test_batch_is_all_or_nothing(demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "closures"
    assert run(demo, "letters", "closure", "--programme", "AAP-2024", "--out", str(out)) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) > 1 and all("not closed" in line for line in err)
    assert not out.exists() and _sent(demo) == [] and not list(tmp_path.glob(".*part*"))
    assert run(demo, "letters", "decision", "--programme", "NOPE", "--out", str(out)) == 1
    with pytest.raises(SystemExit) as e:
        run(demo, "letters", "decision", "--out", str(out))
    assert e.value.code == 2


def test_batch_of_the_reminders_due(demo: str, tmp_path: Path) -> None:
    out = tmp_path / "due"
    assert run(demo, "letters", "reminder", "--due", "--out", str(out)) == 0
    index = _index(out / "index.xlsx")
    refs = {row[0] for row in index}
    assert CLAIM_GRANT in refs and "G-2023-AAP-36" in refs
    assert all(row[2] == "reminder" for row in index)
    assert detail(demo, CLAIM_GRANT).open_claims[0].last_reminder_on is not None


def test_upgrade_of_a_database_with_data_takes_sent_documents(demo: str, tmp_path: Path) -> None:
    """0013 -> 0014 on a database with grants: the table arrives, letters are then recorded."""
    from alembic import command

    from grants.services.schema import alembic_config

    db = Database(demo, user="tester")
    cfg = alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0013")
    assert not inspect(db.engine).has_table("sent_document")
    db.dispose()
    out = tmp_path / "decision.docx"
    assert run(demo, "letter", "decision", "--grant", CLAIM_GRANT, "--out", str(out)) == 0  # upgraded on open
    assert _sent(demo) == [(CLAIM_GRANT, "decision", "fr", "decision.docx", _sha(out), "tester")]


def test_a_template_cannot_reach_python_behind_the_values(demo: str, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "modeles"
    _template(folder / "fr" / "decision.docx", "{{ grant_ref.__class__.__mro__ }}")
    assert run(demo, "settings", "letters_folder", str(folder)) == 0
    out = tmp_path / "decision.docx"
    assert run(demo, "letter", "decision", "--grant", CLAIM_GRANT, "--out", str(out), "--lang", "fr") == 1
    assert "not a valid template" in capsys.readouterr().err and not out.exists()


SMALL_GRANT = "G-2024-00033"  # 12 000,00 €, advance paid: below the Government-decision threshold (demo)


def test_a_convention_only_above_the_government_decision_threshold(demo: str, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "convention.docx"
    assert run(demo, "letter", "convention", "--grant", SMALL_GRANT, "--out", str(out)) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and SMALL_GRANT in err[0]
    assert "12\u202f000,00\u00a0€" in err[0] or "€12,000.00" in err[0] or "12 000" in err[0].replace("\u202f", " ")
    assert "15" in err[0] and "Government-decision threshold" in err[0]
    assert not out.exists() and _sent(demo) == []
    assert run(demo, "letter", "convention", "--grant", NL_GRANT, "--out", str(out)) == 0
    assert NL_GRANT in text_of(out)
    from grants.services import letters

    assert "convention" not in letters.allowed_kinds(detail(demo, SMALL_GRANT))
    assert "convention" in letters.allowed_kinds(detail(demo, NL_GRANT))


def test_a_dated_threshold_applies_from_its_day(demo: str, tmp_path: Path) -> None:
    """Thresholds are dated settings: a lower one valid from before the decision makes it required."""
    import datetime as dt
    from decimal import Decimal

    from grants.models import OpinionKind, OpinionThreshold
    from grants.services import letters

    db = Database(demo, user="tester")
    try:
        with db.transaction() as s:
            s.add(OpinionThreshold(kind=OpinionKind.GOVERNMENT, amount=Decimal("10000"), valid_from=dt.date(2001, 1, 1)))
    finally:
        db.dispose()
    assert "convention" in letters.allowed_kinds(detail(demo, SMALL_GRANT))


def test_a_programmes_conventions_only_where_required(demo: str, tmp_path: Path) -> None:
    out = tmp_path / "conventions"
    assert run(demo, "letters", "convention", "--programme", "AAP-2024", "--out", str(out)) == 0
    refs = {row[0] for row in _index(out / "index.xlsx")}
    assert refs and SMALL_GRANT not in refs
    assert all(detail(demo, ref).figures.amount > 15000 for ref in refs)


def test_threshold_on_is_the_latest_step() -> None:
    import datetime as dt
    from decimal import Decimal

    from grants.domain.checks import above_threshold, check_convention, threshold_on

    steps = [(dt.date(2000, 1, 1), Decimal(15000)), (dt.date(2025, 1, 1), Decimal(20000))]
    assert threshold_on(steps, dt.date(1999, 12, 31)) is None
    assert threshold_on(steps, dt.date(2024, 12, 31)) == 15000
    assert threshold_on(reversed(steps), dt.date(2025, 1, 1)) == 20000
    assert not above_threshold(Decimal(15000), Decimal(15000)) and above_threshold(Decimal("15000.01"), Decimal(15000))
    assert check_convention(ref="G", amount=Decimal(15000), threshold=Decimal(15000))[0].field == "kind"
    assert check_convention(ref="G", amount=Decimal(1), threshold=None) == []


def test_no_reminder_due_writes_nothing(demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Counted on a day before any deadline: no folder, no index workbook, nothing recorded."""
    import datetime as dt

    from grants.reports.letters import produce_batch

    db = Database(demo, user="tester")
    try:
        out = tmp_path / "none"
        assert produce_batch(db, "reminder", out, due=True, today=dt.date(2021, 1, 1)) == []
        assert not out.exists()
    finally:
        db.dispose()
    assert _sent(demo) == []
