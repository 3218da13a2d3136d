"""``grants reference load``: a PGSP plan edition from a workbook, all or nothing, idempotent, audited."""

from __future__ import annotations

from pathlib import Path

import backends
import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from grants.cli import main
from grants.models import AuditEntry, Grant, GrantMeasure, Measure, PlanEdition
from grants.services.database import resolve_url


def edition_workbook(path: Path, *, code: str = "2025-2030", first: object = 2025, last: object = 2030,
                     nl: str = "Preventie") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Edition"
    ws.append(["code", "title_fr", "title_nl", "first_year", "last_year"])
    ws.append([code, f"Plan global de sécurité et de prévention {code}", f"Globaal Veiligheidsplan {code}", first, last])
    ws = wb.create_sheet("Thematics")
    ws.append(["number", "title_fr", "title_nl"])
    ws.append([1, "Prévention", nl])
    ws.append([2, "Cybercriminalité", "Cybercriminaliteit"])
    ws = wb.create_sheet("Measures")
    ws.append(["code", "thematic", "description_fr", "description_nl"])
    ws.append(["1.1", 1, "Sensibiliser", "Sensibiliseren"])
    ws.append(["2.7", 2, "Former", "Opleiden"])
    wb.save(path)
    return path


def grant_workbook(path: Path, year: int, measures: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "BudgetLines"
    ws.append(["code", "year", "label", "payment_credits", "commitment_credits"])
    ws.append(["25.002.33.01", year, "ASBL", 1000000, 1000000])
    ws = wb.create_sheet("Beneficiaries")
    ws.append(["ref", "name", "category", "bce"])
    ws.append(["B1", "Croix-Rouge de Belgique", "asbl_private", "0403 019 261"])
    ws = wb.create_sheet("Grants")
    ws.append(["ref", "beneficiary_ref", "budget_line_code", "year", "title", "amount", "decision_date", "measures"])
    ws.append([f"G{year}", "B1", "25.002.33.01", year, "Projet", 10000, f"{year}-02-15", measures])
    wb.save(path)
    return path


@pytest.fixture()
def db(db_url: str) -> str:
    """A database initialised by the command line (a file, or a server database: the tests' backend)."""
    assert main(["--db", db_url, "init"]) == 0
    return db_url


def session(db: str) -> Session:
    return Session(create_engine(resolve_url(db)))


def test_a_2026_grant_uses_the_loaded_edition(db: str, tmp_path: Path) -> None:
    assert main(["--db", str(db), "reference", "load", str(edition_workbook(tmp_path / "e.xlsx"))]) == 0
    assert main(["--db", str(db), "import", str(grant_workbook(tmp_path / "g.xlsx", 2026, "2.7"))]) == 0
    with session(db) as s:
        ed = s.scalar(select(PlanEdition).where(PlanEdition.code == "2025-2030"))
        assert ed is not None and (ed.start_year, ed.end_year) == (2025, 2030)
        g = s.scalar(select(Grant).where(Grant.ref == "G2026"))
        assert g is not None and g.edition_id == ed.id
        codes = s.scalars(select(Measure.code).join(GrantMeasure, GrantMeasure.measure_id == Measure.id)
                          .where(GrantMeasure.grant_id == g.id)).all()
        assert codes == ["2.7"]
        entries = s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "measure"))
        assert entries and entries >= 2


