"""PDF documents: beneficiary statements, a call's selected projects, the PGSP annex.

A4, the logo and the administration's name on every page, the date, "page x of y", headings in
the document's language with the other official language beside the title. Long tables are cut
into chunks (one reportlab ``Table`` grows quadratically with its rows) whose header repeats.
The writers take the dataclasses of ``grants.services.reporting``; they never touch the database.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from grants.i18n import format_date, format_money, format_number
from grants.services.errors import tick
from grants.services.reporting import CallReport, PgspReport, Statement
from grants.services.validators import format_bce, format_communication, format_iban

from .common import FONT, FONT_BOLD, atomic_output, logo_path, register_fonts, remove_orphans_of
from .labels import enum_label, label, norm_lang, other_language

BLUE = colors.HexColor("#1F4E79")
LIGHT = colors.HexColor("#DDEBF7")
GREY = colors.HexColor("#595959")
ROWS_PER_TABLE = 40

_BASE = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=11.5)
STYLES = {
    "title": ParagraphStyle("title", _BASE, fontName=FONT_BOLD, fontSize=16, leading=20, textColor=BLUE),
    "subtitle": ParagraphStyle("subtitle", _BASE, fontSize=11, leading=14, textColor=GREY),
    "h2": ParagraphStyle("h2", _BASE, fontName=FONT_BOLD, fontSize=11.5, leading=15, textColor=BLUE,
                         spaceBefore=9, spaceAfter=4),
    "body": _BASE,
    "head": ParagraphStyle("head", _BASE, fontName=FONT_BOLD, fontSize=7.5, leading=9, textColor=colors.white),
    "head_right": ParagraphStyle("head_right", _BASE, fontName=FONT_BOLD, fontSize=7.5, leading=9,
                                 textColor=colors.white, alignment=TA_RIGHT),
    "total": ParagraphStyle("total", _BASE, fontName=FONT_BOLD, fontSize=8, leading=10),
    "cell": ParagraphStyle("cell", _BASE, fontSize=8, leading=10),
    "cell_small": ParagraphStyle("cell_small", _BASE, fontSize=7.5, leading=9),
    "cell_right": ParagraphStyle("cell_right", _BASE, fontSize=8.5, leading=10.5, alignment=TA_RIGHT),
    "strong": ParagraphStyle("strong", _BASE, fontName=FONT_BOLD, fontSize=10.5, leading=14),
    "small": ParagraphStyle("small", _BASE, fontSize=8, leading=10, textColor=GREY),
    "small_right": ParagraphStyle("small_right", _BASE, fontSize=7, leading=8.5, textColor=GREY, alignment=TA_RIGHT),
}


@dataclass(frozen=True)
class Account:
    """Where money owed to the Region is paid (safe.brussels' account)."""

    name: str
    iban: str
    bic: str | None = None


@cache
def _logo() -> ImageReader | None:
    path = logo_path()
    return ImageReader(str(path)) if path else None


def _p(text: object, style: str = "cell") -> Paragraph:
    register_fonts()  # once: a paragraph measures its text with its font when it is made
    return Paragraph(escape(str(text or "")), STYLES[style])


_PADDING = 6  # left + right padding of a table cell (points)
_REF_PIECES = re.compile(r"[^-/.]+[-/.]*|[-/.]+")


def _wrap(value: Any, style: str, width: float | None = None) -> Any:
    """A text as a paragraph that wraps within its cell (a flowable or an empty cell as it is).

    A reference too long for its column (one word: G-2024-PLPP-21009) is cut after its hyphens,
    slashes or dots rather than between any two letters.
    """
    if not isinstance(value, str) or not value:
        return value
    st = STYLES[style]
    room = None if width is None else width - _PADDING
    if room is not None and " " not in value and stringWidth(value, st.fontName, st.fontSize) > room:
        lines = [""]
        for piece in _REF_PIECES.findall(value):
            if lines[-1] and stringWidth(lines[-1] + piece, st.fontName, st.fontSize) > room:
                lines.append(piece)
            else:
                lines[-1] += piece
        register_fonts()
        return Paragraph("<br/>".join(escape(line) for line in lines), st)
    return _p(value, style)


def _num(value: Decimal | None, lang: str) -> str:
    return "" if value is None else format_money(value, lang, currency=False)


def _money(value: Decimal | None, lang: str) -> str:
    return "" if value is None else format_money(value, lang)


# --- page decoration and "page x of y" ----------------------------------------------------------

def _numbered_canvas(lang: str, title: str, printed: str) -> type[rl_canvas.Canvas]:
    class NumberedCanvas(rl_canvas.Canvas):
        """Keeps each page until the end so that the footer can say 'page x of y'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                _decorate(self, lang, title, printed, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _decorate(c: rl_canvas.Canvas, lang: str, title: str, printed: str, page: int, total: int) -> None:
    width, height = c._pagesize
    c.saveState()
    logo = _logo()
    top = height - 12 * mm
    if logo is not None:
        c.drawImage(logo, 15 * mm, top - 12 * mm, 12 * mm, 12 * mm, mask="auto")
    c.setFillColor(BLUE)
    c.setFont(FONT_BOLD, 10)
    c.drawString(30 * mm, top - 5 * mm, "safe.brussels")
    c.setFont(FONT, 7.5)
    c.setFillColor(GREY)
    c.drawString(30 * mm, top - 9.5 * mm, label("org", lang).split(" - ", 1)[-1])
    c.setFont(FONT, 8)
    c.drawRightString(width - 15 * mm, top - 5 * mm, title)
    c.setStrokeColor(BLUE)
    c.setLineWidth(0.6)
    c.line(15 * mm, top - 14 * mm, width - 15 * mm, top - 14 * mm)
    c.setFont(FONT, 7.5)
    c.setFillColor(GREY)
    c.drawString(15 * mm, 10 * mm, printed)
    c.drawRightString(width - 15 * mm, 10 * mm, label("page", lang, n=page, total=total))
    c.restoreState()


def _build(out: str | os.PathLike[str], story: list[Any], lang: str, title: str, when: dt.datetime | None,
           *, wide: bool = False, author: str = "safe.brussels", orphans_removed: bool = False) -> Path:
    register_fonts()
    pagesize = landscape(A4) if wide else A4
    printed = label("printed_on", lang, date=format_date((when or dt.datetime.now()).date(), lang))
    with atomic_output(out, orphans_removed=orphans_removed) as tmp:
        doc = SimpleDocTemplate(str(tmp), pagesize=pagesize, leftMargin=15 * mm, rightMargin=15 * mm,
                                topMargin=32 * mm, bottomMargin=18 * mm, title=title, author=author,
                                creator="grants", initialFontName=FONT, lang={"fr": "fr-BE", "nl": "nl-BE"}.get(lang, "en"))
        doc.build(story, canvasmaker=_numbered_canvas(lang, title, printed))
    return Path(out)


def _table_style(numeric_from: int | None, total_row: bool, numeric_to: int = -1) -> TableStyle:
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 7.5),
        ("FONT", (0, 1), (-1, -1), FONT, 8),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), BLUE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#BFBFBF")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if numeric_from is not None:
        cmds.append(("ALIGN", (numeric_from, 0), (numeric_to, -1), "RIGHT"))
    if total_row:
        cmds += [("FONT", (0, -1), (-1, -1), FONT_BOLD, 8), ("BACKGROUND", (0, -1), (-1, -1), LIGHT)]
    return TableStyle(cmds)


def tables(header: Sequence[Any], rows: Sequence[Sequence[Any]], widths: Sequence[float],
           numeric_from: int | None = None, total: Sequence[Any] | None = None,
           chunk: int = ROWS_PER_TABLE, numeric_to: int = -1) -> list[Table]:
    """The rows as tables of at most ``chunk`` rows, each with the header (and the last with the total).

    A text cell wraps within its column (a paragraph), never over its neighbour; the amounts of the
    numeric columns (``numeric_from`` to ``numeric_to``) stay on one line, right-aligned.
    """
    out = []
    ncols = len(widths)
    numeric = set() if numeric_from is None else set(
        range(numeric_from, (numeric_to % ncols if numeric_to < 0 else numeric_to) + 1))
    head = [_wrap(h, "head_right" if c in numeric else "head") for c, h in enumerate(header)]
    foot = None if total is None else [v if c in numeric else _wrap(v, "total", widths[c])
                                       for c, v in enumerate(total)]
    pieces = [rows[i:i + chunk] for i in range(0, len(rows), chunk)] or [[]]
    for n, piece in enumerate(pieces):
        last = n == len(pieces) - 1
        body = [[v if c in numeric else _wrap(v, "cell", widths[c]) for c, v in enumerate(r)] for r in piece]
        data = [head] + body + ([foot] if last and foot is not None else [])
        t = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
        t.setStyle(_table_style(numeric_from, last and total is not None, numeric_to))
        out.append(t)
    return out


def _title_block(key: str, lang: str, **params: Any) -> list[Any]:
    story: list[Any] = [_p(label(key, lang, **params), "title")]
    other = other_language(lang)
    if other:
        story.append(_p(label(key, other, **params), "subtitle"))
    story.append(Spacer(0, 4 * mm))
    return story


def _h2(key: str, lang: str) -> Paragraph:
    other = other_language(lang)
    text = escape(label(key, lang))
    if other:
        text += f' <font color="#7F7F7F" size="9">/ {escape(label(key, other))}</font>'
    return Paragraph(text, STYLES["h2"])


# --- statements -----------------------------------------------------------------------------------

def statement_story(st: Statement, lang: str, account: Account | None) -> list[Any]:
    name = st.name_nl if lang == "nl" else st.name_fr
    story = _title_block("statement.title", lang, year=st.year)
    ident = [f"<b>{escape(name)}</b>"]
    other_name = st.name_fr if lang == "nl" else st.name_nl
    if other_name and other_name != name:
        ident.append(escape(other_name))
    colon = "\u00a0: " if lang == "fr" else ": "  # French puts a (no-break) space before a colon
    details = [f"{escape(label('col.ref', lang))}{colon}{escape(st.beneficiary_ref)}"]
    if st.bce:
        details.append(f"{escape(label('col.bce', lang))}{colon}{format_bce(st.bce)}")
    if st.iban:
        details.append(f"{escape(label('statement.account', lang))}{colon}{escape(format_iban(st.iban))}")
    ident.append(" - ".join(details))
    if st.address:
        ident.append(escape(st.address))
    story.append(Paragraph("<br/>".join(ident), STYLES["body"]))
    story.append(Spacer(0, 3 * mm))

    # position
    story.append(_h2("statement.summary", lang))
    summary = [[label("statement.granted_total", lang), _money(st.granted, lang)],
               [label("statement.paid_total", lang), _money(st.paid_net, lang)],
               [label("statement.accepted_total", lang), _money(st.accepted, lang)]]
    if st.balance_due:
        summary.append([label("statement.balance_due", lang), _money(st.balance_due, lang)])
    if st.to_pay_back:
        summary.append([label("statement.to_pay_back", lang), _money(st.to_pay_back, lang)])
    if not st.balance_due and not st.to_pay_back:
        summary.append([label("statement.settled", lang), ""])
    t = Table(summary, colWidths=[110 * mm, 45 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                           ("FONT", (0, -1), (-1, -1), FONT_BOLD, 9.5),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.6, BLUE),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story.append(t)
    for c in st.open_claims:
        if account is not None:
            story.append(Spacer(0, 2 * mm))
            story.append(Paragraph("<b>" + escape(label("statement.pay_to", lang, iban=format_iban(account.iban),
                                                         name=account.name,
                                                         communication=format_communication(c.communication)))
                                   + f"</b> ({escape(_money(c.outstanding, lang))})", STYLES["body"]))
    if st.unclaimed:
        story.append(Spacer(0, 2 * mm))
        story.append(_p(label("statement.claim_to_come", lang), "body"))

    # grants
    story.append(_h2("statement.grants", lang))
    header = [label(k, lang) for k in ("col.grant", "col.title", "col.measures_short")] + [
        f"{label(k, lang)} (€)" for k in ("col.granted", "col.paid", "col.accepted", "col.balance")] + [
        label("col.status", lang)]
    rows = [[g.ref, _p(g.title), _p(g.measures), _num(g.amount, lang), _num(g.paid - g.recovered, lang),
             _num(g.accepted, lang),
             _num(g.balance, lang) if g.balance is not None else _p(label("statement.pending", lang), "small_right"),
             _p(enum_label("status", g.status, lang), "cell_small")] for g in st.grants]
    total = [label("total", lang), "", "", _num(st.granted, lang), _num(st.paid_net, lang),
             _num(st.accepted, lang), "", ""]
    story += tables(header, rows,
                    [22 * mm, 29 * mm, 21 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm, 20 * mm],
                    numeric_from=3, numeric_to=6, total=total)

    # payments
    story.append(_h2("statement.payments", lang))
    if st.payments:
        header = [label(k, lang) for k in ("col.date", "col.grant", "col.kind", "col.status", "col.payment_reference",
                                           "col.amount")]
        rows = [[format_date(p.date, lang), p.grant_ref, enum_label("kind", p.kind, lang),
                 enum_label("pstatus", p.status, lang), p.reference or "",
                 _money(-p.amount if p.kind.value == "recovery" else p.amount, lang)] for p in st.payments]
        story += tables(header, rows, [20 * mm, 24 * mm, 28 * mm, 22 * mm, 59 * mm, 27 * mm], numeric_from=5)
    else:
        story.append(_p(label("statement.none", lang), "body"))

    # justifications
    story.append(_h2("statement.justifications", lang))
    if st.justifications:
        header = [label(k, lang) for k in ("col.grant", "col.received_on", "col.claimed", "col.accepted")]
        rows = [[j.grant_ref, format_date(j.received_on, lang), _money(j.claimed, lang), _money(j.accepted, lang)]
                for j in st.justifications]
        story += tables(header, rows, [30 * mm, 30 * mm, 35 * mm, 35 * mm], numeric_from=2)
    else:
        story.append(_p(label("statement.none", lang), "body"))

    # recovery claims
    if st.claims:
        story.append(_h2("statement.claims", lang))
        header = [label(k, lang) for k in ("col.grant", "col.date", "col.communication", "col.due_date",
                                           "col.amount", "col.outstanding")]
        rows = [[c.grant_ref, format_date(c.date, lang), format_communication(c.communication),
                 format_date(c.due_date, lang), _money(c.amount, lang), _money(c.outstanding, lang)] for c in st.claims]
        story.append(KeepTogether(tables(header, rows, [24 * mm, 22 * mm, 44 * mm, 22 * mm, 28 * mm, 28 * mm],
                                         numeric_from=4)))
    return story


def statement_language(st: Statement, lang: str | None) -> str:
    """``lang``, or the beneficiary's own language when ``lang`` is None or "auto"."""
    if lang in (None, "", "auto"):
        return norm_lang(st.language)
    return norm_lang(lang)


def write_statement(st: Statement, out: str | os.PathLike[str], lang: str | None = None,
                    account: Account | None = None, when: dt.datetime | None = None, *,
                    orphans_removed: bool = False) -> Path:
    lang = statement_language(st, lang)
    title = label("statement.title", lang, year=st.year)
    name = st.name_nl if lang == "nl" else st.name_fr
    return _build(out, statement_story(st, lang, account), lang, f"{title} - {name}", when,
                  orphans_removed=orphans_removed)


def statement_filename(st: Statement) -> str:
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", st.beneficiary_ref).strip("._") or "beneficiary"
    return f"statement_{st.year}_{safe}.pdf"


def write_statements(statements: Iterable[Statement], out_dir: str | os.PathLike[str], lang: str | None = None,
                     account: Account | None = None, when: dt.datetime | None = None,
                     progress: Callable[[int, int], bool] | None = None) -> list[Path]:
    """One PDF per statement in ``out_dir``; each file appears whole or not at all."""
    items = list(statements)
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    targets = [folder / statement_filename(st) for st in items]
    remove_orphans_of(targets)  # the folder listed once, not once per statement
    written = []
    tick(progress, 0, len(items))
    for n, (st, target) in enumerate(zip(items, targets, strict=True), start=1):
        written.append(write_statement(st, target, lang, account, when, orphans_removed=True))
        tick(progress, n, len(items))
    return written


# --- a call for projects --------------------------------------------------------------------------

def write_call(report: CallReport, out: str | os.PathLike[str], lang: str = "fr",
               when: dt.datetime | None = None) -> Path:
    lang = norm_lang(lang)
    story = _title_block("call.title", lang, title=report.title)
    story.append(_p(f"{report.ref} - {enum_label('pkind', report.kind, lang)} - {report.year}", "body"))
    story.append(Spacer(0, 2 * mm))
    story.append(_p(label("call.summary", lang, received=report.received, admissible=report.admissible,
                          selected=report.selected, envelope=_money(report.envelope, lang) or "-",
                          granted=_money(report.granted, lang)), "body"))
    story.append(_h2("call.projects", lang))
    header = [label(k, lang) for k in ("col.ref", "col.beneficiary", "col.title", "col.measures", "col.granted",
                                       "col.status")]
    rows = [[g.ref, _p(g.beneficiary_nl if lang == "nl" else g.beneficiary_fr), _p(g.title), _p(g.measures),
             _money(g.amount, lang), _p(enum_label("status", g.status, lang))] for g in report.projects]
    total = [label("total", lang), "", "", "", _money(report.granted, lang), ""]
    story += tables(header, rows, [20 * mm, 40 * mm, 46 * mm, 22 * mm, 26 * mm, 26 * mm], numeric_from=4,
                    total=total)
    if report.waiting:  # selected by the jury, not granted yet: with why
        story.append(_h2("call.waiting", lang))
        header = [label(k, lang) for k in ("col.ref", "col.beneficiary", "col.title", "col.requested", "col.reason")]
        rows = [[w.ref, _p(w.beneficiary_nl if lang == "nl" else w.beneficiary_fr), _p(w.title),
                 _money(w.requested, lang), _p(w.reason)] for w in report.waiting]
        story += tables(header, rows, [22 * mm, 36 * mm, 44 * mm, 26 * mm, 52 * mm], numeric_from=3, numeric_to=3,
                        total=[label("total", lang), "", "", _money(sum((w.requested for w in report.waiting),
                                                                        Decimal("0.00")), lang), ""])
    story.append(_h2("call.by_measure", lang))
    story += _measure_tables(report.by_measure, lang)
    return _build(out, story, lang, label("call.title", lang, title=report.ref), when)


def _measure_tables(measures: Sequence[Any], lang: str) -> list[Any]:
    header = [label(k, lang) for k in ("col.measure", "col.description", "col.grants", "col.amount")]
    rows = []
    for m in measures:
        if m.code is None:
            rows.append(["-", _p(label("not_tied", lang)), str(m.grants), _money(m.amount, lang)])
        else:
            desc = m.description_nl if lang == "nl" else m.description_fr
            rows.append([m.code, _p(_clip(desc, 160)), str(m.grants), _money(m.amount, lang)])
    total = [label("total", lang), "", str(sum(m.grants for m in measures)),
             _money(sum((m.amount for m in measures), Decimal("0.00")), lang)]
    return list(tables(header, rows, [16 * mm, 114 * mm, 18 * mm, 32 * mm], numeric_from=2, total=total))


def _pct(ratio: Decimal, lang: str) -> str:
    return f"{format_number(ratio * 100, lang, places=1)}\u00a0%"


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


# --- the PGSP annex -------------------------------------------------------------------------------

def write_pgsp(report: PgspReport, out: str | os.PathLike[str], lang: str = "fr",
               when: dt.datetime | None = None) -> Path:
    lang = norm_lang(lang)
    story = _title_block("pgsp.title", lang, year=report.year)
    if report.edition:
        text = label("pgsp.edition", lang, edition=report.edition)
        if report.edition_basis in ("assigned", "nearest"):  # never a silent choice
            text += f" ({label('pgsp.basis_' + report.edition_basis, lang, year=report.year)})"
        story.append(_p(text, "body"))
    total = report.total
    story.append(_h2("pgsp.by_thematic", lang))
    header = [label(k, lang) for k in ("col.thematic", "col.description", "col.amount", "col.share")]
    rows = []
    for number, amount, _lines in report.thematic_totals():
        if number is None:
            name, code = label("not_tied", lang), "-"
        else:
            fr, nl = report.thematics.get(number, ("", ""))
            name, code = (nl if lang == "nl" else fr), f"T{number}"
        share = _pct(amount / total, lang) if total else "-"
        rows.append([code, _p(name), _money(amount, lang), share])
    story += tables(header, rows, [18 * mm, 110 * mm, 32 * mm, 20 * mm], numeric_from=2,
                    total=[label("total", lang), "", _money(total, lang), _pct(Decimal(1), lang) if total else "-"])
    story.append(_h2("pgsp.by_measure", lang))
    story += _measure_tables(report.measures, lang)
    return _build(out, story, lang, label("pgsp.title", lang, year=report.year), when)
