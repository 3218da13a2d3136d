"""French and Dutch of the texts added by the cofin2 branch (issue 12 item 8 follow-ups: co-financing
after the decision, the co-financing columns of the grants list). Folded into the .ts files by
fold.py; kept for the lead's re-fold at merge."""

T = {
    # grant form: the action and its dialog
    "Co-financing…": ("Cofinancement…", "Cofinanciering…"),
    "Co-financing": ("Cofinancement", "Cofinanciering"),
    "Record the co-financing": ("Enregistrer le cofinancement", "Cofinanciering registreren"),
    "The project's budget and its other funders as they stand now. The grant's amount cannot exceed the budget "
    "minus the other funders, requested or granted (a refused funding does not count).": (
        "Le budget du projet et ses autres financeurs tels qu'ils sont aujourd'hui. Le montant de la subvention ne "
        "peut dépasser le budget moins les autres financeurs, demandés ou accordés (un financement refusé ne "
        "compte pas).",
        "De begroting van het project en de andere financiers zoals ze nu zijn. Het bedrag van de subsidie mag de "
        "begroting min de andere financiers, aangevraagd of toegekend, niet overschrijden (een geweigerde "
        "financiering telt niet mee)."),
    "Other funders: {other}. No total budget: no ceiling.": (
        "Autres financeurs : {other}. Pas de budget total : pas de plafond.",
        "Andere financiers: {other}. Geen totale begroting: geen plafond."),
    "Other funders: {other}. The grant may reach {ceiling}; co-financing rate {rate} %.": (
        "Autres financeurs : {other}. La subvention peut atteindre {ceiling} ; taux de cofinancement {rate} %.",
        "Andere financiers: {other}. De subsidie mag {ceiling} bereiken; cofinancieringsgraad {rate} %."),
    # refusals (rules)
    "Status: grant {ref} is {status}; change its co-financing in the draft itself": (
        "Statut : la subvention {ref} a le statut {status} ; le cofinancement d'un brouillon se modifie dans le brouillon lui-même",
        "Status: subsidie {ref} heeft de status {status}; de cofinanciering van een ontwerp wijzigt u in het ontwerp zelf"),
    "Status: grant {ref} is {status}; the co-financing of a closed grant no longer changes": (
        "Statut : la subvention {ref} a le statut {status} ; le cofinancement d'une subvention clôturée ne change plus",
        "Status: subsidie {ref} heeft de status {status}; de cofinanciering van een afgesloten subsidie wijzigt niet meer"),
    "Funder: give the funder's name": ("Financeur : indiquez le nom du financeur",
                                       "Financier: geef de naam van de financier"),
    "Funder: grant {ref} has no other funder named {name}": (
        "Financeur : la subvention {ref} n'a pas d'autre financeur nommé {name}",
        "Financier: subsidie {ref} heeft geen andere financier met de naam {name}"),
    "Amount: a new funder ({name}) needs its amount": (
        "Montant : un nouveau financeur ({name}) doit avoir son montant",
        "Bedrag: een nieuwe financier ({name}) heeft een bedrag nodig"),
}

T.update({
    # the grants list's columns (context lists) and the grants workbook (context reports)
    "Operating or investment": ("Fonctionnement ou investissement", "Werking of investering"),
    "Project budget": ("Budget du projet", "Projectbegroting"),
    "Other funding": ("Autres financements", "Andere financiering"),
    "Co-financing rate": ("Taux de cofinancement", "Cofinancieringsgraad"),
    "Operating/investment": ("Fonct./invest.", "Werking/invest."),
    "Co-financing %": ("% cofinancement", "% cofinanciering"),
    "Operating": ("Fonctionnement", "Werking"),
    "Investment": ("Investissement", "Investering"),
})
