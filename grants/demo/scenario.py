"""The demonstration dataset (``grants demo``): a realistic 2024, with enough 2023 to show history.

Everything goes through the real services, as a grant officer ("demo.officer") and a finance
officer ("demo.finance") would have done it, in date order: beneficiaries, budget lines,
programmes, applications, opinions, decisions, commitments, payments prepared by one and
approved by the other, justifications, balances, recovery claims. Every rule is exercised and
every change lands in the audit trail; a rule that refuses the data means the data is wrong.

Idempotent: each step first looks for what it would create (by reference, or by the state of the
grant) and does nothing when it is there, so a second run changes nothing, and a run that was
interrupted resumes where it stopped.

The figures of 2024 are the public ones (../shared/reference/subsidies_2024_facts.md); see
:mod:`grants.demo.data` for the beneficiaries and the projects.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from grants.domain.figures import IS_PAID
from grants.models import (
    Amendment,
    Application,
    Beneficiary,
    BudgetLine,
    Category,
    Commune,
    ExpenseCategory,
    FunderStatus,
    Grant,
    GrantStatus,
    Justification,
    Opinion,
    OpinionKind,
    Payment,
    PaymentKind,
    PaymentStatus,
    PlppKey,
    PoliceZone,
    Programme,
    ProgrammeKind,
    RecoveryClaim,
    RecoveryStatus,
)
from grants.services import figures
from grants.services.beneficiaries import BeneficiaryInput, ContactInput, save_beneficiary
from grants.services.budget import save_budget_line
from grants.services.database import Database
from grants.services.errors import QT_TRANSLATE_NOOP, RuleError
from grants.services.grants import (
    GrantInput,
    add_opinion,
    amend_grant,
    close_grant,
    commit_grant,
    create_grant,
    record_decision,
    update_draft,
)
from grants.services.grants import required_opinions as _required_opinions
from grants.services.justifications import ExpenseLine, receive_justification, settle
from grants.services.payments import approve_payment, prepare_payment
from grants.services.plpp import ActivityInput, activities_of, save_activity, set_key
from grants.services.programmes import (
    ProgrammeInput,
    applications_to_grants,
    register_application,
    save_programme,
    score_application,
    select_application,
    set_admissibility,
)
from grants.services.recoveries import record_refund, remind
from grants.services.validators import parse_measures

from . import data as D

#: Who does what: the officer prepares (beneficiaries, grants, payments), finance keeps the budget and approves.
OFFICER = "demo.officer"
FINANCE = "demo.finance"
#: The day the story stops: what is overdue is overdue at this date.
AS_OF = dt.date(2024, 12, 31)
S = GrantStatus
d = dt.date


# ================================================================================================
# The plan: what each grant goes through, with its dates
# ================================================================================================


@dataclass(frozen=True)
class Justif:
    received_on: dt.date
    claimed: Decimal
    accepted: Decimal
    checked_on: dt.date | None = None
    notes: str | None = None


@dataclass
class Plan:
    """One grant's life, from its draft to where it stands at the end of 2024."""

    ref: str | None  # None for a grant made from an application (the call generates its ref)
    beneficiary: str  # beneficiary ref
    channel: str  # key of data.BUDGET_LINES
    year: int
    title: str
    amount: Decimal
    measures: str
    programme: str
    advance_share: Decimal
    decision_ref: str
    decided_on: dt.date
    committed_on: dt.date | None
    notified_on: dt.date | None
    advance_on: dt.date | None = None
    advance_approved: bool = True
    amendment: tuple[dt.date, str, dt.date, str] | None = None  # date, reason, new end, decision ref
    justification: Justif | None = None
    settle_on: dt.date | None = None
    derogation: str | None = None
    balance_approved_on: dt.date | None = None
    remind_on: dt.date | None = None
    refund_on: dt.date | None = None
    close_on: dt.date | None = None
    application: tuple[str, str] | None = None  # (programme ref, title) for grants made from a call
    cofunding: tuple[Decimal, tuple[tuple[str, Decimal, str], ...]] | None = None  # budget, other funders

    @property
    def code(self) -> str:
        return D.BUDGET_LINES[self.channel][0]

    @property
    def period(self) -> tuple[dt.date, dt.date]:
        return d(self.year, 1, 1), d(self.year, 12, 31)

    @property
    def deadline(self) -> dt.date:
        return d(self.year + 1, 3, 31)

    @property
    def created_on(self) -> dt.date:
        return self.decided_on - dt.timedelta(days=45)

    @property
    def advance(self) -> Decimal:
        return (self.amount * self.advance_share / 100).quantize(D.CENT)

    @property
    def balance(self) -> Decimal:
        """Balance the settlement leads to (> 0 paid, < 0 claimed back)."""
        assert self.justification is not None
        return min(self.justification.accepted, self.amount) - (self.advance if self.advance_on else Decimal(0))


#: How long before the decision each opinion is given (the Government decides on the day).
OPINION_LEAD = {OpinionKind.INSPECTION: dt.timedelta(days=27), OpinionKind.BUDGET: dt.timedelta(days=14),
                OpinionKind.GOVERNMENT: dt.timedelta(0)}

DOCUMENTS = ("Rapport d'activités ; tableau récapitulatif des dépenses par catégorie ; copies des factures, "
             "fiches de paie et preuves de paiement ; déclaration de créance signée.")


def _pct(amount: Decimal, rate: str) -> Decimal:
    return (amount * Decimal(rate)).quantize(D.CENT)


def _day(base: dt.date, i: int, spread: int = 9) -> dt.date:
    """``base`` plus a few working days depending on ``i`` (payments are not all on one day)."""
    out = base + dt.timedelta(days=i % spread)
    while out.weekday() >= 5:
        out += dt.timedelta(days=1)
    return out


def plpp_amounts() -> dict[str, tuple[Decimal, Decimal]]:
    """NIS code -> (amount 2023, amount 2024); 2024 adds up to the published 27 616 883 euro."""
    nis = list(D.PLPP_WEIGHTS)
    a2024 = D.share_out(D.PLPP_2024_TOTAL, list(D.PLPP_WEIGHTS.values()), Decimal(1))
    return {n: ((a / (1 + D.PLPP_MOVE[i])).quantize(Decimal(1)), a)
            for i, (n, a) in enumerate(zip(nis, a2024, strict=True))}


def build_plans() -> list[Plan]:
    plans: list[Plan] = []
    plans += _call_plans()
    plans += _plpp_plans()
    plans += _fse_plans()
    plans += _direct_plans()
    return plans


