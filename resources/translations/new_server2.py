"""French and Dutch for the texts added on branch server2 (issue 9: snapshot of a server, load
test, connect dialog). Folded into the catalogues by the lead at merge (fold.py)."""

T = {
    "Snapshot: the server database {url} is not at the latest schema ({revision}); run grants init on it first": (
        "Instantané : la base du serveur {url} n'est pas au dernier schéma ({revision}) ; lancez d'abord grants init "
        "sur celle-ci",
        "Momentopname: de serverdatabank {url} heeft niet het laatste schema ({revision}); voer er eerst grants init "
        "op uit",
    ),
}
