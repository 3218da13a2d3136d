"""How the audit trail reads to a person: record types and field names as labels, stored values
in the user's words and Belgian formats, local times, records by their reference.

One mapping for the audit screen and the trail's Excel export. English source texts are marked
with ``QT_TRANSLATE_NOOP`` (contexts "audit" for record types and fields, "labels" for the
closed vocabularies, shared with the forms) and translated when shown (``grants.i18n``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from grants.domain.problems import QT_TRANSLATE_NOOP

#: A record's table -> the label of its kind.
ENTITIES: dict[str, str] = {
    "grant": QT_TRANSLATE_NOOP("audit", "Grant"),
    "beneficiary": QT_TRANSLATE_NOOP("audit", "Beneficiary"),
    "contact": QT_TRANSLATE_NOOP("audit", "Contact"),
    "budget_line": QT_TRANSLATE_NOOP("audit", "Budget line"),
    "grant_measure": QT_TRANSLATE_NOOP("audit", "Grant measure"),
    "amendment": QT_TRANSLATE_NOOP("audit", "Amendment"),
    "opinion": QT_TRANSLATE_NOOP("audit", "Opinion"),
    "opinion_threshold": QT_TRANSLATE_NOOP("audit", "Opinion threshold"),
    "commitment": QT_TRANSLATE_NOOP("audit", "Commitment"),
    "ref_sequence": QT_TRANSLATE_NOOP("audit", "Reference counter"),
    "justification": QT_TRANSLATE_NOOP("audit", "Justification"),
    "justification_line": QT_TRANSLATE_NOOP("audit", "Justified expense"),
    "payment": QT_TRANSLATE_NOOP("audit", "Payment"),
    "programme": QT_TRANSLATE_NOOP("audit", "Programme"),
    "application": QT_TRANSLATE_NOOP("audit", "Application"),
    "recovery_claim": QT_TRANSLATE_NOOP("audit", "Recovery claim"),
    "plan_edition": QT_TRANSLATE_NOOP("audit", "PGSP edition"),
    "thematic": QT_TRANSLATE_NOOP("audit", "PGSP thematic"),
    "measure": QT_TRANSLATE_NOOP("audit", "PGSP measure"),
    "police_zone": QT_TRANSLATE_NOOP("audit", "Police zone"),
    "commune": QT_TRANSLATE_NOOP("audit", "Commune"),
    "user_role": QT_TRANSLATE_NOOP("audit", "User role"),
    "plpp_key": QT_TRANSLATE_NOOP("audit", "PLPP allocation key"),
    "plpp_activity": QT_TRANSLATE_NOOP("audit", "PLPP activity"),
    "grant_cofunder": QT_TRANSLATE_NOOP("audit", "Other funder of the project"),
    "blob": QT_TRANSLATE_NOOP("audit", "Stored file"),
    "attachment": QT_TRANSLATE_NOOP("audit", "Attachment"),
    "project": QT_TRANSLATE_NOOP("audit", "Multi-year project"),
    "indicator": QT_TRANSLATE_NOOP("audit", "Indicator"),
    "sent_document": QT_TRANSLATE_NOOP("audit", "Document sent"),
    "organisation_setting": QT_TRANSLATE_NOOP("audit", "Organisation setting"),
    "sepa_file": QT_TRANSLATE_NOOP("audit", "SEPA payment file"),
    "budget_year": QT_TRANSLATE_NOOP("audit", "Budget year"),
    "server_role": QT_TRANSLATE_NOOP("audit", "Server role"),
}

#: An organisation setting (its record is named by its key) -> its label; the same words as the
#: organisation settings dialog where there is one.
SETTINGS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("audit", "Organisation name"),
    "address": QT_TRANSLATE_NOOP("audit", "Organisation address"),
    "iban": QT_TRANSLATE_NOOP("audit", "IBAN (account paying the grants)"),
    "bic": QT_TRANSLATE_NOOP("audit", "BIC"),
    "logo": QT_TRANSLATE_NOOP("audit", "Logo (image file)"),
    "signatories": QT_TRANSLATE_NOOP("audit", "Signatories"),
    "letters_folder": QT_TRANSLATE_NOOP("audit", "Letter templates folder"),
    "attachment_max_mb": QT_TRANSLATE_NOOP("audit", "Attachment size limit (MB)"),
    "pgsp_editions": QT_TRANSLATE_NOOP("audit", "PGSP edition of years no edition covers"),
    "demo_as_of": QT_TRANSLATE_NOOP("audit", "Day the demonstration data are counted at"),
}

#: What happened to the record.
ACTIONS: dict[str, str] = {
    "insert": QT_TRANSLATE_NOOP("audit", "Created"),
    "update": QT_TRANSLATE_NOOP("audit", "Changed"),
    "delete": QT_TRANSLATE_NOOP("audit", "Deleted"),
    # changes made outside the application (psql...), written by the server's trigger (migration 0011)
    "sql-insert": QT_TRANSLATE_NOOP("audit", "Created outside the application"),
    "sql-update": QT_TRANSLATE_NOOP("audit", "Changed outside the application"),
    "sql-delete": QT_TRANSLATE_NOOP("audit", "Deleted outside the application"),
}

#: A column -> its label (the same name means the same thing in every table).
FIELDS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("audit", "Identifier"),
    "ref": QT_TRANSLATE_NOOP("audit", "Reference"),
    "name_fr": QT_TRANSLATE_NOOP("audit", "Name (French)"),
    "name_nl": QT_TRANSLATE_NOOP("audit", "Name (Dutch)"),
    "name": QT_TRANSLATE_NOOP("audit", "Name"),
    "short_name": QT_TRANSLATE_NOOP("audit", "Short name"),
    "category": QT_TRANSLATE_NOOP("audit", "Category"),
    "bce": QT_TRANSLATE_NOOP("audit", "Company number (BCE/KBO)"),
    "iban": QT_TRANSLATE_NOOP("audit", "IBAN"),
    "bic": QT_TRANSLATE_NOOP("audit", "BIC"),
    "commune_nis": QT_TRANSLATE_NOOP("audit", "Commune"),
    "nis_code": QT_TRANSLATE_NOOP("audit", "NIS code"),
    "police_zone_code": QT_TRANSLATE_NOOP("audit", "Police zone"),
    "language": QT_TRANSLATE_NOOP("audit", "Language"),
    "address": QT_TRANSLATE_NOOP("audit", "Address"),
    "active": QT_TRANSLATE_NOOP("audit", "Active"),
    "beneficiary_id": QT_TRANSLATE_NOOP("audit", "Beneficiary"),
    "function": QT_TRANSLATE_NOOP("audit", "Function"),
    "email": QT_TRANSLATE_NOOP("audit", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("audit", "Phone"),
    "year": QT_TRANSLATE_NOOP("audit", "Year"),
    "code": QT_TRANSLATE_NOOP("audit", "Code"),
    "label": QT_TRANSLATE_NOOP("audit", "Label"),
    "commitment_credits": QT_TRANSLATE_NOOP("audit", "Commitment credits"),
    "payment_credits": QT_TRANSLATE_NOOP("audit", "Payment credits"),
    "budget_line_id": QT_TRANSLATE_NOOP("audit", "Budget line"),
    "programme_id": QT_TRANSLATE_NOOP("audit", "Programme"),
    "edition_id": QT_TRANSLATE_NOOP("audit", "PGSP edition"),
    "title": QT_TRANSLATE_NOOP("audit", "Title"),
    "initial_amount": QT_TRANSLATE_NOOP("audit", "Initial amount"),
    "advance_share": QT_TRANSLATE_NOOP("audit", "Advance share"),
    "period_start": QT_TRANSLATE_NOOP("audit", "Period start"),
    "period_end": QT_TRANSLATE_NOOP("audit", "Period end"),
    "justification_deadline": QT_TRANSLATE_NOOP("audit", "Justification deadline"),
    "required_documents": QT_TRANSLATE_NOOP("audit", "Required documents"),
    "decision_ref": QT_TRANSLATE_NOOP("audit", "Decision reference"),
    "decision_date": QT_TRANSLATE_NOOP("audit", "Decision date"),
    "notified_on": QT_TRANSLATE_NOOP("audit", "Notified on"),
    "status": QT_TRANSLATE_NOOP("audit", "Status"),
    "grant_id": QT_TRANSLATE_NOOP("audit", "Grant"),
    "measure_id": QT_TRANSLATE_NOOP("audit", "PGSP measure"),
    "thematic_id": QT_TRANSLATE_NOOP("audit", "PGSP thematic"),
    "share": QT_TRANSLATE_NOOP("audit", "Share"),
    "date": QT_TRANSLATE_NOOP("audit", "Date"),
    "reason": QT_TRANSLATE_NOOP("audit", "Reason"),
    "amount_delta": QT_TRANSLATE_NOOP("audit", "Amount change"),
    "new_period_start": QT_TRANSLATE_NOOP("audit", "New period start"),
    "new_period_end": QT_TRANSLATE_NOOP("audit", "New period end"),
    "kind": QT_TRANSLATE_NOOP("audit", "Kind"),
    "reference": QT_TRANSLATE_NOOP("audit", "Reference"),
    "amount": QT_TRANSLATE_NOOP("audit", "Amount"),
    "valid_from": QT_TRANSLATE_NOOP("audit", "Valid from"),
    "prefix": QT_TRANSLATE_NOOP("audit", "Prefix"),
    "last": QT_TRANSLATE_NOOP("audit", "Last number"),
    "received_on": QT_TRANSLATE_NOOP("audit", "Received on"),
    "checked_on": QT_TRANSLATE_NOOP("audit", "Checked on"),
    "admissible": QT_TRANSLATE_NOOP("audit", "Admissible"),
    "notes": QT_TRANSLATE_NOOP("audit", "Notes"),
    "justification_id": QT_TRANSLATE_NOOP("audit", "Justification"),
    "claimed": QT_TRANSLATE_NOOP("audit", "Claimed"),
    "accepted": QT_TRANSLATE_NOOP("audit", "Accepted"),
    "evidence_ref": QT_TRANSLATE_NOOP("audit", "Evidence"),
    "description": QT_TRANSLATE_NOOP("audit", "Description"),
    "communication": QT_TRANSLATE_NOOP("audit", "Structured communication"),
    "recovery_claim_id": QT_TRANSLATE_NOOP("audit", "Recovery claim"),
    "derogation": QT_TRANSLATE_NOOP("audit", "Derogation"),
    "prepared_by": QT_TRANSLATE_NOOP("audit", "Prepared by"),
    "approved_by": QT_TRANSLATE_NOOP("audit", "Approved by"),
    "approved_at": QT_TRANSLATE_NOOP("audit", "Approved at"),
    "origin": QT_TRANSLATE_NOOP("audit", "Origin"),
    "sepa_message_id": QT_TRANSLATE_NOOP("audit", "SEPA file"),
    "sepa_exported_at": QT_TRANSLATE_NOOP("audit", "Sent to the bank at"),
    "envelope": QT_TRANSLATE_NOOP("audit", "Envelope"),
    "opens": QT_TRANSLATE_NOOP("audit", "Opens"),
    "closes": QT_TRANSLATE_NOOP("audit", "Closes"),
    "requested_amount": QT_TRANSLATE_NOOP("audit", "Requested amount"),
    "measures": QT_TRANSLATE_NOOP("audit", "PGSP measures"),
    "admissibility_note": QT_TRANSLATE_NOOP("audit", "Admissibility note"),
    "score_relevance": QT_TRANSLATE_NOOP("audit", "Relevance score"),
    "score_efficiency": QT_TRANSLATE_NOOP("audit", "Efficiency score"),
    "score_effectiveness": QT_TRANSLATE_NOOP("audit", "Effectiveness score"),
    "selected": QT_TRANSLATE_NOOP("audit", "Selected"),
    "due_date": QT_TRANSLATE_NOOP("audit", "Due date"),
    "reminders_sent": QT_TRANSLATE_NOOP("audit", "Reminders sent"),
    "last_reminder_on": QT_TRANSLATE_NOOP("audit", "Last reminder on"),
    "closed_on": QT_TRANSLATE_NOOP("audit", "Closed on"),
    "start_year": QT_TRANSLATE_NOOP("audit", "First year"),
    "end_year": QT_TRANSLATE_NOOP("audit", "Last year"),
    "title_fr": QT_TRANSLATE_NOOP("audit", "Title (French)"),
    "title_nl": QT_TRANSLATE_NOOP("audit", "Title (Dutch)"),
    "number": QT_TRANSLATE_NOOP("audit", "Number"),
    "label_fr": QT_TRANSLATE_NOOP("audit", "Label (French)"),
    "label_nl": QT_TRANSLATE_NOOP("audit", "Label (Dutch)"),
    "description_fr": QT_TRANSLATE_NOOP("audit", "Description (French)"),
    "description_nl": QT_TRANSLATE_NOOP("audit", "Description (Dutch)"),
    "peace_guardians": QT_TRANSLATE_NOOP("audit", "Peace guardians"),
    "nature": QT_TRANSLATE_NOOP("audit", "Operating or investment"),
    "project_budget": QT_TRANSLATE_NOOP("audit", "Project's total budget"),
    "street_educators": QT_TRANSLATE_NOOP("audit", "Street educators"),
    "mediators": QT_TRANSLATE_NOOP("audit", "Mediators"),
    "thematic": QT_TRANSLATE_NOOP("audit", "PGSP thematic"),
    "description_nl_working": QT_TRANSLATE_NOOP("audit", "Dutch description is a working translation"),
    "username": QT_TRANSLATE_NOOP("audit", "User"),
    "role": QT_TRANSLATE_NOOP("audit", "Role"),
    "version": QT_TRANSLATE_NOOP("audit", "Version"),
    "waiting_reason": QT_TRANSLATE_NOOP("audit", "Reason for waiting"),
    "waiting_since": QT_TRANSLATE_NOOP("audit", "Waiting since"),
    "project_id": QT_TRANSLATE_NOOP("audit", "Multi-year project"),
    "payment_id": QT_TRANSLATE_NOOP("audit", "Payment"),
    "first_year": QT_TRANSLATE_NOOP("audit", "First year"),
    "unit": QT_TRANSLATE_NOOP("audit", "Unit"),
    "target": QT_TRANSLATE_NOOP("audit", "Target"),
    "achieved": QT_TRANSLATE_NOOP("audit", "Achieved"),
    "source": QT_TRANSLATE_NOOP("audit", "Source"),
    "comment": QT_TRANSLATE_NOOP("audit", "Comment"),
    "note": QT_TRANSLATE_NOOP("audit", "Note"),
    "provisional": QT_TRANSLATE_NOOP("audit", "Provisional (twelfths)"),
    "key": QT_TRANSLATE_NOOP("audit", "Setting"),
    "value": QT_TRANSLATE_NOOP("audit", "Value"),
    "file_name": QT_TRANSLATE_NOOP("audit", "File name"),
    "media_type": QT_TRANSLATE_NOOP("audit", "File type"),
    "size": QT_TRANSLATE_NOOP("audit", "Size (bytes)"),
    "sha256": QT_TRANSLATE_NOOP("audit", "SHA-256 fingerprint"),
    "content": QT_TRANSLATE_NOOP("audit", "Content"),
    "added_at": QT_TRANSLATE_NOOP("audit", "Added on"),
    "added_by": QT_TRANSLATE_NOOP("audit", "Added by"),
    "lang": QT_TRANSLATE_NOOP("audit", "Language"),
    "recipient": QT_TRANSLATE_NOOP("audit", "Recipient"),
    "user": QT_TRANSLATE_NOOP("audit", "User"),
    "created_at": QT_TRANSLATE_NOOP("audit", "Created on"),
    "created_by": QT_TRANSLATE_NOOP("audit", "Created by"),
    "message_id": QT_TRANSLATE_NOOP("audit", "Message identifier"),
    "execution_date": QT_TRANSLATE_NOOP("audit", "Execution date"),
    "count": QT_TRANSLATE_NOOP("audit", "Number of transfers"),
    "total": QT_TRANSLATE_NOOP("audit", "Total"),
    "checksum": QT_TRANSLATE_NOOP("audit", "Checksum"),
    "path": QT_TRANSLATE_NOOP("audit", "File"),
    "groups": QT_TRANSLATE_NOOP("audit", "Server groups"),
    "password_set": QT_TRANSLATE_NOOP("audit", "Password set"),
}

#: Stored values of the closed vocabularies (the forms' texts, context "labels").
VALUES: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("labels", "Draft"), "decided": QT_TRANSLATE_NOOP("labels", "Decided"),
    "committed": QT_TRANSLATE_NOOP("labels", "Committed"), "advance_paid": QT_TRANSLATE_NOOP("labels", "Advance paid"),
    "justified": QT_TRANSLATE_NOOP("labels", "Justified"), "balance_paid": QT_TRANSLATE_NOOP("labels", "Balance paid"),
    "recovery": QT_TRANSLATE_NOOP("labels", "Recovery"), "closed": QT_TRANSLATE_NOOP("labels", "Closed"),
    "commune": QT_TRANSLATE_NOOP("labels", "Commune"), "police_zone": QT_TRANSLATE_NOOP("labels", "Police zone"),
    "training_school": QT_TRANSLATE_NOOP("labels", "Training school (ERIP/ERAP/Brusafe)"),
    "regional_body": QT_TRANSLATE_NOOP("labels", "Regional body (OAA)"),
    "asbl_communal": QT_TRANSLATE_NOOP("labels", "Communal non-profit (ASBL)"),
    "asbl_private": QT_TRANSLATE_NOOP("labels", "Private non-profit (ASBL)"),
    "call_for_projects": QT_TRANSLATE_NOOP("labels", "Call for projects"),
    "local_plan": QT_TRANSLATE_NOOP("labels", "Local plan (PLPP)"),
    "police_fund": QT_TRANSLATE_NOOP("labels", "European Summits Fund (FSE)"),
    "direct_grant": QT_TRANSLATE_NOOP("labels", "Direct grant"),
    "advance": QT_TRANSLATE_NOOP("labels", "Advance"), "balance": QT_TRANSLATE_NOOP("labels", "Balance"),
    "other": QT_TRANSLATE_NOOP("labels", "Other payment"), "prepared": QT_TRANSLATE_NOOP("labels", "Prepared"),
    "approved": QT_TRANSLATE_NOOP("labels", "Approved"), "cancelled": QT_TRANSLATE_NOOP("labels", "Cancelled"),
    "open": QT_TRANSLATE_NOOP("labels", "Open"), "paid": QT_TRANSLATE_NOOP("labels", "Paid"),
    "rent": QT_TRANSLATE_NOOP("labels", "Rent and charges"),
    "communication": QT_TRANSLATE_NOOP("labels", "Communication"),
    "administration": QT_TRANSLATE_NOOP("labels", "Administration"),
    "third_parties": QT_TRANSLATE_NOOP("labels", "Third parties and fees"),
    "activities": QT_TRANSLATE_NOOP("labels", "Activities"), "staff": QT_TRANSLATE_NOOP("labels", "Staff"),
    "investment": QT_TRANSLATE_NOOP("labels", "Investment and depreciation"),
    "taxes": QT_TRANSLATE_NOOP("labels", "Taxes"),
    "financial": QT_TRANSLATE_NOOP("labels", "Financial and exceptional"),
    "inspection_finances": QT_TRANSLATE_NOOP("labels", "Inspection of Finance opinion"),
    "budget_agreement": QT_TRANSLATE_NOOP("labels", "Budget minister's agreement"),
    "government_decision": QT_TRANSLATE_NOOP("labels", "Government decision"),
    "fr": QT_TRANSLATE_NOOP("labels", "French"), "nl": QT_TRANSLATE_NOOP("labels", "Dutch"),
    "requested": QT_TRANSLATE_NOOP("labels", "Requested"), "granted": QT_TRANSLATE_NOOP("labels", "Granted"),
    "refused": QT_TRANSLATE_NOOP("labels", "Refused"),
}

#: A grant's nature (its "investment" is not the expense category's "Investment and depreciation").
NATURES: dict[str, str] = {
    "operating": QT_TRANSLATE_NOOP("labels", "Operating"),
    "investment": QT_TRANSLATE_NOOP("labels", "Investment"),
}

#: Where a payment was recorded.
ORIGINS: dict[str, str] = {
    "app": QT_TRANSLATE_NOOP("audit", "entered in the application"),
    "import": QT_TRANSLATE_NOOP("audit", "imported from a workbook"),
    "demo": QT_TRANSLATE_NOOP("audit", "demonstration data"),
}

#: Fields holding a closed vocabulary (their stored value is translated).
_ENUM_FIELDS = {"status", "kind", "category", "language", "role"}
_MONEY_FIELDS = {"amount", "initial_amount", "commitment_credits", "payment_credits", "amount_delta", "claimed",
                 "accepted", "envelope", "requested_amount", "project_budget"}
_DATETIME_FIELDS = {"approved_at", "sepa_exported_at"}
#: Fields naming another record: shown by that record's reference.
LINKS: dict[str, str] = {
    "grant_id": "grant", "beneficiary_id": "beneficiary", "budget_line_id": "budget_line",
    "programme_id": "programme", "edition_id": "plan_edition", "measure_id": "measure", "thematic_id": "thematic",
    "justification_id": "justification", "recovery_claim_id": "recovery_claim",
}

#: References of records, by (table, id as text): filled by ``audit_queries.references``.
Refs = Mapping[tuple[str, str], str]
Translate = Callable[[str, str], str]


def _translator(lang: str) -> Translate:
    from grants.i18n import translate

    return lambda context, text: translate(context, text, lang=lang)


def entity_label(entity: str, lang: str) -> str:
    source = ENTITIES.get(entity)
    return _translator(lang)("audit", source) if source else entity


def action_label(action: str, lang: str) -> str:
    source = ACTIONS.get(action)
    return _translator(lang)("audit", source) if source else action


def field_label(field: str, lang: str) -> str:
    source = FIELDS.get(field)
    return _translator(lang)("audit", source) if source else field


def local_time(at: dt.datetime) -> dt.datetime:
    """A stored UTC time (naive) as the user's local time (naive)."""
    aware = at if at.tzinfo else at.replace(tzinfo=dt.UTC)
    return aware.astimezone().replace(tzinfo=None)