def _call_plans() -> list[Plan]:
    plans = []
    firsts: dict[str, D.Project] = {}
    late = {"ASBL-VICTIMESSUD", "ASBL-MINEURS"}  # files completed late: decided in November
    amended = "ASBL-ABRINUIT"
    for i, p in enumerate(D.CALL_PROJECTS, start=1):
        first = p.asbl not in firsts
        firsts.setdefault(p.asbl, p)
        if p.asbl in late and first:
            decided, committed, notified = d(2024, 11, 21), d(2024, 12, 5), d(2024, 12, 9)
            advance, approved = d(2024, 12, 16), False  # in the finance work list at the end of the year
        else:
            decided, committed, notified = d(2024, 2, 22), d(2024, 3, 5), d(2024, 3, 8)
            advance, approved = _day(d(2024, 4, 10), i, 14), True
        plans.append(Plan(
            ref=None, beneficiary=p.asbl, channel="aap", year=2024, title=p.title, amount=p.amount, measures=p.measures,
            programme="AAP-2024", advance_share=Decimal(80), decision_ref=f"AM/2024/AAP/{i:03d}", decided_on=decided,
            committed_on=committed, notified_on=notified, advance_on=advance, advance_approved=approved,
            amendment=(d(2024, 10, 15), "Prolongation de la période : ouverture du nouvel accueil reportée (travaux)",
                       d(2025, 6, 30), "AM/2024/AAP/AV-01") if p.asbl == amended and first else None,
            application=("AAP-2024", p.title)))
    # 2023: the same projects (2nd renewal, same amounts), and how each ended
    seen: set[str] = set()
    for i, p in enumerate(D.CALL_PROJECTS, start=1):
        outcome = D.CALL_2023_OUTCOMES.get(p.asbl, "closed") if p.asbl not in seen else "closed"
        if outcome == "closed" and i % 3 == 0:
            outcome = "balance_paid"  # paid, not closed yet
        seen.add(p.asbl)
        plan = Plan(
            ref=f"G-2023-AAP-{i:02d}", beneficiary=p.asbl, channel="aap", year=2023, title=p.title, amount=p.amount,
            measures=p.measures, programme="AAP-2023", advance_share=Decimal(80), decision_ref=f"AM/2023/AAP/{i:03d}",
            decided_on=d(2023, 2, 23), committed_on=d(2023, 3, 7), notified_on=d(2023, 3, 10),
            advance_on=_day(d(2023, 4, 12), i, 14))
        _outcome(plan, outcome, i)
        plans.append(plan)
    return plans


def _outcome(plan: Plan, outcome: str, i: int) -> None:
    a = plan.amount
    on_time = _day(d(2024, 2, 19), 3 * i, 38)
    if outcome in ("closed", "balance_paid", "balance_prepared", "justified"):
        accepted = _pct(a, "0.985") if i % 2 else a
        plan.justification = Justif(on_time, accepted + _pct(a, "0.02"), accepted, on_time + dt.timedelta(days=30))
    elif outcome == "zero_balance":
        plan.justification = Justif(on_time, _pct(a, "0.86"), plan.advance, on_time + dt.timedelta(days=30),
                                    "Frais de communication non éligibles (hors période)")
    elif outcome == "late_derogation":
        plan.justification = Justif(d(2024, 5, 6), a + _pct(a, "0.01"), a, d(2024, 5, 21),
                                    "Reçu après l'échéance du 31/03/2024")
        plan.derogation = ("Retard dû à l'absence prolongée de la coordinatrice ; "
                           "dérogation accordée par la direction générale le 15/05/2024")
    elif outcome == "recovery_open":
        plan.justification = Justif(d(2024, 3, 25), _pct(a, "0.78"), _pct(a, "0.70"), d(2024, 5, 31),
                                    "Projet réduit au second semestre : personnel engagé en septembre seulement")
        plan.settle_on, plan.remind_on = d(2024, 6, 14), d(2024, 9, 16)
    elif outcome == "recovery_collected":
        plan.justification = Justif(d(2024, 3, 12), _pct(a, "0.80"), _pct(a, "0.74"), d(2024, 4, 30),
                                    "Une facture d'investissement refusée (achat hors période)")
        plan.settle_on, plan.refund_on = d(2024, 5, 22), d(2024, 6, 20)
    if outcome in ("closed", "balance_paid", "balance_prepared", "zero_balance", "late_derogation"):
        plan.settle_on = _day(d(2024, 5, 13), 7 * i, 150) if outcome != "balance_prepared" else d(2024, 12, 16)
        if outcome == "late_derogation":
            plan.settle_on = d(2024, 5, 27)
    if outcome in ("closed", "balance_paid", "late_derogation"):
        assert plan.settle_on is not None
        plan.balance_approved_on = plan.settle_on + dt.timedelta(days=3)
    if outcome == "closed":
        assert plan.balance_approved_on is not None
        plan.close_on = plan.balance_approved_on + dt.timedelta(days=28)


def _plpp_plans() -> list[Plan]:
    plans = []
    amounts = plpp_amounts()
    for i, (nis, (a2023, a2024)) in enumerate(amounts.items(), start=1):
        measures = D.PLPP_MEASURES[i % len(D.PLPP_MEASURES)]
        plans.append(Plan(
            ref=f"G-2024-PLPP-{nis}", beneficiary=f"COM-{nis}", channel="plpp", year=2024, title="", amount=a2024,
            measures=measures, programme="PLPP-2024", advance_share=Decimal(85), decision_ref=f"AGRBC/2024/PLPP/{nis}",
            decided_on=d(2024, 3, 14), committed_on=d(2024, 3, 28), notified_on=d(2024, 4, 3),
            advance_on=_day(d(2024, 5, 6), i, 10)))
        p23 = Plan(
            ref=f"G-2023-PLPP-{nis}", beneficiary=f"COM-{nis}", channel="plpp", year=2023, title="", amount=a2023,
            measures=measures, programme="PLPP-2023", advance_share=Decimal(85), decision_ref=f"AGRBC/2023/PLPP/{nis}",
            decided_on=d(2023, 3, 16), committed_on=d(2023, 3, 30), notified_on=d(2023, 4, 4),
            advance_on=_day(d(2023, 5, 8), i, 10))
        accepted = _pct(a2023, str(Decimal("0.955") + Decimal(i % 9) * Decimal("0.005")))
        received = _day(d(2024, 3, 4), 2 * i, 25)
        p23.justification = Justif(received, _pct(a2023, "1.03"), accepted, received + dt.timedelta(days=45))
        if i <= 17:  # the last two files are still being checked
            p23.settle_on = _day(d(2024, 6, 3), 9 * i, 160)  # files checked over the months
            p23.balance_approved_on = p23.settle_on + dt.timedelta(days=4)
            if i <= 11:
                p23.close_on = p23.balance_approved_on + dt.timedelta(days=35)
        plans.append(p23)
    return plans


