"""French and Dutch for the texts of issue 9 (migrate-to, server roles, audit triggers); folded by the lead."""

T = {
    "Target: {url} already holds data (table {table}); give an empty database": (
        "Cible : {url} contient déjà des données (table {table}) ; indiquez une base de données vide",
        "Doel: {url} bevat al gegevens (tabel {table}); geef een lege databank op"),
    "Source: only a database file (SQLite) can be copied to a server, not {url}": (
        "Source : seul un fichier de base de données (SQLite) peut être copié vers un serveur, pas {url}",
        "Bron: alleen een databankbestand (SQLite) kan naar een server gekopieerd worden, niet {url}"),
    "Source: no database at {path}": (
        "Source : aucune base de données à l'emplacement {path}",
        "Bron: geen databank op {path}"),
    "Source: {path} is not at the latest schema ({revision}); run grants init on it first": (
        "Source : {path} n'est pas au dernier schéma ({revision}) ; lancez d'abord grants init sur ce fichier",
        "Bron: {path} heeft niet het laatste schema ({revision}); voer er eerst grants init op uit"),
    "Target: give a PostgreSQL URL (postgresql://USER@HOST:PORT/DB), not {url}": (
        "Cible : indiquez une URL PostgreSQL (postgresql://UTILISATEUR@HÔTE:PORT/BD), pas {url}",
        "Doel: geef een PostgreSQL-URL op (postgresql://GEBRUIKER@HOST:POORT/DB), niet {url}"),
    "Verification: table {table} has {source} rows in the source but {target} on the server; nothing was kept": (
        "Vérification : la table {table} compte {source} lignes dans la source mais {target} sur le serveur ; "
        "rien n'a été conservé",
        "Controle: tabel {table} telt {source} rijen in de bron maar {target} op de server; er werd niets bewaard"),
    "Verification: the content hash differs (source {source}, server {target}); nothing was kept": (
        "Vérification : l'empreinte du contenu diffère (source {source}, serveur {target}) ; rien n'a été conservé",
        "Controle: de hash van de inhoud verschilt (bron {source}, server {target}); er werd niets bewaard"),
    "Verification: the audit chain on the server differs from the source's (head {source} and {target}); "
    "nothing was kept": (
        "Vérification : la chaîne d'audit sur le serveur diffère de celle de la source (tête {source} et {target}) ; "
        "rien n'a été conservé",
        "Controle: de auditketen op de server verschilt van die van de bron (kop {source} en {target}); "
        "er werd niets bewaard"),
}
