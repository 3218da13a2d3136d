"""Translated labels of stored values (statuses, kinds, categories) and cell formatting.

The English source texts are collected by pyside6-lupdate from the QT_TRANSLATE_NOOP calls
below (context "values"); they are translated when shown.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


_N = QT_TRANSLATE_NOOP
VALUES: dict[str, str] = {
    # grant status
    "draft": _N("values", "Draft"), "decided": _N("values", "Decided"), "committed": _N("values", "Committed"),
    "advance_paid": _N("values", "Advance paid"), "justified": _N("values", "Justified"),
    "balance_paid": _N("values", "Balance paid"), "recovery": _N("values", "Recovery"), "closed": _N("values", "Closed"),
    # payment kind and status
    "advance": _N("values", "Advance"), "balance": _N("values", "Balance"), "other": _N("values", "Other"),
    "prepared": _N("values", "Prepared"), "approved": _N("values", "Approved"), "cancelled": _N("values", "Cancelled"),
    # recovery status
    "open": _N("values", "Open"), "paid": _N("values", "Paid"),
    # beneficiary category
    "commune": _N("values", "Commune"), "police_zone": _N("values", "Police zone"),
    "training_school": _N("values", "Training school"), "regional_body": _N("values", "Regional body"),
    "asbl_communal": _N("values", "Communal non-profit"), "asbl_private": _N("values", "Private non-profit"),
    # programme kind
    "call_for_projects": _N("values", "Call for projects"), "local_plan": _N("values", "Local plan (PLPP)"),
    "police_fund": _N("values", "Police fund"), "direct_grant": _N("values", "Direct grant"),
    # languages of beneficiaries
    "fr": _N("values", "French"), "nl": _N("values", "Dutch"),
}


def value_label(value: Any) -> str:
    """The translated label of a stored value (enum or its string)."""
    if value is None:
        return ""
    key = value.value if isinstance(value, enum.Enum) else str(value)
    source = VALUES.get(key)
    return QCoreApplication.translate("values", source) if source else key


def yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate("values", "Yes") if value else QCoreApplication.translate("values", "No")


_N("values", "Yes")
_N("values", "No")


def format_cell(value: Any, kind: str, lang: str) -> str:
    """A value as shown in a list cell, Belgian formats (1 234,56 EUR; 31/03/2025)."""
    from grants.i18n import format_date, format_money

    if value is None:
        return ""
    if kind in ("money", "cents"):
        return format_money(Decimal(value), lang)
    if kind == "date":
        return format_date(value, lang) if isinstance(value, dt.date) else str(value)
    if kind == "enum":
        return value_label(value)
    if kind == "bool":
        return yes_no(bool(value))
    if kind == "score":
        return f"{Decimal(value):.2f}".replace(".", "," if lang != "en" else ".")
    if kind == "communication":
        from grants.services.validators import format_communication

        return format_communication(str(value))
    if kind == "bce":
        from grants.services.validators import format_bce

        return format_bce(str(value))
    if kind == "iban":
        from grants.services.validators import format_iban

        return format_iban(str(value))
    if kind == "int":
        return str(value)
    return str(value)
