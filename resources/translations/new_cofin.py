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
}
