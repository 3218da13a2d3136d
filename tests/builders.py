"""Small, readable data builders for tests, going through the real services."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from grants.models import Category, OpinionKind
from grants.services import beneficiaries, budget
from grants.services import grants as G
from grants.services.database import Database

D = Decimal
DOCUMENTS = "Rapport d'activités ; tableau des dépenses ; copies des factures"


def beneficiary(db: Database, name: str = "GAMS Belgique", bce: str | None = None, category: Category = Category.ASBL_PRIVATE) -> int:
    return beneficiaries.save_beneficiary(db, beneficiaries.BeneficiaryInput(
        name_fr=name, name_nl=name, category=category, bce=bce, iban="BE54 0000 0000 0097", commune_nis="21004"))


def line(db: Database, year: int = 2024, code: str = "25.002.33.01", ce: str = "100000", cl: str = "80000") -> int:
    return budget.save_budget_line(db, year, code, f"Subventions {code}", D(ce), D(cl))


def grant(db: Database, bene: int, line_id: int, amount: str = "50000", *, measures=(("1.4", D(100)),),
          advance_share: str = "75", deadline: dt.date = dt.date(2025, 3, 31),
          documents: str | None = DOCUMENTS) -> int:
    return G.create_grant(db, G.GrantInput(
        beneficiary_id=bene, budget_line_id=line_id, title="Prévention des violences", amount=D(amount),
        measures=list(measures), advance_share=D(advance_share), period_start=dt.date(2024, 1, 1),
        period_end=dt.date(2024, 12, 31), justification_deadline=deadline, required_documents=documents))


def decide(db: Database, grant_id: int, on: dt.date = dt.date(2024, 2, 1), notified: dt.date | None = None) -> None:
    """Opinions, then the decision; the notification (which follows the commitment) only when given."""
    for kind in OpinionKind:
        G.add_opinion(db, grant_id, kind, on - dt.timedelta(days=10), f"AV-{kind.value}")
    G.record_decision(db, grant_id, f"AR-2024-{grant_id:03d}", on, notified)


def committed_grant(db: Database, amount: str = "50000", **kw) -> tuple[int, int, int]:
    """(beneficiary, line, grant) with the grant decided and committed."""
    b = beneficiary(db)
    ln = line(db)
    g = grant(db, b, ln, amount, **kw)
    decide(db, g)
    G.commit_grant(db, g, dt.date(2024, 2, 2), "ENG-1")
    return b, ln, g
