"""The workbook import: five years import; every broken rule refuses all of it; re-import updates."""

from __future__ import annotations

import datetime as dt
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select
from workbooks import make_workbook

from grants.models import Amendment, Grant, GrantStatus
from grants.services import figures
from grants.services.database import Database
from grants.services.errors import RuleError
from grants.services.importer import count_rows, import_workbook, preview_workbook
from grants.services.schema import table_counts

D = Decimal


def digest(url: str) -> str:
    """The database's content, whatever WAL holds (or on a server): every table's rows."""
    import backends

    return backends.content_digest(url)


@pytest.fixture(scope="module")
def five_years(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    path = tmp_path_factory.mktemp("wb") / "five_years.xlsx"
    expected = make_workbook(path, years=range(2020, 2025), grants_per_year=40)
    return path, expected


def test_five_years_import_and_totals(db: Database, five_years: tuple[Path, dict]) -> None:
    path, expected = five_years
    result = import_workbook(db, path)
    assert result.applied and result.counts["Grants"]["add"] == expected["grants"]
    assert result.counts["Payments"]["add"] == expected["payments"]
    with db.reading() as s:
        amounts = figures.amounts(s)
        by_year: dict[int, Decimal] = {}
        for gid, year in s.execute(select(Grant.id, Grant.year)):
            by_year[year] = by_year.get(year, D(0)) + amounts[gid]
        assert by_year == expected["granted"]  # to the cent
        statuses = {st for (st,) in s.execute(select(Grant.status))}
        assert statuses == {GrantStatus.ADVANCE_PAID, GrantStatus.BALANCE_PAID}
        # a decided grant is committed on its line at its decision date
        g = s.scalar(select(Grant).where(Grant.ref == "G2022-00003"))
        assert figures.committed(s, [g.id])[g.id] == amounts[g.id]


def test_second_import_updates_never_duplicates(db: Database, five_years: tuple[Path, dict], tmp_path: Path) -> None:
    path, _ = five_years
    import_workbook(db, path)
    counts = count_rows(db)
    again = import_workbook(db, path)
    assert count_rows(db) == counts
    assert all(c["add"] == 0 and c["change"] == 0 for c in again.counts.values())
    # change one grant's amount and title: updated in place, the amount through an amendment
    wb = load_workbook(path)
    ws = wb["Grants"]
    header = [c.value for c in ws[1]]
    ws.cell(row=5, column=header.index("title") + 1, value="Titre corrigé")
    old = D(str(ws.cell(row=5, column=header.index("amount") + 1).value).replace(",", "."))
    ws.cell(row=5, column=header.index("amount") + 1, value=float(old + 1000))
    ref = ws.cell(row=5, column=1).value
    changed = tmp_path / "changed.xlsx"
    wb.save(changed)
    result = import_workbook(db, changed)
    assert result.counts["Grants"] == {"add": 0, "change": 1, "same": 199}
    assert count_rows(db)["grant"] == counts["grant"]
    with db.reading() as s:
        g = s.scalar(select(Grant).where(Grant.ref == ref))
        assert g.title == "Titre corrigé" and g.initial_amount == old
        assert figures.amount_of(s, g.id) == old + 1000
        assert s.scalar(select(Amendment.amount_delta).where(Amendment.grant_id == g.id)) == D("1000.00")


def _broken(tmp_path: Path, five: Path, edit) -> Path:  # type: ignore[no-untyped-def]
    wb = load_workbook(five)
    edit(wb)
    out = tmp_path / "broken.xlsx"
    wb.save(out)
    return out


def _col(ws, name: str) -> int:  # type: ignore[no-untyped-def]
    return [c.value for c in ws[1]].index(name) + 1


BROKEN = {
    "bad enterprise number": (lambda wb: wb["Beneficiaries"].cell(row=3, column=_col(wb["Beneficiaries"], "bce"), value="0403.019.262"),
                              "Beneficiaries", 3, "bce"),
    "bad iban": (lambda wb: wb["Beneficiaries"].cell(row=4, column=_col(wb["Beneficiaries"], "iban"), value="BE55 0000 0000 0097"),
                 "Beneficiaries", 4, "iban"),
    "unknown commune": (lambda wb: wb["Beneficiaries"].cell(row=2, column=_col(wb["Beneficiaries"], "commune_nis"), value="21020"),
                        "Beneficiaries", 2, "commune_nis"),
    "three decimals": (lambda wb: wb["Grants"].cell(row=7, column=_col(wb["Grants"], "amount"), value="1234.567"),
                       "Grants", 7, "amount"),
    "ambiguous thousands": (lambda wb: wb["Grants"].cell(row=7, column=_col(wb["Grants"], "amount"), value="2.000"),
                            "Grants", 7, "amount"),
    "share with three decimals": (lambda wb: wb["Grants"].cell(row=8, column=_col(wb["Grants"], "advance_share"), value="50.001"),
                                  "Grants", 8, "advance_share"),
    "unknown measure": (lambda wb: wb["Grants"].cell(row=8, column=_col(wb["Grants"], "measures"), value="1.4; 12.1"),
                        "Grants", 8, "measures"),
    "shares not 100": (lambda wb: wb["Grants"].cell(row=9, column=_col(wb["Grants"], "measures"), value="1.4:70; 2.1:20"),
                       "Grants", 9, "measures"),
    "no budget line that year": (lambda wb: wb["Grants"].cell(row=10, column=_col(wb["Grants"], "budget_line_code"), value="99.999.99.99"),
                                 "Grants", 10, "budget_line_code"),
    "above commitment credits": (lambda wb: wb["BudgetLines"].cell(row=2, column=_col(wb["BudgetLines"], "commitment_credits"), value=1000),
                                 "Grants", None, "amount"),
    "above payment credits": (lambda wb: wb["BudgetLines"].cell(row=3, column=_col(wb["BudgetLines"], "payment_credits"), value=1000),
                              "Payments", None, "amount"),
    "payment above the grant": (lambda wb: wb["Payments"].cell(row=2, column=_col(wb["Payments"], "amount"), value=99_999_999),
                                "Payments", 2, "amount"),
    "payment before the decision": (lambda wb: wb["Payments"].cell(row=3, column=_col(wb["Payments"], "date"), value=dt.datetime(2019, 1, 1)),
                                    "Payments", 3, "date"),
    "unknown column": (lambda wb: wb["Grants"].cell(row=1, column=30, value="colour"), "Grants", 1, "colour"),
    "missing required column": (lambda wb: wb["Payments"].delete_cols(_col(wb["Payments"], "kind")), "Payments", 1, "kind"),
    "unknown grant": (lambda wb: wb["Payments"].cell(row=4, column=1, value="NOPE"), "Payments", 4, "grant_ref"),
    "bad category": (lambda wb: wb["Beneficiaries"].cell(row=5, column=_col(wb["Beneficiaries"], "category"), value="ngo"),
                     "Beneficiaries", 5, "category"),
    "duplicate ref": (lambda wb: wb["Grants"].cell(row=12, column=1, value=wb["Grants"].cell(row=11, column=1).value),
                      "Grants", 12, "ref"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_any_broken_rule_refuses_the_whole_workbook(case: str, db: Database, five_years: tuple[Path, dict],
                                                    tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit, sheet, row, column = BROKEN[case]
    path = _broken(tmp_path, five_years[0], edit)
    before = digest(db.url)
    from grants.cli import main

    code = main(["--db", db.url, "import", str(path)])
    err = capsys.readouterr().err
    assert code == 1
    assert digest(db.url) == before, "a refused workbook must leave the database untouched"
    line = next((ln for ln in err.splitlines() if ln.startswith(sheet) and f"column {column}" in ln), None)
    assert line is not None, err
    if row is not None:
        assert f"row {row}," in line, line


def test_problems_are_all_listed_and_in_french(db: Database, five_years: tuple[Path, dict], tmp_path: Path) -> None:
    def edit(wb) -> None:  # type: ignore[no-untyped-def]
        wb["Beneficiaries"].cell(row=3, column=_col(wb["Beneficiaries"], "bce"), value="0403.019.262")
        wb["Grants"].cell(row=7, column=_col(wb["Grants"], "amount"), value="abc")

    path = _broken(tmp_path, five_years[0], edit)
    result = preview_workbook(db, path)
    assert not result.applied and len(result.problems) == 2
    assert {(p.sheet, p.row, p.column) for p in result.problems} == {("Beneficiaries", 3, "bce"), ("Grants", 7, "amount")}
    assert table_counts(db)["grant"] == 0


@pytest.mark.parametrize(("text", "thousands", "decimals"), [
    ("2.000", "2000.00", "2.00"), ("150,000", "150000.00", "150.00"), ("75.000", "75000.00", "75.00"),
])
def test_an_ambiguous_amount_is_refused_naming_where_and_both_readings(
        db: Database, five_years: tuple[Path, dict], tmp_path: Path, text: str, thousands: str, decimals: str) -> None:
    from grants.i18n import render_problem

    path = _broken(tmp_path, five_years[0],
                   lambda wb: wb["Grants"].cell(row=7, column=_col(wb["Grants"], "amount"), value=text))
    result = preview_workbook(db, path)
    assert not result.applied
    [problem] = [p for p in result.problems if p.sheet == "Grants"]
    assert (problem.sheet, problem.row, problem.column) == ("Grants", 7, "amount")
    assert (problem.params["thousands"], problem.params["decimals"]) == (D(thousands), D(decimals))
    shown = render_problem(problem, "en")
    assert shown.startswith(f"Grants, row 7, column amount: {text} is ambiguous")
    assert f"€{D(thousands):,.2f}" in shown and f"€{D(decimals):,.2f}" in shown
    french = render_problem(problem, "fr")
    assert "ligne 7" in french and "colonne amount" in french
    assert f"{int(D(thousands)):,}".replace(",", "\u202f") + ",00\u00a0€" in french


def _one_of_each(path: Path) -> Path:
    """A grant with a bad amount, one with a bad date, payments refused by a rule (above the grant,
    before its decision)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "BudgetLines"
    ws.append(["year", "code", "label", "commitment_credits", "payment_credits"])
    ws.append([2024, "25.002.33.01", "ASBL", 1_000_000, 1_000_000])
    ws = wb.create_sheet("Beneficiaries")
    ws.append(["ref", "name", "category", "bce"])
    ws.append(["B1", "Croix-Rouge de Belgique", "asbl_private", "0403 019 261"])
    ws = wb.create_sheet("Grants")
    ws.append(["ref", "beneficiary_ref", "budget_line_code", "year", "title", "amount", "decision_date", "measures"])
    ws.append(["G1", "B1", "25.002.33.01", 2024, "Osons Agir Ensemble", "abc", "2024-02-15", "9.3"])
    ws.append(["G2", "B1", "25.002.33.01", 2024, "Quartiers", "10 000,00", "30/02/2024", "9.3"])
    ws.append(["G3", "B1", "25.002.33.01", 2024, "Ensemble", "10 000,00", "2024-03-01", "9.3"])
    ws = wb.create_sheet("Payments")
    ws.append(["grant_ref", "date", "amount", "kind", "reference"])
    ws.append(["G3", "2024-04-01", "20 000,00", "advance", "L1"])
    ws.append(["G3", "2024-01-10", "1 000,00", "advance", "L2"])
    wb.save(path)
    return path


@pytest.mark.parametrize(("lang", "labels", "expected"), [
    ("en", ("Amount", "Date"), [
        "Grants, row 2, column amount: abc is not an amount in euro",
        "Grants, row 3, column decision_date: 30/02/2024 does not exist in the calendar",
        "Payments, row 2, column amount: €20,000.00 would bring payments on grant G3 to €20,000.00",
        "Payments, row 3, column date: 10/01/2024 is before the commitment"]),
    ("fr", ("Montant", "Date"), [
        "Grants, ligne 2, colonne amount\u00a0: abc n'est pas un montant en euro",
        "Grants, ligne 3, colonne decision_date\u00a0: 30/02/2024 n'existe pas dans le calendrier",
        "Payments, ligne 2, colonne amount\u00a0: 20\u202f000,00\u00a0€ ",
        "Payments, ligne 3, colonne date\u00a0: "]),
    ("nl", ("Bedrag", "Datum"), [
        "Grants, rij 2, kolom amount: abc is geen bedrag in euro",
        "Grants, rij 3, kolom decision_date: 30/02/2024 bestaat niet in de kalender",
        "Payments, rij 2, kolom amount: €\u00a020.000,00 ",
        "Payments, rij 3, kolom date: "]),
])
def test_a_located_problem_names_its_field_once(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch, lang: str,
                                                 labels: tuple[str, ...], expected: list[str]) -> None:
    """The location names the column; the refusal's own field label ("Amount: ...") is not
    repeated after it, in any language (CLI, one line per problem, exit 1)."""
    from grants.cli import main

    monkeypatch.setenv("GRANTS_LANG", lang)
    path = _one_of_each(tmp_path / "bad.xlsx")
    assert main(["--db", db.url, "import", str(path)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 4, lines
    for start in expected:
        assert any(line.startswith(start) for line in lines), (start, lines)
    for line in lines:
        message = line.split(":", 1)[1]
        assert not any(f" {label}\u00a0:" in message or f" {label}:" in message for label in labels), line
    assert table_counts(db)["grant"] == 0


def test_the_import_dialog_s_reasons_name_their_field_once(db: Database, tmp_path: Path) -> None:
    """The preview's Refused tab shows sheet, row and column in their own cells: the reason is the
    refusal alone, without the field label."""
    from grants.i18n import translator_for

    result = preview_workbook(db, _one_of_each(tmp_path / "bad.xlsx"))
    reasons = {(p.sheet, p.row, p.column): p.reason(translator_for("fr"), "fr") for p in result.problems}
    assert reasons[("Grants", 2, "amount")] == "abc n'est pas un montant en euro (par exemple 1 234,56)"
    assert reasons[("Grants", 3, "decision_date")] == "30/02/2024 n'existe pas dans le calendrier"
    # a problem that is not in a cell keeps its label (forms show it next to their field)
    from grants.services.errors import Problem

    assert Problem("Amount: {text} must not be negative", {"text": "-5"}, "amount").render() == "Amount: -5 must not be negative"


def test_shares_are_never_rounded_on_import(db: Database, five_years: tuple[Path, dict], tmp_path: Path) -> None:
    def edit(wb) -> None:  # type: ignore[no-untyped-def]
        wb["Grants"].cell(row=5, column=_col(wb["Grants"], "advance_share"), value="50.001")
        wb["Grants"].cell(row=6, column=_col(wb["Grants"], "advance_share"), value=33.333)  # a number cell
        wb["Grants"].cell(row=9, column=_col(wb["Grants"], "measures"), value="1.4:50.001; 2.1:49.999")

    result = preview_workbook(db, _broken(tmp_path, five_years[0], edit))
    assert {(p.sheet, p.row, p.column) for p in result.problems} == {
        ("Grants", 5, "advance_share"), ("Grants", 6, "advance_share"), ("Grants", 9, "measures")}


def test_text_amounts_in_every_accepted_form_import_as_meant(db: Database, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "BudgetLines"
    ws.append(["code", "year", "label", "payment_credits", "commitment_credits"])
    ws.append(["25.002.33.01", "2024", "ASBL", "1.000.000,00 €", "€2,000,000.50"])
    ws = wb.create_sheet("Beneficiaries")
    ws.append(["ref", "name", "category", "bce"])
    ws.append(["B1", "Croix-Rouge de Belgique", "asbl_private", "0403 019 261"])
    ws = wb.create_sheet("Grants")
    ws.append(["ref", "beneficiary_ref", "budget_line_code", "year", "title", "amount", "decision_date",
               "advance_share", "measures"])
    ws.append(["G1", "B1", "25.002.33.01", 2024, "Osons Agir Ensemble", "65\u202f000,5", "15.02.2024", "75,5 %",
               "9.3"])
    ws = wb.create_sheet("Payments")
    ws.append(["grant_ref", "date", "amount", "kind", "reference"])
    ws.append(["G1", "01/03/2024", "48\u00a0750,00", "advance", "L1"])
    ws.append(["G1", "01-09-2024", 1000.25, "advance", "L2"])
    path = tmp_path / "forms.xlsx"
    wb.save(path)
    import_workbook(db, path)
    with db.reading() as s:
        g = s.scalar(select(Grant).where(Grant.ref == "G1"))
        assert g.initial_amount == D("65000.50") and g.advance_share == D("75.50")
        assert g.decision_date == dt.date(2024, 2, 15)
        assert figures.paid(s, [g.id])[g.id] == D("49750.25")


def test_dry_run_saves_nothing(db: Database, five_years: tuple[Path, dict]) -> None:
    before = digest(db.url)
    result = import_workbook(db, five_years[0], dry_run=True)
    assert not result.applied and result.counts["Grants"]["add"] == 200
    assert digest(db.url) == before


def test_text_amounts_and_dates(db: Database, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "BudgetLines"
    ws.append(["code", "year", "label", "payment_credits", "commitment_credits"])  # any column order
    ws.append(["25.002.33.01", "2024", "ASBL", "1 000 000,00", "2.000.000,50"])
    ws.append([None, None, None, None, None])  # empty rows are skipped
    ws = wb.create_sheet("Beneficiaries")
    ws.append(["ref", "name", "category", "bce"])
    ws.append(["B1", "Croix-Rouge de Belgique", "asbl_private", "0403 019 261"])
    ws = wb.create_sheet("Grants")
    ws.append(["ref", "beneficiary_ref", "budget_line_code", "year", "title", "amount", "decision_date", "measures"])
    ws.append(["G1", "B1", "25.002.33.01", 2024, "Osons Agir Ensemble", "65 000,00", "2024-02-15", "9.3"])
    ws = wb.create_sheet("Payments")
    ws.append(["grant_ref", "date", "amount", "kind", "reference"])
    ws.append(["G1", "2024-03-01", "48 750,00", "advance", "L1"])
    ws.append(["G1", "2024-09-01", "-1 000,00", "recovery", "R1"])
    path = tmp_path / "text.xlsx"
    wb.save(path)
    import_workbook(db, path)
    with db.reading() as s:
        g = s.scalar(select(Grant).where(Grant.ref == "G1"))
        assert figures.paid(s, [g.id])[g.id] == D("48750.00")
        assert figures.recovered(s, [g.id])[g.id] == D("1000.00")
        assert figures.line_committed(s, g.budget_line_id) == D("65000.00")


def test_not_a_workbook(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_text("not a zip")
    with pytest.raises(RuleError) as e:
        import_workbook(db, path)
    assert e.value.problems[0].field == "file"


def test_killed_in_the_middle_leaves_the_database_as_it_was(db: Database, five_years: tuple[Path, dict],
                                                           tmp_path: Path) -> None:
    import_workbook(db, five_years[0])
    bigger = tmp_path / "more.xlsx"
    make_workbook(bigger, years=range(2025, 2027), grants_per_year=50, seed=11)
    before = digest(db.url)
    marker = tmp_path / "writing"
    helper = Path(__file__).with_name("import_until_killed.py")  # waits, once all is written, to be killed
    proc = subprocess.Popen([sys.executable, str(helper), db.url, str(bigger), str(marker)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert proc.poll() is None, "the import ended before it was killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)  # everything written, nothing committed
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    db.dispose()
    assert digest(db.url) == before
    assert table_counts(db)["grant"] == 200


def test_value_outside_the_header_is_refused(db: Database, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "BudgetLines"
    ws.append(["year", "code", "label", "commitment_credits", "payment_credits"])
    ws.append([2024, "25.002.33.01", "ASBL", 1000, 1000, "stray"])
    path = tmp_path / "stray.xlsx"
    wb.save(path)
    result = preview_workbook(db, path)
    assert [(p.sheet, p.row) for p in result.problems] == [("BudgetLines", 2)]


def test_payments_on_a_grant_without_decision_date_are_history(db: Database, tmp_path: Path) -> None:
    """The contract refuses a payment before the decision; with no decision date given, the
    payment is imported as recorded (the audit checks point at it)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "BudgetLines"
    ws.append(["year", "code", "label", "commitment_credits", "payment_credits"])
    ws.append([2022, "25.002.33.01", "ASBL", 100000, 100000])
    ws = wb.create_sheet("Beneficiaries")
    ws.append(["ref", "name", "category"])
    ws.append(["B1", "PAG-ASA", "asbl_private"])
    ws = wb.create_sheet("Grants")
    ws.append(["ref", "beneficiary_ref", "budget_line_code", "year", "title", "amount"])
    ws.append(["G1", "B1", "25.002.33.01", 2022, "Accueil des victimes de la traite", 40000])
    ws = wb.create_sheet("Payments")
    ws.append(["grant_ref", "date", "amount", "kind"])
    ws.append(["G1", "2022-04-01", 30000, "advance"])
    path = tmp_path / "history.xlsx"
    wb.save(path)
    result = import_workbook(db, path)
    assert result.applied and result.counts["Payments"]["add"] == 1
    ws["A2"] = "G1"
    ws.append(["G1", "2022-05-01", 10000.01, "balance"])  # above the grant's amount: still refused
    wb.save(path)
    with pytest.raises(RuleError) as e:
        import_workbook(db, path)
    assert [(p.sheet, p.row, p.column) for p in e.value.problems] == [("Payments", 3, "amount")]


def test_payments_made_in_the_application_are_not_rewritten_by_an_import(db: Database, tmp_path: Path) -> None:
    import datetime as dt

    from builders import committed_grant

    from grants.models import PaymentKind
    from grants.services import payments

    _, _, g = committed_grant(db)
    pid = payments.prepare_payment(db, g, dt.date(2024, 3, 1), D("1000"), PaymentKind.ADVANCE, reference="L-APP")
    payments.approve_payment(db, pid)
    with db.reading() as s:
        ref = s.get(Grant, g).ref
    wb = Workbook()
    ws = wb.active
    ws.title = "Payments"
    ws.append(["grant_ref", "date", "amount", "kind", "reference"])
    ws.append([ref, "2024-03-01", 1000, "advance", "L-APP"])
    path = tmp_path / "same.xlsx"
    wb.save(path)
    assert import_workbook(db, path).counts["Payments"] == {"add": 0, "change": 0, "same": 1}
    ws["C2"] = 1500
    wb.save(path)
    before = digest(db.url)
    with pytest.raises(RuleError) as e:
        import_workbook(db, path)
    assert [(p.sheet, p.row) for p in e.value.problems] == [("Payments", 2)]
    assert digest(db.url) == before
