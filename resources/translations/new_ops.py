"""Translations of the texts added by the ops branch (issue 13 leftovers), folded by fold.py."""

T = {
    "Saving…": ("Enregistrement…", "Opslaan…"),
}