def _fse_plans() -> list[Plan]:
    plans = []
    for i, (zone, amount) in enumerate(D.FSE_2024.items(), start=1):
        plans.append(Plan(
            ref=f"G-2024-FSE-{zone}", beneficiary=f"ZP-{zone}", channel="fse", year=2024, title="", amount=amount,
            measures=D.FSE_MEASURES[zone], programme="FSE-2024", advance_share=Decimal(75),
            decision_ref=f"AGRBC/2024/FSE/{zone}", decided_on=d(2024, 3, 21), committed_on=d(2024, 4, 4),
            notified_on=d(2024, 4, 9), advance_on=_day(d(2024, 5, 13), i)))
        p23 = Plan(
            ref=f"G-2023-FSE-{zone}", beneficiary=f"ZP-{zone}", channel="fse", year=2023, title="", amount=amount,
            measures=D.FSE_MEASURES[zone], programme="FSE-2023", advance_share=Decimal(75),
            decision_ref=f"AGRBC/2023/FSE/{zone}", decided_on=d(2023, 3, 23), committed_on=d(2023, 4, 6),
            notified_on=d(2023, 4, 11), advance_on=_day(d(2023, 5, 15), i))
        accepted = _pct(amount, str(Decimal("0.962") + Decimal(i) * Decimal("0.006")))  # paid up to what is justified
        received = _day(d(2024, 3, 11), 3 * i, 18)
        p23.justification = Justif(received, accepted + _pct(amount, "0.004"), accepted,
                                   received + dt.timedelta(days=60))
        p23.settle_on = _day(d(2024, 7, 8), 11 * i, 70)
        p23.balance_approved_on = p23.settle_on + dt.timedelta(days=2)
        if i <= 4:
            p23.close_on = p23.balance_approved_on + dt.timedelta(days=30)
        plans.append(p23)
    return plans


def _direct_plans() -> list[Plan]:
    dates_2024 = {  # decided, committed, notified, advance
        "STIB": (d(2024, 1, 25), d(2024, 2, 8), d(2024, 2, 12), d(2024, 3, 11)),
        "PARADIGM": (d(2024, 4, 25), d(2024, 5, 7), d(2024, 5, 10), d(2024, 6, 10)),
        "ARPB": (d(2024, 2, 15), d(2024, 2, 29), d(2024, 3, 5), d(2024, 3, 25)),
        "ERAP": (d(2024, 11, 14), d(2024, 11, 28), d(2024, 12, 2), None),  # advance not asked yet
        "TRANSIT": (d(2024, 1, 18), d(2024, 2, 1), d(2024, 2, 6), d(2024, 3, 4)),
        "INFORJEUNES": (d(2024, 3, 7), d(2024, 3, 21), d(2024, 3, 26), d(2024, 4, 22)),
        "INTERSECTION": (d(2024, 3, 28), d(2024, 4, 11), d(2024, 4, 16), d(2024, 5, 21)),
    }
    plans = []
    for i, g in enumerate(D.DIRECT, start=1):
        decided, committed, notified, advance = dates_2024[g.key]
        plans.append(Plan(
            ref=f"G-2024-DIR-{g.key}", beneficiary=g.beneficiary, channel=g.channel, year=2024, title=g.title,
            amount=g.amount_2024, measures=g.measures, programme="DIR-2024", advance_share=g.advance_share,
            decision_ref=f"AM/2024/DIR/{g.key}", decided_on=decided, committed_on=committed, notified_on=notified,
            advance_on=advance, cofunding=g.cofunding))
        if g.amount_2023 is None:
            continue
        week = dt.timedelta(days=7 * i)
        p23 = Plan(
            ref=f"G-2023-DIR-{g.key}", beneficiary=g.beneficiary, channel=g.channel, year=2023,
            title=g.title.replace("2024", "2023"), amount=g.amount_2023, measures=g.measures, programme="DIR-2023",
            advance_share=g.advance_share, decision_ref=f"AM/2023/DIR/{g.key}", decided_on=d(2023, 2, 2) + week,
            committed_on=d(2023, 2, 16) + week, notified_on=d(2023, 2, 21) + week, advance_on=d(2023, 3, 20) + week)
        accepted = _pct(g.amount_2023, "0.992") if i % 2 else g.amount_2023
        received = d(2024, 3, 18) + dt.timedelta(days=i)
        p23.justification = Justif(received, accepted + _pct(g.amount_2023, "0.015"), accepted,
                                   received + dt.timedelta(days=40))
        p23.settle_on = _day(d(2024, 6, 17), 13 * i, 120)
        p23.balance_approved_on = p23.settle_on + dt.timedelta(days=3)
        p23.close_on = p23.balance_approved_on + dt.timedelta(days=30)
        plans.append(p23)
    return plans


def _round_up(value: Decimal, step: int = 10_000) -> Decimal:
    return (value / step).quantize(Decimal(1), rounding=ROUND_CEILING) * step


def budget_credits(plans: list[Plan]) -> dict[tuple[int, str], tuple[Decimal, Decimal]]:
    """(year, channel) -> (commitment credits, payment credits): what the plans use, plus headroom."""
    ce: dict[tuple[int, str], Decimal] = defaultdict(Decimal)
    cl: dict[tuple[int, str], Decimal] = defaultdict(Decimal)
    for p in plans:
        ce[(p.year, p.channel)] += p.amount
        if p.advance_on:
            cl[(p.advance_on.year, p.channel)] += p.advance
        if p.settle_on and p.balance > 0:
            cl[(p.settle_on.year, p.channel)] += p.balance
    out = {}
    for year in (2023, 2024):
        for channel in D.BUDGET_LINES:
            used_ce, used_cl = ce[(year, channel)], cl[(year, channel)]
            out[(year, channel)] = (_round_up(used_ce * Decimal("1.025")) if used_ce else Decimal(250_000),
                                    _round_up(used_cl * Decimal("1.02")) if used_cl else Decimal(100_000))
    return out


# ================================================================================================
# Carrying out the plan through the services
# ================================================================================================


