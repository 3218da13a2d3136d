"""French and Dutch texts of the domain services (context "rules": refusals, audit checks, reports).

Same shape as catalogue_ui.T. Messages start with the field at fault ("Amount: ..."), as in
English, so that the user sees at once what to correct. Parameters such as {status} or {kind}
hold stored codes (draft, advance) that the services do not translate.
"""

T = {
    # ---- audit report and audit trail export
    "Output: the report is written as .xlsx or .pdf, not {name}": (
        "Sortie : le rapport s'écrit en .xlsx ou en .pdf, pas {name}",
        "Uitvoer: het rapport wordt als .xlsx of .pdf geschreven, niet {name}"),
    "Summary": ("Synthèse", "Samenvatting"),
    "Records at fault": ("Enregistrements en défaut", "Foutieve records"),
    "PASS": ("OK", "OK"),
    "Database": ("Base de données", "Databank"),
    "Overdue as of": ("En retard au", "Te laat op datum"),
    "Run by": ("Exécuté par", "Uitgevoerd door"),
    "Run at": ("Exécuté le", "Uitgevoerd op"),
    "Snapshot taken": ("Instantané pris le", "Momentopname genomen op"),
    "Snapshot content SHA-256": ("Empreinte SHA-256 du contenu de l'instantané", "SHA-256 van de inhoud van de momentopname"),
    "No record at fault.": ("Aucun enregistrement en défaut.", "Geen foutieve records."),
    "About": ("À propos", "Over"),
    "Exported by": ("Exporté par", "Geëxporteerd door"),
    "Exported at": ("Exporté le", "Geëxporteerd op"),
    "From": ("Du", "Van"),
    "To": ("Au", "Tot"),
    "Entries": ("Entrées", "Registraties"),
    "{n} records checked": ("{n} enregistrements contrôlés", "{n} records gecontroleerd"),
    "{n} records at fault": ("{n} enregistrements en défaut", "{n} foutieve records"),
    # ---- the ten audit checks
    "Order of acts: decision, commitment, notification, first payment": (
        "Ordre des actes : arrêté, engagement, notification, premier paiement",
        "Volgorde van de handelingen: besluit, vastlegging, kennisgeving, eerste betaling"),
    "Decisions complete: purpose, amount, period, budget line, documents, deadline": (
        "Arrêtés complets : objet, montant, période, allocation de base, documents, date limite",
        "Volledige besluiten: doel, bedrag, periode, basisallocatie, documenten, uiterste datum"),
    "Opinions present wherever the amount requires them": (
        "Avis présents partout où le montant les requiert",
        "Adviezen aanwezig overal waar het bedrag ze vereist"),
    "No payment on a late justification without a recorded derogation": (
        "Aucun paiement sur une justification tardive sans dérogation enregistrée",
        "Geen betaling op een laattijdige verantwoording zonder geregistreerde afwijking"),
    "Balance arithmetic; every overpayment claimed back": (
        "Calcul du solde ; tout paiement indu fait l'objet d'une récupération",
        "Berekening van het saldo; elke onverschuldigde betaling wordt teruggevorderd"),
    "Recoveries followed: recorded, reminded, collected": (
        "Récupérations suivies : enregistrées, rappelées, encaissées",
        "Terugvorderingen opgevolgd: geregistreerd, herinnerd, geïnd"),
    "No double funding: a justified expense counts once": (
        "Pas de double financement : une dépense justifiée ne compte qu'une fois",
        "Geen dubbele financiering: een verantwoorde uitgave telt maar één keer"),
    "Commitments within commitment credits, payments within payment credits": (
        "Engagements dans les crédits d'engagement, paiements dans les crédits de liquidation",
        "Vastleggingen binnen de vastleggingskredieten, betalingen binnen de vereffeningskredieten"),
    "Separation of duties: payments prepared and approved by two people": (
        "Séparation des fonctions : paiements préparés et approuvés par deux personnes",
        "Functiescheiding: betalingen voorbereid en goedgekeurd door twee personen"),
    "Yearly list of subsidies can be published (ordonnance of 14/12/2017)": (
        "Liste annuelle des subventions publiable (ordonnance du 14/12/2017)",
        "Jaarlijkse lijst van de subsidies publiceerbaar (ordonnantie van 14/12/2017)"),
    "Inspection des Finances": ("Inspection des Finances", "Inspectie van Financiën"),
    "purpose": ("objet", "doel"),
    "amount": ("montant", "bedrag"),
    "period": ("période", "periode"),
    "required documents": ("documents requis", "vereiste documenten"),
    "justification deadline": ("date limite de justification", "uiterste datum voor de verantwoording"),
    "decision reference": ("référence de l'arrêté", "referentie van het besluit"),
    "decision date": ("date de l'arrêté", "datum van het besluit"),
    "name in French": ("nom en français", "naam in het Frans"),
    "name in Dutch": ("nom en néerlandais", "naam in het Nederlands"),
    "enterprise number (BCE)": ("numéro d'entreprise (BCE)", "ondernemingsnummer (KBO)"),
    "committed on {committed} with no decision recorded": (
        "engagée le {committed} sans arrêté enregistré",
        "vastgelegd op {committed} zonder geregistreerd besluit"),
    "committed on {committed}, before the decision of {decision}": (
        "engagée le {committed}, avant l'arrêté du {decision}",
        "vastgelegd op {committed}, vóór het besluit van {decision}"),
    "notified on {notified}, before the commitment of {committed}": (
        "notifiée le {notified}, avant l'engagement du {committed}",
        "ter kennis gebracht op {notified}, vóór de vastlegging van {committed}"),
    "notified on {notified}, before the decision of {decision}": (
        "notifiée le {notified}, avant l'arrêté du {decision}",
        "ter kennis gebracht op {notified}, vóór het besluit van {decision}"),
    "paid on {paid} with no commitment": (
        "payée le {paid} sans engagement",
        "betaald op {paid} zonder vastlegging"),
    "first payment on {paid}, before the commitment of {committed}": (
        "premier paiement le {paid}, avant l'engagement du {committed}",
        "eerste betaling op {paid}, vóór de vastlegging van {committed}"),
    "first payment on {paid}, before the notification of {notified}": (
        "premier paiement le {paid}, avant la notification du {notified}",
        "eerste betaling op {paid}, vóór de kennisgeving van {notified}"),
    "first payment on {paid}, before the decision of {decision}": (
        "premier paiement le {paid}, avant l'arrêté du {decision}",
        "eerste betaling op {paid}, vóór het besluit van {decision}"),
    "{n} paid grants have no notification date recorded: their notification could not be placed in the order": (
        "{n} subventions payées n'ont pas de date de notification enregistrée : leur notification n'a pas pu "
        "être située dans l'ordre des actes",
        "{n} betaalde subsidies hebben geen geregistreerde datum van kennisgeving: hun kennisgeving kon niet in "
        "de volgorde worden geplaatst"),
    "decision incomplete: no {fields}": ("arrêté incomplet : {fields} manquant(s)", "besluit onvolledig: geen {fields}"),
    "an amount of {amount} requires the opinion '{kind}'; none is recorded": (
        "un montant de {amount} requiert l'avis « {kind} » ; aucun n'est enregistré",
        "een bedrag van {amount} vereist het advies '{kind}'; er is er geen geregistreerd"),
    "the opinion '{kind}' is dated {date}, after the decision of {decision}": (
        "l'avis « {kind} » est daté du {date}, après l'arrêté du {decision}",
        "het advies '{kind}' is gedateerd op {date}, na het besluit van {decision}"),
    "amended to {amount}, which requires the opinion '{kind}'; none is recorded": (
        "modifiée par avenant à {amount}, montant qui requiert l'avis « {kind} » ; aucun n'est enregistré",
        "gewijzigd tot {amount}, wat het advies '{kind}' vereist; er is er geen geregistreerd"),
    "{kind} payment of {amount} on {date}, after the deadline {deadline}, with no justification received and no "
    "derogation": (
        "paiement ({kind}) de {amount} le {date}, après la date limite du {deadline}, sans justification reçue "
        "ni dérogation",
        "betaling ({kind}) van {amount} op {date}, na de uiterste datum {deadline}, zonder ontvangen "
        "verantwoording en zonder afwijking"),
    "{kind} payment of {amount} on {date} on a justification received {received}, after the deadline {deadline}, "
    "with no derogation": (
        "paiement ({kind}) de {amount} le {date} sur une justification reçue le {received}, après la date limite du "
        "{deadline}, sans dérogation",
        "betaling ({kind}) van {amount} op {date} op een verantwoording ontvangen op {received}, na de uiterste "
        "datum {deadline}, zonder afwijking"),
    "paid {paid} (net of refunds), above the granted amount {amount}": (
        "payé {paid} (net des remboursements), au-delà du montant octroyé {amount}",
        "{paid} betaald (na aftrek van terugbetalingen), boven het toegekende bedrag {amount}"),
    "paid {paid} (net of refunds), above what is committed {committed}": (
        "payé {paid} (net des remboursements), au-delà du montant engagé {committed}",
        "{paid} betaald (na aftrek van terugbetalingen), boven het vastgelegde bedrag {committed}"),
    "overpaid by {over} (paid {paid}, due min(accepted {accepted}, granted {amount}) = {due}); recovery claims "
    "raised: {claimed}": (
        "payé en trop : {over} (payé {paid}, dû min(accepté {accepted}, octroyé {amount}) = {due}) ; demandes de "
        "remboursement émises : {claimed}",
        "te veel betaald: {over} (betaald {paid}, verschuldigd min(aanvaard {accepted}, toegekend {amount}) = "
        "{due}); ingestelde terugvorderingen: {claimed}"),
    "closed with a balance of {balance} still due to the beneficiary": (
        "clôturée alors qu'un solde de {balance} reste dû au bénéficiaire",
        "afgesloten terwijl de begunstigde nog een saldo van {balance} verschuldigd is"),
    "expense ({category}): accepted {accepted} is above claimed {claimed}": (
        "dépense ({category}) : le montant accepté {accepted} dépasse le montant déclaré {claimed}",
        "uitgave ({category}): het aanvaarde bedrag {accepted} is hoger dan het ingediende {claimed}"),
    "the structured communication {communication} is not valid: the refund cannot be matched": (
        "la communication structurée {communication} n'est pas valide : le remboursement ne peut pas être rapproché",
        "de gestructureerde mededeling {communication} is ongeldig: de terugbetaling kan niet worden gekoppeld"),
    "still open although {got} of {amount} was refunded": (
        "toujours ouverte alors que {got} sur {amount} a été remboursé",
        "nog steeds open hoewel {got} van {amount} werd terugbetaald"),
    "{left} of {amount} still due since {due}, and no reminder sent": (
        "{left} sur {amount} encore dû depuis le {due}, et aucun rappel envoyé",
        "{left} van {amount} nog verschuldigd sinds {due}, en geen herinnering verstuurd"),
    "{left} of {amount} still due since {due}, not collected after {n} reminders (last on {last})": (
        "{left} sur {amount} encore dû depuis le {due}, non encaissé après {n} rappels (le dernier le {last})",
        "{left} van {amount} nog verschuldigd sinds {due}, niet geïnd na {n} herinneringen (de laatste op {last})"),
    "marked paid, but the refunds recorded total {got}, not {amount}": (
        "marquée payée, mais les remboursements enregistrés totalisent {got}, et non {amount}",
        "als betaald gemarkeerd, maar de geregistreerde terugbetalingen bedragen samen {got}, niet {amount}"),
    "expense {evidence} accepted {n} times ({total} in all) on grants {grants}": (
        "dépense {evidence} acceptée {n} fois ({total} au total) sur les subventions {grants}",
        "uitgave {evidence} {n} keer aanvaard ({total} in totaal) op de subsidies {grants}"),
    "commitments {committed} above the commitment credits {credits} (by {over})": (
        "engagements de {committed} au-delà des crédits d'engagement de {credits} (dépassement de {over})",
        "vastleggingen van {committed} boven de vastleggingskredieten van {credits} (overschrijding met {over})"),
    "payments of {paid} made in {year} on a code with no budget line that year": (
        "paiements de {paid} effectués en {year} sur un code sans allocation de base cette année-là",
        "betalingen van {paid} uitgevoerd in {year} op een code zonder basisallocatie in dat jaar"),
    "payments {paid} above the payment credits {credits} (by {over})": (
        "paiements de {paid} au-delà des crédits de liquidation de {credits} (dépassement de {over})",
        "betalingen van {paid} boven de vereffeningskredieten van {credits} (overschrijding met {over})"),
    "payment of {amount} on {date} prepared and approved by the same person, {user}": (
        "paiement de {amount} le {date} préparé et approuvé par la même personne, {user}",
        "betaling van {amount} op {date} voorbereid en goedgekeurd door dezelfde persoon, {user}"),
    "payment of {amount} on {date} approved without recording who prepared ({prepared}) and who approved "
    "({approved})": (
        "paiement de {amount} le {date} approuvé sans que soient enregistrés qui l'a préparé ({prepared}) et qui "
        "l'a approuvé ({approved})",
        "betaling van {amount} op {date} goedgekeurd zonder te registreren wie ze voorbereidde ({prepared}) en "
        "wie ze goedkeurde ({approved})"),
    "{n} payments were imported without the names of who prepared and approved them: not checkable here": (
        "{n} paiements ont été importés sans le nom des personnes qui les ont préparés et approuvés : "
        "vérification impossible ici",
        "{n} betalingen werden geïmporteerd zonder de namen van wie ze voorbereidde en goedkeurde: hier niet "
        "controleerbaar"),
    "beneficiary of a grant to publish, with no {fields}": (
        "bénéficiaire d'une subvention à publier, sans {fields}",
        "begunstigde van een te publiceren subsidie, zonder {fields}"),
    "enterprise number {bce} is not valid: the beneficiary cannot be identified in the list": (
        "le numéro d'entreprise {bce} n'est pas valide : le bénéficiaire ne peut pas être identifié dans la liste",
        "het ondernemingsnummer {bce} is ongeldig: de begunstigde kan in de lijst niet worden geïdentificeerd"),
    "cannot be listed for publication: no {fields}": (
        "ne peut pas figurer dans la liste publiée : {fields} manquant(s)",
        "kan niet in de te publiceren lijst worden opgenomen: geen {fields}"),
    # ---- beneficiaries, budget lines, common
    "Dates: the end {end} is before the start {start}": (
        "Dates : la fin {end} précède le début {start}",
        "Data: het einde {end} ligt vóór het begin {start}"),
    "Category: {value} is not one of {allowed}": (
        "Catégorie : {value} ne fait pas partie de {allowed}",
        "Categorie: {value} is niet een van {allowed}"),
    "Language: {value} is not fr or nl": (
        "Langue : {value} n'est ni fr ni nl",
        "Taal: {value} is noch fr noch nl"),
    "Commune (NIS): {value} is not one of the 19 Brussels communes": (
        "Commune (INS) : {value} n'est pas l'une des 19 communes bruxelloises",
        "Gemeente (NIS): {value} is geen van de 19 Brusselse gemeenten"),
    "Police zone: {value} is not a Brussels police zone": (
        "Zone de police : {value} n'est pas une zone de police bruxelloise",
        "Politiezone: {value} is geen Brusselse politiezone"),
    "Contact {n}: the name is required": (
        "Contact {n} : le nom est obligatoire",
        "Contactpersoon {n}: de naam is verplicht"),
    "Reference: {ref} is already used by another beneficiary": (
        "Référence : {ref} est déjà utilisée par un autre bénéficiaire",
        "Referentie: {ref} wordt al door een andere begunstigde gebruikt"),
    "Enterprise number (BCE): {value} is already the number of beneficiary {other}": (
        "Numéro d'entreprise (BCE) : {value} est déjà le numéro du bénéficiaire {other}",
        "Ondernemingsnummer (KBO): {value} is al het nummer van begunstigde {other}"),
    "{label}: must not be negative ({value})": (
        "{label} : ne peut pas être négatif ({value})",
        "{label}: mag niet negatief zijn ({value})"),
    "Code: budget line {code} already exists in {year}": (
        "Code : l'allocation de base {code} existe déjà en {year}",
        "Code: basisallocatie {code} bestaat al in {year}"),
    "Commitment credits: {value} is below what the line's grants already use ({used})": (
        "Crédits d'engagement : {value} est inférieur à ce que les subventions de l'allocation utilisent déjà "
        "({used})",
        "Vastleggingskredieten: {value} is lager dan wat de subsidies van de basisallocatie al gebruiken ({used})"),
    "Payment credits: {value} is below what was already paid ({used})": (
        "Crédits de liquidation : {value} est inférieur à ce qui a déjà été payé ({used})",
        "Vereffeningskredieten: {value} is lager dan wat al betaald werd ({used})"),
    "grant": ("subvention", "subsidie"),
    "beneficiary": ("bénéficiaire", "begunstigde"),
    "budget line": ("allocation de base", "basisallocatie"),
    "payment": ("paiement", "betaling"),
    "programme": ("programme", "programma"),
    "application": ("candidature", "kandidatuur"),
    "recovery claim": ("demande de remboursement", "terugvordering"),
    "justification": ("justification", "verantwoording"),
    "No {what} with identifier {key}": (
        "Introuvable : {what} portant l'identifiant {key}",
        "Niet gevonden: {what} met identificatienummer {key}"),
    "No {what} with reference {key}": (
        "Introuvable : {what} portant la référence {key}",
        "Niet gevonden: {what} met referentie {key}"),
    "This database is open read-only ({reason}): nothing can be changed": (
        "Cette base de données est ouverte en lecture seule ({reason}) : aucune modification n'est possible",
        "Deze databank is alleen-lezen geopend ({reason}): er kan niets worden gewijzigd"),
    "row {n}": ("ligne {n}", "rij {n}"),
    "column {c}": ("colonne {c}", "kolom {c}"),
    # ---- grants
    "Status: grant {ref} cannot go from {current} to {target} (allowed next: {allowed})": (
        "Statut : la subvention {ref} ne peut pas passer de {current} à {target} (étapes possibles : {allowed})",
        "Status: subsidie {ref} kan niet van {current} naar {target} gaan (mogelijke volgende stappen: {allowed})"),
    "PGSP measures: no PGSP plan edition covers this year": (
        "Mesures du PGSP : aucune édition du PGSP ne couvre cette année",
        "Maatregelen van het GVPP: geen enkele editie van het GVPP dekt dit jaar"),
    "PGSP measures: {codes} not in the PGSP {edition}": (
        "Mesures du PGSP : {codes} ne figure(nt) pas dans le PGSP {edition}",
        "Maatregelen van het GVPP: {codes} komt/komen niet voor in het GVPP {edition}"),
    "Amount: {amount} on budget line {code} ({year}) would bring its grants to {total}, above its commitment "
    "credits {credits} (available {available})": (
        "Montant : {amount} sur l'allocation de base {code} ({year}) porterait ses subventions à {total}, au-delà "
        "de ses crédits d'engagement de {credits} (disponible {available})",
        "Bedrag: {amount} op basisallocatie {code} ({year}) zou de subsidies ervan op {total} brengen, boven de "
        "vastleggingskredieten van {credits} (beschikbaar {available})"),
    "Beneficiary: choose an existing beneficiary": (
        "Bénéficiaire : choisissez un bénéficiaire existant",
        "Begunstigde: kies een bestaande begunstigde"),
    "Budget line: choose an existing budget line": (
        "Allocation de base : choisissez une allocation de base existante",
        "Basisallocatie: kies een bestaande basisallocatie"),
    "Amount: must be above zero ({amount})": (
        "Montant : doit être supérieur à zéro ({amount})",
        "Bedrag: moet hoger zijn dan nul ({amount})"),
    "Advance share: must be between 0 and 100 % ({share})": (
        "Part de l'avance : doit être comprise entre 0 et 100 % ({share})",
        "Aandeel voorschot: moet tussen 0 en 100 % liggen ({share})"),
    "Period: the end {end} is before the start {start}": (
        "Période : la fin {end} précède le début {start}",
        "Periode: het einde {end} ligt vóór het begin {start}"),
    "Programme: choose an existing programme": (
        "Programme : choisissez un programme existant",
        "Programma: kies een bestaand programma"),
    "Reference: {ref} is already used by another grant": (
        "Référence : {ref} est déjà utilisée par une autre subvention",
        "Referentie: {ref} wordt al door een andere subsidie gebruikt"),
    "Grant {ref} is {status}: after the decision, change its amount or period by an amendment": (
        "La subvention {ref} a le statut {status} : après l'arrêté, son montant ou sa période se modifie par "
        "avenant",
        "Subsidie {ref} heeft de status {status}: na het besluit wijzigt u het bedrag of de periode met een "
        "wijzigingsbesluit"),
    "Decision reference: this field is required": (
        "Référence de l'arrêté : ce champ est obligatoire",
        "Referentie van het besluit: dit veld is verplicht"),
    "Decision date: this field is required": (
        "Date de l'arrêté : ce champ est obligatoire",
        "Datum van het besluit: dit veld is verplicht"),
    "Notification date: {notified} is before the decision {decided}": (
        "Date de notification : le {notified} précède l'arrêté du {decided}",
        "Datum van kennisgeving: {notified} ligt vóór het besluit van {decided}"),
    "Period: a decision needs the period of the activity (start and end)": (
        "Période : un arrêté requiert la période de l'activité (début et fin)",
        "Periode: een besluit vereist de periode van de activiteit (begin en einde)"),
    "Justification deadline: a decision needs the deadline for the supporting documents": (
        "Date limite de justification : un arrêté requiert la date limite de remise des pièces justificatives",
        "Uiterste datum voor de verantwoording: een besluit vereist de uiterste datum voor de bewijsstukken"),
    "Opinions: an amount of {amount} requires the opinion '{kind}' dated on or before the decision": (
        "Avis : un montant de {amount} requiert l'avis « {kind} », daté au plus tard du jour de l'arrêté",
        "Adviezen: een bedrag van {amount} vereist het advies '{kind}', gedateerd uiterlijk op de dag van het "
        "besluit"),
    "Status: grant {ref} is {status}; only a decided grant can be committed": (
        "Statut : la subvention {ref} a le statut {status} ; seule une subvention décidée peut être engagée",
        "Status: subsidie {ref} heeft de status {status}; enkel een besliste subsidie kan worden vastgelegd"),
    "Commitment date: {date} is before the decision of {decision} (decision, then commitment, then payment)": (
        "Date d'engagement : le {date} précède l'arrêté du {decision} (arrêté, puis engagement, puis paiement)",
        "Datum van vastlegging: {date} ligt vóór het besluit van {decision} (besluit, dan vastlegging, dan "
        "betaling)"),
    "Commitment amount: nothing left to commit on grant {ref} ({committed} of {granted} committed)": (
        "Montant de l'engagement : plus rien à engager sur la subvention {ref} ({committed} engagé sur {granted})",
        "Bedrag van de vastlegging: niets meer vast te leggen op subsidie {ref} ({committed} van {granted} "
        "vastgelegd)"),
    "Commitment amount: {amount} would bring grant {ref} to {total} committed, above its amount {granted}": (
        "Montant de l'engagement : {amount} porterait l'engagement de la subvention {ref} à {total}, au-delà de "
        "son montant de {granted}",
        "Bedrag van de vastlegging: {amount} zou de vastlegging van subsidie {ref} op {total} brengen, boven "
        "het bedrag van {granted}"),
    "Commitment amount: {amount} would bring budget line {code} ({year}) to {total} committed, above its "
    "commitment credits {credits}": (
        "Montant de l'engagement : {amount} porterait les engagements de l'allocation de base {code} ({year}) à "
        "{total}, au-delà de ses crédits d'engagement de {credits}",
        "Bedrag van de vastlegging: {amount} zou de vastleggingen op basisallocatie {code} ({year}) op {total} "
        "brengen, boven de vastleggingskredieten van {credits}"),
    "Status: grant {ref} is {status}; only a decided, open grant is amended (edit a draft directly)": (
        "Statut : la subvention {ref} a le statut {status} ; seule une subvention décidée et non clôturée se "
        "modifie par avenant (un brouillon se modifie directement)",
        "Status: subsidie {ref} heeft de status {status}; enkel een besliste, niet-afgesloten subsidie wordt "
        "gewijzigd met een wijzigingsbesluit (een ontwerp wijzigt u rechtstreeks)"),
    "Amendment: change the amount or the period": (
        "Avenant : modifiez le montant ou la période",
        "Wijzigingsbesluit: wijzig het bedrag of de periode"),
    "Amount change: the new amount {amount} would be below what was already paid {paid}": (
        "Variation du montant : le nouveau montant {amount} serait inférieur à ce qui a déjà été payé ({paid})",
        "Wijziging van het bedrag: het nieuwe bedrag {amount} zou lager zijn dan wat al betaald werd ({paid})"),
    "Amendment date: {date} is before the decision or a previous amendment": (
        "Date de l'avenant : le {date} précède l'arrêté ou un avenant antérieur",
        "Datum van het wijzigingsbesluit: {date} ligt vóór het besluit of een vorig wijzigingsbesluit"),
    "Status: grant {ref} still has payments waiting for approval": (
        "Statut : la subvention {ref} a encore des paiements en attente d'approbation",
        "Status: subsidie {ref} heeft nog betalingen die op goedkeuring wachten"),
    "Status: grant {ref} has an open recovery claim; it closes when the claim is paid or cancelled": (
        "Statut : la subvention {ref} a une demande de remboursement ouverte ; elle sera clôturée quand la demande "
        "sera payée ou annulée",
        "Status: subsidie {ref} heeft een openstaande terugvordering; ze wordt afgesloten wanneer de "
        "terugvordering betaald of geannuleerd is"),
    "Balance: grant {ref} still has a balance of {balance}; pay it or claim it back before closing": (
        "Solde : la subvention {ref} présente encore un solde de {balance} ; payez-le ou récupérez-le avant la "
        "clôture",
        "Saldo: subsidie {ref} heeft nog een saldo van {balance}; betaal het of vorder het terug vóór de "
        "afsluiting"),
    # ---- workbook import
    "File {file}: not a readable Excel workbook ({error})": (
        "Fichier {file} : classeur Excel illisible ({error})",
        "Bestand {file}: geen leesbare Excel-werkmap ({error})"),
    "Unknown sheet (expected {expected})": (
        "Feuille inconnue (attendu : {expected})",
        "Onbekend blad (verwacht: {expected})"),
    "Unknown column (expected {expected})": (
        "Colonne inconnue (attendu : {expected})",
        "Onbekende kolom (verwacht: {expected})"),
    "Column appears twice": ("La colonne figure deux fois", "De kolom komt twee keer voor"),
    "Required column is missing": ("Une colonne obligatoire est absente", "Een verplichte kolom ontbreekt"),
    "Value in a column without a header": ("Valeur dans une colonne sans en-tête", "Waarde in een kolom zonder kop"),
    "A value is required": ("Une valeur est obligatoire", "Een waarde is verplicht"),
    "At most {max} characters": ("Au maximum {max} caractères", "Ten hoogste {max} tekens"),
    "{value} is not one of {allowed}": ("{value} ne fait pas partie de {allowed}", "{value} is niet een van {allowed}"),
    "{key} already appears on row {first}": ("{key} figure déjà à la ligne {first}", "{key} komt al voor op rij {first}"),
    "{value} is not the NIS code of one of the 19 Brussels communes": (
        "{value} n'est pas le code INS de l'une des 19 communes bruxelloises",
        "{value} is niet de NIS-code van een van de 19 Brusselse gemeenten"),
    "{value} is not a Brussels police zone": (
        "{value} n'est pas une zone de police bruxelloise",
        "{value} is geen Brusselse politiezone"),
    "Enterprise number {value} already belongs to beneficiary {other}": (
        "Le numéro d'entreprise {value} appartient déjà au bénéficiaire {other}",
        "Ondernemingsnummer {value} behoort al toe aan begunstigde {other}"),
    "{closes} is before the opening {opens}": (
        "{closes} précède l'ouverture du {opens}",
        "{closes} ligt vóór de opening op {opens}"),
    "{value} is not a percentage between 0 and 100": (
        "{value} n'est pas un pourcentage compris entre 0 et 100",
        "{value} is geen percentage tussen 0 en 100"),
    "The end {end} is before the start {start}": (
        "La fin {end} précède le début {start}",
        "Het einde {end} ligt vóór het begin {start}"),
    "The amount must be above zero ({amount})": (
        "Le montant doit être supérieur à zéro ({amount})",
        "Het bedrag moet hoger zijn dan nul ({amount})"),
    "A decision reference needs its decision date": (
        "Une référence d'arrêté requiert la date de l'arrêté",
        "Een referentie van een besluit vereist de datum van het besluit"),
    "No beneficiary {ref} (in this workbook or the database)": (
        "Aucun bénéficiaire {ref} (dans ce classeur ou dans la base de données)",
        "Geen begunstigde {ref} (in deze werkmap of in de databank)"),
    "No programme {ref} (in this workbook or the database)": (
        "Aucun programme {ref} (dans ce classeur ou dans la base de données)",
        "Geen programma {ref} (in deze werkmap of in de databank)"),
    "No budget line {code} in {year} (a grant commits the line of its own year)": (
        "Aucune allocation de base {code} en {year} (une subvention est engagée sur l'allocation de sa propre "
        "année)",
        "Geen basisallocatie {code} in {year} (een subsidie wordt vastgelegd op de basisallocatie van haar eigen "
        "jaar)"),
    "No PGSP plan edition covers {year}": (
        "Aucune édition du PGSP ne couvre {year}",
        "Geen enkele editie van het GVPP dekt {year}"),
    "{codes} not in the PGSP {edition}": (
        "{codes} ne figure(nt) pas dans le PGSP {edition}",
        "{codes} komt/komen niet voor in het GVPP {edition}"),
    "Grant {ref} exists with another {column}; it cannot be moved by an import": (
        "La subvention {ref} existe avec une autre valeur de {column} ; une importation ne peut pas la déplacer",
        "Subsidie {ref} bestaat met een andere waarde voor {column}; een import kan ze niet verplaatsen"),
    "Grant {ref} already has payments: its decision date cannot change": (
        "La subvention {ref} a déjà fait l'objet de paiements : la date de son arrêté ne peut plus changer",
        "Op subsidie {ref} zijn al betalingen gebeurd: de datum van het besluit kan niet meer wijzigen"),
    "The amount must not be zero": ("Le montant ne peut pas être nul", "Het bedrag mag niet nul zijn"),
    "No grant {ref} (in this workbook or the database)": (
        "Aucune subvention {ref} (dans ce classeur ou dans la base de données)",
        "Geen subsidie {ref} (in deze werkmap of in de databank)"),
    "Payment {reference} of grant {ref} is managed in the application and cannot be changed by an import": (
        "Le paiement {reference} de la subvention {ref} est géré dans l'application et ne peut pas être modifié "
        "par une importation",
        "Betaling {reference} van subsidie {ref} wordt in de toepassing beheerd en kan niet door een import "
        "worden gewijzigd"),
    "Grants on budget line {code} ({year}) reach {total} with this one, above its commitment credits {credits}": (
        "Avec celle-ci, les subventions sur l'allocation de base {code} ({year}) atteignent {total}, au-delà de "
        "ses crédits d'engagement de {credits}",
        "Met deze erbij bereiken de subsidies op basisallocatie {code} ({year}) {total}, boven de "
        "vastleggingskredieten van {credits}"),
    "The commitment credits {credits} are below what the line's grants reserve ({total})": (
        "Les crédits d'engagement de {credits} sont inférieurs à ce que réservent les subventions de l'allocation "
        "({total})",
        "De vastleggingskredieten van {credits} zijn lager dan wat de subsidies van de basisallocatie "
        "reserveren ({total})"),
    "Grant {ref} has no decision date: it cannot be paid": (
        "La subvention {ref} n'a pas de date d'arrêté : elle ne peut pas être payée",
        "Subsidie {ref} heeft geen datum van besluit: ze kan niet worden betaald"),
    "Payment of {date} is before the decision of grant {ref} ({decision})": (
        "Le paiement du {date} précède l'arrêté de la subvention {ref} ({decision})",
        "De betaling van {date} ligt vóór het besluit van subsidie {ref} ({decision})"),
    "Payments on grant {ref} reach {total} with this one, above its amount {amount}": (
        "Avec celui-ci, les paiements sur la subvention {ref} atteignent {total}, au-delà de son montant de "
        "{amount}",
        "Met deze erbij bereiken de betalingen op subsidie {ref} {total}, boven het bedrag van {amount}"),
    "No budget line {code} in {year} to pay from (payment credits of the year of the payment)": (
        "Aucune allocation de base {code} en {year} pour payer (crédits de liquidation de l'année du paiement)",
        "Geen basisallocatie {code} in {year} om van te betalen (vereffeningskredieten van het jaar van de "
        "betaling)"),
    "Payments of {year} on budget line {code} reach {total} with this one, above its payment credits {credits}": (
        "Avec celui-ci, les paiements de {year} sur l'allocation de base {code} atteignent {total}, au-delà de ses "
        "crédits de liquidation de {credits}",
        "Met deze erbij bereiken de betalingen van {year} op basisallocatie {code} {total}, boven de "
        "vereffeningskredieten van {credits}"),
    "The payment credits {credits} are below what is paid in the year on this code ({total})": (
        "Les crédits de liquidation de {credits} sont inférieurs à ce qui est payé dans l'année sur ce code "
        "({total})",
        "De vereffeningskredieten van {credits} zijn lager dan wat in het jaar op deze code betaald is ({total})"),
    # ---- justifications, payments
    "Status: grant {ref} is {status}; a justification is received for a committed grant": (
        "Statut : la subvention {ref} a le statut {status} ; une justification se réceptionne pour une "
        "subvention engagée",
        "Status: subsidie {ref} heeft de status {status}; een verantwoording wordt ontvangen voor een "
        "vastgelegde subsidie"),
    "Received on: {date} is before the decision of {decision}": (
        "Reçue le : le {date} précède l'arrêté du {decision}",
        "Ontvangen op: {date} ligt vóór het besluit van {decision}"),
    "Checked on: {date} is before the reception {received}": (
        "Vérifiée le : le {date} précède la réception du {received}",
        "Gecontroleerd op: {date} ligt vóór de ontvangst op {received}"),
    "Expenses: give at least one expense category": (
        "Dépenses : indiquez au moins une catégorie de dépenses",
        "Uitgaven: vul minstens één uitgavencategorie in"),
    "Expenses, line {n}: amounts must not be negative": (
        "Dépenses, ligne {n} : les montants ne peuvent pas être négatifs",
        "Uitgaven, rij {n}: de bedragen mogen niet negatief zijn"),
    "Expenses, line {n} ({category}): accepted {accepted} is above claimed {claimed}": (
        "Dépenses, ligne {n} ({category}) : le montant accepté {accepted} dépasse le montant déclaré {claimed}",
        "Uitgaven, rij {n} ({category}): het aanvaarde bedrag {accepted} is hoger dan het ingediende {claimed}"),
    "Status: grant {ref} is {status}; settle it once its justification is received": (
        "Statut : la subvention {ref} a le statut {status} ; le solde se règle une fois la justification reçue",
        "Status: subsidie {ref} heeft de status {status}; het saldo wordt afgerekend zodra de verantwoording "
        "ontvangen is"),
    "Paid above the accepted expenses": ("Payé au-delà des dépenses acceptées", "Meer betaald dan de aanvaarde uitgaven"),
    "Kind: money paid back is recorded on its recovery claim, not as a payment": (
        "Type : un montant remboursé s'enregistre sur sa demande de remboursement, pas comme un paiement",
        "Soort: een terugbetaald bedrag wordt op de terugvordering geregistreerd, niet als betaling"),
    "Status: a payment of kind {kind} is not possible on grant {ref}, which is {status}": (
        "Statut : un paiement de type {kind} n'est pas possible sur la subvention {ref}, qui a le statut {status}",
        "Status: een betaling van de soort {kind} is niet mogelijk op subsidie {ref}, die de status {status} heeft"),
    "Beneficiary: payments are blocked while recovery claim {communication} of {amount} is open": (
        "Bénéficiaire : les paiements sont bloqués tant que la demande de remboursement {communication} de "
        "{amount} est ouverte",
        "Begunstigde: de betalingen zijn geblokkeerd zolang terugvordering {communication} van {amount} "
        "openstaat"),
    "Date: grant {ref} is not committed yet; commit it before paying": (
        "Date : la subvention {ref} n'est pas encore engagée ; engagez-la avant de payer",
        "Datum: subsidie {ref} is nog niet vastgelegd; leg ze vast vóór de betaling"),
    "Date: payment of {date} is before the commitment of {committed} (decision, then commitment, then payment)": (
        "Date : le paiement du {date} précède l'engagement du {committed} (arrêté, puis engagement, puis paiement)",
        "Datum: de betaling van {date} ligt vóór de vastlegging van {committed} (besluit, dan vastlegging, dan "
        "betaling)"),
    "Amount: {amount} would bring payments on grant {ref} to {total}, above what is committed {committed} "
    "(granted {granted})": (
        "Montant : {amount} porterait les paiements sur la subvention {ref} à {total}, au-delà du montant engagé "
        "de {committed} (octroyé {granted})",
        "Bedrag: {amount} zou de betalingen op subsidie {ref} op {total} brengen, boven het vastgelegde bedrag "
        "van {committed} (toegekend {granted})"),
    "Amount: the advance would reach {total}, above {share} % of the grant ({limit})": (
        "Montant : l'avance atteindrait {total}, au-delà de {share} % de la subvention ({limit})",
        "Bedrag: het voorschot zou {total} bereiken, boven {share} % van de subsidie ({limit})"),
    "Amount: {amount} is above the balance due {balance} (accepted {accepted}, granted {granted}, paid {paid})": (
        "Montant : {amount} dépasse le solde dû de {balance} (accepté {accepted}, octroyé {granted}, payé {paid})",
        "Bedrag: {amount} is hoger dan het verschuldigde saldo van {balance} (aanvaard {accepted}, toegekend "
        "{granted}, betaald {paid})"),
    "Derogation: the justification arrived on {received}, after the deadline {deadline}; record the derogation "
    "that allows this payment": (
        "Dérogation : la justification est arrivée le {received}, après la date limite du {deadline} ; "
        "enregistrez la dérogation qui autorise ce paiement",
        "Afwijking: de verantwoording kwam binnen op {received}, na de uiterste datum {deadline}; registreer de "
        "afwijking die deze betaling toestaat"),
    "Date: there is no budget line {code} in {year} to pay from (payment credits)": (
        "Date : il n'existe pas d'allocation de base {code} en {year} pour payer (crédits de liquidation)",
        "Datum: er is geen basisallocatie {code} in {year} om van te betalen (vereffeningskredieten)"),
    "Amount: {amount} would bring {year} payments on budget line {code} to {total}, above its payment credits "
    "{credits} (available {available})": (
        "Montant : {amount} porterait les paiements de {year} sur l'allocation de base {code} à {total}, au-delà "
        "de ses crédits de liquidation de {credits} (disponible {available})",
        "Bedrag: {amount} zou de betalingen van {year} op basisallocatie {code} op {total} brengen, boven de "
        "vereffeningskredieten van {credits} (beschikbaar {available})"),
    "Status: payment {id} is {status}; only a prepared payment can be approved": (
        "Statut : le paiement {id} a le statut {status} ; seul un paiement préparé peut être approuvé",
        "Status: betaling {id} heeft de status {status}; enkel een voorbereide betaling kan worden goedgekeurd"),
    "Approval: {user} prepared this payment and may not approve it too (separation of duties)": (
        "Approbation : {user} a préparé ce paiement et ne peut pas aussi l'approuver (séparation des fonctions)",
        "Goedkeuring: {user} heeft deze betaling voorbereid en mag ze niet ook goedkeuren (functiescheiding)"),
    "Status: payment {id} is {status}; only a prepared payment can be cancelled": (
        "Statut : le paiement {id} a le statut {status} ; seul un paiement préparé peut être annulé",
        "Status: betaling {id} heeft de status {status}; enkel een voorbereide betaling kan worden geannuleerd"),
    # ---- programmes and applications
    "Kind: {value} is not one of {allowed}": (
        "Type : {value} ne fait pas partie de {allowed}",
        "Soort: {value} is niet een van {allowed}"),
    "Envelope: must not be negative ({value})": (
        "Enveloppe : ne peut pas être négative ({value})",
        "Enveloppe: mag niet negatief zijn ({value})"),
    "Closes: {closes} is before the opening {opens}": (
        "Clôture : le {closes} précède l'ouverture du {opens}",
        "Sluiting: {closes} ligt vóór de opening op {opens}"),
    "Requested amount: must be above zero ({amount})": (
        "Montant demandé : doit être supérieur à zéro ({amount})",
        "Gevraagd bedrag: moet hoger zijn dan nul ({amount})"),
    "Received on: {date} is after the call closed ({closes})": (
        "Reçue le : le {date} est postérieur à la clôture de l'appel ({closes})",
        "Ontvangen op: {date} ligt na de sluiting van de oproep ({closes})"),
    "Admissibility: say why the application is not admissible": (
        "Recevabilité : indiquez pourquoi la candidature n'est pas recevable",
        "Ontvankelijkheid: vermeld waarom de kandidatuur niet ontvankelijk is"),
    "Scores: only an admissible application is scored ({ref})": (
        "Cotes : seule une candidature recevable est cotée ({ref})",
        "Scores: enkel een ontvankelijke kandidatuur krijgt een score ({ref})"),
    "{label}: the score must be between 0 and 10 ({value})": (
        "{label} : la cote doit être comprise entre 0 et 10 ({value})",
        "{label}: de score moet tussen 0 en 10 liggen ({value})"),
    "Relevance": ("Pertinence", "Relevantie"),
    "Efficiency": ("Efficience", "Efficiëntie"),
    "Effectiveness": ("Efficacité", "Doeltreffendheid"),
    "Selection: application {ref} must be admissible and scored before it is selected": (
        "Sélection : la candidature {ref} doit être recevable et cotée avant d'être sélectionnée",
        "Selectie: kandidatuur {ref} moet ontvankelijk zijn en een score hebben voordat ze geselecteerd wordt"),
    "Selection: application {ref} already became a grant": (
        "Sélection : la candidature {ref} a déjà donné lieu à une subvention",
        "Selectie: kandidatuur {ref} werd al een subsidie"),
    "Selection: no selected application is waiting to become a grant": (
        "Sélection : aucune candidature sélectionnée n'attend de devenir une subvention",
        "Selectie: er wacht geen geselecteerde kandidatuur om een subsidie te worden"),
    # ---- recoveries
    "Status: recovery claim {communication} is {status}": (
        "Statut : la demande de remboursement {communication} a le statut {status}",
        "Status: terugvordering {communication} heeft de status {status}"),
    "Amount: {amount} must be above zero and at most the {left} still due on claim {communication}": (
        "Montant : {amount} doit être supérieur à zéro et au plus égal aux {left} encore dus sur la demande "
        "{communication}",
        "Bedrag: {amount} moet hoger zijn dan nul en ten hoogste de {left} die nog verschuldigd is op "
        "terugvordering {communication}"),
    "Date: {date} is before the claim of {claimed}": (
        "Date : le {date} précède la demande du {claimed}",
        "Datum: {date} ligt vóór de terugvordering van {claimed}"),
    # ---- reports
    "Years: the last year {to} is before the first {first}": (
        "Années : la dernière année {to} précède la première {first}",
        "Jaren: het laatste jaar {to} ligt vóór het eerste {first}"),
    "Years: {first} to {to} is more than 30 years": (
        "Années : de {first} à {to}, cela fait plus de 30 ans",
        "Jaren: van {first} tot {to} is meer dan 30 jaar"),
    "Beneficiary {ref} has no grant in {year}: there is no statement to write": (
        "Le bénéficiaire {ref} n'a aucune subvention en {year} : il n'y a pas de relevé à établir",
        "Begunstigde {ref} heeft geen subsidie in {year}: er is geen overzicht op te stellen"),
    # ---- demonstration data
    "Demo: the demonstration data needs a database file that two users can open (not {url})": (
        "Démo : les données de démonstration requièrent un fichier de base de données que deux utilisateurs "
        "peuvent ouvrir (pas {url})",
        "Demo: de demonstratiegegevens vereisen een databankbestand dat twee gebruikers kunnen openen (niet "
        "{url})"),
    # ---- roles and security
    "officer": ("gestionnaire", "dossierbeheerder"),
    "finance": ("finances", "financiën"),
    "auditor": ("auditeur", "auditor"),
    "admin": ("administrateur", "beheerder"),
    "Role: {value} is not one of officer, finance, auditor, admin": (
        "Rôle : {value} ne fait pas partie de officer, finance, auditor, admin",
        "Rol: {value} is niet een van officer, finance, auditor, admin"),
    "User: give the OS user name (no spaces, at most {n} characters)": (
        "Utilisateur : indiquez le nom d'utilisateur du système (sans espaces, au maximum {n} caractères)",
        "Gebruiker: geef de gebruikersnaam van het systeem (zonder spaties, ten hoogste {n} tekens)"),
    "Roles: nobody has a role yet; first give yourself the admin role (grants roles set {user} admin), so that you "
    "cannot lock yourself out": (
        "Rôles : personne n'a encore de rôle ; attribuez-vous d'abord le rôle admin (grants roles set {user} admin), "
        "afin de ne pas vous bloquer l'accès",
        "Rollen: niemand heeft al een rol; geef uzelf eerst de rol admin (grants roles set {user} admin), zodat u "
        "uzelf niet buitensluit"),
    "Roles: {user} is the last admin; name another admin first": (
        "Rôles : {user} est le dernier administrateur ; désignez d'abord un autre administrateur",
        "Rollen: {user} is de laatste beheerder; wijs eerst een andere beheerder aan"),
    "User {user} has no role to remove": (
        "L'utilisateur {user} n'a pas de rôle à retirer",
        "Gebruiker {user} heeft geen rol die kan worden ingetrokken"),
    "User {user} has no role in this database: ask an administrator": (
        "L'utilisateur {user} n'a pas de rôle dans cette base de données : adressez-vous à un administrateur",
        "Gebruiker {user} heeft geen rol in deze databank: richt u tot een beheerder"),
    "User {user} ({role}) may not do this: {permission} is not allowed for the role": (
        "L'utilisateur {user} ({role}) ne peut pas effectuer cette opération : {permission} n'est pas autorisé "
        "pour ce rôle",
        "Gebruiker {user} ({role}) mag dit niet doen: {permission} is niet toegestaan voor deze rol"),
    # ---- SEPA
    "Payments: no approved payment is waiting to be sent to the bank": (
        "Paiements : aucun paiement approuvé n'attend d'être envoyé à la banque",
        "Betalingen: er wacht geen goedgekeurde betaling om naar de bank te worden verstuurd"),
    "IBAN: beneficiary {ref} ({name}) has no valid account number; payment {id} of {amount} on grant {grant} "
    "cannot be sent": (
        "IBAN : le bénéficiaire {ref} ({name}) n'a pas de numéro de compte valide ; le paiement {id} de {amount} "
        "sur la subvention {grant} ne peut pas être envoyé",
        "IBAN: begunstigde {ref} ({name}) heeft geen geldig rekeningnummer; betaling {id} van {amount} op "
        "subsidie {grant} kan niet worden verstuurd"),
    # ---- snapshots
    "Snapshot: only a database file (SQLite) can be copied, not {url}": (
        "Instantané : seul un fichier de base de données (SQLite) peut être copié, pas {url}",
        "Momentopname: enkel een databankbestand (SQLite) kan worden gekopieerd, niet {url}"),
    "Snapshot: the database {path} does not exist": (
        "Instantané : la base de données {path} n'existe pas",
        "Momentopname: de databank {path} bestaat niet"),
    "Output: the snapshot cannot replace the database itself": (
        "Sortie : l'instantané ne peut pas remplacer la base de données elle-même",
        "Uitvoer: de momentopname kan de databank zelf niet vervangen"),
    "Output: {path} already exists; choose another file name": (
        "Sortie : {path} existe déjà ; choisissez un autre nom de fichier",
        "Uitvoer: {path} bestaat al; kies een andere bestandsnaam"),
    "Output: the folder {path} does not exist": (
        "Sortie : le dossier {path} n'existe pas",
        "Uitvoer: de map {path} bestaat niet"),
    "Snapshot: {path} is already a snapshot; copy the file itself": (
        "Instantané : {path} est déjà un instantané ; copiez le fichier lui-même",
        "Momentopname: {path} is al een momentopname; kopieer het bestand zelf"),
    "Not a snapshot: {path} has no manifest": (
        "Pas un instantané : {path} n'a pas de manifeste",
        "Geen momentopname: {path} heeft geen manifest"),
    "Damaged file: {path} does not exist or is not a file": (
        "Fichier endommagé : {path} n'existe pas ou n'est pas un fichier",
        "Beschadigd bestand: {path} bestaat niet of is geen bestand"),
    "Damaged file: {path} is not a SQLite database": (
        "Fichier endommagé : {path} n'est pas une base de données SQLite",
        "Beschadigd bestand: {path} is geen SQLite-databank"),
    "Damaged file: {path} cannot be opened ({detail})": (
        "Fichier endommagé : {path} ne peut pas être ouvert ({detail})",
        "Beschadigd bestand: {path} kan niet worden geopend ({detail})"),
    "Damaged file: the SQLite integrity check failed ({detail})": (
        "Fichier endommagé : le contrôle d'intégrité SQLite a échoué ({detail})",
        "Beschadigd bestand: de integriteitscontrole van SQLite is mislukt ({detail})"),
    "Damaged file: the manifest cannot be read ({detail})": (
        "Fichier endommagé : le manifeste est illisible ({detail})",
        "Beschadigd bestand: het manifest kan niet worden gelezen ({detail})"),
    "Not a snapshot: {path} has no manifest (take one with grants snapshot)": (
        "Pas un instantané : {path} n'a pas de manifeste (prenez-en un avec grants snapshot)",
        "Geen momentopname: {path} heeft geen manifest (neem er een met grants snapshot)"),
    "File altered: its bytes no longer match the seal written when the snapshot was taken": (
        "Fichier altéré : son contenu ne correspond plus au sceau écrit lors de la prise de l'instantané",
        "Bestand gewijzigd: de inhoud stemt niet meer overeen met de zegel die bij het nemen van de "
        "momentopname werd geschreven"),
    "Manifest altered: the manifest (date, author, source, counts, content hash) does not match its own hash": (
        "Manifeste altéré : le manifeste (date, auteur, source, décomptes, empreinte du contenu) ne correspond pas "
        "à sa propre empreinte",
        "Manifest gewijzigd: het manifest (datum, auteur, bron, aantallen, hash van de inhoud) stemt niet "
        "overeen met zijn eigen hash"),
    "Damaged file: the content cannot be read ({detail})": (
        "Fichier endommagé : le contenu est illisible ({detail})",
        "Beschadigd bestand: de inhoud kan niet worden gelezen ({detail})"),
    "Content altered: the content hash is {found}, the manifest says {expected}": (
        "Contenu altéré : l'empreinte du contenu est {found}, le manifeste indique {expected}",
        "Inhoud gewijzigd: de hash van de inhoud is {found}, het manifest vermeldt {expected}"),
    "Content altered: table {table} has {found} rows, the manifest says {expected}": (
        "Contenu altéré : la table {table} compte {found} lignes, le manifeste indique {expected}",
        "Inhoud gewijzigd: tabel {table} telt {found} rijen, het manifest vermeldt {expected}"),
    "Content altered: the content hash is {found}, not the {expected} sent with the snapshot": (
        "Contenu altéré : l'empreinte du contenu est {found}, et non {expected} transmise avec l'instantané",
        "Inhoud gewijzigd: de hash van de inhoud is {found}, niet de {expected} die met de momentopname werd "
        "meegestuurd"),
    "Audit chain broken: the audit trail cannot be read ({detail})": (
        "Chaîne d'audit rompue : le journal d'audit est illisible ({detail})",
        "Auditketen verbroken: de audittrail kan niet worden gelezen ({detail})"),
    "Audit chain broken at entry {id}: {reason}": (
        "Chaîne d'audit rompue à l'entrée {id} : {reason}",
        "Auditketen verbroken bij registratie {id}: {reason}"),
    # ---- validators
    "Enterprise number (BCE): {value} is not a valid Belgian enterprise number (10 digits, modulo-97 key)": (
        "Numéro d'entreprise (BCE) : {value} n'est pas un numéro d'entreprise belge valide (10 chiffres, clé "
        "modulo 97)",
        "Ondernemingsnummer (KBO): {value} is geen geldig Belgisch ondernemingsnummer (10 cijfers, "
        "controlegetal modulo 97)"),
    "IBAN: {value} is not a valid account number (ISO 13616 check digits)": (
        "IBAN : {value} n'est pas un numéro de compte valide (chiffres de contrôle ISO 13616)",
        "IBAN: {value} is geen geldig rekeningnummer (controlecijfers ISO 13616)"),
    "Structured communication: {value} is not valid (12 digits, the last two the first ten modulo 97)": (
        "Communication structurée : {value} n'est pas valide (12 chiffres, les deux derniers étant les dix "
        "premiers modulo 97)",
        "Gestructureerde mededeling: {value} is ongeldig (12 cijfers, de laatste twee zijn de eerste tien "
        "modulo 97)"),
    "{field}: {value} is not an amount in euro with at most 2 decimals": (
        "{field} : {value} n'est pas un montant en euros d'au plus 2 décimales",
        "{field}: {value} is geen bedrag in euro met ten hoogste 2 decimalen"),
    "{field}: {value} must not be negative": (
        "{field} : {value} ne peut pas être négatif",
        "{field}: {value} mag niet negatief zijn"),
    "{field}: {value} is not a date (expected 2024-03-31)": (
        "{field} : {value} n'est pas une date (format attendu : 2024-03-31)",
        "{field}: {value} is geen datum (verwacht formaat: 2024-03-31)"),
    "{field}: {value} is not a year": (
        "{field} : {value} n'est pas une année",
        "{field}: {value} is geen jaartal"),
    "PGSP measures: {code} is not a measure code (like 1.4)": (
        "Mesures du PGSP : {code} n'est pas un code de mesure (comme 1.4)",
        "Maatregelen van het GVPP: {code} is geen maatregelcode (zoals 1.4)"),
    "PGSP measures: measure {code} is listed twice": (
        "Mesures du PGSP : la mesure {code} figure deux fois",
        "Maatregelen van het GVPP: maatregel {code} komt twee keer voor"),
    "PGSP measures: share {share} of measure {code} is not a percentage": (
        "Mesures du PGSP : la part {share} de la mesure {code} n'est pas un pourcentage",
        "Maatregelen van het GVPP: het aandeel {share} van maatregel {code} is geen percentage"),
    "PGSP measures: give a share for every measure or for none": (
        "Mesures du PGSP : indiquez une part pour chaque mesure ou pour aucune",
        "Maatregelen van het GVPP: geef een aandeel voor elke maatregel of voor geen enkele"),
    "PGSP measures: the share of measure {code} must be above 0 and at most 100 ({share} %)": (
        "Mesures du PGSP : la part de la mesure {code} doit être supérieure à 0 et au plus égale à 100 ({share} %)",
        "Maatregelen van het GVPP: het aandeel van maatregel {code} moet hoger zijn dan 0 en ten hoogste 100 "
        "({share} %)"),
    "PGSP measures: the shares total {total} %, they must total 100 %": (
        "Mesures du PGSP : les parts totalisent {total} %, elles doivent totaliser 100 %",
        "Maatregelen van het GVPP: de aandelen bedragen samen {total} %, ze moeten samen 100 % bedragen"),
    "{label}: this field is required": (
        "{label} : ce champ est obligatoire",
        "{label}: dit veld is verplicht"),
    "{label}: at most {max} characters": (
        "{label} : au maximum {max} caractères",
        "{label}: ten hoogste {max} tekens"),
}

