"""Texts of export implementation and export publication (folded into the .ts files by fold.py)."""

T = {
    "PGSP implementation {year}: projects, amounts and indicators": (
        "Mise en œuvre du PGSP {year} : projets, montants et indicateurs",
        "Uitvoering van het GVPP {year}: projecten, bedragen en indicatoren"),
    "No PGSP edition applies to {year}": (
        "Aucune édition du PGSP ne s'applique à {year}",
        "Geen editie van het GVPP is van toepassing op {year}"),
    "No project for this measure": ("Aucun projet pour cette mesure", "Geen project voor deze maatregel"),
    "Amounts in euro. Granted: the grant's current amount; allocated and paid (net of repayments): "
    "its part for the measure, by the grant's measure shares. Draft grants are left out.": (
        "Montants en euro. Octroyé : le montant actuel du subside ; affecté et payé (net des remboursements) : "
        "sa part pour la mesure, selon les parts de mesures du subside. Les subsides en brouillon sont exclus.",
        "Bedragen in euro. Toegekend: het huidige bedrag van de subsidie; toegewezen en betaald (na "
        "terugbetalingen): het deel voor de maatregel, volgens de aandelen van de maatregelen van de subsidie. "
        "Subsidies in ontwerp worden weggelaten."),
    "Allocated": ("Affecté", "Toegewezen"),
    "Indicators": ("Indicateurs", "Indicatoren"),
    "Indicator": ("Indicateur", "Indicator"),
    "Unit": ("Unité", "Eenheid"),
    "Target": ("Cible", "Doel"),
    "Achieved": ("Réalisé", "Bereikt"),
    "Grants awarded in {year}: list for publication": (
        "Subsides octroyés en {year} : liste à publier",
        "Toegekende subsidies in {year}: lijst voor publicatie"),
    "Publication {year}": ("Publication {year}", "Publicatie {year}"),
    "The year's grants to publish: beneficiary, enterprise number, purpose, amount, decision, budget line": (
        "Les subsides de l'année à publier : bénéficiaire, numéro d'entreprise, objet, montant, décision, "
        "article budgétaire",
        "De te publiceren subsidies van het jaar: begunstigde, ondernemingsnummer, doel, bedrag, beslissing, "
        "begrotingsartikel"),
    "Amounts in euro: the grant's current amount (decision and amendments). Draft grants are left out. "
    "The total is a formula.": (
        "Montants en euro : le montant actuel du subside (décision et avenants). Les subsides en brouillon sont "
        "exclus. Le total est une formule.",
        "Bedragen in euro: het huidige bedrag van de subsidie (beslissing en wijzigingen). Subsidies in ontwerp "
        "worden weggelaten. Het totaal is een formule."),
    "Output: the file is written as {kinds}, not {name}": (
        "Sortie : le fichier s'écrit en {kinds}, pas {name}",
        "Uitvoer: het bestand wordt geschreven als {kinds}, niet {name}"),
}
