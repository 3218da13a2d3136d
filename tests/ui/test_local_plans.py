"""Local plans: the 19 communes side by side, a commune's activities beneath."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from grants.models import Category
from grants.services import grants, programmes
from grants.services.beneficiaries import BeneficiaryInput, save_beneficiary
from grants.services.budget import save_budget_line
from grants.ui.context import AppContext
from grants.ui.local_plans import LocalPlansPage
from grants.ui.tasks import wait_idle


def test_communes_side_by_side_and_a_plan_s_activities(qtbot, db):
    line = save_budget_line(db, 2024, "PLPP", "Plans locaux", Decimal("5000000"), Decimal("5000000"))
    prog = programmes.save_programme(db, programmes.ProgrammeInput("PLPP 2024", "local_plan", 2024))
    ixelles = save_beneficiary(db, BeneficiaryInput(name_fr="Commune d'Ixelles", name_nl="Gemeente Elsene",
                                                    category=Category.COMMUNE, commune_nis="21009"))
    grants.create_grant(db, grants.GrantInput(ixelles, line, "PLPP Ixelles", Decimal("1000000"),
                                              measures=[("1.1", Decimal("60")), ("2.1", Decimal("40"))],
                                              programme_id=prog, period_start=dt.date(2024, 1, 1)))
    page = LocalPlansPage(AppContext(db, lang="nl"))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.reload()
    assert wait_idle()  # read in the task runner
    assert page.communes_model.rowCount() == 19
    names = [page.communes_model.item(r, 0).text() for r in range(19)]
    row = names.index("Elsene")  # Dutch names in Dutch
    assert page.communes_model.item(row, 2).text() == "€\u00a01.000.000,00"
    assert page.communes_model.item(row, 8).text() == "1, 2"
    page.communes.selectRow(row)
    assert [a.measure for a in page.activities] == ["1.1", "2.1"]
    assert page.activities_model.item(0, 4).text() == "€\u00a0600.000,00"
    assert "1" in page.totals.text()
