"""French and Dutch texts of the money figures (grants/domain/figures.py): grant form, lists,
budget line form. Same shape as catalogue_ui.T."""

T = {
    "To approve": ("À approuver", "Goed te keuren"),
    "Net paid": ("Payé net", "Netto betaald"),
    "To approve in the year": ("À approuver dans l'année", "Goed te keuren in het jaar"),
}
