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
    "Roles: the server has no group role {group}; the owner runs grants init with CREATEROLE, or the database "
    "administrator creates it": (
        "Rôles : le serveur n'a pas de rôle de groupe {group} ; le propriétaire lance grants init avec CREATEROLE, "
        "ou l'administrateur de la base de données le crée",
        "Rollen: de server heeft geen grouprol {group}; de eigenaar voert grants init uit met CREATEROLE, "
        "of de databankbeheerder maakt ze aan"),
    "User: a server login has at most {n} characters": (
        "Utilisateur : un identifiant de serveur compte au plus {n} caractères",
        "Gebruiker: een serverlogin telt hoogstens {n} tekens"),
    "Roles: the server does not let {login} create the login {user} or change its group role (it needs CREATEROLE; "
    "ask the database administrator); nothing was changed": (
        "Rôles : le serveur ne permet pas à {login} de créer l'identifiant {user} ni de changer son rôle de groupe "
        "(il faut CREATEROLE ; demandez à l'administrateur de la base de données) ; rien n'a été modifié",
        "Rollen: de server laat {login} niet toe de login {user} aan te maken of de grouprol ervan te wijzigen "
        "(CREATEROLE is nodig; vraag het aan de databankbeheerder); er werd niets gewijzigd"),
    "Password: only a server login has a password (this database is a file)": (
        "Mot de passe : seul un identifiant de serveur a un mot de passe (cette base de données est un fichier)",
        "Wachtwoord: alleen een serverlogin heeft een wachtwoord (deze databank is een bestand)"),
    "Password: empty, or the two entries differ; nothing was changed": (
        "Mot de passe : vide, ou les deux saisies diffèrent ; rien n'a été modifié",
        "Wachtwoord: leeg, of de twee invoeren verschillen; er werd niets gewijzigd"),
    "changed outside the application: {action} of {entity} {record} by {user} (recorded by the server)": (
        "modifié en dehors de l'application : {action} de {entity} {record} par {user} (enregistré par le serveur)",
        "buiten de toepassing gewijzigd: {action} van {entity} {record} door {user} (door de server vastgelegd)"),
}