def format_when(at: dt.datetime) -> str:
    from grants.i18n import format_datetime

    return format_datetime(local_time(at), seconds=True)


def _money(value: Any, lang: str) -> str:
    from grants.i18n import format_money

    try:
        return format_money(Decimal(str(value)), lang)
    except (InvalidOperation, ValueError):
        return str(value)


def show_value(field: str, value: Any, lang: str, refs: Refs | None = None) -> str:
    """A stored value (as the trail keeps it: JSON text) in the user's words and formats."""
    from grants.i18n import format_date, format_datetime

    if value is None or value == "":
        return "—"
    if isinstance(value, bool) or field in ("active", "admissible", "selected"):
        say = _translator(lang)  # "Yes"/"No" are marked in the shell's labels (context "values")
        return say("values", "Yes") if value else say("values", "No")
    if field in LINKS:
        ref = (refs or {}).get((LINKS[field], str(value)))
        return ref or f"#{value}"
    if field == "origin" and str(value) in ORIGINS:
        return _translator(lang)("audit", ORIGINS[str(value)])
    if field == "nature" and str(value) in NATURES:
        return _translator(lang)("labels", NATURES[str(value)])
    if field in _ENUM_FIELDS:
        source = VALUES.get(str(value))
        return _translator(lang)("labels", source) if source else str(value)
    if field in _MONEY_FIELDS:
        return _money(value, lang)
    if isinstance(value, str):
        if field in _DATETIME_FIELDS and len(value) >= 16:
            try:
                return format_datetime(local_time(dt.datetime.fromisoformat(value)), lang)
            except ValueError:
                return value
        if len(value) == 10 and value[4:5] == "-" and value[7:8] == "-":
            try:
                return format_date(dt.date.fromisoformat(value), lang)
            except ValueError:
                return value
    if field in ("share", "advance_share") and isinstance(value, str):
        try:
            d = Decimal(value)
        except InvalidOperation:
            return value
        text = f"{d.normalize():f}"
        return (text.replace(".", ",") if lang != "en" else text) + " %"
    return str(value)


