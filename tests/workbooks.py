"""Realistic import workbooks for tests and benchmarks (deterministic)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

from stdnum import iban as _iban

MEASURES = ["1.1", "1.4", "2.1", "2.5", "3.1", "3.8", "4.3", "4.9", "5.1", "6.1", "6.9", "7.4", "9.3"]
CODES = ["25.002.33.01", "25.002.43.02", "25.003.63.21", "25.004.41.20"]
CALL_CATEGORIES = {"commune", "asbl_private", "asbl_communal"}
CATEGORIES = ["commune", "police_zone", "regional_body", "training_school", "asbl_private", "asbl_communal"]


def bce_number(seed: int) -> str:
    base = 2000000 + seed * 7919 % 7999999  # 7 digits: the 10-digit number starts with 0
    check = 97 - base % 97
    digits = f"{base:08d}{check:02d}"
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


def be_iban(seed: int) -> str:
    head = 1000000000 + seed * 104729 % 8999999999
    key = head % 97 or 97
    bban = f"{head:010d}{key:02d}"
    check = _iban.calc_check_digits(f"BE00{bban}")
    return f"BE{check}{bban}"


def make_workbook(path: Path, *, years: range = range(2020, 2025), grants_per_year: int = 40,
                  beneficiaries: int = 60, payments: bool = True, seed: int = 7) -> dict[str, object]:
    """Write a workbook with budget lines, beneficiaries, programmes, grants and payments.

    Returns the expected totals (per year granted, per grant paid) to compare after import.
    """
    from openpyxl import Workbook

    rnd = random.Random(seed)
    wb = Workbook(write_only=True)
    bene_refs = [f"BEN-{i:04d}" for i in range(beneficiaries)]
    grants: list[tuple] = []
    pays: list[tuple] = []
    granted: dict[int, Decimal] = {y: Decimal(0) for y in years}
    per_line: dict[tuple[int, str], Decimal] = {}
    paid_line: dict[tuple[int, str], Decimal] = {}
    for year in years:
        for i in range(grants_per_year):
            code = CODES[i % len(CODES)]
            amount = Decimal(rnd.randrange(100_000, 20_000_000)) / 100
            ms = rnd.sample(MEASURES, rnd.choice([1, 1, 2, 3]))
            spec = "; ".join(ms) if rnd.random() < 0.5 or len(ms) == 1 else "; ".join(
                f"{m}:{s}" for m, s in zip(ms, _shares(len(ms)), strict=True))
            ref = f"G{year}-{i:05d}"
            # the call for projects funds ASBL and communes (grants.domain.checks.CATEGORIES_FOR)
            programme = f"PRG-{year}" if CATEGORIES[i % beneficiaries % len(CATEGORIES)] in CALL_CATEGORIES else None
            decision = dt.date(year, 2, 1) + dt.timedelta(days=i % 60)
            grants.append((ref, bene_refs[i % beneficiaries], code, year, f"Projet {i} de {year} — prévention", float(amount)
                           if i % 3 else f"{amount:.2f}".replace(".", ","), programme, spec, f"AR-{year}-{i:05d}",
                           decision, 75, dt.date(year, 1, 1), dt.date(year, 12, 31), dt.date(year + 1, 3, 31)))
            granted[year] += amount
            per_line[(year, code)] = per_line.get((year, code), Decimal(0)) + amount
            if payments:
                advance = (amount * Decimal("0.75")).quantize(Decimal("0.01"))
                pdate = decision + dt.timedelta(days=30)
                pays.append((ref, pdate, f"{advance:.2f}", "advance", f"LIQ-{ref}-1"))
                paid_line[(pdate.year, code)] = paid_line.get((pdate.year, code), Decimal(0)) + advance
                if year < years[-1]:
                    rest = amount - advance
                    bdate = dt.date(year + 1, 5, 15)
                    pays.append((ref, bdate, f"{rest:.2f}", "balance", f"LIQ-{ref}-2"))
                    paid_line[(bdate.year, code)] = paid_line.get((bdate.year, code), Decimal(0)) + rest
    ws = wb.create_sheet("BudgetLines")
    ws.append(["year", "code", "label", "commitment_credits", "payment_credits"])
    for year in years:
        for code in CODES:
            ce = (per_line.get((year, code), Decimal(0)) * Decimal("1.05")).quantize(Decimal("1")) + 1000
            cl = (paid_line.get((year, code), Decimal(0)) * Decimal("1.02")).quantize(Decimal("1")) + 1000
            ws.append([year, code, f"Subventions {code} {year}", float(ce), float(cl)])
    ws = wb.create_sheet("Beneficiaries")
    ws.append(["ref", "name", "category", "bce", "iban", "commune_nis", "language", "name_nl"])
    for i, ref in enumerate(bene_refs):
        ws.append([ref, f"ASBL Prévention n°{i} — Saint-Gilles", CATEGORIES[i % len(CATEGORIES)], bce_number(i),
                   be_iban(i), str(21001 + i % 19), "nl" if i % 3 == 0 else "fr", f"VZW Preventie nr. {i}"])
    ws = wb.create_sheet("Programmes")
    ws.append(["ref", "title", "kind", "year", "envelope", "opens", "closes"])
    for year in years:
        ws.append([f"PRG-{year}", f"Appel à projets {year}", "call_for_projects", year, None,
                   f"{year - 1}-09-01", f"{year - 1}-11-30"])
    ws = wb.create_sheet("Grants")
    ws.append(["ref", "beneficiary_ref", "budget_line_code", "year", "title", "amount", "programme_ref", "measures",
               "decision_ref", "decision_date", "advance_share", "period_start", "period_end", "justification_deadline"])
    for g in grants:
        ws.append(list(g))
    ws = wb.create_sheet("Payments")
    ws.append(["grant_ref", "date", "amount", "kind", "reference"])
    for p in pays:
        ws.append(list(p))
    wb.save(path)
    return {"granted": granted, "grants": len(grants), "payments": len(pays)}


def _shares(n: int) -> list[int]:
    if n == 2:
        return [60, 40]
    return [50, 30, 20][:n] if n == 3 else [100]
