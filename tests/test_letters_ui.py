"""The grant form's Letter… menu and its Documents sent tab, with real widgets, on the demo data."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from grants.models import Grant
from grants.services.database import Database
from grants.ui.context import AppContext
from grants.ui.forms import open_record
from grants.ui.tasks import Operation

SCREENS = Path(__file__).resolve().parent.parent / "out" / "screens"
CLAIM_GRANT = "G-2023-AAP-18"


@pytest.fixture(autouse=True)
def no_modal_prompt(monkeypatch: pytest.MonkeyPatch) -> None:
    from grants.ui.forms.base import FormDialog

    monkeypatch.setattr(FormDialog, "ask_unsaved", lambda self: "discard")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


@pytest.fixture(autouse=True)
def english_afterwards():  # type: ignore[no-untyped-def]
    yield
    from grants.ui import translation

    translation.install("en")


@pytest.fixture
def demo(demo_url: str):  # type: ignore[no-untyped-def]
    db = Database(demo_url, user="tester")
    yield db
    db.dispose()


def _grant_id(db: Database, ref: str) -> int:
    with db.reading() as s:
        gid = s.scalar(select(Grant.id).where(Grant.ref == ref))
    assert gid is not None
    return gid


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_letter_menu_writes_and_records_the_letter(qtbot, demo, tmp_path, monkeypatch, lang) -> None:  # type: ignore[no-untyped-def]
    from grants.ui import translation

    translation.install(lang)
    shown: list[str] = []
    monkeypatch.setattr("grants.ui.errors.show_information", lambda parent, title, text: shown.append(text))
    ctx = AppContext(demo, lang=lang)
    form = open_record(ctx, "grant", _grant_id(demo, CLAIM_GRANT))
    qtbot.addWidget(form)
    form.resize(1280, 800)
    form.show()
    assert form.letter_button.isVisible()
    kinds = [a.objectName() for a in form.letter_menu.actions()]
    assert "letter_recovery" in kinds and "letter_reminder" in kinds and "letter_decision" in kinds
    assert "letter_closure" not in kinds and "letter_balance" not in kinds  # the status does not allow them
    sent = form.tables["sent"]
    assert sent.rowCount() == 0

    out = tmp_path / "recovery.docx"
    monkeypatch.setattr(form, "choose_letter_file", lambda kind: str(out))
    action = next(a for a in form.letter_menu.actions() if a.objectName() == "letter_recovery")
    action.trigger()
    qtbot.waitUntil(lambda: sent.rowCount() == 1, timeout=20000)
    assert shown and str(out) in shown[-1]
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert CLAIM_GRANT in text and "+++240/0000/00206+++" in text
    assert sent.item(0, 4).text() == "recovery.docx"
    assert len(sent.item(0, 6).text()) == 64
    form.tabs.setCurrentWidget(form.tables["sent"])
    qtbot.wait(200)
    SCREENS.joinpath(lang).mkdir(parents=True, exist_ok=True)
    assert form.grab().save(str(SCREENS / lang / "grant_documents_sent.png"))
    form.letter_menu.popup(form.letter_button.mapToGlobal(form.letter_button.rect().bottomLeft()))
    qtbot.wait(200)
    assert form.letter_menu.grab().save(str(SCREENS / lang / "grant_letter_menu.png"))
    form.letter_menu.hide()


def test_no_letter_on_a_draft_and_only_allowed_kinds_once_decided(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    import builders as B

    gid = B.grant(db, B.beneficiary(db), B.line(db))
    ctx = AppContext(db, lang="fr")
    form = open_record(ctx, "grant", gid)
    qtbot.addWidget(form)
    form.show()
    assert not form.letter_button.isVisible() and form.letter_menu.actions() == []
    B.decide(db, gid)
    ctx.notify(Operation(None, frozenset({"grant"})))
    qtbot.waitUntil(lambda: form.letter_button.isVisible())
    assert [a.objectName() for a in form.letter_menu.actions()] == ["letter_decision", "letter_convention"]


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_programme_letters_to_all(qtbot, demo, tmp_path, monkeypatch, lang) -> None:  # type: ignore[no-untyped-def]
    from grants.models import Programme, SentDocument
    from grants.ui import translation

    translation.install(lang)
    shown: list[str] = []
    monkeypatch.setattr("grants.ui.errors.show_information", lambda parent, title, text: shown.append(text))
    with demo.reading() as s:
        pid = s.scalar(select(Programme.id).where(Programme.ref == "AAP-2024"))
    form = open_record(AppContext(demo, lang=lang), "programme", pid)
    qtbot.addWidget(form)
    form.resize(1280, 800)
    form.show()
    assert form.letters_button.isVisible()
    from grants.ui.tasks import wait_idle

    assert wait_idle()  # the kinds the grants' status allows are read in the task runner
    kinds = [a.objectName() for a in form.letters_menu.actions()]
    assert {"letters_decision", "letters_notification", "letters_advance", "letters_convention"} <= set(kinds)
    assert "letters_reminder" not in kinds and "letters_closure" not in kinds  # none closed in AAP-2024
    counts = {k: len(v) for k, v in form.letter_grants.items()}
    assert counts["convention"] < counts["decision"]  # only above the Government-decision threshold
    action = next(a for a in form.letters_menu.actions() if a.objectName() == "letters_decision")
    assert action.text().endswith(f"({counts['decision']})")
    out = tmp_path / "decisions"
    out.mkdir()
    monkeypatch.setattr(form, "choose_letters_folder", lambda: str(out))
    next(a for a in form.letters_menu.actions() if a.objectName() == "letters_decision").trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=60000)
    files = list(out.glob("decision_*.docx"))
    assert files and (out / "index.xlsx").exists()
    assert str(len(files)) in shown[-1] and str(out) in shown[-1]
    with demo.reading() as s:
        assert len(list(s.scalars(select(SentDocument.id)))) == len(files)
    SCREENS.joinpath(lang).mkdir(parents=True, exist_ok=True)
    assert form.grab().save(str(SCREENS / lang / "programme_letters.png"))


def test_programme_letters_cancelled_keep_nothing(qtbot, demo, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from grants.models import Programme, SentDocument
    from grants.ui import tasks

    errors_seen: list[BaseException] = []
    monkeypatch.setattr(tasks, "default_on_error", lambda parent, exc: errors_seen.append(exc))
    with demo.reading() as s:
        pid = s.scalar(select(Programme.id).where(Programme.ref == "AAP-2024"))
    form = open_record(AppContext(demo, lang="fr"), "programme", pid)
    qtbot.addWidget(form)
    form.show()
    out = tmp_path / "decisions"
    task = form.write_letters("decision", str(out))
    task.cancel()
    qtbot.waitUntil(lambda: task.done, timeout=60000)
    from grants.services.errors import Cancelled

    assert isinstance(task.error, Cancelled)
    assert not out.exists() and not list(tmp_path.glob(".*part*"))
    with demo.reading() as s:
        assert list(s.scalars(select(SentDocument.id))) == []


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_reminders_due_in_two_clicks_from_the_work_lists(qtbot, demo, tmp_path, monkeypatch, lang) -> None:  # type: ignore[no-untyped-def]
    """Click "Send the reminders due…", choose a folder: one reminder per late justification and open
    claim past due (the days the work lists count at), index.xlsx, recorded; the lists then show them."""
    import openpyxl

    from grants.models import SentDocument
    from grants.services.as_of import today as counting_day
    from grants.services.letters import due_reminders
    from grants.ui import translation
    from grants.ui.tasks import wait_idle
    from grants.ui.worklists import WorkListsPage

    translation.install(lang)
    opened: list[str] = []
    monkeypatch.setattr(WorkListsPage, "open_folder", lambda self, folder: opened.append(folder) or True)
    ctx = AppContext(demo, lang=lang)
    page = WorkListsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    assert wait_idle()
    expected = due_reminders(demo, counting_day(demo))
    assert expected  # the demo has late justifications or claims to chase
    overdue = page.lists["overdue"]
    assert not overdue.view.isColumnHidden(7)
    assert all(overdue.model.item(r, 7).text() == "" for r in range(overdue.model.rowCount()))

    out = tmp_path / "reminders"
    monkeypatch.setattr(page, "choose_reminders_folder", lambda: str(out))
    qtbot.mouseClick(page.reminders_button, Qt.MouseButton.LeftButton)  # click 1; the folder dialog is click 2
    qtbot.waitUntil(lambda: page.result_box is not None, timeout=60000)
    files = sorted(out.glob("reminder_*.docx"))
    assert len(files) == len(expected)
    assert page.result_box is not None and str(out) in page.result_box.text()
    assert str(len(files)) in page.result_box.text()
    sheet = openpyxl.load_workbook(out / "index.xlsx").active
    assert sheet is not None and sheet.max_row == len(files) + 1
    with demo.reading() as s:
        assert len(list(s.scalars(select(SentDocument.id).where(SentDocument.kind == "reminder")))) == len(files)
    text = "\n".join(p.text for p in docx.Document(str(files[0])).paragraphs)
    assert files[0].name.split("_")[1] in text  # the grant's reference

    assert wait_idle()  # the lists reloaded after the changed signal: the last reminder shows
    qtbot.waitUntil(lambda: any(overdue.model.item(r, 7).text() for r in range(overdue.model.rowCount()))
                    or overdue.model.rowCount() == 0, timeout=20000)
    from grants.i18n import format_date

    if overdue.model.rowCount():
        late = {r.ref for r in overdue.rows} & set(expected)
        for r, row in enumerate(overdue.rows):
            if row.ref in late:
                assert overdue.model.item(r, 7).text() == format_date(counting_day(demo), lang)
    open_button = next(b for b in page.result_box.buttons() if b.objectName() == "openFolder")
    SCREENS.joinpath(lang).mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SCREENS / lang / "worklists_reminders.png"))
    assert page.result_box.grab().save(str(SCREENS / lang / "worklists_reminders_written.png"))
    open_button.click()
    assert opened == [str(out)]


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_programme_menu_offers_what_the_status_allows_and_writes_those(qtbot, demo, tmp_path, monkeypatch,  # type: ignore[no-untyped-def]
                                                                        lang) -> None:
    """The notification and the advance letters go to the grants whose status allows them; the
    conventions only to the grants above the Government-decision threshold."""
    from grants.models import Programme, SentDocument
    from grants.ui import translation
    from grants.ui.tasks import wait_idle

    translation.install(lang)
    shown: list[str] = []
    monkeypatch.setattr("grants.ui.errors.show_information", lambda parent, title, text: shown.append(text))
    with demo.reading() as s:
        pid = s.scalar(select(Programme.id).where(Programme.ref == "AAP-2024"))
    form = open_record(AppContext(demo, lang=lang), "programme", pid)
    qtbot.addWidget(form)
    form.resize(1280, 800)
    form.show()
    assert wait_idle()
    for kind in ("convention", "advance"):
        out = tmp_path / kind
        monkeypatch.setattr(form, "choose_letters_folder", lambda out=out: str(out))
        next(a for a in form.letters_menu.actions() if a.objectName() == f"letters_{kind}").trigger()
        qtbot.waitUntil(lambda out=out: str(out) in (shown[-1] if shown else ""), timeout=60000)
        assert sorted(p.name.split("_")[1] for p in out.glob(f"{kind}_*.docx")) == sorted(form.letter_grants[kind])
        assert wait_idle()
    with demo.reading() as s:
        assert len(list(s.scalars(select(SentDocument.id).where(SentDocument.kind == "convention")))) == len(
            form.letter_grants["convention"])
    SCREENS.joinpath(lang).mkdir(parents=True, exist_ok=True)
    form.letters_menu.popup(form.letters_button.mapToGlobal(form.letters_button.rect().bottomLeft()))
    qtbot.wait(200)
    assert form.letters_menu.grab().save(str(SCREENS / lang / "programme_letters_menu.png"))
    form.letters_menu.hide()


def test_grants_list_has_an_optional_documents_sent_column(qtbot, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from grants.reports.letters import produce_letter
    from grants.ui.list_page import ListPage
    from grants.ui.settings import Settings
    from grants.ui.tasks import wait_idle

    produce_letter(demo, CLAIM_GRANT, "recovery", tmp_path / "r.docx")
    produce_letter(demo, CLAIM_GRANT, "decision", tmp_path / "d.docx")
    ctx = AppContext(demo, lang="fr")
    ctx.settings = Settings(tmp_path / "settings.ini")
    page = ListPage(ctx, "grant")
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.ensure_loaded()
    assert wait_idle()
    assert "documents" not in page.visible_columns()  # off by default
    page.set_column_visible("documents", True)
    page.clear_extra_filters()
    assert wait_idle()
    refs, docs = page.model.column_of("ref"), page.model.column_of("documents")
    counts = {page.model.index(r, refs).data(): page.model.index(r, docs).data() for r in range(page.model.rowCount())}
    assert counts[CLAIM_GRANT] == "2"
    assert {v for k, v in counts.items() if k != CLAIM_GRANT} <= {"0", ""}
