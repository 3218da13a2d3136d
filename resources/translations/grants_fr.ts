<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_BE">
<context>
    <name>AuditChecksPage</name>
    <message>
        <source>Audit checks</source>
        <translation>Contrôles d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
    <message>
        <source>Overdue &amp;as of</source>
        <translation>En retard &amp;au</translation>
    </message>
    <message>
        <source>&amp;Run the checks</source>
        <translation>&amp;Lancer les contrôles</translation>
    </message>
    <message>
        <source>&amp;Report (Excel or PDF)…</source>
        <translation>&amp;Rapport (Excel ou PDF)…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Records checked</source>
        <translation>Enregistrements contrôlés</translation>
    </message>
    <message>
        <source>At fault</source>
        <translation>En défaut</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>toutes les années</translation>
    </message>
    <message>
        <source>Running the audit checks…</source>
        <translation>Contrôles d&apos;audit en cours…</translation>
    </message>
    <message>
        <source>Press Run to check the data.</source>
        <translation>Cliquez sur Lancer les contrôles pour vérifier les données.</translation>
    </message>
    <message numerus="yes">
        <source>%n checks fail (%1).</source>
        <translation>
            <numerusform>%n contrôle en échec (%1).</numerusform>
            <numerusform>%n contrôles en échec (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>All checks pass (%1).</source>
        <translation>Tous les contrôles sont conformes (%1).</translation>
    </message>
    <message>
        <source>Snapshot of %1 by %2.</source>
        <translation>Instantané du %1 par %2.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Save the audit report</source>
        <translation>Enregistrer le rapport d&apos;audit</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF document (*.pdf)</source>
        <translation>Classeur Excel (*.xlsx);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the audit report…</source>
        <translation>Rédaction du rapport d&apos;audit…</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Rapport enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AuditTrailPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Record &amp;type</source>
        <translation>&amp;Type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrement</translation>
    </message>
    <message>
        <source>identifier or reference (G-2024-00012)</source>
        <translation>identifiant ou référence (G-2024-00012)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Utilisateur</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xporter vers Excel…</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source> (the newest %1 shown)</source>
        <translation> (les %1 plus récentes affichées)</translation>
    </message>
    <message>
        <source>Select an entry to see its fields before and after.</source>
        <translation>Sélectionnez une entrée pour voir ses champs avant et après.</translation>
    </message>
    <message>
        <source>%3: %1 %2, by %4 on %5 (entry %6)</source>
        <translation>%3&#xa0;: %1 %2, par %4 le %5 (entrée %6)</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1</source>
        <translation>
            <numerusform>%n entrée exportée vers %1</numerusform>
            <numerusform>%n entrées exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>Exportation du journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Audit trail altered</source>
        <translation>Journal d&apos;audit altéré</translation>
    </message>
    <message>
        <source>The audit trail was changed outside the application:</source>
        <translation>Le journal d&apos;audit a été modifié en dehors de l&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>Audit trail intact</source>
        <translation>Journal d&apos;audit intact</translation>
    </message>
    <message>
        <source>Every entry matches its hash and follows the previous one: nothing was edited or deleted outside the application.</source>
        <translation>Chaque entrée correspond à son empreinte et suit la précédente&#xa0;: rien n&apos;a été modifié ni supprimé en dehors de l&apos;application.</translation>
    </message>
</context>
<context>
    <name>BudgetYears</name>
    <message>
        <source>Budget regime of a year</source>
        <translation>Régime budgétaire d&apos;une année</translation>
    </message>
    <message>
        <source>Save the regime</source>
        <translation>Enregistrer le régime</translation>
    </message>
    <message>
        <source>While no budget is voted, the year is provisional: commitments on each line reach at most month/12 of the previous year&apos;s commitment credits of the same code by the end of the month.</source>
        <translation>Tant qu&apos;aucun budget n&apos;est voté, l&apos;année est provisoire&#xa0;: les engagements de chaque ligne atteignent au plus, à la fin du mois, mois/12 des crédits d&apos;engagement de l&apos;année précédente sur le même code.</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Provisional: no budget voted (twelfths)</source>
        <translation>Provisoire&#xa0;: aucun budget voté (douzièmes)</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Régime</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>e.g. budget not voted on 1 January</source>
        <translation>p. ex. budget non voté au 1er janvier</translation>
    </message>
    <message>
        <source>Provisional years (twelfths): %1</source>
        <translation>Années provisoires (douzièmes)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Budget voted: %1</source>
        <translation>Budget voté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Budget regime…</source>
        <translation>Régime budgétaire…</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <extracomment>The keyring&apos;s service name under which passwords are kept (one entry per server key).</extracomment>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <source>A grants database shared by the team on a PostgreSQL server.</source>
        <translation>Une base de subventions partagée par l&apos;équipe sur un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>(new server)</source>
        <translation>(nouveau serveur)</translation>
    </message>
    <message>
        <source>Empty: PGPASSWORD, the pgpass file or the keyring</source>
        <translation>Vide&#xa0;: PGPASSWORD, le fichier pgpass ou le trousseau</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Retenir le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>No system keyring is available: the password cannot be remembered.</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;: le mot de passe ne peut pas être retenu.</translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation>Serveurs récents</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User (login)</source>
        <translation>Utilisateur (login)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Justification overdue</source>
        <translation>Justification en retard</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Granted in %1</source>
        <translation>Octroyé en %1</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n subvention</numerusform>
            <numerusform>%n subventions</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid in %1</source>
        <translation>Payé en %1</translation>
    </message>
    <message>
        <source>Justifications overdue (%1)</source>
        <translation>Justifications en retard (%1)</translation>
    </message>
    <message>
        <source>grants of %1</source>
        <translation>subventions pour %1</translation>
    </message>
    <message>
        <source>Open recoveries</source>
        <translation>Récupérations en cours</translation>
    </message>
    <message>
        <source>%1 to recover</source>
        <translation>%1 à récupérer</translation>
    </message>
    <message>
        <source>Payments to approve</source>
        <translation>Paiements à approuver</translation>
    </message>
    <message>
        <source>thousand €</source>
        <translation>milliers d&apos;€</translation>
    </message>
    <message>
        <source>Commitments against credits per budget line</source>
        <translation>Engagements et crédits par allocation de base</translation>
    </message>
    <message>
        <source>Commitment credits</source>
        <translation>Crédits d&apos;engagement</translation>
    </message>
    <message>
        <source>Reserved by grants</source>
        <translation>Réservé par les subventions</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Budget line %1</source>
        <translation>Allocation de base %1</translation>
    </message>
    <message>
        <source>Amounts granted per beneficiary category</source>
        <translation>Montants octroyés par catégorie de bénéficiaires</translation>
    </message>
    <message>
        <source>Amounts per PGSP thematic</source>
        <translation>Montants par thématique du PGSP</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Octroyé</translation>
    </message>
    <message>
        <source>Payments per month</source>
        <translation>Paiements par mois</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <source>Grants of %1</source>
        <translation>Subventions de %1</translation>
    </message>
    <message>
        <source>Payments of %1</source>
        <translation>Paiements de %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Nothing was saved:</source>
        <translation>Rien n&apos;a été enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Something went wrong: {message}</source>
        <translation>Une erreur s&apos;est produite&#xa0;: {message}</translation>
    </message>
    <message>
        <source>The details were written to the log file:
{path}</source>
        <translation>Les détails ont été écrits dans le fichier journal&#xa0;:
{path}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>10 digits, for example 0403.019.261</source>
        <translation>10 chiffres, par exemple 0403.019.261</translation>
    </message>
    <message>
        <source>A balance payment of {amount} will be prepared.</source>
        <translation>Un paiement du solde de {amount} sera préparé.</translation>
    </message>
    <message>
        <source>A claim is cancelled only by decision (waiver, error): say why.</source>
        <translation>Une demande de remboursement n&apos;est annulée que sur décision (renonciation, erreur)&#xa0;: indiquez le motif.</translation>
    </message>
    <message>
        <source>A closed grant releases what stays committed beyond what was spent.</source>
        <translation>La clôture de la subvention libère ce qui reste engagé au-delà des dépenses.</translation>
    </message>
    <message>
        <source>A new grant starts as a draft: its amount is reserved on the budget line.</source>
        <translation>Une nouvelle subvention commence comme brouillon&#xa0;: son montant est réservé sur l&apos;allocation de base.</translation>
    </message>
    <message>
        <source>A payment not yet approved can be cancelled; its credits are freed.</source>
        <translation>Un paiement non encore approuvé peut être annulé&#xa0;; ses crédits sont libérés.</translation>
    </message>
    <message>
        <source>A payment waits for approval by another person.</source>
        <translation>Un paiement attend l&apos;approbation d&apos;une autre personne.</translation>
    </message>
    <message>
        <source>A recovery claim of {amount} will be raised.</source>
        <translation>Une demande de remboursement de {amount} sera émise.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Accepted expenses</source>
        <translation>Dépenses acceptées</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Add a measure</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) done.</source>
        <translation>
            <numerusform>%n enregistrement traité.</numerusform>
            <numerusform>%n enregistrements traités.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused:</source>
        <translation>
            <numerusform>%n refusé&#xa0;:</numerusform>
            <numerusform>%n refusés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Admissibility</source>
        <translation>Recevabilité</translation>
    </message>
    <message>
        <source>Admissibility…</source>
        <translation>Recevabilité…</translation>
    </message>
    <message>
        <source>Admissible</source>
        <translation>Recevable</translation>
    </message>
    <message>
        <source>Advance limit</source>
        <translation>Plafond de l&apos;avance</translation>
    </message>
    <message>
        <source>Advance share</source>
        <translation>Part de l&apos;avance</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Already committed</source>
        <translation>Déjà engagé</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>Déjà payé</translation>
    </message>
    <message>
        <source>{category}: {problem}</source>
        <translation>{category}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Amend the grant</source>
        <translation>Modifier la subvention par avenant</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Avenants</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Avenant…</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Amount change</source>
        <translation>Variation du montant</translation>
    </message>
    <message>
        <source>Amount change (+/−)</source>
        <translation>Variation du montant (+/−)</translation>
    </message>
    <message>
        <source>An amendment (avenant) changes the amount and/or the period, dated and reasoned. A cut releases what is no longer granted.</source>
        <translation>Un avenant modifie le montant et/ou la période&#xa0;; il est daté et motivé. Une réduction libère ce qui n&apos;est plus octroyé.</translation>
    </message>
    <message>
        <source>An application that is not admissible is not scored; say why.</source>
        <translation>Une candidature non recevable n&apos;est pas cotée&#xa0;; indiquez pourquoi.</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Letters to all…</source>
        <translation>Lettres à tous…</translation>
    </message>
    <message>
        <source>One letter per beneficiary of the programme&apos;s grants, in a folder, with an index workbook</source>
        <translation>Une lettre par bénéficiaire des subventions du programme, dans un dossier, avec un classeur d&apos;index</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) · requested {requested} · selected {selected} · envelope {envelope}</source>
        <translation>
            <numerusform>%n candidature · demandé {requested} · sélectionné {selected} · enveloppe {envelope}</numerusform>
            <numerusform>%n candidatures · demandé {requested} · sélectionné {selected} · enveloppe {envelope}</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters written: {n}, in {folder}</source>
        <translation>Lettres écrites&#xa0;: {n}, dans {folder}</translation>
    </message>
    <message>
        <source>Writing the letters…</source>
        <translation>Écriture des lettres…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected application(s) · {amount}</source>
        <translation>
            <numerusform>%n candidature sélectionnée · {amount}</numerusform>
            <numerusform>%n candidatures sélectionnées · {amount}</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the budget line…</source>
        <translation>Créer l&apos;allocation de base…</translation>
    </message>
    <message>
        <source>There is no budget line for {year} yet: the grants need one. Create it (Create the budget line…), then choose it here.</source>
        <translation>Il n&apos;y a pas encore d&apos;allocation de base pour {year}&#xa0;: les subventions en ont besoin. Créez-la (Créer l&apos;allocation de base…), puis choisissez-la ici.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Approve payments</source>
        <translation>Approbation des paiements</translation>
    </message>
    <message>
        <source>Approve the payment</source>
        <translation>Approuver le paiement</translation>
    </message>
    <message>
        <source>Approve the payment…</source>
        <translation>Approuver le paiement…</translation>
    </message>
    <message>
        <source>Approve the selected payments</source>
        <translation>Approuver les paiements sélectionnés</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approuver…</translation>
    </message>
    <message>
        <source>Approving releases the payment. Who prepared a payment may not approve it (except when one person works alone on this database).</source>
        <translation>L&apos;approbation libère le paiement. La personne qui a préparé un paiement ne peut pas l&apos;approuver (sauf si une seule personne travaille sur cette base de données).</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Balance = the accepted expenses (at most the amount granted) minus what was already paid.</source>
        <translation>Solde = les dépenses acceptées (au plus le montant octroyé) moins ce qui a déjà été payé.</translation>
    </message>
    <message>
        <source>Balance payment of {amount} prepared; it waits for approval.</source>
        <translation>Paiement du solde de {amount} préparé&#xa0;; il attend l&apos;approbation.</translation>
    </message>
    <message>
        <source>Bank account (IBAN)</source>
        <translation>Compte bancaire (IBAN)</translation>
    </message>
    <message>
        <source>Bank statement reference</source>
        <translation>Référence de l&apos;extrait de compte</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Allocation de base</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel à projets</translation>
    </message>
    <message>
        <source>Call closes</source>
        <translation>Clôture de l&apos;appel</translation>
    </message>
    <message>
        <source>Call opens</source>
        <translation>Ouverture de l&apos;appel</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel payments</source>
        <translation>Annulation des paiements</translation>
    </message>
    <message>
        <source>Cancel the claim</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <source>Cancel the claim…</source>
        <translation>Annuler la demande de remboursement…</translation>
    </message>
    <message>
        <source>Cancel the payment</source>
        <translation>Annuler le paiement</translation>
    </message>
    <message>
        <source>Cancel the payment…</source>
        <translation>Annuler le paiement…</translation>
    </message>
    <message>
        <source>Cancel the recovery claim</source>
        <translation>Annuler la demande de remboursement</translation>
    </message>
    <message>
        <source>Cancel the selected payments</source>
        <translation>Annuler les paiements sélectionnés</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Vérifiée le</translation>
    </message>
    <message>
        <source>Checking the workbook…</source>
        <translation>Vérification du classeur…</translation>
    </message>
    <message>
        <source>Choose a beneficiary from the list</source>
        <translation>Choisissez un bénéficiaire dans la liste</translation>
    </message>
    <message>
        <source>Choose a budget line</source>
        <translation>Choisissez une allocation de base</translation>
    </message>
    <message>
        <source>Choose a call</source>
        <translation>Choisissez un appel à projets</translation>
    </message>
    <message>
        <source>Choose a grant from the list</source>
        <translation>Choisissez une subvention dans la liste</translation>
    </message>
    <message>
        <source>Choose a measure on every row, or remove the empty row</source>
        <translation>Choisissez une mesure sur chaque ligne, ou supprimez la ligne vide</translation>
    </message>
    <message>
        <source>Choose a workbook…</source>
        <translation>Choisir un classeur…</translation>
    </message>
    <message>
        <source>Choose admissible or not admissible</source>
        <translation>Choisissez recevable ou non recevable</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Claimed expenses</source>
        <translation>Dépenses déclarées</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the grant</source>
        <translation>Clôturer la subvention</translation>
    </message>
    <message>
        <source>Close the grant…</source>
        <translation>Clôturer la subvention…</translation>
    </message>
    <message>
        <source>Close the selected grants (today)</source>
        <translation>Clôturer les subventions sélectionnées (aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>Clôtures</translation>
    </message>
    <message>
        <source>Code (allocation de base)</source>
        <translation>Code (allocation de base)</translation>
    </message>
    <message>
        <source>Codes separated by &apos;;&apos;, each with its share if not equal: 1.4:60; 2.1:40</source>
        <translation>Codes séparés par «&#xa0;;&#xa0;», chacun avec sa part si elles ne sont pas égales&#xa0;: 1.4:60; 2.1:40</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Engager</translation>
    </message>
    <message>
        <source>Commit the grant</source>
        <translation>Engager la subvention</translation>
    </message>
    <message>
        <source>Commit the selected grants (today, whole amount)</source>
        <translation>Engager les subventions sélectionnées (aujourd&apos;hui, montant total)</translation>
    </message>
    <message>
        <source>Commitment credits (CE)</source>
        <translation>Crédits d&apos;engagement (CE)</translation>
    </message>
    <message numerus="yes">
        <source>Fiscal year {year} · %n grant(s)</source>
        <translation>
            <numerusform>Exercice {year} · %n subvention</numerusform>
            <numerusform>Exercice {year} · %n subventions</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitment credits available</source>
        <translation>Crédits d&apos;engagement disponibles</translation>
    </message>
    <message>
        <source>Commitment date</source>
        <translation>Date d&apos;engagement</translation>
    </message>
    <message>
        <source>Commitment reference</source>
        <translation>Référence de l&apos;engagement</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Commit…</source>
        <translation>Engager…</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Continuer…</translation>
    </message>
    <message>
        <source>Create the draft grants</source>
        <translation>Créer les subventions en brouillon</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Signed convention</source>
        <extracomment>The one temporary folder of this session&apos;s &quot;Open&quot; copies, removed when the application closes.</extracomment>
        <translation>Convention signée</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Rapport d&apos;activités</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Ajouter un fichier</translation>
    </message>
    <message>
        <source>Add the file</source>
        <translation>Ajouter le fichier</translation>
    </message>
    <message>
        <source>The file is kept in the database with the grant (and in the auditors&apos; snapshots); identical content is stored once.</source>
        <translation>Le fichier est conservé dans la base de données avec la subvention (et dans les instantanés des auditeurs)&#xa0;; un contenu identique n&apos;est stocké qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Choose the file to keep</source>
        <translation>Choisir le fichier à conserver</translation>
    </message>
    <message>
        <source>Adding the file…</source>
        <translation>Ajout du fichier…</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Ouverture du fichier…</translation>
    </message>
    <message>
        <source>Save a copy of the file</source>
        <translation>Enregistrer une copie du fichier</translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>Enregistrement du fichier…</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Arrêté du</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Date de l&apos;arrêté</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation>Référence de l&apos;arrêté</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Deselect</source>
        <translation>Désélectionner</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>À payer au plus tard le</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Each selected application becomes a draft grant of its requested amount, all together or none (credits, measures).</source>
        <translation>Chaque candidature sélectionnée devient une subvention en brouillon du montant demandé, toutes ensemble ou aucune (crédits, mesures).</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Efficacité</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efficience</translation>
    </message>
    <message>
        <source>Enterprise number (BCE/KBO)</source>
        <translation>Numéro d&apos;entreprise (BCE)</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Equal shares</source>
        <translation>Parts égales</translation>
    </message>
    <message>
        <source>Evidence reference</source>
        <translation>Référence de la pièce justificative</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Expenses by category</source>
        <translation>Dépenses par catégorie</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Word document (*.docx);;PDF (*.pdf)</source>
        <translation>Document Word (*.docx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letter written: {path}</source>
        <translation>Lettre écrite&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Writing the letter…</source>
        <translation>Écriture de la lettre…</translation>
    </message>
    <message>
        <source>Fill in the draft and save it (Ctrl+S); then record the opinions and the decision.</source>
        <translation>Complétez le brouillon et enregistrez-le (Ctrl+S)&#xa0;; enregistrez ensuite les avis et l&apos;arrêté.</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Exercice budgétaire</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Octroyé</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import a workbook</source>
        <translation>Importer un classeur</translation>
    </message>
    <message>
        <source>Imported: {add} records added, {change} changed.</source>
        <translation>Importé&#xa0;: {add} enregistrements ajoutés, {change} modifiés.</translation>
    </message>
    <message>
        <source>Importing the workbook…</source>
        <translation>Importation du classeur…</translation>
    </message>
    <message>
        <source>Justification deadline</source>
        <translation>Date limite de justification</translation>
    </message>
    <message>
        <source>Justifications</source>
        <translation>Justifications</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer l&apos;encodage</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le conserver</translation>
    </message>
    <message>
        <source>Record the co-financing</source>
        <translation>Enregistrer le cofinancement</translation>
    </message>
    <message>
        <source>The project&apos;s budget and its other funders as they stand now. The grant&apos;s amount cannot exceed the budget minus the other funders, requested or granted (a refused funding does not count).</source>
        <translation>Le budget du projet et ses autres financeurs tels qu&apos;ils sont aujourd&apos;hui. Le montant de la subvention ne peut dépasser le budget moins les autres financeurs, demandés ou accordés (un financement refusé ne compte pas).</translation>
    </message>
    <message>
        <source>Other funders: {other}. No total budget: no ceiling.</source>
        <translation>Autres financeurs&#xa0;: {other}. Pas de budget total&#xa0;: pas de plafond.</translation>
    </message>
    <message>
        <source>Other funders: {other}. The grant may reach {ceiling}; co-financing rate {rate} %.</source>
        <translation>Autres financeurs&#xa0;: {other}. La subvention peut atteindre {ceiling}&#xa0;; taux de cofinancement {rate} %.</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>La laisser ouverte</translation>
    </message>
    <message>
        <source>Keep the claim</source>
        <translation>Maintenir la demande</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Language of correspondence</source>
        <translation>Langue de correspondance</translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation>Dernier rappel</translation>
    </message>
    <message>
        <source>Left empty, a reference is given (B-00001)</source>
        <translation>Si vide, une référence est attribuée (B-00001)</translation>
    </message>
    <message>
        <source>Left empty, a reference is given (P-2024-001)</source>
        <translation>Si vide, une référence est attribuée (P-2024-001)</translation>
    </message>
    <message>
        <source>Left empty, the French name is used</source>
        <translation>Si vide, le nom en français est utilisé</translation>
    </message>
    <message>
        <source>Left empty: 30 days after the claim</source>
        <translation>Si vide&#xa0;: 30 jours après la demande</translation>
    </message>
    <message>
        <source>Mark admissible</source>
        <translation>Déclarer recevable</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Money received against the claim. When nothing is left due, the claim is paid and the grant closes.</source>
        <translation>Somme reçue en remboursement. Lorsque plus rien n&apos;est dû, la demande est soldée et la subvention est clôturée.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name (Dutch)</source>
        <translation>Nom (néerlandais)</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <source>New beneficiary</source>
        <translation>Nouveau bénéficiaire</translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation>Nouvelle allocation de base</translation>
    </message>
    <message>
        <source>New grant</source>
        <translation>Nouvelle subvention</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>Nouvelle période</translation>
    </message>
    <message>
        <source>New period end</source>
        <translation>Nouvelle fin de période</translation>
    </message>
    <message>
        <source>New period start</source>
        <translation>Nouveau début de période</translation>
    </message>
    <message>
        <source>New programme or call</source>
        <translation>Nouveau programme ou appel à projets</translation>
    </message>
    <message>
        <source>Next: close the grant.</source>
        <translation>Étape suivante&#xa0;: clôturer la subvention.</translation>
    </message>
    <message>
        <source>Next: commit the grant on budget line {code}.</source>
        <translation>Étape suivante&#xa0;: engager la subvention sur l&apos;allocation de base {code}.</translation>
    </message>
    <message>
        <source>Next: follow the recovery claim.</source>
        <translation>Étape suivante&#xa0;: suivre la demande de remboursement.</translation>
    </message>
    <message>
        <source>Next: prepare the advance, or receive the justification.</source>
        <translation>Étape suivante&#xa0;: préparer l&apos;avance, ou réceptionner la justification.</translation>
    </message>
    <message>
        <source>Next: receive the justification (deadline {date}).</source>
        <translation>Étape suivante&#xa0;: réceptionner la justification (date limite {date}).</translation>
    </message>
    <message>
        <source>Next: record the opinions the amount requires ({missing}), then the decision.</source>
        <translation>Étape suivante&#xa0;: enregistrer les avis requis pour ce montant ({missing}), puis l&apos;arrêté.</translation>
    </message>
    <message>
        <source>Next: settle the grant (balance {amount}).</source>
        <translation>Étape suivante&#xa0;: régler le solde de la subvention (solde {amount}).</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>No admissible application yet: record the admissibility first.</source>
        <translation>Aucune candidature recevable pour l&apos;instant&#xa0;: enregistrez d&apos;abord la recevabilité.</translation>
    </message>
    <message>
        <source>No workbook chosen</source>
        <translation>Aucun classeur choisi</translation>
    </message>
    <message>
        <source>Not admissible</source>
        <translation>Non recevable</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Nothing is due either way: the grant will be closed.</source>
        <translation>Rien n&apos;est dû de part et d&apos;autre&#xa0;: la subvention sera clôturée.</translation>
    </message>
    <message>
        <source>Nothing was due: the grant is closed.</source>
        <translation>Rien n&apos;était dû&#xa0;: la subvention est clôturée.</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Notifiée le</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the application</source>
        <translation>Ouvrir la candidature</translation>
    </message>
    <message>
        <source>Open the grant</source>
        <translation>Ouvrir la subvention</translation>
    </message>
    <message>
        <source>Open the grant, receive its justification, then Settle: when more was paid than accepted, the claim is raised with its structured communication.</source>
        <translation>Ouvrez la subvention, réceptionnez sa justification, puis Régler le solde&#xa0;: si le montant payé dépasse le montant accepté, la demande de remboursement est émise avec sa communication structurée.</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Opinions</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Opinions and agreements the amount requires are recorded before the decision.</source>
        <translation>Les avis et accords requis pour ce montant sont enregistrés avant l&apos;arrêté.</translation>
    </message>
    <message>
        <source>Opinions required</source>
        <translation>Avis requis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>PGSP measure</source>
        <translation>Mesure du PGSP</translation>
    </message>
    <message>
        <source>Letter…</source>
        <translation>Lettre…</translation>
    </message>
    <message>
        <source>Write a letter on this grant from its template (Word or PDF); it is recorded under Documents sent</source>
        <translation>Écrire une lettre sur cette subvention à partir de son modèle (Word ou PDF)&#xa0;; elle est enregistrée sous Documents envoyés</translation>
    </message>
    <message>
        <source>Renew for next year…</source>
        <translation>Reconduire pour l&apos;année suivante…</translation>
    </message>
    <message>
        <source>PGSP measures</source>
        <translation>Mesures du PGSP</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Paid back</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Paid in the year</source>
        <translation>Payé dans l&apos;année</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Payment credits (CL)</source>
        <translation>Crédits de liquidation (CL)</translation>
    </message>
    <message>
        <source>To approve in the year</source>
        <translation>À approuver dans l&apos;année</translation>
    </message>
    <message>
        <source>Payment credits available</source>
        <translation>Crédits de liquidation disponibles</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Date de paiement</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Période du</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Période au</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
    <message>
        <source>Police zone</source>
        <translation>Zone de police</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Préparer</translation>
    </message>
    <message>
        <source>Prepare a payment</source>
        <translation>Préparer un paiement</translation>
    </message>
    <message>
        <source>Prepare the advance</source>
        <translation>Préparer l&apos;avance</translation>
    </message>
    <message>
        <source>Prepare the advance…</source>
        <translation>Préparer l&apos;avance…</translation>
    </message>
    <message>
        <source>Prepare the balance payment</source>
        <translation>Préparer le paiement du solde</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Read-only: this database cannot be changed here.</source>
        <extracomment>Emitted after a successful save with the id the service returned. Service field names that are shown next to another field of this form.</extracomment>
        <translation>Lecture seule&#xa0;: cette base de données ne peut pas être modifiée ici.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Receive a justification</source>
        <translation>Réceptionner une justification</translation>
    </message>
    <message>
        <source>Receive a justification…</source>
        <translation>Réceptionner une justification…</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Record a refund</source>
        <translation>Enregistrer un remboursement</translation>
    </message>
    <message>
        <source>Record a refund…</source>
        <translation>Enregistrer un remboursement…</translation>
    </message>
    <message>
        <source>Record a reminder sent today</source>
        <translation>Enregistrer un rappel envoyé aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Record an opinion</source>
        <translation>Enregistrer un avis</translation>
    </message>
    <message>
        <source>Record an opinion…</source>
        <translation>Enregistrer un avis…</translation>
    </message>
    <message>
        <source>Record the amendment</source>
        <translation>Enregistrer l&apos;avenant</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Enregistrer l&apos;arrêté</translation>
    </message>
    <message>
        <source>Record the decision…</source>
        <translation>Enregistrer l&apos;arrêté…</translation>
    </message>
    <message>
        <source>Record the justification</source>
        <translation>Enregistrer la justification</translation>
    </message>
    <message>
        <source>Record the opinion</source>
        <translation>Enregistrer l&apos;avis</translation>
    </message>
    <message>
        <source>Record the refund</source>
        <translation>Enregistrer le remboursement</translation>
    </message>
    <message>
        <source>Record the reminder</source>
        <translation>Enregistrer le rappel</translation>
    </message>
    <message>
        <source>Recovery claim</source>
        <translation>Demande de remboursement</translation>
    </message>
    <message>
        <source>Recovery claim open: {amount} still due, to be paid back with the structured communication {comm}.</source>
        <translation>Demande de remboursement ouverte&#xa0;: {amount} encore dû, à rembourser avec la communication structurée {comm}.</translation>
    </message>
    <message>
        <source>Recovery claim raised for {amount}. The beneficiary pays it back with the structured communication:</source>
        <translation>Demande de remboursement émise pour {amount}. Le bénéficiaire rembourse avec la communication structurée&#xa0;:</translation>
    </message>
    <message>
        <source>Recovery claims</source>
        <translation>Demandes de remboursement</translation>
    </message>
    <message>
        <source>Recovery claims are raised by settling a grant</source>
        <translation>Les demandes de remboursement naissent du règlement du solde d&apos;une subvention</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Refund due by</source>
        <translation>Remboursement dû au plus tard le</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Refused ({n})</source>
        <translation>Refusés ({n})</translation>
    </message>
    <message>
        <source>Refused: nothing was imported.</source>
        <translation>Refusé&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Register an application</source>
        <translation>Enregistrer une candidature</translation>
    </message>
    <message>
        <source>Register an application…</source>
        <translation>Enregistrer une candidature…</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Reminders sent</source>
        <translation>Rappels envoyés</translation>
    </message>
    <message>
        <source>Remove the contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Remove the measure</source>
        <translation>Supprimer la mesure</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>Documents requis</translation>
    </message>
    <message>
        <source>Reserved by grants</source>
        <translation>Réservé par les subventions</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>for each kind of letter, the programme&apos;s grants whose status allows it (read in the task runner)</extracomment>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Save the scores</source>
        <translation>Enregistrer les cotes</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Les enregistrer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Score /30</source>
        <translation>Cote /30</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Cotes</translation>
    </message>
    <message>
        <source>Scoring grid</source>
        <translation>Grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>Scoring grid…</source>
        <translation>Grille d&apos;évaluation…</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <source>Select an application in the list first.</source>
        <translation>Sélectionnez d&apos;abord une candidature dans la liste.</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Sélectionnée</translation>
    </message>
    <message>
        <source>Selected: {amount}</source>
        <translation>Sélectionné&#xa0;: {amount}</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Send a reminder</source>
        <translation>Envoyer un rappel</translation>
    </message>
    <message>
        <source>Send a reminder…</source>
        <translation>Envoyer un rappel…</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Régler le solde</translation>
    </message>
    <message>
        <source>Settle the grant</source>
        <translation>Régler le solde de la subvention</translation>
    </message>
    <message>
        <source>Settle…</source>
        <translation>Régler le solde…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <source>Structured communication</source>
        <translation>Communication structurée</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Documents sent</source>
        <translation>Documents envoyés</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Add a funder</source>
        <translation>Ajouter un financeur</translation>
    </message>
    <message>
        <source>Remove the funder</source>
        <translation>Retirer le financeur</translation>
    </message>
    <message>
        <source>Co-financing…</source>
        <translation>Cofinancement…</translation>
    </message>
    <message>
        <source>Operating or investment</source>
        <translation>Fonctionnement ou investissement</translation>
    </message>
    <message>
        <source>As the budget line&apos;s economic class says by default (5x, 6x: investment)</source>
        <translation>Par défaut, selon la classe économique de l&apos;allocation de base (5x, 6x&#xa0;: investissement)</translation>
    </message>
    <message>
        <source>Project&apos;s total budget</source>
        <translation>Budget total du projet</translation>
    </message>
    <message>
        <source>Co-financed project: the grant cannot exceed this budget minus the other funders</source>
        <translation>Projet cofinancé&#xa0;: la subvention ne peut dépasser ce budget moins les autres financeurs</translation>
    </message>
    <message>
        <source>Other funders of the project</source>
        <translation>Autres financeurs du projet</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Add an indicator…</source>
        <translation>Ajouter un indicateur…</translation>
    </message>
    <message>
        <source>Change the indicator…</source>
        <translation>Modifier l&apos;indicateur…</translation>
    </message>
    <message>
        <source>Remove the indicator</source>
        <translation>Supprimer l&apos;indicateur</translation>
    </message>
    <message>
        <source>An indicator is tied to one of the grant&apos;s PGSP measures: the grant has none</source>
        <translation>Un indicateur se rattache à une des mesures PGSP de la subvention&#xa0;: elle n&apos;en a aucune</translation>
    </message>
    <message>
        <source>Remove the indicator {name} of grant {ref}?</source>
        <translation>Supprimer l&apos;indicateur {name} de la subvention {ref}&#xa0;?</translation>
    </message>
    <message>
        <source>PGSP edition</source>
        <translation>Édition du PGSP</translation>
    </message>
    <message>
        <source>total budget {budget}, other funders {other}</source>
        <translation>budget total {budget}, autres financeurs {other}</translation>
    </message>
    <message>
        <source>the Region&apos;s share {rate} %</source>
        <translation>part de la Région {rate} %</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Cofinancement</translation>
    </message>
    <message>
        <source>To approve</source>
        <translation>À approuver</translation>
    </message>
    <message>
        <source>Net paid</source>
        <translation>Payé net</translation>
    </message>
    <message>
        <source>The balance is known once the justification is received</source>
        <extracomment>The totals and the row count changed (after a new query). Pages the view asked for and that are not in memory, most recent last; read in the task runner 40 ms after the first ask (``_read_wanted``), the last two asked (what is visible).</extracomment>
        <translation>Le solde est connu une fois la justification reçue</translation>
    </message>
    <message>
        <source>{edition} (assigned to {year} by the administration: no edition covers it)</source>
        <translation>{edition} (attribuée à {year} par l&apos;administration&#xa0;: aucune édition ne couvre cette année)</translation>
    </message>
    <message>
        <source>{edition} (the nearest edition: none covers {year})</source>
        <translation>{edition} (l&apos;édition la plus proche&#xa0;: aucune ne couvre {year})</translation>
    </message>
    <message>
        <source>Decision (arrêté)</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Advance payment notice</source>
        <translation>Avis de paiement de l&apos;avance</translation>
    </message>
    <message>
        <source>Balance payment notice</source>
        <translation>Avis de paiement du solde</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Recovery claim letter</source>
        <translation>Demande de remboursement</translation>
    </message>
    <message>
        <source>Closure letter</source>
        <translation>Lettre de clôture</translation>
    </message>
    <message>
        <source>The commitment (engagement) uses the commitment credits of the budget line; it comes after the decision and before the notification.</source>
        <translation>L&apos;engagement consomme les crédits d&apos;engagement de l&apos;allocation de base&#xa0;; il intervient après l&apos;arrêté et avant la notification.</translation>
    </message>
    <message>
        <source>The decision (arrêté) is signed: the grant must be complete and have the opinions its amount requires, dated on or before the decision.</source>
        <translation>L&apos;arrêté est signé&#xa0;: la subvention doit être complète et disposer des avis requis pour son montant, datés au plus tard du jour de l&apos;arrêté.</translation>
    </message>
    <message>
        <source>The file is admissible</source>
        <translation>Le dossier est recevable</translation>
    </message>
    <message>
        <source>The payment is prepared now and paid once another person approved it.</source>
        <translation>Le paiement est préparé maintenant et payé dès qu&apos;une autre personne l&apos;a approuvé.</translation>
    </message>
    <message>
        <source>The workbook can be imported. Check what it adds and changes, then press Import.</source>
        <translation>Le classeur peut être importé. Vérifiez ce qu&apos;il ajoute et modifie, puis cliquez sur Importer.</translation>
    </message>
    <message>
        <source>The workbook is checked first: you see what it adds, changes and refuses. Nothing is saved until you confirm, and then all of it or nothing.</source>
        <translation>Le classeur est d&apos;abord vérifié&#xa0;: vous voyez ce qu&apos;il ajoute, modifie et refuse. Rien n&apos;est enregistré avant votre confirmation, et alors tout ou rien.</translation>
    </message>
    <message>
        <source>The workbook is refused: {n} problems, listed under Refused. Nothing can be imported until they are corrected.</source>
        <translation>Le classeur est refusé&#xa0;: {n} problèmes, énumérés sous Refusés. Rien ne peut être importé tant qu&apos;ils ne sont pas corrigés.</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>This field is required</source>
        <translation>Ce champ est obligatoire</translation>
    </message>
    <message>
        <source>This form has changes that are not saved.</source>
        <translation>Ce formulaire contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>This grant is closed.</source>
        <translation>Cette subvention est clôturée.</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <source>Change the activity</source>
        <translation>Modifier l&apos;activité</translation>
    </message>
    <message>
        <source>Add the activity</source>
        <translation>Ajouter l&apos;activité</translation>
    </message>
    <message>
        <source>Save the activity</source>
        <translation>Enregistrer l&apos;activité</translation>
    </message>
    <message>
        <source>An activity of the commune&apos;s local plan: the PGSP thematic it serves and the staff the plan funds for it (counted by thematic in the PGSP implementation report).</source>
        <translation>Une activité du plan local de la commune&#xa0;: la thématique du PGSP qu&apos;elle sert et le personnel que le plan finance pour elle (comptés par thématique dans le rapport de mise en œuvre du PGSP).</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>PGSP thematic</source>
        <translation>Thématique du PGSP</translation>
    </message>
    <message>
        <source>Peace guardians</source>
        <translation>Gardiens de la paix</translation>
    </message>
    <message>
        <source>Street educators</source>
        <translation>Éducateurs de rue</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Médiateurs</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Add an activity…</source>
        <translation>Ajouter une activité…</translation>
    </message>
    <message>
        <source>Change the activity…</source>
        <translation>Modifier l&apos;activité…</translation>
    </message>
    <message>
        <source>Remove the activity</source>
        <translation>Supprimer l&apos;activité</translation>
    </message>
    <message>
        <source>Remove the activity {title} of grant {ref}?</source>
        <translation>Supprimer l&apos;activité {title} de la subvention {ref}&#xa0;?</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>À ajouter</translation>
    </message>
    <message>
        <source>To add ({n})</source>
        <translation>À ajouter ({n})</translation>
    </message>
    <message>
        <source>To change</source>
        <translation>À modifier</translation>
    </message>
    <message>
        <source>To change ({n})</source>
        <translation>À modifier ({n})</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total: {total} %</source>
        <translation>Total&#xa0;: {total} %</translation>
    </message>
    <message>
        <source>Turn the selected applications into grants</source>
        <translation>Transformer les candidatures sélectionnées en subventions</translation>
    </message>
    <message>
        <source>Turn the selected into grants…</source>
        <translation>Transformer les sélectionnées en subventions…</translation>
    </message>
    <message>
        <source>Type part of the name or reference</source>
        <translation>Tapez une partie du nom ou de la référence</translation>
    </message>
    <message>
        <source>Type what the beneficiary claims and what is accepted, per expense category. An evidence reference (invoice, payslip) may count only once.</source>
        <translation>Encodez ce que le bénéficiaire déclare et ce qui est accepté, par catégorie de dépenses. Une pièce justificative (facture, fiche de paie) ne peut compter qu&apos;une seule fois.</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Why a payment on a late justification is allowed</source>
        <translation>Motif pour lequel un paiement sur une justification tardive est autorisé</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>admissible applications, scores from 0 to 10</source>
        <translation>candidatures recevables, cotes de 0 à 10</translation>
    </message>
    <message>
        <source>available {amount}</source>
        <translation>disponible {amount}</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <extracomment>What a form&apos;s submit returns: the write to run off the GUI thread (one service call).</extracomment>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>deadline {date}</source>
        <translation>date limite {date}</translation>
    </message>
    <message>
        <source>envelope {envelope}, left {left}</source>
        <translation>enveloppe {envelope}, reste {left}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>required</source>
        <translation>requis</translation>
    </message>
    <message>
        <source>{sheet}: {add} to add, {change} to change, {same} unchanged</source>
        <translation>{sheet}&#xa0;: {add} à ajouter, {change} à modifier, {same} inchangé(s)</translation>
    </message>
    <message>
        <source>— choose a measure —</source>
        <translation>— choisissez une mesure —</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <source>Change the indicator</source>
        <translation>Modifier l&apos;indicateur</translation>
    </message>
    <message>
        <source>Add the indicator</source>
        <translation>Ajouter l&apos;indicateur</translation>
    </message>
    <message>
        <source>Save the indicator</source>
        <translation>Enregistrer l&apos;indicateur</translation>
    </message>
    <message>
        <source>A key figure of the project under one of the grant&apos;s PGSP measures: the target, and what was achieved as the activity report says.</source>
        <translation>Un chiffre clé du projet, sous une des mesures PGSP de la subvention&#xa0;: l&apos;objectif, et ce qui a été réalisé selon le rapport d&apos;activités.</translation>
    </message>
    <message>
        <source>e.g. People accompanied</source>
        <translation>p. ex. Personnes accompagnées</translation>
    </message>
    <message>
        <source>e.g. people, kg, activities</source>
        <translation>p. ex. personnes, kg, activités</translation>
    </message>
    <message>
        <source>e.g. activity report 2024</source>
        <translation>p. ex. rapport d&apos;activités 2024</translation>
    </message>
    <message>
        <source>Renew for next year</source>
        <translation>Reconduire pour l&apos;année suivante</translation>
    </message>
    <message>
        <source>Create next year&apos;s draft</source>
        <translation>Créer le brouillon de l&apos;année suivante</translation>
    </message>
    <message>
        <source>A draft grant for {year}: same beneficiary, purpose, PGSP measures and shares, on budget line {code} of {year}, in the same multi-year project.</source>
        <translation>Une subvention en brouillon pour {year}&#xa0;: même bénéficiaire, objet, mesures du PGSP et parts, sur l&apos;allocation de base {code} de {year}, dans le même projet pluriannuel.</translation>
    </message>
    <message>
        <source>Amount for {year}</source>
        <translation>Montant pour {year}</translation>
    </message>
    <message>
        <source>Draft grant {ref} created for {year} ({amount}).</source>
        <translation>Subvention en brouillon {ref} créée pour {year} ({amount}).</translation>
    </message>
    <message>
        <source>Project {ref}, since {year}: {title}</source>
        <translation>Projet {ref}, depuis {year}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Grant the waiting application</source>
        <translation>Octroyer la candidature en attente</translation>
    </message>
    <message>
        <source>Create the draft grant</source>
        <translation>Créer la subvention en projet</translation>
    </message>
    <message>
        <source>The application waited: {reason}. Its draft grant is created on the budget line chosen, if its commitment credits allow it; the application then no longer waits.</source>
        <translation>La candidature était en attente&#xa0;: {reason}. Sa subvention en projet est créée sur la ligne budgétaire choisie, si ses crédits d&apos;engagement le permettent&#xa0;; la candidature n&apos;est alors plus en attente.</translation>
    </message>
    <message>
        <source>There is no budget line for {year} yet: the grant needs one.</source>
        <translation>Il n&apos;y a pas encore de ligne budgétaire pour {year}&#xa0;: la subvention en a besoin d&apos;une.</translation>
    </message>
    <message>
        <source>Selected, not granted (waiting)</source>
        <translation>Retenues, non octroyées (en attente)</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>Grant now…</source>
        <translation>Octroyer maintenant…</translation>
    </message>
    <message>
        <source>Selected, not granted (waiting): {n}</source>
        <translation>Retenues, non octroyées (en attente)&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Working translation, pending the official text</source>
        <translation>Traduction de travail, en attendant le texte officiel</translation>
    </message>
    <message>
        <source>PLPP allocation key {year}</source>
        <translation>Clé de répartition PLPP {year}</translation>
    </message>
    <message>
        <source>Set the key</source>
        <translation>Fixer la clé</translation>
    </message>
    <message>
        <source>Each commune&apos;s share of the year&apos;s PLPP envelope, in percent; the shares add up to 100 %. A commune left empty gets 0 %.</source>
        <translation>La part de chaque commune dans l&apos;enveloppe PLPP de l&apos;année, en pour cent&#xa0;; les parts totalisent 100 %. Une commune laissée vide reçoit 0 %.</translation>
    </message>
    <message>
        <source>NIS code</source>
        <translation>Code INS</translation>
    </message>
    <message>
        <source>PLPP derogation {year}</source>
        <translation>Dérogation PLPP {year}</translation>
    </message>
    <message>
        <source>Record the derogation</source>
        <translation>Enregistrer la dérogation</translation>
    </message>
    <message>
        <source>A commune&apos;s PLPP subsidy moves by at most -1 % / +2 % from the previous year&apos;s, unless a derogation is recorded with its reason (a Government decision...).</source>
        <translation>La subvention PLPP d&apos;une commune varie d&apos;au plus -1 % / +2 % par rapport à celle de l&apos;année précédente, sauf dérogation enregistrée avec son motif (décision du Gouvernement...).</translation>
    </message>
    <message>
        <source>previous year {previous}, this year {amount}, change {change}</source>
        <translation>année précédente {previous}, cette année {amount}, évolution {change}</translation>
    </message>
    <message>
        <source>Withdraw the derogation</source>
        <translation>Retirer la dérogation</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>All years</source>
        <extracomment>Titles of the lists (translated in context &quot;MainWindow&quot;, where the navigation marks them). Each load gets the next number; an answer for an older one (a filter since changed) is dropped.</extracomment>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All</source>
        <comment>feminine, as Catégorie</comment>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Filtré</translation>
    </message>
    <message>
        <source>%s  ✕</source>
        <translation>%s  ✕</translation>
    </message>
    <message>
        <source>Show all rows again</source>
        <translation>Afficher à nouveau toutes les lignes</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Colonnes par défaut</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n row(s))</source>
        <translation>
            <numerusform>Total (%n ligne)</numerusform>
            <numerusform>Total (%n lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Search (Ctrl+F): reference, name, purpose…</source>
        <translation>Rechercher (Ctrl+F)&#xa0;: référence, nom, objet…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Choose the columns shown</source>
        <translation>Choisir les colonnes affichées</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>Nouvel enregistrement (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Ouvrir l&apos;enregistrement sélectionné (Entrée)</translation>
    </message>
</context>
<context>
    <name>LocalPlansPage</name>
    <message>
        <source>Derogation: %1</source>
        <translation>Dérogation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outside the allowed -1 % / +2 % and no derogation recorded</source>
        <translation>Hors de la variation admise de -1 % / +2 % et aucune dérogation enregistrée</translation>
    </message>
    <message>
        <source>Within the allowed -1 % / +2 %</source>
        <translation>Dans la variation admise de -1 % / +2 %</translation>
    </message>
    <message>
        <source>%1 communes with a plan · granted %2 · paid %3</source>
        <translation>%1 communes avec un plan · octroyé %2 · payé %3</translation>
    </message>
    <message numerus="yes">
        <source>Plan of %1 in %2: %n activity(ies)</source>
        <translation>
            <numerusform>Plan de %1 en %2&#xa0;: %n activité</numerusform>
            <numerusform>Plan de %1 en %2&#xa0;: %n activités</numerusform>
        </translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <source>Yearly subsidy</source>
        <translation>Subvention annuelle</translation>
    </message>
    <message>
        <source>Key share</source>
        <translation>Part (clé)</translation>
    </message>
    <message>
        <source>Previous year (%1)</source>
        <translation>Année précédente (%1)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>PGSP thematics</source>
        <translation>Thématiques du PGSP</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Activity (PGSP measure)</source>
        <translation>Activité (mesure du PGSP)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Local prevention plans (PLPP)</source>
        <translation>Plans locaux de prévention et de proximité (PLPP)</translation>
    </message>
    <message>
        <source>Set the key…</source>
        <translation>Fixer la clé…</translation>
    </message>
    <message>
        <source>Each commune&apos;s share of the year&apos;s PLPP envelope, adding up to 100 % (finance, admin)</source>
        <translation>La part de chaque commune dans l&apos;enveloppe PLPP de l&apos;année, totalisant 100 % (finances, administration)</translation>
    </message>
    <message>
        <source>Record a derogation…</source>
        <translation>Enregistrer une dérogation…</translation>
    </message>
    <message>
        <source>Why the chosen commune&apos;s subsidy may move outside -1 % / +2 % (finance, admin)</source>
        <translation>Pourquoi la subvention de la commune choisie peut sortir de -1 % / +2 % (finances, administration)</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <extracomment>(key, title) of every page, in navigation order.</extracomment>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Programmes and calls</source>
        <translation>Programmes et appels à projets</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Subventions</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Allocations de base</translation>
    </message>
    <message>
        <source>Local plans (PLPP)</source>
        <translation>Plans locaux (PLPP)</translation>
    </message>
    <message>
        <source>Payments and recoveries</source>
        <translation>Paiements et récupérations</translation>
    </message>
    <message>
        <source>Work lists</source>
        <translation>Listes de travail</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit checks</source>
        <translation>Contrôles d&apos;audit</translation>
    </message>
    <message>
        <source>Grant officer</source>
        <translation>Gestionnaire de subventions</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>The server asks for a password for {user}: type it below.</source>
        <translation>Le serveur demande un mot de passe pour {user}&#xa0;: tapez-le ci-dessous.</translation>
    </message>
    <message>
        <source>Snapshot written: {path}
Snapshot SHA-256 (manifest and content): {hash}

Send this hash separately from the file: the auditor checks it with grants verify FILE --expect HASH.</source>
        <translation>Instantané écrit&#xa0;: {path}
Empreinte SHA-256 de l&apos;instantané (manifeste et contenu)&#xa0;: {hash}

Transmettez cette empreinte séparément du fichier&#xa0;: l&apos;auditeur la vérifie avec grants verify FICHIER --expect EMPREINTE.</translation>
    </message>
    <message>
        <source>%s (single user)</source>
        <translation>%s (utilisateur unique)</translation>
    </message>
    <message>
        <source>Demonstration data as of %s</source>
        <translation>Données de démonstration au %s</translation>
    </message>
    <message>
        <source>The demonstration&apos;s story stops on %s: work lists, overdue figures and the dashboard are counted at that day.</source>
        <translation>L&apos;histoire de la démonstration s&apos;arrête le %s&#xa0;: les listes de travail, les retards et le tableau de bord sont comptés à cette date.</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>Se &amp;connecter à un serveur…</translation>
    </message>
    <message>
        <source>&amp;Organisation (name, account, logo)…</source>
        <translation>&amp;Organisation (nom, compte, logo)…</translation>
    </message>
    <message>
        <source>&amp;About Grants</source>
        <translation>À &amp;propos de Grants</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>&amp;Importer un classeur…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>Bases de données &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Fi&amp;che</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Take an audit snapshot…</source>
        <translation>&amp;Prendre un instantané d&apos;audit…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grants&lt;/b&gt; %s&lt;br&gt;Subsidies of the Brussels-Capital Region (safe.brussels): calls, grants, budget, payments, audit.&lt;br&gt;&lt;br&gt;Licence EUPL-1.2.</source>
        <translation>&lt;b&gt;Grants&lt;/b&gt; %s&lt;br&gt;Subventions de la Région de Bruxelles-Capitale (safe.brussels)&#xa0;: appels à projets, subventions, budget, paiements, audit.&lt;br&gt;&lt;br&gt;Licence EUPL-1.2.</translation>
    </message>
    <message>
        <source>About Grants</source>
        <translation>À propos de Grants</translation>
    </message>
    <message>
        <source>Add the demonstration dataset (a realistic 2024 of safe.brussels) to this database? Records already there are left alone.</source>
        <translation>Ajouter le jeu de données de démonstration (une année 2024 réaliste de safe.brussels) à cette base de données&#xa0;? Les enregistrements déjà présents restent inchangés.</translation>
    </message>
    <message>
        <source>Audit snapshot</source>
        <translation>Instantané d&apos;audit</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>Database: %s</source>
        <translation>Base de données&#xa0;: %s</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>Grants databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données Grants (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Grants — safe.brussels</source>
        <translation>Grants — safe.brussels</translation>
    </message>
    <message>
        <source>Language: %s</source>
        <translation>Langue&#xa0;: %s</translation>
    </message>
    <message>
        <source>Load the &amp;demonstration data…</source>
        <translation>Charger les données de dé&amp;monstration…</translation>
    </message>
    <message>
        <source>Loading the demonstration data…</source>
        <translation>Chargement des données de démonstration…</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <source>No database is open. Use File &gt; Open database.</source>
        <translation>Aucune base de données n&apos;est ouverte. Utilisez Fichier &gt; Ouvrir une base de données.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Open an audit snapshot</source>
        <translation>Ouvrir un instantané d&apos;audit</translation>
    </message>
    <message>
        <source>Open audit &amp;snapshot…</source>
        <translation>Ouvrir un instantané d&apos;au&amp;dit…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Read-only: audit snapshot taken on %1 by %2. Nothing can be changed.</source>
        <translation>Lecture seule&#xa0;: instantané d&apos;audit pris le %1 par %2. Aucune modification n&apos;est possible.</translation>
    </message>
    <message>
        <source>Read-only: the database was opened read-only. Nothing can be changed.</source>
        <translation>Lecture seule&#xa0;: la base de données a été ouverte en lecture seule. Aucune modification n&apos;est possible.</translation>
    </message>
    <message>
        <source>Read-only: your role is auditor. Nothing can be changed.</source>
        <translation>Lecture seule&#xa0;: votre rôle est auditeur. Aucune modification n&apos;est possible.</translation>
    </message>
    <message>
        <source>Recovery claims</source>
        <translation>Demandes de remboursement</translation>
    </message>
    <message>
        <source>Role: %s</source>
        <translation>Rôle&#xa0;: %s</translation>
    </message>
    <message>
        <source>Snapshots (*.db);;All files (*)</source>
        <translation>Instantanés (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Snapshots (*.snapshot *.db *.sqlite);;All files (*)</source>
        <translation>Instantanés (*.snapshot *.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Take an audit snapshot</source>
        <translation>Prendre un instantané d&apos;audit</translation>
    </message>
    <message>
        <source>Taking the audit snapshot…</source>
        <translation>Prise de l&apos;instantané d&apos;audit…</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>La base de données n&apos;a pas pu être ouverte</translation>
    </message>
    <message>
        <source>The log file is:
%s</source>
        <translation>Le fichier journal est&#xa0;:
%s</translation>
    </message>
    <message>
        <source>The work in progress is still stopping; try again in a moment.</source>
        <translation>Le travail en cours est encore en train de s&apos;arrêter&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>User: %s</source>
        <translation>Utilisateur&#xa0;: %s</translation>
    </message>
    <message>
        <source>Where is the &amp;log file?</source>
        <translation>Où se trouve le fichier &amp;journal&#xa0;?</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation settings</source>
        <translation>Paramètres de l&apos;organisation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>IBAN (account paying the grants)</source>
        <translation>IBAN (compte qui paie les subsides)</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Logo (image file)</source>
        <translation>Logo (fichier image)</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Letter templates folder</source>
        <translation>Dossier des modèles de lettres</translation>
    </message>
    <message>
        <source>Attachment size limit (MB)</source>
        <translation>Taille maximale d&apos;une pièce jointe (Mo)</translation>
    </message>
    <message>
        <source>PGSP edition of years no edition covers</source>
        <translation>Édition du PGSP des années qu&apos;aucune édition ne couvre</translation>
    </message>
    <message>
        <source>YEAR=EDITION pairs separated by &apos;;&apos;; a year not listed takes the nearest edition</source>
        <translation>Paires ANNÉE=ÉDITION séparées par «&#xa0;;&#xa0;»&#xa0;; une année non citée prend l&apos;édition la plus proche</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Workbooks for finance, statements for beneficiaries and the payment file for the bank. Figures come straight from the database, exact to the cent.</source>
        <translation>Classeurs pour les finances, relevés pour les bénéficiaires et fichier de paiement pour la banque. Les chiffres proviennent directement de la base de données, exacts au cent près.</translation>
    </message>
    <message>
        <source>Budget tables (Excel)</source>
        <translation>Tableaux budgétaires (Excel)</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>De l&apos;année</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>À l&apos;année</translation>
    </message>
    <message>
        <source>List of grants (Excel)</source>
        <translation>Liste des subventions (Excel)</translation>
    </message>
    <message>
        <source>Beneficiary statements (PDF)</source>
        <translation>Relevés des bénéficiaires (PDF)</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Payment file for the bank (SEPA)</source>
        <translation>Fichier de paiement pour la banque (SEPA)</translation>
    </message>
    <message>
        <source>Call for projects (PDF)</source>
        <translation>Appel à projets (PDF)</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>PGSP annex (PDF)</source>
        <translation>Annexe PGSP (PDF)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Headings in</source>
        <translation>Langue des intitulés</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>This beneficiary…</source>
        <translation>Ce bénéficiaire…</translation>
    </message>
    <message>
        <source>All beneficiaries of the year…</source>
        <translation>Tous les bénéficiaires de l&apos;année…</translation>
    </message>
    <message>
        <source>Create the payment file…</source>
        <translation>Créer le fichier de paiement…</translation>
    </message>
    <message>
        <source>Open the file when it is written</source>
        <translation>Ouvrir le fichier une fois écrit</translation>
    </message>
    <message>
        <source>Each beneficiary&apos;s language</source>
        <translation>Langue de chaque bénéficiaire</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>The database is open read-only</source>
        <translation>La base de données est ouverte en lecture seule</translation>
    </message>
    <message>
        <source>No approved payment is waiting to be sent to the bank.</source>
        <translation>Aucun paiement approuvé n&apos;attend d&apos;être envoyé à la banque.</translation>
    </message>
    <message numerus="yes">
        <source>%n approved payment(s) waiting to be sent, in total %1.</source>
        <translation>
            <numerusform>%n paiement approuvé en attente d&apos;envoi, pour un total de %1.</numerusform>
            <numerusform>%n paiements approuvés en attente d&apos;envoi, pour un total de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Folder for the statements</source>
        <translation>Dossier pour les relevés</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the budget tables…</source>
        <translation>Exportation des tableaux budgétaires…</translation>
    </message>
    <message>
        <source>Exporting the grants…</source>
        <translation>Exportation des subventions…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the statement…</source>
        <translation>Rédaction du relevé…</translation>
    </message>
    <message>
        <source>Writing the statements…</source>
        <translation>Rédaction des relevés…</translation>
    </message>
    <message>
        <source>SEPA file (*.xml)</source>
        <translation>Fichier SEPA (*.xml)</translation>
    </message>
    <message>
        <source>Creating the payment file…</source>
        <translation>Création du fichier de paiement…</translation>
    </message>
    <message>
        <source>Writing the call report…</source>
        <translation>Rédaction du rapport de l&apos;appel…</translation>
    </message>
    <message>
        <source>Writing the PGSP annex…</source>
        <translation>Rédaction de l&apos;annexe PGSP…</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <extracomment>Tasks still running (or whose result is not yet delivered): kept alive here, not by callers.</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling: undoing the work done so far…</source>
        <translation>Annulation&#xa0;: le travail déjà effectué est défait…</translation>
    </message>
    <message>
        <source>The disk holding the database is full: nothing was saved. Free some space, then try again.</source>
        <extracomment>True when nothing was written (every record refused): no view needs to reload. What SQLite and PostgreSQL say when another writer holds what a write needs: try again later. ... and when the disk holding the database is full.</extracomment>
        <translation>Le disque qui contient la base de données est plein&#xa0;: rien n&apos;a été enregistré. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The database is busy: another person or program is writing to it. Nothing was saved; try again in a moment.</source>
        <translation>La base de données est occupée&#xa0;: une autre personne ou un autre programme y écrit. Rien n&apos;a été enregistré&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>WorkList</name>
    <message numerus="yes">
        <source>%n record(s) done.</source>
        <translation>
            <numerusform>%n enregistrement traité.</numerusform>
            <numerusform>%n enregistrements traités.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>Action groupée</translation>
    </message>
    <message numerus="yes">
        <source>%n refused:</source>
        <translation>
            <numerusform>%n refusé&#xa0;:</numerusform>
            <numerusform>%n refusés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Grants whose justification deadline has passed with no justification received.</source>
        <translation>Subventions dont la date limite de justification est dépassée sans qu&apos;aucune justification n&apos;ait été reçue.</translation>
    </message>
    <message>
        <source>Justified grants whose balance is not settled yet: settling prepares the balance payment, raises a recovery claim or closes the grant.</source>
        <translation>Subventions justifiées dont le solde n&apos;est pas encore réglé&#xa0;: le règlement prépare le paiement du solde, émet une demande de remboursement ou clôture la subvention.</translation>
    </message>
    <message>
        <source>Prepared payments waiting for another person&apos;s approval.</source>
        <translation>Paiements préparés en attente de l&apos;approbation d&apos;une autre personne.</translation>
    </message>
    <message>
        <source>Open recovery claims, the oldest due first.</source>
        <translation>Demandes de remboursement ouvertes, les plus anciennes échéances d&apos;abord.</translation>
    </message>
    <message>
        <source>Draft grants of calls that have not closed yet.</source>
        <translation>Subventions en brouillon des appels à projets non encore clôturés.</translation>
    </message>
    <message>
        <source>Applications the jury selected that cannot be granted yet (e.g. no budget validation); open the call to grant them once credits exist.</source>
        <translation>Candidatures retenues par le jury qui ne peuvent pas encore être octroyées (p. ex. pas de validation budgétaire)&#xa0;; ouvrez l&apos;appel pour les octroyer dès que les crédits existent.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>WorkListsPage</name>
    <message>
        <source>Work lists</source>
        <translation>Listes de travail</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Approve the selected payments</source>
        <translation>Approuver les paiements sélectionnés</translation>
    </message>
    <message>
        <source>Balances to settle</source>
        <translation>Soldes à régler</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Call closes</source>
        <translation>Clôture de l&apos;appel</translation>
    </message>
    <message>
        <source>Communication · reminders</source>
        <translation>Communication · rappels</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Selected, not granted</source>
        <translation>Retenue, non octroyée</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Send the reminders due…</source>
        <translation>Envoyer les rappels dus…</translation>
    </message>
    <message>
        <source>No reminder is due: no letter was written.</source>
        <translation>Aucun rappel n&apos;est dû&#xa0;: aucune lettre n&apos;a été écrite.</translation>
    </message>
    <message>
        <source>Writing the reminders…</source>
        <translation>Rédaction des rappels…</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1</source>
        <translation>
            <numerusform>%n lettre écrite dans %1</numerusform>
            <numerusform>%n lettres écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>One reminder per late justification and per recovery claim past its due date, in a folder you choose, with an index workbook; each is recorded on its grant</source>
        <translation>Un rappel par justification en retard et par récupération échue, dans un dossier de votre choix, avec un classeur d&apos;index&#xa0;; chacun est enregistré sur sa subvention</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Jours d&apos;attente</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Decisions due before a call closes</source>
        <translation>Arrêtés à prendre avant la clôture d&apos;un appel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Justifications overdue</source>
        <translation>Justifications en retard</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Date de paiement</translation>
    </message>
    <message>
        <source>Payments to approve</source>
        <translation>Paiements à approuver</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation>Dernier rappel</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Motif de l&apos;attente</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Recoveries to chase</source>
        <translation>Récupérations à suivre</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Send a reminder for the selected claims</source>
        <translation>Envoyer un rappel pour les demandes sélectionnées</translation>
    </message>
    <message>
        <source>Settle the selected grants</source>
        <translation>Régler le solde des subventions sélectionnées</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Allocation de base</translation>
    </message>
    <message>
        <source>Grant measure</source>
        <translation>Mesure de la subvention</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Avenant</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Opinion threshold</source>
        <translation>Seuil d&apos;avis</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Reference counter</source>
        <translation>Compteur de références</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Justified expense</source>
        <translation>Dépense justifiée</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Recovery claim</source>
        <translation>Demande de remboursement</translation>
    </message>
    <message>
        <source>PGSP edition</source>
        <translation>Édition du PGSP</translation>
    </message>
    <message>
        <source>PGSP thematic</source>
        <translation>Thématique du PGSP</translation>
    </message>
    <message>
        <source>PGSP measure</source>
        <translation>Mesure du PGSP</translation>
    </message>
    <message>
        <source>Police zone</source>
        <translation>Zone de police</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>User role</source>
        <translation>Rôle d&apos;utilisateur</translation>
    </message>
    <message>
        <source>PLPP allocation key</source>
        <translation>Clé de répartition PLPP</translation>
    </message>
    <message>
        <source>PLPP activity</source>
        <translation>Activité PLPP</translation>
    </message>
    <message>
        <source>Other funder of the project</source>
        <translation>Autre financeur du projet</translation>
    </message>
    <message>
        <source>Stored file</source>
        <translation>Fichier conservé</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Multi-year project</source>
        <translation>Projet pluriannuel</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Document sent</source>
        <translation>Document envoyé</translation>
    </message>
    <message>
        <source>Organisation setting</source>
        <translation>Paramètre de l&apos;organisation</translation>
    </message>
    <message>
        <source>SEPA payment file</source>
        <translation>Fichier de paiement SEPA</translation>
    </message>
    <message>
        <source>Budget year</source>
        <translation>Année budgétaire</translation>
    </message>
    <message>
        <source>Server role</source>
        <translation>Rôle sur le serveur</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>What happened to the record.</extracomment>
        <translation>Création</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Created outside the application</source>
        <translation>Créé hors de l&apos;application</translation>
    </message>
    <message>
        <source>Changed outside the application</source>
        <translation>Modifié hors de l&apos;application</translation>
    </message>
    <message>
        <source>Deleted outside the application</source>
        <translation>Supprimé hors de l&apos;application</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>A column -&gt; its label (the same name means the same thing in every table).</extracomment>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <source>Name (Dutch)</source>
        <translation>Nom (néerlandais)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Company number (BCE/KBO)</source>
        <translation>Numéro d&apos;entreprise (BCE)</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <extracomment>An organisation setting (its record is named by its key) -&gt; its label; the same words as the organisation settings dialog where there is one.</extracomment>
        <translation>Nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>Organisation address</source>
        <translation>Adresse de l&apos;organisation</translation>
    </message>
    <message>
        <source>IBAN (account paying the grants)</source>
        <translation>IBAN (compte qui paie les subsides)</translation>
    </message>
    <message>
        <source>Logo (image file)</source>
        <translation>Logo (fichier image)</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Letter templates folder</source>
        <translation>Dossier des modèles de lettres</translation>
    </message>
    <message>
        <source>Attachment size limit (MB)</source>
        <translation>Taille maximale d&apos;une pièce jointe (Mo)</translation>
    </message>
    <message>
        <source>PGSP edition of years no edition covers</source>
        <translation>Édition du PGSP des années qu&apos;aucune édition ne couvre</translation>
    </message>
    <message>
        <source>Day the demonstration data are counted at</source>
        <translation>Jour auquel les données de démonstration sont comptées</translation>
    </message>
    <message>
        <source>NIS code</source>
        <translation>Code INS</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Commitment credits</source>
        <translation>Crédits d&apos;engagement</translation>
    </message>
    <message>
        <source>Payment credits</source>
        <translation>Crédits de liquidation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Initial amount</source>
        <translation>Montant initial</translation>
    </message>
    <message>
        <source>Advance share</source>
        <translation>Part de l&apos;avance</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Justification deadline</source>
        <translation>Date limite de justification</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>Pièces requises</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation>Référence de l&apos;arrêté</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Date de l&apos;arrêté</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Notifiée le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Amount change</source>
        <translation>Variation du montant</translation>
    </message>
    <message>
        <source>New period start</source>
        <translation>Nouveau début de période</translation>
    </message>
    <message>
        <source>New period end</source>
        <translation>Nouvelle fin de période</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable à partir du</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>Dernier numéro</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Contrôlée le</translation>
    </message>
    <message>
        <source>Admissible</source>
        <translation>Recevable</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièce justificative</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Structured communication</source>
        <translation>Communication structurée</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>SEPA file</source>
        <translation>Fichier SEPA</translation>
    </message>
    <message>
        <source>Sent to the bank at</source>
        <translation>Envoyé à la banque le</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <source>PGSP measures</source>
        <translation>Mesures du PGSP</translation>
    </message>
    <message>
        <source>Admissibility note</source>
        <translation>Note de recevabilité</translation>
    </message>
    <message>
        <source>Relevance score</source>
        <translation>Note de pertinence</translation>
    </message>
    <message>
        <source>Efficiency score</source>
        <translation>Note d&apos;efficience</translation>
    </message>
    <message>
        <source>Effectiveness score</source>
        <translation>Note d&apos;efficacité</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Sélectionnée</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Reminders sent</source>
        <translation>Rappels envoyés</translation>
    </message>
    <message>
        <source>Last reminder on</source>
        <translation>Dernier rappel le</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Première année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <source>Title (French)</source>
        <translation>Intitulé (français)</translation>
    </message>
    <message>
        <source>Title (Dutch)</source>
        <translation>Intitulé (néerlandais)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Label (French)</source>
        <translation>Libellé (français)</translation>
    </message>
    <message>
        <source>Label (Dutch)</source>
        <translation>Libellé (néerlandais)</translation>
    </message>
    <message>
        <source>Description (French)</source>
        <translation>Description (français)</translation>
    </message>
    <message>
        <source>Description (Dutch)</source>
        <translation>Description (néerlandais)</translation>
    </message>
    <message>
        <source>Peace guardians</source>
        <translation>Gardiens de la paix</translation>
    </message>
    <message>
        <source>Operating or investment</source>
        <translation>Fonctionnement ou investissement</translation>
    </message>
    <message>
        <source>Project&apos;s total budget</source>
        <translation>Budget total du projet</translation>
    </message>
    <message>
        <source>Street educators</source>
        <translation>Éducateurs de rue</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Médiateurs</translation>
    </message>
    <message>
        <source>Dutch description is a working translation</source>
        <translation>Description néerlandaise en traduction de travail</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Reason for waiting</source>
        <translation>Motif de l&apos;attente</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Provisional (twelfths)</source>
        <translation>Provisoire (douzièmes)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Taille (octets)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>Message identifier</source>
        <translation>Identifiant du message</translation>
    </message>
    <message>
        <source>Execution date</source>
        <translation>Date d&apos;exécution</translation>
    </message>
    <message>
        <source>Number of transfers</source>
        <translation>Nombre de virements</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Somme de contrôle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Server groups</source>
        <translation>Groupes sur le serveur</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Mot de passe défini</translation>
    </message>
    <message>
        <source>entered in the application</source>
        <extracomment>Where a payment was recorded.</extracomment>
        <translation>saisi dans l&apos;application</translation>
    </message>
    <message>
        <source>imported from a workbook</source>
        <translation>importé d&apos;un classeur</translation>
    </message>
    <message>
        <source>demonstration data</source>
        <translation>données de démonstration</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Advance paid</source>
        <translation>Avance payée</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Balance paid</source>
        <translation>Solde payé</translation>
    </message>
    <message>
        <source>Budget minister&apos;s agreement</source>
        <translation>Accord du ministre du Budget</translation>
    </message>
    <message>
        <source>Call for projects</source>
        <translation>Appel à projets</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagée</translation>
    </message>
    <message>
        <source>Communal non-profit (ASBL)</source>
        <translation>ASBL communale</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidée</translation>
    </message>
    <message>
        <source>Direct grant</source>
        <translation>Subvention directe</translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>Stored values of the closed vocabularies (the forms&apos; texts, context &quot;labels&quot;).</extracomment>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>European Summits Fund (FSE)</source>
        <translation>Fonds Sommets européens (FSE)</translation>
    </message>
    <message>
        <source>Financial and exceptional</source>
        <translation>Frais financiers et exceptionnels</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Government decision</source>
        <translation>Décision du Gouvernement</translation>
    </message>
    <message>
        <source>Inspection of Finance opinion</source>
        <translation>Avis de l&apos;Inspection des Finances</translation>
    </message>
    <message>
        <source>Investment and depreciation</source>
        <translation>Investissements et amortissements</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Justifiée</translation>
    </message>
    <message>
        <source>Local plan (PLPP)</source>
        <translation>Plan local (PLPP)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Other payment</source>
        <translation>Autre paiement</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Police zone</source>
        <translation>Zone de police</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Préparé</translation>
    </message>
    <message>
        <source>Private non-profit (ASBL)</source>
        <translation>ASBL privée</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>Regional body (OAA)</source>
        <translation>Organisme régional (OAA)</translation>
    </message>
    <message>
        <source>Rent and charges</source>
        <translation>Loyer et charges</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Impôts et taxes</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Octroyé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Operating</source>
        <extracomment>A grant&apos;s nature (its &quot;investment&quot; is not the expense category&apos;s &quot;Investment and depreciation&quot;).</extracomment>
        <translation>Fonctionnement</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investissement</translation>
    </message>
    <message>
        <source>Third parties and fees</source>
        <translation>Prestations de tiers et honoraires</translation>
    </message>
    <message>
        <source>Training school (ERIP/ERAP/Brusafe)</source>
        <translation>École de formation (ERIP/ERAP/Brusafe)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Admissible</source>
        <translation>Recevable</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Available (commitment)</source>
        <translation>Disponible (engagement)</translation>
    </message>
    <message>
        <source>Available (payment)</source>
        <translation>Disponible (liquidation)</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Allocation de base</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>To approve</source>
        <translation>À approuver</translation>
    </message>
    <message>
        <source>Paid back</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Net paid</source>
        <translation>Payé net</translation>
    </message>
    <message>
        <source>Documents sent</source>
        <translation>Documents envoyés</translation>
    </message>
    <message>
        <source>Project budget</source>
        <translation>Budget du projet</translation>
    </message>
    <message>
        <source>Other funding</source>
        <translation>Autres financements</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Commitment credits</source>
        <translation>Crédits d&apos;engagement</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>For big tables: a FROM without joins, usable when the sort and the filters need only ``local`` columns/filters (the joins make SQLite walk 200 000 rows more slowly).</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Operating/investment</source>
        <translation>Fonct./invest.</translation>
    </message>
    <message>
        <source>Co-financing %</source>
        <translation>% cofinancement</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation>Numéro d&apos;entreprise</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Octroyé</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Subventions</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Justification due</source>
        <translation>Échéance de la justification</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation>Dernier rappel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Payment credits</source>
        <translation>Crédits de liquidation</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <source>Police zone</source>
        <translation>Zone de police</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Sélectionnée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Structured communication</source>
        <translation>Communication structurée</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
</context>
<context>
    <name>report values</name>
    <message>
        <source>Municipalities</source>
        <extracomment>key: (context, English source). The names of the statuses and kinds have their own context (&quot;Committed&quot; is &quot;Engagée&quot; as a status, &quot;Engagé&quot; as a column).</extracomment>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Police zones</source>
        <translation>Zones de police</translation>
    </message>
    <message>
        <source>Training schools (ERIP/ERAP/Brusafe)</source>
        <translation>ERIP/ERAP/Brusafe</translation>
    </message>
    <message>
        <source>Regional bodies (OAA)</source>
        <translation>OAA</translation>
    </message>
    <message>
        <source>Municipal non-profits</source>
        <translation>ASBL communales</translation>
    </message>
    <message>
        <source>Private non-profits</source>
        <translation>ASBL privées</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidée</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagée</translation>
    </message>
    <message>
        <source>Advance paid</source>
        <translation>Avance payée</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Justifiée</translation>
    </message>
    <message>
        <source>Balance paid</source>
        <translation>Solde payé</translation>
    </message>
    <message>
        <source>Being recovered</source>
        <translation>En récupération</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Préparé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Call for projects</source>
        <translation>Appel à projets</translation>
    </message>
    <message>
        <source>Local plan (PLPP)</source>
        <translation>Plan local (PLPP)</translation>
    </message>
    <message>
        <source>European Summits Fund</source>
        <translation>Fonds Sommets européens</translation>
    </message>
    <message>
        <source>Direct grant</source>
        <translation>Subside hors appel</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>Fonctionnement</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investissement</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Execution {year}</source>
        <translation>Exécution {year}</translation>
    </message>
    <message>
        <source>PGSP measures</source>
        <translation>Mesures PGSP</translation>
    </message>
    <message>
        <source>Payments by month</source>
        <translation>Paiements par mois</translation>
    </message>
    <message>
        <source>Grants {year}</source>
        <translation>Subsides {year}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Operating and investment</source>
        <translation>Fonct. et investissement</translation>
    </message>
    <message>
        <source>{year} operating</source>
        <translation>{year} fonctionnement</translation>
    </message>
    <message>
        <source>{year} investment</source>
        <translation>{year} investissement</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Allocation de base</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Commitment credits</source>
        <translation>Crédits d&apos;engagement</translation>
    </message>
    <message>
        <source>Reserved (grants)</source>
        <translation>Réservé (subsides)</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Available (CE)</source>
        <translation>Disponible (CE)</translation>
    </message>
    <message>
        <source>% committed</source>
        <translation>% engagé</translation>
    </message>
    <message>
        <source>Payment credits</source>
        <translation>Crédits de liquidation</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>To approve</source>
        <translation>À approuver</translation>
    </message>
    <message>
        <source>Available (CL)</source>
        <translation>Disponible (CL)</translation>
    </message>
    <message>
        <source>% paid</source>
        <translation>% payé</translation>
    </message>
    <message>
        <source>PGSP edition</source>
        <translation>Édition du PGSP</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Subsides</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Paid back</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source>Beneficiary ref.</source>
        <translation>Réf. bénéficiaire</translation>
    </message>
    <message>
        <source>Enterprise no.</source>
        <translation>N° BCE</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Octroyé</translation>
    </message>
    <message>
        <source>Justified (accepted)</source>
        <translation>Justifié (accepté)</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Date de l&apos;arrêté</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Notifié le</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Justification deadline</source>
        <translation>Échéance justification</translation>
    </message>
    <message>
        <source>Operating or investment</source>
        <translation>Fonctionnement ou investissement</translation>
    </message>
    <message>
        <source>Project budget</source>
        <translation>Budget du projet</translation>
    </message>
    <message>
        <source>Other funding</source>
        <translation>Autres financements</translation>
    </message>
    <message>
        <source>Co-financing rate</source>
        <translation>Taux de cofinancement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subvention</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Référence du paiement</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Structured communication</source>
        <translation>Communication structurée</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Restant dû</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not tied to a PGSP measure</source>
        <translation>Sans mesure PGSP</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exporté par</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Budget tables: grants by category, budget-line execution, amounts by PGSP thematic and measure, payments by month</source>
        <translation>Tableaux budgétaires : subsides par catégorie, exécution des allocations de base, montants par thématique et mesure du PGSP, paiements par mois</translation>
    </message>
    <message>
        <source>The year&apos;s grants with their granted, committed, paid and justified amounts</source>
        <translation>Liste des subsides de l&apos;année avec leurs montants octroyés, engagés, payés et justifiés</translation>
    </message>
    <message>
        <source>Amounts in euro. Grants of the year at their current amount (decision and amendments). Amounts by measure are allocated by each grant&apos;s measure shares. Totals are formulas.</source>
        <translation>Montants en euros. Subsides de l&apos;année à leur montant actuel (arrêté et avenants). Les montants par mesure sont répartis selon les parts des mesures de chaque subside. Les totaux sont des formules.</translation>
    </message>
    <message>
        <source>Amounts in euro. The balance (min(accepted, granted) - net paid) is shown once the grant is justified. Totals are formulas (SUBTOTAL: they follow the filters).</source>
        <translation>Montants en euros. Le solde (min(accepté, octroyé) - payé net) n&apos;est indiqué qu&apos;une fois le subside justifié. Les totaux sont des formules (SOUS.TOTAL : ils suivent les filtres).</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>safe.brussels - Brussels Prevention &amp; Security</source>
        <translation>safe.brussels - Bruxelles Prévention &amp; Sécurité</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Page {n} de {total}</translation>
    </message>
    <message>
        <source>Issued on {date}</source>
        <translation>Édité le {date}</translation>
    </message>
    <message>
        <source>Statement of grants {year}</source>
        <translation>Relevé des subsides {year}</translation>
    </message>
    <message>
        <source>Grants of the year</source>
        <translation>Subsides de l&apos;année</translation>
    </message>
    <message>
        <source>Justifications</source>
        <translation>Justifications</translation>
    </message>
    <message>
        <source>Recovery claims</source>
        <translation>Récupérations</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Balance still to be paid to you</source>
        <translation>Solde restant à vous verser</translation>
    </message>
    <message>
        <source>Amount to pay back</source>
        <translation>Montant à rembourser</translation>
    </message>
    <message>
        <source>No amount is due either way</source>
        <translation>Aucun montant n&apos;est dû de part ni d&apos;autre</translation>
    </message>
    <message>
        <source>to be justified</source>
        <translation>à justifier</translation>
    </message>
    <message>
        <source>To be paid to account {iban} ({name}) with the structured communication {communication}</source>
        <translation>À verser sur le compte {iban} ({name}) avec la communication structurée {communication}</translation>
    </message>
    <message>
        <source>A repayment request with its structured communication will be sent to you</source>
        <translation>Une demande de remboursement avec sa communication structurée vous sera adressée</translation>
    </message>
    <message>
        <source>Total granted</source>
        <translation>Total octroyé</translation>
    </message>
    <message>
        <source>Total paid (net)</source>
        <translation>Total payé (net)</translation>
    </message>
    <message>
        <source>Total accepted expenses</source>
        <translation>Total des dépenses acceptées</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Selected projects: {title}</source>
        <translation>Projets sélectionnés : {title}</translation>
    </message>
    <message>
        <source>Amounts by PGSP measure</source>
        <translation>Montants par mesure du PGSP</translation>
    </message>
    <message>
        <source>Selected, not granted</source>
        <translation>Retenue, non octroyée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Applications received: {received}; admissible: {admissible}; selected: {selected}. Envelope: {envelope}; granted: {granted}.</source>
        <translation>Candidatures reçues : {received} ; recevables : {admissible} ; sélectionnées : {selected}. Enveloppe : {envelope} ; octroyé : {granted}.</translation>
    </message>
    <message>
        <source>PGSP annex {year}: amounts by thematic and measure</source>
        <translation>Annexe PGSP {year} : montants par thématique et mesure</translation>
    </message>
    <message>
        <source>By thematic</source>
        <translation>Par thématique</translation>
    </message>
    <message>
        <source>By measure</source>
        <translation>Par mesure</translation>
    </message>
    <message>
        <source>Global security and prevention plan {edition}</source>
        <translation>Plan global de sécurité et de prévention {edition}</translation>
    </message>
    <message>
        <source>PGSP implementation {year}: projects, amounts and indicators</source>
        <translation>Mise en œuvre du PGSP {year}&#xa0;: projets, montants et indicateurs</translation>
    </message>
    <message>
        <source>No PGSP edition applies to {year}</source>
        <translation>Aucune édition du PGSP ne s&apos;applique à {year}</translation>
    </message>
    <message>
        <source>no edition covers {year}: the administration assigned this one</source>
        <translation>aucune édition ne couvre {year}&#xa0;: l&apos;administration a attribué celle-ci</translation>
    </message>
    <message>
        <source>no edition covers {year}: the nearest one applies</source>
        <translation>aucune édition ne couvre {year}&#xa0;: la plus proche s&apos;applique</translation>
    </message>
    <message>
        <source>No project for this measure</source>
        <translation>Aucun projet pour cette mesure</translation>
    </message>
    <message>
        <source>Amounts in euro. Granted: the grant&apos;s current amount; allocated and paid (net of repayments): its part for the measure, by the grant&apos;s measure shares. Draft grants are left out.</source>
        <translation>Montants en euro. Octroyé&#xa0;: le montant actuel du subside&#xa0;; affecté et payé (net des remboursements)&#xa0;: sa part pour la mesure, selon les parts de mesures du subside. Les subsides en brouillon sont exclus.</translation>
    </message>
    <message>
        <source>Local prevention plans (PLPP): the communes&apos; activities by thematic</source>
        <translation>Plans locaux de prévention et de proximité (PLPP)&#xa0;: activités des communes par thématique</translation>
    </message>
    <message>
        <source>No activity of a local plan recorded for {year}</source>
        <translation>Aucune activité de plan local enregistrée pour {year}</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Peace guardians</source>
        <translation>Gardiens de la paix</translation>
    </message>
    <message>
        <source>Street educators</source>
        <translation>Éducateurs de rue</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Médiateurs</translation>
    </message>
    <message>
        <source>European Summits Fund (FSE) {year}: the police zones&apos; contributions</source>
        <translation>Fonds Sommets européens (FSE) {year}&#xa0;: contributions des zones de police</translation>
    </message>
    <message>
        <source>Conventions {year}</source>
        <translation>Conventions {year}</translation>
    </message>
    <message>
        <source>By measure {year}</source>
        <translation>Par mesure {year}</translation>
    </message>
    <message>
        <source>European Summits Fund: each police zone&apos;s convention and the zones&apos; contributions by PGSP measure</source>
        <translation>Fonds Sommets européens&#xa0;: la convention de chaque zone de police et les contributions des zones par mesure du PGSP</translation>
    </message>
    <message>
        <source>Amounts in euro. Justified: the expenses accepted; an FSE convention is paid up to the justified amount. By measure: the convention&apos;s amounts by its measure shares. Draft grants are left out. The totals are formulas.</source>
        <translation>Montants en euros. Justifié&#xa0;: les dépenses acceptées&#xa0;; une convention FSE est payée à concurrence du montant justifié. Par mesure&#xa0;: les montants de la convention selon ses parts par mesure. Les subventions en projet sont exclues. Les totaux sont des formules.</translation>
    </message>
    <message>
        <source>Police zone</source>
        <translation>Zone de police</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Convention (grant)</source>
        <translation>Convention (subvention)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Affecté</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Grants awarded in {year}: list for publication</source>
        <translation>Subsides octroyés en {year}&#xa0;: liste à publier</translation>
    </message>
    <message>
        <source>Publication {year}</source>
        <translation>Publication {year}</translation>
    </message>
    <message>
        <source>The year&apos;s grants to publish: beneficiary, enterprise number, purpose, amount, decision, budget line</source>
        <translation>Les subsides de l&apos;année à publier&#xa0;: bénéficiaire, numéro d&apos;entreprise, objet, montant, décision, article budgétaire</translation>
    </message>
    <message>
        <source>Amounts in euro: the grant&apos;s current amount (decision and amendments). Draft grants are left out. The total is a formula.</source>
        <translation>Montants en euro&#xa0;: le montant actuel du subside (décision et avenants). Les subsides en brouillon sont exclus. Le total est une formule.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Output: the report is written as .xlsx or .pdf, not {name}</source>
        <translation>Sortie&#xa0;: le rapport s&apos;écrit en .xlsx ou en .pdf, pas {name}</translation>
    </message>
    <message>
        <source>Password: only a server login has a password (this database is a file)</source>
        <translation>Mot de passe&#xa0;: seul un identifiant de serveur a un mot de passe (cette base de données est un fichier)</translation>
    </message>
    <message>
        <source>Password: empty, or the two entries differ; nothing was changed</source>
        <translation>Mot de passe&#xa0;: vide, ou les deux saisies diffèrent&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Audit checks</source>
        <translation>Contrôles d&apos;audit</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Records at fault</source>
        <translation>Enregistrements en défaut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Records checked</source>
        <translation>Enregistrements contrôlés</translation>
    </message>
    <message>
        <source>At fault</source>
        <translation>En défaut</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>toutes les années</translation>
    </message>
    <message>
        <source>Overdue as of</source>
        <translation>En retard au</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Exécuté par</translation>
    </message>
    <message>
        <source>Run at</source>
        <translation>Exécuté le</translation>
    </message>
    <message>
        <source>Snapshot taken</source>
        <translation>Instantané pris le</translation>
    </message>
    <message>
        <source>Snapshot content SHA-256</source>
        <translation>Empreinte SHA-256 du contenu de l&apos;instantané</translation>
    </message>
    <message>
        <source>No record at fault.</source>
        <translation>Aucun enregistrement en défaut.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exporté par</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) checked</source>
        <translation>
            <numerusform>%n enregistrement contrôlé</numerusform>
            <numerusform>%n enregistrements contrôlés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) at fault</source>
        <translation>
            <numerusform>%n enregistrement en défaut</numerusform>
            <numerusform>%n enregistrements en défaut</numerusform>
        </translation>
    </message>
    <message>
        <source>Order of acts: decision, commitment, notification, first payment</source>
        <translation>Ordre des actes&#xa0;: arrêté, engagement, notification, premier paiement</translation>
    </message>
    <message>
        <source>Decisions complete: purpose, amount, period, budget line, documents, deadline</source>
        <translation>Arrêtés complets&#xa0;: objet, montant, période, allocation de base, documents, date limite</translation>
    </message>
    <message>
        <source>Opinions present wherever the amount requires them</source>
        <translation>Avis présents partout où le montant les requiert</translation>
    </message>
    <message>
        <source>No payment on a late justification without a recorded derogation</source>
        <translation>Aucun paiement sur une justification tardive sans dérogation enregistrée</translation>
    </message>
    <message>
        <source>Balance arithmetic; every overpayment claimed back</source>
        <translation>Calcul du solde&#xa0;; tout paiement indu fait l&apos;objet d&apos;une récupération</translation>
    </message>
    <message>
        <source>Recoveries followed: recorded, reminded, collected</source>
        <translation>Récupérations suivies&#xa0;: enregistrées, rappelées, encaissées</translation>
    </message>
    <message>
        <source>No double funding: a justified expense counts once</source>
        <translation>Pas de double financement&#xa0;: une dépense justifiée ne compte qu&apos;une fois</translation>
    </message>
    <message>
        <source>Commitments within commitment credits, payments within payment credits</source>
        <translation>Engagements dans les crédits d&apos;engagement, paiements dans les crédits de liquidation</translation>
    </message>
    <message>
        <source>Separation of duties: payments prepared and approved by two people</source>
        <translation>Séparation des fonctions&#xa0;: paiements préparés et approuvés par deux personnes</translation>
    </message>
    <message>
        <source>Yearly list of subsidies can be published (ordonnance of 14/12/2017)</source>
        <translation>Liste annuelle des subventions publiable (ordonnance du 14/12/2017)</translation>
    </message>
    <message>
        <source>Audit trail intact: every entry matches its hash and its predecessor&apos;s, every record its trail</source>
        <translation>Piste d&apos;audit intacte&#xa0;: chaque entrée correspond à son empreinte et à celle de la précédente, chaque enregistrement à sa piste</translation>
    </message>
    <message>
        <source>Inspection des Finances</source>
        <translation>Inspection des Finances</translation>
    </message>
    <message>
        <source>Budget minister&apos;s agreement</source>
        <translation>Accord du ministre du Budget</translation>
    </message>
    <message>
        <source>Government decision</source>
        <translation>Décision du Gouvernement</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>required documents</source>
        <translation>documents requis</translation>
    </message>
    <message>
        <source>justification deadline</source>
        <translation>date limite de justification</translation>
    </message>
    <message>
        <source>decision reference</source>
        <translation>référence de l&apos;arrêté</translation>
    </message>
    <message>
        <source>decision date</source>
        <translation>date de l&apos;arrêté</translation>
    </message>
    <message>
        <source>name in French</source>
        <translation>nom en français</translation>
    </message>
    <message>
        <source>name in Dutch</source>
        <translation>nom en néerlandais</translation>
    </message>
    <message>
        <source>enterprise number (BCE)</source>
        <translation>numéro d&apos;entreprise (BCE)</translation>
    </message>
    <message numerus="yes">
        <source>%n paid grant(s) with no notification date recorded: their notification could not be placed in the order</source>
        <translation>
            <numerusform>%n subvention payée n&apos;a pas de date de notification enregistrée&#xa0;: sa notification n&apos;a pas pu être située dans l&apos;ordre des actes</numerusform>
            <numerusform>%n subventions payées n&apos;ont pas de date de notification enregistrée&#xa0;: leur notification n&apos;a pas pu être située dans l&apos;ordre des actes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) imported without the names of who prepared and approved them: not checkable here</source>
        <translation>
            <numerusform>%n paiement a été importé sans le nom des personnes qui l&apos;ont préparé et approuvé&#xa0;: vérification impossible ici</numerusform>
            <numerusform>%n paiements ont été importés sans le nom des personnes qui les ont préparés et approuvés&#xa0;: vérification impossible ici</numerusform>
        </translation>
    </message>
    <message>
        <source>audit chain broken: {reason}</source>
        <translation>chaîne d&apos;audit rompue&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>changed outside the application: {action} of {entity} {record} by {user} (recorded by the server)</source>
        <translation>modifié en dehors de l&apos;application&#xa0;: {action} de {entity} {record} par {user} (enregistré par le serveur)</translation>
    </message>
    <message>
        <source>decision incomplete: no {fields}</source>
        <extracomment>The field of a decision (as grants.domain.checks names it) -&gt; its label in audit check 2.</extracomment>
        <translation>arrêté incomplet&#xa0;: {fields} manquant(s)</translation>
    </message>
    <message>
        <source>an amount of {amount} requires the opinion &apos;{kind}&apos;; none is recorded</source>
        <translation>un montant de {amount} requiert l&apos;avis «&#xa0;{kind}&#xa0;»&#xa0;; aucun n&apos;est enregistré</translation>
    </message>
    <message>
        <source>the opinion &apos;{kind}&apos; is dated {date}, after the decision of {decision}</source>
        <translation>l&apos;avis «&#xa0;{kind}&#xa0;» est daté du {date}, après l&apos;arrêté du {decision}</translation>
    </message>
    <message>
        <source>amended to {amount}, which requires the opinion &apos;{kind}&apos;; none is recorded</source>
        <translation>modifiée par avenant à {amount}, montant qui requiert l&apos;avis «&#xa0;{kind}&#xa0;»&#xa0;; aucun n&apos;est enregistré</translation>
    </message>
    <message>
        <source>{kind} payment of {amount} on {date}, after the deadline {deadline}, with no justification received and no derogation</source>
        <translation>paiement ({kind}) de {amount} le {date}, après la date limite du {deadline}, sans justification reçue ni dérogation</translation>
    </message>
    <message>
        <source>{kind} payment of {amount} on {date} on a justification received {received}, after the deadline {deadline}, with no derogation</source>
        <translation>paiement ({kind}) de {amount} le {date} sur une justification reçue le {received}, après la date limite du {deadline}, sans dérogation</translation>
    </message>
    <message>
        <source>paid {paid} (net of refunds), above the granted amount {amount}</source>
        <translation>payé {paid} (net des remboursements), au-delà du montant octroyé {amount}</translation>
    </message>
    <message>
        <source>paid {paid} (net of refunds), above what is committed {committed}</source>
        <translation>payé {paid} (net des remboursements), au-delà du montant engagé {committed}</translation>
    </message>
    <message>
        <source>overpaid by {over} (paid {paid}, due min(accepted {accepted}, granted {amount}) = {due}); recovery claims raised: {claimed}</source>
        <translation>payé en trop&#xa0;: {over} (payé {paid}, dû min(accepté {accepted}, octroyé {amount}) = {due})&#xa0;; demandes de remboursement émises&#xa0;: {claimed}</translation>
    </message>
    <message>
        <source>closed with a balance of {balance} still due to the beneficiary</source>
        <translation>clôturée alors qu&apos;un solde de {balance} reste dû au bénéficiaire</translation>
    </message>
    <message>
        <source>expense ({category}): accepted {accepted} is above claimed {claimed}</source>
        <translation>dépense ({category})&#xa0;: le montant accepté {accepted} dépasse le montant déclaré {claimed}</translation>
    </message>
    <message>
        <source>the structured communication {communication} is not valid: the refund cannot be matched</source>
        <translation>la communication structurée {communication} n&apos;est pas valide&#xa0;: le remboursement ne peut pas être rapproché</translation>
    </message>
    <message>
        <source>still open although {got} of {amount} was refunded</source>
        <translation>toujours ouverte alors que {got} sur {amount} a été remboursé</translation>
    </message>
    <message>
        <source>{left} of {amount} still due since {due}, and no reminder sent</source>
        <translation>{left} sur {amount} encore dû depuis le {due}, et aucun rappel envoyé</translation>
    </message>
    <message numerus="yes">
        <source>{left} of {amount} still due since {due}, not collected after %n reminder(s) (last on {last})</source>
        <translation>
            <numerusform>{left} sur {amount} encore dû depuis le {due}, non encaissé après %n rappel (le {last})</numerusform>
            <numerusform>{left} sur {amount} encore dû depuis le {due}, non encaissé après %n rappels (le dernier le {last})</numerusform>
        </translation>
    </message>
    <message>
        <source>marked paid, but the refunds recorded total {got}, not {amount}</source>
        <translation>marquée payée, mais les remboursements enregistrés totalisent {got}, et non {amount}</translation>
    </message>
    <message>
        <source>expense {evidence} accepted {n} times ({total} in all) on grants {grants}</source>
        <translation>dépense {evidence} acceptée {n} fois ({total} au total) sur les subventions {grants}</translation>
    </message>
    <message>
        <source>commitments {committed} above the commitment credits {credits} (by {over})</source>
        <translation>engagements de {committed} au-delà des crédits d&apos;engagement de {credits} (dépassement de {over})</translation>
    </message>
    <message>
        <source>payments of {paid} made in {year} on a code with no budget line that year</source>
        <translation>paiements de {paid} effectués en {year} sur un code sans allocation de base cette année-là</translation>
    </message>
    <message>
        <source>payments {paid} above the payment credits {credits} (by {over})</source>
        <translation>paiements de {paid} au-delà des crédits de liquidation de {credits} (dépassement de {over})</translation>
    </message>
    <message>
        <source>payment of {amount} on {date} prepared and approved by the same person, {user}</source>
        <translation>paiement de {amount} le {date} préparé et approuvé par la même personne, {user}</translation>
    </message>
    <message>
        <source>payment of {amount} on {date} approved without recording who prepared ({prepared}) and who approved ({approved})</source>
        <translation>paiement de {amount} le {date} approuvé sans que soient enregistrés qui l&apos;a préparé ({prepared}) et qui l&apos;a approuvé ({approved})</translation>
    </message>
    <message>
        <source>beneficiary of a grant to publish, with no {fields}</source>
        <translation>bénéficiaire d&apos;une subvention à publier, sans {fields}</translation>
    </message>
    <message>
        <source>enterprise number {bce} is not valid: the beneficiary cannot be identified in the list</source>
        <translation>le numéro d&apos;entreprise {bce} n&apos;est pas valide&#xa0;: le bénéficiaire ne peut pas être identifié dans la liste</translation>
    </message>
    <message>
        <source>cannot be listed for publication: no {fields}</source>
        <translation>ne peut pas figurer dans la liste publiée&#xa0;: {fields} manquant(s)</translation>
    </message>
    <message>
        <source>Dates: the end {end} is before the start {start}</source>
        <extracomment>Tables whose records carry a human reference (``ref``): a filter may name a record by it.</extracomment>
        <translation>Dates&#xa0;: la fin {end} précède le début {start}</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <source>Category: {value} is not one of {allowed}</source>
        <translation>Catégorie&#xa0;: {value} ne fait pas partie de {allowed}</translation>
    </message>
    <message>
        <source>Language: {value} is not fr or nl</source>
        <translation>Langue&#xa0;: {value} n&apos;est ni fr ni nl</translation>
    </message>
    <message>
        <source>Commune (NIS): {value} is not one of the 19 Brussels communes</source>
        <translation>Commune (INS)&#xa0;: {value} n&apos;est pas l&apos;une des 19 communes bruxelloises</translation>
    </message>
    <message>
        <source>Police zone: {value} is not a Brussels police zone</source>
        <translation>Zone de police&#xa0;: {value} n&apos;est pas une zone de police bruxelloise</translation>
    </message>
    <message>
        <source>Contact {n}: the name is required</source>
        <translation>Contact {n}&#xa0;: le nom est obligatoire</translation>
    </message>
    <message>
        <source>Reference: {ref} is already used by another beneficiary</source>
        <translation>Référence&#xa0;: {ref} est déjà utilisée par un autre bénéficiaire</translation>
    </message>
    <message>
        <source>Enterprise number (BCE): {value} is already the number of beneficiary {other}</source>
        <translation>Numéro d&apos;entreprise (BCE)&#xa0;: {value} est déjà le numéro du bénéficiaire {other}</translation>
    </message>
    <message>
        <source>Commitment credits</source>
        <translation>Crédits d&apos;engagement</translation>
    </message>
    <message>
        <source>Payment credits</source>
        <translation>Crédits de liquidation</translation>
    </message>
    <message>
        <source>{label}: must not be negative ({value})</source>
        <translation>{label}&#xa0;: ne peut pas être négatif ({value})</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Code: budget line {code} already exists in {year}</source>
        <translation>Code&#xa0;: l&apos;allocation de base {code} existe déjà en {year}</translation>
    </message>
    <message>
        <source>Commitment credits: {value} is below what the line&apos;s grants already use ({used})</source>
        <translation>Crédits d&apos;engagement&#xa0;: {value} est inférieur à ce que les subventions de l&apos;allocation utilisent déjà ({used})</translation>
    </message>
    <message>
        <source>Payment credits: {value} is below what was already paid ({used})</source>
        <translation>Crédits de liquidation&#xa0;: {value} est inférieur à ce qui a déjà été payé ({used})</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>subvention</translation>
    </message>
    <message>
        <source>beneficiary</source>
        <translation>bénéficiaire</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>allocation de base</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>paiement</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>application</source>
        <translation>candidature</translation>
    </message>
    <message>
        <source>recovery claim</source>
        <translation>demande de remboursement</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>justification</translation>
    </message>
    <message>
        <source>attachment</source>
        <extracomment>The kinds of file, in the order they are offered.</extracomment>
        <translation>pièce jointe</translation>
    </message>
    <message>
        <source>Kind: {kind} is not one of {kinds}</source>
        <extracomment>Size limit per file, in MB (1 MB = 1 048 576 bytes), unless the organisation setting ``attachment_max_mb`` (or the environment variable GRANTS_ATTACHMENT_MAX_MB) says otherwise.</extracomment>
        <translation>Type&#xa0;: {kind} n&apos;est pas l&apos;un de {kinds}</translation>
    </message>
    <message>
        <source>{path}: {size} MB, more than the limit of {limit} MB per file</source>
        <translation>{path}&#xa0;: {size} Mo, plus que la limite de {limit} Mo par fichier</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}&#xa0;: illisible ({reason})</translation>
    </message>
    <message>
        <source>{path}: the file is empty</source>
        <translation>{path}&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <source>no grant {ref}</source>
        <translation>aucune subvention {ref}</translation>
    </message>
    <message>
        <source>Justification {id} is not one of this grant&apos;s</source>
        <translation>La justification {id} n&apos;est pas l&apos;une de cette subvention</translation>
    </message>
    <message>
        <source>Payment {id} is not one of this grant&apos;s</source>
        <translation>Le paiement {id} n&apos;est pas l&apos;un de cette subvention</translation>
    </message>
    <message>
        <source>No {what} with identifier {key}</source>
        <translation>Introuvable&#xa0;: {what} portant l&apos;identifiant {key}</translation>
    </message>
    <message>
        <source>No {what} with reference {key}</source>
        <translation>Introuvable&#xa0;: {what} portant la référence {key}</translation>
    </message>
    <message>
        <source>The {what} {key} was changed by {user} at {when} (UTC) after you opened it: nothing was saved; reopen it to see the change, then save again</source>
        <translation>{what} {key} a été modifié(e) par {user} le {when} (UTC) depuis que vous l&apos;avez ouvert(e)&#xa0;: rien n&apos;a été enregistré&#xa0;; rouvrez-le pour voir la modification, puis enregistrez à nouveau</translation>
    </message>
    <message>
        <source>This database is open read-only ({reason}): nothing can be changed</source>
        <extracomment>The server-side advisory lock every writing transaction holds until it ends (PostgreSQL). The transaction-local setting that marks the application&apos;s own writes on a server (migration 0011). How long a write waits for another writer before it is refused as busy (nothing saved, the user told to try again): SQLite&apos;s busy timeout, PostgreSQL&apos;s lock_timeout, the same on both. The manifest (``snapshot.SnapshotInfo``) when the file is an auditor&apos;s snapshot. Who acts: on a server always the authenticated login (``user`` cannot change it); on SQLite the OS account, or ``user`` when a program (a test) names one explicitly.</extracomment>
        <translation>Cette base de données est ouverte en lecture seule ({reason})&#xa0;: aucune modification n&apos;est possible</translation>
    </message>
    <message>
        <source>row {n}</source>
        <translation>ligne {n}</translation>
    </message>
    <message>
        <source>column {c}</source>
        <translation>colonne {c}</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Status: grant {ref} cannot go from {current} to {target} (allowed next: {allowed})</source>
        <translation>Statut&#xa0;: la subvention {ref} ne peut pas passer de {current} à {target} (étapes possibles&#xa0;: {allowed})</translation>
    </message>
    <message>
        <source>PGSP measures: no PGSP plan edition covers this year</source>
        <extracomment>operating or investment; None: what the budget line&apos;s economic class gives (checks.economic_nature) the co-financed project&apos;s total budget (None: not given, no ceiling) the project&apos;s other funders (name, amount, status); None keeps those recorded (none for a new grant) Why an edition applies to a year: it covers the year, the administration assigned it (setting pgsp_editions), or it is the nearest one (no edition covers the year, none assigned).</extracomment>
        <translation>Mesures du PGSP&#xa0;: aucune édition du PGSP ne couvre cette année</translation>
    </message>
    <message>
        <source>PGSP measures: {codes} not in the PGSP {edition}</source>
        <translation>Mesures du PGSP&#xa0;: {codes} ne figure(nt) pas dans le PGSP {edition}</translation>
    </message>
    <message>
        <source>Amount: {amount} on budget line {code} ({year}) would bring its grants to {total}, above its commitment credits {credits} (available {available})</source>
        <translation>Montant&#xa0;: {amount} sur l&apos;allocation de base {code} ({year}) porterait ses subventions à {total}, au-delà de ses crédits d&apos;engagement de {credits} (disponible {available})</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Beneficiary: choose an existing beneficiary</source>
        <translation>Bénéficiaire&#xa0;: choisissez un bénéficiaire existant</translation>
    </message>
    <message>
        <source>Budget line: choose an existing budget line</source>
        <translation>Allocation de base&#xa0;: choisissez une allocation de base existante</translation>
    </message>
    <message>
        <source>Amount: must be above zero ({amount})</source>
        <translation>Montant&#xa0;: doit être supérieur à zéro ({amount})</translation>
    </message>
    <message>
        <source>Advance share: must be between 0 and 100 % ({share})</source>
        <translation>Part de l&apos;avance&#xa0;: doit être comprise entre 0 et 100 % ({share})</translation>
    </message>
    <message>
        <source>Period: the end {end} is before the start {start}</source>
        <translation>Période&#xa0;: la fin {end} précède le début {start}</translation>
    </message>
    <message>
        <source>Programme: choose an existing programme</source>
        <translation>Programme&#xa0;: choisissez un programme existant</translation>
    </message>
    <message>
        <source>Reference: {ref} is already used by another grant</source>
        <translation>Référence&#xa0;: {ref} est déjà utilisée par une autre subvention</translation>
    </message>
    <message>
        <source>Grant {ref} is {status}: after the decision, change its amount or period by an amendment</source>
        <translation>La subvention {ref} a le statut {status}&#xa0;: après l&apos;arrêté, son montant ou sa période se modifie par avenant</translation>
    </message>
    <message>
        <source>Decision reference: this field is required</source>
        <translation>Référence de l&apos;arrêté&#xa0;: ce champ est obligatoire</translation>
    </message>
    <message>
        <source>Decision date: this field is required</source>
        <translation>Date de l&apos;arrêté&#xa0;: ce champ est obligatoire</translation>
    </message>
    <message>
        <source>PGSP measures: a decision needs at least one PGSP measure</source>
        <extracomment>Measures every grant of a programme kind must carry (FSE: 5.1 and 6.1, compulsory for the zones). The beneficiary categories each programme kind funds (domain.md &quot;Funding channels&quot;): the call for projects funds non-profits (and communes, as the LISA antennas call); the local plans (PLPP) the 19 communes; the European Summits Fund (FSE) the 6 police zones; direct grants the regional bodies, training schools and some ASBL.</extracomment>
        <translation>Mesures du PGSP&#xa0;: un arrêté requiert au moins une mesure du PGSP</translation>
    </message>
    <message>
        <source>PGSP measures: a grant of kind {kind} requires the measures {required} (missing {missing})</source>
        <translation>Mesures du PGSP&#xa0;: une subvention de type {kind} requiert les mesures {required} (manque&#xa0;: {missing})</translation>
    </message>
    <message>
        <source>Programme: a programme of kind {kind} does not fund a beneficiary of category {category} (only {allowed})</source>
        <translation>Programme&#xa0;: un programme de type {kind} ne finance pas un bénéficiaire de catégorie {category} (seulement {allowed})</translation>
    </message>
    <message>
        <source>Commitment date: {committed} with no decision recorded</source>
        <translation>Date d&apos;engagement&#xa0;: le {committed} sans arrêté enregistré</translation>
    </message>
    <message>
        <source>Commitment date: {committed} is before the decision of {decision} (decision, then commitment, then payment)</source>
        <translation>Date d&apos;engagement&#xa0;: le {committed} précède l&apos;arrêté du {decision} (arrêté, puis engagement, puis paiement)</translation>
    </message>
    <message>
        <source>Notification date: {notified} is before the decision {decided}</source>
        <translation>Date de notification&#xa0;: le {notified} précède l&apos;arrêté du {decided}</translation>
    </message>
    <message>
        <source>Period: a decision needs the period of the activity (start and end)</source>
        <translation>Période&#xa0;: un arrêté requiert la période de l&apos;activité (début et fin)</translation>
    </message>
    <message>
        <source>{label}: {date} is not a plausible date (between {first} and {last})</source>
        <extracomment>The first date the application accepts (the Region&apos;s first subsidies: 1989). How many years after max(grant year, this year) a date may lie (deadlines, multi-year periods).</extracomment>
        <translation>{label}&#xa0;: le {date} n&apos;est pas une date plausible (entre le {first} et le {last})</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Date de l&apos;arrêté</translation>
    </message>
    <message>
        <source>Notification date</source>
        <translation>Date de notification</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <source>Justification deadline</source>
        <translation>Date limite de justification</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Vérifiée le</translation>
    </message>
    <message>
        <source>Purpose: a decision needs the purpose of the grant</source>
        <translation>Objet&#xa0;: un arrêté requiert l&apos;objet de la subvention</translation>
    </message>
    <message>
        <source>Amount: a decision needs an amount above zero</source>
        <translation>Montant&#xa0;: un arrêté requiert un montant supérieur à zéro</translation>
    </message>
    <message>
        <source>Budget line: a decision needs the budget line it is paid from</source>
        <translation>Ligne budgétaire&#xa0;: un arrêté requiert la ligne budgétaire sur laquelle il est payé</translation>
    </message>
    <message>
        <source>Required documents: a decision needs the list of supporting documents</source>
        <translation>Pièces requises&#xa0;: un arrêté requiert la liste des pièces justificatives</translation>
    </message>
    <message>
        <source>Justification deadline: a decision needs the deadline for the supporting documents</source>
        <translation>Date limite de justification&#xa0;: un arrêté requiert la date limite de remise des pièces justificatives</translation>
    </message>
    <message>
        <source>Notification date: {notified} is before the commitment of {committed}</source>
        <translation>Date de notification&#xa0;: le {notified} précède l&apos;engagement du {committed}</translation>
    </message>
    <message>
        <source>Payment date: {paid} with no commitment</source>
        <translation>Date de paiement&#xa0;: le {paid} sans engagement</translation>
    </message>
    <message>
        <source>Payment date: {paid} is before the commitment of {committed}</source>
        <translation>Date de paiement&#xa0;: le {paid} précède l&apos;engagement du {committed}</translation>
    </message>
    <message>
        <source>Payment date: {paid} is before the decision of {decision}</source>
        <translation>Date de paiement&#xa0;: le {paid} précède l&apos;arrêté du {decision}</translation>
    </message>
    <message>
        <source>Payment date: {paid} is before the notification of {notified}</source>
        <translation>Date de paiement&#xa0;: le {paid} précède la notification du {notified}</translation>
    </message>
    <message>
        <source>Name: an indicator needs a name</source>
        <translation>Nom&#xa0;: un indicateur doit avoir un nom</translation>
    </message>
    <message>
        <source>PGSP measure: an indicator is tied to one of the grant&apos;s measures ({codes})</source>
        <translation>Mesure PGSP&#xa0;: un indicateur se rattache à une des mesures de la subvention ({codes})</translation>
    </message>
    <message>
        <source>PGSP measure: {code} is not a measure of grant {ref} (its measures: {codes})</source>
        <translation>Mesure PGSP&#xa0;: {code} n&apos;est pas une mesure de la subvention {ref} (ses mesures&#xa0;: {codes})</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>{label}: must be zero or more ({value})</source>
        <translation>{label}&#xa0;: doit être zéro ou plus ({value})</translation>
    </message>
    <message>
        <source>Commitment amount: {year} is provisional (twelfths) and budget line {code} has no credits in {previous} to take twelfths of</source>
        <translation>Montant de l&apos;engagement&#xa0;: {year} est en douzièmes provisoires et l&apos;allocation {code} n&apos;a pas de crédits en {previous} dont prendre les douzièmes</translation>
    </message>
    <message>
        <source>Commitment amount: {year} is provisional: by the end of month {month} budget line {code} may commit {month}/12 of its {previous} credits {credits}, that is {limit}; {amount} would bring it to {total} (available {available})</source>
        <translation>Montant de l&apos;engagement&#xa0;: {year} est en douzièmes provisoires&#xa0;: à la fin du mois {month}, l&apos;allocation {code} peut engager {month}/12 de ses crédits {previous} de {credits}, soit {limit}&#xa0;; {amount} la porterait à {total} (disponible {available})</translation>
    </message>
    <message>
        <source>Convention: grant {ref} amounts to {amount}, not above {threshold}: a convention is required only above the Government-decision threshold</source>
        <translation>Convention&#xa0;: la subvention {ref} s&apos;élève à {amount}, pas au-dessus de {threshold}&#xa0;: une convention n&apos;est requise qu&apos;au-delà du seuil de la décision du Gouvernement</translation>
    </message>
    <message>
        <source>Decision letter</source>
        <extracomment>The name of each kind of letter, as a refusal shows it (translated in the context &quot;rules&quot;).</extracomment>
        <translation>Lettre de décision</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>Notification letter</source>
        <translation>Lettre de notification</translation>
    </message>
    <message>
        <source>Advance payment notice</source>
        <translation>Avis de paiement de l&apos;avance</translation>
    </message>
    <message>
        <source>Balance payment notice</source>
        <translation>Avis de paiement du solde</translation>
    </message>
    <message>
        <source>Reminder letter</source>
        <translation>Lettre de rappel</translation>
    </message>
    <message>
        <source>Recovery claim letter</source>
        <translation>Lettre de récupération</translation>
    </message>
    <message>
        <source>Closure letter</source>
        <translation>Lettre de clôture</translation>
    </message>
    <message>
        <source>{kind}: grant {ref} is {status}: no decision recorded yet</source>
        <translation>{kind}&#xa0;: la subvention {ref} est {status}&#xa0;: aucune décision encore enregistrée</translation>
    </message>
    <message>
        <source>{kind}: grant {ref} is {status}: not committed yet</source>
        <translation>{kind}&#xa0;: la subvention {ref} est {status}&#xa0;: pas encore engagée</translation>
    </message>
    <message>
        <source>{kind}: grant {ref} is {status}: no advance prepared or paid</source>
        <translation>{kind}&#xa0;: la subvention {ref} est {status}&#xa0;: aucune avance préparée ni payée</translation>
    </message>
    <message>
        <source>{kind}: grant {ref} is {status}: no balance prepared or paid</source>
        <translation>{kind}&#xa0;: la subvention {ref} est {status}&#xa0;: aucun solde préparé ni payé</translation>
    </message>
    <message>
        <source>{kind}: grant {ref} is {status}: no open recovery claim</source>
        <translation>{kind}&#xa0;: la subvention {ref} est {status}&#xa0;: aucune récupération ouverte</translation>
    </message>
    <message>
        <source>{kind}: grant {ref} is {status}: neither a late justification nor an open recovery claim to remind</source>
        <translation>{kind}&#xa0;: la subvention {ref} est {status}&#xa0;: ni justification en retard ni récupération ouverte à rappeler</translation>
    </message>
    <message>
        <source>{kind}: grant {ref} is {status}: not closed</source>
        <translation>{kind}&#xa0;: la subvention {ref} est {status}&#xa0;: pas clôturée</translation>
    </message>
    <message>
        <source>Amount: the PLPP subsidy of {commune} would move from {previous} ({before}) to {amount} in {year} ({change} %), outside the allowed -1 % / +2 % ({low} to {high}); record a derogation with its reason to allow it</source>
        <extracomment>How far a commune&apos;s PLPP subsidy may move from the previous year&apos;s: -1 % to +2 %.</extracomment>
        <translation>Montant&#xa0;: le subside PLPP de {commune} passerait de {previous} ({before}) à {amount} en {year} ({change} %), hors de la variation admise de -1 % / +2 % ({low} à {high})&#xa0;; enregistrez une dérogation motivée pour l&apos;autoriser</translation>
    </message>
    <message>
        <source>Share: the share of {commune} must be zero or more ({share})</source>
        <translation>Part&#xa0;: la part de {commune} doit être positive ou nulle ({share})</translation>
    </message>
    <message>
        <source>Share: the shares of the key add up to {total} %, not 100 %</source>
        <translation>Part&#xa0;: les parts de la clé totalisent {total} %, et non 100 %</translation>
    </message>
    <message>
        <source>Peace guardians</source>
        <extracomment>The staff a local plan funds, counted per activity (field -&gt; label).</extracomment>
        <translation>Gardiens de la paix</translation>
    </message>
    <message>
        <source>Street educators</source>
        <translation>Éducateurs de rue</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Médiateurs</translation>
    </message>
    <message>
        <source>Title: an activity needs a title</source>
        <translation>Titre&#xa0;: une activité doit avoir un titre</translation>
    </message>
    <message>
        <source>Thematic: choose one of the PGSP thematics T{first} to T{last}</source>
        <translation>Thématique&#xa0;: choisissez une des thématiques du PGSP, T{first} à T{last}</translation>
    </message>
    <message>
        <source>{label}: must be a count of people, zero or more ({value})</source>
        <translation>{label}&#xa0;: doit être un nombre de personnes, positif ou nul ({value})</translation>
    </message>
    <message>
        <source>Amount: grant {ref} (European Summits Fund) is paid up to the justified amount {justified}; {amount} would bring payments to {total} (at most {available} more)</source>
        <translation>Montant&#xa0;: la subvention {ref} (Fonds Sommets européens) est payée à concurrence du montant justifié {justified}&#xa0;; {amount} porterait les paiements à {total} (au plus {available} de plus)</translation>
    </message>
    <message>
        <source>Project budget: must be above zero ({amount})</source>
        <extracomment>First digit of the economic class (the code&apos;s third group, 25.002.63.21 -&gt; 63.21) of capital transfers: 5x to enterprises, households and non-profits, 6x to other public authorities.</extracomment>
        <translation>Budget du projet&#xa0;: doit être supérieur à zéro ({amount})</translation>
    </message>
    <message>
        <source>Other funders: row {row} needs the funder&apos;s name</source>
        <translation>Autres financeurs&#xa0;: la ligne {row} doit indiquer le nom du financeur</translation>
    </message>
    <message>
        <source>Other funders: row {row} needs an amount above zero</source>
        <translation>Autres financeurs&#xa0;: la ligne {row} doit indiquer un montant supérieur à zéro</translation>
    </message>
    <message>
        <source>Amount: {amount} is above the project&apos;s total budget {budget} minus its other funders {other} (at most {ceiling})</source>
        <translation>Montant&#xa0;: {amount} dépasse le budget total du projet {budget} moins ses autres financeurs {other} (au plus {ceiling})</translation>
    </message>
    <message>
        <source>Opinions: an amount of {amount} requires the opinion &apos;{kind}&apos; dated on or before the decision</source>
        <translation>Avis&#xa0;: un montant de {amount} requiert l&apos;avis «&#xa0;{kind}&#xa0;», daté au plus tard du jour de l&apos;arrêté</translation>
    </message>
    <message>
        <source>Status: grant {ref} is {status}; only a decided grant can be committed</source>
        <translation>Statut&#xa0;: la subvention {ref} a le statut {status}&#xa0;; seule une subvention décidée peut être engagée</translation>
    </message>
    <message>
        <source>Commitment date</source>
        <translation>Date d&apos;engagement</translation>
    </message>
    <message>
        <source>Commitment amount: nothing left to commit on grant {ref} ({committed} of {granted} committed)</source>
        <translation>Montant de l&apos;engagement&#xa0;: plus rien à engager sur la subvention {ref} ({committed} engagé sur {granted})</translation>
    </message>
    <message>
        <source>Commitment amount: {amount} would bring grant {ref} to {total} committed, above its amount {granted}</source>
        <translation>Montant de l&apos;engagement&#xa0;: {amount} porterait l&apos;engagement de la subvention {ref} à {total}, au-delà de son montant de {granted}</translation>
    </message>
    <message>
        <source>Commitment amount: {amount} would bring budget line {code} ({year}) to {total} committed, above its commitment credits {credits}</source>
        <translation>Montant de l&apos;engagement&#xa0;: {amount} porterait les engagements de l&apos;allocation de base {code} ({year}) à {total}, au-delà de ses crédits d&apos;engagement de {credits}</translation>
    </message>
    <message>
        <source>Status: grant {ref} is {status}; only a decided, open grant is amended (edit a draft directly)</source>
        <translation>Statut&#xa0;: la subvention {ref} a le statut {status}&#xa0;; seule une subvention décidée et non clôturée se modifie par avenant (un brouillon se modifie directement)</translation>
    </message>
    <message>
        <source>Amendment: change the amount or the period</source>
        <translation>Avenant&#xa0;: modifiez le montant ou la période</translation>
    </message>
    <message>
        <source>Amount change: the new amount {amount} would be below what was already paid {paid}</source>
        <translation>Variation du montant&#xa0;: le nouveau montant {amount} serait inférieur à ce qui a déjà été payé ({paid})</translation>
    </message>
    <message>
        <source>Amendment date: {date} is before the decision or a previous amendment</source>
        <translation>Date de l&apos;avenant&#xa0;: le {date} précède l&apos;arrêté ou un avenant antérieur</translation>
    </message>
    <message>
        <source>Status: grant {ref} still has payments waiting for approval</source>
        <translation>Statut&#xa0;: la subvention {ref} a encore des paiements en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Status: grant {ref} has an open recovery claim; it closes when the claim is paid or cancelled</source>
        <translation>Statut&#xa0;: la subvention {ref} a une demande de remboursement ouverte&#xa0;; elle sera clôturée quand la demande sera payée ou annulée</translation>
    </message>
    <message>
        <source>Balance: grant {ref} still has a balance of {balance}; pay it or claim it back before closing</source>
        <translation>Solde&#xa0;: la subvention {ref} présente encore un solde de {balance}&#xa0;; payez-le ou récupérez-le avant la clôture</translation>
    </message>
    <message>
        <source>... and {n} more problems (correct these, then import again)</source>
        <extracomment>Size of the .xlsx file. Size of its sheets once unpacked (a small file can unpack to gigabytes). Rows read over all sheets, blank rows included (they cost as much to read). Problems listed; the others are counted (&quot;and N more&quot;). Keep every added and changed row in :attr:`changes` (what a preview shows); an import that writes keeps only the counts (200 000 rows&apos; details would double its memory).</extracomment>
        <translation>... et {n} autres problèmes (corrigez ceux-ci, puis importez à nouveau)</translation>
    </message>
    <message>
        <source>File {file}: {size} MB, more than the {limit} MB one import accepts; split the workbook</source>
        <translation>Fichier {file}&#xa0;: {size} Mo, plus que les {limit} Mo qu&apos;accepte un import&#xa0;; scindez le classeur</translation>
    </message>
    <message>
        <source>File {file}: {size} MB once unpacked, more than the {limit} MB one import accepts; split the workbook</source>
        <translation>Fichier {file}&#xa0;: {size} Mo une fois décompressé, plus que les {limit} Mo qu&apos;accepte un import&#xa0;; scindez le classeur</translation>
    </message>
    <message>
        <source>File {file}: {rows} rows, more than the {limit} one import accepts (blank rows count: delete them); split the workbook</source>
        <translation>Fichier {file}&#xa0;: {rows} lignes, plus que les {limit} qu&apos;accepte un import (les lignes vides comptent&#xa0;: supprimez-les)&#xa0;; scindez le classeur</translation>
    </message>
    <message>
        <source>File {file}: not a readable Excel workbook ({error})</source>
        <extracomment>sheet -&gt; columns, all required other spellings accepted for a sheet or a column (those of resources/reference&apos;s CSV files)</extracomment>
        <translation>Fichier {file}&#xa0;: classeur Excel illisible ({error})</translation>
    </message>
    <message>
        <source>Unknown sheet (expected {expected})</source>
        <extracomment>Whole floats below 2**53 are exact integers (openpyxl read a ``1234567890123456`` cell as int). Cells (rows x columns) of the sheets kept loaded between their header and their rows: the large import (71 500 grants, 128 700 payments) keeps 1.64 million, ~60 MB, without raising its peak (reached while the payments are planned, when the grants&apos; sheet is gone); each sheet not kept costs its loading twice (~0.7 s for the grants).</extracomment>
        <translation>Feuille inconnue (attendu&#xa0;: {expected})</translation>
    </message>
    <message>
        <source>Unknown column (expected {expected})</source>
        <translation>Colonne inconnue (attendu&#xa0;: {expected})</translation>
    </message>
    <message>
        <source>Column appears twice</source>
        <translation>La colonne figure deux fois</translation>
    </message>
    <message>
        <source>Required column is missing</source>
        <translation>Une colonne obligatoire est absente</translation>
    </message>
    <message>
        <source>Value in a column without a header</source>
        <translation>Valeur dans une colonne sans en-tête</translation>
    </message>
    <message>
        <source>A value is required</source>
        <translation>Une valeur est obligatoire</translation>
    </message>
    <message>
        <source>At most {max} characters</source>
        <translation>Au maximum {max} caractères</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} ne fait pas partie de {allowed}</translation>
    </message>
    <message>
        <source>{key} already appears on row {first}</source>
        <translation>{key} figure déjà à la ligne {first}</translation>
    </message>
    <message>
        <source>{value} is not the NIS code of one of the 19 Brussels communes</source>
        <extracomment>SQLite&apos;s page cache during an import, in KiB (the connection&apos;s usual 64 MiB kept the whole import&apos;s pages in the process: 200 000 rows then peaked near 400 MB; beyond this, SQLite spills the transaction&apos;s pages to the WAL file, still all or nothing). The &quot;before&quot; of every added row (one shared empty mapping: nothing before an add).</extracomment>
        <translation>{value} n&apos;est pas le code INS de l&apos;une des 19 communes bruxelloises</translation>
    </message>
    <message>
        <source>{value} is not a Brussels police zone</source>
        <translation>{value} n&apos;est pas une zone de police bruxelloise</translation>
    </message>
    <message>
        <source>Enterprise number {value} already belongs to beneficiary {other}</source>
        <translation>Le numéro d&apos;entreprise {value} appartient déjà au bénéficiaire {other}</translation>
    </message>
    <message>
        <source>{closes} is before the opening {opens}</source>
        <translation>{closes} précède l&apos;ouverture du {opens}</translation>
    </message>
    <message>
        <source>The end {end} is before the start {start}</source>
        <translation>La fin {end} précède le début {start}</translation>
    </message>
    <message>
        <source>The amount must be above zero ({amount})</source>
        <translation>Le montant doit être supérieur à zéro ({amount})</translation>
    </message>
    <message>
        <source>A decision reference needs its decision date</source>
        <translation>Une référence d&apos;arrêté requiert la date de l&apos;arrêté</translation>
    </message>
    <message>
        <source>No beneficiary {ref} (in this workbook or the database)</source>
        <translation>Aucun bénéficiaire {ref} (dans ce classeur ou dans la base de données)</translation>
    </message>
    <message>
        <source>No programme {ref} (in this workbook or the database)</source>
        <translation>Aucun programme {ref} (dans ce classeur ou dans la base de données)</translation>
    </message>
    <message>
        <source>No budget line {code} in {year} (a grant commits the line of its own year)</source>
        <translation>Aucune allocation de base {code} en {year} (une subvention est engagée sur l&apos;allocation de sa propre année)</translation>
    </message>
    <message>
        <source>No PGSP plan edition covers {year}</source>
        <translation>Aucune édition du PGSP ne couvre {year}</translation>
    </message>
    <message>
        <source>{codes} not in the PGSP {edition}</source>
        <translation>{codes} ne figure(nt) pas dans le PGSP {edition}</translation>
    </message>
    <message>
        <source>Grant {ref} exists with another {column}; it cannot be moved by an import</source>
        <translation>La subvention {ref} existe avec une autre valeur de {column}&#xa0;; une importation ne peut pas la déplacer</translation>
    </message>
    <message>
        <source>Grant {ref} already has payments: its decision date cannot change</source>
        <translation>La subvention {ref} a déjà fait l&apos;objet de paiements&#xa0;: la date de son arrêté ne peut plus changer</translation>
    </message>
    <message>
        <source>The amount must not be zero</source>
        <translation>Le montant ne peut pas être nul</translation>
    </message>
    <message>
        <source>No grant {ref} (in this workbook or the database)</source>
        <extracomment>Audit entries written at a time by the import (same transaction: all or nothing still).</extracomment>
        <translation>Aucune subvention {ref} (dans ce classeur ou dans la base de données)</translation>
    </message>
    <message>
        <source>Payment {reference} of grant {ref} is managed in the application and cannot be changed by an import</source>
        <translation>Le paiement {reference} de la subvention {ref} est géré dans l&apos;application et ne peut pas être modifié par une importation</translation>
    </message>
    <message>
        <source>Status: grant {ref} is {status}; a justification is received for a committed grant</source>
        <translation>Statut&#xa0;: la subvention {ref} a le statut {status}&#xa0;; une justification se réceptionne pour une subvention engagée</translation>
    </message>
    <message>
        <source>Received on: {date} is before the decision of {decision}</source>
        <translation>Reçue le&#xa0;: le {date} précède l&apos;arrêté du {decision}</translation>
    </message>
    <message>
        <source>Checked on: {date} is before the reception {received}</source>
        <translation>Vérifiée le&#xa0;: le {date} précède la réception du {received}</translation>
    </message>
    <message>
        <source>Expenses: give at least one expense category</source>
        <translation>Dépenses&#xa0;: indiquez au moins une catégorie de dépenses</translation>
    </message>
    <message>
        <source>Expenses, line {n}: amounts must not be negative</source>
        <translation>Dépenses, ligne {n}&#xa0;: les montants ne peuvent pas être négatifs</translation>
    </message>
    <message>
        <source>Expenses, line {n} ({category}): accepted {accepted} is above claimed {claimed}</source>
        <translation>Dépenses, ligne {n} ({category})&#xa0;: le montant accepté {accepted} dépasse le montant déclaré {claimed}</translation>
    </message>
    <message>
        <source>Status: grant {ref} is {status}; settle it once its justification is received</source>
        <translation>Statut&#xa0;: la subvention {ref} a le statut {status}&#xa0;; le solde se règle une fois la justification reçue</translation>
    </message>
    <message>
        <source>Paid above the accepted expenses</source>
        <translation>Payé au-delà des dépenses acceptées</translation>
    </message>
    <message>
        <source>Kind: money paid back is recorded on its recovery claim, not as a payment</source>
        <translation>Type&#xa0;: un montant remboursé s&apos;enregistre sur sa demande de remboursement, pas comme un paiement</translation>
    </message>
    <message>
        <source>Status: a payment of kind {kind} is not possible on grant {ref}, which is {status}</source>
        <translation>Statut&#xa0;: un paiement de type {kind} n&apos;est pas possible sur la subvention {ref}, qui a le statut {status}</translation>
    </message>
    <message>
        <source>Beneficiary: payments are blocked while recovery claim {communication} of {amount} is open</source>
        <translation>Bénéficiaire&#xa0;: les paiements sont bloqués tant que la demande de remboursement {communication} de {amount} est ouverte</translation>
    </message>
    <message>
        <source>Date: grant {ref} is not committed yet; commit it before paying</source>
        <translation>Date&#xa0;: la subvention {ref} n&apos;est pas encore engagée&#xa0;; engagez-la avant de payer</translation>
    </message>
    <message>
        <source>Date: payment of {date} is before the commitment of {committed} (decision, then commitment, then payment)</source>
        <translation>Date&#xa0;: le paiement du {date} précède l&apos;engagement du {committed} (arrêté, puis engagement, puis paiement)</translation>
    </message>
    <message>
        <source>Amount: {amount} would bring payments on grant {ref} to {total}, above what is committed {committed} (granted {granted})</source>
        <translation>Montant&#xa0;: {amount} porterait les paiements sur la subvention {ref} à {total}, au-delà du montant engagé de {committed} (octroyé {granted})</translation>
    </message>
    <message>
        <source>Amount: the advance would reach {total}, above {share} % of the grant ({limit})</source>
        <translation>Montant&#xa0;: l&apos;avance atteindrait {total}, au-delà de {share} % de la subvention ({limit})</translation>
    </message>
    <message>
        <source>Amount: {amount} is above the balance due {balance} (accepted {accepted}, granted {granted}, paid {paid})</source>
        <translation>Montant&#xa0;: {amount} dépasse le solde dû de {balance} (accepté {accepted}, octroyé {granted}, payé {paid})</translation>
    </message>
    <message>
        <source>Derogation: the justification arrived on {received}, after the deadline {deadline}; record the derogation that allows this payment</source>
        <translation>Dérogation&#xa0;: la justification est arrivée le {received}, après la date limite du {deadline}&#xa0;; enregistrez la dérogation qui autorise ce paiement</translation>
    </message>
    <message>
        <source>Date: there is no budget line {code} in {year} to pay from (payment credits)</source>
        <translation>Date&#xa0;: il n&apos;existe pas d&apos;allocation de base {code} en {year} pour payer (crédits de liquidation)</translation>
    </message>
    <message>
        <source>Amount: {amount} would bring {year} payments on budget line {code} to {total}, above its payment credits {credits} (available {available})</source>
        <translation>Montant&#xa0;: {amount} porterait les paiements de {year} sur l&apos;allocation de base {code} à {total}, au-delà de ses crédits de liquidation de {credits} (disponible {available})</translation>
    </message>
    <message>
        <source>Status: payment {id} is {status}; only a prepared payment can be approved</source>
        <translation>Statut&#xa0;: le paiement {id} a le statut {status}&#xa0;; seul un paiement préparé peut être approuvé</translation>
    </message>
    <message>
        <source>Approval: {user} prepared this payment and may not approve it too (separation of duties)</source>
        <translation>Approbation&#xa0;: {user} a préparé ce paiement et ne peut pas aussi l&apos;approuver (séparation des fonctions)</translation>
    </message>
    <message>
        <source>Status: payment {id} is {status}; only a prepared payment can be cancelled</source>
        <translation>Statut&#xa0;: le paiement {id} a le statut {status}&#xa0;; seul un paiement préparé peut être annulé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Kind: {value} is not one of {allowed}</source>
        <translation>Type&#xa0;: {value} ne fait pas partie de {allowed}</translation>
    </message>
    <message>
        <source>Envelope: must not be negative ({value})</source>
        <translation>Enveloppe&#xa0;: ne peut pas être négative ({value})</translation>
    </message>
    <message>
        <source>Closes: {closes} is before the opening {opens}</source>
        <translation>Clôture&#xa0;: le {closes} précède l&apos;ouverture du {opens}</translation>
    </message>
    <message>
        <source>Requested amount: must be above zero ({amount})</source>
        <translation>Montant demandé&#xa0;: doit être supérieur à zéro ({amount})</translation>
    </message>
    <message>
        <source>Received on: {date} is after the call closed ({closes})</source>
        <translation>Reçue le&#xa0;: le {date} est postérieur à la clôture de l&apos;appel ({closes})</translation>
    </message>
    <message>
        <source>Admissibility: say why the application is not admissible</source>
        <translation>Recevabilité&#xa0;: indiquez pourquoi la candidature n&apos;est pas recevable</translation>
    </message>
    <message>
        <source>Scores: only an admissible application is scored ({ref})</source>
        <translation>Cotes&#xa0;: seule une candidature recevable est cotée ({ref})</translation>
    </message>
    <message>
        <source>{label}: the score must be between 0 and 10 ({value})</source>
        <translation>{label}&#xa0;: la cote doit être comprise entre 0 et 10 ({value})</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efficience</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Efficacité</translation>
    </message>
    <message>
        <source>Selection: application {ref} must be admissible and scored before it is selected</source>
        <translation>Sélection&#xa0;: la candidature {ref} doit être recevable et cotée avant d&apos;être sélectionnée</translation>
    </message>
    <message>
        <source>Selection: application {ref} already became a grant</source>
        <translation>Sélection&#xa0;: la candidature {ref} a déjà donné lieu à une subvention</translation>
    </message>
    <message>
        <source>Application {ref} is not part of this call</source>
        <translation>La candidature {ref} ne fait pas partie de cet appel</translation>
    </message>
    <message>
        <source>Selection: no selected application is waiting to become a grant</source>
        <translation>Sélection&#xa0;: aucune candidature sélectionnée n&apos;attend de devenir une subvention</translation>
    </message>
    <message>
        <source>Selection: only a selected application not granted yet can wait ({ref})</source>
        <translation>Sélection&#xa0;: seule une candidature retenue et pas encore octroyée peut être mise en attente ({ref})</translation>
    </message>
    <message>
        <source>Selection: application {ref} is not a selected application waiting for its grant</source>
        <translation>Sélection&#xa0;: la candidature {ref} n&apos;est pas une candidature retenue en attente de sa subvention</translation>
    </message>
    <message>
        <source>Status: recovery claim {communication} is {status}</source>
        <translation>Statut&#xa0;: la demande de remboursement {communication} a le statut {status}</translation>
    </message>
    <message>
        <source>Amount: {amount} must be above zero and at most the {left} still due on claim {communication}</source>
        <translation>Montant&#xa0;: {amount} doit être supérieur à zéro et au plus égal aux {left} encore dus sur la demande {communication}</translation>
    </message>
    <message>
        <source>Date: {date} is before the claim of {claimed}</source>
        <translation>Date&#xa0;: le {date} précède la demande du {claimed}</translation>
    </message>
    <message>
        <source>Years: the last year {to} is before the first {first}</source>
        <extracomment>Where the shared grant aggregates read: the session, or its Core connection (plain rows, no ORM result machinery: what the long lists use). granted amounts by category, year and nature (operating, investment): report 8.4.2&apos;s split</extracomment>
        <translation>Années&#xa0;: la dernière année {to} précède la première {first}</translation>
    </message>
    <message>
        <source>Years: {first} to {to} is more than 30 years</source>
        <translation>Années&#xa0;: de {first} à {to}, cela fait plus de 30 ans</translation>
    </message>
    <message>
        <source>Beneficiary {ref} has no grant in {year}: there is no statement to write</source>
        <translation>Le bénéficiaire {ref} n&apos;a aucune subvention en {year}&#xa0;: il n&apos;y a pas de relevé à établir</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>gestionnaire</translation>
    </message>
    <message>
        <source>finance</source>
        <translation>finances</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditeur</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>Role: {value} is not one of officer, finance, auditor, admin</source>
        <translation>Rôle&#xa0;: {value} ne fait pas partie de officer, finance, auditor, admin</translation>
    </message>
    <message>
        <source>User: give the OS user name (no spaces, at most {n} characters)</source>
        <translation>Utilisateur&#xa0;: indiquez le nom d&apos;utilisateur du système (sans espaces, au maximum {n} caractères)</translation>
    </message>
    <message>
        <source>Roles: the server has no group role {group}; the owner runs grants init with CREATEROLE, or the database administrator creates it</source>
        <translation>Rôles&#xa0;: le serveur n&apos;a pas de rôle de groupe {group}&#xa0;; le propriétaire lance grants init avec CREATEROLE, ou l&apos;administrateur de la base de données le crée</translation>
    </message>
    <message>
        <source>User: a server login has at most {n} characters</source>
        <translation>Utilisateur&#xa0;: un identifiant de serveur compte au plus {n} caractères</translation>
    </message>
    <message>
        <source>Roles: the server does not let {login} create the login {user} or change its group role (it needs CREATEROLE; ask the database administrator); nothing was changed</source>
        <translation>Rôles&#xa0;: le serveur ne permet pas à {login} de créer l&apos;identifiant {user} ni de changer son rôle de groupe (il faut CREATEROLE&#xa0;; demandez à l&apos;administrateur de la base de données)&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Roles: nobody has a role yet; first give yourself the admin role (grants roles set {user} admin), so that you cannot lock yourself out</source>
        <translation>Rôles&#xa0;: personne n&apos;a encore de rôle&#xa0;; attribuez-vous d&apos;abord le rôle admin (grants roles set {user} admin), afin de ne pas vous bloquer l&apos;accès</translation>
    </message>
    <message>
        <source>Roles: {user} is the last admin; name another admin first</source>
        <translation>Rôles&#xa0;: {user} est le dernier administrateur&#xa0;; désignez d&apos;abord un autre administrateur</translation>
    </message>
    <message>
        <source>User {user} has no role to remove</source>
        <translation>L&apos;utilisateur {user} n&apos;a pas de rôle à retirer</translation>
    </message>
    <message>
        <source>User {user} has no role in this database: ask an administrator</source>
        <extracomment>What each role may do. &quot;write&quot; is any change to grants data.</extracomment>
        <translation>L&apos;utilisateur {user} n&apos;a pas de rôle dans cette base de données&#xa0;: adressez-vous à un administrateur</translation>
    </message>
    <message>
        <source>User {user} ({role}) may not do this: {permission} is not allowed for the role</source>
        <translation>L&apos;utilisateur {user} ({role}) ne peut pas effectuer cette opération&#xa0;: {permission} n&apos;est pas autorisé pour ce rôle</translation>
    </message>
    <message>
        <source>Output: {path} is a folder, not a file</source>
        <translation>Sortie&#xa0;: {path} est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>Payments: no approved payment is waiting to be sent to the bank</source>
        <translation>Paiements&#xa0;: aucun paiement approuvé n&apos;attend d&apos;être envoyé à la banque</translation>
    </message>
    <message>
        <source>IBAN: beneficiary {ref} ({name}) has no valid account number; payment {id} of {amount} on grant {grant} cannot be sent</source>
        <translation>IBAN&#xa0;: le bénéficiaire {ref} ({name}) n&apos;a pas de numéro de compte valide&#xa0;; le paiement {id} de {amount} sur la subvention {grant} ne peut pas être envoyé</translation>
    </message>
    <message>
        <source>Output: the SEPA file {msg} is recorded (its payments are marked as sent) but could not be written to {path} ({error}); run grants export sepa --reissue {msg} --out FILE</source>
        <translation>Sortie&#xa0;: le fichier SEPA {msg} est enregistré (ses paiements sont marqués comme envoyés) mais n&apos;a pas pu être écrit dans {path} ({error})&#xa0;; exécutez grants export sepa --reissue {msg} --out FICHIER</translation>
    </message>
    <message>
        <source>Message id: no SEPA file {msg} in this database</source>
        <translation>Identifiant de message&#xa0;: aucun fichier SEPA {msg} dans cette base de données</translation>
    </message>
    <message>
        <source>Message id: the SEPA file {msg} kept in the database does not match its checksum; it is not written</source>
        <translation>Identifiant de message&#xa0;: le fichier SEPA {msg} conservé dans la base de données ne correspond pas à son empreinte&#xa0;; il n&apos;est pas écrit</translation>
    </message>
    <message>
        <source>Snapshot: only a database file (SQLite) can be copied, not {url}</source>
        <translation>Instantané&#xa0;: seul un fichier de base de données (SQLite) peut être copié, pas {url}</translation>
    </message>
    <message>
        <source>Snapshot: the database {path} does not exist</source>
        <translation>Instantané&#xa0;: la base de données {path} n&apos;existe pas</translation>
    </message>
    <message>
        <source>Output: the snapshot cannot replace the database itself</source>
        <translation>Sortie&#xa0;: l&apos;instantané ne peut pas remplacer la base de données elle-même</translation>
    </message>
    <message>
        <source>Output: {path} already exists; choose another file name</source>
        <translation>Sortie&#xa0;: {path} existe déjà&#xa0;; choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <source>Output: the folder {path} does not exist</source>
        <translation>Sortie&#xa0;: le dossier {path} n&apos;existe pas</translation>
    </message>
    <message>
        <source>Snapshot: the server database {url} is not at the latest schema ({revision}); run grants init on it first</source>
        <extracomment>``.NAME.PID-RANDOM.part`` (and its rollback journal): a snapshot being written by process PID.</extracomment>
        <translation>Instantané&#xa0;: la base du serveur {url} n&apos;est pas au dernier schéma ({revision})&#xa0;; lancez d&apos;abord grants init sur celle-ci</translation>
    </message>
    <message>
        <source>Snapshot: {path} is already a snapshot; copy the file itself</source>
        <translation>Instantané&#xa0;: {path} est déjà un instantané&#xa0;; copiez le fichier lui-même</translation>
    </message>
    <message>
        <source>Not a snapshot: {path} has no manifest</source>
        <translation>Pas un instantané&#xa0;: {path} n&apos;a pas de manifeste</translation>
    </message>
    <message>
        <source>Damaged file: {path} does not exist or is not a file</source>
        <translation>Fichier endommagé&#xa0;: {path} n&apos;existe pas ou n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>Damaged file: {path} is not a SQLite database</source>
        <translation>Fichier endommagé&#xa0;: {path} n&apos;est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>Damaged file: {path} cannot be opened ({detail})</source>
        <translation>Fichier endommagé&#xa0;: {path} ne peut pas être ouvert ({detail})</translation>
    </message>
    <message>
        <source>Damaged file: the SQLite integrity check failed ({detail})</source>
        <translation>Fichier endommagé&#xa0;: le contrôle d&apos;intégrité SQLite a échoué ({detail})</translation>
    </message>
    <message>
        <source>Damaged file: the manifest cannot be read ({detail})</source>
        <translation>Fichier endommagé&#xa0;: le manifeste est illisible ({detail})</translation>
    </message>
    <message>
        <source>Not a snapshot: {path} has no manifest (take one with grants snapshot)</source>
        <translation>Pas un instantané&#xa0;: {path} n&apos;a pas de manifeste (prenez-en un avec grants snapshot)</translation>
    </message>
    <message>
        <source>Snapshot altered: its hash (manifest and content) is {found}, not the {expected} sent with it</source>
        <translation>Instantané modifié&#xa0;: son empreinte (manifeste et contenu) est {found}, et non {expected} envoyée avec lui</translation>
    </message>
    <message>
        <source>Earlier snapshot {path}: {problem}</source>
        <translation>Instantané antérieur {path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Since: {value} is neither a snapshot file nor an audit head (ID:HASH) printed by grants snapshot</source>
        <translation>Depuis&#xa0;: {value} n&apos;est ni un fichier d&apos;instantané ni une tête d&apos;audit (ID:EMPREINTE) affichée par grants snapshot</translation>
    </message>
    <message>
        <source>History rewritten since {head}: that entry is now number {found}, entries were removed or inserted before it</source>
        <translation>Historique réécrit depuis {head}&#xa0;: cette entrée porte maintenant le numéro {found}, des entrées ont été supprimées ou insérées avant elle</translation>
    </message>
    <message>
        <source>History cut short since {head}: the audit trail now ends at entry {last}</source>
        <translation>Historique tronqué depuis {head}&#xa0;: la piste d&apos;audit s&apos;arrête maintenant à l&apos;entrée {last}</translation>
    </message>
    <message>
        <source>History rewritten since {head}: entry {id} no longer has that hash</source>
        <translation>Historique réécrit depuis {head}&#xa0;: l&apos;entrée {id} n&apos;a plus cette empreinte</translation>
    </message>
    <message>
        <source>History rewritten or removed since {head}: no entry of the audit trail has that hash</source>
        <translation>Historique réécrit ou supprimé depuis {head}&#xa0;: aucune entrée de la piste d&apos;audit n&apos;a cette empreinte</translation>
    </message>
    <message>
        <source>File altered: its bytes no longer match the seal written when the snapshot was taken</source>
        <translation>Fichier altéré&#xa0;: son contenu ne correspond plus au sceau écrit lors de la prise de l&apos;instantané</translation>
    </message>
    <message>
        <source>Attachment altered: {file} of grant {grant} no longer has its SHA-256 {expected} (found {found})</source>
        <extracomment>/2: rows hashed as their Python repr (a canonical, unambiguous encoding of SQLite&apos;s five value types, computed in C); /1 (JSON per row) is still verified. Units of progress: the copy counts for the first half, hashing for the second. SHA-256 of the manifest, which holds the content hash: the hash to send separately. The audit trail&apos;s last entry when the snapshot was taken, &quot;ID:HASH&quot; (&quot;&quot; when empty or unknown).</extracomment>
        <translation>Pièce jointe modifiée&#xa0;: {file} de la subvention {grant} n&apos;a plus son SHA-256 {expected} (trouvé {found})</translation>
    </message>
    <message>
        <source>Stored file altered: its SHA-256 should be {expected} (found {found})</source>
        <translation>Fichier conservé modifié&#xa0;: son SHA-256 devrait être {expected} (trouvé {found})</translation>
    </message>
    <message>
        <source>Manifest altered: the manifest (date, author, source, counts, content hash) does not match its own hash</source>
        <translation>Manifeste altéré&#xa0;: le manifeste (date, auteur, source, décomptes, empreinte du contenu) ne correspond pas à sa propre empreinte</translation>
    </message>
    <message>
        <source>Damaged file: the content cannot be read ({detail})</source>
        <translation>Fichier endommagé&#xa0;: le contenu est illisible ({detail})</translation>
    </message>
    <message>
        <source>Content altered: the content hash is {found}, the manifest says {expected}</source>
        <translation>Contenu altéré&#xa0;: l&apos;empreinte du contenu est {found}, le manifeste indique {expected}</translation>
    </message>
    <message>
        <source>Content altered: table {table} has {found} rows, the manifest says {expected}</source>
        <translation>Contenu altéré&#xa0;: la table {table} compte {found} lignes, le manifeste indique {expected}</translation>
    </message>
    <message>
        <source>Audit chain broken: the audit trail cannot be read ({detail})</source>
        <translation>Chaîne d&apos;audit rompue&#xa0;: le journal d&apos;audit est illisible ({detail})</translation>
    </message>
    <message>
        <source>Audit chain broken at entry {id}: {reason}</source>
        <translation>Chaîne d&apos;audit rompue à l&apos;entrée {id}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Enterprise number (BCE): {value} is not a valid Belgian enterprise number (10 digits, modulo-97 key)</source>
        <translation>Numéro d&apos;entreprise (BCE)&#xa0;: {value} n&apos;est pas un numéro d&apos;entreprise belge valide (10 chiffres, clé modulo 97)</translation>
    </message>
    <message>
        <source>IBAN: {value} is not a valid account number (ISO 13616 check digits)</source>
        <translation>IBAN&#xa0;: {value} n&apos;est pas un numéro de compte valide (chiffres de contrôle ISO 13616)</translation>
    </message>
    <message>
        <source>Structured communication: {value} is not valid (12 digits, the last two the first ten modulo 97)</source>
        <translation>Communication structurée&#xa0;: {value} n&apos;est pas valide (12 chiffres, les deux derniers étant les dix premiers modulo 97)</translation>
    </message>
    <message>
        <source>{field}: {value} is not a year</source>
        <translation>{field}&#xa0;: {value} n&apos;est pas une année</translation>
    </message>
    <message>
        <source>PGSP measures: {code} is not a measure code (like 1.4)</source>
        <translation>Mesures du PGSP&#xa0;: {code} n&apos;est pas un code de mesure (comme 1.4)</translation>
    </message>
    <message>
        <source>PGSP measures: measure {code} is listed twice</source>
        <translation>Mesures du PGSP&#xa0;: la mesure {code} figure deux fois</translation>
    </message>
    <message>
        <source>PGSP measures: give a share for every measure or for none</source>
        <translation>Mesures du PGSP&#xa0;: indiquez une part pour chaque mesure ou pour aucune</translation>
    </message>
    <message>
        <source>PGSP measures: the share of measure {code} must be above 0 and at most 100 ({share} %)</source>
        <translation>Mesures du PGSP&#xa0;: la part de la mesure {code} doit être supérieure à 0 et au plus égale à 100 ({share} %)</translation>
    </message>
    <message>
        <source>PGSP measures: share {share} of measure {code} is not a percentage with at most 2 decimals</source>
        <translation>Mesures du PGSP&#xa0;: la part {share} de la mesure {code} n&apos;est pas un pourcentage à 2 décimales au plus</translation>
    </message>
    <message>
        <source>PGSP measures: the shares total {total} %, they must total 100 %</source>
        <translation>Mesures du PGSP&#xa0;: les parts totalisent {total} %, elles doivent totaliser 100 %</translation>
    </message>
    <message>
        <source>{label}: this field is required</source>
        <translation>{label}&#xa0;: ce champ est obligatoire</translation>
    </message>
    <message>
        <source>{label}: at most {max} characters</source>
        <translation>{label}&#xa0;: au maximum {max} caractères</translation>
    </message>
    <message>
        <source>Demo: the demonstration data needs a database file that two users can open (not {url})</source>
        <extracomment>Who does what: the officer prepares (beneficiaries, grants, payments), finance keeps the budget and approves. The day the story stops: what is overdue is overdue at this date. How long before the decision each opinion is given (the Government decides on the day). The programmes the grants belong to (the PLPP 2023 envelope is what its grants add up to).</extracomment>
        <translation>Démo&#xa0;: les données de démonstration requièrent un fichier de base de données que deux utilisateurs peuvent ouvrir (pas {url})</translation>
    </message>
    <message>
        <source>Amount: {text} is not an amount in euro (for example 1 234,56)</source>
        <translation>Montant&#xa0;: {text} n&apos;est pas un montant en euro (par exemple 1 234,56)</translation>
    </message>
    <message>
        <source>Amount: {text} is ambiguous, it can be read as {thousands} or as {decimals}; write the cents (2.000,00) or no separator (2000)</source>
        <translation>Montant&#xa0;: {text} est ambigu, il peut se lire {thousands} ou {decimals}&#xa0;; écrivez les centimes (2.000,00) ou aucun séparateur (2000)</translation>
    </message>
    <message>
        <source>Amount: {text} is ambiguous, it can be read as {thousands} or as an amount with 3 decimals; write the cents (2.000,00) or no separator (2000)</source>
        <translation>Montant&#xa0;: {text} est ambigu, il peut se lire {thousands} ou comme un montant à 3 décimales&#xa0;; écrivez les centimes (2.000,00) ou aucun séparateur (2000)</translation>
    </message>
    <message>
        <source>Amount: {text} has more than 2 decimals (it is never rounded)</source>
        <translation>Montant&#xa0;: {text} a plus de 2 décimales (il n&apos;est jamais arrondi)</translation>
    </message>
    <message>
        <source>Amount: {text} must not be negative</source>
        <translation>Montant&#xa0;: {text} ne peut pas être négatif</translation>
    </message>
    <message>
        <source>Amount: {text} is too large (at most 999 999 999 999,99)</source>
        <translation>Montant&#xa0;: {text} est trop élevé (au plus 999 999 999 999,99)</translation>
    </message>
    <message>
        <source>Share: {text} is not a percentage (for example 50 or 33,33)</source>
        <translation>Part&#xa0;: {text} n&apos;est pas un pourcentage (par exemple 50 ou 33,33)</translation>
    </message>
    <message>
        <source>Share: {text} has more than 2 decimals (it is never rounded)</source>
        <translation>Part&#xa0;: {text} a plus de 2 décimales (elle n&apos;est jamais arrondie)</translation>
    </message>
    <message>
        <source>Share: {text} is not between 0 and 100 %</source>
        <translation>Part&#xa0;: {text} n&apos;est pas comprise entre 0 et 100 %</translation>
    </message>
    <message>
        <source>Date: {text} is not a date (for example 31/03/2024 or 2024-03-31)</source>
        <translation>Date&#xa0;: {text} n&apos;est pas une date (par exemple 31/03/2024 ou 2024-03-31)</translation>
    </message>
    <message>
        <source>Date: {text} does not exist in the calendar</source>
        <translation>Date&#xa0;: {text} n&apos;existe pas dans le calendrier</translation>
    </message>
    <message>
        <source>the previous hash does not match (an entry was removed or altered)</source>
        <extracomment>The &quot;previous hash&quot; of the first entry. Between the hashed fields (a character no field holds).</extracomment>
        <translation>l&apos;empreinte précédente ne correspond pas (une entrée a été supprimée ou modifiée)</translation>
    </message>
    <message>
        <source>the content does not match its hash (the entry was altered)</source>
        <translation>le contenu ne correspond pas à son empreinte (l&apos;entrée a été modifiée)</translation>
    </message>
    <message>
        <source>no entry of the audit trail records its creation (the trail was cut short, or the record was written outside the application)</source>
        <extracomment>Why the chain breaks at an entry (English source texts, context &quot;rules&quot;). The tables of the money and the acts: each record&apos;s creation must be in the trail. A trail cut short (its last entries deleted) leaves records whose insert is missing; a record deleted behind the application&apos;s back leaves an insert with no record and no recorded deletion. (A grant&apos;s measure shares are recorded with the grant by the import, not as records of their own.)</extracomment>
        <translation>aucune entrée de la piste d&apos;audit n&apos;enregistre sa création (la piste a été tronquée, ou l&apos;enregistrement a été écrit en dehors de l&apos;application)</translation>
    </message>
    <message>
        <source>the audit trail records its creation, but the record is gone and no deletion was recorded</source>
        <translation>la piste d&apos;audit enregistre sa création, mais l&apos;enregistrement a disparu sans suppression enregistrée</translation>
    </message>
    <message>
        <source>Password: the server asks for a password for {url}; set PGPASSWORD or a pgpass file, or run the command in a terminal to be asked</source>
        <extracomment>True while ``main`` holds Python&apos;s cycle collector paused for the start-up (see _pause_collector).</extracomment>
        <translation>Mot de passe&#xa0;: le serveur demande un mot de passe pour {url}&#xa0;; définissez PGPASSWORD ou un fichier pgpass, ou lancez la commande dans un terminal pour qu&apos;il soit demandé</translation>
    </message>
    <message>
        <source>no database at {path}: run grants init</source>
        <translation>aucune base de données à l&apos;emplacement {path}&#xa0;: exécutez grants init</translation>
    </message>
    <message>
        <source>Organisation settings: {setting} not set; run grants settings {setting} VALUE (administrators)</source>
        <extracomment>the bounds of attachment_max_mb, the size limit per attached file in MB (README &quot;Attachments&quot;) A folder of letter templates (``fr/decision.docx``...) replacing the shipped ones (README &quot;Letters&quot;). The size limit per attached file, in MB (1..500; unset: GRANTS_ATTACHMENT_MAX_MB, else 25). The PGSP edition the administration assigns to years no edition covers: &quot;2025=2021-2024; 2031=2025-2030&quot; (a year not listed takes the nearest edition: README &quot;PGSP plan editions&quot;).</extracomment>
        <translation>Paramètres de l&apos;organisation&#xa0;: {setting} n&apos;est pas défini&#xa0;; exécutez grants settings {setting} VALEUR (administrateurs)</translation>
    </message>
    <message>
        <source>Setting: {key} is not one of {keys}</source>
        <translation>Paramètre&#xa0;: {key} n&apos;est pas l&apos;un de {keys}</translation>
    </message>
    <message>
        <source>Attachment size limit: {value} is not a whole number of MB from {low} to {high}</source>
        <translation>Taille maximale des pièces jointes&#xa0;: {value} n&apos;est pas un nombre entier de Mo de {low} à {high}</translation>
    </message>
    <message>
        <source>{setting}: at most {n} characters</source>
        <translation>{setting}&#xa0;: au plus {n} caractères</translation>
    </message>
    <message>
        <source>BIC: {value} is not a bank identifier code (8 or 11 letters and digits)</source>
        <translation>BIC&#xa0;: {value} n&apos;est pas un code d&apos;identification bancaire (8 ou 11 lettres et chiffres)</translation>
    </message>
    <message>
        <source>Logo: no image file at {path}</source>
        <translation>Logo&#xa0;: aucun fichier image à l&apos;emplacement {path}</translation>
    </message>
    <message>
        <source>Letters folder: no folder at {path}</source>
        <translation>Dossier des modèles de lettres&#xa0;: aucun dossier à {path}</translation>
    </message>
    <message>
        <source>PGSP editions: {part} is not YEAR=EDITION (2025=2021-2024)</source>
        <translation>Éditions du PGSP&#xa0;: {part} n&apos;est pas de la forme ANNÉE=ÉDITION (2025=2021-2024)</translation>
    </message>
    <message>
        <source>PGSP editions: no edition {code} (loaded: {codes})</source>
        <translation>Éditions du PGSP&#xa0;: aucune édition {code} (chargées&#xa0;: {codes})</translation>
    </message>
    <message>
        <source>PGSP editions: {year} is covered by the edition {covering}; only a year no edition covers is assigned</source>
        <translation>Éditions du PGSP&#xa0;: {year} est couverte par l&apos;édition {covering}&#xa0;; seule une année qu&apos;aucune édition ne couvre est attribuée</translation>
    </message>
    <message>
        <source>Database: {path} is a folder, not a database file</source>
        <translation>Base de données&#xa0;: {path} est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>Database: {path} is not a grants database (not an SQLite file); it was left untouched</source>
        <translation>Base de données&#xa0;: {path} n&apos;est pas une base de données grants (pas un fichier SQLite)&#xa0;; elle n&apos;a pas été modifiée</translation>
    </message>
    <message>
        <source>Database: {path} was written by a newer version of grants (schema {revision}); it was left untouched: use that version or a later one</source>
        <translation>Base de données&#xa0;: {path} a été écrite par une version plus récente de grants (schéma {revision})&#xa0;; elle n&apos;a pas été modifiée&#xa0;: utilisez cette version ou une plus récente</translation>
    </message>
    <message>
        <source>No budget line {code} in {year}</source>
        <translation>Pas d&apos;allocation de base {code} en {year}</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <source>Name: grant {ref} already has an indicator {name}</source>
        <translation>Nom&#xa0;: la subvention {ref} a déjà un indicateur {name}</translation>
    </message>
    <message>
        <source>Sheet {name} is missing</source>
        <translation>La feuille {name} manque</translation>
    </message>
    <message>
        <source>A whole number from {low} to {high}</source>
        <translation>Un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>Exactly one edition row expected, {n} found</source>
        <translation>Une seule ligne d&apos;édition attendue, {n} trouvée(s)</translation>
    </message>
    <message>
        <source>Thematic {number} is not in the sheet Thematics</source>
        <translation>La thématique {number} n&apos;est pas dans la feuille Thematics</translation>
    </message>
    <message>
        <source>The edition has no measures</source>
        <translation>L&apos;édition n&apos;a aucune mesure</translation>
    </message>
    <message>
        <source>Years {first}-{last} overlap the PGSP edition {code} ({start}-{end})</source>
        <translation>Les années {first}-{last} chevauchent l&apos;édition {code} du PGSP ({start}-{end})</translation>
    </message>
    <message>
        <source>Output: the file is written as {kinds}, not {name}</source>
        <translation>Sortie&#xa0;: le fichier s&apos;écrit en {kinds}, pas {name}</translation>
    </message>
    <message>
        <source>Target: {url} already holds data (table {table}); give an empty database</source>
        <translation>Cible&#xa0;: {url} contient déjà des données (table {table})&#xa0;; indiquez une base de données vide</translation>
    </message>
    <message>
        <source>Source: only a database file (SQLite) can be copied to a server, not {url}</source>
        <translation>Source&#xa0;: seul un fichier de base de données (SQLite) peut être copié vers un serveur, pas {url}</translation>
    </message>
    <message>
        <source>Source: no database at {path}</source>
        <translation>Source&#xa0;: aucune base de données à l&apos;emplacement {path}</translation>
    </message>
    <message>
        <source>Source: {path} is not at the latest schema ({revision}); run grants init on it first</source>
        <translation>Source&#xa0;: {path} n&apos;est pas au dernier schéma ({revision})&#xa0;; lancez d&apos;abord grants init sur ce fichier</translation>
    </message>
    <message>
        <source>Target: give a PostgreSQL URL (postgresql://USER@HOST:PORT/DB), not {url}</source>
        <translation>Cible&#xa0;: indiquez une URL PostgreSQL (postgresql://UTILISATEUR@HÔTE:PORT/BD), pas {url}</translation>
    </message>
    <message>
        <source>Verification: table {table} has {source} rows in the source but {target} on the server; nothing was kept</source>
        <translation>Vérification&#xa0;: la table {table} compte {source} lignes dans la source mais {target} sur le serveur&#xa0;; rien n&apos;a été conservé</translation>
    </message>
    <message>
        <source>Verification: the content hash differs (source {source}, server {target}); nothing was kept</source>
        <translation>Vérification&#xa0;: l&apos;empreinte du contenu diffère (source {source}, serveur {target})&#xa0;; rien n&apos;a été conservé</translation>
    </message>
    <message>
        <source>Verification: the audit chain on the server differs from the source&apos;s (head {source} and {target}); nothing was kept</source>
        <translation>Vérification&#xa0;: la chaîne d&apos;audit sur le serveur diffère de celle de la source (tête {source} et {target})&#xa0;; rien n&apos;a été conservé</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>Renew: grant {ref} is {status}: only a decided grant, not closed, is renewed for next year</source>
        <translation>Reconduire&#xa0;: la subvention {ref} est {status}&#xa0;: seule une subvention décidée, non clôturée, est reconduite pour l&apos;année suivante</translation>
    </message>
    <message>
        <source>Budget line: {year} has no budget line {code} to renew grant {ref} on: create it first</source>
        <translation>Allocation de base&#xa0;: {year} n&apos;a pas d&apos;allocation {code} pour reconduire la subvention {ref}&#xa0;: créez-la d&apos;abord</translation>
    </message>
    <message>
        <source>Renew: the project of grant {ref} already has its {year} grant {other}</source>
        <translation>Reconduire&#xa0;: le projet de la subvention {ref} a déjà sa subvention {year} {other}</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Choisissez un fichier</translation>
    </message>
    <message>
        <source>Letter template {file}: not a Word document ({reason})</source>
        <extracomment>How long LibreOffice may take to convert one letter.</extracomment>
        <translation>Modèle de lettre {file}&#xa0;: pas un document Word ({reason})</translation>
    </message>
    <message>
        <source>Letter template {file}: not a valid template ({reason})</source>
        <translation>Modèle de lettre {file}&#xa0;: modèle non valable ({reason})</translation>
    </message>
    <message>
        <source>Letter template {file}: unknown placeholder {placeholder}</source>
        <translation>Modèle de lettre {file}&#xa0;: champ inconnu {placeholder}</translation>
    </message>
    <message>
        <source>PDF: LibreOffice (soffice) is not installed; write the letter as .docx, or install LibreOffice</source>
        <translation>PDF&#xa0;: LibreOffice (soffice) n&apos;est pas installé&#xa0;; écrivez la lettre en .docx, ou installez LibreOffice</translation>
    </message>
    <message>
        <source>PDF: LibreOffice did not convert {file} within {n} seconds</source>
        <translation>PDF&#xa0;: LibreOffice n&apos;a pas converti {file} en {n} secondes</translation>
    </message>
    <message>
        <source>PDF: LibreOffice could not convert {file} ({reason})</source>
        <translation>PDF&#xa0;: LibreOffice n&apos;a pas pu convertir {file} ({reason})</translation>
    </message>
    <message>
        <source>Letters: --due writes the reminders due today, not {kind} letters</source>
        <translation>Lettres&#xa0;: --due écrit les rappels dus aujourd&apos;hui, pas des lettres {kind}</translation>
    </message>
    <message>
        <source>Letter: {kind} is not one of {kinds}</source>
        <extracomment>Every placeholder a template may use (``{{ name }}``), with what it holds. A template using any other name is refused. Values are text; an unknown value is an empty text.</extracomment>
        <translation>Lettre&#xa0;: {kind} n&apos;est pas l&apos;un de {kinds}</translation>
    </message>
    <message>
        <source>Commune: no commune with NIS code {nis}</source>
        <translation>Commune&#xa0;: aucune commune avec le code INS {nis}</translation>
    </message>
    <message>
        <source>File: the first sheet needs the columns nis and share</source>
        <translation>Fichier&#xa0;: la première feuille doit contenir les colonnes nis et share</translation>
    </message>
    <message>
        <source>Grant: {ref} is not a commune&apos;s local plan (PLPP) grant: activities belong to local plans</source>
        <translation>Subvention&#xa0;: {ref} n&apos;est pas la subvention du plan local (PLPP) d&apos;une commune&#xa0;: les activités appartiennent aux plans locaux</translation>
    </message>
    <message>
        <source>Title: at most {max} characters ({length})</source>
        <translation>Titre&#xa0;: {max} caractères au plus ({length})</translation>
    </message>
    <message>
        <source>Activity: no such activity on grant {ref}</source>
        <translation>Activité&#xa0;: cette activité n&apos;existe pas sur la subvention {ref}</translation>
    </message>
    <message>
        <source>Status: grant {ref} is {status}; change its co-financing in the draft itself</source>
        <extracomment>``project_budget=KEEP``: the project&apos;s total budget stays as recorded.</extracomment>
        <translation>Statut&#xa0;: la subvention {ref} a le statut {status}&#xa0;; le cofinancement d&apos;un brouillon se modifie dans le brouillon lui-même</translation>
    </message>
    <message>
        <source>Status: grant {ref} is {status}; the co-financing of a closed grant no longer changes</source>
        <translation>Statut&#xa0;: la subvention {ref} a le statut {status}&#xa0;; le cofinancement d&apos;une subvention clôturée ne change plus</translation>
    </message>
    <message>
        <source>Funder: give the funder&apos;s name</source>
        <translation>Financeur&#xa0;: indiquez le nom du financeur</translation>
    </message>
    <message>
        <source>Funder: grant {ref} has no other funder named {name}</source>
        <translation>Financeur&#xa0;: la subvention {ref} n&apos;a pas d&apos;autre financeur nommé {name}</translation>
    </message>
    <message>
        <source>Amount: a new funder ({name}) needs its amount</source>
        <translation>Montant&#xa0;: un nouveau financeur ({name}) doit avoir son montant</translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>police_zone</source>
        <translation>zone de police</translation>
    </message>
    <message>
        <source>training_school</source>
        <translation>école de formation</translation>
    </message>
    <message>
        <source>regional_body</source>
        <translation>organisme régional (OAA)</translation>
    </message>
    <message>
        <source>asbl_communal</source>
        <translation>ASBL communale</translation>
    </message>
    <message>
        <source>asbl_private</source>
        <translation>ASBL privée</translation>
    </message>
    <message>
        <source>rent</source>
        <translation>loyers et charges</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>communication</translation>
    </message>
    <message>
        <source>administration</source>
        <translation>administration</translation>
    </message>
    <message>
        <source>third_parties</source>
        <translation>tiers et honoraires</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>activités</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>investment</source>
        <translation>investissements et amortissements</translation>
    </message>
    <message>
        <source>taxes</source>
        <translation>impôts et taxes</translation>
    </message>
    <message>
        <source>financial</source>
        <translation>charges financières et exceptionnelles</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>décidée</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>engagée</translation>
    </message>
    <message>
        <source>advance_paid</source>
        <translation>avance payée</translation>
    </message>
    <message>
        <source>justified</source>
        <translation>justifiée</translation>
    </message>
    <message>
        <source>balance_paid</source>
        <translation>solde payé</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>récupération</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>fr</source>
        <translation>français</translation>
    </message>
    <message>
        <source>nl</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>inspection_finances</source>
        <translation>avis de l&apos;Inspection des Finances</translation>
    </message>
    <message>
        <source>budget_agreement</source>
        <translation>accord du ministre du Budget</translation>
    </message>
    <message>
        <source>government_decision</source>
        <translation>décision du Gouvernement</translation>
    </message>
    <message>
        <source>advance</source>
        <translation>avance</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>solde</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>prepared</source>
        <translation>préparé</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>call_for_projects</source>
        <translation>appel à projets</translation>
    </message>
    <message>
        <source>local_plan</source>
        <translation>plan local de prévention et de proximité</translation>
    </message>
    <message>
        <source>police_fund</source>
        <translation>Fonds Sommets européens</translation>
    </message>
    <message>
        <source>direct_grant</source>
        <translation>subvention directe</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payée</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>gestionnaire</translation>
    </message>
    <message>
        <source>finance</source>
        <translation>finances</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditeur</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>operating</source>
        <translation>fonctionnement</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>demandé</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>octroyé</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Advance paid</source>
        <translation>Avance payée</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Balance paid</source>
        <translation>Solde payé</translation>
    </message>
    <message>
        <source>Call for projects</source>
        <translation>Appel à projets</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagée</translation>
    </message>
    <message>
        <source>Communal non-profit</source>
        <translation>ASBL communale</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidée</translation>
    </message>
    <message>
        <source>Direct grant</source>
        <translation>Subvention directe</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Justifiée</translation>
    </message>
    <message>
        <source>Local plan (PLPP)</source>
        <translation>Plan local (PLPP)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Selected, not granted</source>
        <translation>Retenue, non octroyée</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Police fund</source>
        <translation>Fonds police</translation>
    </message>
    <message>
        <source>Police zone</source>
        <translation>Zone de police</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Préparé</translation>
    </message>
    <message>
        <source>Private non-profit</source>
        <translation>ASBL privée</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>Regional body</source>
        <translation>Organisme régional</translation>
    </message>
    <message>
        <source>Training school</source>
        <translation>École de formation</translation>
    </message>
</context>
</TS>