#: The programmes the grants belong to (the PLPP 2023 envelope is what its grants add up to).
PROGRAMMES = (
    ProgrammeInput("Appel à projets 2023 — prévention et sécurité (2e reconduction de l'appel 2021)",
                   ProgrammeKind.CALL_FOR_PROJECTS, 2023, Decimal(2938500), d(2022, 9, 5), d(2022, 10, 31), "AAP-2023"),
    ProgrammeInput("Appel à projets 2024 — prévention et sécurité (3e reconduction de l'appel 2021)",
                   ProgrammeKind.CALL_FOR_PROJECTS, 2024, Decimal(2938500), d(2023, 9, 4), d(2023, 10, 31), "AAP-2024"),
    ProgrammeInput("Plans locaux de prévention et de proximité (PLPP) 2023", ProgrammeKind.LOCAL_PLAN, 2023,
                   None, None, None, "PLPP-2023"),
    ProgrammeInput("Plans locaux de prévention et de proximité (PLPP) 2024", ProgrammeKind.LOCAL_PLAN, 2024,
                   D.PLPP_2024_TOTAL, None, None, "PLPP-2024"),
    ProgrammeInput("Fonds Sommets Européens (FSE) 2023", ProgrammeKind.POLICE_FUND, 2023, Decimal(35000000),
                   None, None, "FSE-2023"),
    ProgrammeInput("Fonds Sommets Européens (FSE) 2024", ProgrammeKind.POLICE_FUND, 2024, Decimal(35000000),
                   None, None, "FSE-2024"),
    ProgrammeInput("Subventions hors appel 2023", ProgrammeKind.DIRECT_GRANT, 2023, None, None, None, "DIR-2023"),
    ProgrammeInput("Subventions hors appel 2024", ProgrammeKind.DIRECT_GRANT, 2024, None, None, None, "DIR-2024"),
    ProgrammeInput("Appel à projets antennes LISA 2024 (sélection sans validation budgétaire)",
                   ProgrammeKind.CALL_FOR_PROJECTS, 2024, D.LISA_ENVELOPE, d(2024, 4, 15), d(2024, 6, 14), "LISA-2024"),
)


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _commune_fr(name: str) -> str:
    if name == "Bruxelles":
        return "Ville de Bruxelles"
    return f"Commune d'{name}" if name[0] in "AEIOUÉ" else f"Commune de {name}"


def _commune_nl(name: str) -> str:
    return "Stad Brussel" if name == "Brussel" else f"Gemeente {name}"


def _email(name: str, domain: str) -> str:
    first, _, last = name.partition(" ")
    return f"{_slug(first)}.{_slug(last).replace('-', '')}@{domain}"


