"""export implementation (PGSP table: Word or PDF) and export publication (Excel or PDF), run
through the command line on the shared small dataset and on an empty database."""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

import docx
import openpyxl
import pytest
from test_reports_data import YEAR, build_dataset

from grants.cli import main
from grants.services import indicators, reporting

D = Decimal


@pytest.fixture
def data(db):  # type: ignore[no-untyped-def]
    ds = build_dataset(db)
    indicators.save_indicator(db, ds.grants["G-GAMS"], indicators.IndicatorInput(
        "1.4", "=SUM(A1:A9) personnes formées", "personnes", D("120"), D("87.5")))
    rows = {r.ref: r for r in reporting.grant_rows(db, YEAR)}
    db.dispose()
    return ds, rows


def run(db_url, *args: str) -> int:  # type: ignore[no-untyped-def]
    return main(["--db", db_url, "export", *args])


def _amount(text: str) -> Decimal:
    return D(re.sub(r"[^\d,-]", "", text).replace(",", "."))


def _projects(path) -> list[list[str]]:  # type: ignore[no-untyped-def]
    out = []
    for table in docx.Document(str(path)).tables:
        for row in table.rows[1:]:
            cells = [c.text for c in row.cells]
            if len(cells) == 6 and cells[0].startswith("G-"):
                out.append(cells)
    return out


def test_implementation_docx_figures_are_the_domain_figures(db_url, data, tmp_path, capsys):  # type: ignore[no-untyped-def]
    _ds, rows = data
    out = tmp_path / "impl.docx"
    assert run(db_url, "implementation", "--year", str(YEAR), "--out", str(out), "--lang", "fr") == 0
    assert not list(tmp_path.glob(".*part*"))
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert f"Mise en œuvre du PGSP {YEAR}" in text
    projects = _projects(out)
    refs = {p[0] for p in projects}
    assert refs == {"G-IXL", "G-GAMS", "G-SCHAKEL", "G-PZ"}  # the draft G-STIB is left out
    allocated: dict[str, Decimal] = defaultdict(Decimal)
    paid: dict[str, Decimal] = defaultdict(Decimal)
    for ref, beneficiary, purpose, granted, alloc, p in projects:
        r = rows[ref]
        assert _amount(granted) == r.amount and purpose == r.title and beneficiary == r.beneficiary_fr
        allocated[ref] += _amount(alloc)
        paid[ref] += _amount(p)
    for ref in refs:  # the parts add up exactly to the grant's figures
        assert allocated[ref] == rows[ref].amount
        assert paid[ref] == rows[ref].net_paid
    gams = [p for p in projects if p[0] == "G-GAMS"]
    assert len(gams) == 1 and _amount(gams[0][4]) == rows["G-GAMS"].amount
    ind = [[c.text for c in row.cells] for t in document.tables if t.rows[0].cells[1].text == "Indicateur"
           for row in t.rows[1:]]
    assert ind == [["G-GAMS", "=SUM(A1:A9) personnes formées", "personnes", "120", "87,5"]]


def test_implementation_pdf_and_dutch(db_url, data, tmp_path):  # type: ignore[no-untyped-def]
    out = tmp_path / "impl.pdf"
    assert run(db_url, "implementation", "--year", str(YEAR), "--out", str(out), "--lang", "nl") == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert run(db_url, "implementation", "--year", str(YEAR), "--out", str(tmp_path / "i.docx"), "--lang", "nl") == 0
    assert "Uitvoering van het GVPP" in docx.Document(str(tmp_path / "i.docx")).paragraphs[0].text


def test_dutch_implementation_report_has_no_french_measure(db_url, data, tmp_path):  # type: ignore[no-untyped-def]
    """Every measure heading of the nl report is the Dutch (working) translation, none the French text."""
    import csv
    from importlib.resources import files

    with (files("grants.resources") / "reference" / "pgsp_2021-2024_measures.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    french = {r["description_fr"] for r in rows}
    dutch = {r["description_nl"] for r in rows}
    out = tmp_path / "i.docx"
    assert run(db_url, "implementation", "--year", str(YEAR), "--out", str(out), "--lang", "nl") == 0
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs] + [c.text for t in document.tables for r in t.rows for c in r.cells]
    headings = [t.split(" - ", 1)[1] for t in texts if re.match(r"^\d+\.\d+ - ", t)]
    assert headings and all(h in dutch for h in headings), headings
    assert not [t for t in texts if any(f in t for f in french)]


def test_publication_xlsx_and_pdf(db_url, data, tmp_path, capsys):  # type: ignore[no-untyped-def]
    _ds, rows = data
    out = tmp_path / "pub.xlsx"
    assert run(db_url, "publication", "--year", str(YEAR), "--out", str(out), "--lang", "fr") == 0
    assert "(4 grants)" in capsys.readouterr().out
    ws = openpyxl.load_workbook(out).worksheets[0]
    values = list(ws.iter_rows(values_only=True))
    assert values[0][:6] == ("Bénéficiaire", "N° BCE", "Objet", "Octroyé", "Date de l'arrêté",
                             "Allocation de base")
    body = values[1:-1]
    assert len(body) == 4
    by_purpose = {v[2]: v for v in body}
    for r in rows.values():
        if r.ref == "G-STIB":
            assert r.title not in by_purpose
            continue
        v = by_purpose[r.title]
        assert v[0] == r.beneficiary_fr and D(str(v[3])) == r.amount and v[4].date() == r.decision_date
        assert v[5] == r.budget_code
    assert by_purpose[rows["G-IXL"].title][1] == "0207.373.429"
    assert str(values[-1][3]).startswith("=SUM(")
    pdf = tmp_path / "pub.pdf"
    assert run(db_url, "publication", "--year", str(YEAR), "--out", str(pdf)) == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_empty_database(db, db_url, tmp_path):  # type: ignore[no-untyped-def]
    db.dispose()
    assert run(db_url, "implementation", "--year", str(YEAR), "--out", str(tmp_path / "i.docx")) == 0
    assert _projects(tmp_path / "i.docx") == []
    assert run(db_url, "implementation", "--year", str(YEAR), "--out", str(tmp_path / "i.pdf")) == 0
    assert run(db_url, "publication", "--year", str(YEAR), "--out", str(tmp_path / "p.xlsx")) == 0
    assert len(list(openpyxl.load_workbook(tmp_path / "p.xlsx").worksheets[0].iter_rows())) == 2
    assert run(db_url, "publication", "--year", str(YEAR), "--out", str(tmp_path / "p.pdf")) == 0
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("args", [
    ("implementation", "--year", str(YEAR), "--out", "x.xlsx"),
    ("implementation", "--year", "1800", "--out", "x.docx"),
    ("publication", "--year", str(YEAR), "--out", "x.docx"),
    ("publication", "--year", "99999", "--out", "x.xlsx"),
])
def test_refusals_exit_1_with_one_line(db, db_url, tmp_path, capsys, args):  # type: ignore[no-untyped-def]
    db.dispose()
    out_index = args.index("--out") + 1
    argv = list(args)
    argv[out_index] = str(tmp_path / args[out_index])
    assert run(db_url, *argv) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert not list(tmp_path.glob("x*"))
