"""French and Dutch for the texts added on branch server2 (issue 9: snapshot of a server, load
test, connect dialog). Folded into the catalogues by the lead at merge (fold.py)."""

T = {
    # services (rules)
    "Snapshot: the server database {url} is not at the latest schema ({revision}); run grants init on it first": (
        "Instantané : la base du serveur {url} n'est pas au dernier schéma ({revision}) ; lancez d'abord grants init "
        "sur celle-ci",
        "Momentopname: de serverdatabank {url} heeft niet het laatste schema ({revision}); voer er eerst grants init "
        "op uit",
    ),
    "Password: the server asks for a password for {url}; set PGPASSWORD or a pgpass file, or run the command in a "
    "terminal to be asked": (
        "Mot de passe : le serveur demande un mot de passe pour {url} ; définissez PGPASSWORD ou un fichier pgpass, "
        "ou lancez la commande dans un terminal pour qu'il soit demandé",
        "Wachtwoord: de server vraagt een wachtwoord voor {url}; stel PGPASSWORD of een pgpass-bestand in, of voer "
        "de opdracht uit in een terminal om het te laten vragen",
    ),
    # main window
    "&Connect to a server…": ("Se &connecter à un serveur…", "&Verbinden met een server…"),
    "The server asks for a password for {user}: type it below.": (
        "Le serveur demande un mot de passe pour {user} : tapez-le ci-dessous.",
        "De server vraagt een wachtwoord voor {user}: typ het hieronder.",
    ),
    # connect dialog
    "Connect to a server": ("Se connecter à un serveur", "Verbinden met een server"),
    "A grants database shared by the team on a PostgreSQL server.": (
        "Une base de subventions partagée par l'équipe sur un serveur PostgreSQL.",
        "Een subsidiedatabank die het team deelt op een PostgreSQL-server.",
    ),
    "(new server)": ("(nouveau serveur)", "(nieuwe server)"),
    "Empty: PGPASSWORD, the pgpass file or the keyring": (
        "Vide : PGPASSWORD, le fichier pgpass ou le trousseau",
        "Leeg: PGPASSWORD, het pgpass-bestand of de sleutelhanger",
    ),
    "Remember the password in the system keyring": (
        "Retenir le mot de passe dans le trousseau du système",
        "Het wachtwoord onthouden in de sleutelhanger van het systeem",
    ),
    "No system keyring is available: the password cannot be remembered.": (
        "Aucun trousseau système n'est disponible : le mot de passe ne peut pas être retenu.",
        "Er is geen sleutelhanger van het systeem beschikbaar: het wachtwoord kan niet worden onthouden.",
    ),
    "Recent servers": ("Serveurs récents", "Recente servers"),
    "Host": ("Hôte", "Host"),
    "Port": ("Port", "Poort"),
    "Database": ("Base de données", "Databank"),
    "User (login)": ("Utilisateur (login)", "Gebruiker (login)"),
    "Password": ("Mot de passe", "Wachtwoord"),
    "Connect": ("Se connecter", "Verbinden"),
}
