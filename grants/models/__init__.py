"""SQLAlchemy models, one module per aggregate. Importing this package registers them all."""

from .attachment import Attachment, Blob, Project
from .audit import AuditEntry
from .base import Base
from .beneficiary import Beneficiary, Contact
from .budget import BudgetLine, BudgetYear
from .enums import (
    Category,
    ExpenseCategory,
    FunderStatus,
    GrantNature,
    GrantStatus,
    Language,
    OpinionKind,
    PaymentKind,
    PaymentStatus,
    ProgrammeKind,
    RecoveryStatus,
    Role,
)
from .grant import Amendment, Commitment, Grant, GrantCofunder, GrantMeasure, Opinion, OpinionThreshold, RefSequence
from .indicator import Indicator
from .justification import Justification, JustificationLine
from .letter import SentDocument
from .organisation import OrganisationSetting, SepaFile
from .payment import Payment
from .plpp import PlppActivity, PlppKey
from .programme import Application, Programme
from .recovery import RecoveryClaim
from .reference import Commune, Measure, PlanEdition, PoliceZone, Thematic
from .security import UserRole

__all__ = [
    "Amendment",
    "Application",
    "Attachment",
    "AuditEntry",
    "Base",
    "Beneficiary",
    "Blob",
    "BudgetLine",
    "BudgetYear",
    "Category",
    "Commitment",
    "Commune",
    "Contact",
    "ExpenseCategory",
    "FunderStatus",
    "Grant",
    "GrantCofunder",
    "GrantMeasure",
    "GrantNature",
    "GrantStatus",
    "Indicator",
    "Justification",
    "JustificationLine",
    "Language",
    "Measure",
    "Opinion",
    "OpinionKind",
    "OpinionThreshold",
    "OrganisationSetting",
    "Payment",
    "PaymentKind",
    "PaymentStatus",
    "PlanEdition",
    "PlppActivity",
    "PlppKey",
    "PoliceZone",
    "Programme",
    "ProgrammeKind",
    "Project",
    "RecoveryClaim",
    "RecoveryStatus",
    "RefSequence",
    "Role",
    "SentDocument",
    "SepaFile",
    "Thematic",
    "UserRole",
]