def colon(lang: str) -> str:
    """The label separator: "Montant : …" in French, "Bedrag: …" in Dutch and English."""
    return "\u00a0: " if lang == "fr" else ": "


def summary(row: Any, lang: str, refs: Refs | None = None, limit: int = 300) -> str:
    """"Amount: 29 600,00 € → 27 000,00 €; Status: …" — what changed, in the user's words."""
    sep = colon(lang)
    parts = []
    for c in row.changes:
        if c.field == "id":
            continue
        label = field_label(c.field, lang)
        if row.action == "update":
            parts.append(f"{label}{sep}{show_value(c.field, c.before, lang, refs)} → "
                         f"{show_value(c.field, c.after, lang, refs)}")
        else:
            value = c.after if row.action == "insert" else c.before
            if value is None or value == "":
                continue
            parts.append(f"{label}{sep}{show_value(c.field, value, lang, refs)}")
    text = "; ".join(parts)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def record_label(row: Any, refs: Refs | None = None, lang: str | None = None) -> str:
    """The record's reference (G-2024-00012, 2024 25.002.33.00), else its number; an organisation
    setting by its label in ``lang`` (its key when unknown or without ``lang``)."""
    if row.entity == "organisation_setting":
        source = SETTINGS.get(row.entity_id)
        return _translator(lang)("audit", source) if source and lang else str(row.entity_id)
    return (refs or {}).get((row.entity, row.entity_id)) or f"#{row.entity_id}"
