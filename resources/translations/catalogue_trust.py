"""French and Dutch texts of the outputs an auditor or a finance officer must be able to trust
(issue 14): the audit chain check, the snapshot hash and ``verify --since``, the bounded import.

Same shape as catalogue_rules.T: ``{english: (french, dutch)}``, context "rules".
"""

T = {
    # ---- the audit chain (grants audit, check 11; grants verify)
    "Audit trail intact: every entry matches its hash and its predecessor's, every record its trail": (
        "Piste d'audit intacte : chaque entrée correspond à son empreinte et à celle de la précédente, chaque "
        "enregistrement à sa piste",
        "Audittrail intact: elke registratie komt overeen met haar hash en met die van de vorige, elk record met "
        "zijn spoor"),
    "no entry of the audit trail records its creation (the trail was cut short, or the record was written "
    "outside the application)": (
        "aucune entrée de la piste d'audit n'enregistre sa création (la piste a été tronquée, ou l'enregistrement "
        "a été écrit en dehors de l'application)",
        "geen registratie van de audittrail legt de aanmaak ervan vast (de trail werd ingekort, of het record werd "
        "buiten de toepassing geschreven)"),
    "the audit trail records its creation, but the record is gone and no deletion was recorded": (
        "la piste d'audit enregistre sa création, mais l'enregistrement a disparu sans suppression enregistrée",
        "de audittrail legt de aanmaak vast, maar het record is verdwenen zonder geregistreerde verwijdering"),
    "audit chain broken: {reason}": (
        "chaîne d'audit rompue : {reason}",
        "auditketen verbroken: {reason}"),
    "the previous hash does not match (an entry was removed or altered)": (
        "l'empreinte précédente ne correspond pas (une entrée a été supprimée ou modifiée)",
        "de vorige hash komt niet overeen (een registratie werd verwijderd of gewijzigd)"),
    "the content does not match its hash (the entry was altered)": (
        "le contenu ne correspond pas à son empreinte (l'entrée a été modifiée)",
        "de inhoud komt niet overeen met zijn hash (de registratie werd gewijzigd)"),
    # ---- snapshots: the hash sent separately, history since an earlier snapshot
    "Snapshot altered: its hash (manifest and content) is {found}, not the {expected} sent with it": (
        "Instantané modifié : son empreinte (manifeste et contenu) est {found}, et non {expected} envoyée avec lui",
        "Momentopname gewijzigd: de hash (manifest en inhoud) is {found}, niet de {expected} die ermee werd verstuurd"),
    "Earlier snapshot {path}: {problem}": (
        "Instantané antérieur {path} : {problem}",
        "Eerdere momentopname {path}: {problem}"),
    "Since: {value} is neither a snapshot file nor an audit head (ID:HASH) printed by grants snapshot": (
        "Depuis : {value} n'est ni un fichier d'instantané ni une tête d'audit (ID:EMPREINTE) affichée par "
        "grants snapshot",
        "Sinds: {value} is geen momentopnamebestand en geen audithoofd (ID:HASH) getoond door grants snapshot"),
    "History rewritten since {head}: that entry is now number {found}, entries were removed or inserted before it": (
        "Historique réécrit depuis {head} : cette entrée porte maintenant le numéro {found}, des entrées ont été "
        "supprimées ou insérées avant elle",
        "Geschiedenis herschreven sinds {head}: die registratie heeft nu nummer {found}, er werden registraties "
        "verwijderd of ingevoegd ervoor"),
    "History cut short since {head}: the audit trail now ends at entry {last}": (
        "Historique tronqué depuis {head} : la piste d'audit s'arrête maintenant à l'entrée {last}",
        "Geschiedenis ingekort sinds {head}: de audittrail eindigt nu bij registratie {last}"),
    "History rewritten since {head}: entry {id} no longer has that hash": (
        "Historique réécrit depuis {head} : l'entrée {id} n'a plus cette empreinte",
        "Geschiedenis herschreven sinds {head}: registratie {id} heeft die hash niet meer"),
    "History rewritten or removed since {head}: no entry of the audit trail has that hash": (
        "Historique réécrit ou supprimé depuis {head} : aucune entrée de la piste d'audit n'a cette empreinte",
        "Geschiedenis herschreven of verwijderd sinds {head}: geen registratie van de audittrail heeft die hash"),
    # ---- the bounded import
    "... and {n} more problems (correct these, then import again)": (
        "... et {n} autres problèmes (corrigez ceux-ci, puis importez à nouveau)",
        "... en nog {n} problemen (verbeter deze en importeer opnieuw)"),
    "File {file}: {size} MB, more than the {limit} MB one import accepts; split the workbook": (
        "Fichier {file} : {size} Mo, plus que les {limit} Mo qu'accepte un import ; scindez le classeur",
        "Bestand {file}: {size} MB, meer dan de {limit} MB die één import aanvaardt; splits de werkmap"),
    "File {file}: {size} MB once unpacked, more than the {limit} MB one import accepts; split the workbook": (
        "Fichier {file} : {size} Mo une fois décompressé, plus que les {limit} Mo qu'accepte un import ; "
        "scindez le classeur",
        "Bestand {file}: {size} MB na uitpakken, meer dan de {limit} MB die één import aanvaardt; splits de werkmap"),
    "File {file}: {rows} rows, more than the {limit} one import accepts (blank rows count: delete them); "
    "split the workbook": (
        "Fichier {file} : {rows} lignes, plus que les {limit} qu'accepte un import (les lignes vides comptent : "
        "supprimez-les) ; scindez le classeur",
        "Bestand {file}: {rows} rijen, meer dan de {limit} die één import aanvaardt (lege rijen tellen mee: "
        "verwijder ze); splits de werkmap"),
}
