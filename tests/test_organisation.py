"""Organisation settings: in the database, set by an admin (service, CLI), audited, checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from grants.cli import main
from grants.models import AuditEntry
from grants.services import organisation, roles
from grants.services.database import Database
from grants.services.errors import PermissionDenied, RuleError


def test_set_show_and_clear(db: Database, tmp_path: Path) -> None:
    assert organisation.get_settings(db) == organisation.OrganisationSettings()
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG")
    settings = organisation.set_settings(db, name="safe.brussels", iban="be71 0961 2345 6769", bic="gkcc bebb",
                                         address="Rue de Ligne 40, 1000 Bruxelles", logo=str(logo),
                                         signatories="Sophie Dupont, directrice générale")
    assert settings.iban == "BE71096123456769" and settings.bic == "GKCCBEBB"
    assert settings.logo == str(logo.resolve())
    assert organisation.debtor_account(db) == organisation.DebtorAccount("safe.brussels", "BE71096123456769",
                                                                         "GKCCBEBB")
    organisation.set_setting(db, "bic", "")
    assert organisation.get_settings(db).bic is None
    with db.reading() as s:
        audited = list(s.execute(select(AuditEntry.action, AuditEntry.entity_id)
                                 .where(AuditEntry.entity == "organisation_setting")))
    assert ("insert", "iban") in audited and ("delete", "bic") in audited


@pytest.mark.parametrize(("key", "value", "message"), [
    ("iban", "BE00 0000 0000 0000", "IBAN: "),
    ("bic", "GKCC", "BIC: "),
    ("logo", "/nowhere/logo.png", "Logo: no image file"),
    ("colour", "blue", "Setting: colour is not one of"),
    ("name", "x" * 71, "name: at most 70"),
])
def test_invalid_values_refused(db: Database, key: str, value: str, message: str) -> None:
    with pytest.raises(RuleError, match=message):
        organisation.set_setting(db, key, value)
    assert organisation.get_settings(db) == organisation.OrganisationSettings()


def test_only_an_admin_sets_them(db: Database) -> None:
    roles.set_role(db, "tester", "admin")
    roles.set_role(db, "fin", "finance")
    finance = Database(db.url, user="fin")
    try:
        with pytest.raises(PermissionDenied, match="settings is not allowed"):
            organisation.set_setting(finance, "iban", "BE71096123456769")
        assert organisation.get_settings(finance).iban is None  # everybody reads them
    finally:
        finance.dispose()
    organisation.set_setting(db, "iban", "BE71096123456769")
    with pytest.raises(RuleError, match="Organisation settings: name not set"):
        organisation.debtor_account(db)


def test_cli_settings(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--db", db.url, "settings"]
    assert main(base) == 0
    assert "iban: (not set)" in capsys.readouterr().out
    assert main([*base, "iban", "BE71 0961 2345 6769"]) == 0
    assert capsys.readouterr().out.strip() == "iban: BE71096123456769"
    assert main([*base, "iban"]) == 0
    assert capsys.readouterr().out.strip() == "iban: BE71096123456769"
    assert main([*base, "iban", "BE00"]) == 1
    assert capsys.readouterr().err.startswith("IBAN: ")
    assert organisation.get_settings(db).iban == "BE71096123456769"


def test_recovery_statements_refused_until_the_account_is_set(db: Database, tmp_path: Path) -> None:
    from test_reports_data import YEAR, build_dataset

    from grants.reports import exports

    build_dataset(db)
    organisation.set_setting(db, "iban", None)
    with pytest.raises(RuleError, match="Organisation settings: iban not set"):
        exports.statement_pdf(db, "B-GAMS", YEAR, tmp_path / "gams.pdf")  # owes money back
    assert not (tmp_path / "gams.pdf").exists()
    exports.statement_pdf(db, "B-IXL", YEAR, tmp_path / "ixl.pdf")  # nothing to pay back: no account needed
