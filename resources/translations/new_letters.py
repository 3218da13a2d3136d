"""French and Dutch texts of the letters (grants letter / letters, README "Letters"), folded into
the .ts files by fold.py."""

T = {
    "Setting: {key} is not one of name, address, iban, bic, logo, signatories, letters_folder": (
        "Paramètre : {key} n'est pas l'un de name, address, iban, bic, logo, signatories, letters_folder",
        "Instelling: {key} is niet een van name, address, iban, bic, logo, signatories, letters_folder"),
    "Letters folder: no folder at {path}": (
        "Dossier des modèles de lettres : aucun dossier à {path}",
        "Map met briefsjablonen: geen map op {path}"),
    "Letter templates folder": ("Dossier des modèles de lettres", "Map met briefsjablonen"),
    "Letter: {kind} is not one of {kinds}": (
        "Lettre : {kind} n'est pas l'un de {kinds}", "Brief: {kind} is niet een van {kinds}"),
    "Letter {kind}: grant {ref} is {status}: no decision recorded yet": (
        "Lettre {kind} : la subvention {ref} est {status} : aucune décision encore enregistrée",
        "Brief {kind}: subsidie {ref} is {status}: nog geen besluit geregistreerd"),
    "Letter {kind}: grant {ref} is {status}: not committed yet": (
        "Lettre {kind} : la subvention {ref} est {status} : pas encore engagée",
        "Brief {kind}: subsidie {ref} is {status}: nog niet vastgelegd"),
    "Letter {kind}: grant {ref} is {status}: no advance prepared or paid": (
        "Lettre {kind} : la subvention {ref} est {status} : aucune avance préparée ni payée",
        "Brief {kind}: subsidie {ref} is {status}: geen voorschot voorbereid of betaald"),
    "Letter {kind}: grant {ref} is {status}: no balance prepared or paid": (
        "Lettre {kind} : la subvention {ref} est {status} : aucun solde préparé ni payé",
        "Brief {kind}: subsidie {ref} is {status}: geen saldo voorbereid of betaald"),
    "Letter {kind}: grant {ref} is {status}: no open recovery claim": (
        "Lettre {kind} : la subvention {ref} est {status} : aucune récupération ouverte",
        "Brief {kind}: subsidie {ref} is {status}: geen openstaande terugvordering"),
    "Letter {kind}: grant {ref} is {status}: neither a late justification nor an open recovery claim to remind": (
        "Lettre {kind} : la subvention {ref} est {status} : ni justification en retard ni récupération ouverte "
        "à rappeler",
        "Brief {kind}: subsidie {ref} is {status}: geen laattijdige verantwoording of openstaande terugvordering "
        "om aan te herinneren"),
    "Letter {kind}: grant {ref} is {status}: not closed": (
        "Lettre {kind} : la subvention {ref} est {status} : pas clôturée",
        "Brief {kind}: subsidie {ref} is {status}: niet afgesloten"),
    "Letter template {file}: not a Word document ({reason})": (
        "Modèle de lettre {file} : pas un document Word ({reason})",
        "Briefsjabloon {file}: geen Word-document ({reason})"),
    "Letter template {file}: not a valid template ({reason})": (
        "Modèle de lettre {file} : modèle non valable ({reason})",
        "Briefsjabloon {file}: geen geldig sjabloon ({reason})"),
    "Letter template {file}: unknown placeholder {placeholder}": (
        "Modèle de lettre {file} : champ inconnu {placeholder}",
        "Briefsjabloon {file}: onbekend veld {placeholder}"),
    "PDF: LibreOffice (soffice) is not installed; write the letter as .docx, or install LibreOffice": (
        "PDF : LibreOffice (soffice) n'est pas installé ; écrivez la lettre en .docx, ou installez LibreOffice",
        "PDF: LibreOffice (soffice) is niet geïnstalleerd; schrijf de brief als .docx, of installeer LibreOffice"),
    "PDF: LibreOffice did not convert {file} within {n} seconds": (
        "PDF : LibreOffice n'a pas converti {file} en {n} secondes",
        "PDF: LibreOffice heeft {file} niet binnen {n} seconden omgezet"),
    "PDF: LibreOffice could not convert {file} ({reason})": (
        "PDF : LibreOffice n'a pas pu convertir {file} ({reason})",
        "PDF: LibreOffice kon {file} niet omzetten ({reason})"),
    "Letters: --due writes the reminders due today, not {kind} letters": (
        "Lettres : --due écrit les rappels dus aujourd'hui, pas des lettres {kind}",
        "Brieven: --due schrijft de herinneringen die vandaag verschuldigd zijn, geen {kind}-brieven"),
    # the grant form: Letter… menu and Documents sent tab
    "Letter…": ("Lettre…", "Brief…"),
    "Write a letter on this grant from its template (Word or PDF); it is recorded under Documents sent": (
        "Écrire une lettre sur cette subvention à partir de son modèle (Word ou PDF) ; elle est enregistrée sous "
        "Documents envoyés",
        "Een brief over deze subsidie schrijven vanuit het sjabloon (Word of PDF); hij wordt geregistreerd onder "
        "Verzonden documenten"),
    "Letter": ("Lettre", "Brief"),
    "Language": ("Langue", "Taal"),
    "Recipient": ("Destinataire", "Geadresseerde"),
    "File": ("Fichier", "Bestand"),
    "By": ("Par", "Door"),
    "SHA-256": ("SHA-256", "SHA-256"),
    "Documents sent": ("Documents envoyés", "Verzonden documenten"),
    "Word document (*.docx);;PDF (*.pdf)": ("Document Word (*.docx);;PDF (*.pdf)", "Word-document (*.docx);;PDF (*.pdf)"),
    "Letter written: {path}": ("Lettre écrite : {path}", "Brief geschreven: {path}"),
    "Writing the letter…": ("Écriture de la lettre…", "De brief wordt geschreven…"),
    "Decision (arrêté)": ("Arrêté", "Besluit"),
    "Convention": ("Convention", "Overeenkomst"),
    "Notification": ("Notification", "Kennisgeving"),
    "Advance payment notice": ("Avis de paiement de l'avance", "Betalingsbericht voorschot"),
    "Balance payment notice": ("Avis de paiement du solde", "Betalingsbericht saldo"),
    "Reminder": ("Rappel", "Herinnering"),
    "Recovery claim letter": ("Demande de remboursement", "Terugvorderingsbrief"),
    "Closure letter": ("Lettre de clôture", "Afsluitingsbrief"),
    # the programme form: Letters to all…
    "Letters to all…": ("Lettres à tous…", "Brieven aan iedereen…"),
    "One letter per beneficiary of the programme's grants, in a folder, with an index workbook": (
        "Une lettre par bénéficiaire des subventions du programme, dans un dossier, avec un classeur d'index",
        "Eén brief per begunstigde van de subsidies van het programma, in een map, met een indexwerkmap"),
    "Writing the letters…": ("Écriture des lettres…", "De brieven worden geschreven…"),
    "Letters written: {n}, in {folder}": ("Lettres écrites : {n}, dans {folder}", "Brieven geschreven: {n}, in {folder}"),
}