@dataclass
class Loader:
    db: Database  # reads
    officer: Database  # prepares: beneficiaries, programmes, grants, payments
    finance: Database  # budget lines, approvals, refunds
    done: Counter[str] = field(default_factory=Counter)  # what this run created or changed
    grant_ids: dict[int, int] = field(default_factory=dict)  # id(plan) -> grant id, once it exists

    # -- helpers ---------------------------------------------------------------------------------
    def read(self, fn: Callable[[Session], object]) -> object:
        """``fn``'s result from a consistent read; records it returns stay readable (detached)."""
        with self.db.reading() as s:
            result = fn(s)
            s.expunge_all()
            return result

    def id_of(self, model: type, ref: str) -> int | None:
        return self.read(lambda s: s.scalar(select(model.id).where(model.ref == ref)))  # type: ignore[attr-defined]

    # -- beneficiaries ---------------------------------------------------------------------------
    def beneficiaries(self) -> None:
        existing: set[str] = self.read(lambda s: set(s.scalars(select(Beneficiary.ref))))  # type: ignore[assignment]
        communes: list[Commune] = self.read(  # type: ignore[assignment]
            lambda s: list(s.scalars(select(Commune).order_by(Commune.nis_code))))
        zones: list[PoliceZone] = self.read(  # type: ignore[assignment]
            lambda s: list(s.scalars(select(PoliceZone).order_by(PoliceZone.code))))
        names = {c.nis_code: c.name_fr for c in communes}
        inputs: list[BeneficiaryInput] = []
        for c in communes:
            iban, bic = D.make_iban("COM-" + c.nis_code, "091")
            prevention = D.person("COM-contact-" + c.nis_code)
            treasurer = D.person("COM-treasurer-" + c.nis_code)
            domain = f"{_slug(c.name_fr)}.example"
            inputs.append(BeneficiaryInput(
                ref=f"COM-{c.nis_code}", name_fr=_commune_fr(c.name_fr), name_nl=_commune_nl(c.name_nl),
                category=Category.COMMUNE, bce=D.make_bce("COM-" + c.nis_code, "0207"),
                iban=iban, bic=bic, commune_nis=c.nis_code, police_zone_code=c.police_zone_code, language="fr",
                address=f"Maison communale, {D.POSTAL_CODES[c.nis_code]} {c.name_fr}",
                contacts=[ContactInput(prevention, "Fonctionnaire de prévention (PLPP)",
                                       _email(prevention, domain), D.phone("COM-" + c.nis_code)),
                          ContactInput(treasurer, "Directeur·rice financier·ère", _email(treasurer, domain),
                                       D.phone("COM-fin-" + c.nis_code))]))
        seats = {5339: "21004", 5340: "21012", 5341: "21001", 5342: "21016", 5343: "21005", 5344: "21015"}
        for z in zones:
            iban, bic = D.make_iban(f"ZP-{z.code}", "091")
            who = D.person(f"ZP-{z.code}")
            inputs.append(BeneficiaryInput(
                ref=f"ZP-{z.code}", name_fr=f"Zone de police {z.name_fr} ({z.code})",
                name_nl=f"Politiezone {z.name_nl} ({z.code})", category=Category.POLICE_ZONE,
                bce=D.make_bce(f"ZP-{z.code}", "0264"), iban=iban, bic=bic, police_zone_code=z.code,
                commune_nis=seats.get(z.code), language="fr",
                address=f"{D.POSTAL_CODES[seats[z.code]]} {names[seats[z.code]]}" if z.code in seats else None,
                contacts=[ContactInput(who, "Responsable Fonds Sommets Européens",
                                       _email(who, f"{_slug(z.short_name)}.police.example"), D.phone(f"ZP-{z.code}"))]))
        for org in [*D.OAA, *D.SCHOOLS, *D.ASBL]:
            iban, bic = D.make_iban(org.ref, org.bank)
            who = D.person(org.ref)
            domain = f"{_slug(org.ref.split('-', 1)[1])}.example"
            public = org.category in (Category.REGIONAL_BODY, Category.TRAINING_SCHOOL)
            prefix = "02" if public else ("04" if len(org.ref) % 2 else "08")  # older and newer ASBL
            inputs.append(BeneficiaryInput(
                ref=org.ref, name_fr=org.name_fr, name_nl=org.name_nl, category=org.category,
                bce=D.make_bce(org.ref, prefix), iban=iban, bic=bic, commune_nis=org.nis, language=org.language,
                address=f"{D.POSTAL_CODES[org.nis]} {names.get(org.nis, '')}".strip(),
                contacts=[ContactInput(who, org.contact_function, _email(who, domain), D.phone(org.ref))]))
        for data in inputs:
            if data.ref not in existing:
                save_beneficiary(self.officer, data)
                self.done["beneficiaries"] += 1

    # -- budget lines ----------------------------------------------------------------------------
    def budget(self, plans: list[Plan]) -> None:
        existing: set[tuple[int, str]] = self.read(  # type: ignore[assignment]
            lambda s: {(y, c) for y, c in s.execute(select(BudgetLine.year, BudgetLine.code))})
        for (year, channel), (ce, cl) in budget_credits(plans).items():
            code, label = D.BUDGET_LINES[channel]
            if (year, code) not in existing:
                save_budget_line(self.finance, year, code, label, ce, cl)
                self.done["budget lines"] += 1

    def line_id(self, year: int, code: str) -> int:
        return self.read(  # type: ignore[return-value]
            lambda s: s.scalar(select(BudgetLine.id).where(BudgetLine.year == year, BudgetLine.code == code)))

    # -- programmes ------------------------------------------------------------------------------
    def programmes(self, plans: list[Plan]) -> None:
        plpp_2023 = sum((p.amount for p in plans if p.programme == "PLPP-2023"), Decimal(0))
        for data in PROGRAMMES:
            if data.ref == "PLPP-2023":
                data = ProgrammeInput(data.title, data.kind, data.year, plpp_2023, None, None, data.ref)
            if self.id_of(Programme, data.ref or "") is None:
                save_programme(self.officer, data)
                self.done["programmes"] += 1

    def plpp_key(self) -> None:
        """The 2024 allocation key: each commune's share of the envelope (from the demo's weights,
        two decimals, adding up to 100 %); the 2024 amounts keep within -1 % / +2 % of 2023's."""
        have: int = self.read(lambda s: len(list(s.scalars(select(PlppKey.id).where(PlppKey.year == 2024)))))  # type: ignore[assignment]
        if have:
            return
        shares = D.share_out(Decimal(100), list(D.PLPP_WEIGHTS.values()))
        self.done["PLPP key shares"] += set_key(self.officer, 2024, dict(zip(D.PLPP_WEIGHTS, shares, strict=True)))

    def plpp_activities(self, plans: list[Plan]) -> None:
        """Each commune's 2024 plan carries the activities of its measures' thematics, with the
        staff it funds in proportion to its amount."""
        for p in plans:
            if p.channel != "plpp" or p.year != 2024:
                continue
            g = self.grant(p)
            if g is None or activities_of(self.officer, g.id):
                continue
            thematics = {int(spec.split(":")[0].split(".")[0]) for spec in p.measures.split("; ")}
            scale = p.amount / Decimal(1000000)
            for title, thematic, guardians, educators, mediators in D.PLPP_ACTIVITIES:
                if thematic not in thematics:
                    continue
                save_activity(self.officer, g.id, ActivityInput(
                    title, thematic, int((guardians * scale).to_integral_value()),
                    int((educators * scale).to_integral_value()), int((mediators * scale).to_integral_value())))
                self.done["PLPP activities"] += 1

    # -- events ------------------------------------------------------------------------------------
    def run(self, events: list[tuple[dt.date, int, int, Callable[[], bool]]]) -> None:
        for _date, _rank, _seq, action in sorted(events, key=lambda e: e[:3]):
            action()

    def application_events(self, plans: list[Plan]) -> list[tuple[dt.date, int, Callable[[], bool]]]:
        out: list[tuple[dt.date, int, Callable[[], bool]]] = []
        call = [p for p in plans if p.application]
        # (programme, beneficiary, title, measures, requested, received, why inadmissible, scores, selected)
        specs = []
        for i, p in enumerate(call, start=1):
            requested = p.amount if i % 3 else _round_up(p.amount * Decimal("1.08"), 500)
            scores = (Decimal("7.0") + Decimal(i % 5) / 2, Decimal("6.5") + Decimal(i % 4) / 2,
                      Decimal("7.0") + Decimal(i % 3) / 2)
            specs.append(("AAP-2024", p.beneficiary, p.title, p.measures, requested, _day(d(2023, 10, 2), 2 * i, 29),
                          None, scores, True))
        for j, (asbl, title, measures, amount, fate, detail) in enumerate(D.CALL_REJECTED, start=1):
            scores = tuple(Decimal(x) for x in detail.split("; ")) if fate == "scored" else None
            specs.append(("AAP-2024", asbl, title, measures, Decimal(amount), _day(d(2023, 10, 9), 3 * j, 21),
                          detail if fate == "inadmissible" else None, scores, False))
        for k, (com, title, measures, amount, chosen, detail) in enumerate(D.LISA_APPLICATIONS, start=1):
            specs.append(("LISA-2024", com, title, measures, Decimal(amount), _day(d(2024, 5, 27), 3 * k, 17), None,
                          tuple(Decimal(x) for x in detail.split("; ")), chosen))
        for prog, ben, title, measures, requested, received, refusal, scores, chosen in specs:
            lisa = prog == "LISA-2024"
            out.append((received, 0, self._register(prog, ben, title, measures, requested, received)))
            out.append((d(2024, 6, 28) if lisa else d(2023, 11, 17), 0, self._admissible(prog, ben, title, refusal)))
            if scores:
                out.append((d(2024, 7, 12) if lisa else d(2023, 12, 15), 0, self._score(prog, ben, title, scores)))
                out.append((d(2024, 9, 19) if lisa else d(2024, 1, 18), 0, self._select(prog, ben, title, chosen)))
                if lisa and chosen:  # selected by the jury, but no budget validation: they wait
                    out.append((d(2024, 9, 19), 0, self._hold(prog, ben, title)))
        out.append((d(2024, 1, 25), 1, self._to_grants(call)))
        return out

    def _application(self, programme: str, beneficiary: str, title: str) -> Application | None:
        def q(s: Session) -> Application | None:
            return s.scalar(select(Application).join(Programme, Programme.id == Application.programme_id)
                            .join(Beneficiary, Beneficiary.id == Application.beneficiary_id)
                            .where(Programme.ref == programme, Beneficiary.ref == beneficiary,
                                   Application.title == title))
        return self.read(q)  # type: ignore[return-value]

    def _register(self, prog: str, ben: str, title: str, measures: str, requested: Decimal,
                  received: dt.date) -> Callable[[], bool]:
        def act() -> bool:
            if self._application(prog, ben, title) is not None:
                return False
            prog_id, ben_id = self.id_of(Programme, prog), self.id_of(Beneficiary, ben)
            assert prog_id is not None and ben_id is not None
            register_application(self.officer, prog_id, ben_id, title, requested, received, measures)
            self.done["applications"] += 1
            return True
        return act

    def _admissible(self, prog: str, ben: str, title: str, refusal: str | None) -> Callable[[], bool]:
        def act() -> bool:
            a = self._application(prog, ben, title)
            if a is None or a.admissible is not None:
                return False
            set_admissibility(self.officer, a.id, refusal is None, refusal)
            return True
        return act

    def _score(self, prog: str, ben: str, title: str, scores: tuple[Decimal, ...]) -> Callable[[], bool]:
        def act() -> bool:
            a = self._application(prog, ben, title)
            if a is None or a.score_relevance is not None:
                return False
            score_application(self.officer, a.id, *scores)
            return True
        return act

    def _select(self, prog: str, ben: str, title: str, chosen: bool) -> Callable[[], bool]:
        def act() -> bool:
            a = self._application(prog, ben, title)
            if a is None or a.selected is not None:
                return False
            select_application(self.officer, a.id, chosen)
            return True
        return act

    def _hold(self, prog: str, ben: str, title: str) -> Callable[[], bool]:
        def act() -> bool:
            from grants.services.programmes import hold_application

            a = self._application(prog, ben, title)
            if a is None or not a.selected or a.grant_id is not None or a.waiting_reason:
                return False
            hold_application(self.officer, a.id, D.LISA_WAITING_REASON, d(2024, 9, 19))
            return True
        return act

    def _to_grants(self, call: list[Plan]) -> Callable[[], bool]:
        def act() -> bool:
            waiting = {}
            for p in call:
                a = self._application("AAP-2024", p.beneficiary, p.title)
                if a is not None and a.selected and a.grant_id is None:
                    waiting[a.id] = p.amount
            if not waiting:
                return False
            ids = applications_to_grants(self.officer, self.id_of(Programme, "AAP-2024"),  # type: ignore[arg-type]
                                         self.line_id(2024, D.BUDGET_LINES["aap"][0]), advance_share=Decimal(80),
                                         period_start=d(2024, 1, 1), period_end=d(2024, 12, 31),
                                         justification_deadline=d(2025, 3, 31), amounts=waiting)
            self.done["grants"] += len(ids)
            return True
        return act

    # -- the life of each grant ----------------------------------------------------------------
    def grant(self, p: Plan) -> Grant | None:
        """The plan's grant as it stands now (None while it does not exist)."""
        gid = self.grant_ids.get(id(p))
        if gid is None:
            if p.application:
                a = self._application(p.application[0], p.beneficiary, p.application[1])
                gid = a.grant_id if a is not None else None
            else:
                gid = self.read(  # type: ignore[assignment]
                    lambda s: s.scalar(select(Grant.id).where(Grant.ref == p.ref)))
            if gid is None:
                return None
            self.grant_ids[id(p)] = gid
        return self.read(lambda s: s.get(Grant, gid))  # type: ignore[return-value]

    def grant_events(self, p: Plan) -> list[tuple[dt.date, int, Callable[[], bool]]]:
        ev: list[tuple[dt.date, int, Callable[[], bool]]] = []
        if not p.application:
            ev.append((p.created_on, 1, lambda: self._create(p)))
        ev.append((p.decided_on - OPINION_LEAD[OpinionKind.INSPECTION], 2, lambda: self._opinions(p)))
        ev.append((p.decided_on, 3, lambda: self._decide(p)))
        if p.committed_on:
            ev.append((p.committed_on, 4, lambda: self._commit(p)))
        if p.amendment:
            ev.append((p.amendment[0], 5, lambda: self._amend(p)))
        if p.advance_on:
            ev.append((p.advance_on, 6, lambda: self._advance(p)))
        if p.justification:
            ev.append((p.justification.received_on, 8, lambda: self._justify(p)))
        if p.settle_on:
            ev.append((p.settle_on, 9, lambda: self._settle(p)))
        if p.balance_approved_on:
            ev.append((p.balance_approved_on, 10, lambda: self._approve_balance(p)))
        if p.remind_on:
            ev.append((p.remind_on, 11, lambda: self._remind(p)))
        if p.refund_on:
            ev.append((p.refund_on, 12, lambda: self._refund(p)))
        if p.close_on:
            ev.append((p.close_on, 13, lambda: self._close(p)))
        if (p.beneficiary, p.title) in D.INDICATORS and p.channel == "aap":
            # the activity report: with the justification (2023), at the year's end for 2024
            on = p.justification.received_on if p.justification else d(p.year, 12, 20)
            ev.append((on, 8, lambda: self._indicators(p)))
        return ev

    def _indicators(self, p: Plan) -> bool:
        """The project's key figures, as its activity report of the year gives them."""
        from grants.services.indicators import IndicatorInput, indicators, save_indicator

        g = self.grant(p)
        if g is None:
            return False
        have = {i.name for i in indicators(self.officer, g.id)}
        rate = Decimal(1) if p.year >= 2024 else D.INDICATOR_2023_RATE
        changed = False
        for measure, name, unit, target, achieved in D.INDICATORS[(p.beneficiary, p.title)]:
            if name in have:
                continue
            save_indicator(self.officer, g.id, IndicatorInput(
                measure, name, unit, target, (achieved * rate).quantize(Decimal(1)),
                f"Rapport d'activités {p.year}"))
            self.done["indicators"] += 1
            changed = True
        return changed

    def title_of(self, p: Plan) -> str:
        if p.title:
            return p.title
        if p.channel == "plpp":
            nis = p.beneficiary.split("-")[1]
            name = self.read(lambda s: s.get(Commune, nis).name_fr)  # type: ignore[union-attr]
            return f"Plan local de prévention et de proximité {p.year} — {name}"
        zone = int(p.beneficiary.split("-")[1])
        name = self.read(lambda s: s.get(PoliceZone, zone).name_fr)  # type: ignore[union-attr]
        return f"Fonds Sommets Européens {p.year} — zone {name} ({zone})"

    def _create(self, p: Plan) -> bool:
        if self.grant(p) is not None:
            return False
        create_grant(self.officer, self.grant_input(p, self.id_of(Beneficiary, p.beneficiary),  # type: ignore[arg-type]
                                                    self.line_id(p.year, p.code)))
        self.done["grants"] += 1
        return True

    def grant_input(self, p: Plan, beneficiary_id: int, line_id: int) -> GrantInput:
        return GrantInput(
            beneficiary_id=beneficiary_id, budget_line_id=line_id, title=self.title_of(p), amount=p.amount,
            measures=parse_measures(p.measures), programme_id=self.id_of(Programme, p.programme),
            advance_share=p.advance_share, period_start=p.period[0], period_end=p.period[1],
            justification_deadline=p.deadline, required_documents=DOCUMENTS, ref=p.ref,
            project_budget=p.cofunding[0] if p.cofunding else None,
            cofunders=[(name, amount, FunderStatus(st)) for name, amount, st in p.cofunding[1]]
            if p.cofunding else None)

    def _opinions(self, p: Plan) -> bool:
        """The opinions the amount requires at the decision date, each dated before it."""
        g = self.grant(p)
        if g is None or g.status != S.DRAFT:
            return False

        def missing(s: Session) -> list[OpinionKind]:
            have = set(s.scalars(select(Opinion.kind).where(Opinion.grant_id == g.id)))
            return [k for k in _required_opinions(s, figures.amount_of(s, g.id), p.decided_on) if k not in have]
        kinds: list[OpinionKind] = self.read(missing)  # type: ignore[assignment]
        for kind in kinds:
            date = p.decided_on - OPINION_LEAD[kind]
            prefix = {OpinionKind.INSPECTION: "IF", OpinionKind.BUDGET: "MB", OpinionKind.GOVERNMENT: "GRBC"}[kind]
            add_opinion(self.officer, g.id, kind, date, f"{prefix}/{date:%Y}/{date:%m%d}-{g.id:04d}")
            self.done["opinions"] += 1
        return bool(kinds)

    def _decide(self, p: Plan) -> bool:
        g = self.grant(p)
        if g is None or g.status != S.DRAFT:
            return False
        if not g.required_documents:  # grants made from applications: complete the draft first
            update_draft(self.officer, g.id, self.grant_input(p, g.beneficiary_id, g.budget_line_id))
            self.done["drafts completed"] += 1
        record_decision(self.officer, g.id, p.decision_ref, p.decided_on, p.notified_on)
        self.done["decisions"] += 1
        return True

    def _commit(self, p: Plan) -> bool:
        g = self.grant(p)
        if g is None or g.status != S.DECIDED:
            return False
        assert p.committed_on is not None
        commit_grant(self.officer, g.id, p.committed_on, f"ENG/{p.committed_on:%Y}/{g.id:05d}")
        self.done["commitments"] += 1
        return True

    def _amend(self, p: Plan) -> bool:
        g = self.grant(p)
        if g is None or self.read(lambda s: s.scalar(select(Amendment.id).where(Amendment.grant_id == g.id))):
            return False
        assert p.amendment is not None
        date, reason, new_end, ref = p.amendment
        amend_grant(self.officer, g.id, date, reason, new_period_end=new_end, decision_ref=ref)
        self.done["amendments"] += 1
        return True

    def _payment(self, g: Grant, kind: PaymentKind) -> Payment | None:
        return self.read(lambda s: s.scalar(select(Payment).where(  # type: ignore[return-value]
            Payment.grant_id == g.id, Payment.kind == kind, Payment.status != PaymentStatus.CANCELLED)))

    def _approve(self, payment: Payment, on: dt.date) -> None:
        approve_payment(self.finance, payment.id, dt.datetime.combine(on, dt.time(14, 30)))
        self.done["payments approved"] += 1

    def _advance(self, p: Plan) -> bool:
        g = self.grant(p)
        if g is None:
            return False
        assert p.advance_on is not None
        pay = self._payment(g, PaymentKind.ADVANCE)
        changed = False
        if pay is None:
            pid = prepare_payment(self.officer, g.id, p.advance_on, p.advance, PaymentKind.ADVANCE,
                                  reference=f"Avance {p.advance_share:.0f} % — {g.ref}")
            self.done["payments prepared"] += 1
            pay = self.read(lambda s: s.get(Payment, pid))  # type: ignore[assignment]
            changed = True
        assert pay is not None
        if p.advance_approved and pay.status == PaymentStatus.PREPARED:
            self._approve(pay, p.advance_on)
            changed = True
        return changed

    def _justify(self, p: Plan) -> bool:
        g = self.grant(p)
        if g is None or self.read(lambda s: s.scalar(select(Justification.id).where(Justification.grant_id == g.id))):
            return False
        j = p.justification
        assert j is not None
        weights = D.EXPENSES[p.channel]
        cats = list(weights)
        accepted = D.share_out(j.accepted, list(weights.values()))
        rejected = D.share_out(j.claimed - j.accepted, list(weights.values()))
        lines = [ExpenseLine(ExpenseCategory(c), acc + rej, acc, f"{g.ref}/{n:02d}", EXPENSE_LABELS[c])
                 for n, (c, acc, rej) in enumerate(zip(cats, accepted, rejected, strict=True), start=1)]
        receive_justification(self.officer, g.id, j.received_on, lines, True, j.checked_on, j.notes)
        self.done["justifications"] += 1
        return True

    def _settle(self, p: Plan) -> bool:
        g = self.grant(p)
        if g is None or g.status != S.JUSTIFIED or self._payment(g, PaymentKind.BALANCE) is not None:
            return False
        assert p.settle_on is not None
        settle(self.officer, g.id, p.settle_on, p.derogation, p.settle_on + dt.timedelta(days=30))
        self.done["settlements"] += 1
        return True

    def _approve_balance(self, p: Plan) -> bool:
        g = self.grant(p)
        pay = self._payment(g, PaymentKind.BALANCE) if g is not None else None
        if pay is None or pay.status != PaymentStatus.PREPARED:
            return False
        assert p.balance_approved_on is not None
        self._approve(pay, p.balance_approved_on)
        return True

    def _claim(self, p: Plan) -> RecoveryClaim | None:
        g = self.grant(p)
        if g is None:
            return None
        return self.read(  # type: ignore[return-value]
            lambda s: s.scalar(select(RecoveryClaim).where(RecoveryClaim.grant_id == g.id)))

    def _remind(self, p: Plan) -> bool:
        c = self._claim(p)
        if c is None or c.status != RecoveryStatus.OPEN or c.reminders_sent:
            return False
        assert p.remind_on is not None
        remind(self.officer, c.id, p.remind_on)
        self.done["reminders"] += 1
        return True

    def _refund(self, p: Plan) -> bool:
        c = self._claim(p)
        if c is None or c.status != RecoveryStatus.OPEN:
            return False
        assert p.refund_on is not None
        record_refund(self.finance, c.id, p.refund_on, c.amount, f"Extrait {p.refund_on:%Y}/{p.refund_on:%j}")
        self.done["refunds"] += 1
        return True

    def _close(self, p: Plan) -> bool:
        g = self.grant(p)
        if g is None or g.status not in (S.BALANCE_PAID, S.JUSTIFIED):
            return False
        assert p.close_on is not None
        close_grant(self.officer, g.id, p.close_on)
        self.done["closures"] += 1
        return True


