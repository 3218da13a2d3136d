"""French and Dutch of the texts added on branch polish2 (issue 13 leftovers); folded by the lead."""

T = {
    "Working translation, pending the official text": (
        "Traduction de travail, en attendant le texte officiel",
        "Werkvertaling, in afwachting van de officiële tekst"),
    "Dutch description is a working translation": (
        "Description néerlandaise en traduction de travail",
        "Nederlandse beschrijving is een werkvertaling"),
}