CTX = {
    ("rules", "FAIL"): ("ÉCHEC", "FOUT"),
    ("rules", "Application {ref} is not part of this call"): (
        "La candidature {ref} ne fait pas partie de cet appel", "Kandidatuur {ref} maakt geen deel uit van deze oproep"),
    ("rules", "{where}: {message}"): ("{where} : {message}", "{where}: {message}"),
    # stored codes shown inside messages (grants/services/vocabulary.py)
    ("values", 'activities'): ('activités', 'activiteiten'),
    ("values", 'admin'): ('administrateur', 'beheerder'),
    ("values", 'administration'): ('administration', 'administratie'),
    ("values", 'advance'): ('avance', 'voorschot'),
    ("values", 'advance_paid'): ('avance payée', 'voorschot betaald'),
    ("values", 'approved'): ('approuvé', 'goedgekeurd'),
    ("values", 'asbl_communal'): ('ASBL communale', 'gemeentelijke vzw'),
    ("values", 'asbl_private'): ('ASBL privée', 'private vzw'),
    ("values", 'auditor'): ('auditeur', 'auditor'),
    ("values", 'balance'): ('solde', 'saldo'),
    ("values", 'balance_paid'): ('solde payé', 'saldo betaald'),
    ("values", 'budget_agreement'): ('accord du ministre du Budget', 'akkoord van de minister van Begroting'),
    ("values", 'call_for_projects'): ('appel à projets', 'projectoproep'),
    ("values", 'cancelled'): ('annulé', 'geannuleerd'),
    ("values", 'closed'): ('clôturée', 'afgesloten'),
    ("values", 'committed'): ('engagée', 'vastgelegd'),
    ("values", 'commune'): ('commune', 'gemeente'),
    ("values", 'communication'): ('communication', 'communicatie'),
    ("values", 'decided'): ('décidée', 'beslist'),
    ("values", 'direct_grant'): ('subvention directe', 'rechtstreekse subsidie'),
    ("values", 'draft'): ('brouillon', 'ontwerp'),
    ("values", 'finance'): ('finances', 'financiën'),
    ("values", 'financial'): ('charges financières et exceptionnelles', 'financiële en uitzonderlijke kosten'),
    ("values", 'fr'): ('français', 'Frans'),
    ("values", 'government_decision'): ('décision du Gouvernement', 'beslissing van de Regering'),
    ("values", 'inspection_finances'): ("avis de l'Inspection des Finances", 'advies van de Inspectie van Financiën'),
    ("values", 'investment'): ('investissements et amortissements', 'investeringen en afschrijvingen'),
    ("values", 'justified'): ('justifiée', 'verantwoord'),
    ("values", 'local_plan'): ('plan local de prévention et de proximité', 'lokaal preventie- en buurtplan'),
    ("values", 'nl'): ('néerlandais', 'Nederlands'),
    ("values", 'officer'): ('gestionnaire', 'dossierbeheerder'),
    ("values", 'open'): ('ouverte', 'open'),
    ("values", 'other'): ('autre', 'ander'),
    ("values", 'paid'): ('payée', 'betaald'),
    ("values", 'police_fund'): ('Fonds Sommets européens', 'Fonds Europese Toppen'),
    ("values", 'police_zone'): ('zone de police', 'politiezone'),
    ("values", 'prepared'): ('préparé', 'voorbereid'),
    ("values", 'recovery'): ('récupération', 'terugvordering'),
    ("values", 'regional_body'): ('organisme régional (OAA)', 'gewestelijke instelling (ABI)'),
    ("values", 'rent'): ('loyers et charges', 'huur en lasten'),
    ("values", 'staff'): ('personnel', 'personeel'),
    ("values", 'taxes'): ('impôts et taxes', 'belastingen'),
    ("values", 'third_parties'): ('tiers et honoraires', 'derden en erelonen'),
    ("values", 'training_school'): ('école de formation', 'opleidingsschool'),
}
