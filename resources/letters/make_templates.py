"""Writes the default letter templates ``resources/letters/{fr,nl}/KIND.docx`` (README "Letters").

Run again after changing a text: ``.venv/bin/python resources/letters/make_templates.py``.
Placeholders are docxtpl's ``{{ name }}`` (the list: grants.services.letters.PLACEHOLDERS); each is
written inside one run so that Word keeps it whole. The administration copies one of these files to
its own folder (setting ``letters_folder``, same ``fr/KIND.docx`` layout) and edits it in Word.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = Path(__file__).resolve().parent

# Per language: the subject line and the body paragraphs of each kind (placeholders as {{ name }}).
TEXTS: dict[str, dict[str, tuple[str, list[str]]]] = {
    "fr": {
        "decision": ("Arrêté octroyant une subvention – {{ grant_ref }}", [
            "Vu le crédit inscrit à l'allocation de base {{ budget_line }} ;",
            "Article 1er. Une subvention de {{ amount }} ({{ amount_words }}) est octroyée à {{ beneficiary_name }}"
            " (BCE {{ beneficiary_bce }}) pour : {{ purpose }}.",
            "Article 2. La subvention couvre la période du {{ period_start }} au {{ period_end }} et contribue aux"
            " mesures du Plan global de sécurité et de prévention : {{ measures }}.",
            "Article 3. Une avance de {{ advance_share }} ({{ advance_limit }}) est versée après notification ;"
            " le solde après justification.",
            "Article 4. Pièces justificatives à fournir : {{ required_documents }}, au plus tard le"
            " {{ justification_deadline }}.",
            "Décision {{ decision_ref }} du {{ decision_date }}.",
        ]),
        "convention": ("Convention de subvention – {{ grant_ref }}", [
            "Entre la Région de Bruxelles-Capitale, représentée par {{ org_name }}, {{ org_address }},"
            " et {{ beneficiary_name }} (BCE {{ beneficiary_bce }}), {{ beneficiary_address }}, il est convenu ce"
            " qui suit.",
            "Objet : {{ purpose }}. Période : du {{ period_start }} au {{ period_end }}.",
            "Montant : {{ amount }} ({{ amount_words }}), imputé à l'allocation de base {{ budget_line }}.",
            "Mesures du PGSP : {{ measures }}.",
            "Avance : {{ advance_share }} ({{ advance_limit }}). Justification au plus tard le"
            " {{ justification_deadline }} : {{ required_documents }}.",
            "Décision {{ decision_ref }} du {{ decision_date }}.",
        ]),
        "notification": ("Notification de l'octroi d'une subvention – {{ grant_ref }}", [
            "Nous avons le plaisir de vous informer que, par décision {{ decision_ref }} du {{ decision_date }},"
            " une subvention de {{ amount }} vous est octroyée pour : {{ purpose }}.",
            "Période : du {{ period_start }} au {{ period_end }}. Allocation de base : {{ budget_line }}.",
            "Mesures du PGSP : {{ measures }}.",
            "Une avance de {{ advance_share }} ({{ advance_limit }}) vous sera versée. Les pièces justificatives"
            " ({{ required_documents }}) sont attendues au plus tard le {{ justification_deadline }}.",
        ]),
        "advance": ("Avis de paiement de l'avance – {{ grant_ref }}", [
            "Subvention de {{ amount }} pour : {{ purpose }} (décision {{ decision_ref }} du {{ decision_date }}).",
            "Avance de {{ advance_share }} : {{ payment_amount }}, {{ payment_status }} le {{ payment_date }}, sur"
            " le compte {{ beneficiary_iban }}.",
            "Déjà payé au total : {{ paid }}.",
            "Pièces justificatives attendues au plus tard le {{ justification_deadline }}.",
        ]),
        "balance": ("Avis de paiement du solde – {{ grant_ref }}", [
            "Subvention de {{ amount }} pour : {{ purpose }} (décision {{ decision_ref }} du {{ decision_date }}).",
            "Dépenses acceptées : {{ accepted }}. Déjà payé (net) : {{ net_paid }}.",
            "Solde : {{ payment_amount }}, {{ payment_status }} le {{ payment_date }}, sur le compte"
            " {{ beneficiary_iban }}.",
        ]),
        "reminder": ("Rappel n° {{ reminder_number }} ({{ reminder_subject }}) – {{ grant_ref }}", [
            "Subvention de {{ amount }} pour : {{ purpose }} (décision {{ decision_ref }} du {{ decision_date }}).",
            "{% if communication %}Sauf erreur de notre part, la somme de {{ recovery_outstanding }} (sur"
            " {{ recovery_amount }} réclamés le {{ recovery_date }}), due le {{ recovery_due_date }}, ne nous est"
            " pas parvenue. Nous vous prions de la verser sans délai au compte {{ org_iban }} ({{ org_bic }}) de"
            " {{ org_name }}, avec la communication structurée {{ communication }}.{% else %}Sauf erreur de notre"
            " part, les pièces justificatives ({{ required_documents }}) attendues au plus tard le"
            " {{ justification_deadline }} ne nous sont pas parvenues. Nous vous prions de nous les faire parvenir"
            " sans délai.{% endif %}",
        ]),
        "recovery": ("Demande de remboursement – {{ grant_ref }}", [
            "Subvention de {{ amount }} pour : {{ purpose }} (décision {{ decision_ref }} du {{ decision_date }}).",
            "Dépenses acceptées : {{ accepted }}. Versé (net) : {{ net_paid }}. Solde : {{ balance }}.",
            "Nous vous prions de rembourser {{ recovery_outstanding }} (montant réclamé : {{ recovery_amount }})"
            " au plus tard le {{ recovery_due_date }} au compte {{ org_iban }} ({{ org_bic }}) de {{ org_name }},"
            " avec la communication structurée {{ communication }}.",
        ]),
        "closure": ("Clôture du dossier de subvention – {{ grant_ref }}", [
            "Subvention de {{ amount }} pour : {{ purpose }} (décision {{ decision_ref }} du {{ decision_date }}).",
            "Dépenses acceptées : {{ accepted }}. Payé : {{ paid }}. Remboursé : {{ paid_back }}."
            " Versé (net) : {{ net_paid }}.",
            "Le dossier est clôturé.",
        ]),
    },
    "nl": {
        "decision": ("Besluit tot toekenning van een subsidie – {{ grant_ref }}", [
            "Gelet op het krediet ingeschreven op basisallocatie {{ budget_line }};",
            "Artikel 1. Een subsidie van {{ amount }} ({{ amount_words }}) wordt toegekend aan"
            " {{ beneficiary_name }} (KBO {{ beneficiary_bce }}) voor: {{ purpose }}.",
            "Artikel 2. De subsidie dekt de periode van {{ period_start }} tot {{ period_end }} en draagt bij tot de"
            " maatregelen van het Globaal Veiligheids- en Preventieplan: {{ measures }}.",
            "Artikel 3. Een voorschot van {{ advance_share }} ({{ advance_limit }}) wordt na kennisgeving betaald;"
            " het saldo na verantwoording.",
            "Artikel 4. Te leveren bewijsstukken: {{ required_documents }}, uiterlijk op"
            " {{ justification_deadline }}.",
            "Besluit {{ decision_ref }} van {{ decision_date }}.",
        ]),
        "convention": ("Subsidieovereenkomst – {{ grant_ref }}", [
            "Tussen het Brussels Hoofdstedelijk Gewest, vertegenwoordigd door {{ org_name }}, {{ org_address }},"
            " en {{ beneficiary_name }} (KBO {{ beneficiary_bce }}), {{ beneficiary_address }}, wordt het"
            " volgende overeengekomen.",
            "Voorwerp: {{ purpose }}. Periode: van {{ period_start }} tot {{ period_end }}.",
            "Bedrag: {{ amount }} ({{ amount_words }}), aangerekend op basisallocatie {{ budget_line }}.",
            "GVPP-maatregelen: {{ measures }}.",
            "Voorschot: {{ advance_share }} ({{ advance_limit }}). Verantwoording uiterlijk op"
            " {{ justification_deadline }}: {{ required_documents }}.",
            "Besluit {{ decision_ref }} van {{ decision_date }}.",
        ]),
        "notification": ("Kennisgeving van de toekenning van een subsidie – {{ grant_ref }}", [
            "Wij hebben het genoegen u mee te delen dat u bij besluit {{ decision_ref }} van {{ decision_date }}"
            " een subsidie van {{ amount }} wordt toegekend voor: {{ purpose }}.",
            "Periode: van {{ period_start }} tot {{ period_end }}. Basisallocatie: {{ budget_line }}.",
            "GVPP-maatregelen: {{ measures }}.",
            "Een voorschot van {{ advance_share }} ({{ advance_limit }}) wordt u betaald. De bewijsstukken"
            " ({{ required_documents }}) worden uiterlijk op {{ justification_deadline }} verwacht.",
        ]),
        "advance": ("Betalingsbericht voorschot – {{ grant_ref }}", [
            "Subsidie van {{ amount }} voor: {{ purpose }} (besluit {{ decision_ref }} van {{ decision_date }}).",
            "Voorschot van {{ advance_share }}: {{ payment_amount }}, {{ payment_status }} op {{ payment_date }},"
            " op rekening {{ beneficiary_iban }}.",
            "In totaal reeds betaald: {{ paid }}.",
            "Bewijsstukken uiterlijk op {{ justification_deadline }}.",
        ]),
        "balance": ("Betalingsbericht saldo – {{ grant_ref }}", [
            "Subsidie van {{ amount }} voor: {{ purpose }} (besluit {{ decision_ref }} van {{ decision_date }}).",
            "Aanvaarde uitgaven: {{ accepted }}. Reeds betaald (netto): {{ net_paid }}.",
            "Saldo: {{ payment_amount }}, {{ payment_status }} op {{ payment_date }}, op rekening"
            " {{ beneficiary_iban }}.",
        ]),
        "reminder": ("Herinnering nr. {{ reminder_number }} ({{ reminder_subject }}) – {{ grant_ref }}", [
            "Subsidie van {{ amount }} voor: {{ purpose }} (besluit {{ decision_ref }} van {{ decision_date }}).",
            "{% if communication %}Behoudens vergissing hebben wij het bedrag van {{ recovery_outstanding }} (van"
            " {{ recovery_amount }} teruggevorderd op {{ recovery_date }}), verschuldigd op"
            " {{ recovery_due_date }}, niet ontvangen. Gelieve het onverwijld te storten op rekening"
            " {{ org_iban }} ({{ org_bic }}) van {{ org_name }}, met de gestructureerde mededeling"
            " {{ communication }}.{% else %}Behoudens vergissing hebben wij de bewijsstukken"
            " ({{ required_documents }}), verwacht uiterlijk op {{ justification_deadline }}, niet ontvangen."
            " Gelieve ze ons onverwijld te bezorgen.{% endif %}",
        ]),
        "recovery": ("Terugvordering – {{ grant_ref }}", [
            "Subsidie van {{ amount }} voor: {{ purpose }} (besluit {{ decision_ref }} van {{ decision_date }}).",
            "Aanvaarde uitgaven: {{ accepted }}. Betaald (netto): {{ net_paid }}. Saldo: {{ balance }}.",
            "Gelieve {{ recovery_outstanding }} (teruggevorderd bedrag: {{ recovery_amount }}) uiterlijk op"
            " {{ recovery_due_date }} terug te betalen op rekening {{ org_iban }} ({{ org_bic }}) van"
            " {{ org_name }}, met de gestructureerde mededeling {{ communication }}.",
        ]),
        "closure": ("Afsluiting van het subsidiedossier – {{ grant_ref }}", [
            "Subsidie van {{ amount }} voor: {{ purpose }} (besluit {{ decision_ref }} van {{ decision_date }}).",
            "Aanvaarde uitgaven: {{ accepted }}. Betaald: {{ paid }}. Terugbetaald: {{ paid_back }}."
            " Netto betaald: {{ net_paid }}.",
            "Het dossier is afgesloten.",
        ]),
    },
}

COMMON = {
    "fr": {"ref": "Notre référence : {{ grant_ref }}", "date": "Bruxelles, le {{ today }}",
           "bce": "BCE {{ beneficiary_bce }}", "greeting": "Madame, Monsieur,",
           "closing": "Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
           "iban": "IBAN {{ org_iban }} – BIC {{ org_bic }}"},
    "nl": {"ref": "Ons kenmerk: {{ grant_ref }}", "date": "Brussel, {{ today }}",
           "bce": "KBO {{ beneficiary_bce }}", "greeting": "Geachte mevrouw, geachte heer,",
           "closing": "Met de meeste hoogachting.",
           "iban": "IBAN {{ org_iban }} – BIC {{ org_bic }}"},
}


def write(lang: str, kind: str, out: Path) -> None:
    subject, body = TEXTS[lang][kind]
    c = COMMON[lang]
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    head = doc.add_paragraph()
    head.add_run("{{ org_name }}").bold = True
    doc.add_paragraph("{{ org_address }}")
    doc.add_paragraph(c["iban"])
    right = doc.add_paragraph()
    right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    right.add_run("{{ beneficiary_name }}").bold = True
    for line in ("{{ beneficiary_address }}", c["bce"]):
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(c["date"])
    doc.add_paragraph(c["ref"])
    title = doc.add_paragraph()
    title.add_run(subject).bold = True
    doc.add_paragraph(c["greeting"])
    for text in body:
        doc.add_paragraph(text)
    doc.add_paragraph(c["closing"])
    doc.add_paragraph("{{ org_signatories }}")
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out))


def main() -> None:
    for lang, kinds in TEXTS.items():
        for kind in kinds:
            write(lang, kind, HERE / lang / f"{kind}.docx")


if __name__ == "__main__":
    main()
