"""Roles: the admin names users; an auditor writes nothing; one person cannot prepare and approve."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from grants.cli import main
from grants.models import AuditEntry, Payment, PaymentKind
from grants.services import budget, grants, payments, roles
from grants.services.beneficiaries import BeneficiaryInput, save_beneficiary
from grants.services.database import Database
from grants.services.errors import PermissionDenied, ReadOnlyError, RuleError


def as_user(db: Database, user: str) -> Database:
    return Database(db.url, user=user)


def test_first_role_must_be_the_admins_own(db: Database) -> None:
    assert roles.list_roles(db).single_user
    with pytest.raises(RuleError, match="first give yourself the admin role"):
        roles.set_role(db, "bob", "officer")
    with pytest.raises(RuleError, match="first give yourself the admin role"):
        roles.set_role(db, "tester", "finance")
    roles.set_role(db, "tester", "admin")
    roles.set_role(db, "bob", "officer")
    listing = roles.list_roles(db)
    assert not listing.single_user
    assert [(u.username, u.role) for u in listing.users] == [("bob", "officer"), ("tester", "admin")]


def test_only_admin_manages_roles_and_last_admin_stays(db: Database) -> None:
    roles.set_role(db, "tester", "admin")
    roles.set_role(db, "bob", "officer")
    bob = as_user(db, "bob")
    with pytest.raises(PermissionDenied):
        roles.set_role(bob, "bob", "admin")
    with pytest.raises(RuleError, match="last admin"):
        roles.set_role(db, "tester", "finance")
    with pytest.raises(RuleError, match="last admin"):
        roles.remove_role(db, "tester")
    with pytest.raises(RuleError, match="not one of"):
        roles.set_role(db, "bob", "king")
    with pytest.raises(RuleError, match="no role to remove"):
        roles.remove_role(db, "nobody")
    roles.set_role(db, "carol", "admin")
    roles.remove_role(db, "bob")
    roles.set_role(db, "tester", "finance")  # another admin exists now
    assert {u.username: u.role for u in roles.list_roles(db).users} == {"carol": "admin", "tester": "finance"}
    stranger = as_user(db, "mallory")
    with pytest.raises(PermissionDenied, match="no role"):
        budget.save_budget_line(stranger, 2024, "1", "x", D("1"), D("1"))
    with db.reading() as s:  # every role change is in the audit trail
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "user_role")) == 5
    bob.dispose()
    stranger.dispose()


def _file_hash(db: Database) -> str:
    if not db.is_sqlite:  # a server: its content, every table's rows
        import backends

        return backends.content_digest(db.url)
    with db.engine.connect() as conn:  # fold the WAL in so the file holds everything
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert db.path is not None
    return hashlib.sha256(db.path.read_bytes()).hexdigest()


def test_auditor_writes_nothing(db: Database) -> None:
    roles.set_role(db, "tester", "admin")
    roles.set_role(db, "audrey", "auditor")
    line = budget.save_budget_line(db, 2024, "33.00", "ASBL", D("100000"), D("100000"))
    auditor = as_user(db, "audrey")
    before = _file_hash(db)
    with pytest.raises(ReadOnlyError, match="auditor"):
        budget.save_budget_line(auditor, 2024, "33.01", "x", D("1"), D("1"))
    assert auditor.read_only  # from the first refusal on, the connection says so
    with pytest.raises(ReadOnlyError):
        save_beneficiary(auditor, BeneficiaryInput(name_fr="X", category="asbl_private"))
    with pytest.raises(ReadOnlyError):
        roles.set_role(auditor, "audrey", "admin")
    # a path that does not check the role itself is refused by the database layer
    from grants.services.schema import load_reference_data

    fresh = as_user(db, "audrey")
    with pytest.raises(ReadOnlyError, match="auditor"):
        load_reference_data(fresh)
    # and the services' own check says the same to a connection that did not learn it yet
    with db.transaction() as s:
        from grants.services.security import require

        with pytest.raises(PermissionDenied, match="audrey"):
            require(s, "audrey", "write")
    assert budget.execution(auditor, 2024)[0].id == line  # reading is fine
    assert _file_hash(db) == before
    me = roles.apply_role(as_user(db, "audrey"))
    assert me.role == "auditor" and not me.can_write
    auditor.dispose()
    fresh.dispose()


def test_apply_role_makes_an_auditors_connection_read_only(db: Database) -> None:
    roles.set_role(db, "tester", "admin")
    roles.set_role(db, "audrey", "auditor")
    auditor = as_user(db, "audrey")
    assert not auditor.read_only
    roles.apply_role(auditor)
    assert auditor.read_only and auditor.read_only_reason == "auditor"
    assert roles.my_role(db).can_manage_roles
    auditor.dispose()


def _committed_grant(db: Database) -> int:
    line = budget.save_budget_line(db, 2024, "33.00", "ASBL", D("100000"), D("100000"))
    bid = save_beneficiary(db, BeneficiaryInput(name_fr="A", name_nl="A", category="asbl_private"))
    gid = grants.create_grant(db, grants.GrantInput(
        beneficiary_id=bid, budget_line_id=line, title="T", amount=D("3000"), period_start=dt.date(2024, 1, 1),
        period_end=dt.date(2024, 12, 31), justification_deadline=dt.date(2025, 3, 31),
        measures=[("1.4", D(100))], required_documents="Rapport d'activités ; factures"))
    grants.record_decision(db, gid, "AR-1", dt.date(2024, 2, 1))
    grants.commit_grant(db, gid, dt.date(2024, 2, 2))
    return gid


def test_one_person_cannot_prepare_and_approve(db: Database) -> None:
    roles.set_role(db, "tester", "admin")
    roles.set_role(db, "fin", "finance")
    roles.set_role(db, "off", "officer")
    gid = _committed_grant(db)
    pid = payments.prepare_payment(db, gid, dt.date(2024, 3, 1), D("1000"), PaymentKind.ADVANCE)
    with pytest.raises(RuleError, match="separation of duties"):
        payments.approve_payment(db, pid)  # even the admin
    officer = as_user(db, "off")
    with pytest.raises(PermissionDenied):
        payments.approve_payment(officer, pid)  # an officer does not approve
    fin = as_user(db, "fin")
    pid2 = payments.prepare_payment(fin, gid, dt.date(2024, 3, 2), D("500"), PaymentKind.ADVANCE)
    with pytest.raises(RuleError, match="separation of duties"):
        payments.approve_payment(fin, pid2)
    payments.approve_payment(fin, pid)
    payments.approve_payment(db, pid2)
    with db.reading() as s:
        rows = s.execute(select(Payment.prepared_by, Payment.approved_by).order_by(Payment.id)).all()
    assert [tuple(r) for r in rows] == [("tester", "fin"), ("fin", "tester")]
    officer.dispose()
    fin.dispose()


def test_single_user_mode_lets_one_person_approve(db: Database) -> None:
    gid = _committed_grant(db)
    pid = payments.prepare_payment(db, gid, dt.date(2024, 3, 1), D("1000"), PaymentKind.ADVANCE)
    payments.approve_payment(db, pid)  # documented: a one-person office; audit check 9 flags it


def test_cli_roles(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--db", db.url, "roles"]
    assert main([*args, "list"]) == 0
    assert "single-user mode" in capsys.readouterr().out
    assert main([*args, "set", "bob", "officer"]) == 1
    assert "admin role" in capsys.readouterr().err
    assert main([*args, "set", "tester", "admin"]) == 0
    assert main([*args, "set", "bob", "auditor"]) == 0
    assert main([*args, "list"]) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == ["bob\tauditor", "tester\tadmin"]
    assert main([*args, "remove", "bob"]) == 0
    assert main([*args, "remove", "tester"]) == 1
    with pytest.raises(SystemExit) as e:
        main([*args, "set", "bob", "emperor"])
    assert e.value.code == 2


def test_no_environment_variable_makes_anybody_someone_else(db: Database) -> None:
    """The OS account comes from the OS: GRANTS_USER, LOGNAME, USER and USERNAME change nothing."""
    import os
    import pwd
    import subprocess
    import sys

    from sqlalchemy.engine import make_url

    from grants.services.database import os_account

    me = pwd.getpwuid(os.getuid()).pw_name if db.is_sqlite else make_url(db.url).username  # a server: the login
    assert me != "tester"
    roles.set_role(db, "tester", "admin")
    env = dict(os.environ, GRANTS_USER="tester", LOGNAME="tester", USER="tester", USERNAME="tester")
    result = subprocess.run([sys.executable, "-m", "grants", "--db", db.url, "roles", "set", "carol", "admin"],
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 1 and me in result.stderr
    assert {u.username: u.role for u in roles.list_roles(db).users} == {"tester": "admin"}
    saved = {k: os.environ.get(k) for k in ("GRANTS_USER", "LOGNAME", "USER", "USERNAME")}
    try:
        os.environ.update({k: "root-by-env" for k in saved})
        assert os_account() == pwd.getpwuid(os.getuid()).pw_name
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
