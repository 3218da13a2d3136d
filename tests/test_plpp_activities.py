"""PLPP activities (issue 12 item 2, PLPP part): records of a commune's local plan (title, PGSP
thematic, staff funded), entered on its PLPP grant and counted by thematic in export implementation."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from sqlalchemy import select

from grants.cli import main
from grants.domain import checks
from grants.models import AuditEntry, Category
from grants.services import grants as G
from grants.services import plpp, programmes
from grants.services.beneficiaries import BeneficiaryInput, save_beneficiary
from grants.services.budget import save_budget_line
from grants.services.database import Database
from grants.services.errors import RuleError
from grants.services.implementation import implementation_report

D = Decimal


def test_the_activity_rule() -> None:
    staff = {"peace_guardians": 3, "street_educators": 0, "mediators": 1}
    assert checks.check_plpp_activity(title="Travail de rue", thematic=1, staff=staff) == []
    found = checks.check_plpp_activity(title=" ", thematic=10, staff={**staff, "mediators": -1})
    assert [p.field for p in found] == ["title", "thematic", "mediators"]
    assert found[1].params == {"first": 1, "last": 9}


def plpp_grants(db: Database) -> dict[str, int]:
    """Two communes with a decided PLPP grant of 2024 and an ASBL with a call grant."""
    from builders import decide

    line = save_budget_line(db, 2024, "PLPP", "Plans locaux", D("9000000"), D("9000000"))
    prog = programmes.save_programme(db, programmes.ProgrammeInput("PLPP 2024", "local_plan", 2024))
    out = {}
    for nis, name in (("21009", "Commune d'Ixelles"), ("21004", "Ville de Bruxelles")):
        b = save_beneficiary(db, BeneficiaryInput(name_fr=name, name_nl=name, category=Category.COMMUNE,
                                                  commune_nis=nis))
        out[nis] = G.create_grant(db, G.GrantInput(
            b, line, f"PLPP {name}", D("1000000"), measures=[("1.1", D(50)), ("7.1", D(50))], programme_id=prog,
            period_start=dt.date(2024, 1, 1), period_end=dt.date(2024, 12, 31),
            justification_deadline=dt.date(2025, 3, 31), required_documents="Rapport"))
        decide(db, out[nis])
    asbl = save_beneficiary(db, BeneficiaryInput(name_fr="GAMS", name_nl="GAMS", category=Category.ASBL_PRIVATE,
                                                 commune_nis="21004"))
    out["asbl"] = G.create_grant(db, G.GrantInput(asbl, line, "Projet", D("1000"), measures=[("1.1", D(100))],
                                                  period_start=dt.date(2024, 1, 1)))
    return out


def test_activities_on_a_plpp_grant_only_and_audited(db: Database) -> None:
    g = plpp_grants(db)
    aid = plpp.save_activity(db, g["21009"], plpp.ActivityInput("Gardiens de la paix", 7, 12, 0, 0))
    with pytest.raises(RuleError) as e:
        plpp.save_activity(db, g["21009"], plpp.ActivityInput("", 12, -1, 0, 0))
    assert [p.field for p in e.value.problems] == ["title", "thematic", "peace_guardians"]
    with pytest.raises(RuleError) as e:
        plpp.save_activity(db, g["asbl"], plpp.ActivityInput("Travail de rue", 1, 0, 2, 0))
    assert e.value.problems[0].field == "grant"
    plpp.save_activity(db, g["21009"], plpp.ActivityInput("Gardiens de la paix (quartier Matonge)", 7, 14, 0, 1), aid)
    rows = plpp.activities_of(db, g["21009"])
    assert [(r.title, r.thematic, r.peace_guardians, r.mediators) for r in rows] == [
        ("Gardiens de la paix (quartier Matonge)", 7, 14, 1)]
    with db.reading() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.entity == "plpp_activity")).first() is not None
    plpp.remove_activity(db, aid)
    assert plpp.activities_of(db, g["21009"]) == []


def test_counted_by_thematic_in_export_implementation(db: Database, db_url: str, tmp_path: Path) -> None:
    g = plpp_grants(db)
    plpp.save_activity(db, g["21009"], plpp.ActivityInput("Gardiens de la paix", 7, 12, 0, 0))
    plpp.save_activity(db, g["21009"], plpp.ActivityInput("Travail de rue", 1, 0, 4, 0))
    plpp.save_activity(db, g["21004"], plpp.ActivityInput("Gardiens de la paix", 7, 20, 0, 2))
    report = implementation_report(db, 2024)
    assert [(c.number, c.activities, c.communes, c.peace_guardians, c.street_educators, c.mediators)
            for c in report.plpp] == [(1, 1, 1, 0, 4, 0), (7, 2, 2, 32, 0, 2)]
    assert report.plpp_communes == 2
    out = tmp_path / "impl.docx"
    assert main(["--db", db_url, "export", "implementation", "--year", "2024", "--out", str(out),
                 "--lang", "fr"]) == 0
    tables = [[[c.text for c in r.cells] for r in t.rows] for t in docx.Document(str(out)).tables]
    plpp_table = tables[-1]
    assert plpp_table[0][:2] == ["Thématique", "Activités"]
    assert plpp_table[1][0].startswith("T1 - ") and plpp_table[1][1:] == ["1", "1", "0", "4", "0"]
    assert plpp_table[2][0].startswith("T7 - ") and plpp_table[2][1:] == ["2", "2", "32", "0", "2"]
    assert plpp_table[3][1:] == ["3", "2", "32", "4", "2"]
    pdf = tmp_path / "impl.pdf"
    assert main(["--db", db_url, "export", "implementation", "--year", "2024", "--out", str(pdf),
                 "--lang", "nl"]) == 0
    assert pdf.stat().st_size > 1000
