"""The closed vocabularies of grants (statuses, kinds, categories...): plain string enums.

Stored as their values, as short strings with a CHECK constraint (``grants.models.enums.enum_column``).
Importing them imports nothing else: the models, the domain, the writers and the command line's
SQLite read path (``grants.services.lean``) all use them."""

from __future__ import annotations

import enum


class Category(enum.StrEnum):
    COMMUNE = "commune"
    POLICE_ZONE = "police_zone"
    TRAINING_SCHOOL = "training_school"  # ERIP/ERAP/Brusafe
    REGIONAL_BODY = "regional_body"  # OAA
    ASBL_COMMUNAL = "asbl_communal"
    ASBL_PRIVATE = "asbl_private"


class ProgrammeKind(enum.StrEnum):
    CALL_FOR_PROJECTS = "call_for_projects"
    LOCAL_PLAN = "local_plan"  # PLPP
    POLICE_FUND = "police_fund"  # FSE
    DIRECT_GRANT = "direct_grant"


class GrantStatus(enum.StrEnum):
    DRAFT = "draft"
    DECIDED = "decided"
    COMMITTED = "committed"
    ADVANCE_PAID = "advance_paid"
    JUSTIFIED = "justified"
    BALANCE_PAID = "balance_paid"
    RECOVERY = "recovery"
    CLOSED = "closed"


class PaymentKind(enum.StrEnum):
    ADVANCE = "advance"
    BALANCE = "balance"
    OTHER = "other"
    RECOVERY = "recovery"  # money paid back by the beneficiary


class PaymentStatus(enum.StrEnum):
    PREPARED = "prepared"
    APPROVED = "approved"
    CANCELLED = "cancelled"


class ExpenseCategory(enum.StrEnum):
    RENT = "rent"  # loyers et charges
    COMMUNICATION = "communication"
    ADMINISTRATION = "administration"
    THIRD_PARTIES = "third_parties"  # tiers et honoraires
    ACTIVITIES = "activities"
    STAFF = "staff"
    INVESTMENT = "investment"  # investissements et amortissements
    TAXES = "taxes"
    FINANCIAL = "financial"  # financières et exceptionnelles


class GrantNature(enum.StrEnum):
    """Operating (fonctionnement / werking) or investment (investissement / investering) subsidy."""

    OPERATING = "operating"
    INVESTMENT = "investment"


class FunderStatus(enum.StrEnum):
    """Where another funder of a co-financed project stands: a refused funding does not count."""

    REQUESTED = "requested"
    GRANTED = "granted"
    REFUSED = "refused"


class RecoveryStatus(enum.StrEnum):
    OPEN = "open"
    PAID = "paid"
    CANCELLED = "cancelled"


class OpinionKind(enum.StrEnum):
    INSPECTION = "inspection_finances"  # Inspection des Finances
    BUDGET = "budget_agreement"  # accord du ministre du Budget
    GOVERNMENT = "government_decision"  # décision du Gouvernement


class Role(enum.StrEnum):
    OFFICER = "officer"
    FINANCE = "finance"
    AUDITOR = "auditor"
    ADMIN = "admin"


class Language(enum.StrEnum):
    FR = "fr"
    NL = "nl"
