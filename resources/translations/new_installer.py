"""Texts of the installer / demo-as-of branch (issue 14 items 3 and 9), folded by fold.py."""

T = {
    "Demonstration data as of %s": ("Données de démonstration au %s", "Demonstratiegegevens op %s"),
    "The demonstration's story stops on %s: work lists, overdue figures and the dashboard are counted at that day.": (
        "L'histoire de la démonstration s'arrête le %s : les listes de travail, les retards et le tableau de bord sont comptés à cette date.",
        "Het verhaal van de demonstratie stopt op %s: werklijsten, achterstanden en het dashboard worden op die dag geteld.",
    ),
}
