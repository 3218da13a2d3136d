"""Headings and labels of the exports: each key names an English source text and its context.

Reports are not Qt code: workbooks and PDFs are written from the command line too. The texts are
marked with QT_TRANSLATE_NOOP (collected by pyside6-lupdate into grants_fr.ts / grants_nl.ts, the
only place translations live) and translated when written, through grants.i18n (the .qm files read as
QTranslator reads them, loaded lazily). English is the source text itself.
"""

from __future__ import annotations

from collections.abc import Mapping

from grants.services.errors import QT_TRANSLATE_NOOP

LANGS = ("fr", "nl", "en")

#: key: (context, English source). The names of the statuses and kinds have their own context
#: ("Committed" is "Engagée" as a status, "Engagé" as a column).
LABELS: Mapping[str, tuple[str, str]] = {
    # --- beneficiary categories (the By category sheet: French labels are a contract) ---------
    "cat.commune": ("report values", QT_TRANSLATE_NOOP("report values", "Municipalities")),
    "cat.police_zone": ("report values", QT_TRANSLATE_NOOP("report values", "Police zones")),
    "cat.training_school": ("report values", QT_TRANSLATE_NOOP(
        "report values", "Training schools (ERIP/ERAP/Brusafe)")),
    "cat.regional_body": ("report values", QT_TRANSLATE_NOOP("report values", "Regional bodies (OAA)")),
    "cat.asbl_communal": ("report values", QT_TRANSLATE_NOOP("report values", "Municipal non-profits")),
    "cat.asbl_private": ("report values", QT_TRANSLATE_NOOP("report values", "Private non-profits")),
    # --- grant statuses -------------------------------------------------------------------------
    "status.draft": ("report values", QT_TRANSLATE_NOOP("report values", "Draft")),
    "status.decided": ("report values", QT_TRANSLATE_NOOP("report values", "Decided")),
    "status.committed": ("report values", QT_TRANSLATE_NOOP("report values", "Committed")),
    "status.advance_paid": ("report values", QT_TRANSLATE_NOOP("report values", "Advance paid")),
    "status.justified": ("report values", QT_TRANSLATE_NOOP("report values", "Justified")),
    "status.balance_paid": ("report values", QT_TRANSLATE_NOOP("report values", "Balance paid")),
    "status.recovery": ("report values", QT_TRANSLATE_NOOP("report values", "Being recovered")),
    "status.closed": ("report values", QT_TRANSLATE_NOOP("report values", "Closed")),
    # --- payment kinds and statuses -------------------------------------------------------------
    "kind.advance": ("report values", QT_TRANSLATE_NOOP("report values", "Advance")),
    "kind.balance": ("report values", QT_TRANSLATE_NOOP("report values", "Balance")),
    "kind.other": ("report values", QT_TRANSLATE_NOOP("report values", "Other")),
    "kind.recovery": ("report values", QT_TRANSLATE_NOOP("report values", "Repayment")),
    "pstatus.prepared": ("report values", QT_TRANSLATE_NOOP("report values", "Prepared")),
    "pstatus.approved": ("report values", QT_TRANSLATE_NOOP("report values", "Approved")),
    "pstatus.cancelled": ("report values", QT_TRANSLATE_NOOP("report values", "Cancelled")),
    "pkind.call_for_projects": ("report values", QT_TRANSLATE_NOOP("report values", "Call for projects")),
    "pkind.local_plan": ("report values", QT_TRANSLATE_NOOP("report values", "Local plan (PLPP)")),
    "pkind.police_fund": ("report values", QT_TRANSLATE_NOOP("report values", "European Summits Fund")),
    "pkind.direct_grant": ("report values", QT_TRANSLATE_NOOP("report values", "Direct grant")),
    # --- sheet names (By category is a contract and stays the same in every language) ----------
    "sheet.execution": ("reports", QT_TRANSLATE_NOOP("reports", "Execution {year}")),
    "sheet.measures": ("reports", QT_TRANSLATE_NOOP("reports", "PGSP measures")),
    "sheet.payments": ("reports", QT_TRANSLATE_NOOP("reports", "Payments by month")),
    "sheet.grants": ("reports", QT_TRANSLATE_NOOP("reports", "Grants {year}")),
    "sheet.about": ("reports", QT_TRANSLATE_NOOP("reports", "About")),
    "sheet.nature": ("reports", QT_TRANSLATE_NOOP("reports", "Operating and investment")),
    "col.operating_year": ("reports", QT_TRANSLATE_NOOP("reports", "{year} operating")),
    "col.investment_year": ("reports", QT_TRANSLATE_NOOP("reports", "{year} investment")),
    # --- column headings -------------------------------------------------------------------------
    "col.year": ("reports", QT_TRANSLATE_NOOP("reports", "Year")),
    "col.code": ("reports", QT_TRANSLATE_NOOP("reports", "Budget line")),
    "col.label": ("reports", QT_TRANSLATE_NOOP("reports", "Label")),
    "col.ce": ("reports", QT_TRANSLATE_NOOP("reports", "Commitment credits")),
    "col.reserved": ("reports", QT_TRANSLATE_NOOP("reports", "Reserved (grants)")),
    "col.committed": ("reports", QT_TRANSLATE_NOOP("reports", "Committed")),
    "col.available_ce": ("reports", QT_TRANSLATE_NOOP("reports", "Available (CE)")),
    "col.pct_committed": ("reports", QT_TRANSLATE_NOOP("reports", "% committed")),
    "col.cl": ("reports", QT_TRANSLATE_NOOP("reports", "Payment credits")),
    "col.paid": ("reports", QT_TRANSLATE_NOOP("reports", "Paid")),
    "col.to_approve": ("reports", QT_TRANSLATE_NOOP("reports", "To approve")),
    "col.available_cl": ("reports", QT_TRANSLATE_NOOP("reports", "Available (CL)")),
    "col.pct_paid": ("reports", QT_TRANSLATE_NOOP("reports", "% paid")),
    "col.edition": ("reports", QT_TRANSLATE_NOOP("reports", "PGSP edition")),
    "col.thematic": ("reports", QT_TRANSLATE_NOOP("reports", "Thematic")),
    "col.measure": ("reports", QT_TRANSLATE_NOOP("reports", "Measure")),
    "col.description": ("reports", QT_TRANSLATE_NOOP("reports", "Description")),
    "col.grants": ("reports", QT_TRANSLATE_NOOP("reports", "Grants")),
    "col.amount": ("reports", QT_TRANSLATE_NOOP("reports", "Amount")),
    "col.share": ("reports", QT_TRANSLATE_NOOP("reports", "Share")),
    "col.month": ("reports", QT_TRANSLATE_NOOP("reports", "Month")),
    "col.paid_out": ("reports", QT_TRANSLATE_NOOP("reports", "Paid out")),
    "col.paid_back": ("reports", QT_TRANSLATE_NOOP("reports", "Paid back")),
    "col.net": ("reports", QT_TRANSLATE_NOOP("reports", "Net")),
    "col.count": ("reports", QT_TRANSLATE_NOOP("reports", "Payments")),
    "col.ref": ("reports", QT_TRANSLATE_NOOP("reports", "Reference")),
    "col.beneficiary": ("reports", QT_TRANSLATE_NOOP("reports", "Beneficiary")),
    "col.beneficiary_ref": ("reports", QT_TRANSLATE_NOOP("reports", "Beneficiary ref.")),
    "col.bce": ("reports", QT_TRANSLATE_NOOP("reports", "Enterprise no.")),
    "col.category": ("reports", QT_TRANSLATE_NOOP("reports", "Category")),
    "col.programme": ("reports", QT_TRANSLATE_NOOP("reports", "Programme")),
    "col.title": ("reports", QT_TRANSLATE_NOOP("reports", "Purpose")),
    "col.measures": ("reports", QT_TRANSLATE_NOOP("reports", "PGSP measures")),
    "col.measures_short": ("reports", QT_TRANSLATE_NOOP("reports", "Measures")),
    "col.granted": ("reports", QT_TRANSLATE_NOOP("reports", "Granted")),
    "col.justified": ("reports", QT_TRANSLATE_NOOP("reports", "Justified (accepted)")),
    "col.balance": ("reports", QT_TRANSLATE_NOOP("reports", "Balance")),
    "col.recovery": ("reports", QT_TRANSLATE_NOOP("reports", "Recovery")),
    "col.recovered": ("reports", QT_TRANSLATE_NOOP("reports", "Paid back")),
    "col.status": ("reports", QT_TRANSLATE_NOOP("reports", "Status")),
    "col.decision_date": ("reports", QT_TRANSLATE_NOOP("reports", "Decision date")),
    "col.notified_on": ("reports", QT_TRANSLATE_NOOP("reports", "Notified on")),
    "col.period_start": ("reports", QT_TRANSLATE_NOOP("reports", "Start")),
    "col.period_end": ("reports", QT_TRANSLATE_NOOP("reports", "End")),
    "col.deadline": ("reports", QT_TRANSLATE_NOOP("reports", "Justification deadline")),
    "col.nature": ("reports", QT_TRANSLATE_NOOP("reports", "Operating or investment")),
    "col.project_budget": ("reports", QT_TRANSLATE_NOOP("reports", "Project budget")),
    "col.other_funding": ("reports", QT_TRANSLATE_NOOP("reports", "Other funding")),
    "col.cofinancing_rate": ("reports", QT_TRANSLATE_NOOP("reports", "Co-financing rate")),
    "nature.operating": ("report values", QT_TRANSLATE_NOOP("report values", "Operating")),
    "nature.investment": ("report values", QT_TRANSLATE_NOOP("report values", "Investment")),
    "col.date": ("reports", QT_TRANSLATE_NOOP("reports", "Date")),
    "col.kind": ("reports", QT_TRANSLATE_NOOP("reports", "Kind")),
    "col.reference": ("reports", QT_TRANSLATE_NOOP("reports", "Reference")),
    # the statement's tables: the grant's reference and the payment's, under distinct titles
    "col.grant": ("reports", QT_TRANSLATE_NOOP("reports", "Grant")),
    "col.payment_reference": ("reports", QT_TRANSLATE_NOOP("reports", "Payment reference")),
    "col.received_on": ("reports", QT_TRANSLATE_NOOP("reports", "Received on")),
    "col.claimed": ("reports", QT_TRANSLATE_NOOP("reports", "Claimed")),
    "col.accepted": ("reports", QT_TRANSLATE_NOOP("reports", "Accepted")),
    "col.communication": ("reports", QT_TRANSLATE_NOOP("reports", "Structured communication")),
    "col.due_date": ("reports", QT_TRANSLATE_NOOP("reports", "Due date")),
    "col.outstanding": ("reports", QT_TRANSLATE_NOOP("reports", "Outstanding")),
    "col.requested": ("reports", QT_TRANSLATE_NOOP("reports", "Requested")),
    "col.projects": ("reports", QT_TRANSLATE_NOOP("reports", "Projects")),
    "total": ("reports", QT_TRANSLATE_NOOP("reports", "Total")),
    "not_tied": ("reports", QT_TRANSLATE_NOOP("reports", "Not tied to a PGSP measure")),
    # --- the About sheet -------------------------------------------------------------------------
    "about.what": ("reports", QT_TRANSLATE_NOOP("reports", "Content")),
    "about.database": ("reports", QT_TRANSLATE_NOOP("reports", "Database")),
    "about.generated_at": ("reports", QT_TRANSLATE_NOOP("reports", "Exported on")),
    "about.generated_by": ("reports", QT_TRANSLATE_NOOP("reports", "Exported by")),
    "about.parameters": ("reports", QT_TRANSLATE_NOOP("reports", "Parameters")),
    "about.application": ("reports", QT_TRANSLATE_NOOP("reports", "Application")),
    "about.note": ("reports", QT_TRANSLATE_NOOP("reports", "Note")),
    "about.budget": ("reports", QT_TRANSLATE_NOOP(
        "reports", "Budget tables: grants by category, budget-line execution, amounts by PGSP thematic and "
        "measure, payments by month")),
    "about.grants": ("reports", QT_TRANSLATE_NOOP(
        "reports", "The year's grants with their granted, committed, paid and justified amounts")),
    "about.note_budget": ("reports", QT_TRANSLATE_NOOP(
        "reports", "Amounts in euro. Grants of the year at their current amount (decision and amendments). "
        "Amounts by measure are allocated by each grant's measure shares. Totals are formulas.")),
    "about.note_grants": ("reports", QT_TRANSLATE_NOOP(
        "reports", "Amounts in euro. The balance (min(accepted, granted) - net paid) is shown once the grant "
        "is justified. Totals are formulas (SUBTOTAL: they follow the filters).")),
    "param.from": ("reports", QT_TRANSLATE_NOOP("reports", "From")),
    "param.to": ("reports", QT_TRANSLATE_NOOP("reports", "To")),
    "param.year": ("reports", QT_TRANSLATE_NOOP("reports", "Year")),
    "param.lang": ("reports", QT_TRANSLATE_NOOP("reports", "Language")),
    # --- PDF documents ---------------------------------------------------------------------------
    "org": ("reports", QT_TRANSLATE_NOOP("reports", "safe.brussels - Brussels Prevention & Security")),
    "page": ("reports", QT_TRANSLATE_NOOP("reports", "Page {n} of {total}")),
    "printed_on": ("reports", QT_TRANSLATE_NOOP("reports", "Issued on {date}")),
    "statement.title": ("reports", QT_TRANSLATE_NOOP("reports", "Statement of grants {year}")),
    "statement.grants": ("reports", QT_TRANSLATE_NOOP("reports", "Grants of the year")),
    "statement.payments": ("reports", QT_TRANSLATE_NOOP("reports", "Payments")),
    "statement.justifications": ("reports", QT_TRANSLATE_NOOP("reports", "Justifications")),
    "statement.claims": ("reports", QT_TRANSLATE_NOOP("reports", "Recovery claims")),
    "statement.summary": ("reports", QT_TRANSLATE_NOOP("reports", "Position")),
    "statement.none": ("reports", QT_TRANSLATE_NOOP("reports", "None")),
    "statement.balance_due": ("reports", QT_TRANSLATE_NOOP("reports", "Balance still to be paid to you")),
    "statement.to_pay_back": ("reports", QT_TRANSLATE_NOOP("reports", "Amount to pay back")),
    "statement.settled": ("reports", QT_TRANSLATE_NOOP("reports", "No amount is due either way")),
    "statement.pending": ("reports", QT_TRANSLATE_NOOP("reports", "to be justified")),
    "statement.pay_to": ("reports", QT_TRANSLATE_NOOP(
        "reports", "To be paid to account {iban} ({name}) with the structured communication {communication}")),
    "statement.claim_to_come": ("reports", QT_TRANSLATE_NOOP(
        "reports", "A repayment request with its structured communication will be sent to you")),
    "statement.granted_total": ("reports", QT_TRANSLATE_NOOP("reports", "Total granted")),
    "statement.paid_total": ("reports", QT_TRANSLATE_NOOP("reports", "Total paid (net)")),
    "statement.accepted_total": ("reports", QT_TRANSLATE_NOOP("reports", "Total accepted expenses")),
    "statement.account": ("reports", QT_TRANSLATE_NOOP("reports", "Account")),
    "call.title": ("reports", QT_TRANSLATE_NOOP("reports", "Selected projects: {title}")),
    "call.by_measure": ("reports", QT_TRANSLATE_NOOP("reports", "Amounts by PGSP measure")),
    "call.projects": ("reports", QT_TRANSLATE_NOOP("reports", "Projects")),
    "call.waiting": ("reports", QT_TRANSLATE_NOOP("reports", "Selected, not granted")),
    "col.reason": ("reports", QT_TRANSLATE_NOOP("reports", "Reason")),
    "call.summary": ("reports", QT_TRANSLATE_NOOP(
        "reports", "Applications received: {received}; admissible: {admissible}; selected: {selected}. "
        "Envelope: {envelope}; granted: {granted}.")),
    "pgsp.title": ("reports", QT_TRANSLATE_NOOP("reports", "PGSP annex {year}: amounts by thematic and measure")),
    "pgsp.by_thematic": ("reports", QT_TRANSLATE_NOOP("reports", "By thematic")),
    "pgsp.by_measure": ("reports", QT_TRANSLATE_NOOP("reports", "By measure")),
    "pgsp.edition": ("reports", QT_TRANSLATE_NOOP("reports", "Global security and prevention plan {edition}")),
    # --- the PGSP implementation table and the publication list ---------------------------------
    "impl.title": ("reports", QT_TRANSLATE_NOOP(
        "reports", "PGSP implementation {year}: projects, amounts and indicators")),
    "impl.no_edition": ("reports", QT_TRANSLATE_NOOP("reports", "No PGSP edition applies to {year}")),
    "pgsp.basis_assigned": ("reports", QT_TRANSLATE_NOOP(
        "reports", "no edition covers {year}: the administration assigned this one")),
    "pgsp.basis_nearest": ("reports", QT_TRANSLATE_NOOP(
        "reports", "no edition covers {year}: the nearest one applies")),
    "impl.no_project": ("reports", QT_TRANSLATE_NOOP("reports", "No project for this measure")),
    "impl.note": ("reports", QT_TRANSLATE_NOOP(
        "reports", "Amounts in euro. Granted: the grant's current amount; allocated and paid (net of repayments): "
        "its part for the measure, by the grant's measure shares. Draft grants are left out.")),
    "impl.plpp": ("reports", QT_TRANSLATE_NOOP(
        "reports", "Local prevention plans (PLPP): the communes' activities by thematic")),
    "impl.plpp_none": ("reports", QT_TRANSLATE_NOOP("reports", "No activity of a local plan recorded for {year}")),
    "col.activities": ("reports", QT_TRANSLATE_NOOP("reports", "Activities")),
    "col.communes": ("reports", QT_TRANSLATE_NOOP("reports", "Communes")),
    "col.peace_guardians": ("reports", QT_TRANSLATE_NOOP("reports", "Peace guardians")),
    "col.street_educators": ("reports", QT_TRANSLATE_NOOP("reports", "Street educators")),
    "col.mediators": ("reports", QT_TRANSLATE_NOOP("reports", "Mediators")),
    "fse.title": ("reports", QT_TRANSLATE_NOOP(
        "reports", "European Summits Fund (FSE) {year}: the police zones' contributions")),
    "sheet.fse_zones": ("reports", QT_TRANSLATE_NOOP("reports", "Conventions {year}")),
    "sheet.fse_measures": ("reports", QT_TRANSLATE_NOOP("reports", "By measure {year}")),
    "about.fse": ("reports", QT_TRANSLATE_NOOP(
        "reports", "European Summits Fund: each police zone's convention and the zones' contributions by "
        "PGSP measure")),
    "about.note_fse": ("reports", QT_TRANSLATE_NOOP(
        "reports", "Amounts in euro. Justified: the expenses accepted; an FSE convention is paid up to the justified "
        "amount. By measure: the convention's amounts by its measure shares. Draft grants are left out. The totals "
        "are formulas.")),
    "col.zone": ("reports", QT_TRANSLATE_NOOP("reports", "Police zone")),
    "col.zone_code": ("reports", QT_TRANSLATE_NOOP("reports", "Zone")),
    "col.convention": ("reports", QT_TRANSLATE_NOOP("reports", "Convention (grant)")),
    "col.decision_ref": ("reports", QT_TRANSLATE_NOOP("reports", "Decision")),
    "col.to_pay": ("reports", QT_TRANSLATE_NOOP("reports", "Still to pay")),
    "col.allocated": ("reports", QT_TRANSLATE_NOOP("reports", "Allocated")),
    "col.indicators": ("reports", QT_TRANSLATE_NOOP("reports", "Indicators")),
    "col.indicator": ("reports", QT_TRANSLATE_NOOP("reports", "Indicator")),
    "col.unit": ("reports", QT_TRANSLATE_NOOP("reports", "Unit")),
    "col.target": ("reports", QT_TRANSLATE_NOOP("reports", "Target")),
    "col.achieved": ("reports", QT_TRANSLATE_NOOP("reports", "Achieved")),
    "publication.title": ("reports", QT_TRANSLATE_NOOP("reports", "Grants awarded in {year}: list for publication")),
    "sheet.publication": ("reports", QT_TRANSLATE_NOOP("reports", "Publication {year}")),
    "about.publication": ("reports", QT_TRANSLATE_NOOP(
        "reports", "The year's grants to publish: beneficiary, enterprise number, purpose, amount, decision, "
        "budget line")),
    "about.note_publication": ("reports", QT_TRANSLATE_NOOP(
        "reports", "Amounts in euro: the grant's current amount (decision and amendments). Draft grants are "
        "left out. The total is a formula.")),
}