def test_a_broken_workbook_is_refused_with_its_location_and_changes_nothing(
        db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = edition_workbook(tmp_path / "e.xlsx")
    wb = load_workbook(path)
    wb["Measures"].cell(row=3, column=2, value=9)  # thematic 9 is not in Thematics
    wb["Edition"].cell(row=2, column=5, value="soon")
    wb.save(path)
    before = backends.content_digest(db)
    capsys.readouterr()
    assert main(["--db", str(db), "reference", "load", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Measures, row 3, column thematic" in err
    assert "Edition, row 2, column last_year" in err
    assert backends.content_digest(db) == before


def test_overlapping_years_are_refused(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = edition_workbook(tmp_path / "e.xlsx", code="2023-2027", first=2023, last=2027)
    capsys.readouterr()
    assert main(["--db", str(db), "reference", "load", str(path)]) == 1
    assert "2021-2024" in capsys.readouterr().err
    with session(db) as s:
        assert s.scalar(select(PlanEdition).where(PlanEdition.code == "2023-2027")) is None


def test_reload_is_idempotent_and_updates_texts(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = edition_workbook(tmp_path / "e.xlsx")
    assert main(["--db", str(db), "reference", "load", str(path)]) == 0

    def state() -> tuple[int, int, int]:
        with session(db) as s:
            return (s.scalar(select(func.count()).select_from(Measure)) or 0,
                    s.scalar(select(func.count()).select_from(PlanEdition)) or 0,
                    s.scalar(select(func.count()).select_from(AuditEntry)) or 0)

    first = state()
    capsys.readouterr()
    assert main(["--db", str(db), "reference", "load", str(path)]) == 0
    assert "nothing changed" in capsys.readouterr().out
    assert state() == first
    edition_workbook(path, nl="Preventie en veiligheid")
    assert main(["--db", str(db), "reference", "load", str(path)]) == 0
    after = state()
    assert after[:2] == first[:2] and after[2] == first[2] + 1  # one audited update of the thematic
    with session(db) as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None and entry.entity == "thematic" and entry.action == "update"
        assert "Preventie en veiligheid" in (entry.after or "")


def test_template_has_the_three_sheets(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    assert main(["reference", "template", "--out", str(out)]) == 0
    wb = load_workbook(out)
    assert wb.sheetnames == ["Edition", "Thematics", "Measures"]
    assert [c.value for c in wb["Measures"][1]] == ["code", "thematic", "description_fr", "description_nl"]


def test_the_reference_csv_spellings_are_accepted(db: str, tmp_path: Path) -> None:
    path = edition_workbook(tmp_path / "e.xlsx")
    wb = load_workbook(path)
    wb["Edition"]["D1"], wb["Edition"]["E1"] = "start_year", "end_year"
    wb["Thematics"]["B1"], wb["Thematics"]["C1"] = "label_fr", "label_nl"
    wb["Edition"].title = "Editions"
    wb.save(path)
    assert main(["--db", str(db), "reference", "load", str(path)]) == 0
    with session(db) as s:
        assert s.scalar(select(PlanEdition.end_year).where(PlanEdition.code == "2025-2030")) == 2030


def test_official_workbook_replaces_the_working_dutch_translations(db: str, tmp_path: Path) -> None:
    """init ships Dutch working translations; loading the edition's official workbook (same texts
    here) makes them official, and a later init never puts the working text back."""
    import csv
    from importlib.resources import files

    with (files("grants.resources") / "reference" / "pgsp_2021-2024_measures.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    with (files("grants.resources") / "reference" / "pgsp_thematics.csv").open(encoding="utf-8") as fh:
        thematics = list(csv.DictReader(fh))
    with session(db) as s:
        assert s.scalar(select(func.count()).where(Measure.description_nl_working)) == 77
    wb = Workbook()
    ws = wb.active
    ws.title = "Edition"
    ws.append(["code", "title_fr", "title_nl", "first_year", "last_year"])
    ws.append(["2021-2024", "Plan global de sécurité et de prévention 2021-2024",
               "Globaal Veiligheids- en Preventieplan 2021-2024", 2021, 2024])
    ws = wb.create_sheet("Thematics")
    ws.append(["number", "title_fr", "title_nl"])
    for t in thematics:
        ws.append([int(t["number"]), t["label_fr"], t["label_nl"]])
    ws = wb.create_sheet("Measures")
    ws.append(["code", "thematic", "description_fr", "description_nl"])
    for r in rows:
        nl = "Officiële tekst 1.4" if r["code"] == "1.4" else r["description_nl"]
        ws.append([r["code"], int(r["thematic"]), r["description_fr"], nl])
    wb.save(tmp_path / "official.xlsx")
    assert main(["--db", str(db), "reference", "load", str(tmp_path / "official.xlsx")]) == 0
    assert main(["--db", str(db), "init"]) == 0
    with session(db) as s:
        assert s.scalar(select(func.count()).where(Measure.description_nl_working)) == 0
        assert s.scalar(select(Measure.description_nl).where(Measure.code == "1.4")) == "Officiële tekst 1.4"


def test_a_year_no_edition_covers_takes_the_assigned_edition_shown_on_the_grant_and_in_reports(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], qtbot) -> None:  # type: ignore[no-untyped-def]
    """Issue 12 item 7 end to end: with 2021-2024 and 2026-2030 loaded, 2025 takes the nearest
    edition (2021-2024, the plan runs on) until the administration assigns another to it
    (``grants settings pgsp_editions 2025=2026-2030``); the grant and the reports say which and why."""
    from grants.services.database import Database
    from grants.services.implementation import implementation_report
    from grants.services.records import grant_detail
    from grants.services.reporting import pgsp_report
    from grants.ui.forms.grant import GrantForm

    assert main(["--db", str(db), "reference", "load",
                 str(edition_workbook(tmp_path / "e.xlsx", code="2026-2030", first=2026))]) == 0
    assert main(["--db", str(db), "import", str(grant_workbook(tmp_path / "g.xlsx", 2025, "1.4"))]) == 0
    database = Database(db, user="tester")
    try:
        with database.reading() as s:
            gid = s.scalar(select(Grant.id).where(Grant.ref == "G2025"))
        d = grant_detail(database, gid)
        assert (d.edition_code, d.edition_basis) == ("2021-2024", "nearest")
        assert GrantForm._edition_text(d) == "2021-2024 (the nearest edition: none covers 2025)"
        assert pgsp_report(database, 2025).edition_basis == "nearest"
        capsys.readouterr()
        # refused: a covered year, an unknown edition, a text that is not YEAR=EDITION
        assert main(["--db", str(db), "settings", "pgsp_editions", "2024=2026-2030"]) == 1
        assert "2024 is covered by the edition 2021-2024" in capsys.readouterr().err
        assert main(["--db", str(db), "settings", "pgsp_editions", "2025=2040-2045"]) == 1
        assert "no edition 2040-2045" in capsys.readouterr().err
        assert main(["--db", str(db), "settings", "pgsp_editions", "twenty"]) == 1
        assert "YEAR=EDITION" in capsys.readouterr().err
        assert main(["--db", str(db), "settings", "pgsp_editions", "2025 = 2026-2030"]) == 0
        assert capsys.readouterr().out.strip() == "pgsp_editions: 2025=2026-2030"
        # a new 2025 grant (its measure from 2026-2030) takes the assigned edition
        wb = grant_workbook(tmp_path / "h.xlsx", 2025, "2.7")
        book = load_workbook(wb)
        book["Grants"]["A2"] = "H2025"
        book.save(wb)
        assert main(["--db", str(db), "import", str(wb)]) == 0
        with database.reading() as s:
            hid = s.scalar(select(Grant.id).where(Grant.ref == "H2025"))
        h = grant_detail(database, hid)
        assert (h.edition_code, h.edition_basis) == ("2026-2030", "assigned")
        assert GrantForm._edition_text(h) == "2026-2030 (assigned to 2025 by the administration: no edition covers it)"
        assert implementation_report(database, 2025).edition_basis == "assigned"
        assert pgsp_report(database, 2025).edition == "2026-2030"
        # the grant made before the setting keeps its edition, and says it is the nearest one
        assert grant_detail(database, gid).edition_basis == "nearest"
    finally:
        database.dispose()
    out = tmp_path / "impl.docx"
    assert main(["--db", str(db), "export", "implementation", "--year", "2025", "--out", str(out), "--lang", "fr"]) == 0
    from docx import Document

    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "2026-2030" in text and "administration" in text
