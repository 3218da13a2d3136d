"""What every writer shares: a file that appears whole or not at all, the logo, and text cells that
stay text in the openpyxl writers (the exports of grants/reports/xlsx.py write through XlsxWriter)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any


@contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; it replaces ``path`` only if the block succeeds.

    A cancelled or failed export leaves no half-written file (and an older file stays intact).
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=f".part{target.suffix}", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp_path, 0o666 & ~umask)  # mkstemp makes it private; an export is an ordinary file
        os.replace(tmp_path, target)
    except BaseException:
        tmp_path.unlink(missing_ok=True)
        raise


def logo_path() -> Path | None:
    """The logo shipped in ``grants.resources/icons/logo.png`` (None if it is missing)."""
    resource = files("grants.resources") / "icons" / "logo.png"
    try:
        with as_file(resource) as p:
            return Path(p) if Path(p).exists() else None
    except (FileNotFoundError, ModuleNotFoundError):  # pragma: no cover - broken install
        return None


def no_formulas(wb: Any) -> None:
    """An openpyxl workbook (regular mode) whose cells are all data: a text that starts with ``=``
    (openpyxl would store it as a formula) is made a text cell again."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"


def text_cell(ws: Any, value: Any) -> Any:
    """For openpyxl's write-only mode: ``value``, or a text cell when openpyxl would make a formula of it."""
    if isinstance(value, str) and value.startswith("="):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(ws, value)
        cell.data_type = "s"
        return cell
    return value


#: The TrueType fonts every PDF is written in (embedded, subset): DejaVu Sans, shipped in
#: ``grants.resources/fonts`` with its licence. It has every glyph of the three languages and of
#: grants.i18n's formats (narrow no-break space, €), which the PDF base-14 Helvetica has not.
FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"


@cache
def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (and Bold, also for ``<b>`` in paragraphs) with reportlab, once;
    returns the names of the regular and the bold font."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = files("grants.resources") / "fonts"
    for name, filename in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf")):
        with as_file(folder / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    for bold, italic in ((0, 1), (1, 1), (0, 0), (1, 0)):  # no oblique shipped: italic is upright (last wins)
        addMapping(FONT, bold, italic, FONT_BOLD if bold else FONT)
    return FONT, FONT_BOLD
