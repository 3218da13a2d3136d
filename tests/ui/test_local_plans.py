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
    assert page.communes_model.item(row, 3).text() == "€\u00a01.000.000,00"
    assert page.communes_model.item(row, 9).text() == "1, 2"
    page.communes.selectRow(row)
    assert [a.measure for a in page.activities] == ["1.1", "2.1"]
    assert page.activities_model.item(0, 4).text() == "€\u00a0600.000,00"
    assert "1" in page.totals.text()


def test_key_share_change_and_derogation_per_commune(qtbot, db):
    """The key share, the previous year, this year and the change; outside -1 % / +2 % the change
    is coloured, amber with the derogation (its reason shown), red without."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor

    from grants.services import plpp

    prog = {}
    lines = {}
    for year in (2023, 2024):
        lines[year] = save_budget_line(db, year, "PLPP", "Plans locaux", Decimal("9000000"), Decimal("9000000"))
        prog[year] = programmes.save_programme(db, programmes.ProgrammeInput(f"PLPP {year}", "local_plan", year))
    communes = {}
    for nis, fr, nl in (("21009", "Commune d'Ixelles", "Gemeente Elsene"), ("21004", "Ville de Bruxelles", "Stad Brussel")):
        communes[nis] = save_beneficiary(db, BeneficiaryInput(name_fr=fr, name_nl=nl, category=Category.COMMUNE,
                                                              commune_nis=nis))

    def grant(nis: str, year: int, amount: str) -> None:
        grants.create_grant(db, grants.GrantInput(communes[nis], lines[year], f"PLPP {year}", Decimal(amount),
                                                  measures=[("1.1", Decimal("100"))], programme_id=prog[year],
                                                  period_start=dt.date(year, 1, 1)))

    grant("21009", 2023, "1000000")
    grant("21004", 2023, "2000000")
    grant("21009", 2024, "1010000")  # +1 %
    plpp.set_derogation(db, 2024, "21004", "Décision du Gouvernement du 12/01/2024")
    grant("21004", 2024, "2200000")  # +10 %, by derogation
    shares = {k.nis: Decimal(0) for k in plpp.key(db, 2024)}
    shares.update({"21009": Decimal("33.33"), "21004": Decimal("66.67")})
    plpp.set_key(db, 2024, shares)
    page = LocalPlansPage(AppContext(db, lang="fr"))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.reload()
    assert wait_idle()
    m = page.communes_model
    headers = [m.horizontalHeaderItem(c).text() for c in range(m.columnCount())]
    rows = {m.item(r, 0).text(): r for r in range(m.rowCount())}
    ix, bx = rows["Ixelles"], rows["Bruxelles"]
    assert [m.item(ix, c).text() for c in (2, 3, 4, 5)] == ["33,33 %", "1\u202f010\u202f000,00\u00a0€", "1\u202f000\u202f000,00\u00a0€",
                                                            "+1,00 %"]
    assert m.item(ix, 5).background().style() == Qt.BrushStyle.NoBrush  # within the band: not coloured
    assert m.item(bx, 5).text() == "+10,00 %"
    assert m.item(bx, 5).background().color() == QColor("#fff3cd")
    assert "Décision du Gouvernement" in m.item(bx, 10).text()
    assert len(headers) == 11
    # the derogation withdrawn: the change shows red
    plpp.set_derogation(db, 2024, "21004", None)
    page.reload(keep_year=True)
    assert wait_idle()
    assert page.communes_model.item(bx, 5).background().color() == QColor("#fde7ea")
    # screenshots of the screen, as a grant officer sees it, in French and Dutch
    from pathlib import Path

    from grants.ui import translation

    screens = Path(__file__).resolve().parents[2] / "out" / "screens"
    screens.mkdir(parents=True, exist_ok=True)
    plpp.set_derogation(db, 2024, "21004", "Décision du Gouvernement du 12/01/2024")
    try:
        for lang in ("fr", "nl"):
            translation.install(lang)
            shown = LocalPlansPage(AppContext(db, lang=lang))
            qtbot.addWidget(shown)
            shown.resize(1280, 800)
            shown.show()
            shown.reload()
            assert wait_idle()
            qtbot.wait(100)
            assert shown.grab().save(str(screens / f"local_plans_key_{lang}.png"))
    finally:
        translation.install("en")
