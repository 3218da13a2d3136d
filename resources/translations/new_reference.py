"""French and Dutch texts of ``grants reference load`` (folded into the .ts files by fold.py)."""

T = {
    "Sheet {name} is missing": ("La feuille {name} manque", "Het blad {name} ontbreekt"),
    "A whole number from {low} to {high}": ("Un nombre entier de {low} à {high}", "Een geheel getal van {low} tot {high}"),
    "Exactly one edition row expected, {n} found": (
        "Une seule ligne d'édition attendue, {n} trouvée(s)", "Precies één editieregel verwacht, {n} gevonden"),
    "Thematic {number} is not in the sheet Thematics": (
        "La thématique {number} n'est pas dans la feuille Thematics", "Thema {number} staat niet in het blad Thematics"),
    "The edition has no measures": ("L'édition n'a aucune mesure", "De editie heeft geen maatregelen"),
    "Years {first}-{last} overlap the PGSP edition {code} ({start}-{end})": (
        "Les années {first}-{last} chevauchent l'édition {code} du PGSP ({start}-{end})",
        "De jaren {first}-{last} overlappen met de editie {code} van het GVPP ({start}-{end})"),
}
