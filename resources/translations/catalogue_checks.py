"""French and Dutch texts of the domain checks (grants/domain/checks.py, context "rules").

Same shape as catalogue_rules.T. Messages start with the field at fault ("Decision date: ..."), as
in English, so that the user sees at once what to correct.
"""

T = {
    # ---- plausible dates
    "{label}: {date} is not a plausible date (between {first} and {last})": (
        "{label} : le {date} n'est pas une date plausible (entre le {first} et le {last})",
        "{label}: {date} is geen plausibele datum (tussen {first} en {last})"),
    "Notification date": ("Date de notification", "Datum van kennisgeving"),
    "Period start": ("Début de la période", "Begin van de periode"),
    # ---- a complete decision
    "Purpose: a decision needs the purpose of the grant": (
        "Objet : un arrêté requiert l'objet de la subvention",
        "Doel: een besluit vereist het doel van de subsidie"),
    "Amount: a decision needs an amount above zero": (
        "Montant : un arrêté requiert un montant supérieur à zéro",
        "Bedrag: een besluit vereist een bedrag groter dan nul"),
    "Budget line: a decision needs the budget line it is paid from": (
        "Ligne budgétaire : un arrêté requiert la ligne budgétaire sur laquelle il est payé",
        "Begrotingslijn: een besluit vereist de begrotingslijn waarop het wordt betaald"),
    "Required documents: a decision needs the list of supporting documents": (
        "Pièces requises : un arrêté requiert la liste des pièces justificatives",
        "Vereiste stukken: een besluit vereist de lijst van de bewijsstukken"),
    # ---- PGSP measures and programme kinds
    "PGSP measures: a decision needs at least one PGSP measure": (
        "Mesures du PGSP : un arrêté requiert au moins une mesure du PGSP",
        "Maatregelen van het GVPP: een besluit vereist minstens één maatregel van het GVPP"),
    "PGSP measures: a grant of kind {kind} requires the measures {required} (missing {missing})": (
        "Mesures du PGSP : une subvention de type {kind} requiert les mesures {required} (manque : {missing})",
        "Maatregelen van het GVPP: een subsidie van het type {kind} vereist de maatregelen {required} (ontbreekt: {missing})"),
    "Programme: a programme of kind {kind} does not fund a beneficiary of category {category} (only {allowed})": (
        "Programme : un programme de type {kind} ne finance pas un bénéficiaire de catégorie {category} (seulement {allowed})",
        "Programma: een programma van het type {kind} financiert geen begunstigde van de categorie {category} (enkel {allowed})"),
    # ---- order of acts
    "Commitment date: {committed} with no decision recorded": (
        "Date d'engagement : le {committed} sans arrêté enregistré",
        "Datum van vastlegging: {committed} zonder geregistreerd besluit"),
    "Commitment date: {committed} is before the decision of {decision} (decision, then commitment, then payment)": (
        "Date d'engagement : le {committed} précède l'arrêté du {decision} (arrêté, puis engagement, puis paiement)",
        "Datum van vastlegging: {committed} ligt vóór het besluit van {decision} (besluit, dan vastlegging, dan betaling)"),
    "Notification date: {notified} is before the commitment of {committed}": (
        "Date de notification : le {notified} précède l'engagement du {committed}",
        "Datum van kennisgeving: {notified} ligt vóór de vastlegging van {committed}"),
    "Payment date: {paid} with no commitment": (
        "Date de paiement : le {paid} sans engagement",
        "Datum van betaling: {paid} zonder vastlegging"),
    "Payment date: {paid} is before the commitment of {committed}": (
        "Date de paiement : le {paid} précède l'engagement du {committed}",
        "Datum van betaling: {paid} ligt vóór de vastlegging van {committed}"),
    "Payment date: {paid} is before the decision of {decision}": (
        "Date de paiement : le {paid} précède l'arrêté du {decision}",
        "Datum van betaling: {paid} ligt vóór het besluit van {decision}"),
    "Payment date: {paid} is before the notification of {notified}": (
        "Date de paiement : le {paid} précède la notification du {notified}",
        "Datum van betaling: {paid} ligt vóór de kennisgeving van {notified}"),
}
