"""Headings and labels of the exports in French, Dutch and English, side by side.

Reports are not Qt code: workbooks and PDFs are written from the command line too, without a
translator loaded. Every label lives here once, in the three languages, so a missing translation
is a visible gap in one table rather than a string scattered through the writers.
"""

from __future__ import annotations

from collections.abc import Mapping

LANGS = ("fr", "nl", "en")

#: key: (fr, nl, en)
LABELS: Mapping[str, tuple[str, str, str]] = {
    # --- beneficiary categories (the By category sheet: French labels are a contract) ---------
    "cat.commune": ("Communes", "Gemeenten", "Municipalities"),
    "cat.police_zone": ("Zones de police", "Politiezones", "Police zones"),
    "cat.training_school": ("ERIP/ERAP/Brusafe", "GIP/GSOB/Brusafe", "Training schools (ERIP/ERAP/Brusafe)"),
    "cat.regional_body": ("OAA", "ABI", "Regional bodies (OAA)"),
    "cat.asbl_communal": ("ASBL communales", "Gemeentelijke vzw's", "Municipal non-profits"),
    "cat.asbl_private": ("ASBL privées", "Private vzw's", "Private non-profits"),
    # --- grant statuses -------------------------------------------------------------------------
    "status.draft": ("Brouillon", "Ontwerp", "Draft"),
    "status.decided": ("Décidée", "Beslist", "Decided"),
    "status.committed": ("Engagée", "Vastgelegd", "Committed"),
    "status.advance_paid": ("Avance payée", "Voorschot betaald", "Advance paid"),
    "status.justified": ("Justifiée", "Verantwoord", "Justified"),
    "status.balance_paid": ("Solde payé", "Saldo betaald", "Balance paid"),
    "status.recovery": ("En récupération", "In terugvordering", "Being recovered"),
    "status.closed": ("Clôturée", "Afgesloten", "Closed"),
    # --- payment kinds and statuses -------------------------------------------------------------
    "kind.advance": ("Avance", "Voorschot", "Advance"),
    "kind.balance": ("Solde", "Saldo", "Balance"),
    "kind.other": ("Autre", "Andere", "Other"),
    "kind.recovery": ("Remboursement", "Terugbetaling", "Repayment"),
    "pstatus.prepared": ("Préparé", "Voorbereid", "Prepared"),
    "pstatus.approved": ("Approuvé", "Goedgekeurd", "Approved"),
    "pstatus.cancelled": ("Annulé", "Geannuleerd", "Cancelled"),
    "pkind.call_for_projects": ("Appel à projets", "Projectoproep", "Call for projects"),
    "pkind.local_plan": ("Plan local (PLPP)", "Lokaal plan (PLPP)", "Local plan (PLPP)"),
    "pkind.police_fund": ("Fonds Sommets européens", "Fonds Europese Toppen", "European Summits Fund"),
    "pkind.direct_grant": ("Subside hors appel", "Subsidie buiten oproep", "Direct grant"),
    # --- sheet names (By category is a contract and stays the same in every language) ----------
    "sheet.execution": ("Exécution {year}", "Uitvoering {year}", "Execution {year}"),
    "sheet.measures": ("Mesures PGSP", "GVPP-maatregelen", "PGSP measures"),
    "sheet.payments": ("Paiements par mois", "Betalingen per maand", "Payments by month"),
    "sheet.grants": ("Subsides {year}", "Subsidies {year}", "Grants {year}"),
    "sheet.about": ("À propos", "Over", "About"),
    # --- column headings -------------------------------------------------------------------------
    "col.year": ("Année", "Jaar", "Year"),
    "col.code": ("Allocation de base", "Basisallocatie", "Budget line"),
    "col.label": ("Libellé", "Omschrijving", "Label"),
    "col.ce": ("Crédits d'engagement", "Vastleggingskredieten", "Commitment credits"),
    "col.reserved": ("Réservé (subsides)", "Gereserveerd (subsidies)", "Reserved (grants)"),
    "col.committed": ("Engagé", "Vastgelegd", "Committed"),
    "col.available_ce": ("Disponible (CE)", "Beschikbaar (VK)", "Available (CE)"),
    "col.pct_committed": ("% engagé", "% vastgelegd", "% committed"),
    "col.cl": ("Crédits de liquidation", "Vereffeningskredieten", "Payment credits"),
    "col.paid": ("Payé", "Betaald", "Paid"),
    "col.to_approve": ("À approuver", "Goed te keuren", "To approve"),
    "col.available_cl": ("Disponible (CL)", "Beschikbaar (VEK)", "Available (CL)"),
    "col.pct_paid": ("% payé", "% betaald", "% paid"),
    "col.edition": ("Édition du PGSP", "Editie GVPP", "PGSP edition"),
    "col.thematic": ("Thématique", "Thema", "Thematic"),
    "col.measure": ("Mesure", "Maatregel", "Measure"),
    "col.description": ("Description", "Beschrijving", "Description"),
    "col.grants": ("Subsides", "Subsidies", "Grants"),
    "col.amount": ("Montant", "Bedrag", "Amount"),
    "col.share": ("Part", "Aandeel", "Share"),
    "col.month": ("Mois", "Maand", "Month"),
    "col.paid_out": ("Payé", "Betaald", "Paid out"),
    "col.paid_back": ("Remboursé", "Terugbetaald", "Paid back"),
    "col.net": ("Net", "Netto", "Net"),
    "col.count": ("Paiements", "Betalingen", "Payments"),
    "col.ref": ("Référence", "Referentie", "Reference"),
    "col.beneficiary": ("Bénéficiaire", "Begunstigde", "Beneficiary"),
    "col.beneficiary_ref": ("Réf. bénéficiaire", "Ref. begunstigde", "Beneficiary ref."),
    "col.bce": ("N° BCE", "KBO-nr.", "Enterprise no."),
    "col.category": ("Catégorie", "Categorie", "Category"),
    "col.programme": ("Programme", "Programma", "Programme"),
    "col.title": ("Objet", "Voorwerp", "Purpose"),
    "col.measures": ("Mesures PGSP", "GVPP-maatregelen", "PGSP measures"),
    "col.measures_short": ("Mesures", "Maatregelen", "Measures"),
    "col.granted": ("Octroyé", "Toegekend", "Granted"),
    "col.justified": ("Justifié (accepté)", "Verantwoord (aanvaard)", "Justified (accepted)"),
    "col.balance": ("Solde", "Saldo", "Balance"),
    "col.recovery": ("Récupération", "Terugvordering", "Recovery"),
    "col.recovered": ("Remboursé", "Terugbetaald", "Paid back"),
    "col.status": ("Statut", "Status", "Status"),
    "col.decision_date": ("Date de l'arrêté", "Datum besluit", "Decision date"),
    "col.notified_on": ("Notifié le", "Betekend op", "Notified on"),
    "col.period_start": ("Début", "Begin", "Start"),
    "col.period_end": ("Fin", "Einde", "End"),
    "col.deadline": ("Échéance justification", "Termijn verantwoording", "Justification deadline"),
    "col.date": ("Date", "Datum", "Date"),
    "col.kind": ("Type", "Soort", "Kind"),
    "col.reference": ("Référence", "Referentie", "Reference"),
    "col.received_on": ("Reçu le", "Ontvangen op", "Received on"),
    "col.claimed": ("Déclaré", "Aangegeven", "Claimed"),
    "col.accepted": ("Accepté", "Aanvaard", "Accepted"),
    "col.communication": ("Communication structurée", "Gestructureerde mededeling", "Structured communication"),
    "col.due_date": ("Échéance", "Vervaldag", "Due date"),
    "col.outstanding": ("Restant dû", "Nog verschuldigd", "Outstanding"),
    "col.requested": ("Demandé", "Gevraagd", "Requested"),
    "col.projects": ("Projets", "Projecten", "Projects"),
    "total": ("Total", "Totaal", "Total"),
    "not_tied": ("Sans mesure PGSP", "Zonder GVPP-maatregel", "Not tied to a PGSP measure"),
    # --- the About sheet -------------------------------------------------------------------------
    "about.what": ("Contenu", "Inhoud", "Content"),
    "about.database": ("Base de données", "Databank", "Database"),
    "about.generated_at": ("Exporté le", "Geëxporteerd op", "Exported on"),
    "about.generated_by": ("Exporté par", "Geëxporteerd door", "Exported by"),
    "about.parameters": ("Paramètres", "Parameters", "Parameters"),
    "about.application": ("Application", "Toepassing", "Application"),
    "about.note": ("Remarque", "Opmerking", "Note"),
    "about.budget": ("Tableaux budgétaires : subsides par catégorie, exécution des allocations de base, "
                     "montants par thématique et mesure du PGSP, paiements par mois",
                     "Begrotingstabellen: subsidies per categorie, uitvoering van de basisallocaties, "
                     "bedragen per thema en maatregel van het GVPP, betalingen per maand",
                     "Budget tables: grants by category, budget-line execution, amounts by PGSP thematic "
                     "and measure, payments by month"),
    "about.grants": ("Liste des subsides de l'année avec leurs montants octroyés, engagés, payés et justifiés",
                     "Lijst van de subsidies van het jaar met hun toegekende, vastgelegde, betaalde en "
                     "verantwoorde bedragen",
                     "The year's grants with their granted, committed, paid and justified amounts"),
    "about.note_budget": ("Montants en euros. Subsides de l'année à leur montant actuel (arrêté et avenants). "
                          "Les montants par mesure sont répartis selon les parts des mesures de chaque subside. "
                          "Les totaux sont des formules.",
                          "Bedragen in euro. Subsidies van het jaar tegen hun huidig bedrag (besluit en "
                          "aanhangsels). De bedragen per maatregel zijn verdeeld volgens de aandelen van de "
                          "maatregelen van elke subsidie. De totalen zijn formules.",
                          "Amounts in euro. Grants of the year at their current amount (decision and "
                          "amendments). Amounts by measure are allocated by each grant's measure shares. "
                          "Totals are formulas."),
    "about.note_grants": ("Montants en euros. Le solde (min(accepté, octroyé) - payé net) n'est indiqué qu'une "
                          "fois le subside justifié. Les totaux sont des formules (SOUS.TOTAL : ils suivent les filtres).",
                          "Bedragen in euro. Het saldo (min(aanvaard, toegekend) - netto betaald) wordt pas "
                          "vermeld wanneer de subsidie verantwoord is. De totalen zijn formules (SUBTOTAAL: ze "
                          "volgen de filters).",
                          "Amounts in euro. The balance (min(accepted, granted) - net paid) is shown once the "
                          "grant is justified. Totals are formulas (SUBTOTAL: they follow the filters)."),
    "param.from": ("De", "Van", "From"),
    "param.to": ("À", "Tot", "To"),
    "param.year": ("Année", "Jaar", "Year"),
    "param.lang": ("Langue", "Taal", "Language"),
    # --- PDF documents ---------------------------------------------------------------------------
    "org": ("safe.brussels - Bruxelles Prévention & Sécurité", "safe.brussels - Brussel Preventie & Veiligheid",
            "safe.brussels - Brussels Prevention & Security"),
    "page": ("Page {n} de {total}", "Pagina {n} van {total}", "Page {n} of {total}"),
    "printed_on": ("Édité le {date}", "Afgedrukt op {date}", "Issued on {date}"),
    "statement.title": ("Relevé des subsides {year}", "Overzicht van de subsidies {year}", "Statement of grants {year}"),
    "statement.grants": ("Subsides de l'année", "Subsidies van het jaar", "Grants of the year"),
    "statement.payments": ("Paiements", "Betalingen", "Payments"),
    "statement.justifications": ("Justifications", "Verantwoordingen", "Justifications"),
    "statement.claims": ("Récupérations", "Terugvorderingen", "Recovery claims"),
    "statement.summary": ("Situation", "Stand van zaken", "Position"),
    "statement.none": ("Aucun", "Geen", "None"),
    "statement.balance_due": ("Solde restant à vous verser", "Saldo dat u nog ontvangt", "Balance still to be paid to you"),
    "statement.to_pay_back": ("Montant à rembourser", "Terug te betalen bedrag", "Amount to pay back"),
    "statement.settled": ("Aucun montant n'est dû de part ni d'autre", "Er is langs geen enkele kant een bedrag verschuldigd",
                          "No amount is due either way"),
    "statement.pending": ("à justifier", "te verantwoorden", "to be justified"),
    "statement.pay_to": ("À verser sur le compte {iban} ({name}) avec la communication structurée {communication}",
                         "Te storten op rekening {iban} ({name}) met de gestructureerde mededeling {communication}",
                         "To be paid to account {iban} ({name}) with the structured communication {communication}"),
    "statement.claim_to_come": ("Une demande de remboursement avec sa communication structurée vous sera adressée",
                                "U ontvangt een terugbetalingsverzoek met de gestructureerde mededeling",
                                "A repayment request with its structured communication will be sent to you"),
    "statement.granted_total": ("Total octroyé", "Totaal toegekend", "Total granted"),
    "statement.paid_total": ("Total payé (net)", "Totaal betaald (netto)", "Total paid (net)"),
    "statement.accepted_total": ("Total des dépenses acceptées", "Totaal aanvaarde uitgaven", "Total accepted expenses"),
    "statement.account": ("Compte", "Rekening", "Account"),
    "call.title": ("Projets sélectionnés : {title}", "Geselecteerde projecten: {title}", "Selected projects: {title}"),
    "call.by_measure": ("Montants par mesure du PGSP", "Bedragen per GVPP-maatregel", "Amounts by PGSP measure"),
    "call.projects": ("Projets", "Projecten", "Projects"),
    "call.summary": ("Candidatures reçues : {received} ; recevables : {admissible} ; sélectionnées : {selected}. "
                     "Enveloppe : {envelope} ; octroyé : {granted}.",
                     "Ontvangen kandidaturen: {received}; ontvankelijk: {admissible}; geselecteerd: {selected}. "
                     "Enveloppe: {envelope}; toegekend: {granted}.",
                     "Applications received: {received}; admissible: {admissible}; selected: {selected}. "
                     "Envelope: {envelope}; granted: {granted}."),
    "pgsp.title": ("Annexe PGSP {year} : montants par thématique et mesure",
                   "Bijlage GVPP {year}: bedragen per thema en maatregel",
                   "PGSP annex {year}: amounts by thematic and measure"),
    "pgsp.by_thematic": ("Par thématique", "Per thema", "By thematic"),
    "pgsp.by_measure": ("Par mesure", "Per maatregel", "By measure"),
    "pgsp.edition": ("Plan global de sécurité et de prévention {edition}", "Globaal veiligheids- en preventieplan {edition}",
                     "Global security and prevention plan {edition}"),
}

MONTHS: Mapping[str, tuple[str, ...]] = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}


def norm_lang(lang: str | None) -> str:
    lang = (lang or "fr").lower()[:2]
    return lang if lang in LANGS else "fr"


def label(key: str, lang: str, **params: object) -> str:
    """The label ``key`` in ``lang`` (fr, nl, en), with ``{named}`` parameters filled in."""
    texts = LABELS[key]
    text = texts[LANGS.index(norm_lang(lang))]
    return text.format(**params) if params else text


def other_language(lang: str) -> str | None:
    """The other official language of Brussels (fr <-> nl); None for English."""
    return {"fr": "nl", "nl": "fr"}.get(norm_lang(lang))


def enum_label(prefix: str, value: object, lang: str) -> str:
    raw = getattr(value, "value", value)
    key = f"{prefix}.{raw}"
    return label(key, lang) if key in LABELS else str(raw)


def month_name(month: int, lang: str) -> str:
    return MONTHS[norm_lang(lang)][month - 1]
