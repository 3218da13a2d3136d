"""PLPP allocation key (issue 12 item 5): a commune's subsidy moves by -1 % / +2 % at most from the
previous year's, refused at the act naming the commune, the amounts and the limits, unless a
derogation with its reason is recorded."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from grants.cli import main
from grants.domain import checks
from grants.i18n import render_problem
from grants.models import AuditEntry, Category
from grants.services import grants as G
from grants.services import local_plans, plpp, programmes
from grants.services.beneficiaries import BeneficiaryInput, save_beneficiary
from grants.services.budget import save_budget_line
from grants.services.database import Database
from grants.services.errors import RuleError

D = Decimal


def test_the_band_on_both_sides() -> None:
    kw = {"commune": "Ixelles", "year": 2024, "previous": D("1000000.00")}
    assert checks.check_plpp_band(amount=D("990000.00"), **kw) == []  # -1 % exactly
    assert checks.check_plpp_band(amount=D("1020000.00"), **kw) == []  # +2 % exactly
    low = checks.check_plpp_band(amount=D("989999.99"), **kw)
    high = checks.check_plpp_band(amount=D("1020000.01"), **kw)
    assert len(low) == 1 and len(high) == 1 and high[0].field == "amount"
    assert high[0].params["low"] == D("990000.00") and high[0].params["high"] == D("1020000.00")
    assert high[0].params["commune"] == "Ixelles" and high[0].params["previous"] == D("1000000.00")
    assert high[0].params["amount"] == D("1020000.01") and high[0].params["before"] == 2023
    text = render_problem(high[0], "en")
    assert "Ixelles" in text and "-1 % / +2 %" in text and "€1,020,000.01" in text and "€1,000,000.00" in text
    # a derogation with its reason lets it through; no previous year: nothing to compare with
    assert checks.check_plpp_band(amount=D("1500000"), derogation="Décision du Gouvernement du 12/01/2024", **kw) == []
    assert checks.check_plpp_band(amount=D("1500000"), derogation="  ", **kw) != []
    assert checks.check_plpp_band(commune="X", year=2024, previous=D(0), amount=D(5)) == []
    assert checks.plpp_change(D("1000000"), D("1020000")) == D("2.00")
    # the key: shares zero or more adding up to 100
    assert checks.check_plpp_key({"21001": D("60"), "21002": D("40")}) == []
    assert checks.check_plpp_key({"21001": D("60"), "21002": D("39.99")})[0].params["total"] == "99.99"


def _plpp(db: Database) -> tuple[int, int, int, int]:
    """Ixelles with a PLPP grant of 1 000 000 in 2023; (beneficiary, programme 2024, line 2024, grant 2023)."""
    l23 = save_budget_line(db, 2023, "PLPP", "Plans locaux", D("5000000"), D("5000000"))
    l24 = save_budget_line(db, 2024, "PLPP", "Plans locaux", D("5000000"), D("5000000"))
    p23 = programmes.save_programme(db, programmes.ProgrammeInput("PLPP 2023", "local_plan", 2023))
    p24 = programmes.save_programme(db, programmes.ProgrammeInput("PLPP 2024", "local_plan", 2024))
    ixelles = save_beneficiary(db, BeneficiaryInput(name_fr="Commune d'Ixelles", name_nl="Gemeente Elsene",
                                                    category=Category.COMMUNE, commune_nis="21009"))
    g23 = G.create_grant(db, _input(ixelles, l23, p23, "1000000", 2023))
    return ixelles, p24, l24, g23


def _input(bene: int, line: int, prog: int, amount: str, year: int = 2024) -> G.GrantInput:
    return G.GrantInput(bene, line, f"PLPP Ixelles {year}", D(amount), measures=[("1.1", D(100))], programme_id=prog,
                        period_start=dt.date(year, 1, 1), period_end=dt.date(year, 12, 31),
                        justification_deadline=dt.date(year + 1, 3, 31), required_documents="Rapport d'activités")


def test_creating_editing_and_amending_a_plpp_grant_keep_the_band(db: Database) -> None:
    ixelles, p24, l24, _ = _plpp(db)
    with pytest.raises(RuleError) as e:
        G.create_grant(db, _input(ixelles, l24, p24, "1020000.01"))
    p = e.value.problems[0]
    assert p.field == "amount" and p.params["commune"] == "Ixelles"
    with db.reading() as s:
        assert plpp.plpp_amounts(s, 2024) == {}  # nothing saved
    with pytest.raises(RuleError):
        G.create_grant(db, _input(ixelles, l24, p24, "989999.99"))
    gid = G.create_grant(db, _input(ixelles, l24, p24, "1015000"))
    with pytest.raises(RuleError):  # the draft edited beyond the band
        G.update_draft(db, gid, _input(ixelles, l24, p24, "1030000"))
    G.update_draft(db, gid, _input(ixelles, l24, p24, "1020000"))
    # after the decision, an amendment: +1 cent is outside, refused naming the field of the amendment
    from builders import decide

    decide(db, gid)
    with pytest.raises(RuleError) as e:
        G.amend_grant(db, gid, dt.date(2024, 3, 1), "Indexation", D("0.01"))
    assert e.value.problems[0].field == "amount_delta"
    # a derogation with its reason (audited) lets it through
    plpp.set_derogation(db, 2024, "21009", "Décision du Gouvernement du 12/02/2024: 2 gardiens de la paix en plus")
    G.amend_grant(db, gid, dt.date(2024, 3, 1), "Indexation", D("50000"))
    with db.reading() as s:
        assert plpp.plpp_amounts(s, 2024) == {"21009": D("1070000.00")}
        audited = list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "plpp_key")))
    assert audited


def test_a_grant_of_another_programme_is_not_bound(db: Database) -> None:
    ixelles, _, l24, _ = _plpp(db)
    G.create_grant(db, G.GrantInput(ixelles, l24, "Autre", D("5000"), measures=[("1.1", D(100))],
                                    period_start=dt.date(2024, 1, 1)))


def test_key_shown_on_the_overview(db: Database) -> None:
    ixelles, p24, l24, _ = _plpp(db)
    G.create_grant(db, _input(ixelles, l24, p24, "1020000"))
    shares = {nis.nis: D(0) for nis in plpp.key(db, 2024)}
    shares["21009"], shares["21004"] = D("4.5"), D("95.5")
    assert plpp.set_key(db, 2024, shares) == 19
    row = next(r for r in local_plans.overview(db, 2024) if r.nis == "21009")
    assert (row.share, row.previous, row.amount, row.change, row.in_band) == (D("4.50"), D("1000000"), D("1020000"),
                                                                               D("2.00"), True)
    with pytest.raises(RuleError) as e:
        plpp.set_key(db, 2024, {"21009": D("50"), "99999": D("50")})
    assert e.value.problems[0].params == {"nis": "99999"}


def _key_file(path: Path, rows: list[tuple[object, object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["nis", "share"])
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def test_cli_sets_and_shows_the_key(db: Database, db_url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    ixelles, p24, l24, _ = _plpp(db)
    G.create_grant(db, _input(ixelles, l24, p24, "1010000"))
    bad = _key_file(tmp_path / "bad.xlsx", [("21009", "60"), ("21004", "30")])
    assert main(["--db", db_url, "plpp", "key", "--year", "2024", "--from", str(bad)]) == 1
    assert "add up to 90" in capsys.readouterr().err
    good = _key_file(tmp_path / "key.xlsx", [("21009", "60,5"), ("21004", 39.5)])
    assert main(["--db", db_url, "plpp", "key", "--year", "2024", "--from", str(good)]) == 0
    capsys.readouterr()
    assert main(["--db", db_url, "plpp", "key", "--year", "2024"]) == 0
    out = capsys.readouterr().out.splitlines()
    ix = next(line for line in out if line.startswith("21009"))
    assert "60.50 %" in ix and "€1,000,000.00" in ix and "€1,010,000.00" in ix and "+1.00 %" in ix and "\tok" in ix
    assert main(["--db", db_url, "plpp", "derogation", "--year", "2024", "--commune", "21009",
                 "--reason", "Décision du Gouvernement"]) == 0
    assert main(["--db", db_url, "plpp", "derogation", "--year", "2024", "--commune", "99999",
                 "--reason", "x"]) == 1
    assert "99999" in capsys.readouterr().err
    with pytest.raises(SystemExit) as bad_usage:  # neither --reason nor --withdraw
        main(["--db", db_url, "plpp", "derogation", "--year", "2024", "--commune", "21009"])
    assert bad_usage.value.code == 2


def _import_file(path: Path, a2023: str, a2024: str) -> Path:
    wb = Workbook()
    sheets = {
        "BudgetLines": [["year", "code", "label", "commitment_credits", "payment_credits"],
                        [2023, "PLPP", "Plans locaux", 5000000, 5000000], [2024, "PLPP", "Plans locaux", 5000000, 5000000]],
        "Beneficiaries": [["ref", "name", "category", "commune_nis"], ["COM-21009", "Commune d'Ixelles", "commune", "21009"]],
        "Programmes": [["ref", "title", "kind", "year"], ["PLPP-2023", "PLPP 2023", "local_plan", 2023],
                       ["PLPP-2024", "PLPP 2024", "local_plan", 2024]],
        "Grants": [["ref", "beneficiary_ref", "budget_line_code", "year", "title", "amount", "programme_ref", "measures"],
                   ["G-2023-PLPP-21009", "COM-21009", "PLPP", 2023, "PLPP Ixelles 2023", a2023, "PLPP-2023", "1.1"],
                   ["G-2024-PLPP-21009", "COM-21009", "PLPP", 2024, "PLPP Ixelles 2024", a2024, "PLPP-2024", "1.1"]],
    }
    first = True
    for name, rows in sheets.items():
        ws = wb.active if first else wb.create_sheet()
        assert ws is not None
        ws.title, first = name, False
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def test_import_keeps_the_band(db: Database, db_url: str, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from grants.services.importer import import_workbook

    with pytest.raises(RuleError) as e:
        import_workbook(db, _import_file(tmp_path / "out.xlsx", "1000000", "1030000"))
    p = e.value.problems[0]
    assert (p.sheet, p.row, p.column, p.params["commune"]) == ("Grants", 3, "amount", "Ixelles")
    assert main(["--db", db_url, "import", str(tmp_path / "out.xlsx")]) == 1
    assert "Ixelles" in capsys.readouterr().err
    plpp.set_derogation(db, 2024, "21009", "Décision du Gouvernement")
    import_workbook(db, tmp_path / "out.xlsx")
    with db.reading() as s:
        assert plpp.plpp_amounts(s, 2024) == {"21009": D("1030000.00")}
    # within the band: no derogation needed
    import_workbook(db, _import_file(tmp_path / "in.xlsx", "1000000", "1020000"))
