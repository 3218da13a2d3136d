"""French and Dutch texts of the SEPA files, organisation settings and command-line conventions
(context "rules"). Same shape as catalogue_rules.T; messages start with the field at fault.
"""

T = {
    # ---- organisation settings
    "Organisation settings: {setting} not set; run grants settings {setting} VALUE (administrators)": (
        "Paramètres de l'organisation : {setting} n'est pas défini ; exécutez grants settings {setting} VALEUR (administrateurs)",
        "Instellingen van de organisatie: {setting} is niet ingesteld; voer grants settings {setting} WAARDE uit (beheerders)"),
    "Setting: {key} is not one of name, address, iban, bic, logo, signatories": (
        "Paramètre : {key} n'est pas l'un de name, address, iban, bic, logo, signatories",
        "Instelling: {key} is niet een van name, address, iban, bic, logo, signatories"),
    "{setting}: at most {n} characters": (
        "{setting} : au plus {n} caractères",
        "{setting}: hoogstens {n} tekens"),
    "BIC: {value} is not a bank identifier code (8 or 11 letters and digits)": (
        "BIC : {value} n'est pas un code d'identification bancaire (8 ou 11 lettres et chiffres)",
        "BIC: {value} is geen bankidentificatiecode (8 of 11 letters en cijfers)"),
    "Logo: no image file at {path}": (
        "Logo : aucun fichier image à l'emplacement {path}",
        "Logo: geen afbeeldingsbestand op {path}"),
    # ---- SEPA files
    "Output: {path} is a folder, not a file": (
        "Sortie : {path} est un dossier, pas un fichier",
        "Uitvoer: {path} is een map, geen bestand"),
    "Output: the SEPA file {msg} is recorded (its payments are marked as sent) but could not be written to {path} ({error}); run grants export sepa --reissue {msg} --out FILE": (
        "Sortie : le fichier SEPA {msg} est enregistré (ses paiements sont marqués comme envoyés) mais n'a pas pu être écrit dans {path} ({error}) ; exécutez grants export sepa --reissue {msg} --out FICHIER",
        "Uitvoer: het SEPA-bestand {msg} is geregistreerd (de betalingen ervan zijn als verzonden gemarkeerd) maar kon niet naar {path} geschreven worden ({error}); voer grants export sepa --reissue {msg} --out BESTAND uit"),
    "Message id: no SEPA file {msg} in this database": (
        "Identifiant de message : aucun fichier SEPA {msg} dans cette base de données",
        "Berichtidentificatie: geen SEPA-bestand {msg} in deze databank"),
    "Message id: the SEPA file {msg} kept in the database does not match its checksum; it is not written": (
        "Identifiant de message : le fichier SEPA {msg} conservé dans la base de données ne correspond pas à son empreinte ; il n'est pas écrit",
        "Berichtidentificatie: het SEPA-bestand {msg} in de databank komt niet overeen met zijn controlesom; het wordt niet geschreven"),
    # ---- command-line conventions: databases
    "no database at {path}: run grants init": (
        "aucune base de données à l'emplacement {path} : exécutez grants init",
        "geen databank op {path}: voer grants init uit"),
    "Database: {path} is a folder, not a database file": (
        "Base de données : {path} est un dossier, pas un fichier de base de données",
        "Databank: {path} is een map, geen databankbestand"),
    "Database: {path} is not a grants database (not an SQLite file); it was left untouched": (
        "Base de données : {path} n'est pas une base de données grants (pas un fichier SQLite) ; elle n'a pas été modifiée",
        "Databank: {path} is geen grants-databank (geen SQLite-bestand); ze werd niet gewijzigd"),
    "Database: {path} was written by a newer version of grants (schema {revision}); it was left untouched: use that version or a later one": (
        "Base de données : {path} a été écrite par une version plus récente de grants (schéma {revision}) ; elle n'a pas été modifiée : utilisez cette version ou une plus récente",
        "Databank: {path} werd geschreven door een nieuwere versie van grants (schema {revision}); ze werd niet gewijzigd: gebruik die versie of een latere"),
    # ---- Settings > Organisation (GUI)
    "Organisation settings": ("Paramètres de l'organisation", "Instellingen van de organisatie"),
    "&Organisation (name, account, logo)…": ("&Organisation (nom, compte, logo)…", "&Organisatie (naam, rekening, logo)…"),
    "Name": ("Nom", "Naam"),
    "Address": ("Adresse", "Adres"),
    "IBAN (account paying the grants)": ("IBAN (compte qui paie les subsides)", "IBAN (rekening die de subsidies betaalt)"),
    "BIC": ("BIC", "BIC"),
    "Logo (image file)": ("Logo (fichier image)", "Logo (afbeeldingsbestand)"),
    "Signatories": ("Signataires", "Ondertekenaars"),
    "Choose…": ("Choisir…", "Kiezen…"),
    "Logo": ("Logo", "Logo"),
    "Images (*.png *.jpg *.jpeg *.svg)": ("Images (*.png *.jpg *.jpeg *.svg)", "Afbeeldingen (*.png *.jpg *.jpeg *.svg)"),
}
