"""Every table and column the audit trail can name has a label (issue 13: the audit trail reads like
a history a person wrote, no raw database words). A new table or column without its label fails here."""

from __future__ import annotations

from grants.models import Base
from grants.services import audit_labels

#: the trail itself is never audited (it is the history, not a record in it)
NOT_AUDITED = {"audit_entry"}


def test_every_audited_table_has_a_label() -> None:
    missing = [t.name for t in Base.metadata.sorted_tables
               if t.name not in NOT_AUDITED and t.name not in audit_labels.ENTITIES]
    assert missing == []


def test_every_column_of_an_audited_table_has_a_label() -> None:
    missing = sorted({f"{t.name}.{c.name}" for t in Base.metadata.sorted_tables if t.name not in NOT_AUDITED
                      for c in t.columns if c.name not in audit_labels.FIELDS})
    assert missing == []


def test_the_new_labels_read_in_french_and_dutch() -> None:
    assert audit_labels.entity_label("sent_document", "fr") == "Document envoyé"
    assert audit_labels.entity_label("attachment", "nl") == "Bijlage"
    assert audit_labels.action_label("sql-update", "fr") == "Modifié hors de l'application"
    assert audit_labels.field_label("file_name", "nl") == "Bestandsnaam"


def test_every_organisation_setting_has_a_label_in_the_trail() -> None:
    """An organisation setting's record is named by its key (`demo_as_of`, `iban`): the trail shows
    its label, as the settings dialog does, not the key."""
    from types import SimpleNamespace

    from grants.services import organisation
    from grants.services.as_of import DEMO_AS_OF_KEY

    assert set(organisation.KEYS) | {DEMO_AS_OF_KEY} <= set(audit_labels.SETTINGS)

    def row(key: str) -> SimpleNamespace:
        return SimpleNamespace(entity="organisation_setting", entity_id=key)

    assert audit_labels.record_label(row("iban"), {}, "fr") == "IBAN (compte qui paie les subsides)"
    assert audit_labels.record_label(row("demo_as_of"), {}, "nl") == "Dag waarop de demonstratiegegevens worden geteld"
    assert audit_labels.record_label(row("demo_as_of"), {}, "en") == "Day the demonstration data are counted at"
    assert audit_labels.record_label(row("some_future_key"), {}, "fr") == "some_future_key"
