"""French and Dutch translations: every message translated, placeholders kept, the .qm files used.

The catalogues resources/translations/grants_{fr,nl}.ts are the only source of the translations
(refreshed by update.sh: lupdate, then lrelease); the compiled .qm files are what the application
loads (grants.i18n for service messages and reports, grants.ui.translation for the screens).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGS = ("fr", "nl")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%[1-9]|%s")


def messages(lang: str, folder: Path = TRANSLATIONS):  # type: ignore[no-untyped-def]
    """(context, source, [translations], unfinished, numerus) of every message of the catalogue."""
    root = ET.parse(folder / f"grants_{lang}.ts").getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            assert tr is not None
            forms = tr.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [tr.text or ""]
            yield name, msg.findtext("source") or "", texts, tr.get("type") == "unfinished", msg.get("numerus") == "yes"


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang: str) -> None:
    all_messages = list(messages(lang))
    assert len(all_messages) > 500  # the whole application, not a sample
    untranslated = [(c, s) for c, s, texts, unfinished, _ in all_messages if unfinished or not all(t.strip() for t in texts)]
    assert untranslated == []


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_are_kept(lang: str) -> None:
    lost = []
    for context, source, texts, _, numerus in messages(lang):
        want = sorted(PLACEHOLDER.findall(source))
        for text in texts:
            if sorted(PLACEHOLDER.findall(text)) != want:
                lost.append((context, source, text))
            if numerus and "%n" in source and "%n" not in text:
                lost.append((context, source, text))
            if source.count("\n") != text.count("\n"):
                lost.append((context, source, text))
    assert lost == []


@pytest.mark.parametrize("lang", LANGS)
def test_accelerators_are_kept_one_per_text(lang: str) -> None:
    def count(text: str) -> int:
        return len(re.findall(r"&(?!&)", text.replace("&&", "")))

    bad = [(c, s, t) for c, s, texts, _, _ in messages(lang) for t in texts
           if (count(s) and count(t) != 1) or (not count(s) and count(t))]
    assert bad == []


def test_the_two_catalogues_hold_the_same_messages() -> None:
    def keys(lang: str) -> set[tuple[str, str]]:
        return {(c, s) for c, s, *_ in messages(lang)}

    assert keys("fr") == keys("nl")


def _tool(name: str) -> str:
    found = Path(sys.executable).parent / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def _lupdate_into(folder: Path) -> None:
    """What update.sh does, on copies of the catalogues in ``folder``."""
    for lang in (*LANGS, "en"):
        shutil.copy(TRANSLATIONS / f"grants_{lang}.ts", folder / f"grants_{lang}.ts")
    sources = sorted(str(p) for p in (ROOT / "grants").rglob("*.py"))
    lupdate = [_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete"]
    subprocess.run([*lupdate, *sources, "-ts", *(str(folder / f"grants_{lang}.ts") for lang in LANGS)],
                   check=True, capture_output=True, text=True)
    subprocess.run([*lupdate, "-pluralonly", "-target-language", "en_GB", *sources, "-ts", str(folder / "grants_en.ts")],
                   check=True, capture_output=True, text=True)


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("ts")
    _lupdate_into(folder)
    return folder


@pytest.mark.parametrize("lang", (*LANGS, "en"))
def test_lupdate_finds_no_new_or_unfinished_message(refreshed: Path, lang: str) -> None:
    """pyside6-lupdate over the code: every marked text is in the catalogue, translated.

    A failure lists the texts to translate: run resources/translations/update.sh, translate the
    unfinished messages (Qt Linguist, or fold.py with a catalogue file), run update.sh again."""
    committed = {(c, s) for c, s, *_ in messages(lang)}
    fresh = list(messages(lang, refreshed))
    new = sorted((c, s) for c, s, *_ in fresh if (c, s) not in committed)
    unfinished = sorted((c, s) for c, s, texts, unf, _ in fresh if unf or not all(t.strip() for t in texts))
    assert new == [], "texts marked in the code but missing from the catalogue (run update.sh)"
    assert unfinished == [], "texts not translated yet"
    gone = sorted(committed - {(c, s) for c, s, *_ in fresh})
    assert gone == [], "texts no longer in the code (run update.sh)"


@pytest.mark.parametrize("lang", (*LANGS, "en"))
def test_the_qm_files_are_compiled_from_the_ts_files(tmp_path: Path, lang: str) -> None:
    qm = tmp_path / f"grants_{lang}.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TRANSLATIONS / f"grants_{lang}.ts"), "-qm", str(qm)],
                   check=True, capture_output=True, text=True)
    assert qm.read_bytes() == (TRANSLATIONS / f"grants_{lang}.qm").read_bytes(), "run update.sh"


@pytest.mark.parametrize("lang", LANGS)
def test_plurals_have_their_forms(lang: str) -> None:
    """A text with %n counts something: it is a numerus message with a singular and a plural."""
    flat = [(c, s) for c, s, texts, _, numerus in messages(lang) if "%n" in s and not numerus]
    assert flat == []
    for c, s, texts, _, numerus in messages(lang):
        if numerus:
            assert len(texts) == 2, (c, s, texts)  # French and Dutch: singular, plural


@pytest.mark.parametrize(("lang", "one", "three"), [
    ("fr", "après 1 rappel (le 01/02/2024)", "après 3 rappels (le dernier le 01/02/2024)"),
    ("nl", "na 1 herinnering (op 01/02/2024)", "na 3 herinneringen (de laatste op 01/02/2024)"),
    ("en", "after 1 reminder (last on 01/02/2024)", "after 3 reminders (last on 01/02/2024)"),
])
def test_a_count_below_the_ui_is_said_in_the_singular_or_plural(lang: str, one: str, three: str) -> None:
    import datetime as dt
    from decimal import Decimal

    from grants.services.audit_checks import CheckResult, Fault

    def fault(n: int) -> Fault:
        return Fault("recovery_claim", 1, "R-1", "{left} of {amount} still due since {due}, not collected after "
                     "%n reminder(s) (last on {last})",
                     {"left": Decimal(5), "amount": Decimal(10), "due": dt.date(2024, 1, 1), "n": n,
                      "last": dt.date(2024, 2, 1)})

    assert fault(1).reason(lang).endswith(one)
    assert fault(3).reason(lang).endswith(three)
    checked = {"fr": "1 enregistrement contrôlé", "nl": "1 record gecontroleerd", "en": "1 record checked"}
    assert CheckResult(1, "k", "Order of acts: decision, commitment, notification, first payment", 1).line(lang) \
        .endswith(checked[lang])


@pytest.mark.parametrize(("lang", "rule", "ui"), [
    ("fr", "Numéro d'entreprise (BCE)\u00a0: {value} n'est pas un numéro d'entreprise belge valide",
     ("MainWindow", "&File", "&Fichier")),
    ("nl", "Ondernemingsnummer (KBO): {value} is geen geldig Belgisch ondernemingsnummer",
     ("MainWindow", "&File", "&Bestand")),
])
def test_qm_files_load_and_translate(lang: str, rule: str, ui: tuple[str, str, str]) -> None:
    from PySide6.QtCore import QTranslator

    t = QTranslator()
    assert t.load(f"grants_{lang}", str(TRANSLATIONS))
    source = ("Enterprise number (BCE): {value} is not a valid Belgian enterprise number "
              "(10 digits, modulo-97 key)")
    assert t.translate("rules", source).startswith(rule)
    context, text, expected = ui
    assert t.translate(context, text) == expected
    one, many = {"fr": ("%n ligne", "%n lignes"), "nl": ("%n rij", "%n rijen")}[lang]
    assert t.translate("ListPage", "%n row(s)", "", 1) == one
    assert t.translate("ListPage", "%n row(s)", "", 3) == many


@pytest.mark.parametrize(("lang", "expected", "label"), [
    ("fr", "Bénéficiaires, ligne 4, colonne bce\u00a0: 0403.019.262 n'est pas", "Numéro d'entreprise (BCE)\u00a0: 0403.019.262"),
    ("nl", "Bénéficiaires, rij 4, kolom bce: 0403.019.262 is geen geldig", "Ondernemingsnummer (KBO): 0403.019.262"),
])
def test_service_refusal_is_rendered_in_the_users_language(lang: str, expected: str, label: str) -> None:
    from grants.i18n import render_problem
    from grants.services.errors import RuleError
    from grants.services.validators import check_bce

    with pytest.raises(RuleError) as refused:
        check_bce("0403.019.262")
    assert render_problem(refused.value.problems[0], lang).startswith(label)  # a form: the field's label
    problem = refused.value.problems[0].located("Bénéficiaires", 4, "bce")  # a cell: its column names it
    assert render_problem(problem, lang).startswith(expected)
    assert render_problem(problem, "en").startswith("Bénéficiaires, row 4, column bce: 0403.019.262 is not ")


@pytest.fixture
def french(qapp):  # type: ignore[no-untyped-def]
    from grants.ui import translation

    assert translation.install("fr")
    yield
    translation.install("en")


def test_texts_marked_in_a_context_are_translated_at_run_time(french) -> None:  # type: ignore[no-untyped-def]
    """Forms, labels, list columns and work lists mark their texts in a fixed context
    (QCoreApplication.translate / QT_TRANSLATE_NOOP), looked up in the same context when shown."""
    from PySide6.QtCore import QCoreApplication

    from grants.ui.forms.labels import label
    from grants.ui.labels import value_label

    assert QCoreApplication.translate("Forms", "Save the draft") == "Enregistrer le brouillon"
    assert label("draft") == "Brouillon"
    assert label("open") == "Ouverte"
    assert value_label("committed") == "Engagée"
    assert QCoreApplication.translate("lists", "Beneficiary") == "Bénéficiaire"
    assert QCoreApplication.translate("WorkListsPage", "Payments to approve") == "Paiements à approuver"


def test_a_class_tr_uses_the_class_name_as_context(french) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QObject

    class ListPage(QObject):
        def text(self) -> str:
            return self.tr("Copy")

    assert ListPage().text() == "Copier"


def test_the_beneficiary_form_speaks_french(french, db, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from grants.ui.context import AppContext
    from grants.ui.forms import open_record
    from grants.ui.forms.base import FormDialog

    monkeypatch.setattr(FormDialog, "ask_unsaved", lambda self: "discard")
    form = open_record(AppContext(db, lang="fr"), "beneficiary", None)
    qtbot.addWidget(form)
    assert form.windowTitle().startswith("Nouveau bénéficiaire")
    assert form.save_button.text() == "Enregistrer"
    qtbot.keyClicks(form.name_fr, "ASBL Quartiers Solidaires")
    qtbot.keyClicks(form.bce, "0403.019.262")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "n'est pas un numéro d'entreprise belge valide" in form.problem_texts()["bce"]
