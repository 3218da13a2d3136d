"""French and Dutch of the texts added with the indicators (issue 12), folded into the .ts files."""

T = {
    "Indicator": ("Indicateur", "Indicator"),
    "Unit": ("Unité", "Eenheid"),
    "Target": ("Objectif", "Streefwaarde"),
    "Achieved": ("Réalisé", "Gerealiseerd"),
    "Source": ("Source", "Bron"),
    "Comment": ("Commentaire", "Opmerking"),
    "Indicators": ("Indicateurs", "Indicatoren"),
    "Add an indicator…": ("Ajouter un indicateur…", "Een indicator toevoegen…"),
    "Change the indicator…": ("Modifier l'indicateur…", "De indicator wijzigen…"),
    "Remove the indicator": ("Supprimer l'indicateur", "De indicator verwijderen"),
    "An indicator is tied to one of the grant's PGSP measures: the grant has none":
        ("Un indicateur se rattache à une des mesures PGSP de la subvention : elle n'en a aucune",
         "Een indicator hoort bij een van de GVPP-maatregelen van de subsidie: ze heeft er geen"),
    "Remove the indicator {name} of grant {ref}?":
        ("Supprimer l'indicateur {name} de la subvention {ref} ?", "De indicator {name} van subsidie {ref} verwijderen?"),
    "Add an indicator": ("Ajouter un indicateur", "Een indicator toevoegen"),
    "Change the indicator": ("Modifier l'indicateur", "De indicator wijzigen"),
    "Add the indicator": ("Ajouter l'indicateur", "De indicator toevoegen"),
    "Save the indicator": ("Enregistrer l'indicateur", "De indicator opslaan"),
    "A key figure of the project under one of the grant's PGSP measures: the target, and what was achieved as the activity report says.":
        ("Un chiffre clé du projet, sous une des mesures PGSP de la subvention : l'objectif, et ce qui a été réalisé "
         "selon le rapport d'activités.",
         "Een kerncijfer van het project, onder een van de GVPP-maatregelen van de subsidie: de streefwaarde, en wat "
         "volgens het activiteitenverslag gerealiseerd werd."),
    "e.g. People accompanied": ("p. ex. Personnes accompagnées", "bv. Begeleide personen"),
    "e.g. people, kg, activities": ("p. ex. personnes, kg, activités", "bv. personen, kg, activiteiten"),
    "e.g. activity report 2024": ("p. ex. rapport d'activités 2024", "bv. activiteitenverslag 2024"),
    "Name: an indicator needs a name": ("Nom : un indicateur doit avoir un nom", "Naam: een indicator heeft een naam nodig"),
    "PGSP measure: an indicator is tied to one of the grant's measures ({codes})":
        ("Mesure PGSP : un indicateur se rattache à une des mesures de la subvention ({codes})",
         "GVPP-maatregel: een indicator hoort bij een van de maatregelen van de subsidie ({codes})"),
    "PGSP measure: {code} is not a measure of grant {ref} (its measures: {codes})":
        ("Mesure PGSP : {code} n'est pas une mesure de la subvention {ref} (ses mesures : {codes})",
         "GVPP-maatregel: {code} is geen maatregel van subsidie {ref} (haar maatregelen: {codes})"),
    "{label}: must be zero or more ({value})": ("{label} : doit être zéro ou plus ({value})",
                                                "{label}: moet nul of meer zijn ({value})"),
    "indicator": ("indicateur", "indicator"),
    "Name: grant {ref} already has an indicator {name}":
        ("Nom : la subvention {ref} a déjà un indicateur {name}", "Naam: subsidie {ref} heeft al een indicator {name}"),
    "Commitment amount: {year} is provisional (twelfths) and budget line {code} has no credits in {previous} to take twelfths of":
        ("Montant de l'engagement : {year} est en douzièmes provisoires et l'allocation {code} n'a pas de crédits en {previous} dont prendre les douzièmes",
         "Bedrag van de vastlegging: {year} werkt met voorlopige twaalfden en basisallocatie {code} heeft geen kredieten in {previous} om twaalfden van te nemen"),
    "Commitment amount: {year} is provisional: by the end of month {month} budget line {code} may commit {month}/12 of its {previous} credits {credits}, that is {limit}; {amount} would bring it to {total} (available {available})":
        ("Montant de l'engagement : {year} est en douzièmes provisoires : à la fin du mois {month}, l'allocation {code} peut engager {month}/12 de ses crédits {previous} de {credits}, soit {limit} ; {amount} la porterait à {total} (disponible {available})",
         "Bedrag van de vastlegging: {year} werkt met voorlopige twaalfden: tegen het einde van maand {month} mag basisallocatie {code} {month}/12 van haar kredieten {previous} van {credits} vastleggen, dus {limit}; {amount} zou ze op {total} brengen (beschikbaar {available})"),
    "Applications the jury selected that cannot be granted yet (e.g. no budget validation); open the call to grant them once credits exist.":
        ("Candidatures retenues par le jury qui ne peuvent pas encore être octroyées (p. ex. pas de validation budgétaire) ; ouvrez l'appel pour les octroyer dès que les crédits existent.",
         "Kandidaturen die de jury selecteerde maar die nog niet toegekend kunnen worden (bv. geen budgettaire validatie); open de oproep om ze toe te kennen zodra er kredieten zijn."),
    "Selected, not granted": ("Retenue, non octroyée", "Geselecteerd, niet toegekend"),
    "Waiting since": ("En attente depuis", "Wacht sinds"),
    "Why it waits": ("Motif de l'attente", "Reden van de wachttijd"),
    "Selection: only a selected application not granted yet can wait ({ref})":
        ("Sélection : seule une candidature retenue et pas encore octroyée peut être mise en attente ({ref})",
         "Selectie: alleen een geselecteerde, nog niet toegekende kandidatuur kan wachten ({ref})"),
    "Selection: application {ref} is not a selected application waiting for its grant":
        ("Sélection : la candidature {ref} n'est pas une candidature retenue en attente de sa subvention",
         "Selectie: kandidatuur {ref} is geen geselecteerde kandidatuur die op haar subsidie wacht"),
}

CTX = {
    ("reports", "Reason"): ("Motif", "Reden"),
    ("rules", "No budget line {code} in {year}"): ("Pas d'allocation de base {code} en {year}", "Geen basisallocatie {code} in {year}"),
}
