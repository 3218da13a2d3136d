"""The stored codes of the closed vocabularies, marked for translation (context "values").

Problems that name a status or a kind show it in the user's words (grants.services.errors).
"""

from .errors import QT_TRANSLATE_NOOP

VALUES = (
    QT_TRANSLATE_NOOP("values", "commune"),  # Category
    QT_TRANSLATE_NOOP("values", "police_zone"),  # Category
    QT_TRANSLATE_NOOP("values", "training_school"),  # Category
    QT_TRANSLATE_NOOP("values", "regional_body"),  # Category
    QT_TRANSLATE_NOOP("values", "asbl_communal"),  # Category
    QT_TRANSLATE_NOOP("values", "asbl_private"),  # Category
    QT_TRANSLATE_NOOP("values", "rent"),  # ExpenseCategory
    QT_TRANSLATE_NOOP("values", "communication"),  # ExpenseCategory
    QT_TRANSLATE_NOOP("values", "administration"),  # ExpenseCategory
    QT_TRANSLATE_NOOP("values", "third_parties"),  # ExpenseCategory
    QT_TRANSLATE_NOOP("values", "activities"),  # ExpenseCategory
    QT_TRANSLATE_NOOP("values", "staff"),  # ExpenseCategory
    QT_TRANSLATE_NOOP("values", "investment"),  # ExpenseCategory
    QT_TRANSLATE_NOOP("values", "taxes"),  # ExpenseCategory
    QT_TRANSLATE_NOOP("values", "financial"),  # ExpenseCategory
    QT_TRANSLATE_NOOP("values", "draft"),  # GrantStatus
    QT_TRANSLATE_NOOP("values", "decided"),  # GrantStatus
    QT_TRANSLATE_NOOP("values", "committed"),  # GrantStatus
    QT_TRANSLATE_NOOP("values", "advance_paid"),  # GrantStatus
    QT_TRANSLATE_NOOP("values", "justified"),  # GrantStatus
    QT_TRANSLATE_NOOP("values", "balance_paid"),  # GrantStatus
    QT_TRANSLATE_NOOP("values", "recovery"),  # GrantStatus
    QT_TRANSLATE_NOOP("values", "closed"),  # GrantStatus
    QT_TRANSLATE_NOOP("values", "fr"),  # Language
    QT_TRANSLATE_NOOP("values", "nl"),  # Language
    QT_TRANSLATE_NOOP("values", "inspection_finances"),  # OpinionKind
    QT_TRANSLATE_NOOP("values", "budget_agreement"),  # OpinionKind
    QT_TRANSLATE_NOOP("values", "government_decision"),  # OpinionKind
    QT_TRANSLATE_NOOP("values", "advance"),  # PaymentKind
    QT_TRANSLATE_NOOP("values", "balance"),  # PaymentKind
    QT_TRANSLATE_NOOP("values", "other"),  # PaymentKind
    QT_TRANSLATE_NOOP("values", "recovery"),  # PaymentKind
    QT_TRANSLATE_NOOP("values", "prepared"),  # PaymentStatus
    QT_TRANSLATE_NOOP("values", "approved"),  # PaymentStatus
    QT_TRANSLATE_NOOP("values", "cancelled"),  # PaymentStatus
    QT_TRANSLATE_NOOP("values", "call_for_projects"),  # ProgrammeKind
    QT_TRANSLATE_NOOP("values", "local_plan"),  # ProgrammeKind
    QT_TRANSLATE_NOOP("values", "police_fund"),  # ProgrammeKind
    QT_TRANSLATE_NOOP("values", "direct_grant"),  # ProgrammeKind
    QT_TRANSLATE_NOOP("values", "open"),  # RecoveryStatus
    QT_TRANSLATE_NOOP("values", "paid"),  # RecoveryStatus
    QT_TRANSLATE_NOOP("values", "cancelled"),  # RecoveryStatus
    QT_TRANSLATE_NOOP("values", "officer"),  # Role
    QT_TRANSLATE_NOOP("values", "finance"),  # Role
    QT_TRANSLATE_NOOP("values", "auditor"),  # Role
    QT_TRANSLATE_NOOP("values", "admin"),  # Role
    QT_TRANSLATE_NOOP("values", "operating"),  # GrantNature
    QT_TRANSLATE_NOOP("values", "requested"),  # FunderStatus
    QT_TRANSLATE_NOOP("values", "granted"),  # FunderStatus
    QT_TRANSLATE_NOOP("values", "refused"),  # FunderStatus
)
