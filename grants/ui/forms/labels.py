"""Translated labels of the closed vocabularies (statuses, categories, kinds).

Each English source text is written literally in a ``translate("labels", ...)`` call so that
pyside6-lupdate collects it; the stored value (``draft``) is never shown to the user.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication


def _table() -> dict[str, Callable[[], str]]:
    return {
        # grant status
        "draft": lambda: QCoreApplication.translate("labels", "Draft"),
        "decided": lambda: QCoreApplication.translate("labels", "Decided"),
        "committed": lambda: QCoreApplication.translate("labels", "Committed"),
        "advance_paid": lambda: QCoreApplication.translate("labels", "Advance paid"),
        "justified": lambda: QCoreApplication.translate("labels", "Justified"),
        "balance_paid": lambda: QCoreApplication.translate("labels", "Balance paid"),
        "recovery": lambda: QCoreApplication.translate("labels", "Recovery"),
        "closed": lambda: QCoreApplication.translate("labels", "Closed"),
        # beneficiary category
        "commune": lambda: QCoreApplication.translate("labels", "Commune"),
        "police_zone": lambda: QCoreApplication.translate("labels", "Police zone"),
        "training_school": lambda: QCoreApplication.translate("labels", "Training school (ERIP/ERAP/Brusafe)"),
        "regional_body": lambda: QCoreApplication.translate("labels", "Regional body (OAA)"),
        "asbl_communal": lambda: QCoreApplication.translate("labels", "Communal non-profit (ASBL)"),
        "asbl_private": lambda: QCoreApplication.translate("labels", "Private non-profit (ASBL)"),
        # programme kind
        "call_for_projects": lambda: QCoreApplication.translate("labels", "Call for projects"),
        "local_plan": lambda: QCoreApplication.translate("labels", "Local plan (PLPP)"),
        "police_fund": lambda: QCoreApplication.translate("labels", "European Summits Fund (FSE)"),
        "direct_grant": lambda: QCoreApplication.translate("labels", "Direct grant"),
        # payment kind and status
        "advance": lambda: QCoreApplication.translate("labels", "Advance"),
        "balance": lambda: QCoreApplication.translate("labels", "Balance"),
        "other": lambda: QCoreApplication.translate("labels", "Other payment"),
        "prepared": lambda: QCoreApplication.translate("labels", "Prepared"),
        "approved": lambda: QCoreApplication.translate("labels", "Approved"),
        "cancelled": lambda: QCoreApplication.translate("labels", "Cancelled"),
        # recovery status
        "open": lambda: QCoreApplication.translate("labels", "Open"),
        "paid": lambda: QCoreApplication.translate("labels", "Paid"),
        # expense categories
        "rent": lambda: QCoreApplication.translate("labels", "Rent and charges"),
        "communication": lambda: QCoreApplication.translate("labels", "Communication"),
        "administration": lambda: QCoreApplication.translate("labels", "Administration"),
        "third_parties": lambda: QCoreApplication.translate("labels", "Third parties and fees"),
        "activities": lambda: QCoreApplication.translate("labels", "Activities"),
        "staff": lambda: QCoreApplication.translate("labels", "Staff"),
        "investment": lambda: QCoreApplication.translate("labels", "Investment and depreciation"),
        "taxes": lambda: QCoreApplication.translate("labels", "Taxes"),
        "financial": lambda: QCoreApplication.translate("labels", "Financial and exceptional"),
        # opinions
        "inspection_finances": lambda: QCoreApplication.translate("labels", "Inspection of Finance opinion"),
        "budget_agreement": lambda: QCoreApplication.translate("labels", "Budget minister's agreement"),
        "government_decision": lambda: QCoreApplication.translate("labels", "Government decision"),
        # another funder's status (co-financing)
        "requested": lambda: QCoreApplication.translate("labels", "Requested"),
        "granted": lambda: QCoreApplication.translate("labels", "Granted"),
        "refused": lambda: QCoreApplication.translate("labels", "Refused"),
        # languages
        "fr": lambda: QCoreApplication.translate("labels", "French"),
        "nl": lambda: QCoreApplication.translate("labels", "Dutch"),
        "en": lambda: QCoreApplication.translate("labels", "English"),
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


def nature_label(value: Enum | str | None) -> str:
    """A grant's nature: operating (fonctionnement) or investment (investissement)."""
    key = value.value if isinstance(value, Enum) else str(value or "")
    if key == "investment":
        return QCoreApplication.translate("labels", "Investment")
    if key == "operating":
        return QCoreApplication.translate("labels", "Operating")
    return key


def yes_no(value: bool | None) -> str:
    if value is None:
        return "—"
    return QCoreApplication.translate("labels", "Yes") if value else QCoreApplication.translate("labels", "No")


def working_note() -> str:
    """Shown beside a PGSP text in Dutch that is the team's working translation (measure tooltips)."""
    return QCoreApplication.translate("Forms", "Working translation, pending the official text")
