"""Writes letters (README "Letters"): a Word template rendered by docxtpl with the values of
:mod:`grants.services.letters`, as DOCX, or as PDF through LibreOffice headless.

Files appear whole or not at all (written under a temporary name, then renamed).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from grants.services import letters as service
from grants.services.database import Database
from grants.services.errors import QT_TRANSLATE_NOOP, RuleError
from grants.services.letters import PLACEHOLDERS, Letter

from .common import atomic_output

#: How long LibreOffice may take to convert one letter.
SOFFICE_TIMEOUT = 120


def _template(path: Path) -> Any:
    from docxtpl import DocxTemplate

    try:
        return DocxTemplate(str(path))
    except Exception as e:  # noqa: BLE001 - not a Word document: one line naming it
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Letter template {file}: not a Word document ({reason})"),
                               "template", file=str(path), reason=str(e) or type(e).__name__) from None


def check_template(path: Path) -> None:
    """Refuse a template that uses a placeholder outside :data:`PLACEHOLDERS` (naming it and the file),
    or that is not a Word document / not a valid template."""
    tpl = _template(path)
    try:
        names = tpl.get_undeclared_template_variables()
    except Exception as e:  # noqa: BLE001 - a Jinja syntax error in the template
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Letter template {file}: not a valid template ({reason})"),
                               "template", file=str(path), reason=str(e)) from None
    unknown = sorted(set(names) - set(PLACEHOLDERS))
    if unknown:
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Letter template {file}: unknown placeholder {placeholder}"),
            "template", file=str(path), placeholder=", ".join(unknown))


def render_docx(template: Path, letter: Letter, out: Path) -> Path:
    """The letter as a Word document at ``out`` (written whole or not at all)."""
    check_template(template)
    tpl = _template(template)
    try:
        tpl.render(dict(letter.values), autoescape=True)
    except Exception as e:  # noqa: BLE001
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Letter template {file}: not a valid template ({reason})"),
                               "template", file=str(template), reason=str(e)) from None
    with atomic_output(out) as tmp:
        tpl.save(str(tmp))
    return out


def soffice() -> str | None:
    """The LibreOffice program, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(docx: Path, out: Path) -> Path:
    """Convert ``docx`` to a PDF at ``out`` with LibreOffice headless (own profile: parallel runs do
    not clash; killed after SOFFICE_TIMEOUT seconds)."""
    program = soffice()
    if program is None:
        raise RuleError.single(QT_TRANSLATE_NOOP(
            "rules", "PDF: LibreOffice (soffice) is not installed; write the letter as .docx, or install LibreOffice"),
            "out")
    with tempfile.TemporaryDirectory(prefix="grants-soffice-") as work:
        profile = Path(work, "profile").as_uri()
        outdir = Path(work, "out")
        outdir.mkdir()
        try:
            done = subprocess.run([program, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                                   "--convert-to", "pdf", "--outdir", str(outdir), str(docx)],
                                  capture_output=True, text=True, timeout=SOFFICE_TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            raise RuleError.single(
                QT_TRANSLATE_NOOP("rules", "PDF: LibreOffice did not convert {file} within {n} seconds"),
                "out", file=docx.name, n=SOFFICE_TIMEOUT) from None
        produced = outdir / (docx.stem + ".pdf")
        if done.returncode != 0 or not produced.is_file():
            reason = (done.stderr or done.stdout or "").strip().splitlines()
            raise RuleError.single(QT_TRANSLATE_NOOP("rules", "PDF: LibreOffice could not convert {file} ({reason})"),
                                   "out", file=docx.name, reason=reason[-1] if reason else f"exit {done.returncode}")
        with atomic_output(out) as tmp:
            shutil.copyfile(produced, tmp)
    return out


def write_letter(template: Path, letter: Letter, out: str | os.PathLike[str]) -> Path:
    """The letter at ``out``: Word, or PDF when ``out`` ends in .pdf."""
    target = Path(out)
    suffix = target.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Output: the file is written as {kinds}, not {name}"),
                               "out", kinds=".docx or .pdf", name=target.name)
    if suffix == ".docx":
        return render_docx(template, letter, target)
    if soffice() is None:  # refused before any work
        docx_to_pdf(target, target)
    with tempfile.TemporaryDirectory(prefix="grants-letter-") as work:
        docx = render_docx(template, letter, Path(work) / (target.stem + ".docx"))
        return docx_to_pdf(docx, target)


# --- producing letters ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Produced:
    path: Path
    kind: str
    lang: str
    grant_ref: str
    beneficiary: str
    sha256: str


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def produce_letter(db: Database, grant_ref: str, kind: str, out: str | os.PathLike[str], lang: str | None = None,
                   today: dt.date | None = None) -> Produced:
    """Write the ``kind`` letter of ``grant_ref`` at ``out`` (Word, or PDF for a .pdf name), from the
    administration's template if it has one, else the default (README "Letters")."""
    letter = service.letter_for(db, grant_ref, kind, lang, today)
    template = service.template_path(db, kind, letter.lang)
    path = write_letter(template, letter, out)
    return Produced(path, kind, letter.lang, letter.grant_ref, letter.recipient, _sha256(path))
