"""The export commands, run as finance staff would (exit codes, stderr, files)."""

from __future__ import annotations

import openpyxl
import pytest
from pypdf import PdfReader
from test_reports_data import YEAR, build_dataset

from grants.cli import main


@pytest.fixture
def data(db):  # type: ignore[no-untyped-def]
    ds = build_dataset(db)
    db.dispose()
    return ds


def run(db_url, *args: str) -> int:  # type: ignore[no-untyped-def]
    return main(["--db", db_url, "export", *args])


def test_export_commands(db_url, data, tmp_path, capsys):  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    assert run(db_url, "budget", "--from", str(YEAR), "--to", str(YEAR), "--out", str(out / "b.xlsx"),
               "--lang", "fr") == 0
    ws = openpyxl.load_workbook(out / "b.xlsx")["By category"]
    assert ws["A1"].value == "Category" and ws["B1"].value == YEAR and ws["A7"].value == "ASBL privées"
    assert run(db_url, "grants", "--year", str(YEAR), "--out", str(out / "g.xlsx")) == 0
    assert "(5 grants)" in capsys.readouterr().out
    assert run(db_url, "statement", "--beneficiary", "B-GAMS", "--year", str(YEAR), "--out", str(out / "s.pdf"),
               "--lang", "nl") == 0
    assert "Terug te betalen bedrag" in PdfReader(str(out / "s.pdf")).pages[0].extract_text()
    # without --lang, each statement is in its beneficiary's language (B-SCHAKEL speaks Dutch)
    assert run(db_url, "statement", "--beneficiary", "B-SCHAKEL", "--year", str(YEAR),
               "--out", str(out / "schakel.pdf")) == 0
    assert "Overzicht van de subsidies" in PdfReader(str(out / "schakel.pdf")).pages[0].extract_text()
    assert run(db_url, "statements", "--year", str(YEAR), "--out", str(out / "all")) == 0
    assert len(list((out / "all").glob("*.pdf"))) == 5
    gams = PdfReader(str(next((out / "all").glob("*GAMS*.pdf")))).pages[0].extract_text()
    assert "Relevé des subsides" in gams and "Subvention" in gams and "Référence du paiement" in gams
    assert run(db_url, "call", "--programme", data.programme_ref, "--out", str(out / "call.pdf")) == 0
    assert run(db_url, "pgsp", "--year", str(YEAR), "--out", str(out / "pgsp.pdf")) == 0
    assert run(db_url, "sepa", "--out", str(out / "pay.xml")) == 0
    capsys.readouterr()
    assert run(db_url, "sepa", "--out", str(out / "pay2.xml")) == 1
    assert "no approved payment" in capsys.readouterr().err
    assert not (out / "pay2.xml").exists()


def test_refusals_exit_1_with_one_line(db_url, data, tmp_path, capsys):  # type: ignore[no-untyped-def]
    assert run(db_url, "statement", "--beneficiary", "B-NOBODY", "--year", str(YEAR),
               "--out", str(tmp_path / "x.pdf")) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "B-NOBODY" in err[0]
    assert run(db_url, "budget", "--from", "2026", "--to", "2024", "--out", str(tmp_path / "x.xlsx")) == 1
    assert not list(tmp_path.glob("x.*"))
    with pytest.raises(SystemExit) as e:
        run(db_url, "budget", "--from", "2024", "--out", str(tmp_path / "x.xlsx"))
    assert e.value.code == 2
