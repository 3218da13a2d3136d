"""Translated labels of the closed vocabularies (statuses, categories, kinds).

Each English source text is written literally in a ``translate("labels", ...)`` call so that
pyside6-lupdate collects it; the stored value (``draft``) is never shown to the user.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def _table() -> dict[str, Callable[[], str]]:
    t = QCoreApplication.translate
    return {
        # grant status
        "draft": lambda: t("labels", "Draft"),
        "decided": lambda: t("labels", "Decided"),
        "committed": lambda: t("labels", "Committed"),
        "advance_paid": lambda: t("labels", "Advance paid"),
        "justified": lambda: t("labels", "Justified"),
        "balance_paid": lambda: t("labels", "Balance paid"),
        "recovery": lambda: t("labels", "Recovery"),
        "closed": lambda: t("labels", "Closed"),
        # beneficiary category
        "commune": lambda: t("labels", "Commune"),
        "police_zone": lambda: t("labels", "Police zone"),
        "training_school": lambda: t("labels", "Training school (ERIP/ERAP/Brusafe)"),
        "regional_body": lambda: t("labels", "Regional body (OAA)"),
        "asbl_communal": lambda: t("labels", "Communal non-profit (ASBL)"),
        "asbl_private": lambda: t("labels", "Private non-profit (ASBL)"),
        # programme kind
        "call_for_projects": lambda: t("labels", "Call for projects"),
        "local_plan": lambda: t("labels", "Local plan (PLPP)"),
        "police_fund": lambda: t("labels", "European Summits Fund (FSE)"),
        "direct_grant": lambda: t("labels", "Direct grant"),
        # payment kind and status
        "advance": lambda: t("labels", "Advance"),
        "balance": lambda: t("labels", "Balance"),
        "other": lambda: t("labels", "Other payment"),
        "prepared": lambda: t("labels", "Prepared"),
        "approved": lambda: t("labels", "Approved"),
        "cancelled": lambda: t("labels", "Cancelled"),
        # recovery status
        "open": lambda: t("labels", "Open"),
        "paid": lambda: t("labels", "Paid"),
        # expense categories
        "rent": lambda: t("labels", "Rent and charges"),
        "communication": lambda: t("labels", "Communication"),
        "administration": lambda: t("labels", "Administration"),
        "third_parties": lambda: t("labels", "Third parties and fees"),
        "activities": lambda: t("labels", "Activities"),
        "staff": lambda: t("labels", "Staff"),
        "investment": lambda: t("labels", "Investment and depreciation"),
        "taxes": lambda: t("labels", "Taxes"),
        "financial": lambda: t("labels", "Financial and exceptional"),
        # opinions
        "inspection_finances": lambda: t("labels", "Inspection of Finance opinion"),
        "budget_agreement": lambda: t("labels", "Budget minister's agreement"),
        "government_decision": lambda: t("labels", "Government decision"),
        # languages
        "fr": lambda: t("labels", "French"),
        "nl": lambda: t("labels", "Dutch"),
        "en": lambda: t("labels", "English"),
    }


def label(value: Enum | str | None) -> str:
    """The translated label of a stored value (``GrantStatus.DRAFT`` -> "Brouillon")."""
    if value is None:
        return ""
    key = value.value if isinstance(value, Enum) else str(value)
    try:  # one vocabulary with the lists: the shell's labels win where they exist
        from grants.ui.labels import VALUES, value_label

        if key in VALUES:
            return value_label(key)
    except ImportError:  # pragma: no cover
        pass
    fn = _table().get(key)
    return fn() if fn else key


def yes_no(value: bool | None) -> str:
    if value is None:
        return "—"
    return _t("Yes") if value else _t("No")
