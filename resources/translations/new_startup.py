"""Translations of the texts added by the startup work (a GUI that paints first and never blocks)."""

T = {
    "Loading…": ("Chargement…", "Laden…"),
}
