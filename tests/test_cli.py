"""The command line as finance scripts it: exit codes, messages, and a fresh database on first use."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from grants.cli import main


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run([sys.executable, "-m", "grants", *args], capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, **(env or {})))


def test_init_creates_then_reports_up_to_date(tmp_path: Path) -> None:
    db = tmp_path / "new" / "grants.db"
    first = run("--db", str(db), "init")
    assert first.returncode == 0 and "created" in first.stdout
    second = run("--db", str(db), "init")
    assert second.returncode == 0 and "up to date" in second.stdout


def test_template_has_the_contract_sheets_and_columns(tmp_path: Path, db_url: str) -> None:
    out = tmp_path / "t.xlsx"
    assert main(["--db", db_url, "template", "--out", str(out)]) == 0
    wb = load_workbook(out)
    headers = {name: [c.value for c in wb[name][1]] for name in ("Beneficiaries", "BudgetLines", "Programmes", "Grants", "Payments")}
    assert headers["Grants"][:6] == ["ref", "beneficiary_ref", "budget_line_code", "year", "title", "amount"]
    assert {"programme_ref", "measures", "decision_ref", "decision_date"} <= set(headers["Grants"])
    assert headers["Payments"][:4] == ["grant_ref", "date", "amount", "kind"] and "reference" in headers["Payments"]
    assert headers["Beneficiaries"][:3] == ["ref", "name", "category"]
    assert headers["BudgetLines"] == ["year", "code", "label", "commitment_credits", "payment_credits"]
    # an empty template imports as nothing
    assert main(["--db", db_url, "init"]) == 0
    assert main(["--db", db_url, "import", str(out)]) == 0


def test_bad_usage_exits_2(tmp_path: Path, db_url: str) -> None:
    assert run("--db", db_url, "template").returncode == 2
    assert run("no-such-command").returncode == 2


def test_refusals_exit_1_in_the_users_language(tmp_path: Path, db_url: str) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Beneficiaries"
    ws.append(["ref", "name", "category", "bce"])
    ws.append(["B1", "Test", "asbl_private", "0403.019.262"])
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    assert run("--db", db_url, "init").returncode == 0
    result = run("--db", db_url, "import", str(path), env={"GRANTS_LANG": "fr"})
    assert result.returncode == 1
    assert result.stderr.strip().startswith("Beneficiaries, ")
    assert "0403.019.262" in result.stderr
    missing = run("--db", db_url, "import", str(tmp_path / "none.xlsx"))
    assert missing.returncode == 1 and "none.xlsx" in missing.stderr


def test_read_only_refuses_import(tmp_path: Path, db_url: str) -> None:
    db = db_url
    assert run("--db", str(db), "init").returncode == 0
    out = tmp_path / "t.xlsx"
    assert run("--db", str(db), "template", "--out", str(out)).returncode == 0
    result = run("--db", str(db), "--read-only", "import", str(out))
    assert result.returncode == 1 and "read-only" in result.stderr


def test_template_is_exactly_the_contract_sheets(tmp_path: Path, db_url: str) -> None:
    out = tmp_path / "t.xlsx"
    assert main(["--db", db_url, "template", "--out", str(out)]) == 0
    wb = load_workbook(out)
    assert wb.sheetnames == ["Beneficiaries", "BudgetLines", "Programmes", "Grants", "Payments", "Indicators"]
    assert "Required" in wb["Grants"]["A1"].comment.text
    assert [c.value for c in wb["Indicators"][1]] == ["grant_ref", "measure", "name", "achieved", "unit", "target",
                                                      "source", "comment"]
    assert all(ws.max_row == 1 for ws in wb.worksheets)  # empty: headers only
