"""Installing Qt translators for the user's language (our .qm files and Qt's own qtbase)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def translations_dir() -> str:
    from importlib.resources import files

    return str(files("grants.resources") / "translations")


def install(lang: str) -> bool:
    """Replace the installed translators by those of ``lang`` (fr, nl, en). Widgets receive
    QEvent.LanguageChange and re-translate. Returns whether our own .qm file was found."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    QLocale.setDefault(QLocale({"fr": QLocale.Language.French, "nl": QLocale.Language.Dutch}.get(
        lang, QLocale.Language.English), QLocale.Country.Belgium if lang in ("fr", "nl") else QLocale.Country.UnitedKingdom))
    found = False
    if lang == "en":  # only the plural forms ("1 row", "3 rows"): the source texts are English
        plurals = QTranslator(app)
        if plurals.load("grants_en", translations_dir()):
            app.installTranslator(plurals)
            _installed.append(plurals)
    else:
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        ours = QTranslator(app)
        if ours.load(f"grants_{lang}", translations_dir()):
            app.installTranslator(ours)
            _installed.append(ours)
            found = True
        else:
            log.info("no translation file grants_%s.qm yet: English texts shown", lang)
    if lang == "en" or not found:
        # No translator changed: still tell the widgets, so that formats (amounts) follow.
        from PySide6.QtCore import QEvent

        for w in _top_levels():
            QCoreApplication.sendEvent(w, QEvent(QEvent.Type.LanguageChange))
    return found


def _top_levels() -> list:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    return list(app.topLevelWidgets()) if isinstance(app, QApplication) else []
