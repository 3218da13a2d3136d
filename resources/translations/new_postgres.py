"""French and Dutch of the texts added by the postgres branch (folded in with fold.py)."""

T = {
    ("The {what} {key} was changed by {user} at {when} (UTC) after you opened it: nothing was saved; "
     "reopen it to see the change, then save again"): (
        "{what} {key} a été modifié(e) par {user} le {when} (UTC) depuis que vous l'avez ouvert(e) : "
        "rien n'a été enregistré ; rouvrez-le pour voir la modification, puis enregistrez à nouveau",
        "{what} {key} is gewijzigd door {user} op {when} (UTC) nadat u het opende: er is niets opgeslagen; "
        "open het opnieuw om de wijziging te zien en sla dan opnieuw op",
    ),
}
