"""grants.i18n.qm reads the .qm catalogues exactly as QtCore's QTranslator does: every message of
every catalogue (its context, source and comment, plural forms for counts), and texts that are not
there (other contexts, other comments, unknown texts) compared through both."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from grants import i18n
from grants.i18n.qm import QmCatalogue, elf_hash, numerus_form

DIR = Path(i18n.translations_dir())
COUNTS = [*range(0, 130), 999, 1000, 1001, 1999, 2000, 10**6, 10**6 + 1, 2**31 - 1]


def _messages(lang: str) -> list[tuple[str, str, str | None, bool]]:
    """(context, source, comment, numerus) of each message of the .ts catalogue."""
    out = []
    for ctx in ET.parse(DIR / f"grants_{lang}.ts").getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            out.append((name, m.findtext("source") or "", m.findtext("comment"), m.get("numerus") == "yes"))
    return out


@pytest.fixture(scope="module")
def qt():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTranslator

    translators = {}
    for lang in ("fr", "nl", "en"):
        t = QTranslator()
        assert t.load(f"grants_{lang}", str(DIR))
        translators[lang] = t
    return translators


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_every_message_as_qtranslator(qt, lang: str) -> None:  # type: ignore[no-untyped-def]
    ours = QmCatalogue.load(DIR / f"grants_{lang}.qm")
    theirs = qt[lang]
    messages = _messages(lang)
    assert len(messages) > (10 if lang == "en" else 1000)
    compared = 0
    for context, source, comment, numerus in messages:
        for c in {comment, None}:
            for n in (COUNTS if numerus else [-1]):
                assert ours.translate(context, source, c, n) == theirs.translate(context, source, c, n), \
                    (lang, context, source, c, n)
                compared += 1
        # the same text in another context, with another comment, or altered
        for ctx, src, com in ((context + "X", source, comment), ("", source, comment), (context, source + " ", comment),
                              (context, source, "other"), (context, source.upper(), None)):
            assert ours.translate(ctx, src, com, -1) == theirs.translate(ctx, src, com, -1), (lang, ctx, src, com)
            compared += 1
    assert compared > len(messages)


def test_odd_lookups_as_qtranslator(qt) -> None:  # type: ignore[no-untyped-def]
    ours = QmCatalogue.load(DIR / "grants_fr.qm")
    for context, source, comment, n in [("", "", None, -1), ("rules", "", None, -1), ("nope", "nothing", None, -1),
                                        ("rules", "é€ unicode ☃", None, 3), ("labels", "Total", "", -1)]:
        assert ours.translate(context, source, comment, n) == qt["fr"].translate(context, source, comment, n)


def test_numerus_rules() -> None:
    fr, nl = (QmCatalogue.load(DIR / f"grants_{lang}.qm").numerus_rules for lang in ("fr", "nl"))
    assert [numerus_form(n, fr) for n in (0, 1, 2, 5)] == [0, 0, 1, 1]  # French: 0 and 1 singular
    assert [numerus_form(n, nl) for n in (0, 1, 2, 5)] == [1, 0, 1, 1]
    assert numerus_form(7, b"") == 0
    assert elf_hash(b"") == 1


def test_i18n_translate_without_qtcore() -> None:
    """The command line's translations load no PySide6 (a process of its own: the tests import Qt)."""
    code = ("import sys; from grants import i18n; "
            "print(i18n.translate('rules', 'no database at {path}: run grants init', lang='nl')); "
            "print(i18n.translate('labels', 'Total', lang='fr')); "
            "print(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    assert out[-1] == "False"
    assert out[0] != "no database at {path}: run grants init"
