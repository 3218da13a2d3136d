<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
    <context>
        <name>AuditChecksPage</name>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="455" />
            <source>Audit checks</source>
            <translation>Contrôles d'audit</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="456" />
            <source>&amp;Year</source>
            <translation>&amp;Année</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="457" />
            <source>Overdue &amp;as of</source>
            <translation>En retard &amp;au</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="458" />
            <source>&amp;Run the checks</source>
            <translation>&amp;Lancer les contrôles</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="459" />
            <source>&amp;Report (Excel or PDF)…</source>
            <translation>&amp;Rapport (Excel ou PDF)…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="460" />
            <source>Check</source>
            <translation>Contrôle</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="460" />
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="460" />
            <source>Records checked</source>
            <translation>Enregistrements contrôlés</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="460" />
            <source>At fault</source>
            <translation>En défaut</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="462" />
            <location filename="../../grants/ui/audit_page.py" line="470" />
            <location filename="../../grants/ui/audit_page.py" line="510" />
            <source>all years</source>
            <translation>toutes les années</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="496" />
            <source>Running the audit checks…</source>
            <translation>Contrôles d'audit en cours…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="506" />
            <source>Press Run to check the data.</source>
            <translation>Cliquez sur Lancer les contrôles pour vérifier les données.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="511" />
            <source>All ten checks pass (%1).</source>
            <translation>Les dix contrôles sont conformes (%1).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/audit_page.py" line="511" />
            <source>%n checks fail (%1).</source>
            <translation>
                <numerusform>%n contrôle en échec (%1).</numerusform>
                <numerusform>%n contrôles en échec (%1).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="514" />
            <source>Snapshot of %1 by %2.</source>
            <translation>Instantané du %1 par %2.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="521" />
            <source>pass</source>
            <translation>conforme</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="521" />
            <source>FAIL</source>
            <translation>ÉCHEC</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="548" />
            <source>Save the audit report</source>
            <translation>Enregistrer le rapport d'audit</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="549" />
            <source>Excel workbook (*.xlsx);;PDF document (*.pdf)</source>
            <translation>Classeur Excel (*.xlsx);;Document PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="555" />
            <source>Writing the audit report…</source>
            <translation>Rédaction du rapport d'audit…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="558" />
            <source>Report saved: %1</source>
            <translation>Rapport enregistré : %1</translation>
        </message>
    </context>
    <context>
        <name>AuditTrailPage</name>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="234" />
            <source>Audit trail</source>
            <translation>Journal d'audit</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="235" />
            <source>Record &amp;type</source>
            <translation>&amp;Type d'enregistrement</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="236" />
            <source>&amp;Record</source>
            <translation>&amp;Enregistrement</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="237" />
            <source>identifier or reference (G-2024-00012)</source>
            <translation>identifiant ou référence (G-2024-00012)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="238" />
            <source>&amp;User</source>
            <translation>&amp;Utilisateur</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="239" />
            <source>&amp;From</source>
            <translation>&amp;Du</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="240" />
            <source>&amp;To</source>
            <translation>A&amp;u</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="242" />
            <source>any date</source>
            <translation>toute date</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="243" />
            <source>&amp;Search</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="244" />
            <source>C&amp;lear filters</source>
            <translation>&amp;Effacer les filtres</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="245" />
            <source>E&amp;xport to Excel…</source>
            <translation>E&amp;xporter vers Excel…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="246" />
            <source>&amp;Verify the chain</source>
            <translation>&amp;Vérifier la chaîne</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="247" />
            <source>Load &amp;more</source>
            <translation>Charger &amp;plus</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="248" />
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="248" />
            <source>When (UTC)</source>
            <translation>Quand (UTC)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="248" />
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="248" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="249" />
            <source>Record type</source>
            <translation>Type d'enregistrement</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="249" />
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="249" />
            <source>Changes</source>
            <translation>Modifications</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="250" />
            <source>created</source>
            <translation>création</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="250" />
            <source>changed</source>
            <translation>modification</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="251" />
            <source>deleted</source>
            <translation>suppression</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="253" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="253" />
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="253" />
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="255" />
            <location filename="../../grants/ui/audit_page.py" line="266" />
            <source>all</source>
            <translation>tous</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="256" />
            <location filename="../../grants/ui/audit_page.py" line="267" />
            <source>everyone</source>
            <translation>tout le monde</translation>
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/audit_page.py" line="329" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n entrée</numerusform>
                <numerusform>%n entrées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="330" />
            <source> (the newest %1 shown)</source>
            <translation> (les %1 plus récentes affichées)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="337" />
            <source>Select an entry to see its fields before and after.</source>
            <translation>Sélectionnez une entrée pour voir ses champs avant et après.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="340" />
            <source>Entry %1: %2 %3 %4 by %5 on %6</source>
            <translation>Entrée %1 : %2 de %3 %4 par %5 le %6</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="363" />
            <source>Export the audit trail</source>
            <translation>Exporter le journal d'audit</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="364" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="373" />
            <source>%1 entries exported to %2</source>
            <translation>%1 entrées exportées vers %2</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="375" />
            <source>Exporting the audit trail…</source>
            <translation>Exportation du journal d'audit…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="385" />
            <source>Audit trail altered</source>
            <translation>Journal d'audit altéré</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="386" />
            <source>The audit trail was changed outside the application:</source>
            <translation>Le journal d'audit a été modifié en dehors de l'application :</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="388" />
            <source>Audit trail intact</source>
            <translation>Journal d'audit intact</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="389" />
            <source>Every entry matches its hash and follows the previous one: nothing was edited or deleted outside the application.</source>
            <translation>Chaque entrée correspond à son empreinte et suit la précédente : rien n'a été modifié ni supprimé en dehors de l'application.</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="80" />
            <source>Justification overdue</source>
            <translation>Justification en retard</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="146" />
            <source>Granted in %1</source>
            <translation>Octroyé en %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/dashboard.py" line="147" />
            <source>%n grant(s)</source>
            <translation>
                <numerusform>%n subvention</numerusform>
                <numerusform>%n subventions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="148" />
            <source>Paid in %1</source>
            <translation>Payé en %1</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="149" />
            <source>Justifications overdue</source>
            <translation>Justifications en retard</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="150" />
            <source>grants of %1</source>
            <translation>subventions pour %1</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="151" />
            <source>Open recoveries</source>
            <translation>Récupérations en cours</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="152" />
            <source>%1 to recover</source>
            <translation>%1 à récupérer</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="153" />
            <source>Payments to approve</source>
            <translation>Paiements à approuver</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="163" />
            <source>thousand EUR</source>
            <translation>milliers d'EUR</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="174" />
            <source>Commitments against credits per budget line</source>
            <translation>Engagements et crédits par allocation de base</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="176" />
            <source>Commitment credits</source>
            <translation>Crédits d'engagement</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="176" />
            <source>Reserved by grants</source>
            <translation>Réservé par les subventions</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="176" />
            <source>Committed</source>
            <translation>Engagé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="193" />
            <source>Budget line %1</source>
            <translation>Allocation de base %1</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="201" />
            <source>Amounts granted per beneficiary category</source>
            <translation>Montants octroyés par catégorie de bénéficiaires</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="222" />
            <source>Amounts per PGSP thematic</source>
            <translation>Montants par thématique du PGSP</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="224" />
            <source>Granted</source>
            <translation>Octroyé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="258" />
            <source>Payments per month</source>
            <translation>Paiements par mois</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="260" />
            <source>Paid</source>
            <translation>Payé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="281" />
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="282" />
            <source>Year:</source>
            <translation>Année :</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="77" />
            <source>Grants of %1</source>
            <translation>Subventions de %1</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="78" />
            <source>Payments of %1</source>
            <translation>Paiements de %1</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../grants/ui/errors.py" line="90" />
            <source>Nothing was saved.</source>
            <translation>Rien n'a été enregistré.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/errors.py" line="90" />
            <source>Nothing was saved:</source>
            <translation>Rien n'a été enregistré :</translation>
        </message>
        <message>
            <location filename="../../grants/ui/errors.py" line="92" />
            <source>Refused</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/errors.py" line="102" />
            <source>Something went wrong: {message}</source>
            <translation>Une erreur s'est produite : {message}</translation>
        </message>
        <message>
            <location filename="../../grants/ui/errors.py" line="100" />
            <source>The details were written to the log file:
{path}</source>
            <translation>Les détails ont été écrits dans le fichier journal :
{path}</translation>
        </message>
        <message>
            <location filename="../../grants/ui/errors.py" line="101" />
            <source>Unexpected error</source>
            <translation>Erreur inattendue</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="44" />
            <source>10 digits, for example 0403.019.261</source>
            <translation>10 chiffres, par exemple 0403.019.261</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="376" />
            <source>A balance payment of {amount} will be prepared.</source>
            <translation>Un paiement du solde de {amount} sera préparé.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="567" />
            <source>A claim is cancelled only by decision (waiver, error): say why.</source>
            <translation>Une demande de remboursement n'est annulée que sur décision (renonciation, erreur) : indiquez le motif.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="484" />
            <source>A closed grant releases what stays committed beyond what was spent.</source>
            <translation>La clôture de la subvention libère ce qui reste engagé au-delà des dépenses.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="406" />
            <source>A new grant starts as a draft: its amount is reserved on the budget line.</source>
            <translation>Une nouvelle subvention commence comme brouillon : son montant est réservé sur l'allocation de base.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="225" />
            <source>A payment not yet approved can be cancelled; its credits are freed.</source>
            <translation>Un paiement non encore approuvé peut être annulé ; ses crédits sont libérés.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="545" />
            <source>A payment waits for approval by another person.</source>
            <translation>Un paiement attend l'approbation d'une autre personne.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="378" />
            <source>A recovery claim of {amount} will be raised.</source>
            <translation>Une demande de remboursement de {amount} sera émise.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="380" />
            <location filename="../../grants/ui/forms/workflows.py" line="264" />
            <source>Accepted</source>
            <translation>Accepté</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="479" />
            <location filename="../../grants/ui/forms/workflows.py" line="382" />
            <source>Accepted expenses</source>
            <translation>Dépenses acceptées</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="75" />
            <source>Add a contact</source>
            <translation>Ajouter un contact</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="95" />
            <source>Add a measure</source>
            <translation>Ajouter une mesure</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="63" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="130" />
            <location filename="../../grants/ui/forms/programme.py" line="266" />
            <location filename="../../grants/ui/forms/programme.py" line="488" />
            <location filename="../../grants/ui/forms/workflows.py" line="257" />
            <source>Admissibility</source>
            <translation>Recevabilité</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="85" />
            <source>Admissibility…</source>
            <translation>Recevabilité…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="379" />
            <location filename="../../grants/ui/forms/programme.py" line="75" />
            <location filename="../../grants/ui/forms/programme.py" line="271" />
            <location filename="../../grants/ui/forms/programme.py" line="484" />
            <source>Admissible</source>
            <translation>Recevable</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="161" />
            <source>Advance limit</source>
            <translation>Plafond de l'avance</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="322" />
            <location filename="../../grants/ui/forms/grant.py" line="463" />
            <location filename="../../grants/ui/forms/programme.py" line="416" />
            <source>Advance share</source>
            <translation>Part de l'avance</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="59" />
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="124" />
            <source>Already committed</source>
            <translation>Déjà engagé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="159" />
            <location filename="../../grants/ui/forms/workflows.py" line="383" />
            <source>Already paid</source>
            <translation>Déjà payé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="448" />
            <source>Amend the grant</source>
            <translation>Modifier la subvention par avenant</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="385" />
            <source>Amendments</source>
            <translation>Avenants</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="286" />
            <source>Amend…</source>
            <translation>Avenant…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="321" />
            <location filename="../../grants/ui/forms/grant.py" line="375" />
            <location filename="../../grants/ui/forms/grant.py" line="377" />
            <location filename="../../grants/ui/forms/grant.py" line="381" />
            <location filename="../../grants/ui/forms/payment.py" line="113" />
            <location filename="../../grants/ui/forms/workflows.py" line="90" />
            <location filename="../../grants/ui/forms/workflows.py" line="128" />
            <location filename="../../grants/ui/forms/workflows.py" line="172" />
            <location filename="../../grants/ui/forms/workflows.py" line="209" />
            <location filename="../../grants/ui/forms/workflows.py" line="228" />
            <location filename="../../grants/ui/forms/workflows.py" line="524" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="376" />
            <source>Amount change</source>
            <translation>Variation du montant</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="458" />
            <source>Amount change (+/−)</source>
            <translation>Variation du montant (+/−)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="449" />
            <source>An amendment (avenant) changes the amount and/or the period, dated and reasoned. A cut releases what is no longer granted.</source>
            <translation>Un avenant modifie le montant et/ou la période ; il est daté et motivé. Une réduction libère ce qui n'est plus octroyé.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="267" />
            <source>An application that is not admissible is not scored; say why.</source>
            <translation>Une candidature non recevable n'est pas cotée ; indiquez pourquoi.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="74" />
            <location filename="../../grants/ui/forms/programme.py" line="233" />
            <location filename="../../grants/ui/forms/programme.py" line="307" />
            <source>Applicant</source>
            <translation>Candidat</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="454" />
            <location filename="../../grants/ui/forms/programme.py" line="471" />
            <source>Application</source>
            <translation>Candidature</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="72" />
            <source>Applications</source>
            <translation>Candidatures</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="203" />
            <source>Approve</source>
            <translation>Approuver</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="92" />
            <source>Approve payments</source>
            <translation>Approbation des paiements</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="203" />
            <source>Approve the payment</source>
            <translation>Approuver le paiement</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="279" />
            <source>Approve the payment…</source>
            <translation>Approuver le paiement…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="91" />
            <source>Approve the selected payments</source>
            <translation>Approuver les paiements sélectionnés</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="378" />
            <location filename="../../grants/ui/forms/payment.py" line="115" />
            <source>Approved by</source>
            <translation>Approuvé par</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="79" />
            <source>Approve…</source>
            <translation>Approuver…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="204" />
            <source>Approving releases the payment. Who prepared a payment may not approve it (except when one person works alone on this database).</source>
            <translation>L'approbation libère le paiement. La personne qui a préparé un paiement ne peut pas l'approuver (sauf si une seule personne travaille sur cette base de données).</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="48" />
            <source>BIC</source>
            <translation>BIC</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="479" />
            <location filename="../../grants/ui/forms/grant.py" line="483" />
            <location filename="../../grants/ui/forms/workflows.py" line="384" />
            <source>Balance</source>
            <translation>Solde</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="369" />
            <source>Balance = the accepted expenses (at most the amount granted) minus what was already paid.</source>
            <translation>Solde = les dépenses acceptées (au plus le montant octroyé) moins ce qui a déjà été payé.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="430" />
            <source>Balance payment of {amount} prepared; it waits for approval.</source>
            <translation>Paiement du solde de {amount} préparé ; il attend l'approbation.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="46" />
            <source>Bank account (IBAN)</source>
            <translation>Compte bancaire (IBAN)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="526" />
            <source>Bank statement reference</source>
            <translation>Référence de l'extrait de compte</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="59" />
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="29" />
            <location filename="../../grants/ui/forms/beneficiary.py" line="120" />
            <location filename="../../grants/ui/forms/grant.py" line="306" />
            <location filename="../../grants/ui/forms/grant.py" line="458" />
            <source>Beneficiary</source>
            <translation>Bénéficiaire</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="19" />
            <location filename="../../grants/ui/forms/budget_line.py" line="57" />
            <location filename="../../grants/ui/forms/grant.py" line="314" />
            <location filename="../../grants/ui/forms/grant.py" line="459" />
            <location filename="../../grants/ui/forms/programme.py" line="415" />
            <source>Budget line</source>
            <translation>Allocation de base</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="228" />
            <source>Call</source>
            <translation>Appel à projets</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="70" />
            <source>Call closes</source>
            <translation>Clôture de l'appel</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="69" />
            <source>Call opens</source>
            <translation>Ouverture de l'appel</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="591" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="95" />
            <source>Cancel payments</source>
            <translation>Annulation des paiements</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="566" />
            <source>Cancel the claim</source>
            <translation>Annuler la demande</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="106" />
            <location filename="../../grants/ui/forms/grant.py" line="285" />
            <location filename="../../grants/ui/forms/payment.py" line="146" />
            <source>Cancel the claim…</source>
            <translation>Annuler la demande de remboursement…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="224" />
            <source>Cancel the payment</source>
            <translation>Annuler le paiement</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="280" />
            <location filename="../../grants/ui/forms/payment.py" line="80" />
            <source>Cancel the payment…</source>
            <translation>Annuler le paiement…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="566" />
            <source>Cancel the recovery claim</source>
            <translation>Annuler la demande de remboursement</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="94" />
            <source>Cancel the selected payments</source>
            <translation>Annuler les paiements sélectionnés</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="192" />
            <source>Cancelled: nothing was imported.</source>
            <translation>Annulé : rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="380" />
            <source>Categories</source>
            <translation>Catégories</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="42" />
            <location filename="../../grants/ui/forms/workflows.py" line="264" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="379" />
            <location filename="../../grants/ui/forms/workflows.py" line="254" />
            <source>Checked on</source>
            <translation>Vérifiée le</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="99" />
            <source>Checking the workbook…</source>
            <translation>Vérification du classeur…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="620" />
            <location filename="../../grants/ui/forms/programme.py" line="253" />
            <source>Choose a beneficiary from the list</source>
            <translation>Choisissez un bénéficiaire dans la liste</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="623" />
            <location filename="../../grants/ui/forms/programme.py" line="434" />
            <source>Choose a budget line</source>
            <translation>Choisissez une allocation de base</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="250" />
            <source>Choose a call</source>
            <translation>Choisissez un appel à projets</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="93" />
            <source>Choose a grant from the list</source>
            <translation>Choisissez une subvention dans la liste</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="632" />
            <source>Choose a measure on every row, or remove the empty row</source>
            <translation>Choisissez une mesure sur chaque ligne, ou supprimez la ligne vide</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="48" />
            <source>Choose a workbook…</source>
            <translation>Choisir un classeur…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="510" />
            <source>Choose admissible or not admissible</source>
            <translation>Choisissez recevable ou non recevable</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="379" />
            <location filename="../../grants/ui/forms/payment.py" line="161" />
            <location filename="../../grants/ui/forms/workflows.py" line="264" />
            <location filename="../../grants/ui/forms/workflows.py" line="507" />
            <source>Claimed</source>
            <translation>Demandé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="478" />
            <source>Claimed expenses</source>
            <translation>Dépenses déclarées</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="88" />
            <location filename="../../grants/ui/forms/budget_line.py" line="39" />
            <location filename="../../grants/ui/forms/grant.py" line="265" />
            <location filename="../../grants/ui/forms/import_dialog.py" line="70" />
            <location filename="../../grants/ui/forms/payment.py" line="76" />
            <location filename="../../grants/ui/forms/payment.py" line="82" />
            <location filename="../../grants/ui/forms/payment.py" line="140" />
            <location filename="../../grants/ui/forms/payment.py" line="149" />
            <location filename="../../grants/ui/forms/programme.py" line="103" />
            <location filename="../../grants/ui/forms/programme.py" line="352" />
            <location filename="../../grants/ui/forms/programme.py" line="494" />
            <location filename="../../grants/ui/forms/workflows.py" line="436" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="483" />
            <source>Close the grant</source>
            <translation>Clôturer la subvention</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="287" />
            <source>Close the grant…</source>
            <translation>Clôturer la subvention…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="123" />
            <source>Close the selected grants (today)</source>
            <translation>Clôturer les subventions sélectionnées (aujourd'hui)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="165" />
            <source>Closed on</source>
            <translation>Clôturée le</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="487" />
            <source>Closing date</source>
            <translation>Date de clôture</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="124" />
            <source>Closures</source>
            <translation>Clôtures</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="26" />
            <source>Code (allocation de base)</source>
            <translation>Code (allocation de base)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="240" />
            <source>Codes separated by ';', each with its share if not equal: 1.4:60; 2.1:40</source>
            <translation>Codes séparés par « ; », chacun avec sa part si elles ne sont pas égales : 1.4:60; 2.1:40</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="60" />
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="116" />
            <source>Commit</source>
            <translation>Engager</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="116" />
            <source>Commit the grant</source>
            <translation>Engager la subvention</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="120" />
            <source>Commit the selected grants (today, whole amount)</source>
            <translation>Engager les subventions sélectionnées (aujourd'hui, montant total)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="29" />
            <source>Commitment credits (CE)</source>
            <translation>Crédits d'engagement (CE)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="63" />
            <source>Commitment credits available</source>
            <translation>Crédits d'engagement disponibles</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="126" />
            <source>Commitment date</source>
            <translation>Date d'engagement</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="130" />
            <source>Commitment reference</source>
            <translation>Référence de l'engagement</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="121" />
            <location filename="../../grants/ui/forms/grant.py" line="384" />
            <source>Commitments</source>
            <translation>Engagements</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="62" />
            <location filename="../../grants/ui/forms/grant.py" line="477" />
            <location filename="../../grants/ui/forms/workflows.py" line="158" />
            <source>Committed</source>
            <translation>Engagé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="277" />
            <source>Commit…</source>
            <translation>Engager…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="53" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="65" />
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="74" />
            <source>Continue…</source>
            <translation>Continuer…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="400" />
            <source>Create the draft grants</source>
            <translation>Créer les subventions en brouillon</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="76" />
            <location filename="../../grants/ui/forms/grant.py" line="96" />
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="87" />
            <location filename="../../grants/ui/forms/budget_line.py" line="38" />
            <location filename="../../grants/ui/forms/grant.py" line="264" />
            <location filename="../../grants/ui/forms/programme.py" line="102" />
            <source>Ctrl+S</source>
            <translation>Ctrl+S</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="374" />
            <location filename="../../grants/ui/forms/grant.py" line="375" />
            <location filename="../../grants/ui/forms/grant.py" line="376" />
            <location filename="../../grants/ui/forms/grant.py" line="377" />
            <location filename="../../grants/ui/forms/grant.py" line="381" />
            <location filename="../../grants/ui/forms/payment.py" line="112" />
            <location filename="../../grants/ui/forms/payment.py" line="160" />
            <location filename="../../grants/ui/forms/workflows.py" line="63" />
            <location filename="../../grants/ui/forms/workflows.py" line="208" />
            <location filename="../../grants/ui/forms/workflows.py" line="227" />
            <location filename="../../grants/ui/forms/workflows.py" line="386" />
            <location filename="../../grants/ui/forms/workflows.py" line="454" />
            <location filename="../../grants/ui/forms/workflows.py" line="570" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="125" />
            <source>Decided on</source>
            <translation>Arrêté du</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="376" />
            <location filename="../../grants/ui/forms/grant.py" line="464" />
            <location filename="../../grants/ui/forms/programme.py" line="274" />
            <source>Decision</source>
            <translation>Arrêté</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="94" />
            <source>Decision date</source>
            <translation>Date de l'arrêté</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="92" />
            <location filename="../../grants/ui/forms/workflows.py" line="462" />
            <source>Decision reference</source>
            <translation>Référence de l'arrêté</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="116" />
            <location filename="../../grants/ui/forms/workflows.py" line="180" />
            <location filename="../../grants/ui/forms/workflows.py" line="388" />
            <source>Derogation</source>
            <translation>Dérogation</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="373" />
            <location filename="../../grants/ui/forms/workflows.py" line="265" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="135" />
            <source>Deselect</source>
            <translation>Désélectionner</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="519" />
            <source>Discard changes</source>
            <translation>Abandonner les modifications</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="382" />
            <location filename="../../grants/ui/forms/payment.py" line="162" />
            <location filename="../../grants/ui/forms/workflows.py" line="509" />
            <source>Due by</source>
            <translation>À payer au plus tard le</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="66" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="401" />
            <source>Each selected application becomes a draft grant of its requested amount, all together or none (credits, measures).</source>
            <translation>Chaque candidature sélectionnée devient une subvention en brouillon du montant demandé, toutes ensemble ou aucune (crédits, mesures).</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="308" />
            <source>Effectiveness</source>
            <translation>Efficacité</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="308" />
            <source>Efficiency</source>
            <translation>Efficience</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="43" />
            <source>Enterprise number (BCE/KBO)</source>
            <translation>Numéro d'entreprise (BCE)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="68" />
            <source>Envelope</source>
            <translation>Enveloppe</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="100" />
            <source>Equal shares</source>
            <translation>Parts égales</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="264" />
            <source>Evidence reference</source>
            <translation>Référence de la pièce justificative</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="79" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Classeurs Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="33" />
            <source>Execution</source>
            <translation>Exécution</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="260" />
            <source>Expenses by category</source>
            <translation>Dépenses par catégorie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="59" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="366" />
            <source>Figures</source>
            <translation>Chiffres</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="542" />
            <source>Fill in the draft and save it (Ctrl+S); then record the opinions and the decision.</source>
            <translation>Complétez le brouillon et enregistrez-le (Ctrl+S) ; enregistrez ensuite les avis et l'arrêté.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="25" />
            <source>Fiscal year</source>
            <translation>Exercice budgétaire</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="56" />
            <source>Fiscal year {year} · {n} grants</source>
            <translation>Exercice {year} · {n} subventions</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="66" />
            <source>Function</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="227" />
            <location filename="../../grants/ui/forms/grant.py" line="364" />
            <location filename="../../grants/ui/forms/grant.py" line="412" />
            <location filename="../../grants/ui/forms/payment.py" line="73" />
            <location filename="../../grants/ui/forms/programme.py" line="75" />
            <location filename="../../grants/ui/forms/programme.py" line="478" />
            <source>Grant</source>
            <translation>Subvention</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="477" />
            <location filename="../../grants/ui/forms/workflows.py" line="123" />
            <location filename="../../grants/ui/forms/workflows.py" line="157" />
            <location filename="../../grants/ui/forms/workflows.py" line="381" />
            <source>Granted</source>
            <translation>Octroyé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="67" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="37" />
            <location filename="../../grants/ui/forms/import_dialog.py" line="78" />
            <source>Import a workbook</source>
            <translation>Importer un classeur</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="178" />
            <source>Imported: {add} records added, {change} changed.</source>
            <translation>Importé : {add} enregistrements ajoutés, {change} modifiés.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="169" />
            <source>Importing the workbook…</source>
            <translation>Importation du classeur…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="326" />
            <location filename="../../grants/ui/forms/grant.py" line="462" />
            <location filename="../../grants/ui/forms/programme.py" line="420" />
            <source>Justification deadline</source>
            <translation>Date limite de justification</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="385" />
            <source>Justifications</source>
            <translation>Justifications</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="520" />
            <source>Keep editing</source>
            <translation>Continuer l'encodage</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="229" />
            <source>Keep it</source>
            <translation>Le conserver</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="489" />
            <source>Keep it open</source>
            <translation>La laisser ouverte</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="574" />
            <source>Keep the claim</source>
            <translation>Maintenir la demande</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="377" />
            <location filename="../../grants/ui/forms/payment.py" line="112" />
            <location filename="../../grants/ui/forms/programme.py" line="63" />
            <location filename="../../grants/ui/forms/workflows.py" line="168" />
            <location filename="../../grants/ui/forms/workflows.py" line="208" />
            <location filename="../../grants/ui/forms/workflows.py" line="227" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="28" />
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="62" />
            <source>Language of correspondence</source>
            <translation>Langue de correspondance</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="164" />
            <source>Last reminder</source>
            <translation>Dernier rappel</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="35" />
            <source>Left empty, a reference is given (B-00001)</source>
            <translation>Si vide, une référence est attribuée (B-00001)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="58" />
            <source>Left empty, a reference is given (P-2024-001)</source>
            <translation>Si vide, une référence est attribuée (P-2024-001)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="38" />
            <source>Left empty, the French name is used</source>
            <translation>Si vide, le nom en français est utilisé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="392" />
            <source>Left empty: 30 days after the claim</source>
            <translation>Si vide : 30 jours après la demande</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="129" />
            <source>Mark admissible</source>
            <translation>Déclarer recevable</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="373" />
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="384" />
            <source>Measures</source>
            <translation>Mesures</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="518" />
            <source>Money received against the claim. When nothing is left due, the claim is paid and the grant closes.</source>
            <translation>Somme reçue en remboursement. Lorsque plus rien n'est dû, la demande est soldée et la subvention est clôturée.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="66" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="37" />
            <source>Name (Dutch)</source>
            <translation>Nom (néerlandais)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="36" />
            <source>Name (French)</source>
            <translation>Nom (français)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="29" />
            <source>New beneficiary</source>
            <translation>Nouveau bénéficiaire</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="19" />
            <source>New budget line</source>
            <translation>Nouvelle allocation de base</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="227" />
            <source>New grant</source>
            <translation>Nouvelle subvention</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="376" />
            <source>New period</source>
            <translation>Nouvelle période</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="461" />
            <source>New period end</source>
            <translation>Nouvelle fin de période</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="460" />
            <source>New period start</source>
            <translation>Nouveau début de période</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="52" />
            <source>New programme or call</source>
            <translation>Nouveau programme ou appel à projets</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="559" />
            <source>Next: close the grant.</source>
            <translation>Étape suivante : clôturer la subvention.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="553" />
            <source>Next: commit the grant on budget line {code}.</source>
            <translation>Étape suivante : engager la subvention sur l'allocation de base {code}.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="560" />
            <source>Next: follow the recovery claim.</source>
            <translation>Étape suivante : suivre la demande de remboursement.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="554" />
            <source>Next: prepare the advance, or receive the justification.</source>
            <translation>Étape suivante : préparer l'avance, ou réceptionner la justification.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="555" />
            <source>Next: receive the justification (deadline {date}).</source>
            <translation>Étape suivante : réceptionner la justification (date limite {date}).</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="551" />
            <source>Next: record the opinions the amount requires ({missing}), then the decision.</source>
            <translation>Étape suivante : enregistrer les avis requis pour ce montant ({missing}), puis l'arrêté.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="557" />
            <source>Next: settle the grant (balance {amount}).</source>
            <translation>Étape suivante : régler le solde de la subvention (solde {amount}).</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="508" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="348" />
            <source>No admissible application yet: record the admissibility first.</source>
            <translation>Aucune candidature recevable pour l'instant : enregistrez d'abord la recevabilité.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="47" />
            <source>No workbook chosen</source>
            <translation>Aucun classeur choisi</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="272" />
            <location filename="../../grants/ui/forms/programme.py" line="485" />
            <source>Not admissible</source>
            <translation>Non recevable</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="483" />
            <source>Not decided</source>
            <translation>Non décidé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="258" />
            <source>Notes</source>
            <translation>Remarques</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="380" />
            <source>Nothing is due either way: the grant will be closed.</source>
            <translation>Rien n'est dû de part et d'autre : la subvention sera clôturée.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="433" />
            <source>Nothing was due: the grant is closed.</source>
            <translation>Rien n'était dû : la subvention est clôturée.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="465" />
            <location filename="../../grants/ui/forms/workflows.py" line="96" />
            <source>Notified on</source>
            <translation>Notifiée le</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="77" />
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="87" />
            <source>Open the application</source>
            <translation>Ouvrir la candidature</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="81" />
            <location filename="../../grants/ui/forms/payment.py" line="148" />
            <source>Open the grant</source>
            <translation>Ouvrir la subvention</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="138" />
            <source>Open the grant, receive its justification, then Settle: when more was paid than accepted, the claim is raised with its structured communication.</source>
            <translation>Ouvrez la subvention, réceptionnez sa justification, puis Régler le solde : si le montant payé dépasse le montant accepté, la demande de remboursement est émise avec sa communication structurée.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="374" />
            <location filename="../../grants/ui/forms/workflows.py" line="62" />
            <source>Opinion</source>
            <translation>Avis</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="384" />
            <source>Opinions</source>
            <translation>Avis</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="52" />
            <source>Opinions and agreements the amount requires are recorded before the decision.</source>
            <translation>Les avis et accords requis pour ce montant sont enregistrés avant l'arrêté.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="91" />
            <source>Opinions required</source>
            <translation>Avis requis</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="385" />
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="87" />
            <source>PGSP measure</source>
            <translation>Mesure du PGSP</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="333" />
            <location filename="../../grants/ui/forms/programme.py" line="239" />
            <location filename="../../grants/ui/forms/programme.py" line="474" />
            <source>PGSP measures</source>
            <translation>Mesures du PGSP</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="477" />
            <source>Paid</source>
            <translation>Payé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="478" />
            <source>Paid back</source>
            <translation>Remboursé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="64" />
            <source>Paid in the year</source>
            <translation>Payé dans l'année</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="62" />
            <source>Payment</source>
            <translation>Paiement</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="31" />
            <source>Payment credits (CL)</source>
            <translation>Crédits de liquidation (CL)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="64" />
            <source>Payment credits available</source>
            <translation>Crédits de liquidation disponibles</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="169" />
            <source>Payment date</source>
            <translation>Date de paiement</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="385" />
            <source>Payments</source>
            <translation>Paiements</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="461" />
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="324" />
            <location filename="../../grants/ui/forms/programme.py" line="418" />
            <source>Period from</source>
            <translation>Période du</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="325" />
            <location filename="../../grants/ui/forms/programme.py" line="419" />
            <source>Period to</source>
            <translation>Période au</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="66" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="121" />
            <source>Pick a date</source>
            <translation>Choisir une date</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="58" />
            <source>Police zone</source>
            <translation>Zone de police</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="152" />
            <source>Prepare</source>
            <translation>Préparer</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="68" />
            <location filename="../../grants/ui/forms/workflows.py" line="152" />
            <source>Prepare a payment</source>
            <translation>Préparer un paiement</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="151" />
            <source>Prepare the advance</source>
            <translation>Préparer l'avance</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="278" />
            <source>Prepare the advance…</source>
            <translation>Préparer l'avance…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="151" />
            <source>Prepare the balance payment</source>
            <translation>Préparer le paiement du solde</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="377" />
            <location filename="../../grants/ui/forms/payment.py" line="115" />
            <location filename="../../grants/ui/forms/workflows.py" line="210" />
            <source>Prepared by</source>
            <translation>Préparé par</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="319" />
            <location filename="../../grants/ui/forms/grant.py" line="460" />
            <location filename="../../grants/ui/forms/programme.py" line="52" />
            <location filename="../../grants/ui/forms/programme.py" line="135" />
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="74" />
            <location filename="../../grants/ui/forms/programme.py" line="234" />
            <source>Project</source>
            <translation>Projet</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="320" />
            <source>Purpose</source>
            <translation>Objet</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="75" />
            <location filename="../../grants/ui/forms/programme.py" line="308" />
            <location filename="../../grants/ui/forms/programme.py" line="477" />
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="300" />
            <source>Read-only: this database cannot be changed here.</source>
            <translation>Lecture seule : cette base de données ne peut pas être modifiée ici.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="376" />
            <location filename="../../grants/ui/forms/import_dialog.py" line="60" />
            <location filename="../../grants/ui/forms/payment.py" line="165" />
            <location filename="../../grants/ui/forms/programme.py" line="275" />
            <location filename="../../grants/ui/forms/programme.py" line="489" />
            <location filename="../../grants/ui/forms/workflows.py" line="456" />
            <location filename="../../grants/ui/forms/workflows.py" line="572" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="246" />
            <source>Receive a justification</source>
            <translation>Réceptionner une justification</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="281" />
            <source>Receive a justification…</source>
            <translation>Réceptionner une justification…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="379" />
            <location filename="../../grants/ui/forms/programme.py" line="74" />
            <location filename="../../grants/ui/forms/programme.py" line="237" />
            <location filename="../../grants/ui/forms/programme.py" line="474" />
            <location filename="../../grants/ui/forms/workflows.py" line="252" />
            <location filename="../../grants/ui/forms/workflows.py" line="522" />
            <source>Received on</source>
            <translation>Reçue le</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="266" />
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="517" />
            <source>Record a refund</source>
            <translation>Enregistrer un remboursement</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="104" />
            <location filename="../../grants/ui/forms/grant.py" line="283" />
            <location filename="../../grants/ui/forms/payment.py" line="144" />
            <source>Record a refund…</source>
            <translation>Enregistrer un remboursement…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="100" />
            <source>Record a reminder sent today</source>
            <translation>Enregistrer un rappel envoyé aujourd'hui</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="51" />
            <source>Record an opinion</source>
            <translation>Enregistrer un avis</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="275" />
            <source>Record an opinion…</source>
            <translation>Enregistrer un avis…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="448" />
            <source>Record the amendment</source>
            <translation>Enregistrer l'avenant</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="83" />
            <source>Record the decision</source>
            <translation>Enregistrer l'arrêté</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="276" />
            <source>Record the decision…</source>
            <translation>Enregistrer l'arrêté…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="246" />
            <source>Record the justification</source>
            <translation>Enregistrer la justification</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="51" />
            <source>Record the opinion</source>
            <translation>Enregistrer l'avis</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="517" />
            <source>Record the refund</source>
            <translation>Enregistrer le remboursement</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="544" />
            <source>Record the reminder</source>
            <translation>Enregistrer le rappel</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="134" />
            <source>Recovery claim</source>
            <translation>Demande de remboursement</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="548" />
            <source>Recovery claim open: {amount} still due, to be paid back with the structured communication {comm}.</source>
            <translation>Demande de remboursement ouverte : {amount} encore dû, à rembourser avec la communication structurée {comm}.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="423" />
            <source>Recovery claim raised for {amount}. The beneficiary pays it back with the structured communication:</source>
            <translation>Demande de remboursement émise pour {amount}. Le bénéficiaire rembourse avec la communication structurée :</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="386" />
            <source>Recovery claims</source>
            <translation>Demandes de remboursement</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="137" />
            <source>Recovery claims are raised by settling a grant</source>
            <translation>Les demandes de remboursement naissent du règlement du solde d'une subvention</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="34" />
            <location filename="../../grants/ui/forms/grant.py" line="374" />
            <location filename="../../grants/ui/forms/grant.py" line="375" />
            <location filename="../../grants/ui/forms/grant.py" line="378" />
            <location filename="../../grants/ui/forms/import_dialog.py" line="58" />
            <location filename="../../grants/ui/forms/import_dialog.py" line="59" />
            <location filename="../../grants/ui/forms/payment.py" line="114" />
            <location filename="../../grants/ui/forms/programme.py" line="57" />
            <location filename="../../grants/ui/forms/programme.py" line="74" />
            <location filename="../../grants/ui/forms/programme.py" line="307" />
            <location filename="../../grants/ui/forms/workflows.py" line="64" />
            <location filename="../../grants/ui/forms/workflows.py" line="179" />
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="391" />
            <source>Refund due by</source>
            <translation>Remboursement dû au plus tard le</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="65" />
            <source>Refused</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="125" />
            <location filename="../../grants/ui/forms/import_dialog.py" line="186" />
            <source>Refused ({n})</source>
            <translation>Refusés ({n})</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="189" />
            <source>Refused: nothing was imported.</source>
            <translation>Refusé : rien n'a été importé.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="221" />
            <source>Register</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="221" />
            <location filename="../../grants/ui/forms/programme.py" line="463" />
            <source>Register an application</source>
            <translation>Enregistrer une candidature</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="139" />
            <location filename="../../grants/ui/forms/programme.py" line="85" />
            <source>Register an application…</source>
            <translation>Enregistrer une candidature…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="307" />
            <source>Relevance</source>
            <translation>Pertinence</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="101" />
            <location filename="../../grants/ui/forms/grant.py" line="382" />
            <source>Reminders</source>
            <translation>Rappels</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="163" />
            <location filename="../../grants/ui/forms/workflows.py" line="510" />
            <source>Reminders sent</source>
            <translation>Rappels envoyés</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="78" />
            <source>Remove the contact</source>
            <translation>Supprimer le contact</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="98" />
            <source>Remove the measure</source>
            <translation>Supprimer la mesure</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="74" />
            <location filename="../../grants/ui/forms/programme.py" line="307" />
            <location filename="../../grants/ui/forms/programme.py" line="473" />
            <source>Requested</source>
            <translation>Demandé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="235" />
            <source>Requested amount</source>
            <translation>Montant demandé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="327" />
            <location filename="../../grants/ui/forms/grant.py" line="466" />
            <source>Required documents</source>
            <translation>Documents requis</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="62" />
            <source>Reserved by grants</source>
            <translation>Réservé par les subventions</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="58" />
            <location filename="../../grants/ui/forms/import_dialog.py" line="59" />
            <location filename="../../grants/ui/forms/import_dialog.py" line="60" />
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="518" />
            <location filename="../../grants/ui/forms/beneficiary.py" line="86" />
            <location filename="../../grants/ui/forms/budget_line.py" line="37" />
            <location filename="../../grants/ui/forms/programme.py" line="101" />
            <location filename="../../grants/ui/forms/programme.py" line="493" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="262" />
            <source>Save the draft</source>
            <translation>Enregistrer le brouillon</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="350" />
            <source>Save the scores</source>
            <translation>Enregistrer les cotes</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="514" />
            <source>Save them before closing?</source>
            <translation>Les enregistrer avant de fermer ?</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="75" />
            <source>Score /30</source>
            <translation>Cote /30</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="475" />
            <source>Scores</source>
            <translation>Cotes</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="297" />
            <source>Scoring grid</source>
            <translation>Grille d'évaluation</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="139" />
            <location filename="../../grants/ui/forms/programme.py" line="86" />
            <source>Scoring grid…</source>
            <translation>Grille d'évaluation…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="132" />
            <source>Select</source>
            <translation>Sélectionner</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="184" />
            <source>Select an application in the list first.</source>
            <translation>Sélectionnez d'abord une candidature dans la liste.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="75" />
            <location filename="../../grants/ui/forms/programme.py" line="309" />
            <location filename="../../grants/ui/forms/programme.py" line="477" />
            <source>Selected</source>
            <translation>Sélectionnée</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="372" />
            <source>Selected: {amount}</source>
            <translation>Sélectionné : {amount}</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="133" />
            <location filename="../../grants/ui/forms/actions.py" line="136" />
            <source>Selection</source>
            <translation>Sélection</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="544" />
            <source>Send a reminder</source>
            <translation>Envoyer un rappel</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="284" />
            <location filename="../../grants/ui/forms/payment.py" line="145" />
            <source>Send a reminder…</source>
            <translation>Envoyer un rappel…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="547" />
            <source>Sent on</source>
            <translation>Envoyé le</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="368" />
            <source>Settle</source>
            <translation>Régler le solde</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="368" />
            <source>Settle the grant</source>
            <translation>Régler le solde de la subvention</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="282" />
            <source>Settle…</source>
            <translation>Régler le solde…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="87" />
            <location filename="../../grants/ui/forms/grant.py" line="373" />
            <source>Share</source>
            <translation>Part</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="58" />
            <location filename="../../grants/ui/forms/import_dialog.py" line="59" />
            <location filename="../../grants/ui/forms/import_dialog.py" line="60" />
            <source>Sheet</source>
            <translation>Feuille</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="377" />
            <location filename="../../grants/ui/forms/grant.py" line="382" />
            <location filename="../../grants/ui/forms/payment.py" line="113" />
            <location filename="../../grants/ui/forms/payment.py" line="163" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="381" />
            <location filename="../../grants/ui/forms/payment.py" line="162" />
            <location filename="../../grants/ui/forms/workflows.py" line="508" />
            <source>Still due</source>
            <translation>Reste dû</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="381" />
            <location filename="../../grants/ui/forms/payment.py" line="114" />
            <location filename="../../grants/ui/forms/payment.py" line="160" />
            <location filename="../../grants/ui/forms/workflows.py" line="506" />
            <source>Structured communication</source>
            <translation>Communication structurée</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="485" />
            <source>The balance is known once the justification is received</source>
            <translation>Le solde est connu une fois la justification reçue</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="117" />
            <source>The commitment (engagement) uses the commitment credits of the budget line; it comes after the decision and before the notification.</source>
            <translation>L'engagement consomme les crédits d'engagement de l'allocation de base ; il intervient après l'arrêté et avant la notification.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="84" />
            <source>The decision (arrêté) is signed: the grant must be complete and have the opinions its amount requires, dated on or before the decision.</source>
            <translation>L'arrêté est signé : la subvention doit être complète et disposer des avis requis pour son montant, datés au plus tard du jour de l'arrêté.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="255" />
            <source>The file is admissible</source>
            <translation>Le dossier est recevable</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="153" />
            <source>The payment is prepared now and paid once another person approved it.</source>
            <translation>Le paiement est préparé maintenant et payé dès qu'une autre personne l'a approuvé.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="137" />
            <source>The workbook can be imported. Check what it adds and changes, then press Import.</source>
            <translation>Le classeur peut être importé. Vérifiez ce qu'il ajoute et modifie, puis cliquez sur Importer.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="42" />
            <source>The workbook is checked first: you see what it adds, changes and refuses. Nothing is saved until you confirm, and then all of it or nothing.</source>
            <translation>Le classeur est d'abord vérifié : vous voyez ce qu'il ajoute, modifie et refuse. Rien n'est enregistré avant votre confirmation, et alors tout ou rien.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="132" />
            <source>The workbook is refused: {n} problems, listed under Refused. Nothing can be imported until they are corrected.</source>
            <translation>Le classeur est refusé : {n} problèmes, énumérés sous Refusés. Rien ne peut être importé tant qu'ils ne sont pas corrigés.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="373" />
            <source>Thematic</source>
            <translation>Thématique</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="643" />
            <location filename="../../grants/ui/forms/base.py" line="658" />
            <source>This field is required</source>
            <translation>Ce champ est obligatoire</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="513" />
            <source>This form has changes that are not saved.</source>
            <translation>Ce formulaire contient des modifications non enregistrées.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="561" />
            <source>This grant is closed.</source>
            <translation>Cette subvention est clôturée.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="59" />
            <source>Title</source>
            <translation>Intitulé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="63" />
            <source>To add</source>
            <translation>À ajouter</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="123" />
            <source>To add ({n})</source>
            <translation>À ajouter ({n})</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="64" />
            <source>To change</source>
            <translation>À modifier</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="124" />
            <source>To change ({n})</source>
            <translation>À modifier ({n})</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="308" />
            <location filename="../../grants/ui/forms/workflows.py" line="282" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="218" />
            <source>Total: {total} %</source>
            <translation>Total : {total} %</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="399" />
            <source>Turn the selected applications into grants</source>
            <translation>Transformer les candidatures sélectionnées en subventions</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="140" />
            <location filename="../../grants/ui/forms/programme.py" line="86" />
            <source>Turn the selected into grants…</source>
            <translation>Transformer les sélectionnées en subventions…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="305" />
            <source>Type part of the name or reference</source>
            <translation>Tapez une partie du nom ou de la référence</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="247" />
            <source>Type what the beneficiary claims and what is accepted, per expense category. An evidence reference (invoice, payslip) may count only once.</source>
            <translation>Encodez ce que le bénéficiaire déclare et ce qui est accepté, par catégorie de dépenses. Une pièce justificative (facture, fiche de paie) ne peut compter qu'une seule fois.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="58" />
            <source>Values</source>
            <translation>Valeurs</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="181" />
            <location filename="../../grants/ui/forms/workflows.py" line="389" />
            <source>Why a payment on a late justification is allowed</source>
            <translation>Motif pour lequel un paiement sur une justification tardive est autorisé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="67" />
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="508" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="303" />
            <source>admissible applications, scores from 0 to 10</source>
            <translation>candidatures recevables, cotes de 0 à 10</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="310" />
            <location filename="../../grants/ui/forms/programme.py" line="411" />
            <source>available {amount}</source>
            <translation>disponible {amount}</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="114" />
            <source>dd/mm/yyyy</source>
            <translation>jj/mm/aaaa</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="251" />
            <source>deadline {date}</source>
            <translation>date limite {date}</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="374" />
            <source>envelope {envelope}, left {left}</source>
            <translation>enveloppe {envelope}, reste {left}</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="552" />
            <location filename="../../grants/ui/forms/workflows.py" line="89" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="58" />
            <source>required</source>
            <translation>requis</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="351" />
            <source>{category}: {problem}</source>
            <translation>{category} : {problem}</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="151" />
            <source>{n} applications · requested {requested} · selected {selected} · envelope {envelope}</source>
            <translation>{n} candidatures · demandé {requested} · sélectionné {selected} · enveloppe {envelope}</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="27" />
            <source>{n} done.</source>
            <translation>{n} traité(s).</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="29" />
            <source>{n} refused:</source>
            <translation>{n} refusé(s) :</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="407" />
            <source>{n} selected applications · {amount}</source>
            <translation>{n} candidatures sélectionnées · {amount}</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="129" />
            <source>{sheet}: {add} to add, {change} to change, {same} unchanged</source>
            <translation>{sheet} : {add} à ajouter, {change} à modifier, {same} inchangé(s)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="132" />
            <source>— choose a measure —</source>
            <translation>— choisissez une mesure —</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../../grants/ui/list_page.py" line="217" />
            <source>All years</source>
            <extracomment>Titles of the lists (translated in context "MainWindow", where the navigation marks them).</extracomment>
            <translation>Toutes les années</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="221" />
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="299" />
            <source>Filtered</source>
            <translation>Filtré</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="300" />
            <source>%s  ✕</source>
            <translation>%s  ✕</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="301" />
            <source>Show all rows again</source>
            <translation>Afficher à nouveau toutes les lignes</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="360" />
            <location filename="../../grants/ui/list_page.py" line="515" />
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="365" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="431" />
            <source>Default columns</source>
            <translation>Colonnes par défaut</translation>
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/list_page.py" line="473" />
            <source>Total (%n row(s))</source>
            <translation>
                <numerusform>Total (%n ligne)</numerusform>
                <numerusform>Total (%n lignes)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/list_page.py" line="476" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n ligne</numerusform>
                <numerusform>%n lignes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="507" />
            <source>Search (Ctrl+F): reference, name, purpose…</source>
            <translation>Rechercher (Ctrl+F) : référence, nom, objet…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="510" />
            <source>Columns</source>
            <translation>Colonnes</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="511" />
            <source>Choose the columns shown</source>
            <translation>Choisir les colonnes affichées</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="512" />
            <source>New…</source>
            <translation>Nouveau…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="513" />
            <source>New record (Ctrl+N)</source>
            <translation>Nouvel enregistrement (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="516" />
            <source>Open the selected record (Enter)</source>
            <translation>Ouvrir l'enregistrement sélectionné (Entrée)</translation>
        </message>
    </context>
    <context>
        <name>LocalPlansPage</name>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="129" />
            <source>%1 communes with a plan · granted %2 · paid %3</source>
            <translation>%1 communes avec un plan · octroyé %2 · payé %3</translation>
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/local_plans.py" line="146" />
            <source>Plan of %1 in %2: %n activity(ies)</source>
            <translation>
                <numerusform>Plan de %1 en %2 : %n activité</numerusform>
                <numerusform>Plan de %1 en %2 : %n activités</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="171" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="171" />
            <source>Grant</source>
            <translation>Subvention</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="171" />
            <source>Yearly subsidy</source>
            <translation>Subvention annuelle</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="171" />
            <source>Previous year (%1)</source>
            <translation>Année précédente (%1)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="172" />
            <source>Change</source>
            <translation>Évolution</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="172" />
            <source>Paid</source>
            <translation>Payé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="172" />
            <source>Balance</source>
            <translation>Solde</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="172" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="172" />
            <source>PGSP thematics</source>
            <translation>Thématiques du PGSP</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="174" />
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="174" />
            <source>Thematic</source>
            <translation>Thématique</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="174" />
            <source>Activity (PGSP measure)</source>
            <translation>Activité (mesure du PGSP)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="174" />
            <source>Share</source>
            <translation>Part</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="174" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="177" />
            <source>Local prevention plans (PLPP)</source>
            <translation>Plans locaux de prévention et de proximité (PLPP)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="178" />
            <source>Year:</source>
            <translation>Année :</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../grants/ui/main_window.py" line="49" />
            <source>Dashboard</source>
            <extracomment>(key, title) of every page, in navigation order.</extracomment>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="50" />
            <source>Programmes and calls</source>
            <translation>Programmes et appels à projets</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="51" />
            <source>Applications</source>
            <translation>Candidatures</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="52" />
            <source>Beneficiaries</source>
            <translation>Bénéficiaires</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="53" />
            <source>Grants</source>
            <translation>Subventions</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="54" />
            <source>Budget lines</source>
            <translation>Allocations de base</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="55" />
            <source>Local plans (PLPP)</source>
            <translation>Plans locaux (PLPP)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="56" />
            <source>Payments and recoveries</source>
            <translation>Paiements et récupérations</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="57" />
            <source>Work lists</source>
            <translation>Listes de travail</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="58" />
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="59" />
            <source>Audit trail</source>
            <translation>Journal d'audit</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="60" />
            <source>Audit checks</source>
            <translation>Contrôles d'audit</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="64" />
            <source>Grant officer</source>
            <translation>Gestionnaire de subventions</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="65" />
            <source>Finance</source>
            <translation>Finances</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="66" />
            <source>Auditor</source>
            <translation>Auditeur</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="67" />
            <source>Administrator</source>
            <translation>Administrateur</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="493" />
            <source>%s (single user)</source>
            <translation>%s (utilisateur unique)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="551" />
            <source>&amp;About Grants</source>
            <translation>À &amp;propos de Grants</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="531" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="541" />
            <source>&amp;Find</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="549" />
            <source>&amp;Help</source>
            <translation>Ai&amp;de</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="535" />
            <source>&amp;Import workbook…</source>
            <translation>&amp;Importer un classeur…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="547" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="540" />
            <source>&amp;New…</source>
            <translation>&amp;Nouveau…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="532" />
            <source>&amp;Open database…</source>
            <translation>&amp;Ouvrir une base de données…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="548" />
            <source>&amp;Organisation (name, account, logo)…</source>
            <translation>&amp;Organisation (nom, compte, logo)…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="538" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="534" />
            <source>&amp;Recent databases</source>
            <translation>Bases de données &amp;récentes</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="539" />
            <source>&amp;Record</source>
            <translation>Fi&amp;che</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="542" />
            <source>&amp;Refresh</source>
            <translation>A&amp;ctualiser</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="546" />
            <source>&amp;Settings</source>
            <translation>&amp;Paramètres</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="537" />
            <source>&amp;Take an audit snapshot…</source>
            <translation>&amp;Prendre un instantané d'audit…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="543" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="224" />
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="477" />
            <source>&lt;b&gt;Grants&lt;/b&gt; %s&lt;br&gt;Subsidies of the Brussels-Capital Region (safe.brussels): calls, grants, budget, payments, audit.&lt;br&gt;&lt;br&gt;Licence EUPL-1.2.</source>
            <translation>&lt;b&gt;Grants&lt;/b&gt; %s&lt;br&gt;Subventions de la Région de Bruxelles-Capitale (safe.brussels) : appels à projets, subventions, budget, paiements, audit.&lt;br&gt;&lt;br&gt;Licence EUPL-1.2.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="477" />
            <source>About Grants</source>
            <translation>À propos de Grants</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="428" />
            <source>Add the demonstration dataset (a realistic 2024 of safe.brussels) to this database? Records already there are left alone.</source>
            <translation>Ajouter le jeu de données de démonstration (une année 2024 réaliste de safe.brussels) à cette base de données ? Les enregistrements déjà présents restent inchangés.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="410" />
            <source>Audit snapshot</source>
            <translation>Instantané d'audit</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="228" />
            <source>Clear the list</source>
            <translation>Vider la liste</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="488" />
            <source>Database: %s</source>
            <translation>Base de données : %s</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="427" />
            <location filename="../../grants/ui/main_window.py" line="441" />
            <source>Demonstration data</source>
            <translation>Données de démonstration</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="281" />
            <source>Grants databases (*.db *.sqlite);;All files (*)</source>
            <translation>Bases de données Grants (*.db *.sqlite);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="530" />
            <source>Grants — safe.brussels</source>
            <translation>Grants — safe.brussels</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="495" />
            <source>Language: %s</source>
            <translation>Langue : %s</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="536" />
            <source>Load the &amp;demonstration data…</source>
            <translation>Charger les données de dé&amp;monstration…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="443" />
            <source>Loading the demonstration data…</source>
            <translation>Chargement des données de démonstration…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="472" />
            <source>Log file</source>
            <translation>Fichier journal</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="247" />
            <source>No database is open. Use File &gt; Open database.</source>
            <translation>Aucune base de données n'est ouverte. Utilisez Fichier &gt; Ouvrir une base de données.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="280" />
            <source>Open a database</source>
            <translation>Ouvrir une base de données</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="286" />
            <source>Open an audit snapshot</source>
            <translation>Ouvrir un instantané d'audit</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="533" />
            <source>Open audit &amp;snapshot…</source>
            <translation>Ouvrir un instantané d'au&amp;dit…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="235" />
            <location filename="../../grants/ui/main_window.py" line="557" />
            <source>Opening the database…</source>
            <translation>Ouverture de la base de données…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="90" />
            <source>Payments</source>
            <translation>Paiements</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="509" />
            <source>Read-only: audit snapshot taken on %1 by %2. Nothing can be changed.</source>
            <translation>Lecture seule : instantané d'audit pris le %1 par %2. Aucune modification n'est possible.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="514" />
            <source>Read-only: the database was opened read-only. Nothing can be changed.</source>
            <translation>Lecture seule : la base de données a été ouverte en lecture seule. Aucune modification n'est possible.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="512" />
            <source>Read-only: your role is auditor. Nothing can be changed.</source>
            <translation>Lecture seule : votre rôle est auditeur. Aucune modification n'est possible.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="91" />
            <source>Recovery claims</source>
            <translation>Demandes de remboursement</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="494" />
            <source>Role: %s</source>
            <translation>Rôle : %s</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="410" />
            <source>Snapshot written: {path}
Content SHA-256: {hash}

Send this hash separately from the file: the auditor checks it with grants verify FILE --expect HASH.</source>
            <translation>Instantané écrit : {path}
Empreinte SHA-256 du contenu : {hash}

Transmettez cette empreinte séparément du fichier : l'auditeur la vérifie avec grants verify FICHIER --expect EMPREINTE.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="399" />
            <source>Snapshots (*.db);;All files (*)</source>
            <translation>Instantanés (*.db);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="287" />
            <source>Snapshots (*.snapshot *.db *.sqlite);;All files (*)</source>
            <translation>Instantanés (*.snapshot *.db *.sqlite);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="398" />
            <source>Take an audit snapshot</source>
            <translation>Prendre un instantané d'audit</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="415" />
            <source>Taking the audit snapshot…</source>
            <translation>Prise de l'instantané d'audit…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="244" />
            <source>The database could not be opened</source>
            <translation>La base de données n'a pas pu être ouverte</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="472" />
            <source>The log file is:
%s</source>
            <translation>Le fichier journal est :
%s</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="596" />
            <source>The work in progress is still stopping; try again in a moment.</source>
            <translation>Le travail en cours est encore en train de s'arrêter ; réessayez dans un instant.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="490" />
            <source>User: %s</source>
            <translation>Utilisateur : %s</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="550" />
            <source>Where is the &amp;log file?</source>
            <translation>Où se trouve le fichier &amp;journal ?</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="595" />
            <source>Work in progress</source>
            <translation>Travail en cours</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="491" />
            <source>no role</source>
            <translation>aucun rôle</translation>
        </message>
    </context>
    <context>
        <name>OrganisationDialog</name>
        <message>
            <location filename="../../grants/ui/organisation_dialog.py" line="31" />
            <location filename="../../grants/ui/organisation_dialog.py" line="80" />
            <source>Organisation settings</source>
            <translation>Paramètres de l'organisation</translation>
        </message>
        <message>
            <location filename="../../grants/ui/organisation_dialog.py" line="34" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../grants/ui/organisation_dialog.py" line="34" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../grants/ui/organisation_dialog.py" line="35" />
            <source>IBAN (account paying the grants)</source>
            <translation>IBAN (compte qui paie les subsides)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/organisation_dialog.py" line="35" />
            <source>BIC</source>
            <translation>BIC</translation>
        </message>
        <message>
            <location filename="../../grants/ui/organisation_dialog.py" line="36" />
            <source>Logo (image file)</source>
            <translation>Logo (fichier image)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/organisation_dialog.py" line="36" />
            <source>Signatories</source>
            <translation>Signataires</translation>
        </message>
        <message>
            <location filename="../../grants/ui/organisation_dialog.py" line="46" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/organisation_dialog.py" line="63" />
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <location filename="../../grants/ui/organisation_dialog.py" line="64" />
            <source>Images (*.png *.jpg *.jpeg *.svg)</source>
            <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="202" />
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="203" />
            <source>Workbooks for finance, statements for beneficiaries and the payment file for the bank. Figures come straight from the database, exact to the cent.</source>
            <translation>Classeurs pour les finances, relevés pour les bénéficiaires et fichier de paiement pour la banque. Les chiffres proviennent directement de la base de données, exacts au cent près.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="205" />
            <source>Budget tables (Excel)</source>
            <translation>Tableaux budgétaires (Excel)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="206" />
            <source>From year</source>
            <translation>De l'année</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="207" />
            <source>To year</source>
            <translation>À l'année</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="208" />
            <source>List of grants (Excel)</source>
            <translation>Liste des subventions (Excel)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="209" />
            <source>Beneficiary statements (PDF)</source>
            <translation>Relevés des bénéficiaires (PDF)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="210" />
            <source>Beneficiary</source>
            <translation>Bénéficiaire</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="211" />
            <source>Payment file for the bank (SEPA)</source>
            <translation>Fichier de paiement pour la banque (SEPA)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="212" />
            <source>Call for projects (PDF)</source>
            <translation>Appel à projets (PDF)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="213" />
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="214" />
            <source>PGSP annex (PDF)</source>
            <translation>Annexe PGSP (PDF)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="216" />
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="219" />
            <source>Headings in</source>
            <translation>Langue des intitulés</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="221" />
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="222" />
            <source>This beneficiary…</source>
            <translation>Ce bénéficiaire…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="223" />
            <source>All beneficiaries of the year…</source>
            <translation>Tous les bénéficiaires de l'année…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="224" />
            <source>Create the payment file…</source>
            <translation>Créer le fichier de paiement…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="225" />
            <source>Open the file when it is written</source>
            <translation>Ouvrir le fichier une fois écrit</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="230" />
            <source>Each beneficiary's language</source>
            <translation>Langue de chaque bénéficiaire</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="231" />
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="232" />
            <source>Dutch</source>
            <translation>Néerlandais</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="233" />
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="258" />
            <source>The database is open read-only</source>
            <translation>La base de données est ouverte en lecture seule</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="276" />
            <source>No approved payment is waiting to be sent to the bank.</source>
            <translation>Aucun paiement approuvé n'attend d'être envoyé à la banque.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/reports_page.py" line="279" />
            <source>%n approved payment(s) waiting to be sent, in total %1.</source>
            <translation>
                <numerusform>%n paiement approuvé en attente d'envoi, pour un total de %1.</numerusform>
                <numerusform>%n paiements approuvés en attente d'envoi, pour un total de %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="288" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="293" />
            <source>Folder for the statements</source>
            <translation>Dossier pour les relevés</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="304" />
            <source>Written: %1</source>
            <translation>Écrit : %1</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="315" />
            <location filename="../../grants/ui/reports_page.py" line="325" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="318" />
            <source>Exporting the budget tables…</source>
            <translation>Exportation des tableaux budgétaires…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="328" />
            <source>Exporting the grants…</source>
            <translation>Exportation des subventions…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="338" />
            <location filename="../../grants/ui/reports_page.py" line="376" />
            <location filename="../../grants/ui/reports_page.py" line="386" />
            <source>PDF document (*.pdf)</source>
            <translation>Document PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="341" />
            <source>Writing the statement…</source>
            <translation>Rédaction du relevé…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="350" />
            <source>Writing the statements…</source>
            <translation>Rédaction des relevés…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="356" />
            <source>SEPA file (*.xml)</source>
            <translation>Fichier SEPA (*.xml)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="367" />
            <source>Creating the payment file…</source>
            <translation>Création du fichier de paiement…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="379" />
            <source>Writing the call report…</source>
            <translation>Rédaction du rapport de l'appel…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="389" />
            <source>Writing the PGSP annex…</source>
            <translation>Rédaction de l'annexe PGSP…</translation>
        </message>
    </context>
    <context>
        <name>Task</name>
        <message>
            <location filename="../../grants/ui/tasks.py" line="90" />
            <source>Cancel</source>
            <extracomment>Tasks still running (or whose result is not yet delivered): kept alive here, not by callers.</extracomment>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../grants/ui/tasks.py" line="123" />
            <source>Cancelling: undoing the work done so far…</source>
            <translation>Annulation : le travail déjà effectué est défait…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/tasks.py" line="209" />
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/tasks.py" line="210" />
            <source>Cancelled: nothing was saved.</source>
            <translation>Annulé : rien n'a été enregistré.</translation>
        </message>
    </context>
    <context>
        <name>WorkList</name>
        <message numerus="yes">
            <location filename="../../grants/ui/worklists.py" line="161" />
            <source>%n record(s) done.</source>
            <translation>
                <numerusform>%n enregistrement traité.</numerusform>
                <numerusform>%n enregistrements traités.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="165" />
            <location filename="../../grants/ui/worklists.py" line="169" />
            <source>Bulk action</source>
            <translation>Action groupée</translation>
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/worklists.py" line="165" />
            <source>%n refused:</source>
            <translation>
                <numerusform>%n refusé :</numerusform>
                <numerusform>%n refusés :</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="175" />
            <source>Grants whose justification deadline has passed with no justification received.</source>
            <translation>Subventions dont la date limite de justification est dépassée sans qu'aucune justification n'ait été reçue.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="176" />
            <source>Justified grants whose balance is not settled yet: settling prepares the balance payment, raises a recovery claim or closes the grant.</source>
            <translation>Subventions justifiées dont le solde n'est pas encore réglé : le règlement prépare le paiement du solde, émet une demande de remboursement ou clôture la subvention.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="178" />
            <source>Prepared payments waiting for another person's approval.</source>
            <translation>Paiements préparés en attente de l'approbation d'une autre personne.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="179" />
            <source>Open recovery claims, the oldest due first.</source>
            <translation>Demandes de remboursement ouvertes, les plus anciennes échéances d'abord.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="180" />
            <source>Draft grants of calls that have not closed yet.</source>
            <translation>Subventions en brouillon des appels à projets non encore clôturés.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="184" />
            <source>Select all</source>
            <translation>Tout sélectionner</translation>
        </message>
    </context>
    <context>
        <name>WorkListsPage</name>
        <message>
            <location filename="../../grants/ui/worklists.py" line="234" />
            <source>Work lists</source>
            <translation>Listes de travail</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="120" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="45" />
            <source>Approve the selected payments</source>
            <translation>Approuver les paiements sélectionnés</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="32" />
            <source>Balances to settle</source>
            <translation>Soldes à régler</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="120" />
            <source>Beneficiary</source>
            <translation>Bénéficiaire</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="39" />
            <source>Call closes</source>
            <translation>Clôture de l'appel</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="44" />
            <source>Communication · reminders</source>
            <translation>Communication · rappels</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="40" />
            <source>Days</source>
            <translation>Jours</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="40" />
            <location filename="../../grants/ui/worklists.py" line="41" />
            <source>Days late</source>
            <translation>Jours de retard</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="42" />
            <source>Days left</source>
            <translation>Jours restants</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="41" />
            <source>Days waiting</source>
            <translation>Jours d'attente</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="37" />
            <source>Deadline</source>
            <translation>Date limite</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="35" />
            <source>Decisions due before a call closes</source>
            <translation>Arrêtés à prendre avant la clôture d'un appel</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="38" />
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="31" />
            <source>Justifications overdue</source>
            <translation>Justifications en retard</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="38" />
            <source>Payment date</source>
            <translation>Date de paiement</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="33" />
            <source>Payments to approve</source>
            <translation>Paiements à approuver</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="43" />
            <source>Prepared by</source>
            <translation>Préparé par</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="120" />
            <source>Purpose</source>
            <translation>Objet</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="34" />
            <source>Recoveries to chase</source>
            <translation>Récupérations à suivre</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="120" />
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="46" />
            <source>Send a reminder for the selected claims</source>
            <translation>Envoyer un rappel pour les demandes sélectionnées</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="47" />
            <source>Settle the selected grants</source>
            <translation>Régler le solde des subventions sélectionnées</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="121" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="58" />
            <source>Activities</source>
            <translation>Activités</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="56" />
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="44" />
            <source>Advance</source>
            <translation>Avance</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="26" />
            <source>Advance paid</source>
            <translation>Avance payée</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="48" />
            <source>Approved</source>
            <translation>Approuvé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="45" />
            <source>Balance</source>
            <translation>Solde</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="28" />
            <source>Balance paid</source>
            <translation>Solde payé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="65" />
            <source>Budget minister's agreement</source>
            <translation>Accord du ministre du Budget</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="39" />
            <source>Call for projects</source>
            <translation>Appel à projets</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="49" />
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="30" />
            <source>Closed</source>
            <translation>Clôturée</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="25" />
            <source>Committed</source>
            <translation>Engagée</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="36" />
            <source>Communal non-profit (ASBL)</source>
            <translation>ASBL communale</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="32" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="55" />
            <source>Communication</source>
            <translation>Communication</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="24" />
            <source>Decided</source>
            <translation>Décidée</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="42" />
            <source>Direct grant</source>
            <translation>Subvention directe</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="23" />
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="69" />
            <source>Dutch</source>
            <translation>Néerlandais</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="70" />
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="41" />
            <source>European Summits Fund (FSE)</source>
            <translation>Fonds Sommets européens (FSE)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="62" />
            <source>Financial and exceptional</source>
            <translation>Frais financiers et exceptionnels</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="68" />
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="66" />
            <source>Government decision</source>
            <translation>Décision du Gouvernement</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="64" />
            <source>Inspection of Finance opinion</source>
            <translation>Avis de l'Inspection des Finances</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="60" />
            <source>Investment and depreciation</source>
            <translation>Investissements et amortissements</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="27" />
            <source>Justified</source>
            <translation>Justifiée</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="40" />
            <source>Local plan (PLPP)</source>
            <translation>Plan local (PLPP)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="93" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="51" />
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="46" />
            <source>Other payment</source>
            <translation>Autre paiement</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="52" />
            <source>Paid</source>
            <translation>Payée</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="33" />
            <source>Police zone</source>
            <translation>Zone de police</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="47" />
            <source>Prepared</source>
            <translation>Préparé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="37" />
            <source>Private non-profit (ASBL)</source>
            <translation>ASBL privée</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="29" />
            <source>Recovery</source>
            <translation>Récupération</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="35" />
            <source>Regional body (OAA)</source>
            <translation>Organisme régional (OAA)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="54" />
            <source>Rent and charges</source>
            <translation>Loyer et charges</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="59" />
            <source>Staff</source>
            <translation>Personnel</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="61" />
            <source>Taxes</source>
            <translation>Impôts et taxes</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="57" />
            <source>Third parties and fees</source>
            <translation>Prestations de tiers et honoraires</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="34" />
            <source>Training school (ERIP/ERAP/Brusafe)</source>
            <translation>École de formation (ERIP/ERAP/Brusafe)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="93" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
    </context>
    <context>
        <name>lists</name>
        <message>
            <location filename="../../grants/services/lists.py" line="379" />
            <source>Accepted</source>
            <translation>Accepté</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="392" />
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="406" />
            <source>Admissible</source>
            <translation>Recevable</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="365" />
            <location filename="../../grants/services/lists.py" line="376" />
            <location filename="../../grants/services/lists.py" line="424" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="399" />
            <source>Applications</source>
            <translation>Candidatures</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="367" />
            <source>Approved by</source>
            <translation>Approuvé par</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="415" />
            <source>Available (commitment)</source>
            <translation>Disponible (engagement)</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="418" />
            <source>Available (payment)</source>
            <translation>Disponible (liquidation)</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="380" />
            <source>Balance</source>
            <translation>Solde</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="363" />
            <location filename="../../grants/services/lists.py" line="372" />
            <location filename="../../grants/services/lists.py" line="404" />
            <location filename="../../grants/services/lists.py" line="423" />
            <source>Beneficiary</source>
            <translation>Bénéficiaire</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="374" />
            <source>Budget line</source>
            <translation>Allocation de base</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="373" />
            <location filename="../../grants/services/lists.py" line="388" />
            <location filename="../../grants/services/lists.py" line="438" />
            <location filename="../../grants/services/lists.py" line="439" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="399" />
            <source>Closes</source>
            <translation>Clôture</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="411" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="412" />
            <source>Commitment credits</source>
            <translation>Crédits d'engagement</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="377" />
            <location filename="../../grants/services/lists.py" line="414" />
            <source>Committed</source>
            <translation>Engagé</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="390" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="366" />
            <source>Communication</source>
            <translation>Communication</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="362" />
            <location filename="../../grants/services/lists.py" line="424" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="381" />
            <source>Decision</source>
            <translation>Arrêté</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="426" />
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="389" />
            <source>Enterprise number</source>
            <translation>Numéro d'entreprise</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="398" />
            <source>Envelope</source>
            <translation>Enveloppe</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="362" />
            <location filename="../../grants/services/lists.py" line="408" />
            <location filename="../../grants/services/lists.py" line="423" />
            <source>Grant</source>
            <translation>Subvention</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="400" />
            <source>Granted</source>
            <translation>Octroyé</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="392" />
            <source>Grants</source>
            <translation>Subventions</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="389" />
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="382" />
            <source>Justification due</source>
            <translation>Échéance de la justification</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="363" />
            <location filename="../../grants/services/lists.py" line="397" />
            <location filename="../../grants/services/lists.py" line="434" />
            <location filename="../../grants/services/lists.py" line="441" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="411" />
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="391" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="427" />
            <source>Last reminder</source>
            <translation>Dernier rappel</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="387" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="368" />
            <location filename="../../grants/services/lists.py" line="384" />
            <location filename="../../grants/services/lists.py" line="393" />
            <location filename="../../grants/services/lists.py" line="400" />
            <location filename="../../grants/services/lists.py" line="408" />
            <location filename="../../grants/services/lists.py" line="419" />
            <location filename="../../grants/services/lists.py" line="428" />
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="398" />
            <source>Opens</source>
            <translation>Ouverture</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="368" />
            <source>Origin</source>
            <translation>Origine</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="425" />
            <source>Outstanding</source>
            <translation>Restant dû</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="378" />
            <location filename="../../grants/services/lists.py" line="417" />
            <source>Paid</source>
            <translation>Payé</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="416" />
            <source>Payment credits</source>
            <translation>Crédits de liquidation</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="383" />
            <source>Period end</source>
            <translation>Fin de période</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="390" />
            <source>Police zone</source>
            <translation>Zone de police</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="367" />
            <source>Prepared by</source>
            <translation>Préparé par</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="403" />
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="374" />
            <source>Purpose</source>
            <translation>Objet</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="428" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="406" />
            <source>Received</source>
            <translation>Reçue</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="365" />
            <location filename="../../grants/services/lists.py" line="371" />
            <location filename="../../grants/services/lists.py" line="387" />
            <location filename="../../grants/services/lists.py" line="396" />
            <location filename="../../grants/services/lists.py" line="403" />
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="427" />
            <source>Reminders</source>
            <translation>Rappels</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="405" />
            <source>Requested</source>
            <translation>Demandé</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="413" />
            <source>Reserved</source>
            <translation>Réservé</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="407" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="407" />
            <source>Selected</source>
            <translation>Sélectionnée</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="364" />
            <location filename="../../grants/services/lists.py" line="375" />
            <location filename="../../grants/services/lists.py" line="426" />
            <location filename="../../grants/services/lists.py" line="435" />
            <location filename="../../grants/services/lists.py" line="437" />
            <location filename="../../grants/services/lists.py" line="445" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="422" />
            <source>Structured communication</source>
            <translation>Communication structurée</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="396" />
            <location filename="../../grants/services/lists.py" line="404" />
            <source>Title</source>
            <translation>Intitulé</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="371" />
            <location filename="../../grants/services/lists.py" line="397" />
            <location filename="../../grants/services/lists.py" line="411" />
            <location filename="../../grants/services/lists.py" line="433" />
            <location filename="../../grants/services/lists.py" line="436" />
            <location filename="../../grants/services/lists.py" line="440" />
            <location filename="../../grants/services/lists.py" line="442" />
            <location filename="../../grants/services/lists.py" line="443" />
            <location filename="../../grants/services/lists.py" line="444" />
            <source>Year</source>
            <translation>Année</translation>
        </message>
    </context>
    <context>
        <name>rules</name>
        <message>
            <location filename="../../grants/cli/admin.py" line="116" />
            <source>Output: the report is written as .xlsx or .pdf, not {name}</source>
            <translation>Sortie : le rapport s'écrit en .xlsx ou en .pdf, pas {name}</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="18" />
            <source>Audit checks</source>
            <translation>Contrôles d'audit</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="19" />
            <source>Summary</source>
            <translation>Synthèse</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="20" />
            <source>Records at fault</source>
            <translation>Enregistrements en défaut</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="21" />
            <source>Notes</source>
            <translation>Remarques</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="22" />
            <source>Check</source>
            <translation>Contrôle</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="23" />
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="24" />
            <source>Records checked</source>
            <translation>Enregistrements contrôlés</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="25" />
            <source>At fault</source>
            <translation>En défaut</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="26" />
            <location filename="../../grants/reports/audit_trail.py" line="24" />
            <location filename="../../grants/reports/audit_trail.py" line="72" />
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="27" />
            <location filename="../../grants/reports/audit_trail.py" line="24" />
            <location filename="../../grants/reports/audit_trail.py" line="71" />
            <source>Record type</source>
            <translation>Type d'enregistrement</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="28" />
            <location filename="../../grants/services/grants.py" line="363" />
            <location filename="../../grants/services/recoveries.py" line="107" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="29" />
            <location filename="../../grants/services/audit_checks.py" line="124" />
            <source>PASS</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="30" />
            <location filename="../../grants/services/audit_checks.py" line="125" />
            <source>FAIL</source>
            <translation>ÉCHEC</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="31" />
            <location filename="../../grants/reports/audit_trail.py" line="68" />
            <source>Database</source>
            <translation>Base de données</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="32" />
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="33" />
            <source>all years</source>
            <translation>toutes les années</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="34" />
            <source>Overdue as of</source>
            <translation>En retard au</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="35" />
            <source>Run by</source>
            <translation>Exécuté par</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="36" />
            <source>Run at</source>
            <translation>Exécuté le</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="37" />
            <source>Snapshot taken</source>
            <translation>Instantané pris le</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="38" />
            <source>Snapshot content SHA-256</source>
            <translation>Empreinte SHA-256 du contenu de l'instantané</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="39" />
            <source>No record at fault.</source>
            <translation>Aucun enregistrement en défaut.</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="23" />
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="23" />
            <source>When (UTC)</source>
            <translation>Quand (UTC)</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="23" />
            <location filename="../../grants/reports/audit_trail.py" line="73" />
            <source>User</source>
            <translation>Utilisateur</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="24" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="25" />
            <source>Changes</source>
            <translation>Modifications</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="25" />
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="25" />
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="43" />
            <source>Audit trail</source>
            <translation>Journal d'audit</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="66" />
            <source>About</source>
            <translation>À propos</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="69" />
            <source>Exported by</source>
            <translation>Exporté par</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="70" />
            <source>Exported at</source>
            <translation>Exporté le</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="74" />
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="75" />
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="76" />
            <source>Entries</source>
            <translation>Entrées</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="126" />
            <source>{n} records checked</source>
            <translation>{n} enregistrements contrôlés</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="127" />
            <source>{n} records at fault</source>
            <translation>{n} enregistrements en défaut</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="152" />
            <source>Order of acts: decision, commitment, notification, first payment</source>
            <translation>Ordre des actes : arrêté, engagement, notification, premier paiement</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="153" />
            <source>Decisions complete: purpose, amount, period, budget line, documents, deadline</source>
            <translation>Arrêtés complets : objet, montant, période, allocation de base, documents, date limite</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="154" />
            <source>Opinions present wherever the amount requires them</source>
            <translation>Avis présents partout où le montant les requiert</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="155" />
            <source>No payment on a late justification without a recorded derogation</source>
            <translation>Aucun paiement sur une justification tardive sans dérogation enregistrée</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="156" />
            <source>Balance arithmetic; every overpayment claimed back</source>
            <translation>Calcul du solde ; tout paiement indu fait l'objet d'une récupération</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="157" />
            <source>Recoveries followed: recorded, reminded, collected</source>
            <translation>Récupérations suivies : enregistrées, rappelées, encaissées</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="158" />
            <source>No double funding: a justified expense counts once</source>
            <translation>Pas de double financement : une dépense justifiée ne compte qu'une fois</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="159" />
            <source>Commitments within commitment credits, payments within payment credits</source>
            <translation>Engagements dans les crédits d'engagement, paiements dans les crédits de liquidation</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="160" />
            <source>Separation of duties: payments prepared and approved by two people</source>
            <translation>Séparation des fonctions : paiements préparés et approuvés par deux personnes</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="161" />
            <source>Yearly list of subsidies can be published (ordonnance of 14/12/2017)</source>
            <translation>Liste annuelle des subventions publiable (ordonnance du 14/12/2017)</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="165" />
            <source>Inspection des Finances</source>
            <translation>Inspection des Finances</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="166" />
            <source>Budget minister's agreement</source>
            <translation>Accord du ministre du Budget</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="167" />
            <source>Government decision</source>
            <translation>Décision du Gouvernement</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="170" />
            <source>purpose</source>
            <translation>objet</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="171" />
            <source>amount</source>
            <translation>montant</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="172" />
            <source>period</source>
            <translation>période</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="173" />
            <source>required documents</source>
            <translation>documents requis</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="174" />
            <source>justification deadline</source>
            <translation>date limite de justification</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="176" />
            <source>decision reference</source>
            <translation>référence de l'arrêté</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="177" />
            <source>decision date</source>
            <translation>date de l'arrêté</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="178" />
            <source>name in French</source>
            <translation>nom en français</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="179" />
            <source>name in Dutch</source>
            <translation>nom en néerlandais</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="180" />
            <source>enterprise number (BCE)</source>
            <translation>numéro d'entreprise (BCE)</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="252" />
            <source>{n} paid grants have no notification date recorded: their notification could not be placed in the order</source>
            <translation>{n} subventions payées n'ont pas de date de notification enregistrée : leur notification n'a pas pu être située dans l'ordre des actes</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="287" />
            <source>decision incomplete: no {fields}</source>
            <extracomment>The field of a decision (as grants.domain.checks names it) -&gt; its label in audit check 2.</extracomment>
            <translation>arrêté incomplet : {fields} manquant(s)</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="325" />
            <source>an amount of {amount} requires the opinion '{kind}'; none is recorded</source>
            <translation>un montant de {amount} requiert l'avis « {kind} » ; aucun n'est enregistré</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="329" />
            <source>the opinion '{kind}' is dated {date}, after the decision of {decision}</source>
            <translation>l'avis « {kind} » est daté du {date}, après l'arrêté du {decision}</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="337" />
            <source>amended to {amount}, which requires the opinion '{kind}'; none is recorded</source>
            <translation>modifiée par avenant à {amount}, montant qui requiert l'avis « {kind} » ; aucun n'est enregistré</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="367" />
            <source>{kind} payment of {amount} on {date}, after the deadline {deadline}, with no justification received and no derogation</source>
            <translation>paiement ({kind}) de {amount} le {date}, après la date limite du {deadline}, sans justification reçue ni dérogation</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="371" />
            <source>{kind} payment of {amount} on {date} on a justification received {received}, after the deadline {deadline}, with no derogation</source>
            <translation>paiement ({kind}) de {amount} le {date} sur une justification reçue le {received}, après la date limite du {deadline}, sans dérogation</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="393" />
            <source>paid {paid} (net of refunds), above the granted amount {amount}</source>
            <translation>payé {paid} (net des remboursements), au-delà du montant octroyé {amount}</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="396" />
            <source>paid {paid} (net of refunds), above what is committed {committed}</source>
            <translation>payé {paid} (net des remboursements), au-delà du montant engagé {committed}</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="405" />
            <source>overpaid by {over} (paid {paid}, due min(accepted {accepted}, granted {amount}) = {due}); recovery claims raised: {claimed}</source>
            <translation>payé en trop : {over} (payé {paid}, dû min(accepté {accepted}, octroyé {amount}) = {due}) ; demandes de remboursement émises : {claimed}</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="409" />
            <source>closed with a balance of {balance} still due to the beneficiary</source>
            <translation>clôturée alors qu'un solde de {balance} reste dû au bénéficiaire</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="420" />
            <source>expense ({category}): accepted {accepted} is above claimed {claimed}</source>
            <translation>dépense ({category}) : le montant accepté {accepted} dépasse le montant déclaré {claimed}</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="454" />
            <source>the structured communication {communication} is not valid: the refund cannot be matched</source>
            <translation>la communication structurée {communication} n'est pas valide : le remboursement ne peut pas être rapproché</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="458" />
            <source>still open although {got} of {amount} was refunded</source>
            <translation>toujours ouverte alors que {got} sur {amount} a été remboursé</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="461" />
            <source>{left} of {amount} still due since {due}, and no reminder sent</source>
            <translation>{left} sur {amount} encore dû depuis le {due}, et aucun rappel envoyé</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="464" />
            <source>{left} of {amount} still due since {due}, not collected after {n} reminders (last on {last})</source>
            <translation>{left} sur {amount} encore dû depuis le {due}, non encaissé après {n} rappels (le dernier le {last})</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="467" />
            <source>marked paid, but the refunds recorded total {got}, not {amount}</source>
            <translation>marquée payée, mais les remboursements enregistrés totalisent {got}, et non {amount}</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="502" />
            <source>expense {evidence} accepted {n} times ({total} in all) on grants {grants}</source>
            <translation>dépense {evidence} acceptée {n} fois ({total} au total) sur les subventions {grants}</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="532" />
            <source>commitments {committed} above the commitment credits {credits} (by {over})</source>
            <translation>engagements de {committed} au-delà des crédits d'engagement de {credits} (dépassement de {over})</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="538" />
            <source>payments of {paid} made in {year} on a code with no budget line that year</source>
            <translation>paiements de {paid} effectués en {year} sur un code sans allocation de base cette année-là</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="542" />
            <source>payments {paid} above the payment credits {credits} (by {over})</source>
            <translation>paiements de {paid} au-delà des crédits de liquidation de {credits} (dépassement de {over})</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="564" />
            <source>payment of {amount} on {date} prepared and approved by the same person, {user}</source>
            <translation>paiement de {amount} le {date} préparé et approuvé par la même personne, {user}</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="568" />
            <source>payment of {amount} on {date} approved without recording who prepared ({prepared}) and who approved ({approved})</source>
            <translation>paiement de {amount} le {date} approuvé sans que soient enregistrés qui l'a préparé ({prepared}) et qui l'a approuvé ({approved})</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="573" />
            <source>{n} payments were imported without the names of who prepared and approved them: not checkable here</source>
            <translation>{n} paiements ont été importés sans le nom des personnes qui les ont préparés et approuvés : vérification impossible ici</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="601" />
            <source>beneficiary of a grant to publish, with no {fields}</source>
            <translation>bénéficiaire d'une subvention à publier, sans {fields}</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="607" />
            <source>enterprise number {bce} is not valid: the beneficiary cannot be identified in the list</source>
            <translation>le numéro d'entreprise {bce} n'est pas valide : le bénéficiaire ne peut pas être identifié dans la liste</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="619" />
            <source>cannot be listed for publication: no {fields}</source>
            <translation>ne peut pas figurer dans la liste publiée : {fields} manquant(s)</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_queries.py" line="115" />
            <source>Dates: the end {end} is before the start {start}</source>
            <extracomment>Tables whose records carry a human reference (``ref``): a filter may name a record by it.</extracomment>
            <translation>Dates : la fin {end} précède le début {start}</translation>
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="54" />
            <source>Name (French)</source>
            <translation>Nom (français)</translation>
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="59" />
            <source>Category: {value} is not one of {allowed}</source>
            <translation>Catégorie : {value} ne fait pas partie de {allowed}</translation>
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="64" />
            <source>Language: {value} is not fr or nl</source>
            <translation>Langue : {value} n'est ni fr ni nl</translation>
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="76" />
            <source>Commune (NIS): {value} is not one of the 19 Brussels communes</source>
            <translation>Commune (INS) : {value} n'est pas l'une des 19 communes bruxelloises</translation>
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="81" />
            <source>Police zone: {value} is not a Brussels police zone</source>
            <translation>Zone de police : {value} n'est pas une zone de police bruxelloise</translation>
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="86" />
            <source>Contact {n}: the name is required</source>
            <translation>Contact {n} : le nom est obligatoire</translation>
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="100" />
            <source>Reference: {ref} is already used by another beneficiary</source>
            <translation>Référence : {ref} est déjà utilisée par un autre bénéficiaire</translation>
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="112" />
            <source>Enterprise number (BCE): {value} is already the number of beneficiary {other}</source>
            <translation>Numéro d'entreprise (BCE) : {value} est déjà le numéro du bénéficiaire {other}</translation>
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="26" />
            <source>Commitment credits</source>
            <translation>Crédits d'engagement</translation>
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="27" />
            <source>Payment credits</source>
            <translation>Crédits de liquidation</translation>
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="29" />
            <source>{label}: must not be negative ({value})</source>
            <translation>{label} : ne peut pas être négatif ({value})</translation>
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="32" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="33" />
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="40" />
            <source>Code: budget line {code} already exists in {year}</source>
            <translation>Code : l'allocation de base {code} existe déjà en {year}</translation>
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="52" />
            <source>Commitment credits: {value} is below what the line's grants already use ({used})</source>
            <translation>Crédits d'engagement : {value} est inférieur à ce que les subventions de l'allocation utilisent déjà ({used})</translation>
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="57" />
            <source>Payment credits: {value} is below what was already paid ({used})</source>
            <translation>Crédits de liquidation : {value} est inférieur à ce qui a déjà été payé ({used})</translation>
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="16" />
            <source>grant</source>
            <translation>subvention</translation>
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="17" />
            <source>beneficiary</source>
            <translation>bénéficiaire</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="175" />
            <location filename="../../grants/services/common.py" line="18" />
            <source>budget line</source>
            <translation>allocation de base</translation>
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="19" />
            <source>payment</source>
            <translation>paiement</translation>
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="20" />
            <source>programme</source>
            <translation>programme</translation>
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="21" />
            <source>application</source>
            <translation>candidature</translation>
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="22" />
            <source>recovery claim</source>
            <translation>demande de remboursement</translation>
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="23" />
            <source>justification</source>
            <translation>justification</translation>
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="29" />
            <source>No {what} with identifier {key}</source>
            <translation>Introuvable : {what} portant l'identifiant {key}</translation>
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="36" />
            <source>No {what} with reference {key}</source>
            <translation>Introuvable : {what} portant la référence {key}</translation>
        </message>
        <message>
            <location filename="../../grants/services/database.py" line="125" />
            <source>This database is open read-only ({reason}): nothing can be changed</source>
            <extracomment>The manifest (``snapshot.SnapshotInfo``) when the file is an auditor's snapshot.</extracomment>
            <translation>Cette base de données est ouverte en lecture seule ({reason}) : aucune modification n'est possible</translation>
        </message>
        <message>
            <location filename="../../grants/domain/problems.py" line="71" />
            <source>row {n}</source>
            <translation>ligne {n}</translation>
        </message>
        <message>
            <location filename="../../grants/domain/problems.py" line="72" />
            <source>column {c}</source>
            <translation>colonne {c}</translation>
        </message>
        <message>
            <location filename="../../grants/domain/problems.py" line="73" />
            <source>{where}: {message}</source>
            <translation>{where} : {message}</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="49" />
            <source>Status: grant {ref} cannot go from {current} to {target} (allowed next: {allowed})</source>
            <translation>Statut : la subvention {ref} ne peut pas passer de {current} à {target} (étapes possibles : {allowed})</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="106" />
            <source>PGSP measures: no PGSP plan edition covers this year</source>
            <translation>Mesures du PGSP : aucune édition du PGSP ne couvre cette année</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="111" />
            <source>PGSP measures: {codes} not in the PGSP {edition}</source>
            <translation>Mesures du PGSP : {codes} ne figure(nt) pas dans le PGSP {edition}</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="122" />
            <source>Amount: {amount} on budget line {code} ({year}) would bring its grants to {total}, above its commitment credits {credits} (available {available})</source>
            <translation>Montant : {amount} sur l'allocation de base {code} ({year}) porterait ses subventions à {total}, au-delà de ses crédits d'engagement de {credits} (disponible {available})</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="138" />
            <source>Purpose</source>
            <translation>Objet</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="140" />
            <source>Beneficiary: choose an existing beneficiary</source>
            <translation>Bénéficiaire : choisissez un bénéficiaire existant</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="143" />
            <source>Budget line: choose an existing budget line</source>
            <translation>Allocation de base : choisissez une allocation de base existante</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="193" />
            <location filename="../../grants/services/grants.py" line="145" />
            <location filename="../../grants/services/recoveries.py" line="39" />
            <source>Amount: must be above zero ({amount})</source>
            <translation>Montant : doit être supérieur à zéro ({amount})</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="148" />
            <source>Advance share: must be between 0 and 100 % ({share})</source>
            <translation>Part de l'avance : doit être comprise entre 0 et 100 % ({share})</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="151" />
            <location filename="../../grants/services/grants.py" line="388" />
            <source>Period: the end {end} is before the start {start}</source>
            <translation>Période : la fin {end} précède le début {start}</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="155" />
            <source>Programme: choose an existing programme</source>
            <translation>Programme : choisissez un programme existant</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="183" />
            <source>Reference: {ref} is already used by another grant</source>
            <translation>Référence : {ref} est déjà utilisée par une autre subvention</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="200" />
            <source>Grant {ref} is {status}: after the decision, change its amount or period by an amendment</source>
            <translation>La subvention {ref} a le statut {status} : après l'arrêté, son montant ou sa période se modifie par avenant</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="97" />
            <source>Decision reference: this field is required</source>
            <translation>Référence de l'arrêté : ce champ est obligatoire</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="99" />
            <source>Decision date: this field is required</source>
            <translation>Date de l'arrêté : ce champ est obligatoire</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="127" />
            <source>PGSP measures: a decision needs at least one PGSP measure</source>
            <extracomment>Measures every grant of a programme kind must carry (FSE: 5.1 and 6.1, compulsory for the zones). The beneficiary categories each programme kind funds (domain.md "Funding channels"): the call for projects funds non-profits (and communes, as the LISA antennas call); the local plans (PLPP) the 19 communes; the European Summits Fund (FSE) the 6 police zones; direct grants the regional bodies, training schools and some ASBL.</extracomment>
            <translation>Mesures du PGSP : un arrêté requiert au moins une mesure du PGSP</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="131" />
            <source>PGSP measures: a grant of kind {kind} requires the measures {required} (missing {missing})</source>
            <translation>Mesures du PGSP : une subvention de type {kind} requiert les mesures {required} (manque : {missing})</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="142" />
            <source>Programme: a programme of kind {kind} does not fund a beneficiary of category {category} (only {allowed})</source>
            <translation>Programme : un programme de type {kind} ne finance pas un bénéficiaire de catégorie {category} (seulement {allowed})</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="160" />
            <source>Commitment date: {committed} with no decision recorded</source>
            <translation>Date d'engagement : le {committed} sans arrêté enregistré</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="162" />
            <source>Commitment date: {committed} is before the decision of {decision} (decision, then commitment, then payment)</source>
            <translation>Date d'engagement : le {committed} précède l'arrêté du {decision} (arrêté, puis engagement, puis paiement)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="166" />
            <source>Notification date: {notified} is before the decision {decided}</source>
            <translation>Date de notification : le {notified} précède l'arrêté du {decided}</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="85" />
            <source>Period: a decision needs the period of the activity (start and end)</source>
            <translation>Période : un arrêté requiert la période de l'activité (début et fin)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="45" />
            <source>{label}: {date} is not a plausible date (between {first} and {last})</source>
            <extracomment>The first date the application accepts (the Region's first subsidies: 1989). How many years after max(grant year, this year) a date may lie (deadlines, multi-year periods).</extracomment>
            <translation>{label} : le {date} n'est pas une date plausible (entre le {first} et le {last})</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="59" />
            <source>Decision date</source>
            <translation>Date de l'arrêté</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="60" />
            <source>Notification date</source>
            <translation>Date de notification</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="61" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="62" />
            <source>Period start</source>
            <translation>Début de la période</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="63" />
            <source>Period end</source>
            <translation>Fin de période</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="64" />
            <source>Justification deadline</source>
            <translation>Date limite de justification</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="65" />
            <source>Received on</source>
            <translation>Reçue le</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="66" />
            <source>Checked on</source>
            <translation>Vérifiée le</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="81" />
            <source>Purpose: a decision needs the purpose of the grant</source>
            <translation>Objet : un arrêté requiert l'objet de la subvention</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="83" />
            <source>Amount: a decision needs an amount above zero</source>
            <translation>Montant : un arrêté requiert un montant supérieur à zéro</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="88" />
            <source>Budget line: a decision needs the budget line it is paid from</source>
            <translation>Ligne budgétaire : un arrêté requiert la ligne budgétaire sur laquelle il est payé</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="91" />
            <source>Required documents: a decision needs the list of supporting documents</source>
            <translation>Pièces requises : un arrêté requiert la liste des pièces justificatives</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="94" />
            <source>Justification deadline: a decision needs the deadline for the supporting documents</source>
            <translation>Date limite de justification : un arrêté requiert la date limite de remise des pièces justificatives</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="169" />
            <source>Notification date: {notified} is before the commitment of {committed}</source>
            <translation>Date de notification : le {notified} précède l'engagement du {committed}</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="173" />
            <source>Payment date: {paid} with no commitment</source>
            <translation>Date de paiement : le {paid} sans engagement</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="175" />
            <source>Payment date: {paid} is before the commitment of {committed}</source>
            <translation>Date de paiement : le {paid} précède l'engagement du {committed}</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="178" />
            <source>Payment date: {paid} is before the decision of {decision}</source>
            <translation>Date de paiement : le {paid} précède l'arrêté du {decision}</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="181" />
            <source>Payment date: {paid} is before the notification of {notified}</source>
            <translation>Date de paiement : le {paid} précède la notification du {notified}</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="278" />
            <source>Opinions: an amount of {amount} requires the opinion '{kind}' dated on or before the decision</source>
            <translation>Avis : un montant de {amount} requiert l'avis « {kind} », daté au plus tard du jour de l'arrêté</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="321" />
            <source>Status: grant {ref} is {status}; only a decided grant can be committed</source>
            <translation>Statut : la subvention {ref} a le statut {status} ; seule une subvention décidée peut être engagée</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="324" />
            <source>Commitment date</source>
            <translation>Date d'engagement</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="334" />
            <source>Commitment amount: nothing left to commit on grant {ref} ({committed} of {granted} committed)</source>
            <translation>Montant de l'engagement : plus rien à engager sur la subvention {ref} ({committed} engagé sur {granted})</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="338" />
            <source>Commitment amount: {amount} would bring grant {ref} to {total} committed, above its amount {granted}</source>
            <translation>Montant de l'engagement : {amount} porterait l'engagement de la subvention {ref} à {total}, au-delà de son montant de {granted}</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="345" />
            <source>Commitment amount: {amount} would bring budget line {code} ({year}) to {total} committed, above its commitment credits {credits}</source>
            <translation>Montant de l'engagement : {amount} porterait les engagements de l'allocation de base {code} ({year}) à {total}, au-delà de ses crédits d'engagement de {credits}</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="364" />
            <source>Status: grant {ref} is {status}; only a decided, open grant is amended (edit a draft directly)</source>
            <translation>Statut : la subvention {ref} a le statut {status} ; seule une subvention décidée et non clôturée se modifie par avenant (un brouillon se modifie directement)</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="367" />
            <source>Amendment: change the amount or the period</source>
            <translation>Avenant : modifiez le montant ou la période</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="373" />
            <source>Amount change: the new amount {amount} would be below what was already paid {paid}</source>
            <translation>Variation du montant : le nouveau montant {amount} serait inférieur à ce qui a déjà été payé ({paid})</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="393" />
            <source>Amendment date: {date} is before the decision or a previous amendment</source>
            <translation>Date de l'avenant : le {date} précède l'arrêté ou un avenant antérieur</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="427" />
            <source>Status: grant {ref} still has payments waiting for approval</source>
            <translation>Statut : la subvention {ref} a encore des paiements en attente d'approbation</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="431" />
            <source>Status: grant {ref} has an open recovery claim; it closes when the claim is paid or cancelled</source>
            <translation>Statut : la subvention {ref} a une demande de remboursement ouverte ; elle sera clôturée quand la demande sera payée ou annulée</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="437" />
            <source>Balance: grant {ref} still has a balance of {balance}; pay it or claim it back before closing</source>
            <translation>Solde : la subvention {ref} présente encore un solde de {balance} ; payez-le ou récupérez-le avant la clôture</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="115" />
            <source>File {file}: not a readable Excel workbook ({error})</source>
            <translation>Fichier {file} : classeur Excel illisible ({error})</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="125" />
            <source>Unknown sheet (expected {expected})</source>
            <translation>Feuille inconnue (attendu : {expected})</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="136" />
            <source>Unknown column (expected {expected})</source>
            <translation>Colonne inconnue (attendu : {expected})</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="139" />
            <source>Column appears twice</source>
            <translation>La colonne figure deux fois</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="144" />
            <source>Required column is missing</source>
            <translation>Une colonne obligatoire est absente</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="152" />
            <location filename="../../grants/services/importer.py" line="169" />
            <source>Value in a column without a header</source>
            <translation>Valeur dans une colonne sans en-tête</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="211" />
            <source>A value is required</source>
            <translation>Une valeur est obligatoire</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="222" />
            <source>At most {max} characters</source>
            <translation>Au maximum {max} caractères</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="268" />
            <source>{value} is not one of {allowed}</source>
            <translation>{value} ne fait pas partie de {allowed}</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="279" />
            <source>{key} already appears on row {first}</source>
            <translation>{key} figure déjà à la ligne {first}</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="414" />
            <source>{value} is not the NIS code of one of the 19 Brussels communes</source>
            <translation>{value} n'est pas le code INS de l'une des 19 communes bruxelloises</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="423" />
            <source>{value} is not a Brussels police zone</source>
            <translation>{value} n'est pas une zone de police bruxelloise</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="430" />
            <source>Enterprise number {value} already belongs to beneficiary {other}</source>
            <translation>Le numéro d'entreprise {value} appartient déjà au bénéficiaire {other}</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="454" />
            <source>{closes} is before the opening {opens}</source>
            <translation>{closes} précède l'ouverture du {opens}</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="492" />
            <source>The end {end} is before the start {start}</source>
            <translation>La fin {end} précède le début {start}</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="494" />
            <source>The amount must be above zero ({amount})</source>
            <translation>Le montant doit être supérieur à zéro ({amount})</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="497" />
            <source>A decision reference needs its decision date</source>
            <translation>Une référence d'arrêté requiert la date de l'arrêté</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="502" />
            <source>No beneficiary {ref} (in this workbook or the database)</source>
            <translation>Aucun bénéficiaire {ref} (dans ce classeur ou dans la base de données)</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="505" />
            <source>No programme {ref} (in this workbook or the database)</source>
            <translation>Aucun programme {ref} (dans ce classeur ou dans la base de données)</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="507" />
            <source>No budget line {code} in {year} (a grant commits the line of its own year)</source>
            <translation>Aucune allocation de base {code} en {year} (une subvention est engagée sur l'allocation de sa propre année)</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="520" />
            <source>No PGSP plan edition covers {year}</source>
            <translation>Aucune édition du PGSP ne couvre {year}</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="525" />
            <source>{codes} not in the PGSP {edition}</source>
            <translation>{codes} ne figure(nt) pas dans le PGSP {edition}</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="547" />
            <source>Grant {ref} exists with another {column}; it cannot be moved by an import</source>
            <translation>La subvention {ref} existe avec une autre valeur de {column} ; une importation ne peut pas la déplacer</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="550" />
            <source>Grant {ref} already has payments: its decision date cannot change</source>
            <translation>La subvention {ref} a déjà fait l'objet de paiements : la date de son arrêté ne peut plus changer</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="580" />
            <source>The amount must not be zero</source>
            <translation>Le montant ne peut pas être nul</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="585" />
            <source>No grant {ref} (in this workbook or the database)</source>
            <translation>Aucune subvention {ref} (dans ce classeur ou dans la base de données)</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="609" />
            <source>Payment {reference} of grant {ref} is managed in the application and cannot be changed by an import</source>
            <translation>Le paiement {reference} de la subvention {ref} est géré dans l'application et ne peut pas être modifié par une importation</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="730" />
            <source>Grants on budget line {code} ({year}) reach {total} with this one, above its commitment credits {credits}</source>
            <translation>Avec celle-ci, les subventions sur l'allocation de base {code} ({year}) atteignent {total}, au-delà de ses crédits d'engagement de {credits}</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="736" />
            <source>The commitment credits {credits} are below what the line's grants reserve ({total})</source>
            <translation>Les crédits d'engagement de {credits} sont inférieurs à ce que réservent les subventions de l'allocation ({total})</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="810" />
            <source>The payment credits {credits} are below what is paid in the year on this code ({total})</source>
            <translation>Les crédits de liquidation de {credits} sont inférieurs à ce qui est payé dans l'année sur ce code ({total})</translation>
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="42" />
            <source>Status: grant {ref} is {status}; a justification is received for a committed grant</source>
            <translation>Statut : la subvention {ref} a le statut {status} ; une justification se réceptionne pour une subvention engagée</translation>
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="46" />
            <source>Received on: {date} is before the decision of {decision}</source>
            <translation>Reçue le : le {date} précède l'arrêté du {decision}</translation>
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="49" />
            <source>Checked on: {date} is before the reception {received}</source>
            <translation>Vérifiée le : le {date} précède la réception du {received}</translation>
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="52" />
            <source>Expenses: give at least one expense category</source>
            <translation>Dépenses : indiquez au moins une catégorie de dépenses</translation>
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="55" />
            <source>Expenses, line {n}: amounts must not be negative</source>
            <translation>Dépenses, ligne {n} : les montants ne peuvent pas être négatifs</translation>
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="58" />
            <source>Expenses, line {n} ({category}): accepted {accepted} is above claimed {claimed}</source>
            <translation>Dépenses, ligne {n} ({category}) : le montant accepté {accepted} dépasse le montant déclaré {claimed}</translation>
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="92" />
            <source>Status: grant {ref} is {status}; settle it once its justification is received</source>
            <translation>Statut : la subvention {ref} a le statut {status} ; le solde se règle une fois la justification reçue</translation>
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="107" />
            <source>Paid above the accepted expenses</source>
            <translation>Payé au-delà des dépenses acceptées</translation>
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="39" />
            <source>Kind: money paid back is recorded on its recovery claim, not as a payment</source>
            <translation>Type : un montant remboursé s'enregistre sur sa demande de remboursement, pas comme un paiement</translation>
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="47" />
            <source>Status: a payment of kind {kind} is not possible on grant {ref}, which is {status}</source>
            <translation>Statut : un paiement de type {kind} n'est pas possible sur la subvention {ref}, qui a le statut {status}</translation>
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="54" />
            <location filename="../../grants/services/payments.py" line="138" />
            <source>Beneficiary: payments are blocked while recovery claim {communication} of {amount} is open</source>
            <translation>Bénéficiaire : les paiements sont bloqués tant que la demande de remboursement {communication} de {amount} est ouverte</translation>
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="59" />
            <source>Date: grant {ref} is not committed yet; commit it before paying</source>
            <translation>Date : la subvention {ref} n'est pas encore engagée ; engagez-la avant de payer</translation>
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="62" />
            <source>Date: payment of {date} is before the commitment of {committed} (decision, then commitment, then payment)</source>
            <translation>Date : le paiement du {date} précède l'engagement du {committed} (arrêté, puis engagement, puis paiement)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="195" />
            <source>Amount: {amount} would bring payments on grant {ref} to {total}, above what is committed {committed} (granted {granted})</source>
            <translation>Montant : {amount} porterait les paiements sur la subvention {ref} à {total}, au-delà du montant engagé de {committed} (octroyé {granted})</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="201" />
            <source>Amount: the advance would reach {total}, above {share} % of the grant ({limit})</source>
            <translation>Montant : l'avance atteindrait {total}, au-delà de {share} % de la subvention ({limit})</translation>
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="74" />
            <source>Amount: {amount} is above the balance due {balance} (accepted {accepted}, granted {granted}, paid {paid})</source>
            <translation>Montant : {amount} dépasse le solde dû de {balance} (accepté {accepted}, octroyé {granted}, payé {paid})</translation>
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="80" />
            <source>Derogation: the justification arrived on {received}, after the deadline {deadline}; record the derogation that allows this payment</source>
            <translation>Dérogation : la justification est arrivée le {received}, après la date limite du {deadline} ; enregistrez la dérogation qui autorise ce paiement</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="209" />
            <source>Date: there is no budget line {code} in {year} to pay from (payment credits)</source>
            <translation>Date : il n'existe pas d'allocation de base {code} en {year} pour payer (crédits de liquidation)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="212" />
            <source>Amount: {amount} would bring {year} payments on budget line {code} to {total}, above its payment credits {credits} (available {available})</source>
            <translation>Montant : {amount} porterait les paiements de {year} sur l'allocation de base {code} à {total}, au-delà de ses crédits de liquidation de {credits} (disponible {available})</translation>
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="125" />
            <source>Status: payment {id} is {status}; only a prepared payment can be approved</source>
            <translation>Statut : le paiement {id} a le statut {status} ; seul un paiement préparé peut être approuvé</translation>
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="129" />
            <source>Approval: {user} prepared this payment and may not approve it too (separation of duties)</source>
            <translation>Approbation : {user} a préparé ce paiement et ne peut pas aussi l'approuver (séparation des fonctions)</translation>
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="153" />
            <source>Status: payment {id} is {status}; only a prepared payment can be cancelled</source>
            <translation>Statut : le paiement {id} a le statut {status} ; seul un paiement préparé peut être annulé</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="40" />
            <location filename="../../grants/services/programmes.py" line="74" />
            <source>Title</source>
            <translation>Intitulé</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="46" />
            <source>Kind: {value} is not one of {allowed}</source>
            <translation>Type : {value} ne fait pas partie de {allowed}</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="49" />
            <source>Envelope: must not be negative ({value})</source>
            <translation>Enveloppe : ne peut pas être négative ({value})</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="51" />
            <source>Closes: {closes} is before the opening {opens}</source>
            <translation>Clôture : le {closes} précède l'ouverture du {opens}</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="78" />
            <source>Requested amount: must be above zero ({amount})</source>
            <translation>Montant demandé : doit être supérieur à zéro ({amount})</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="81" />
            <source>Received on: {date} is after the call closed ({closes})</source>
            <translation>Reçue le : le {date} est postérieur à la clôture de l'appel ({closes})</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="103" />
            <source>Admissibility: say why the application is not admissible</source>
            <translation>Recevabilité : indiquez pourquoi la candidature n'est pas recevable</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="119" />
            <source>Scores: only an admissible application is scored ({ref})</source>
            <translation>Cotes : seule une candidature recevable est cotée ({ref})</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="120" />
            <source>{label}: the score must be between 0 and 10 ({value})</source>
            <translation>{label} : la cote doit être comprise entre 0 et 10 ({value})</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="122" />
            <source>Relevance</source>
            <translation>Pertinence</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="123" />
            <source>Efficiency</source>
            <translation>Efficience</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="124" />
            <source>Effectiveness</source>
            <translation>Efficacité</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="140" />
            <source>Selection: application {ref} must be admissible and scored before it is selected</source>
            <translation>Sélection : la candidature {ref} doit être recevable et cotée avant d'être sélectionnée</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="143" />
            <source>Selection: application {ref} already became a grant</source>
            <translation>Sélection : la candidature {ref} a déjà donné lieu à une subvention</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="169" />
            <source>Application {ref} is not part of this call</source>
            <translation>La candidature {ref} ne fait pas partie de cet appel</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="200" />
            <source>Selection: no selected application is waiting to become a grant</source>
            <translation>Sélection : aucune candidature sélectionnée n'attend de devenir une subvention</translation>
        </message>
        <message>
            <location filename="../../grants/services/recoveries.py" line="55" />
            <location filename="../../grants/services/recoveries.py" line="77" />
            <location filename="../../grants/services/recoveries.py" line="109" />
            <source>Status: recovery claim {communication} is {status}</source>
            <translation>Statut : la demande de remboursement {communication} a le statut {status}</translation>
        </message>
        <message>
            <location filename="../../grants/services/recoveries.py" line="82" />
            <source>Amount: {amount} must be above zero and at most the {left} still due on claim {communication}</source>
            <translation>Montant : {amount} doit être supérieur à zéro et au plus égal aux {left} encore dus sur la demande {communication}</translation>
        </message>
        <message>
            <location filename="../../grants/services/recoveries.py" line="85" />
            <source>Date: {date} is before the claim of {claimed}</source>
            <translation>Date : le {date} précède la demande du {claimed}</translation>
        </message>
        <message>
            <location filename="../../grants/services/reporting.py" line="397" />
            <source>Years: the last year {to} is before the first {first}</source>
            <extracomment>Statuses from which a grant's balance is meaningful (its justification was received).</extracomment>
            <translation>Années : la dernière année {to} précède la première {first}</translation>
        </message>
        <message>
            <location filename="../../grants/services/reporting.py" line="400" />
            <source>Years: {first} to {to} is more than 30 years</source>
            <translation>Années : de {first} à {to}, cela fait plus de 30 ans</translation>
        </message>
        <message>
            <location filename="../../grants/services/reporting.py" line="555" />
            <source>Beneficiary {ref} has no grant in {year}: there is no statement to write</source>
            <translation>Le bénéficiaire {ref} n'a aucune subvention en {year} : il n'y a pas de relevé à établir</translation>
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="30" />
            <source>officer</source>
            <translation>gestionnaire</translation>
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="31" />
            <source>finance</source>
            <translation>finances</translation>
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="32" />
            <source>auditor</source>
            <translation>auditeur</translation>
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="33" />
            <source>admin</source>
            <translation>administrateur</translation>
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="68" />
            <source>Role: {value} is not one of officer, finance, auditor, admin</source>
            <translation>Rôle : {value} ne fait pas partie de officer, finance, auditor, admin</translation>
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="76" />
            <source>User: give the OS user name (no spaces, at most {n} characters)</source>
            <translation>Utilisateur : indiquez le nom d'utilisateur du système (sans espaces, au maximum {n} caractères)</translation>
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="119" />
            <source>Roles: nobody has a role yet; first give yourself the admin role (grants roles set {user} admin), so that you cannot lock yourself out</source>
            <translation>Rôles : personne n'a encore de rôle ; attribuez-vous d'abord le rôle admin (grants roles set {user} admin), afin de ne pas vous bloquer l'accès</translation>
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="125" />
            <location filename="../../grants/services/roles.py" line="143" />
            <source>Roles: {user} is the last admin; name another admin first</source>
            <translation>Rôles : {user} est le dernier administrateur ; désignez d'abord un autre administrateur</translation>
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="140" />
            <source>User {user} has no role to remove</source>
            <translation>L'utilisateur {user} n'a pas de rôle à retirer</translation>
        </message>
        <message>
            <location filename="../../grants/services/security.py" line="38" />
            <source>User {user} has no role in this database: ask an administrator</source>
            <extracomment>What each role may do. "write" is any change to grants data.</extracomment>
            <translation>L'utilisateur {user} n'a pas de rôle dans cette base de données : adressez-vous à un administrateur</translation>
        </message>
        <message>
            <location filename="../../grants/services/security.py" line="42" />
            <source>User {user} ({role}) may not do this: {permission} is not allowed for the role</source>
            <translation>L'utilisateur {user} ({role}) ne peut pas effectuer cette opération : {permission} n'est pas autorisé pour ce rôle</translation>
        </message>
        <message>
            <location filename="../../grants/services/sepa.py" line="195" />
            <source>Output: {path} is a folder, not a file</source>
            <translation>Sortie : {path} est un dossier, pas un fichier</translation>
        </message>
        <message>
            <location filename="../../grants/services/sepa.py" line="211" />
            <source>Payments: no approved payment is waiting to be sent to the bank</source>
            <translation>Paiements : aucun paiement approuvé n'attend d'être envoyé à la banque</translation>
        </message>
        <message>
            <location filename="../../grants/services/sepa.py" line="220" />
            <source>IBAN: beneficiary {ref} ({name}) has no valid account number; payment {id} of {amount} on grant {grant} cannot be sent</source>
            <translation>IBAN : le bénéficiaire {ref} ({name}) n'a pas de numéro de compte valide ; le paiement {id} de {amount} sur la subvention {grant} ne peut pas être envoyé</translation>
        </message>
        <message>
            <location filename="../../grants/services/sepa.py" line="253" />
            <source>Output: the SEPA file {msg} is recorded (its payments are marked as sent) but could not be written to {path} ({error}); run grants export sepa --reissue {msg} --out FILE</source>
            <translation>Sortie : le fichier SEPA {msg} est enregistré (ses paiements sont marqués comme envoyés) mais n'a pas pu être écrit dans {path} ({error}) ; exécutez grants export sepa --reissue {msg} --out FICHIER</translation>
        </message>
        <message>
            <location filename="../../grants/services/sepa.py" line="325" />
            <source>Message id: no SEPA file {msg} in this database</source>
            <translation>Identifiant de message : aucun fichier SEPA {msg} dans cette base de données</translation>
        </message>
        <message>
            <location filename="../../grants/services/sepa.py" line="333" />
            <source>Message id: the SEPA file {msg} kept in the database does not match its checksum; it is not written</source>
            <translation>Identifiant de message : le fichier SEPA {msg} conservé dans la base de données ne correspond pas à son empreinte ; il n'est pas écrit</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="206" />
            <source>Snapshot: only a database file (SQLite) can be copied, not {url}</source>
            <extracomment>Units of progress: the copy counts for the first half, hashing for the second.</extracomment>
            <translation>Instantané : seul un fichier de base de données (SQLite) peut être copié, pas {url}</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="209" />
            <source>Snapshot: the database {path} does not exist</source>
            <translation>Instantané : la base de données {path} n'existe pas</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="213" />
            <source>Output: the snapshot cannot replace the database itself</source>
            <translation>Sortie : l'instantané ne peut pas remplacer la base de données elle-même</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="215" />
            <source>Output: {path} already exists; choose another file name</source>
            <translation>Sortie : {path} existe déjà ; choisissez un autre nom de fichier</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="218" />
            <source>Output: the folder {path} does not exist</source>
            <translation>Sortie : le dossier {path} n'existe pas</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="257" />
            <source>Snapshot: {path} is already a snapshot; copy the file itself</source>
            <translation>Instantané : {path} est déjà un instantané ; copiez le fichier lui-même</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="330" />
            <source>Not a snapshot: {path} has no manifest</source>
            <translation>Pas un instantané : {path} n'a pas de manifeste</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="373" />
            <source>Damaged file: {path} does not exist or is not a file</source>
            <translation>Fichier endommagé : {path} n'existe pas ou n'est pas un fichier</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="377" />
            <source>Damaged file: {path} is not a SQLite database</source>
            <translation>Fichier endommagé : {path} n'est pas une base de données SQLite</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="382" />
            <source>Damaged file: {path} cannot be opened ({detail})</source>
            <translation>Fichier endommagé : {path} ne peut pas être ouvert ({detail})</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="402" />
            <source>Damaged file: the SQLite integrity check failed ({detail})</source>
            <translation>Fichier endommagé : le contrôle d'intégrité SQLite a échoué ({detail})</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="406" />
            <source>Damaged file: the manifest cannot be read ({detail})</source>
            <translation>Fichier endommagé : le manifeste est illisible ({detail})</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="409" />
            <source>Not a snapshot: {path} has no manifest (take one with grants snapshot)</source>
            <translation>Pas un instantané : {path} n'a pas de manifeste (prenez-en un avec grants snapshot)</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="395" />
            <source>File altered: its bytes no longer match the seal written when the snapshot was taken</source>
            <translation>Fichier altéré : son contenu ne correspond plus au sceau écrit lors de la prise de l'instantané</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="412" />
            <source>Manifest altered: the manifest (date, author, source, counts, content hash) does not match its own hash</source>
            <translation>Manifeste altéré : le manifeste (date, auteur, source, décomptes, empreinte du contenu) ne correspond pas à sa propre empreinte</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="417" />
            <source>Damaged file: the content cannot be read ({detail})</source>
            <translation>Fichier endommagé : le contenu est illisible ({detail})</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="421" />
            <source>Content altered: the content hash is {found}, the manifest says {expected}</source>
            <translation>Contenu altéré : l'empreinte du contenu est {found}, le manifeste indique {expected}</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="427" />
            <source>Content altered: table {table} has {found} rows, the manifest says {expected}</source>
            <translation>Contenu altéré : la table {table} compte {found} lignes, le manifeste indique {expected}</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="430" />
            <source>Content altered: the content hash is {found}, not the {expected} sent with the snapshot</source>
            <translation>Contenu altéré : l'empreinte du contenu est {found}, et non {expected} transmise avec l'instantané</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="450" />
            <source>Audit chain broken: the audit trail cannot be read ({detail})</source>
            <translation>Chaîne d'audit rompue : le journal d'audit est illisible ({detail})</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="454" />
            <source>Audit chain broken at entry {id}: {reason}</source>
            <translation>Chaîne d'audit rompue à l'entrée {id} : {reason}</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="31" />
            <source>Enterprise number (BCE): {value} is not a valid Belgian enterprise number (10 digits, modulo-97 key)</source>
            <translation>Numéro d'entreprise (BCE) : {value} n'est pas un numéro d'entreprise belge valide (10 chiffres, clé modulo 97)</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="46" />
            <source>IBAN: {value} is not a valid account number (ISO 13616 check digits)</source>
            <translation>IBAN : {value} n'est pas un numéro de compte valide (chiffres de contrôle ISO 13616)</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="61" />
            <source>Structured communication: {value} is not valid (12 digits, the last two the first ten modulo 97)</source>
            <translation>Communication structurée : {value} n'est pas valide (12 chiffres, les deux derniers étant les dix premiers modulo 97)</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="88" />
            <source>{field}: {value} is not a year</source>
            <translation>{field} : {value} n'est pas une année</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="104" />
            <source>PGSP measures: {code} is not a measure code (like 1.4)</source>
            <translation>Mesures du PGSP : {code} n'est pas un code de mesure (comme 1.4)</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="108" />
            <source>PGSP measures: measure {code} is listed twice</source>
            <translation>Mesures du PGSP : la mesure {code} figure deux fois</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="130" />
            <source>PGSP measures: give a share for every measure or for none</source>
            <translation>Mesures du PGSP : indiquez une part pour chaque mesure ou pour aucune</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="117" />
            <location filename="../../grants/services/validators.py" line="147" />
            <source>PGSP measures: the share of measure {code} must be above 0 and at most 100 ({share} %)</source>
            <translation>Mesures du PGSP : la part de la mesure {code} doit être supérieure à 0 et au plus égale à 100 ({share} %)</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="121" />
            <source>PGSP measures: share {share} of measure {code} is not a percentage with at most 2 decimals</source>
            <translation>Mesures du PGSP : la part {share} de la mesure {code} n'est pas un pourcentage à 2 décimales au plus</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="153" />
            <source>PGSP measures: the shares total {total} %, they must total 100 %</source>
            <translation>Mesures du PGSP : les parts totalisent {total} %, elles doivent totaliser 100 %</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="161" />
            <source>{label}: this field is required</source>
            <translation>{label} : ce champ est obligatoire</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="164" />
            <source>{label}: at most {max} characters</source>
            <translation>{label} : au maximum {max} caractères</translation>
        </message>
        <message>
            <location filename="../../grants/demo/scenario.py" line="853" />
            <source>Demo: the demonstration data needs a database file that two users can open (not {url})</source>
            <extracomment>Who does what: the officer prepares (beneficiaries, grants, payments), finance keeps the budget and approves. The day the story stops: what is overdue is overdue at this date. How long before the decision each opinion is given (the Government decides on the day). The programmes the grants belong to (the PLPP 2023 envelope is what its grants add up to).</extracomment>
            <translation>Démo : les données de démonstration requièrent un fichier de base de données que deux utilisateurs peuvent ouvrir (pas {url})</translation>
        </message>
        <message>
            <location filename="../../grants/domain/parse.py" line="34" />
            <source>Amount: {text} is not an amount in euro (for example 1 234,56)</source>
            <translation>Montant : {text} n'est pas un montant en euro (par exemple 1 234,56)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/parse.py" line="35" />
            <source>Amount: {text} is ambiguous, it can be read as {thousands} or as {decimals}; write the cents (2.000,00) or no separator (2000)</source>
            <translation>Montant : {text} est ambigu, il peut se lire {thousands} ou {decimals} ; écrivez les centimes (2.000,00) ou aucun séparateur (2000)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/parse.py" line="36" />
            <source>Amount: {text} is ambiguous, it can be read as {thousands} or as an amount with 3 decimals; write the cents (2.000,00) or no separator (2000)</source>
            <translation>Montant : {text} est ambigu, il peut se lire {thousands} ou comme un montant à 3 décimales ; écrivez les centimes (2.000,00) ou aucun séparateur (2000)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/parse.py" line="37" />
            <source>Amount: {text} has more than 2 decimals (it is never rounded)</source>
            <translation>Montant : {text} a plus de 2 décimales (il n'est jamais arrondi)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/parse.py" line="38" />
            <source>Amount: {text} must not be negative</source>
            <translation>Montant : {text} ne peut pas être négatif</translation>
        </message>
        <message>
            <location filename="../../grants/domain/parse.py" line="39" />
            <source>Amount: {text} is too large (at most 999 999 999 999,99)</source>
            <translation>Montant : {text} est trop élevé (au plus 999 999 999 999,99)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/parse.py" line="40" />
            <source>Share: {text} is not a percentage (for example 50 or 33,33)</source>
            <translation>Part : {text} n'est pas un pourcentage (par exemple 50 ou 33,33)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/parse.py" line="41" />
            <source>Share: {text} has more than 2 decimals (it is never rounded)</source>
            <translation>Part : {text} a plus de 2 décimales (elle n'est jamais arrondie)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/parse.py" line="42" />
            <source>Share: {text} is not between 0 and 100 %</source>
            <translation>Part : {text} n'est pas comprise entre 0 et 100 %</translation>
        </message>
        <message>
            <location filename="../../grants/domain/parse.py" line="43" />
            <source>Date: {text} is not a date (for example 31/03/2024 or 2024-03-31)</source>
            <translation>Date : {text} n'est pas une date (par exemple 31/03/2024 ou 2024-03-31)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/parse.py" line="44" />
            <source>Date: {text} does not exist in the calendar</source>
            <translation>Date : {text} n'existe pas dans le calendrier</translation>
        </message>
        <message>
            <location filename="../../grants/cli/__init__.py" line="60" />
            <source>no database at {path}: run grants init</source>
            <translation>aucune base de données à l'emplacement {path} : exécutez grants init</translation>
        </message>
        <message>
            <location filename="../../grants/services/organisation.py" line="67" />
            <source>Organisation settings: {setting} not set; run grants settings {setting} VALUE (administrators)</source>
            <translation>Paramètres de l'organisation : {setting} n'est pas défini ; exécutez grants settings {setting} VALEUR (administrateurs)</translation>
        </message>
        <message>
            <location filename="../../grants/services/organisation.py" line="90" />
            <source>Setting: {key} is not one of name, address, iban, bic, logo, signatories</source>
            <translation>Paramètre : {key} n'est pas l'un de name, address, iban, bic, logo, signatories</translation>
        </message>
        <message>
            <location filename="../../grants/services/organisation.py" line="97" />
            <source>{setting}: at most {n} characters</source>
            <translation>{setting} : au plus {n} caractères</translation>
        </message>
        <message>
            <location filename="../../grants/services/organisation.py" line="104" />
            <source>BIC: {value} is not a bank identifier code (8 or 11 letters and digits)</source>
            <translation>BIC : {value} n'est pas un code d'identification bancaire (8 ou 11 lettres et chiffres)</translation>
        </message>
        <message>
            <location filename="../../grants/services/organisation.py" line="110" />
            <source>Logo: no image file at {path}</source>
            <translation>Logo : aucun fichier image à l'emplacement {path}</translation>
        </message>
        <message>
            <location filename="../../grants/services/schema.py" line="41" />
            <source>Database: {path} is a folder, not a database file</source>
            <translation>Base de données : {path} est un dossier, pas un fichier de base de données</translation>
        </message>
        <message>
            <location filename="../../grants/services/schema.py" line="49" />
            <source>Database: {path} is not a grants database (not an SQLite file); it was left untouched</source>
            <translation>Base de données : {path} n'est pas une base de données grants (pas un fichier SQLite) ; elle n'a pas été modifiée</translation>
        </message>
        <message>
            <location filename="../../grants/services/schema.py" line="58" />
            <source>Database: {path} was written by a newer version of grants (schema {revision}); it was left untouched: use that version or a later one</source>
            <translation>Base de données : {path} a été écrite par une version plus récente de grants (schéma {revision}) ; elle n'a pas été modifiée : utilisez cette version ou une plus récente</translation>
        </message>
    </context>
    <context>
        <name>values</name>
        <message>
            <location filename="../../grants/ui/labels.py" line="56" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="56" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="9" />
            <source>commune</source>
            <translation>commune</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="10" />
            <source>police_zone</source>
            <translation>zone de police</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="11" />
            <source>training_school</source>
            <translation>école de formation</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="12" />
            <source>regional_body</source>
            <translation>organisme régional (OAA)</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="13" />
            <source>asbl_communal</source>
            <translation>ASBL communale</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="14" />
            <source>asbl_private</source>
            <translation>ASBL privée</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="15" />
            <source>rent</source>
            <translation>loyers et charges</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="16" />
            <source>communication</source>
            <translation>communication</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="17" />
            <source>administration</source>
            <translation>administration</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="18" />
            <source>third_parties</source>
            <translation>tiers et honoraires</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="19" />
            <source>activities</source>
            <translation>activités</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="20" />
            <source>staff</source>
            <translation>personnel</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="21" />
            <source>investment</source>
            <translation>investissements et amortissements</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="22" />
            <source>taxes</source>
            <translation>impôts et taxes</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="23" />
            <source>financial</source>
            <translation>charges financières et exceptionnelles</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="24" />
            <source>draft</source>
            <translation>brouillon</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="25" />
            <source>decided</source>
            <translation>décidée</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="26" />
            <source>committed</source>
            <translation>engagée</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="27" />
            <source>advance_paid</source>
            <translation>avance payée</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="28" />
            <source>justified</source>
            <translation>justifiée</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="29" />
            <source>balance_paid</source>
            <translation>solde payé</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="30" />
            <location filename="../../grants/services/vocabulary.py" line="40" />
            <source>recovery</source>
            <translation>récupération</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="31" />
            <source>closed</source>
            <translation>clôturée</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="32" />
            <source>fr</source>
            <translation>français</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="33" />
            <source>nl</source>
            <translation>néerlandais</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="34" />
            <source>inspection_finances</source>
            <translation>avis de l'Inspection des Finances</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="35" />
            <source>budget_agreement</source>
            <translation>accord du ministre du Budget</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="36" />
            <source>government_decision</source>
            <translation>décision du Gouvernement</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="37" />
            <source>advance</source>
            <translation>avance</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="38" />
            <source>balance</source>
            <translation>solde</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="39" />
            <source>other</source>
            <translation>autre</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="41" />
            <source>prepared</source>
            <translation>préparé</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="42" />
            <source>approved</source>
            <translation>approuvé</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="43" />
            <location filename="../../grants/services/vocabulary.py" line="50" />
            <source>cancelled</source>
            <translation>annulé</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="44" />
            <source>call_for_projects</source>
            <translation>appel à projets</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="45" />
            <source>local_plan</source>
            <translation>plan local de prévention et de proximité</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="46" />
            <source>police_fund</source>
            <translation>Fonds Sommets européens</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="47" />
            <source>direct_grant</source>
            <translation>subvention directe</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="48" />
            <source>open</source>
            <translation>ouverte</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="49" />
            <source>paid</source>
            <translation>payée</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="51" />
            <source>officer</source>
            <translation>gestionnaire</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="52" />
            <source>finance</source>
            <translation>finances</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="53" />
            <source>auditor</source>
            <translation>auditeur</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="54" />
            <source>admin</source>
            <translation>administrateur</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="28" />
            <source>Advance</source>
            <translation>Avance</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="25" />
            <source>Advance paid</source>
            <translation>Avance payée</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="29" />
            <source>Approved</source>
            <translation>Approuvé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="28" />
            <source>Balance</source>
            <translation>Solde</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="26" />
            <source>Balance paid</source>
            <translation>Solde payé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="37" />
            <source>Call for projects</source>
            <translation>Appel à projets</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="29" />
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="26" />
            <source>Closed</source>
            <translation>Clôturée</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="24" />
            <source>Committed</source>
            <translation>Engagée</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="35" />
            <source>Communal non-profit</source>
            <translation>ASBL communale</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="33" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="24" />
            <source>Decided</source>
            <translation>Décidée</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="38" />
            <source>Direct grant</source>
            <translation>Subvention directe</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="24" />
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="40" />
            <source>Dutch</source>
            <translation>Néerlandais</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="40" />
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="25" />
            <source>Justified</source>
            <translation>Justifiée</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="37" />
            <source>Local plan (PLPP)</source>
            <translation>Plan local (PLPP)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="31" />
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="28" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="31" />
            <source>Paid</source>
            <translation>Payée</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="38" />
            <source>Police fund</source>
            <translation>Fonds police</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="33" />
            <source>Police zone</source>
            <translation>Zone de police</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="29" />
            <source>Prepared</source>
            <translation>Préparé</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="35" />
            <source>Private non-profit</source>
            <translation>ASBL privée</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="26" />
            <source>Recovery</source>
            <translation>Récupération</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="34" />
            <source>Regional body</source>
            <translation>Organisme régional</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="34" />
            <source>Training school</source>
            <translation>École de formation</translation>
        </message>
    </context>
</TS>
