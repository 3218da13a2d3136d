"""French and Dutch of the texts added by letters2 (issue 10, the rest); folded by fold.py."""

T = {
    # work lists: the reminders due in two clicks
    "Last reminder": ("Dernier rappel", "Laatste herinnering"),
    "Send the reminders due…": ("Envoyer les rappels dus…", "Openstaande herinneringen versturen…"),
    "One reminder per late justification and per recovery claim past its due date, in a folder "
    "you choose, with an index workbook; each is recorded on its grant": (
        "Un rappel par justification en retard et par récupération échue, dans un dossier de votre choix, "
        "avec un classeur d'index ; chacun est enregistré sur sa subvention",
        "Eén herinnering per laattijdige verantwoording en per vervallen terugvordering, in een map naar keuze, "
        "met een indexwerkmap; elke herinnering wordt bij haar subsidie geregistreerd"),
    "Writing the reminders…": ("Rédaction des rappels…", "De herinneringen worden geschreven…"),
    "%n letter(s) written to %1": (("%n lettre écrite dans %1", "%n lettres écrites dans %1"),
                                   ("%n brief geschreven in %1", "%n brieven geschreven in %1")),
    "Open the folder": ("Ouvrir le dossier", "De map openen"),
}