EXPENSE_LABELS = {
    "rent": "Loyers et charges", "communication": "Communication et impressions",
    "administration": "Frais administratifs (fournitures, téléphonie, assurances)",
    "third_parties": "Prestations de tiers et honoraires", "activities": "Frais d'activités",
    "staff": "Frais de personnel (fiches de paie)", "investment": "Investissements et amortissements",
    "taxes": "Impôts et taxes", "financial": "Charges financières et exceptionnelles",
}


# ================================================================================================
# Entry point
# ================================================================================================


def load_demo(db: Database) -> str:
    """Load the demonstration dataset into ``db`` (initialised); returns a one-paragraph summary.

    Idempotent: what is already there (by reference) is left alone; a second run changes nothing.
    """
    db.check_writable()
    if db.is_sqlite and db.path is None:  # an in-memory database is private to one connection
        raise RuleError.single(QT_TRANSLATE_NOOP(
            "rules", "Demo: the demonstration data needs a database file that two users can open (not {url})"),
            None, url=db.url)
    officer = Database(db.url, user=OFFICER)
    finance = Database(db.url, user=FINANCE)
    try:
        loader = Loader(db, officer, finance)
        plans = build_plans()
        loader.beneficiaries()
        loader.budget(plans)
        loader.programmes(plans)
        loader.plpp_key()
        events: list[tuple[dt.date, int, int, Callable[[], bool]]] = []
        for date, rank, action in loader.application_events(plans):
            events.append((date, rank, len(events), action))
        for p in plans:
            for date, rank, action in loader.grant_events(p):
                events.append((date, rank, len(events), action))
        loader.run(events)
        loader.plpp_activities(plans)
        linked = link_call_projects(officer)
        settings_set = organisation_defaults(db)
        sent = history_sent(finance)
        dated = mark_as_of(finance)
    finally:
        officer.dispose()
        finance.dispose()
    if linked:
        loader.done["multi-year projects linked"] += linked
    if settings_set:
        loader.done["organisation settings set"] += settings_set
    if sent:
        loader.done["historic payments marked as sent"] += sent
    if dated:
        loader.done["demonstration 'as of' day stored"] += 1
    return summary(db, loader.done)


