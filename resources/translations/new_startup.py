"""Translations of the texts added by the startup work (a GUI that paints first and never blocks,
and the issue 13 leftovers)."""

T = {
    "Loading…": ("Chargement…", "Laden…"),
    "Create the budget line…": ("Créer l'allocation de base…", "Basisallocatie aanmaken…"),
    "There is no budget line for {year} yet: the grants need one. Create it "
    "(Create the budget line…), then choose it here.": (
        "Il n'y a pas encore d'allocation de base pour {year} : les subventions en ont besoin. "
        "Créez-la (Créer l'allocation de base…), puis choisissez-la ici.",
        "Er is nog geen basisallocatie voor {year}: de subsidies hebben er een nodig. "
        "Maak ze aan (Basisallocatie aanmaken…) en kies ze dan hier."),
}
