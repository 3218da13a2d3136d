"""French and Dutch of the texts added on branch polish2 (issue 13 leftovers); folded by the lead."""

T = {
    "Working translation, pending the official text": (
        "Traduction de travail, en attendant le texte officiel",
        "Werkvertaling, in afwachting van de officiële tekst"),
    "Dutch description is a working translation": (
        "Description néerlandaise en traduction de travail",
        "Nederlandse beschrijving is een werkvertaling"),
    "The disk holding the database is full: nothing was saved. Free some space, then try again.": (
        "Le disque qui contient la base de données est plein : rien n'a été enregistré. Libérez de l'espace, puis réessayez.",
        "De schijf met de databank is vol: er werd niets opgeslagen. Maak ruimte vrij en probeer opnieuw."),
    "The database is busy: another person or program is writing to it. Nothing was saved; try again in a moment.": (
        "La base de données est occupée : une autre personne ou un autre programme y écrit. Rien n'a été enregistré ; réessayez dans un instant.",
        "De databank is bezet: een andere persoon of een ander programma schrijft erin. Er werd niets opgeslagen; probeer het zo meteen opnieuw."),
    "Not saved": ("Non enregistré", "Niet opgeslagen"),
    "thousand €": ("milliers d'€", "duizend €"),
}