def link_call_projects(officer: Database) -> int:
    """The call's projects recur year after year (the 2024 call is the 3rd renewal of the 2021
    call): each 2023 grant and its 2024 successor (same ASBL, same purpose) form one multi-year
    project, begun in 2021. One transaction; projects already linked are left alone; how many new."""
    from grants.models import Project
    from grants.services.common import next_ref

    with officer.transaction() as s:
        def of(call: str) -> list[Grant]:
            return list(s.scalars(select(Grant).join(Programme, Programme.id == Grant.programme_id)
                                  .where(Programme.ref == call).order_by(Grant.ref)))

        successors = {(g.beneficiary_id, g.title): g for g in of("AAP-2024")}
        linked = 0
        for g in of("AAP-2023"):
            nxt = successors.get((g.beneficiary_id, g.title))
            if nxt is None or g.project_id is not None or nxt.project_id is not None:
                continue
            project = Project(ref=next_ref(s, Project, "PRJ"), title=g.title, beneficiary_id=g.beneficiary_id,
                              programme_id=None, first_year=2021)
            s.add(project)
            s.flush()
            g.project_id = nxt.project_id = project.id
            linked += 1
        return linked


def organisation_defaults(db: Database) -> int:
    """Fill the organisation settings not set yet (never overwriting a value); how many were set."""
    from grants.services import organisation

    current = dict(organisation.get_settings(db).items())
    missing = {k: v for k, v in D.ORGANISATION.items() if not current.get(k)}
    if missing:
        organisation.set_settings(db, **missing)
    return len(missing)


