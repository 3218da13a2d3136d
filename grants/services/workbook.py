"""The import workbook: its sheets and columns (the contract of interfaces.md), and the template."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SheetSpec:
    name: str
    required: tuple[str, ...]
    optional: tuple[str, ...]
    help: str

    @property
    def columns(self) -> tuple[str, ...]:
        return self.required + self.optional


#: In dependency order: what a later sheet refers to comes first.
SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec("BudgetLines", ("year", "code", "label", "commitment_credits", "payment_credits"), (),
              "A budget line (allocation de base) in a fiscal year, with its commitment (CE) and payment (CL) credits."),
    SheetSpec("Beneficiaries", ("ref", "name", "category"),
              ("bce", "iban", "commune_nis", "language", "name_nl", "bic", "police_zone_code", "address"),
              "category: commune, police_zone, training_school, regional_body, asbl_communal, asbl_private."),
    SheetSpec("Programmes", ("ref", "title", "kind", "year"), ("envelope", "opens", "closes"),
              "kind: call_for_projects, local_plan, police_fund, direct_grant."),
    SheetSpec("Grants", ("ref", "beneficiary_ref", "budget_line_code", "year", "title", "amount"),
              ("programme_ref", "measures", "decision_ref", "decision_date", "advance_share", "period_start",
               "period_end", "justification_deadline", "nature", "project_budget"),
              "measures: '1.4; 2.1' (equal shares) or '1.4:60; 2.1:40'. A grant with a decision date is committed "
              "on its budget line at that date."),
    SheetSpec("Cofunding", ("grant_ref", "name", "amount"), ("status",),
              "Another funder of a grant's co-financed project: importing the same grant_ref and name again updates it. "
              "status: requested (default), granted, refused."),
    SheetSpec("Payments", ("grant_ref", "date", "amount", "kind"), ("reference",),
              "kind: advance, balance, other, recovery (money paid back). Paid from the payment credits of the "
              "grant's budget code in the year of the payment."),
    SheetSpec("Indicators", ("grant_ref", "measure", "name", "achieved"), ("unit", "target", "source", "comment"),
              "A key figure of a grant's project (people accompanied, kg of laundry, activities...) under one of the "
              "grant's PGSP measures: importing the same grant_ref and name again updates it."),
)
SHEET_BY_NAME = {s.name.lower(): s for s in SHEETS}
#: Sheets a workbook may carry for people, ignored by the import.
IGNORED_SHEETS = {"instructions", "readme", "lisez-moi", "leesmij"}

EXAMPLES: dict[str, list[tuple[object, ...]]] = {
    "BudgetLines": [(2024, "25.002.33.01", "Appel à projets ASBL", 3000000, 2900000)],
    "Beneficiaries": [("ASBL-001", "GAMS Belgique", "asbl_private", "0403.019.261", "BE54 0000 0000 0097", "21004",
                       "fr", "GAMS België", None, None, None)],
    "Programmes": [("AAP-2024", "Appel à projets 2024", "call_for_projects", 2024, 2938500, "2023-09-01", "2023-11-30")],
    "Grants": [("G-2024-001", "ASBL-001", "25.002.33.01", 2024, "Prévention des mutilations génitales", 65000,
                "AAP-2024", "1.4", "AR-2024-017", "2024-02-15", 75, "2024-01-01", "2024-12-31", "2025-03-31",
                "operating", 90000)],
    "Cofunding": [("G-2024-001", "Fédération Wallonie-Bruxelles", 15000, "granted")],
    "Payments": [("G-2024-001", "2024-03-20", 48750, "advance", "LIQ-2024-0001")],
    "Indicators": [("G-2024-001", "1.4", "Personnes accompagnées", 207, "personnes", 200, "Rapport d'activités 2024",
                    None)],
}


#: Sheet order of the template: the order of the contract's table (interfaces.md).
TEMPLATE_ORDER = ("Beneficiaries", "BudgetLines", "Programmes", "Grants", "Payments", "Indicators")

COLUMN_HELP: dict[str, str] = {
    "ref": "Your own key: importing the same ref again updates the record.",
    "category": "commune, police_zone, training_school, regional_body, asbl_communal, asbl_private",
    "bce": "Enterprise number, 10 digits (0412.345.678), checked modulo 97.",
    "iban": "Account number, checked (ISO 13616).",
    "commune_nis": "NIS code of one of the 19 Brussels communes (21001-21019).",
    "language": "fr or nl",
    "kind": "Programmes: call_for_projects, local_plan, police_fund, direct_grant. "
            "Payments: advance, balance, other, recovery (money paid back).",
    "measures": "PGSP measure codes separated by ';', optionally with shares: 1.4:60; 2.1:40 (total 100).",
    "amount": "Euro, at most 2 decimals (never rounded): 1234.56, 1 234,56, 1.234,56 or 1,234.56. "
              "2.000 or 150,000 alone is refused as ambiguous: write 2000 or 2.000,00.",
    "advance_share": "Percent, 0 to 100, at most 2 decimals (never rounded): 80 or 33,33.",
    "decision_date": "Date cell, 2024-03-31 or 31/03/2024. A decided grant is committed on its line at that date.",
    "budget_line_code": "The code of a budget line of the grant's own year.",
    "measure": "Indicators: the code of one of the grant's own PGSP measures (1.4).",
    "achieved": "Indicators: what the project achieved, a number zero or more (at most 2 decimals).",
    "target": "Indicators: the figure aimed at, a number zero or more.",
    "unit": "Indicators: people, kg, activities, hours...",
    "source": "Indicators: where the figure comes from (activity report 2024...).",
    "nature": "Grants: operating or investment; blank: what the budget line's economic class gives "
              "(5x, 6x: investment), or as recorded.",
    "project_budget": "Grants: the co-financed project's total budget; the amount cannot exceed it minus the "
                      "other funders (sheet Cofunding). Blank: as recorded.",
    "status": "Cofunding: requested (default), granted or refused (a refused funding does not count).",
}


def write_template(path: Path, *, with_examples: bool = False) -> None:
    """An empty import workbook: exactly the contract's sheets, each with its header row
    (required columns in bold, a comment on each header explaining it)."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    fill = PatternFill("solid", fgColor="DDE6F0")
    by_name = {s.name: s for s in SHEETS}
    for name in TEMPLATE_ORDER:
        spec = by_name[name]
        ws = wb.create_sheet(spec.name)
        for col, column in enumerate(spec.columns, start=1):
            cell = ws.cell(row=1, column=col, value=column)
            cell.font = Font(bold=column in spec.required)
            cell.fill = fill
            cell.alignment = Alignment(horizontal="center")
            text = ("Required. " if column in spec.required else "Optional. ") + COLUMN_HELP.get(column, "")
            if col == 1:
                text += "\n\n" + spec.help
            cell.comment = Comment(text.strip(), "grants")
            ws.column_dimensions[get_column_letter(col)].width = max(14, len(column) + 4)
        ws.freeze_panes = "A2"
        if with_examples:
            for row in EXAMPLES.get(spec.name, []):
                ws.append(list(row))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    tmp.replace(path)
