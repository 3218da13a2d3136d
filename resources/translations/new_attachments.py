"""French and Dutch texts of issue 10 items 4-5: attachments kept with a grant, multi-year projects."""

T = {
    # rules (services)
    "attachment": ("pièce jointe", "bijlage"),
    "Kind: {kind} is not one of {kinds}": ("Type : {kind} n'est pas l'un de {kinds}",
                                           "Soort: {kind} is niet een van {kinds}"),
    "{path}: {size} MB, more than the limit of {limit} MB per file": (
        "{path} : {size} Mo, plus que la limite de {limit} Mo par fichier",
        "{path}: {size} MB, meer dan de limiet van {limit} MB per bestand"),
    "{path}: cannot be read ({reason})": ("{path} : illisible ({reason})", "{path}: kan niet gelezen worden ({reason})"),
    "{path}: the file is empty": ("{path} : le fichier est vide", "{path}: het bestand is leeg"),
    "no grant {ref}": ("aucune subvention {ref}", "geen subsidie {ref}"),
    "Justification {id} is not one of this grant's": ("La justification {id} n'est pas l'une de cette subvention",
                                                      "Verantwoording {id} hoort niet bij deze subsidie"),
    "Payment {id} is not one of this grant's": ("Le paiement {id} n'est pas l'un de cette subvention",
                                                "Betaling {id} hoort niet bij deze subsidie"),
    "Attachment altered: {file} of grant {grant} no longer has its SHA-256 {expected} (found {found})": (
        "Pièce jointe modifiée : {file} de la subvention {grant} n'a plus son SHA-256 {expected} (trouvé {found})",
        "Bijlage gewijzigd: {file} van subsidie {grant} heeft niet meer haar SHA-256 {expected} (gevonden {found})"),
    "Stored file altered: its SHA-256 should be {expected} (found {found})": (
        "Fichier conservé modifié : son SHA-256 devrait être {expected} (trouvé {found})",
        "Bewaard bestand gewijzigd: de SHA-256 zou {expected} moeten zijn (gevonden {found})"),
    "Choose a file": ("Choisissez un fichier", "Kies een bestand"),
    # Forms (grant form, attachments tab)
    "Attachments": ("Pièces jointes", "Bijlagen"),
    "Signed convention": ("Convention signée", "Ondertekende overeenkomst"),
    "Justification": ("Justification", "Verantwoording"),
    "Activity report": ("Rapport d'activités", "Activiteitenverslag"),
    "Invoice": ("Facture", "Factuur"),
    "Other": ("Autre", "Andere"),
    "Add a file": ("Ajouter un fichier", "Een bestand toevoegen"),
    "Add the file": ("Ajouter le fichier", "Het bestand toevoegen"),
    "The file is kept in the database with the grant (and in the auditors' snapshots); identical content is "
    "stored once.": (
        "Le fichier est conservé dans la base de données avec la subvention (et dans les instantanés des "
        "auditeurs) ; un contenu identique n'est stocké qu'une fois.",
        "Het bestand wordt met de subsidie in de database bewaard (en in de momentopnames voor de auditors); "
        "identieke inhoud wordt maar één keer opgeslagen."),
    "Browse…": ("Parcourir…", "Bladeren…"),
    "File": ("Fichier", "Bestand"),
    "Kind": ("Type", "Soort"),
    "Note": ("Note", "Opmerking"),
    "Choose the file to keep": ("Choisir le fichier à conserver", "Kies het te bewaren bestand"),
    "Adding the file…": ("Ajout du fichier…", "Bestand wordt toegevoegd…"),
    "Size": ("Taille", "Grootte"),
    "Added by": ("Ajouté par", "Toegevoegd door"),
    "Date": ("Date", "Datum"),
    "Add…": ("Ajouter…", "Toevoegen…"),
    "Open": ("Ouvrir", "Openen"),
    "Save as…": ("Enregistrer sous…", "Opslaan als…"),
    "Opening the file…": ("Ouverture du fichier…", "Bestand wordt geopend…"),
    "Save a copy of the file": ("Enregistrer une copie du fichier", "Een kopie van het bestand opslaan"),
    "Saving the file…": ("Enregistrement du fichier…", "Bestand wordt opgeslagen…"),
    # multi-year projects: rules
    "project": ("projet", "project"),
    "Renew: grant {ref} is {status}: only a decided grant, not closed, is renewed for next year": (
        "Reconduire : la subvention {ref} est {status} : seule une subvention décidée, non clôturée, est reconduite "
        "pour l'année suivante",
        "Verlengen: subsidie {ref} is {status}: alleen een beslist, niet afgesloten subsidie wordt verlengd voor "
        "volgend jaar"),
    "Budget line: {year} has no budget line {code} to renew grant {ref} on: create it first": (
        "Allocation de base : {year} n'a pas d'allocation {code} pour reconduire la subvention {ref} : créez-la d'abord",
        "Basisallocatie: {year} heeft geen basisallocatie {code} om subsidie {ref} op te verlengen: maak ze eerst aan"),
    "Renew: the project of grant {ref} already has its {year} grant {other}": (
        "Reconduire : le projet de la subvention {ref} a déjà sa subvention {year} {other}",
        "Verlengen: het project van subsidie {ref} heeft al zijn subsidie voor {year}: {other}"),
    # multi-year projects: grant form
    "Renew for next year…": ("Reconduire pour l'année suivante…", "Verlengen voor volgend jaar…"),
    "Renew for next year": ("Reconduire pour l'année suivante", "Verlengen voor volgend jaar"),
    "Create next year's draft": ("Créer le brouillon de l'année suivante", "Ontwerp voor volgend jaar aanmaken"),
    "A draft grant for {year}: same beneficiary, purpose, PGSP measures and shares, on budget line {code} of "
    "{year}, in the same multi-year project.": (
        "Une subvention en brouillon pour {year} : même bénéficiaire, objet, mesures du PGSP et parts, sur "
        "l'allocation de base {code} de {year}, dans le même projet pluriannuel.",
        "Een ontwerpsubsidie voor {year}: dezelfde begunstigde, hetzelfde doel, dezelfde GVPP-maatregelen en "
        "aandelen, op basisallocatie {code} van {year}, in hetzelfde meerjarige project."),
    "Amount for {year}": ("Montant pour {year}", "Bedrag voor {year}"),
    "Draft grant {ref} created for {year} ({amount}).": ("Subvention en brouillon {ref} créée pour {year} ({amount}).",
                                                         "Ontwerpsubsidie {ref} aangemaakt voor {year} ({amount})."),
    "Project": ("Projet", "Project"),
    "Year": ("Année", "Jaar"),
    "Reference": ("Référence", "Referentie"),
    "Purpose": ("Objet", "Doel"),
    "Status": ("Statut", "Status"),
    "Amount": ("Montant", "Bedrag"),
    "Project {ref}, since {year}: {title}": ("Projet {ref}, depuis {year} : {title}",
                                             "Project {ref}, sinds {year}: {title}"),
}
