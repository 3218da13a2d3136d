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


VALUES: dict[str, str] = {
    # grant status
    "draft": QT_TRANSLATE_NOOP("values", "Draft"), "decided": QT_TRANSLATE_NOOP("values", "Decided"), "committed": QT_TRANSLATE_NOOP("values", "Committed"),
    "advance_paid": QT_TRANSLATE_NOOP("values", "Advance paid"), "justified": QT_TRANSLATE_NOOP("values", "Justified"),
    "balance_paid": QT_TRANSLATE_NOOP("values", "Balance paid"), "recovery": QT_TRANSLATE_NOOP("values", "Recovery"), "closed": QT_TRANSLATE_NOOP("values", "Closed"),
    "selected_not_granted": QT_TRANSLATE_NOOP("values", "Selected, not granted"),
    # payment kind and status
    "advance": QT_TRANSLATE_NOOP("values", "Advance"), "balance": QT_TRANSLATE_NOOP("values", "Balance"), "other": QT_TRANSLATE_NOOP("values", "Other"),
    "prepared": QT_TRANSLATE_NOOP("values", "Prepared"), "approved": QT_TRANSLATE_NOOP("values", "Approved"), "cancelled": QT_TRANSLATE_NOOP("values", "Cancelled"),
    # recovery status
    "open": QT_TRANSLATE_NOOP("values", "Open"), "paid": QT_TRANSLATE_NOOP("values", "Paid"),
    # beneficiary category
    "commune": QT_TRANSLATE_NOOP("values", "Commune"), "police_zone": QT_TRANSLATE_NOOP("values", "Police zone"),
    "training_school": QT_TRANSLATE_NOOP("values", "Training school"), "regional_body": QT_TRANSLATE_NOOP("values", "Regional body"),
    "asbl_communal": QT_TRANSLATE_NOOP("values", "Communal non-profit"), "asbl_private": QT_TRANSLATE_NOOP("values", "Private non-profit"),
    # programme kind
    "call_for_projects": QT_TRANSLATE_NOOP("values", "Call for projects"), "local_plan": QT_TRANSLATE_NOOP("values", "Local plan (PLPP)"),
    "police_fund": QT_TRANSLATE_NOOP("values", "Police fund"), "direct_grant": QT_TRANSLATE_NOOP("values", "Direct grant"),
    # languages of beneficiaries
    "fr": QT_TRANSLATE_NOOP("values", "French"), "nl": QT_TRANSLATE_NOOP("values", "Dutch"),
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


QT_TRANSLATE_NOOP("values", "Yes")
QT_TRANSLATE_NOOP("values", "No")


def format_cell(value: Any, kind: str, lang: str) -> str:
    """A value as shown in a list cell, Belgian formats (grants.i18n: 1 234,56 € / € 1.234,56;
    31/03/2025)."""
    from grants.i18n import format_date, format_datetime, format_money, format_number

    if value is None:
        return ""
    if kind in ("money", "cents"):
        return format_money(Decimal(value), lang)
    if kind == "date":
        if isinstance(value, dt.datetime):
            return format_datetime(value, lang)
        return format_date(value, lang) if isinstance(value, dt.date) else str(value)
    if kind == "enum":
        return value_label(value)
    if kind == "bool":
        return yes_no(bool(value))
    if kind == "score":
        return format_number(Decimal(value), lang)
    if kind == "percent":
        return f"{format_number(Decimal(value), lang)} %"
    if kind == "nature":  # a grant's nature: operating or investment (README "Co-financing")
        key = value.value if isinstance(value, enum.Enum) else str(value)
        source = {"operating": "Operating", "investment": "Investment"}.get(key)
        return QCoreApplication.translate("labels", source) if source else key
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
