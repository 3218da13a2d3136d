"""Co-financing after the decision (issue 12 item 8 follow-up): a decided grant's project budget and
other funders change by one audited action that re-checks the ceiling; refused on drafts (edited in
the draft) and closed grants; the command line ``grants cofunding``."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import builders as B
import pytest
from sqlalchemy import select

from grants.cli import main
from grants.domain import lifecycle as L
from grants.i18n import render_problem
from grants.models import AuditEntry, FunderStatus, Grant, GrantStatus
from grants.services import cofunding as C
from grants.services import grants as G
from grants.services.database import Database
from grants.services.errors import RuleError
from grants.services.records import grant_detail

D = Decimal
REQ, OK, NO = FunderStatus.REQUESTED, FunderStatus.GRANTED, FunderStatus.REFUSED


def _ref(db: Database, gid: int) -> str:
    with db.reading() as s:
        return str(s.get(Grant, gid).ref)


def _audited(db: Database, entity: str) -> list[tuple[str, str | None, str | None]]:
    with db.reading() as s:
        return list(s.execute(select(AuditEntry.action, AuditEntry.before, AuditEntry.after)
                              .where(AuditEntry.entity == entity).order_by(AuditEntry.id)).all())  # type: ignore[arg-type]


def test_the_lifecycle_offers_it_on_decided_open_grants_only() -> None:
    for status in L.OPEN_DECIDED:
        assert L.allows(status, L.Action.COFUND)
        assert L.Action.COFUND in L.available_actions(status)
    assert not L.allows(GrantStatus.DRAFT, L.Action.COFUND)
    assert not L.allows(GrantStatus.CLOSED, L.Action.COFUND)


def test_funders_and_budget_change_after_the_decision_within_the_ceiling(db: Database) -> None:
    _, _, gid = B.committed_grant(db, "50000")
    done = C.set_cofunding(db, gid, project_budget=D("100000"),
                           funders=[("Commune de Schaerbeek", D("30000"), REQ), ("FWB", D("20000"), REQ)])
    assert (done.other_funding, done.ceiling, done.rate) == (D("50000"), D("50000.00"), D("50.00"))
    # a funder's answer comes: refused frees room, so the budget may be revised down
    C.set_cofunding(db, gid, funders=[("Commune de Schaerbeek", D("30000"), OK), ("FWB", D("20000"), NO)])
    C.set_cofunding(db, gid, project_budget=D("80000"))
    d = grant_detail(db, gid)
    assert d.project_budget == D("80000.00") and d.cofinancing_rate == D("62.50")
    assert [(c.name, c.status) for c in d.cofunders] == [("Commune de Schaerbeek", OK), ("FWB", NO)]
    updates = [a for a in _audited(db, "grant_cofunder") if a[0] == "update"]
    assert any('"refused"' in (after or "") for _, _, after in updates)  # the status change is in the trail
    assert any('"project_budget"' in (after or "") or "80000" in (after or "")
               for _, _, after in _audited(db, "grant") if after)
    # above the ceiling: refused naming the figures, nothing saved
    with pytest.raises(RuleError) as e:
        C.set_cofunding(db, gid, project_budget=D("70000"))
    p = e.value.problems[0]
    assert p.field == "project_budget"
    text = render_problem(p, "en")
    assert all(x in text for x in ("€50,000.00", "€70,000.00", "€30,000.00", "€40,000.00")), text
    with pytest.raises(RuleError) as e:  # the refused funder comes back after all: 30 000 + 20 000 > 80 000 - 50 000
        C.set_cofunding(db, gid, funders=[("Commune de Schaerbeek", D("30000"), OK), ("FWB", D("20000"), OK)])
    assert e.value.problems[0].field == "cofunders"
    d = grant_detail(db, gid)
    assert d.project_budget == D("80000.00") and [c.status for c in d.cofunders] == [OK, NO]
    # no budget at all: no ceiling
    C.set_cofunding(db, gid, project_budget=None, funders=[("FWB", D("20000"), OK)])
    assert C.cofunding_of(db, gid).ceiling is None


def test_refused_on_drafts_closed_grants_and_bad_rows(db: Database) -> None:
    b, ln, gid = B.committed_grant(db, "50000")
    draft = B.grant(db, b, ln, "1000")
    with pytest.raises(RuleError, match="in the draft itself"):
        C.set_cofunding(db, draft, project_budget=D("5000"))
    with pytest.raises(RuleError) as e:
        C.set_cofunding(db, gid, project_budget=D("0"), funders=[("", D("10"), REQ), ("X", D("0"), REQ)])
    assert sorted(p.field for p in e.value.problems) == ["cofunders", "cofunders", "project_budget"]
    with db.transaction() as s:  # closed (the way there is long; the rule is what matters here)
        s.get(Grant, gid).status = GrantStatus.CLOSED
    with pytest.raises(RuleError, match="closed grant no longer changes"):
        C.set_cofunding(db, gid, project_budget=D("100000"))
    assert grant_detail(db, gid).project_budget is None


def test_an_edit_from_an_older_version_is_refused(db: Database) -> None:
    _, _, gid = B.committed_grant(db, "50000")
    version = grant_detail(db, gid).version
    G.amend_grant(db, gid, dt.date(2024, 6, 1), "More activities", D("1000"))
    C.set_cofunding(db, gid, project_budget=D("100000"), version=grant_detail(db, gid).version)
    with pytest.raises(RuleError, match="after you opened it"):
        C.set_cofunding(db, gid, project_budget=D("90000"), version=version)


def test_a_change_of_the_funders_alone_refuses_a_dialog_opened_before_it(db: Database) -> None:
    """Two officers on the same grant's co-financing: the second save, from the version both opened,
    is refused naming who changed it, even when the first changed only the funders (no lost edit)."""
    _, _, gid = B.committed_grant(db, "50000")
    C.set_cofunding(db, gid, project_budget=D("100000"), funders=[("COCOF", D("10000"), REQ)])
    opened = grant_detail(db, gid).version
    C.set_cofunding(db, gid, funders=[("COCOF", D("10000"), OK)], version=opened)  # the first officer
    assert grant_detail(db, gid).version > opened
    with pytest.raises(RuleError, match="after you opened it"):
        C.set_cofunding(db, gid, funders=[("COCOF", D("20000"), REQ)], version=opened)
    assert [(c.amount, c.status) for c in grant_detail(db, gid).cofunders] == [(D("10000"), OK)]


def test_cli_shows_and_changes_one_funder(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, _, gid = B.committed_grant(db, "50000")
    ref = _ref(db, gid)
    base = ["--db", db_url, "cofunding", ref]
    assert main([*base, "--project-budget", "100 000", "--funder", "COCOF", "--amount", "30000"]) == 0
    out = capsys.readouterr().out
    assert "project budget €100,000.00" in out and "ceiling €70,000.00" in out and "COCOF\t€30,000.00\trequested" in out
    assert main([*base, "--funder", "cocof", "--status", "granted"]) == 0  # found by name, case aside
    assert "COCOF\t€30,000.00\tgranted" in capsys.readouterr().out
    assert main([*base, "--funder", "FWB", "--amount", "25000"]) == 1  # 50 000 > 100 000 - 55 000
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "€45,000.00" in err[0] and "€55,000.00" in err[0]
    assert [c.name for c in grant_detail(db, gid).cofunders] == ["COCOF"]
    assert main([*base, "--funder", "FWB"]) == 1  # a new funder needs its amount
    assert "needs its amount" in capsys.readouterr().err
    assert main([*base, "--funder", "Nobody", "--remove"]) == 1
    assert "no other funder named Nobody" in capsys.readouterr().err
    assert main([*base, "--project-budget", "2.000"]) == 1  # ambiguous: refused before the database
    assert main([*base, "--funder", "COCOF", "--remove"]) == 0
    assert main([*base, "--project-budget", "none"]) == 0
    capsys.readouterr()
    assert main(base) == 0
    assert "project budget -, other funding €0.00, ceiling -, co-financing rate -" in capsys.readouterr().out
    with pytest.raises(SystemExit) as ex:
        main([*base, "--amount", "10"])  # --amount without --funder: bad usage
    assert ex.value.code == 2
    assert main(["--db", db_url, "cofunding", "G-NOPE"]) == 1


# --- the grants list and its workbook --------------------------------------------------------------

def _two_grants(db: Database) -> tuple[int, int]:
    """A co-financed grant of 50 000 (budget 85 000, 30 000 granted, 10 000 refused) and one without."""
    b, ln, gid = B.committed_grant(db, "50000")
    C.set_cofunding(db, gid, project_budget=D("85000"),
                    funders=[("COCOF", D("30000"), OK), ("Fondation", D("10000"), NO)])
    other = B.grant(db, b, ln, "20000")
    return gid, other


def test_grants_list_has_the_cofinancing_columns_hidden_by_default(db: Database) -> None:
    from grants.services import lists

    gid, other = _two_grants(db)
    cols = {c.key: c for c in lists.columns("grant")}
    for key in ("nature", "project_budget", "other_funding", "cofinancing_rate"):
        assert not cols[key].visible, key  # in the column chooser, not the default set (1280 pixels)
    keys = [c.key for c in lists.columns("grant")]
    rows = lists.fetch_rows(db, "grant", [gid, other])
    row = dict(zip(keys, rows[gid], strict=True))
    assert row["nature"] == "operating" and row["project_budget"] == D("85000.00")
    assert row["other_funding"] == D("30000.00")  # the refused funding does not count
    assert row["cofinancing_rate"] == D("58.82") == C.cofunding_of(db, gid).rate  # the domain's rate, half up
    blank = dict(zip(keys, rows[other], strict=True))
    assert blank["project_budget"] is None and blank["other_funding"] == D("0.00") and blank["cofinancing_rate"] is None
    result = lists.list_ids(db, lists.ListQuery("grant", sort="cofinancing_rate", descending=True))
    assert result.ids.index(gid) < result.ids.index(other) or result.ids[-1] == gid  # NULLs sort at one end
    assert result.totals["other_funding"] == D("30000.00")


def test_grants_workbook_adds_the_cofinancing_columns_last(db: Database, tmp_path: Path) -> None:
    import openpyxl

    from grants.reports import exports

    gid, _ = _two_grants(db)
    path, count = exports.grants_workbook(db, 2024, tmp_path / "grants.xlsx", "fr")
    assert count == 2
    ws = openpyxl.load_workbook(path).active
    header = [c.value for c in ws[1]]
    assert header[:3] == ["Référence", "Bénéficiaire", "Réf. bénéficiaire"]  # nothing before moves
    assert header[-4:] == ["Fonctionnement ou investissement", "Budget du projet", "Autres financements",
                           "Taux de cofinancement"]
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, max_row=3, values_only=True)}
    co = rows[_ref(db, gid)]
    assert co[-4] == "Fonctionnement" and D(str(co[-3])) == D("85000") and D(str(co[-2])) == D("30000")
    assert D(str(co[-1])) == D("0.5882")
    assert ws.cell(2, len(header)).number_format.endswith("%")
