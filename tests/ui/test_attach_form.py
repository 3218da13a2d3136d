"""The grant form's attachments tab: add a file (refused, then kept), open it, save a copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from grants.services import attachments
from grants.ui.context import AppContext
from grants.ui.forms import open_record

LEFT = Qt.MouseButton.LeftButton
SCREENS = Path(__file__).resolve().parents[2] / "out" / "screens"


@pytest.fixture(autouse=True)
def no_modal_prompt(monkeypatch):  # type: ignore[no-untyped-def]
    from grants.ui.forms.base import FormDialog

    monkeypatch.setattr(FormDialog, "ask_unsaved", lambda self: "discard")


def test_files_are_added_opened_and_saved_from_the_grant_form(qtbot, db, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    import builders as B

    _, _, gid = B.committed_grant(db)
    ctx = AppContext(db, lang="fr")
    form = open_record(ctx, "grant", gid)
    qtbot.addWidget(form)
    form.show()
    panel = form.attachments
    form.tabs.setCurrentWidget(panel)
    assert form.tabs.tabText(form.tabs.currentIndex()) == "Attachments (0)"
    assert panel.add_button.isEnabled() and not panel.open_button.isEnabled()

    qtbot.mouseClick(panel.add_button, LEFT)
    dialog = panel.active_dialog
    assert dialog is not None and dialog.isVisible()
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == list(attachments.KINDS)
    empty = tmp_path / "vide.pdf"
    empty.write_bytes(b"")
    dialog.file.setText(str(empty))
    qtbot.mouseClick(dialog.ok_button, LEFT)  # refused under the field, nothing saved
    qtbot.waitUntil(lambda: "file" in dialog.problem_texts())
    assert dialog.isVisible() and attachments.attachments(db, gid) == []

    conv = tmp_path / "convention signée.pdf"
    conv.write_bytes(b"%PDF-1.4 signed " * 200)
    dialog.file.setText(str(conv))
    dialog.kind.setCurrentIndex(dialog.kind.findData("signed_convention"))
    qtbot.keyClicks(dialog.note, "signed 12/02")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: panel.active_dialog is None)
    rows = attachments.attachments(db, gid)
    assert [(r.file_name, r.kind, r.note) for r in rows] == [("convention signée.pdf", "signed_convention", "signed 12/02")]
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    assert [panel.table.item(0, c).text() for c in range(4)] == ["convention signée.pdf", "Signed convention",
                                                                  "3,1 Ko", "tester"]
    assert form.tabs.tabText(form.tabs.indexOf(panel)) == "Attachments (1)"

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    panel.table.selectRow(0)
    assert panel.open_button.isEnabled()
    qtbot.mouseClick(panel.open_button, LEFT)
    qtbot.waitUntil(lambda: bool(opened))
    assert Path(opened[0]).name == "convention signée.pdf" and Path(opened[0]).read_bytes() == conv.read_bytes()

    out = tmp_path / "copie.pdf"
    task = panel.save_selected(str(out))
    qtbot.waitUntil(lambda: task.done)
    assert out.read_bytes() == conv.read_bytes()


def test_read_only_form_lists_files_but_adds_none(qtbot, db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import builders as B

    from grants.services.database import Database

    _, _, gid = B.committed_grant(db)
    f = tmp_path / "rapport.pdf"
    f.write_bytes(b"report")
    attachments.attach(db, gid, f, "activity_report")
    ro = Database(db.url, read_only=True)
    try:
        form = open_record(AppContext(ro, lang="fr"), "grant", gid)
        qtbot.addWidget(form)
        form.show()
        assert form.attachments.table.rowCount() == 1 and not form.attachments.add_button.isEnabled()
        assert form.attachments.add() is None
    finally:
        ro.dispose()


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_a_draft_keeps_its_files_too_and_open_copies_go_at_exit(qtbot, db, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """The application's documents are kept on the draft (beside the measures); once decided the same
    panel is in the Attachments tab. "Open" copies live in one session folder, removed at exit."""
    import builders as B

    from grants.ui import translation
    from grants.ui.forms import attachments as panel_module

    translation.install(lang)
    try:
        gid = B.grant(db, B.beneficiary(db), B.line(db))
        ctx = AppContext(db, lang=lang)
        form = open_record(ctx, "grant", gid)
        qtbot.addWidget(form)
        form.resize(1280, 800)
        form.show()
        panel = form.attachments
        assert form.draft_attachments_box.isVisible() and panel.isVisible()
        assert form.tabs.indexOf(panel) < 0 and panel.add_button.isEnabled()
        app_file = tmp_path / "demande.pdf"
        app_file.write_bytes(b"%PDF application " * 50)
        attachments.attach(db, gid, app_file, "other")
        form.load()
        assert panel.table.rowCount() == 1 and "(1)" in form.draft_attachments_box.title()

        opened: list[str] = []
        monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
        panel.table.selectRow(0)
        qtbot.mouseClick(panel.open_button, LEFT)
        qtbot.waitUntil(lambda: bool(opened))
        session = panel_module.session_folder()
        assert Path(opened[0]).is_file() and Path(session) in Path(opened[0]).parents
        SCREENS.joinpath(lang).mkdir(parents=True, exist_ok=True)
        assert form.grab().save(str(SCREENS / lang / "grant_draft_attachments.png"))

        B.decide(db, gid)
        form.load()
        assert not form.draft_attachments_box.isVisible() and form.tabs.indexOf(panel) >= 0
        assert form.tabs.tabText(form.tabs.indexOf(panel)).endswith("(1)")
        assert form.tabs.indexOf(panel) == form.tabs.indexOf(form.project) - 1

        panel_module.remove_session_folder()  # what aboutToQuit / atexit run
        assert not Path(session).exists() and not Path(opened[0]).exists()
    finally:
        translation.install("en")
