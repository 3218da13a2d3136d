"""A small, realistic dataset built through the services, shared by the report and export tests.

Not tied to the demo dataset: every figure the tests check is computed here or by the services.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from grants.models import Category, ExpenseCategory, OpinionKind, PaymentKind, ProgrammeKind
from grants.services import beneficiaries as ben
from grants.services import budget, grants, justifications, payments, programmes, recoveries

D = Decimal
YEAR = 2024


@dataclass
class Dataset:
    lines: dict[str, int] = field(default_factory=dict)
    bens: dict[str, int] = field(default_factory=dict)
    grants: dict[str, int] = field(default_factory=dict)
    programme_ref: str = "AAP-2024"
    claim_communication: str | None = None
    approved_unexported: list[int] = field(default_factory=list)


def _grant(db, ds: Dataset, key: str, ben_key: str, line: str, title: str, amount: str, measures, *,
           programme_id=None, advance_share="80", decide=True, commit=True) -> int:
    gid = grants.create_grant(db, grants.GrantInput(
        beneficiary_id=ds.bens[ben_key], budget_line_id=ds.lines[line], title=title, amount=D(amount),
        measures=[(c, D(s)) for c, s in measures], programme_id=programme_id, advance_share=D(advance_share),
        period_start=dt.date(YEAR, 1, 1), period_end=dt.date(YEAR, 12, 31),
        justification_deadline=dt.date(YEAR + 1, 3, 31), required_documents="Rapport d'activités ; factures", ref=key))
    ds.grants[key] = gid
    if decide:
        for kind in OpinionKind:
            grants.add_opinion(db, gid, kind, dt.date(YEAR, 2, 1), f"AV-{key}-{kind.value[:3]}")
        grants.record_decision(db, gid, f"AR-{key}", dt.date(YEAR, 2, 15), dt.date(YEAR, 2, 20))
    if commit:
        grants.commit_grant(db, gid, dt.date(YEAR, 2, 16), f"ENG-{key}")
    return gid


#: The Region's account as the tests set it (through the service, as an admin would).
DEBTOR = {"name": "safe.brussels - Bruxelles Prévention & Sécurité", "iban": "BE71096123456769", "bic": "GKCCBEBB"}


def build_dataset(db) -> Dataset:
    from grants.services import organisation

    ds = Dataset()
    organisation.set_settings(db, **DEBTOR)
    ds.lines["communes"] = budget.save_budget_line(db, YEAR, "33.001.00.01", "Subsides aux communes et zones de police",
                                                   D("5000000.00"), D("4000000.00"))
    ds.lines["asbl"] = budget.save_budget_line(db, YEAR, "33.002.00.02", "Subsides aux ASBL et organismes",
                                               D("1000000.00"), D("800000.00"))
    budget.save_budget_line(db, YEAR + 1, "33.001.00.01", "Subsides aux communes et zones de police",
                            D("5100000.00"), D("4100000.00"))
    mk = ben.BeneficiaryInput
    ds.bens["IXL"] = ben.save_beneficiary(db, mk("Commune d'Ixelles", Category.COMMUNE, "Gemeente Elsene",
                                                  bce="0207.373.429", iban="BE88363000000141", bic="BBRUBEBB",
                                                  commune_nis="21009", ref="B-IXL", address="Chaussée d'Ixelles 168, 1050 Ixelles"))
    ds.bens["PZ"] = ben.save_beneficiary(db, mk("Zone de police Bruxelles-Capitale Ixelles", Category.POLICE_ZONE,
                                                 "Politiezone Brussel-Hoofdstad Elsene", iban="BE35310123456737",
                                                 police_zone_code=5339, ref="B-PZ"))
    ds.bens["GAMS"] = ben.save_beneficiary(db, mk("GAMS Belgique - Mutilations génitales féminines", Category.ASBL_PRIVATE,
                                                   "GAMS België", iban="BE32123456789002", ref="B-GAMS",
                                                   address="Rue Gabrielle Petit 6, 1080 Molenbeek-Saint-Jean"))
    ds.bens["SCHAKEL"] = ben.save_beneficiary(db, mk("Maison de jeunes De Schakel", Category.ASBL_PRIVATE,
                                                      "Jeugdhuis De Schakel vzw", iban="BE90735000111132",
                                                      language="nl", ref="B-SCHAKEL"))
    ds.bens["STIB"] = ben.save_beneficiary(db, mk("Société des Transports Intercommunaux de Bruxelles",
                                                   Category.REGIONAL_BODY,
                                                   "Maatschappij voor het Intercommunaal Vervoer te Brussel",
                                                   iban="BE56679000222288", ref="B-STIB"))
    prog = programmes.save_programme(db, programmes.ProgrammeInput(
        "Appel à projets 2024 - Prévention et égalité", ProgrammeKind.CALL_FOR_PROJECTS, YEAR, envelope=D("100000.00"),
        opens=dt.date(YEAR - 1, 10, 1), closes=dt.date(YEAR - 1, 11, 30), ref=ds.programme_ref))
    for key in ("GAMS", "SCHAKEL"):
        app = programmes.register_application(db, prog, ds.bens[key], f"Projet {key}", D("50000.00"),
                                              dt.date(YEAR - 1, 11, 15), "1.4")
        programmes.set_admissibility(db, app, True)
        programmes.score_application(db, app, D("8"), D("7"), D("7"))
        programmes.select_application(db, app, True)
    app = programmes.register_application(db, prog, ds.bens["STIB"], "Projet refusé", D("9000.00"),
                                          dt.date(YEAR - 1, 11, 16), "5.1")
    programmes.set_admissibility(db, app, False, "hors délai")

    # 1. a commune: advance, full justification, balance paid
    g = _grant(db, ds, "G-IXL", "IXL", "communes", "Plan local de prévention et de proximité 2024", "1234567.89",
               [("7.1", "60"), ("1.4", "40")])
    p = payments.prepare_payment(db, g, dt.date(YEAR, 3, 10), D("987654.31"), PaymentKind.ADVANCE, "ADV-IXL")
    payments.approve_payment(db, p)
    justifications.receive_justification(db, g, dt.date(YEAR, 11, 30), [
        justifications.ExpenseLine(ExpenseCategory.STAFF, D("1000000.00"), D("1000000.00"), "PAY-1"),
        justifications.ExpenseLine(ExpenseCategory.ACTIVITIES, D("250000.00"), D("234567.89"), "INV-1")])
    settlement = justifications.settle(db, g, dt.date(YEAR, 12, 10))
    payments.approve_payment(db, settlement.payment_id)  # balance 246 913,58

    # 2. an ASBL that spent less than its advance: a recovery claim, partly paid back
    g = _grant(db, ds, "G-GAMS", "GAMS", "asbl", "Prévention des mutilations génitales féminines", "45000.00",
               [("1.4", "100")], programme_id=prog)
    p = payments.prepare_payment(db, g, dt.date(YEAR, 3, 12), D("36000.00"), PaymentKind.ADVANCE, "ADV-GAMS")
    payments.approve_payment(db, p)
    justifications.receive_justification(db, g, dt.date(YEAR, 12, 1), [
        justifications.ExpenseLine(ExpenseCategory.STAFF, D("31000.00"), D("30000.55"), "PAY-G1")])
    settlement = justifications.settle(db, g, dt.date(YEAR, 12, 12))
    ds.claim_communication = settlement.communication
    recoveries.record_refund(db, settlement.claim_id, dt.date(YEAR, 12, 20), D("1000.00"), "REFUND-1")

    # 3. a Dutch-speaking ASBL: approved advance not yet sent to the bank
    g = _grant(db, ds, "G-SCHAKEL", "SCHAKEL", "asbl", "Jongerenwerking in Sint-Jans-Molenbeek", "12345.67",
               [("2.1", "50"), ("1.4", "50")], programme_id=prog)
    p = payments.prepare_payment(db, g, dt.date(YEAR, 4, 2), D("9876.54"), PaymentKind.ADVANCE, "ADV-SCHAKEL")
    payments.approve_payment(db, p)
    ds.approved_unexported.append(p)

    # 4. a police zone: an advance prepared, waiting for approval
    g = _grant(db, ds, "G-PZ", "PZ", "communes", "Fonds Sommets européens 2024", "2000000.00",
               [("5.1", "50"), ("6.1", "50")])
    payments.prepare_payment(db, g, dt.date(YEAR, 4, 15), D("1600000.00"), PaymentKind.ADVANCE, "ADV-PZ")

    # 5. a regional body: a draft, no measure
    _grant(db, ds, "G-STIB", "STIB", "asbl", "Sécurisation du réseau de métro", "300000.10", [], decide=False,
           commit=False)
    return ds
