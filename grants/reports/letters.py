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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from grants.services import letters as service
from grants.services.database import Database
from grants.services.errors import QT_TRANSLATE_NOOP, RuleError, tick
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


def _environment() -> Any:
    """A sandboxed Jinja environment: a template (the administration's own) reaches the values it is
    given and nothing of Python behind them (``{{ grant_ref.__class__ }}`` is refused)."""
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment(autoescape=True)


def check_template(path: Path) -> None:
    """Refuse a template that uses a placeholder outside :data:`PLACEHOLDERS` (naming it and the file),
    or that is not a Word document / not a valid template."""
    tpl = _template(path)
    try:
        names = tpl.get_undeclared_template_variables(_environment())
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
        tpl.render(dict(letter.values), _environment())
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


def _part_name(target: Path) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=f".part{target.suffix}", dir=target.parent)
    os.close(fd)
    return Path(tmp)


def produce_letter(db: Database, grant_ref: str, kind: str, out: str | os.PathLike[str], lang: str | None = None,
                   today: dt.date | None = None) -> Produced:
    """Write the ``kind`` letter of ``grant_ref`` at ``out`` (Word, or PDF for a .pdf name), from the
    administration's template if it has one, else the default, and record it on the grant in the same
    transaction (README "Letters"): the file appears only if the record is saved, and the other way round."""
    target = Path(out)
    if target.suffix.lower() not in (".docx", ".pdf"):
        raise RuleError.single(QT_TRANSLATE_NOOP("rules", "Output: the file is written as {kinds}, not {name}"),
                               "out", kinds=".docx or .pdf", name=target.name)
    letter = service.letter_for(db, grant_ref, kind, lang, today)
    template = service.template_path(db, kind, letter.lang)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = _part_name(target)
    try:
        write_letter(template, letter, tmp)
        sha = _sha256(tmp)
        service.record_sent(db, [service.Sent(letter, target.name, sha)], lambda: os.replace(tmp, target))
    finally:
        tmp.unlink(missing_ok=True)
    return Produced(target, kind, letter.lang, letter.grant_ref, letter.recipient, sha)


def _safe(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in text)


def produce_batch(db: Database, kind: str, out_dir: str | os.PathLike[str], *, programme: str | None = None,
                  due: bool = False, lang: str | None = None, today: dt.date | None = None,
                  progress: Callable[[int, int], bool] | None = None,
                  grants: Sequence[str] | None = None) -> list[Produced]:
    """One ``kind`` letter per grant of ``programme`` (one per beneficiary), or every reminder due
    ``today`` (``due``), as Word files in ``out_dir`` with an index workbook ``index.xlsx``; all
    recorded in one transaction. All or nothing: any refused letter refuses the batch (one line each),
    the files are written in a temporary folder and moved into ``out_dir`` only when all are written.
    ``grants`` (references) replaces the programme's grants (the ones "Letters to all…" offered it for).
    ``progress(done, total)`` returning False cancels (services.errors.Cancelled): nothing is kept."""
    service.check_kind(kind)
    from grants.services.as_of import today as counting_day  # the work lists' day: the same reminders due

    day = today or counting_day(db)
    if due and kind != "reminder":
        raise RuleError.single(
            QT_TRANSLATE_NOOP("rules", "Letters: --due writes the reminders due today, not {kind} letters"),
            "kind", kind=kind)
    if grants is not None and not due:  # the programme's grants the GUI offered the letter for
        refs = sorted(grants)
    else:
        refs = service.due_reminders(db, day) if due else service.grants_of_programme(db, programme or "")
    if kind == "convention" and not due:  # a programme's conventions: only the grants that require one
        refs = [ref for ref in refs if service.convention_required(db, ref)]
    found: list[Letter] = []
    problems = []
    for ref in refs:
        try:
            found.append(service.letter_for(db, ref, kind, lang, day))
        except RuleError as e:
            problems.extend(e.problems)
    if problems:
        raise RuleError(problems)
    if not found:  # nothing due, no grant to write to: no folder, no index, nothing recorded
        return []
    templates = {}
    for language in sorted({x.lang for x in found}):
        templates[language] = service.template_path(db, kind, language)
        check_template(templates[language])
    target = Path(out_dir)
    if target.exists() and not target.is_dir():
        raise NotADirectoryError(20, "Not a folder", str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    try:
        sent: list[service.Sent] = []
        done: list[Produced] = []
        tick(progress, 0, len(found))
        for i, letter in enumerate(found):
            name = f"{kind}_{_safe(letter.grant_ref)}_{letter.lang}.docx"
            write_letter(templates[letter.lang], letter, work / name)
            sha = _sha256(work / name)
            sent.append(service.Sent(letter, name, sha))
            done.append(Produced(target / name, kind, letter.lang, letter.grant_ref, letter.recipient, sha))
            tick(progress, i + 1, len(found))
        _write_index(work / "index.xlsx", done)

        def publish() -> None:
            if not target.exists():
                os.replace(work, target)
                return
            for f in sorted(work.iterdir()):
                os.replace(f, target / f.name)

        service.record_sent(db, sent, publish)
        return done
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _write_index(path: Path, done: list[Produced]) -> None:
    """index.xlsx: grant, beneficiary, kind, language, file, SHA-256 (texts stay texts)."""
    from .xlsx import Column, _Book, _save, _write_table

    book = _Book(path)
    ws = book.sheet("Letters")
    columns = [Column("Grant", 18), Column("Beneficiary", 40), Column("Kind", 12), Column("Language", 9),
               Column("File", 40), Column("SHA-256", 66)]
    _write_table(book, ws, columns, ([p.grant_ref, p.beneficiary, p.kind, p.lang, p.path.name, p.sha256]
                                     for p in done), "en", header=[c.key for c in columns])
    _save(book)
