"""French and Dutch texts of issue 12 items 2 (PLPP activities), 3-4 (GUI), 5 (PLPP key), 6 (FSE)."""

T = {
    # PLPP allocation key (rules)
    "Amount: the PLPP subsidy of {commune} would move from {previous} ({before}) to {amount} in {year} ({change} %), outside the allowed -1 % / +2 % ({low} to {high}); record a derogation with its reason to allow it": (
        "Montant : le subside PLPP de {commune} passerait de {previous} ({before}) à {amount} en {year} ({change} %), hors de la variation admise de -1 % / +2 % ({low} à {high}) ; enregistrez une dérogation motivée pour l'autoriser",
        "Bedrag: de PLPP-subsidie van {commune} zou gaan van {previous} ({before}) naar {amount} in {year} ({change} %), buiten de toegelaten -1 % / +2 % ({low} tot {high}); registreer een gemotiveerde afwijking om dit toe te staan"),
    "Share: the share of {commune} must be zero or more ({share})": (
        "Part : la part de {commune} doit être positive ou nulle ({share})",
        "Aandeel: het aandeel van {commune} moet nul of meer zijn ({share})"),
    "Share: the shares of the key add up to {total} %, not 100 %": (
        "Part : les parts de la clé totalisent {total} %, et non 100 %",
        "Aandeel: de aandelen van de verdeelsleutel tellen op tot {total} %, niet 100 %"),
    "Commune: no commune with NIS code {nis}": (
        "Commune : aucune commune avec le code INS {nis}",
        "Gemeente: geen gemeente met NIS-code {nis}"),
    "File: the first sheet needs the columns nis and share": (
        "Fichier : la première feuille doit contenir les colonnes nis et share",
        "Bestand: het eerste blad moet de kolommen nis en share bevatten"),
    # local plans screen
    "Key share": ("Part (clé)", "Aandeel (sleutel)"),
    "Derogation": ("Dérogation", "Afwijking"),
    "Derogation: %1": ("Dérogation : %1", "Afwijking: %1"),
    "Outside the allowed -1 % / +2 % and no derogation recorded": (
        "Hors de la variation admise de -1 % / +2 % et aucune dérogation enregistrée",
        "Buiten de toegelaten -1 % / +2 % en geen afwijking geregistreerd"),
    "Within the allowed -1 % / +2 %": (
        "Dans la variation admise de -1 % / +2 %",
        "Binnen de toegelaten -1 % / +2 %"),
    # PLPP activities (rules)
    "Peace guardians": ("Gardiens de la paix", "Gemeenschapswachten"),
    "Street educators": ("Éducateurs de rue", "Straathoekwerkers"),
    "Mediators": ("Médiateurs", "Bemiddelaars"),
    "Title: an activity needs a title": ("Titre : une activité doit avoir un titre", "Titel: een activiteit heeft een titel nodig"),
    "Thematic: choose one of the PGSP thematics T{first} to T{last}": (
        "Thématique : choisissez une des thématiques du PGSP, T{first} à T{last}",
        "Thema: kies een van de GVPP-thema's T{first} tot T{last}"),
    "{label}: must be a count of people, zero or more ({value})": (
        "{label} : doit être un nombre de personnes, positif ou nul ({value})",
        "{label}: moet een aantal personen zijn, nul of meer ({value})"),
    "Grant: {ref} is not a commune's local plan (PLPP) grant: activities belong to local plans": (
        "Subvention : {ref} n'est pas la subvention du plan local (PLPP) d'une commune : les activités appartiennent aux plans locaux",
        "Subsidie: {ref} is geen subsidie van een lokaal plan (PLPP) van een gemeente: activiteiten horen bij lokale plannen"),
    "Title: at most {max} characters ({length})": (
        "Titre : {max} caractères au plus ({length})",
        "Titel: hoogstens {max} tekens ({length})"),
    "Activity: no such activity on grant {ref}": (
        "Activité : cette activité n'existe pas sur la subvention {ref}",
        "Activiteit: deze activiteit bestaat niet op subsidie {ref}"),
    # implementation report: the PLPP part
    "Local prevention plans (PLPP): the communes' activities by thematic": (
        "Plans locaux de prévention et de proximité (PLPP) : activités des communes par thématique",
        "Lokale preventie- en nabijheidsplannen (PLPP): activiteiten van de gemeenten per thema"),
    "No activity of a local plan recorded for {year}": (
        "Aucune activité de plan local enregistrée pour {year}",
        "Geen activiteit van een lokaal plan geregistreerd voor {year}"),
    "Activities": ("Activités", "Activiteiten"),
    "Communes": ("Communes", "Gemeenten"),
    # grant form: the Activities tab of a PLPP grant
    "Add an activity": ("Ajouter une activité", "Een activiteit toevoegen"),
    "Change the activity": ("Modifier l'activité", "De activiteit wijzigen"),
    "Add the activity": ("Ajouter l'activité", "De activiteit toevoegen"),
    "Save the activity": ("Enregistrer l'activité", "De activiteit opslaan"),
    "An activity of the commune's local plan: the PGSP thematic it serves and the staff the plan funds for it (counted by thematic in the PGSP implementation report).": (
        "Une activité du plan local de la commune : la thématique du PGSP qu'elle sert et le personnel que le plan finance pour elle (comptés par thématique dans le rapport de mise en œuvre du PGSP).",
        "Een activiteit van het lokale plan van de gemeente: het GVPP-thema waaraan ze bijdraagt en het personeel dat het plan ervoor financiert (per thema geteld in het uitvoeringsrapport van het GVPP)."),
    "Title": ("Titre", "Titel"),
    "PGSP thematic": ("Thématique du PGSP", "GVPP-thema"),
    "Activity": ("Activité", "Activiteit"),
    "Thematic": ("Thématique", "Thema"),
    "Add an activity…": ("Ajouter une activité…", "Een activiteit toevoegen…"),
    "Change the activity…": ("Modifier l'activité…", "De activiteit wijzigen…"),
    "Remove the activity": ("Supprimer l'activité", "De activiteit verwijderen"),
    "Remove the activity {title} of grant {ref}?": (
        "Supprimer l'activité {title} de la subvention {ref} ?",
        "De activiteit {title} van subsidie {ref} verwijderen?"),
    # FSE: paid up to the justified amount (rules) and the synthesis workbook (reports)
    "Amount: grant {ref} (European Summits Fund) is paid up to the justified amount {justified}; {amount} would bring payments to {total} (at most {available} more)": (
        "Montant : la subvention {ref} (Fonds Sommets européens) est payée à concurrence du montant justifié {justified} ; {amount} porterait les paiements à {total} (au plus {available} de plus)",
        "Bedrag: subsidie {ref} (Fonds Europese Toppen) wordt betaald tot het verantwoorde bedrag {justified}; {amount} zou de betalingen op {total} brengen (hoogstens {available} meer)"),
    "European Summits Fund (FSE) {year}: the police zones' contributions": (
        "Fonds Sommets européens (FSE) {year} : contributions des zones de police",
        "Fonds Europese Toppen (FSE) {year}: bijdragen van de politiezones"),
    "Conventions {year}": ("Conventions {year}", "Overeenkomsten {year}"),
    "By measure {year}": ("Par mesure {year}", "Per maatregel {year}"),
    "European Summits Fund: each police zone's convention and the zones' contributions by PGSP measure": (
        "Fonds Sommets européens : la convention de chaque zone de police et les contributions des zones par mesure du PGSP",
        "Fonds Europese Toppen: de overeenkomst van elke politiezone en de bijdragen van de zones per GVPP-maatregel"),
    "Amounts in euro. Justified: the expenses accepted; an FSE convention is paid up to the justified amount. By measure: the convention's amounts by its measure shares. Draft grants are left out. The totals are formulas.": (
        "Montants en euros. Justifié : les dépenses acceptées ; une convention FSE est payée à concurrence du montant justifié. Par mesure : les montants de la convention selon ses parts par mesure. Les subventions en projet sont exclues. Les totaux sont des formules.",
        "Bedragen in euro. Verantwoord: de aanvaarde uitgaven; een FSE-overeenkomst wordt betaald tot het verantwoorde bedrag. Per maatregel: de bedragen van de overeenkomst volgens haar aandelen per maatregel. Subsidies in ontwerp zijn weggelaten. De totalen zijn formules."),
    "Police zone": ("Zone de police", "Politiezone"),
    "Zone": ("Zone", "Zone"),
    "Convention (grant)": ("Convention (subvention)", "Overeenkomst (subsidie)"),
    "Decision": ("Décision", "Besluit"),
    "Still to pay": ("Reste à payer", "Nog te betalen"),
    # budget lines page: the budget regime of a year
    "Budget regime of a year": ("Régime budgétaire d'une année", "Begrotingsregime van een jaar"),
    "Save the regime": ("Enregistrer le régime", "Het regime opslaan"),
    "While no budget is voted, the year is provisional: commitments on each line reach at most month/12 of the previous year's commitment credits of the same code by the end of the month.": (
        "Tant qu'aucun budget n'est voté, l'année est provisoire : les engagements de chaque ligne atteignent au plus, à la fin du mois, mois/12 des crédits d'engagement de l'année précédente sur le même code.",
        "Zolang er geen begroting is goedgekeurd, is het jaar voorlopig: de vastleggingen op elke lijn bereiken op het einde van de maand hoogstens maand/12 van de vastleggingskredieten van het vorige jaar op dezelfde code."),
    "Fiscal year": ("Exercice", "Begrotingsjaar"),
    "Provisional: no budget voted (twelfths)": ("Provisoire : aucun budget voté (douzièmes)", "Voorlopig: geen begroting goedgekeurd (twaalfden)"),
    "Regime": ("Régime", "Regime"),
    "Note": ("Note", "Opmerking"),
    "e.g. budget not voted on 1 January": ("p. ex. budget non voté au 1er janvier", "bv. begroting niet goedgekeurd op 1 januari"),
    "Provisional years (twelfths): %1": ("Années provisoires (douzièmes) : %1", "Voorlopige jaren (twaalfden): %1"),
    "Budget voted: %1": ("Budget voté : %1", "Begroting goedgekeurd: %1"),
    "Budget regime…": ("Régime budgétaire…", "Begrotingsregime…"),
    # call form: the applications that wait
    "Grant the waiting application": ("Octroyer la candidature en attente", "De wachtende aanvraag toekennen"),
    "Create the draft grant": ("Créer la subvention en projet", "De ontwerpsubsidie aanmaken"),
    "The application waited: {reason}. Its draft grant is created on the budget line chosen, if its commitment credits allow it; the application then no longer waits.": (
        "La candidature était en attente : {reason}. Sa subvention en projet est créée sur la ligne budgétaire choisie, si ses crédits d'engagement le permettent ; la candidature n'est alors plus en attente.",
        "De aanvraag wachtte: {reason}. Haar ontwerpsubsidie wordt aangemaakt op de gekozen begrotingslijn, als de vastleggingskredieten het toelaten; de aanvraag wacht dan niet meer."),
    "There is no budget line for {year} yet: the grant needs one.": (
        "Il n'y a pas encore de ligne budgétaire pour {year} : la subvention en a besoin d'une.",
        "Er is nog geen begrotingslijn voor {year}: de subsidie heeft er een nodig."),
    "Selected, not granted (waiting)": ("Retenues, non octroyées (en attente)", "Geselecteerd, niet toegekend (wachtend)"),
    "Waiting since": ("En attente depuis", "Wacht sinds"),
    "Grant now…": ("Octroyer maintenant…", "Nu toekennen…"),
    "Selected, not granted (waiting): {n}": ("Retenues, non octroyées (en attente) : {n}", "Geselecteerd, niet toegekend (wachtend): {n}"),
    # audit trail labels
    "PLPP allocation key": ("Clé de répartition PLPP", "PLPP-verdeelsleutel"),
    "PLPP activity": ("Activité PLPP", "PLPP-activiteit"),
}