MONTHS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("reports", "January"), QT_TRANSLATE_NOOP("reports", "February"),
    QT_TRANSLATE_NOOP("reports", "March"), QT_TRANSLATE_NOOP("reports", "April"),
    QT_TRANSLATE_NOOP("reports", "May"), QT_TRANSLATE_NOOP("reports", "June"),
    QT_TRANSLATE_NOOP("reports", "July"), QT_TRANSLATE_NOOP("reports", "August"),
    QT_TRANSLATE_NOOP("reports", "September"), QT_TRANSLATE_NOOP("reports", "October"),
    QT_TRANSLATE_NOOP("reports", "November"), QT_TRANSLATE_NOOP("reports", "December"),
)


def norm_lang(lang: str | None) -> str:
    lang = (lang or "fr").lower()[:2]
    return lang if lang in LANGS else "fr"


def label(key: str, lang: str, **params: object) -> str:
    """The label ``key`` in ``lang`` (fr, nl, en), with ``{named}`` parameters filled in."""
    from grants.i18n import translate

    context, source = LABELS[key]
    text = translate(context, source, lang=norm_lang(lang))
    return text.format(**params) if params else text


def other_language(lang: str) -> str | None:
    """The other official language of Brussels (fr <-> nl); None for English."""
    return {"fr": "nl", "nl": "fr"}.get(norm_lang(lang))


def enum_label(prefix: str, value: object, lang: str) -> str:
    raw = getattr(value, "value", value)
    key = f"{prefix}.{raw}"
    return label(key, lang) if key in LABELS else str(raw)


def month_name(month: int, lang: str) -> str:
    from grants.i18n import translate

    return translate("reports", MONTHS[month - 1], lang=norm_lang(lang))
