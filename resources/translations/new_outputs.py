"""Translations of the texts added by the outputs branch (issue 14, items 6 and 7); the lead folds
them into the .ts files at merge (resources/translations/fold.py)."""

T = {
    "Grant": ("Subvention", "Subsidie"),
    "Payment reference": ("Référence du paiement", "Betalingsreferentie"),
}
