"""Read-only mode: every form opens with its edit controls and workflow actions disabled, and a
banner says so; screenshots of every form in French and Dutch on the demonstration data."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from grants.services.database import Database
from grants.ui.context import AppContext
from grants.ui.forms import ENTITIES, actions_for, open_record
from grants.ui.forms.base import is_editable

SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens"


@pytest.fixture(autouse=True)
def no_modal_prompt(monkeypatch):  # type: ignore[no-untyped-def]
    from grants.ui.forms.base import FormDialog

    monkeypatch.setattr(FormDialog, "ask_unsaved", lambda self: "discard")


def build(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """One record of each entity, through the services: a grant paid, justified, with a claim."""
    from grants.models.enums import ExpenseCategory, OpinionKind, PaymentKind
    from grants.services import grants as g
    from grants.services import justifications as j
    from grants.services import payments as p
    from grants.services import programmes as pr
    from grants.services.beneficiaries import BeneficiaryInput, save_beneficiary
    from grants.services.budget import save_budget_line
    from grants.services.records import grant_detail

    bid = save_beneficiary(db, BeneficiaryInput(name_fr="ASBL Lecture", category="asbl_private"))
    lid = save_budget_line(db, 2024, "33.001.00.01", "Subsides ASBL", Decimal("100000"), Decimal("100000"))
    prog = pr.save_programme(db, pr.ProgrammeInput("Call 2024", "call_for_projects", 2024))
    app = pr.register_application(db, prog, bid, "Project", Decimal("3000"), dt.date(2024, 1, 10))
    gid = g.create_grant(db, g.GrantInput(bid, lid, "Project", Decimal("3000"), [("1.4", Decimal(100))],
                                          advance_share=Decimal(80), period_start=dt.date(2024, 1, 1),
                                          period_end=dt.date(2024, 12, 31),
                                          justification_deadline=dt.date(2025, 3, 31),
                                          required_documents="Rapport d'activités ; factures"))
    for kind in grant_detail(db, gid).opinions_required:
        g.add_opinion(db, gid, OpinionKind(kind), dt.date(2024, 2, 1))
    g.record_decision(db, gid, "AM-1", dt.date(2024, 2, 10))
    g.commit_grant(db, gid, dt.date(2024, 2, 12))
    pid = p.prepare_payment(db, gid, dt.date(2024, 2, 20), Decimal("2400"), PaymentKind.ADVANCE)
    p.approve_payment(db, pid)
    j.receive_justification(db, gid, dt.date(2024, 12, 1), [j.ExpenseLine(ExpenseCategory.STAFF, Decimal("2000"),
                                                                          Decimal("2000"))])
    claim = j.settle(db, gid, dt.date(2024, 12, 5)).claim_id
    return {"beneficiary": bid, "budget_line": lid, "programme": prog, "application": app, "grant": gid,
            "payment": pid, "recovery_claim": claim}


def test_every_form_read_only(db, qtbot):
    ids = build(db)
    ro = Database(db.url, read_only=True, user="auditor")
    ctx = AppContext(ro, lang="en")
    try:
        for entity in ENTITIES:
            form = open_record(ctx, entity, ids[entity])  # deletes itself when closed
            assert form.banner.isVisible(), entity
            editable = [w.objectName() or type(w).__name__ for w in form.edit_controls if is_editable(w)]
            assert editable == [], (entity, editable)
            for a in actions_for(ctx, entity, [ids[entity]], form):
                assert a.isEnabled() == (a.objectName() == "open"), (entity, a.text())
            form.close()
        form = open_record(ctx, "grant", ids["grant"])
        qtbot.addWidget(form)
        assert form.start("refund") is None  # nothing can be started either
        SCREENS.mkdir(parents=True, exist_ok=True)
        form.grab().save(str(SCREENS / "forms_grant_read_only.png"))
    finally:
        ro.dispose()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, backend):  # type: ignore[no-untyped-def]
    """The demo database (a copy, on the tests' backend) for the module, as the demo's officer."""
    url = backend.demo(tmp_path_factory.mktemp("demo"))
    db = Database(url, user="demo.officer")
    yield db
    db.dispose()
    backend.drop(url)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_screenshots_of_every_form(demo_db, qtbot, lang):
    from grants.models.enums import GrantStatus
    from grants.services import records
    from grants.ui import translation

    translation.install(lang)
    try:
        ctx = AppContext(demo_db, lang=lang)
        SCREENS.mkdir(parents=True, exist_ok=True)
        grants = {st: records.grant_options(demo_db, [st]) for st in GrantStatus}
        shots = {"beneficiary": records.beneficiary_options(demo_db)[0].id,
                 "budget_line": records.budget_line_options(demo_db)[0].id,
                 "programme": records.programme_options(demo_db)[0].id,
                 "grant": (grants[GrantStatus.ADVANCE_PAID] or grants[GrantStatus.CLOSED])[0].id}
        for entity, rid in shots.items():
            form = open_record(ctx, entity, rid)
            qtbot.wait(10)
            form.grab().save(str(SCREENS / f"forms_{entity}_{lang}.png"))
            form.close()
        form = open_record(ctx, "grant", None)
        form.grab().save(str(SCREENS / f"forms_grant_new_{lang}.png"))
        form.close()
        g = records.grant_detail(demo_db, shots["grant"])
        from grants.ui.forms.workflows import JustificationDialog, PaymentDialog

        for name, dlg in (("justification", JustificationDialog(ctx, g)), ("payment", PaymentDialog(ctx, g))):
            qtbot.addWidget(dlg)
            dlg.show()
            dlg.grab().save(str(SCREENS / f"forms_{name}_{lang}.png"))
            dlg.close()
    finally:
        translation.install("en")


def test_open_form_follows_a_language_switch(qtbot, db):
    """A form with no unsaved change reopens in the new language; one being edited keeps its text."""
    from PySide6.QtWidgets import QApplication

    from grants.models import Category
    from grants.services.beneficiaries import BeneficiaryInput, save_beneficiary
    from grants.ui import forms, translation
    from grants.ui.context import AppContext

    bid = save_beneficiary(db, BeneficiaryInput(name_fr="Bulle", name_nl="Bulle", category=Category.ASBL_PRIVATE))
    ctx = AppContext(db, lang="en")
    form = forms.open_record(ctx, "beneficiary", bid, None)
    assert not form.dirty
    title_en = form.windowTitle()
    try:
        translation.install("fr")
        ctx.lang = "fr"
        ctx.language_changed.emit("fr")
        qtbot.waitUntil(lambda: any(w.isVisible() and w.windowTitle() != title_en
                                    for w in QApplication.topLevelWidgets() if hasattr(w, "record_id")), timeout=5000)
    finally:
        translation.install("en")
        for w in QApplication.topLevelWidgets():
            if hasattr(w, "record_id"):
                w.dirty = False
                w.close()
