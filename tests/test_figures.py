"""One definition of every money figure (grants/domain/figures.py): the grant form, the grants
list, the Excel exports, the budget execution sheet, the dashboard and the records all show the
same paid, to approve, balance and available credits on one small dataset."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest
from builders import beneficiary, decide, grant, line

from grants.domain import figures as F
from grants.i18n import format_money
from grants.models import ExpenseCategory, GrantStatus, PaymentKind
from grants.reports import exports
from grants.reports.labels import label
from grants.services import dashboard, justifications, lists, payments, records

D = Decimal
CODE = "25.002.33.01"


@pytest.fixture
def data(db):  # type: ignore[no-untyped-def]
    """Line CE 100 000 / CL 80 000 with two grants:

    - open (advance paid): 50 000, advance 30 000 approved, 5 000 prepared (to approve);
    - justified: 20 000, advance 10 000 approved, 15 000 accepted: balance 5 000.
    """
    from grants.services import grants as G

    b = beneficiary(db)
    ln = line(db, code=CODE, ce="100000", cl="80000")
    open_ = grant(db, b, ln, "50000")
    decide(db, open_)
    G.commit_grant(db, open_, dt.date(2024, 2, 2), "ENG-1")
    payments.approve_payment(db, payments.prepare_payment(db, open_, dt.date(2024, 3, 1), D("30000"), PaymentKind.ADVANCE))
    payments.prepare_payment(db, open_, dt.date(2024, 4, 1), D("5000"), PaymentKind.OTHER)
    done = grant(db, b, ln, "20000", advance_share="50")
    decide(db, done)
    G.commit_grant(db, done, dt.date(2024, 2, 2), "ENG-2")
    payments.approve_payment(db, payments.prepare_payment(db, done, dt.date(2024, 3, 1), D("10000"), PaymentKind.ADVANCE))
    justifications.receive_justification(db, done, dt.date(2024, 12, 1), [
        justifications.ExpenseLine(ExpenseCategory.STAFF, D("16000"), D("15000"))])
    return {"line": ln, "open": open_, "done": done}


EXPECTED = {
    "open": {"paid": D("30000.00"), "to_approve": D("5000.00"), "net_paid": D("30000.00"), "balance": None},
    "done": {"paid": D("10000.00"), "to_approve": D("0.00"), "net_paid": D("10000.00"), "balance": D("5000.00")},
}
LINE = {"reserved": D("70000.00"), "paid": D("40000.00"), "to_approve": D("5000.00"),
        "available_ce": D("30000.00"), "available_cl": D("35000.00")}


def dec(v: object) -> Decimal | None:
    return None if v is None else Decimal(str(v)).quantize(Decimal("0.01"))


def test_values_follow_the_definitions() -> None:
    assert F.balance(GrantStatus.ADVANCE_PAID, D(100), D(90), D(50), D(0)) is None  # not justified yet
    assert F.balance(GrantStatus.JUSTIFIED, D(100), D(90), D(50), D(5)) == D(45)  # min(90, 100) - (50 - 5)
    assert F.balance(GrantStatus.CLOSED, D(100), D(120), D(110), D(0)) == D(-10)  # accepted capped at the amount
    assert F.to_settle(D(100), D(90), D(50), D(10), D(0)) == D(30)  # the prepared payment counts
    assert F.reserved(GrantStatus.COMMITTED, D(100), D(80)) == D(100)
    assert F.reserved(GrantStatus.COMMITTED, D(100), D(120)) == D(120)
    assert F.reserved(GrantStatus.CLOSED, D(100), D(60)) == D(60)
    assert F.available_cl(D(100), D(40), D(5)) == D(55)


def test_records_and_summaries(db, data) -> None:  # type: ignore[no-untyped-def]
    for key, want in EXPECTED.items():
        f = records.grant_detail(db, data[key]).figures
        assert (f.paid, f.to_approve, f.net_paid, f.balance) == tuple(want.values()), key
    assert records.grant_detail(db, data["done"]).status == GrantStatus.JUSTIFIED
    # settling counts what is to approve as paid (nothing accepted yet: 0 - (30 000 + 5 000))
    assert records.grant_detail(db, data["open"]).figures.to_settle == D("-35000.00")
    b = records.budget_line_detail(db, data["line"])
    assert {k: getattr(b, k) for k in LINE} == LINE


def test_grants_list_and_budget_lines_list(db, data) -> None:  # type: ignore[no-untyped-def]
    keys = [c.key for c in lists.columns("grant")]
    rows = lists.fetch_rows(db, "grant", [data["open"], data["done"]])
    for key, want in EXPECTED.items():
        row = dict(zip(keys, rows[data[key]], strict=True))
        assert {k: row[k] for k in want} == want, key
    result = lists.list_ids(db, lists.ListQuery("grant", filters=(("year", 2024),)))
    assert result.totals["paid"] == D("40000.00") and result.totals["balance"] == D("5000.00")
    keys = [c.key for c in lists.columns("budget_line")]
    row = dict(zip(keys, lists.fetch_rows(db, "budget_line", [data["line"]])[data["line"]], strict=True))
    assert {k: row[k] for k in LINE} == LINE


def test_excel_grants_and_budget_execution(db, data, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, count = exports.grants_workbook(db, 2024, tmp_path / "grants.xlsx", "en")
    assert count == 2
    ws = openpyxl.load_workbook(path)[label("sheet.grants", "en", year=2024)]
    header = [c.value for c in ws[1]]
    paid, balance = header.index(label("col.paid", "en")), header.index(label("col.balance", "en"))
    refs = {records.grant_detail(db, data[k]).ref: k for k in EXPECTED}
    for r in ws.iter_rows(min_row=2, max_row=3, values_only=True):
        want = EXPECTED[refs[r[0]]]
        assert (dec(r[paid]), dec(r[balance])) == (want["paid"], want["balance"]), r[0]

    path = exports.budget_workbook(db, 2024, 2024, tmp_path / "budget.xlsx", "en")
    ws = openpyxl.load_workbook(path)[label("sheet.execution", "en", year=2024)]
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == CODE)
    cols = {"reserved": "col.reserved", "paid": "col.paid", "to_approve": "col.to_approve",
            "available_ce": "col.available_ce", "available_cl": "col.available_cl"}
    assert {k: dec(row[header.index(label(c, "en"))]) for k, c in cols.items()} == LINE


def test_dashboard(db, data) -> None:  # type: ignore[no-untyped-def]
    d = dashboard.dashboard(db, 2024, today=dt.date(2024, 12, 31))
    assert d.paid == LINE["paid"] == sum(d.payments_per_month, D(0))  # the prepared 5 000 is to approve
    assert d.to_approve.count == 1
    (ln,) = d.lines
    assert ln.reserved == LINE["reserved"] and ln.credits - ln.reserved == LINE["available_ce"]


def test_grant_form_shows_the_same_figures(db, data, qtbot) -> None:  # type: ignore[no-untyped-def]
    from grants.ui.context import AppContext
    from grants.ui.forms import open_record

    ctx = AppContext(db, lang="en")
    for key, want in EXPECTED.items():
        form = open_record(ctx, "grant", data[key])
        grid = form.figures_grid
        shown = {grid.itemAtPosition(r, 0).widget().text(): grid.itemAtPosition(r, 1).widget().text()
                 for r in range(grid.rowCount()) if grid.itemAtPosition(r, 0) is not None}
        assert shown["Paid"] == format_money(want["paid"], "en"), key
        assert shown["To approve"] == format_money(want["to_approve"], "en"), key
        assert shown["Net paid"] == format_money(want["net_paid"], "en"), key
        assert shown["Balance"] == ("—" if want["balance"] is None else format_money(want["balance"], "en")), key
        form.deleteLater()


def test_a_filtered_grants_list_totals_its_rows(db, data) -> None:  # type: ignore[no-untyped-def]
    # filtered, the totals' figures are read for the matching grants only: still the rows' sums
    keys = [c.key for c in lists.columns("grant")]
    for filters, search in (((("year", 2024),), ""), ((("status", "justified"),), ""), ((), "G-"), ((), "")):
        result = lists.list_ids(db, lists.ListQuery("grant", filters=filters, search=search))
        rows = lists.fetch_rows(db, "grant", result.ids)
        assert result.totals and rows, (filters, search)
        for key, total in result.totals.items():
            i = keys.index(key)
            assert total == sum((r[i] or D(0) for r in rows.values()), D(0)), (filters, search, key)


def test_one_pass_over_the_payments_gives_the_three_payment_figures(demo_url: str) -> None:
    """``payments_by_grant`` (what the grants list and its export read) is paid, to approve and paid
    back as their own statements define them, grant by grant, on the demo (every kind and status)."""
    from grants.services.database import Database

    db = Database(demo_url, read_only=True)
    try:
        with db.reading() as s:
            one = {gid: (p, t, b) for gid, p, t, b in s.execute(F.payments_by_grant())}
            three = [dict(s.execute(stmt).all()) for stmt in (F.paid_by_grant(), F.to_approve_by_grant(),
                                                              F.paid_back_by_grant())]
        assert all(any(v[i] for v in one.values()) for i in range(3))  # each figure somewhere
        for gid in set(one) | set().union(*three):
            assert tuple(round(one.get(gid, (0, 0, 0))[i]) for i in range(3)) == tuple(
                round(d.get(gid, 0)) for d in three), gid
    finally:
        db.dispose()
