"""The constant texts and formats the bare export baselines write, computed once by the runner (not
timed) from the application's own label tables, so that the bare side writes the same headings,
labels and number formats without importing grants (a bare script would have them as literals).

    python -m benchmarks.texts LANG YEAR OUT.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def export_texts(lang: str, year: int) -> dict[str, Any]:
    from importlib.metadata import version

    from grants.i18n import money_format_xlsx
    from grants.models import Category, GrantNature, GrantStatus, PaymentKind, PaymentStatus
    from grants.reports import xlsx
    from grants.reports.labels import enum_label, label, other_language

    other = other_language(lang)
    cols = xlsx.GRANT_COLUMNS
    statement_keys = ("statement.title", "statement.summary", "statement.granted_total", "statement.paid_total",
                      "statement.accepted_total", "statement.balance_due", "statement.to_pay_back",
                      "statement.settled", "statement.grants", "statement.payments", "statement.justifications",
                      "statement.none", "statement.pending", "statement.claim_to_come", "statement.account",
                      "col.grant", "col.title", "col.measures_short", "col.granted", "col.paid", "col.accepted",
                      "col.balance", "col.status", "col.date", "col.kind", "col.payment_reference", "col.amount",
                      "col.received_on", "col.claimed", "col.ref", "col.bce", "total", "org", "statement.claims",
                      "col.communication", "col.due_date", "col.outstanding")
    return {
        "lang": lang,
        "other": other,
        "euro": money_format_xlsx(lang),
        "sheet": label("sheet.grants", lang, year=year),
        "about_sheet": label("sheet.about", lang),
        "headings": [xlsx._heading(c, lang) for c in cols],
        "widths": [c.width for c in cols],
        "kinds": [c.kind for c in cols],
        "totals": [c.total for c in cols],
        "total": label("total", lang),
        "org": label("org", lang),
        "printed_on": label("printed_on", lang, date="{date}"),
        "page": label("page", lang, n="&P", total="&N"),
        "page_pdf": label("page", lang, n="{n}", total="{total}"),
        "category": {c.value: enum_label("cat", c, lang) for c in Category},
        "status": {s.value: enum_label("status", s, lang) for s in GrantStatus},
        "nature": {n.value: label(f"nature.{n.value}", lang) for n in GrantNature},
        "kind": {k.value: enum_label("kind", k, lang) for k in PaymentKind},
        "pstatus": {s.value: enum_label("pstatus", s, lang) for s in PaymentStatus},
        "about": [label(k, lang) for k in ("about.what", "about.database", "about.generated_at",
                                            "about.generated_by", "about.parameters", "about.application",
                                            "about.note")],
        "about_what": label("about.grants", lang),
        "application": f"grants {version('grants')}",
        "about_note": label("about.note_grants", lang),
        "about_params": f"{label('param.year', lang)} = {year}; {label('param.lang', lang)} = {lang}",
        "publication": {"sheet": label("sheet.publication", lang, year=year),
                        "headings": [label(k, lang) for k in ("col.beneficiary", "col.bce", "col.title", "col.granted",
                                                              "col.decision_date", "col.code")],
                        "what": label("about.publication", lang), "note": label("about.note_publication", lang)},
        "st": {k: label(k, lang, year=year) for k in statement_keys},
        "st_other": {k: label(k, other, year=year) for k in statement_keys} if other else {},
    }


def write(lang: str, year: int, out: Path) -> Path:
    out.write_text(json.dumps(export_texts(lang, year), ensure_ascii=False), encoding="utf-8")
    return out


if __name__ == "__main__":
    write(sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]))
