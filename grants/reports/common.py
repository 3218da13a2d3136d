"""What every writer shares: a file that appears whole or not at all, the logo, and text cells that
stay text in the openpyxl writers (the exports of grants/reports/xlsx.py write through XlsxWriter)."""

from __future__ import annotations

import glob
import hashlib
import os
import re
import socket
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

#: A temporary export is ``.STEM.HOST-PID-RANDOM.partSUFFIX`` beside its target: the host and the
#: process that write it, so that the next export to the same target can tell an orphan (its
#: process was killed) from a file being written right now.
_HOST = hashlib.sha1(socket.gethostname().encode()).hexdigest()[:8]
#: Orphans of another host (or of an older name) are removed only once this old (seconds).
STALE_AFTER = 24 * 3600


def _pid_alive(pid: int) -> bool:
    if os.name != "posix":  # pragma: no cover - Windows: no cheap, safe probe; rely on the age
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, someone else's
        return True
    return True


def _orphan_pattern(stem: str, suffix: str) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(stem)}\.(?:(?P<host>[0-9a-f]{{8}})-(?P<pid>\d+)-)?[^/]*\.part{re.escape(suffix)}")


def _remove_if_orphan(tmp: Path, pattern: re.Pattern[str], now: float) -> bool:
    """Remove ``tmp`` if it is a temporary file of an export whose process is gone (or old)."""
    m = pattern.fullmatch(tmp.name)
    if m is None:
        return False
    try:
        old = now - tmp.stat().st_mtime > STALE_AFTER
        mine = m.group("host") == _HOST and m.group("pid") is not None
        if old or (mine and int(m.group("pid")) != os.getpid() and not _pid_alive(int(m.group("pid")))):
            tmp.unlink()
            return True
    except OSError:
        pass
    return False


def remove_orphans(target: Path) -> list[Path]:
    """Remove the temporary files of earlier exports to ``target`` whose process is gone (killed
    half-way); returns them. Another live export's temporary file is left alone."""
    pattern = _orphan_pattern(target.stem, target.suffix)
    try:
        candidates = list(target.parent.glob(f".{glob.escape(target.stem)}.*.part{glob.escape(target.suffix)}"))
    except OSError:
        return []
    now = time.time()
    return [tmp for tmp in candidates if _remove_if_orphan(tmp, pattern, now)]


def remove_orphans_of(targets: Iterable[Path]) -> list[Path]:
    """:func:`remove_orphans` for many targets, listing each folder once (a folder of 2 000
    statements listed once per statement cost 2.8 s of CPU, growing with the square of the count)."""
    stems: dict[tuple[Path, str], set[str]] = {}
    for target in targets:
        stems.setdefault((target.parent, target.suffix), set()).add(target.stem)
    removed: list[Path] = []
    now = time.time()
    for (folder, suffix), wanted in stems.items():
        end = f".part{suffix}"
        try:
            names = [e.name for e in os.scandir(folder) if e.name.startswith(".") and e.name.endswith(end)]
        except OSError:
            continue
        for name in names:
            # ".STEM.rest.partSUFFIX": the stem ends at one of the dots (a stem may hold dots itself)
            for i in range(2, len(name)):
                if (name[i] == "." and name[1:i] in wanted
                        and _remove_if_orphan(folder / name, _orphan_pattern(name[1:i], suffix), now)):
                    removed.append(folder / name)
                    break
    return removed


@contextmanager
def atomic_output(path: str | os.PathLike[str], *, orphans_removed: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; it replaces ``path`` only if the block succeeds.

    A cancelled or failed export leaves no half-written file (and an older file stays intact);
    the temporary files that killed exports left beside ``path`` are removed first (unless the
    caller already did, ``orphans_removed``: :func:`remove_orphans_of` for a batch of files).
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    if not orphans_removed:
        remove_orphans(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}.{_HOST}-{os.getpid()}-", suffix=f".part{target.suffix}",
                               dir=target.parent)
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
