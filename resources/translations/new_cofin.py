"""French and Dutch of the texts added by the cofin branch (issue 12 leftovers: co-financing and the
operating/investment split, GUI entry of the PLPP key and derogations). Folded into the .ts files by
fold.py; kept for the lead's re-fold at merge."""

T = {
    # grant form: co-financing and nature
    "Funder": ("Financeur", "Financier"),
    "Add a funder": ("Ajouter un financeur", "Financier toevoegen"),
    "Remove the funder": ("Retirer le financeur", "Financier verwijderen"),
    "Operating or investment": ("Fonctionnement ou investissement", "Werking of investering"),
    "As the budget line's economic class says by default (5x, 6x: investment)": (
        "Par défaut, selon la classe économique de l'allocation de base (5x, 6x : investissement)",
        "Standaard volgens de economische klasse van de basisallocatie (5x, 6x: investering)"),
    "Project's total budget": ("Budget total du projet", "Totale begroting van het project"),
    "Co-financed project: the grant cannot exceed this budget minus the other funders": (
        "Projet cofinancé : la subvention ne peut dépasser ce budget moins les autres financeurs",
        "Gecofinancierd project: de subsidie mag deze begroting min de andere financiers niet overschrijden"),
    "Other funders of the project": ("Autres financeurs du projet", "Andere financiers van het project"),
    "total budget {budget}, other funders {other}": (
        "budget total {budget}, autres financeurs {other}", "totale begroting {budget}, andere financiers {other}"),
    "the Region's share {rate} %": ("part de la Région {rate} %", "aandeel van het Gewest {rate} %"),
    "Co-financing": ("Cofinancement", "Cofinanciering"),
    # audit trail
    "Other funder of the project": ("Autre financeur du projet", "Andere financier van het project"),
    # closed vocabularies
    "Requested": ("Demandé", "Aangevraagd"),
    "Granted": ("Octroyé", "Toegekend"),
    "Refused": ("Refusé", "Geweigerd"),
    "Operating": ("Fonctionnement", "Werking"),
    "Investment": ("Investissement", "Investering"),
    "operating": ("fonctionnement", "werking"),
    "requested": ("demandé", "aangevraagd"),
    "granted": ("octroyé", "toegekend"),
    "refused": ("refusé", "geweigerd"),
    # budget workbook
    "Operating and investment": ("Fonct. et investissement", "Werking en investering"),
    "{year} operating": ("{year} fonctionnement", "{year} werking"),
    "{year} investment": ("{year} investissement", "{year} investering"),
    # rules
    "Project budget: must be above zero ({amount})": (
        "Budget du projet : doit être supérieur à zéro ({amount})", "Projectbegroting: moet groter zijn dan nul ({amount})"),
    "Other funders: row {row} needs the funder's name": (
        "Autres financeurs : la ligne {row} doit indiquer le nom du financeur",
        "Andere financiers: rij {row} heeft de naam van de financier nodig"),
    "Other funders: row {row} needs an amount above zero": (
        "Autres financeurs : la ligne {row} doit indiquer un montant supérieur à zéro",
        "Andere financiers: rij {row} heeft een bedrag groter dan nul nodig"),
    "Amount: {amount} is above the project's total budget {budget} minus its other funders {other} (at most {ceiling})": (
        "Montant : {amount} dépasse le budget total du projet {budget} moins ses autres financeurs {other} "
        "(au plus {ceiling})",
        "Bedrag: {amount} is hoger dan de totale begroting van het project {budget} min de andere financiers "
        "{other} (hoogstens {ceiling})"),
    # local plans: the key and the derogations from the screen
    "PLPP allocation key {year}": ("Clé de répartition PLPP {year}", "Verdeelsleutel PLPP {year}"),
    "Set the key": ("Fixer la clé", "Sleutel vastleggen"),
    "Each commune's share of the year's PLPP envelope, in percent; the shares add up to 100 %. A commune left empty gets 0 %.": (
        "La part de chaque commune dans l'enveloppe PLPP de l'année, en pour cent ; les parts totalisent 100 %. "
        "Une commune laissée vide reçoit 0 %.",
        "Het aandeel van elke gemeente in de PLPP-enveloppe van het jaar, in procent; de aandelen tellen op tot 100 %. "
        "Een lege gemeente krijgt 0 %."),
    "NIS code": ("Code INS", "NIS-code"),
    "PLPP derogation {year}": ("Dérogation PLPP {year}", "Afwijking PLPP {year}"),
    "Record the derogation": ("Enregistrer la dérogation", "Afwijking registreren"),
    "A commune's PLPP subsidy moves by at most -1 % / +2 % from the previous year's, unless a derogation is recorded with its reason (a Government decision...).": (
        "La subvention PLPP d'une commune varie d'au plus -1 % / +2 % par rapport à celle de l'année précédente, "
        "sauf dérogation enregistrée avec son motif (décision du Gouvernement...).",
        "De PLPP-subsidie van een gemeente wijzigt met hoogstens -1 % / +2 % ten opzichte van die van het vorige jaar, "
        "tenzij een afwijking met haar reden is geregistreerd (beslissing van de Regering...)."),
    "previous year {previous}, this year {amount}, change {change}": (
        "année précédente {previous}, cette année {amount}, évolution {change}",
        "vorig jaar {previous}, dit jaar {amount}, wijziging {change}"),
    "Withdraw the derogation": ("Retirer la dérogation", "Afwijking intrekken"),
    "Set the key…": ("Fixer la clé…", "Sleutel vastleggen…"),
    "Each commune's share of the year's PLPP envelope, adding up to 100 % (finance, admin)": (
        "La part de chaque commune dans l'enveloppe PLPP de l'année, totalisant 100 % (finances, administration)",
        "Het aandeel van elke gemeente in de PLPP-enveloppe van het jaar, samen 100 % (financiën, beheer)"),
    "Record a derogation…": ("Enregistrer une dérogation…", "Afwijking registreren…"),
    "Why the chosen commune's subsidy may move outside -1 % / +2 % (finance, admin)": (
        "Pourquoi la subvention de la commune choisie peut sortir de -1 % / +2 % (finances, administration)",
        "Waarom de subsidie van de gekozen gemeente buiten -1 % / +2 % mag gaan (financiën, beheer)"),
    # PGSP edition of a year no edition covers (item 7's setting)
    "PGSP edition": ("Édition du PGSP", "Editie van het GVPP"),
    "{edition} (assigned to {year} by the administration: no edition covers it)": (
        "{edition} (attribuée à {year} par l'administration : aucune édition ne couvre cette année)",
        "{edition} (door de administratie aan {year} toegewezen: geen editie dekt dat jaar)"),
    "{edition} (the nearest edition: none covers {year})": (
        "{edition} (l'édition la plus proche : aucune ne couvre {year})",
        "{edition} (de dichtstbijzijnde editie: geen enkele dekt {year})"),
    "PGSP edition of years no edition covers": (
        "Édition du PGSP des années qu'aucune édition ne couvre",
        "Editie van het GVPP voor jaren die geen editie dekt"),
    "YEAR=EDITION pairs separated by ';'; a year not listed takes the nearest edition": (
        "Paires ANNÉE=ÉDITION séparées par « ; » ; une année non citée prend l'édition la plus proche",
        "Paren JAAR=EDITIE gescheiden door ';'; een niet vermeld jaar neemt de dichtstbijzijnde editie"),
    "no edition covers {year}: the administration assigned this one": (
        "aucune édition ne couvre {year} : l'administration a attribué celle-ci",
        "geen editie dekt {year}: de administratie heeft deze toegewezen"),
    "no edition covers {year}: the nearest one applies": (
        "aucune édition ne couvre {year} : la plus proche s'applique",
        "geen editie dekt {year}: de dichtstbijzijnde geldt"),
    "PGSP editions: {part} is not YEAR=EDITION (2025=2021-2024)": (
        "Éditions du PGSP : {part} n'est pas de la forme ANNÉE=ÉDITION (2025=2021-2024)",
        "Edities van het GVPP: {part} is niet van de vorm JAAR=EDITIE (2025=2021-2024)"),
    "PGSP editions: no edition {code} (loaded: {codes})": (
        "Éditions du PGSP : aucune édition {code} (chargées : {codes})",
        "Edities van het GVPP: geen editie {code} (geladen: {codes})"),
    "PGSP editions: {year} is covered by the edition {covering}; only a year no edition covers is assigned": (
        "Éditions du PGSP : {year} est couverte par l'édition {covering} ; seule une année qu'aucune édition ne "
        "couvre est attribuée",
        "Edities van het GVPP: {year} valt onder de editie {covering}; enkel een jaar dat geen editie dekt wordt "
        "toegewezen"),
}
