"""Small, realistic data built through the services, for the shell's GUI tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from grants.models import Category, ExpenseCategory, OpinionKind, PaymentKind
from grants.services import budget, grants, justifications, payments
from grants.services.beneficiaries import BeneficiaryInput, save_beneficiary

D = Decimal


def build(db) -> dict:  # type: ignore[no-untyped-def]
    """Two beneficiaries, a 2024 budget line, three grants at different stages, a recovery claim."""
    ids: dict = {}
    ids["commune"] = save_beneficiary(db, BeneficiaryInput(name_fr="Commune d'Ixelles", name_nl="Gemeente Elsene",
                                                           category=Category.COMMUNE, commune_nis="21009"))
    ids["asbl"] = save_beneficiary(db, BeneficiaryInput(name_fr="Prévention Jeunes ASBL", name_nl="Preventie Jongeren vzw",
                                                        category=Category.ASBL_PRIVATE))
    ids["line"] = budget.save_budget_line(db, 2024, "12.002.33.01", "Subsides prévention", D("1000000"), D("900000"))

    def grant(ben: int, title: str, amount: str, advance: str = "60") -> int:
        return grants.create_grant(db, grants.GrantInput(
            beneficiary_id=ben, budget_line_id=ids["line"], title=title, amount=D(amount),
            measures=[("1.1", D("100"))], advance_share=D(advance), period_start=dt.date(2024, 1, 1),
            period_end=dt.date(2024, 12, 31), justification_deadline=dt.date(2025, 3, 31),
            required_documents="Rapport d'activités ; factures"))

    ids["draft"] = grant(ids["commune"], "Plan local de prévention 2024", "250000")
    ids["paid"] = grant(ids["asbl"], "Médiation de quartier", "40000")
    ids["recovery"] = grant(ids["asbl"], "Animations estivales", "10000", "100")
    for gid, n in ((ids["paid"], 1), (ids["recovery"], 2)):
        for kind in OpinionKind:  # both amounts are above every threshold
            grants.add_opinion(db, gid, kind, dt.date(2024, 1, 20), f"AV-{n}-{kind.value[:3]}")
        grants.record_decision(db, gid, f"AG-2024-{n}", dt.date(2024, 2, 1))
        grants.commit_grant(db, gid, dt.date(2024, 2, 10))
    ids["advance"] = payments.prepare_payment(db, ids["paid"], dt.date(2024, 3, 1), D("24000"), PaymentKind.ADVANCE)
    payments.approve_payment(db, ids["advance"])
    ids["to_approve"] = payments.prepare_payment(db, ids["paid"], dt.date(2024, 4, 1), D("1000"), PaymentKind.OTHER)
    p = payments.prepare_payment(db, ids["recovery"], dt.date(2024, 3, 5), D("10000"), PaymentKind.ADVANCE)
    payments.approve_payment(db, p)
    justifications.receive_justification(db, ids["recovery"], dt.date(2025, 1, 15), [
        justifications.ExpenseLine(ExpenseCategory.ACTIVITIES, D("8000"), D("7500"), "F-1")])
    ids["claim"] = justifications.settle(db, ids["recovery"], dt.date(2025, 2, 1)).claim_id
    return ids
