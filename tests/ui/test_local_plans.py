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
    balance = page.communes_model.item(row, 7)  # not justified yet: a dash that says why, as the grant form
    assert balance.text() == "—" and "justification" in balance.toolTip()
    assert page.communes_model.item(names.index("Ukkel"), 7).text() == ""  # no plan: nothing to say
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


def _two_years(db):  # type: ignore[no-untyped-def]
    """Ixelles with a PLPP grant of 1 000 000 in 2023; the 2024 programme and line."""
    prog, lines = {}, {}
    for year in (2023, 2024):
        lines[year] = save_budget_line(db, year, "PLPP", "Plans locaux", Decimal("9000000"), Decimal("9000000"))
        prog[year] = programmes.save_programme(db, programmes.ProgrammeInput(f"PLPP {year}", "local_plan", year))
    ixelles = save_beneficiary(db, BeneficiaryInput(name_fr="Commune d'Ixelles", name_nl="Gemeente Elsene",
                                                    category=Category.COMMUNE, commune_nis="21009"))
    grants.create_grant(db, grants.GrantInput(ixelles, lines[2023], "PLPP 2023", Decimal("1000000"),
                                              measures=[("1.1", Decimal("100"))], programme_id=prog[2023]))
    return ixelles, prog[2024], lines[2024]


def _page(qtbot, db, lang: str = "en"):  # type: ignore[no-untyped-def]
    page = LocalPlansPage(AppContext(db, lang=lang))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.reload()
    assert wait_idle()
    return page


def test_set_the_key_from_the_screen_refused_then_kept(qtbot, db):
    from PySide6.QtCore import Qt

    from grants.services import plpp

    _two_years(db)
    page = _page(qtbot, db)
    page.year_box.setCurrentIndex(page.year_box.findData(2024))
    assert wait_idle()
    assert page.key_button.isEnabled() and page.key_button.text() == "Set the key…"
    dialog = page.set_key()
    assert dialog is not None and dialog.isVisible() and dialog.table.rowCount() == 19
    edits = {e.objectName(): e for e in dialog.shares}
    edits["share_21009"].setText("60")
    edits["share_21004"].setText("39,99")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "share" in dialog.problem_texts() and "99.99" in dialog.problem_texts()["share"]  # the field named
    assert dialog.isVisible() and all(k.share is None for k in plpp.key(db, 2024))  # nothing saved
    edits["share_21004"].setText("40")
    assert "100" in dialog.total.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    shares = {k.nis: k.share for k in plpp.key(db, 2024)}
    assert shares["21009"] == Decimal("60.00") and shares["21004"] == Decimal("40.00")
    assert wait_idle()  # the page reloads: the key share is shown
    names = [page.communes_model.item(r, 0).text() for r in range(19)]
    assert page.communes_model.item(names.index("Ixelles"), 2).text() == "60.00 %"


def test_record_a_derogation_with_its_reason_then_the_grant_passes(qtbot, db):
    from PySide6.QtCore import Qt

    from grants.services import plpp
    from grants.services.errors import RuleError

    ixelles, prog24, line24 = _two_years(db)
    page = _page(qtbot, db, "fr")
    page.year_box.setCurrentIndex(page.year_box.findData(2024))
    assert wait_idle()
    names = [page.communes_model.item(r, 0).text() for r in range(19)]
    page.communes.selectRow(names.index("Ixelles"))
    dialog = page.record_derogation()
    assert dialog is not None and "Ixelles" in dialog.subtitle_label.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # no reason: refused under the field
    assert "reason" in dialog.problem_texts() and dialog.isVisible()
    dialog.reason.setPlainText("Décision du Gouvernement du 12/01/2024")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert {k.nis: k.derogation for k in plpp.key(db, 2024)}["21009"] == "Décision du Gouvernement du 12/01/2024"
    grants.create_grant(db, grants.GrantInput(ixelles, line24, "PLPP 2024", Decimal("1500000"),
                                              measures=[("1.1", Decimal("100"))], programme_id=prog24))
    assert wait_idle()
    # withdrawn from the same dialog: the next grant outside the band is refused again
    page.communes.selectRow([page.communes_model.item(r, 0).text() for r in range(19)].index("Ixelles"))
    again = page.record_derogation()
    assert again is not None and again.withdraw_button.isVisible()
    qtbot.mouseClick(again.withdraw_button, Qt.MouseButton.LeftButton)
    assert {k.nis: k.derogation for k in plpp.key(db, 2024)}["21009"] is None
    try:
        grants.create_grant(db, grants.GrantInput(ixelles, line24, "PLPP 2024 bis", Decimal("1"),
                                                  measures=[("1.1", Decimal("100"))], programme_id=prog24))
        raise AssertionError("refused expected")
    except RuleError as e:
        assert e.problems[0].field == "amount"


def test_an_officer_is_refused_the_key_with_a_message(qtbot, db, db_url):
    from PySide6.QtCore import Qt

    from grants.services import roles

    _two_years(db)
    roles.set_role(db, "tester", "admin")
    roles.set_role(db, "officer1", "officer")
    from grants.services.database import Database

    officer = Database(db_url, user="officer1")
    try:
        page = _page(qtbot, officer)
        dialog = page.set_key()
        assert dialog is not None
        dialog.shares[0].setText("100")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert "officer" in dialog.problem_texts().get("", "") and dialog.isVisible()
    finally:
        officer.dispose()