def history_sent(finance: Database) -> int:
    """Mark the demo's approved payments as already sent to the bank: they are history, paid by
    the end of the story, and the first SEPA export after the demo must not send them again.
    Only the demo's own payments (approved by its finance user) are touched; one transaction."""
    with finance.transaction() as s:
        rows = list(s.scalars(select(Payment).where(
            IS_PAID, Payment.sepa_message_id.is_(None), Payment.approved_by.in_([FINANCE, OFFICER]),
            Payment.date <= AS_OF)))
        for p in rows:
            p.sepa_message_id = D.HISTORY_MESSAGE_ID
            p.sepa_exported_at = p.approved_at or dt.datetime.combine(p.date, dt.time(16, 0))
        return len(rows)


def mark_as_of(finance: Database) -> bool:
    """Store the day the story stops (:data:`AS_OF`) in the database: the work lists, the dashboard
    and the audit's overdue check count at it on the demo (grants.services.as_of), so that they show
    an office on that day, not every 2024 grant overdue years later. Never overwritten; one transaction."""
    from grants.services.as_of import set_demo_as_of

    with finance.transaction() as s:
        return set_demo_as_of(s, AS_OF)


def summary(db: Database, done: Counter[str]) -> str:
    """One paragraph: what this run did, and what the database now holds."""
    from grants.i18n import format_money

    def count(model: type, *where: object) -> int:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0  # type: ignore[arg-type]

    with db.reading() as s:
        by_cat = dict(s.execute(select(Beneficiary.category, func.count()).where(Beneficiary.ref.in_(_demo_refs()))
                                .group_by(Beneficiary.category)).all())
        grants_2024 = list(s.scalars(select(Grant.id).where(Grant.year == 2024)))
        total_2024 = sum(figures.amounts(s, grants_2024).values(), Decimal(0))
        held = {
            "lines": count(BudgetLine), "programmes": count(Programme), "applications": count(Application),
            "grants": count(Grant), "payments": count(Payment),
            "prepared": count(Payment, Payment.status == PaymentStatus.PREPARED),
            "justifications": count(Justification),
            "overdue": count(Grant, Grant.justification_deadline < AS_OF,
                             Grant.status.in_([S.COMMITTED, S.ADVANCE_PAID]),
                             ~select(Justification.id).where(Justification.grant_id == Grant.id).exists()),
            "claims": count(RecoveryClaim), "open": count(RecoveryClaim, RecoveryClaim.status == RecoveryStatus.OPEN),
            "sent": count(Payment, Payment.sepa_message_id == D.HISTORY_MESSAGE_ID),
        }
    cats = ", ".join(f"{by_cat.get(c, 0)} {label}" for c, label in (
        (Category.COMMUNE, "communes"), (Category.POLICE_ZONE, "police zones"),
        (Category.REGIONAL_BODY, "regional bodies"), (Category.TRAINING_SCHOOL, "training schools"),
        (Category.ASBL_PRIVATE, "ASBL")))
    if done:
        state = (f"Demonstration dataset loaded as {OFFICER} and {FINANCE} "
                 f"({sum(done.values())} actions, each in the audit trail)")
    else:
        state = "Demonstration dataset already loaded: nothing changed"
    return (f"{state}. The database holds {sum(by_cat.values())} demo beneficiaries ({cats}); "
            f"{held['lines']} budget lines; {held['programmes']} programmes with {held['applications']} applications; "
            f"{held['grants']} grants, {len(grants_2024)} of them in 2024 for {format_money(total_2024, 'en')}; "
            f"{held['payments']} payments ({held['prepared']} waiting for approval, {held['sent']} historic ones "
            f"marked as already sent to the bank); "
            f"{held['justifications']} justifications received ({held['overdue']} overdue at {AS_OF:%d/%m/%Y}); "
            f"{held['claims']} recovery claims ({held['open']} open). "
            f"Work lists and overdue figures are counted as of {AS_OF:%d/%m/%Y}, the day the story stops.")


def _demo_refs() -> list[str]:
    refs = [f"COM-{nis}" for nis in D.POSTAL_CODES] + [f"ZP-{z}" for z in D.FSE_2024]
    return refs + [o.ref for o in (*D.OAA, *D.SCHOOLS, *D.ASBL)]
