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

T.update({
    # convention only where required (service refusal, context "rules")
    "Letter convention: grant {ref} amounts to {amount}, not above {threshold}: a convention is required only "
    "above the Government-decision threshold": (
        "Lettre convention : la subvention {ref} s'élève à {amount}, pas au-dessus de {threshold} : une convention "
        "n'est requise qu'au-delà du seuil de la décision du Gouvernement",
        "Brief overeenkomst: subsidie {ref} bedraagt {amount}, niet boven {threshold}: een overeenkomst is pas "
        "vereist boven de drempel voor een beslissing van de Regering"),
    # settings
    "Setting: {key} is not one of {keys}": ("Paramètre : {key} n'est pas l'un de {keys}",
                                            "Instelling: {key} is niet een van {keys}"),
    "Attachment size limit: {value} is not a whole number of MB from {low} to {high}": (
        "Taille maximale des pièces jointes : {value} n'est pas un nombre entier de Mo de {low} à {high}",
        "Maximale grootte van bijlagen: {value} is geen geheel aantal MB van {low} tot {high}"),
    "Attachment size limit (MB)": ("Taille maximale d'une pièce jointe (Mo)", "Maximale grootte van een bijlage (MB)"),
})

# the grants list's optional column (context "lists"; the grant form's tab says the same)
T["Documents sent"] = ("Documents envoyés", "Verzonden documenten")
