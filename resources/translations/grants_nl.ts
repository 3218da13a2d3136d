<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>AuditChecksPage</name>
    <message>
        <source>Audit checks</source>
        <translation>Auditcontroles</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jaar</translation>
    </message>
    <message>
        <source>Overdue &amp;as of</source>
        <translation>Te laat op &amp;datum</translation>
    </message>
    <message>
        <source>&amp;Run the checks</source>
        <translation>Controles &amp;uitvoeren</translation>
    </message>
    <message>
        <source>&amp;Report (Excel or PDF)…</source>
        <translation>&amp;Rapport (Excel of PDF)…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Records checked</source>
        <translation>Gecontroleerde records</translation>
    </message>
    <message>
        <source>At fault</source>
        <translation>Foutief</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>alle jaren</translation>
    </message>
    <message>
        <source>Running the audit checks…</source>
        <translation>Auditcontroles worden uitgevoerd…</translation>
    </message>
    <message>
        <source>Press Run to check the data.</source>
        <translation>Klik op Controles uitvoeren om de gegevens te controleren.</translation>
    </message>
    <message numerus="yes">
        <source>%n checks fail (%1).</source>
        <translation>
            <numerusform>%n controle faalt (%1).</numerusform>
            <numerusform>%n controles falen (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>All checks pass (%1).</source>
        <translation>Alle controles zijn in orde (%1).</translation>
    </message>
    <message>
        <source>Snapshot of %1 by %2.</source>
        <translation>Momentopname van %1 door %2.</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>in orde</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FOUT</translation>
    </message>
    <message>
        <source>Save the audit report</source>
        <translation>Auditrapport opslaan</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF document (*.pdf)</source>
        <translation>Excel-werkmap (*.xlsx);;PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the audit report…</source>
        <translation>Auditrapport wordt opgesteld…</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Rapport opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>AuditTrailPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Audittrail</translation>
    </message>
    <message>
        <source>Record &amp;type</source>
        <translation>Record&amp;type</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>identifier or reference (G-2024-00012)</source>
        <translation>id of referentie (G-2024-00012)</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Gebruiker</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Tot</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>elke datum</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Filters wissen</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xporteren naar Excel…</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Keten verifiëren</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Meer laden</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Recordtype</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>iedereen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n registratie</numerusform>
            <numerusform>%n registraties</numerusform>
        </translation>
    </message>
    <message>
        <source> (the newest %1 shown)</source>
        <translation> (de %1 recentste getoond)</translation>
    </message>
    <message>
        <source>Select an entry to see its fields before and after.</source>
        <translation>Selecteer een registratie om de velden ervoor en erna te zien.</translation>
    </message>
    <message>
        <source>%3: %1 %2, by %4 on %5 (entry %6)</source>
        <translation>%3: %1 %2, door %4 op %5 (regel %6)</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Audittrail exporteren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1</source>
        <translation>
            <numerusform>%n registratie geëxporteerd naar %1</numerusform>
            <numerusform>%n registraties geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>Audittrail wordt geëxporteerd…</translation>
    </message>
    <message>
        <source>Audit trail altered</source>
        <translation>Audittrail gewijzigd</translation>
    </message>
    <message>
        <source>The audit trail was changed outside the application:</source>
        <translation>De audittrail werd buiten de toepassing gewijzigd:</translation>
    </message>
    <message>
        <source>Audit trail intact</source>
        <translation>Audittrail intact</translation>
    </message>
    <message>
        <source>Every entry matches its hash and follows the previous one: nothing was edited or deleted outside the application.</source>
        <translation>Elke registratie stemt overeen met haar hash en volgt op de vorige: niets werd buiten de toepassing gewijzigd of verwijderd.</translation>
    </message>
</context>
<context>
    <name>BudgetYears</name>
    <message>
        <source>Budget regime of a year</source>
        <translation>Begrotingsregime van een jaar</translation>
    </message>
    <message>
        <source>Save the regime</source>
        <translation>Het regime opslaan</translation>
    </message>
    <message>
        <source>While no budget is voted, the year is provisional: commitments on each line reach at most month/12 of the previous year&apos;s commitment credits of the same code by the end of the month.</source>
        <translation>Zolang er geen begroting is goedgekeurd, is het jaar voorlopig: de vastleggingen op elke lijn bereiken op het einde van de maand hoogstens maand/12 van de vastleggingskredieten van het vorige jaar op dezelfde code.</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Begrotingsjaar</translation>
    </message>
    <message>
        <source>Provisional: no budget voted (twelfths)</source>
        <translation>Voorlopig: geen begroting goedgekeurd (twaalfden)</translation>
    </message>
    <message>
        <source>Regime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>e.g. budget not voted on 1 January</source>
        <translation>bv. begroting niet goedgekeurd op 1 januari</translation>
    </message>
    <message>
        <source>Provisional years (twelfths): %1</source>
        <translation>Voorlopige jaren (twaalfden): %1</translation>
    </message>
    <message>
        <source>Budget voted: %1</source>
        <translation>Begroting goedgekeurd: %1</translation>
    </message>
    <message>
        <source>Budget regime…</source>
        <translation>Begrotingsregime…</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <extracomment>The keyring&apos;s service name under which passwords are kept (one entry per server key).</extracomment>
        <translation>Verbinden met een server</translation>
    </message>
    <message>
        <source>A grants database shared by the team on a PostgreSQL server.</source>
        <translation>Een subsidiedatabank die het team deelt op een PostgreSQL-server.</translation>
    </message>
    <message>
        <source>(new server)</source>
        <translation>(nieuwe server)</translation>
    </message>
    <message>
        <source>Empty: PGPASSWORD, the pgpass file or the keyring</source>
        <translation>Leeg: PGPASSWORD, het pgpass-bestand of de sleutelhanger</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Het wachtwoord onthouden in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>No system keyring is available: the password cannot be remembered.</source>
        <translation>Er is geen sleutelhanger van het systeem beschikbaar: het wachtwoord kan niet worden onthouden.</translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation>Recente servers</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databank</translation>
    </message>
    <message>
        <source>User (login)</source>
        <translation>Gebruiker (login)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Justification overdue</source>
        <translation>Verantwoording te laat</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Granted in %1</source>
        <translation>Toegekend in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n subsidie</numerusform>
            <numerusform>%n subsidies</numerusform>
        </translation>
    </message>
    <message>
        <source>Paid in %1</source>
        <translation>Betaald in %1</translation>
    </message>
    <message>
        <source>Justifications overdue (%1)</source>
        <translation>Verantwoordingen te laat (%1)</translation>
    </message>
    <message>
        <source>grants of %1</source>
        <translation>subsidies voor %1</translation>
    </message>
    <message>
        <source>Open recoveries</source>
        <translation>Lopende terugvorderingen</translation>
    </message>
    <message>
        <source>%1 to recover</source>
        <translation>%1 terug te vorderen</translation>
    </message>
    <message>
        <source>Payments to approve</source>
        <translation>Goed te keuren betalingen</translation>
    </message>
    <message>
        <source>thousand €</source>
        <translation>duizend €</translation>
    </message>
    <message>
        <source>Commitments against credits per budget line</source>
        <translation>Vastleggingen tegenover kredieten per basisallocatie</translation>
    </message>
    <message>
        <source>Commitment credits</source>
        <translation>Vastleggingskredieten</translation>
    </message>
    <message>
        <source>Reserved by grants</source>
        <translation>Gereserveerd door subsidies</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Budget line %1</source>
        <translation>Basisallocatie %1</translation>
    </message>
    <message>
        <source>Amounts granted per beneficiary category</source>
        <translation>Toegekende bedragen per categorie van begunstigden</translation>
    </message>
    <message>
        <source>Amounts per PGSP thematic</source>
        <translation>Bedragen per thema van het GVPP</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Toegekend</translation>
    </message>
    <message>
        <source>Payments per month</source>
        <translation>Betalingen per maand</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Jaar:</translation>
    </message>
    <message>
        <source>Grants of %1</source>
        <translation>Subsidies van %1</translation>
    </message>
    <message>
        <source>Payments of %1</source>
        <translation>Betalingen van %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Nothing was saved.</source>
        <translation>Er werd niets opgeslagen.</translation>
    </message>
    <message>
        <source>Nothing was saved:</source>
        <translation>Er werd niets opgeslagen:</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Something went wrong: {message}</source>
        <translation>Er is iets misgelopen: {message}</translation>
    </message>
    <message>
        <source>The details were written to the log file:
{path}</source>
        <translation>De details werden in het logbestand geschreven:
{path}</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>10 digits, for example 0403.019.261</source>
        <translation>10 cijfers, bijvoorbeeld 0403.019.261</translation>
    </message>
    <message>
        <source>A balance payment of {amount} will be prepared.</source>
        <translation>Er wordt een saldobetaling van {amount} voorbereid.</translation>
    </message>
    <message>
        <source>A claim is cancelled only by decision (waiver, error): say why.</source>
        <translation>Een terugvordering wordt enkel bij beslissing geannuleerd (afstand, vergissing): vermeld de reden.</translation>
    </message>
    <message>
        <source>A closed grant releases what stays committed beyond what was spent.</source>
        <translation>Bij het afsluiten van de subsidie komt vrij wat boven de uitgaven vastgelegd blijft.</translation>
    </message>
    <message>
        <source>A new grant starts as a draft: its amount is reserved on the budget line.</source>
        <translation>Een nieuwe subsidie begint als ontwerp: het bedrag wordt op de basisallocatie gereserveerd.</translation>
    </message>
    <message>
        <source>A payment not yet approved can be cancelled; its credits are freed.</source>
        <translation>Een nog niet goedgekeurde betaling kan worden geannuleerd; de kredieten komen vrij.</translation>
    </message>
    <message>
        <source>A payment waits for approval by another person.</source>
        <translation>Een betaling wacht op goedkeuring door een andere persoon.</translation>
    </message>
    <message>
        <source>A recovery claim of {amount} will be raised.</source>
        <translation>Er wordt een terugvordering van {amount} ingesteld.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>Accepted expenses</source>
        <translation>Aanvaarde uitgaven</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Contactpersoon toevoegen</translation>
    </message>
    <message>
        <source>Add a measure</source>
        <translation>Maatregel toevoegen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) done.</source>
        <translation>
            <numerusform>%n record verwerkt.</numerusform>
            <numerusform>%n records verwerkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused:</source>
        <translation>
            <numerusform>%n geweigerd:</numerusform>
            <numerusform>%n geweigerd:</numerusform>
        </translation>
    </message>
    <message>
        <source>Admissibility</source>
        <translation>Ontvankelijkheid</translation>
    </message>
    <message>
        <source>Admissibility…</source>
        <translation>Ontvankelijkheid…</translation>
    </message>
    <message>
        <source>Admissible</source>
        <translation>Ontvankelijk</translation>
    </message>
    <message>
        <source>Advance limit</source>
        <translation>Maximum voorschot</translation>
    </message>
    <message>
        <source>Advance share</source>
        <translation>Aandeel voorschot</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Already committed</source>
        <translation>Reeds vastgelegd</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>Reeds betaald</translation>
    </message>
    <message>
        <source>{category}: {problem}</source>
        <translation>{category}: {problem}</translation>
    </message>
    <message>
        <source>Amend the grant</source>
        <translation>Subsidie wijzigen bij wijzigingsbesluit</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Wijzigingsbesluiten</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Wijzigingsbesluit…</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Amount change</source>
        <translation>Wijziging van het bedrag</translation>
    </message>
    <message>
        <source>Amount change (+/−)</source>
        <translation>Wijziging van het bedrag (+/−)</translation>
    </message>
    <message>
        <source>An amendment (avenant) changes the amount and/or the period, dated and reasoned. A cut releases what is no longer granted.</source>
        <translation>Een wijzigingsbesluit wijzigt het bedrag en/of de periode, gedateerd en met redenen omkleed. Een vermindering maakt vrij wat niet meer toegekend is.</translation>
    </message>
    <message>
        <source>An application that is not admissible is not scored; say why.</source>
        <translation>Een niet-ontvankelijke kandidatuur krijgt geen score; vermeld waarom.</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <source>Letters to all…</source>
        <translation>Brieven aan iedereen…</translation>
    </message>
    <message>
        <source>One letter per beneficiary of the programme&apos;s grants, in a folder, with an index workbook</source>
        <translation>Eén brief per begunstigde van de subsidies van het programma, in een map, met een indexwerkmap</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) · requested {requested} · selected {selected} · envelope {envelope}</source>
        <translation>
            <numerusform>%n kandidatuur · gevraagd {requested} · geselecteerd {selected} · enveloppe {envelope}</numerusform>
            <numerusform>%n kandidaturen · gevraagd {requested} · geselecteerd {selected} · enveloppe {envelope}</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters written: {n}, in {folder}</source>
        <translation>Brieven geschreven: {n}, in {folder}</translation>
    </message>
    <message>
        <source>Writing the letters…</source>
        <translation>De brieven worden geschreven…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected application(s) · {amount}</source>
        <translation>
            <numerusform>%n geselecteerde kandidatuur · {amount}</numerusform>
            <numerusform>%n geselecteerde kandidaturen · {amount}</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the budget line…</source>
        <translation>Basisallocatie aanmaken…</translation>
    </message>
    <message>
        <source>There is no budget line for {year} yet: the grants need one. Create it (Create the budget line…), then choose it here.</source>
        <translation>Er is nog geen basisallocatie voor {year}: de subsidies hebben er een nodig. Maak ze aan (Basisallocatie aanmaken…) en kies ze dan hier.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Kandidatuur</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Kandidaturen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Goedkeuren</translation>
    </message>
    <message>
        <source>Approve payments</source>
        <translation>Goedkeuring van de betalingen</translation>
    </message>
    <message>
        <source>Approve the payment</source>
        <translation>Betaling goedkeuren</translation>
    </message>
    <message>
        <source>Approve the payment…</source>
        <translation>Betaling goedkeuren…</translation>
    </message>
    <message>
        <source>Approve the selected payments</source>
        <translation>Geselecteerde betalingen goedkeuren</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Goedkeuren…</translation>
    </message>
    <message>
        <source>Approving releases the payment. Who prepared a payment may not approve it (except when one person works alone on this database).</source>
        <translation>Met de goedkeuring wordt de betaling vrijgegeven. Wie een betaling voorbereidde, mag ze niet goedkeuren (behalve wanneer één persoon alleen met deze databank werkt).</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Balance = the accepted expenses (at most the amount granted) minus what was already paid.</source>
        <translation>Saldo = de aanvaarde uitgaven (ten hoogste het toegekende bedrag) min wat al betaald werd.</translation>
    </message>
    <message>
        <source>Balance payment of {amount} prepared; it waits for approval.</source>
        <translation>Saldobetaling van {amount} voorbereid; ze wacht op goedkeuring.</translation>
    </message>
    <message>
        <source>Bank account (IBAN)</source>
        <translation>Bankrekening (IBAN)</translation>
    </message>
    <message>
        <source>Bank statement reference</source>
        <translation>Referentie van het rekeninguittreksel</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Begunstigde</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Basisallocatie</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Projectoproep</translation>
    </message>
    <message>
        <source>Call closes</source>
        <translation>Sluiting van de oproep</translation>
    </message>
    <message>
        <source>Call opens</source>
        <translation>Opening van de oproep</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel payments</source>
        <translation>Annulering van de betalingen</translation>
    </message>
    <message>
        <source>Cancel the claim</source>
        <translation>Terugvordering annuleren</translation>
    </message>
    <message>
        <source>Cancel the claim…</source>
        <translation>Terugvordering annuleren…</translation>
    </message>
    <message>
        <source>Cancel the payment</source>
        <translation>Betaling annuleren</translation>
    </message>
    <message>
        <source>Cancel the payment…</source>
        <translation>Betaling annuleren…</translation>
    </message>
    <message>
        <source>Cancel the recovery claim</source>
        <translation>Terugvordering annuleren</translation>
    </message>
    <message>
        <source>Cancel the selected payments</source>
        <translation>Geselecteerde betalingen annuleren</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Geannuleerd: er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Gecontroleerd op</translation>
    </message>
    <message>
        <source>Checking the workbook…</source>
        <translation>De werkmap wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Choose a beneficiary from the list</source>
        <translation>Kies een begunstigde uit de lijst</translation>
    </message>
    <message>
        <source>Choose a budget line</source>
        <translation>Kies een basisallocatie</translation>
    </message>
    <message>
        <source>Choose a call</source>
        <translation>Kies een projectoproep</translation>
    </message>
    <message>
        <source>Choose a grant from the list</source>
        <translation>Kies een subsidie uit de lijst</translation>
    </message>
    <message>
        <source>Choose a measure on every row, or remove the empty row</source>
        <translation>Kies een maatregel op elke rij, of verwijder de lege rij</translation>
    </message>
    <message>
        <source>Choose a workbook…</source>
        <translation>Werkmap kiezen…</translation>
    </message>
    <message>
        <source>Choose admissible or not admissible</source>
        <translation>Kies ontvankelijk of niet ontvankelijk</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Gevraagd</translation>
    </message>
    <message>
        <source>Claimed expenses</source>
        <translation>Ingediende uitgaven</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close the grant</source>
        <translation>Subsidie afsluiten</translation>
    </message>
    <message>
        <source>Close the grant…</source>
        <translation>Subsidie afsluiten…</translation>
    </message>
    <message>
        <source>Close the selected grants (today)</source>
        <translation>Geselecteerde subsidies afsluiten (vandaag)</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Datum van afsluiting</translation>
    </message>
    <message>
        <source>Closures</source>
        <translation>Afsluitingen</translation>
    </message>
    <message>
        <source>Code (allocation de base)</source>
        <translation>Code (basisallocatie)</translation>
    </message>
    <message>
        <source>Codes separated by &apos;;&apos;, each with its share if not equal: 1.4:60; 2.1:40</source>
        <translation>Codes gescheiden door &apos;;&apos;, elk met zijn aandeel als de aandelen niet gelijk zijn: 1.4:60; 2.1:40</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Vastleggen</translation>
    </message>
    <message>
        <source>Commit the grant</source>
        <translation>Subsidie vastleggen</translation>
    </message>
    <message>
        <source>Commit the selected grants (today, whole amount)</source>
        <translation>Geselecteerde subsidies vastleggen (vandaag, volledig bedrag)</translation>
    </message>
    <message>
        <source>Commitment credits (CE)</source>
        <translation>Vastleggingskredieten (VAK)</translation>
    </message>
    <message numerus="yes">
        <source>Fiscal year {year} · %n grant(s)</source>
        <translation>
            <numerusform>Begrotingsjaar {year} · %n subsidie</numerusform>
            <numerusform>Begrotingsjaar {year} · %n subsidies</numerusform>
        </translation>
    </message>
    <message>
        <source>Commitment credits available</source>
        <translation>Beschikbare vastleggingskredieten</translation>
    </message>
    <message>
        <source>Commitment date</source>
        <translation>Datum van vastlegging</translation>
    </message>
    <message>
        <source>Commitment reference</source>
        <translation>Referentie van de vastlegging</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Vastleggingen</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Commit…</source>
        <translation>Vastleggen…</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Doorgaan…</translation>
    </message>
    <message>
        <source>Create the draft grants</source>
        <translation>Ontwerpsubsidies aanmaken</translation>
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
        <translation>Ondertekende overeenkomst</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Verantwoording</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Activiteitenverslag</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factuur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Een bestand toevoegen</translation>
    </message>
    <message>
        <source>Add the file</source>
        <translation>Het bestand toevoegen</translation>
    </message>
    <message>
        <source>The file is kept in the database with the grant (and in the auditors&apos; snapshots); identical content is stored once.</source>
        <translation>Het bestand wordt met de subsidie in de database bewaard (en in de momentopnames voor de auditors); identieke inhoud wordt maar één keer opgeslagen.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Choose the file to keep</source>
        <translation>Kies het te bewaren bestand</translation>
    </message>
    <message>
        <source>Adding the file…</source>
        <translation>Bestand wordt toegevoegd…</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Toegevoegd door</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Bestand wordt geopend…</translation>
    </message>
    <message>
        <source>Save a copy of the file</source>
        <translation>Een kopie van het bestand opslaan</translation>
    </message>
    <message>
        <source>Saving the file…</source>
        <translation>Bestand wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Besluit van</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Datum van het besluit</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation>Referentie van het besluit</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Afwijking</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Deselect</source>
        <translation>Deselecteren</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Wijzigingen verwerpen</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Te betalen uiterlijk op</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Each selected application becomes a draft grant of its requested amount, all together or none (credits, measures).</source>
        <translation>Elke geselecteerde kandidatuur wordt een ontwerpsubsidie voor het gevraagde bedrag, allemaal samen of geen enkele (kredieten, maatregelen).</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Doeltreffendheid</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efficiëntie</translation>
    </message>
    <message>
        <source>Enterprise number (BCE/KBO)</source>
        <translation>Ondernemingsnummer (KBO)</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Equal shares</source>
        <translation>Gelijke delen</translation>
    </message>
    <message>
        <source>Evidence reference</source>
        <translation>Referentie van het bewijsstuk</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Uitvoering</translation>
    </message>
    <message>
        <source>Expenses by category</source>
        <translation>Uitgaven per categorie</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>Word document (*.docx);;PDF (*.pdf)</source>
        <translation>Word-document (*.docx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letter written: {path}</source>
        <translation>Brief geschreven: {path}</translation>
    </message>
    <message>
        <source>Writing the letter…</source>
        <translation>De brief wordt geschreven…</translation>
    </message>
    <message>
        <source>Fill in the draft and save it (Ctrl+S); then record the opinions and the decision.</source>
        <translation>Vul het ontwerp in en sla het op (Ctrl+S); registreer daarna de adviezen en het besluit.</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Begrotingsjaar</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subsidie</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Toegekend</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Import a workbook</source>
        <translation>Werkmap importeren</translation>
    </message>
    <message>
        <source>Imported: {add} records added, {change} changed.</source>
        <translation>Geïmporteerd: {add} records toegevoegd, {change} gewijzigd.</translation>
    </message>
    <message>
        <source>Importing the workbook…</source>
        <translation>De werkmap wordt geïmporteerd…</translation>
    </message>
    <message>
        <source>Justification deadline</source>
        <translation>Uiterste datum voor de verantwoording</translation>
    </message>
    <message>
        <source>Justifications</source>
        <translation>Verantwoordingen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Record the co-financing</source>
        <translation>Cofinanciering registreren</translation>
    </message>
    <message>
        <source>The project&apos;s budget and its other funders as they stand now. The grant&apos;s amount cannot exceed the budget minus the other funders, requested or granted (a refused funding does not count).</source>
        <translation>De begroting van het project en de andere financiers zoals ze nu zijn. Het bedrag van de subsidie mag de begroting min de andere financiers, aangevraagd of toegekend, niet overschrijden (een geweigerde financiering telt niet mee).</translation>
    </message>
    <message>
        <source>Other funders: {other}. No total budget: no ceiling.</source>
        <translation>Andere financiers: {other}. Geen totale begroting: geen plafond.</translation>
    </message>
    <message>
        <source>Other funders: {other}. The grant may reach {ceiling}; co-financing rate {rate} %.</source>
        <translation>Andere financiers: {other}. De subsidie mag {ceiling} bereiken; cofinancieringsgraad {rate} %.</translation>
    </message>
    <message>
        <source>Keep it open</source>
        <translation>Open laten</translation>
    </message>
    <message>
        <source>Keep the claim</source>
        <translation>Terugvordering behouden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Language of correspondence</source>
        <translation>Correspondentietaal</translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation>Laatste herinnering</translation>
    </message>
    <message>
        <source>Left empty, a reference is given (B-00001)</source>
        <translation>Indien leeg, wordt een referentie toegekend (B-00001)</translation>
    </message>
    <message>
        <source>Left empty, a reference is given (P-2024-001)</source>
        <translation>Indien leeg, wordt een referentie toegekend (P-2024-001)</translation>
    </message>
    <message>
        <source>Left empty, the French name is used</source>
        <translation>Indien leeg, wordt de Franse naam gebruikt</translation>
    </message>
    <message>
        <source>Left empty: 30 days after the claim</source>
        <translation>Indien leeg: 30 dagen na de terugvordering</translation>
    </message>
    <message>
        <source>Mark admissible</source>
        <translation>Ontvankelijk verklaren</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>Money received against the claim. When nothing is left due, the claim is paid and the grant closes.</source>
        <translation>Ontvangen bedrag op de terugvordering. Wanneer niets meer verschuldigd is, is de terugvordering betaald en wordt de subsidie afgesloten.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Name (Dutch)</source>
        <translation>Naam (Nederlands)</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Naam (Frans)</translation>
    </message>
    <message>
        <source>New beneficiary</source>
        <translation>Nieuwe begunstigde</translation>
    </message>
    <message>
        <source>New budget line</source>
        <translation>Nieuwe basisallocatie</translation>
    </message>
    <message>
        <source>New grant</source>
        <translation>Nieuwe subsidie</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>Nieuwe periode</translation>
    </message>
    <message>
        <source>New period end</source>
        <translation>Nieuw einde van de periode</translation>
    </message>
    <message>
        <source>New period start</source>
        <translation>Nieuw begin van de periode</translation>
    </message>
    <message>
        <source>New programme or call</source>
        <translation>Nieuw programma of nieuwe projectoproep</translation>
    </message>
    <message>
        <source>Next: close the grant.</source>
        <translation>Volgende stap: de subsidie afsluiten.</translation>
    </message>
    <message>
        <source>Next: commit the grant on budget line {code}.</source>
        <translation>Volgende stap: de subsidie vastleggen op basisallocatie {code}.</translation>
    </message>
    <message>
        <source>Next: follow the recovery claim.</source>
        <translation>Volgende stap: de terugvordering opvolgen.</translation>
    </message>
    <message>
        <source>Next: prepare the advance, or receive the justification.</source>
        <translation>Volgende stap: het voorschot voorbereiden, of de verantwoording ontvangen.</translation>
    </message>
    <message>
        <source>Next: receive the justification (deadline {date}).</source>
        <translation>Volgende stap: de verantwoording ontvangen (uiterste datum {date}).</translation>
    </message>
    <message>
        <source>Next: record the opinions the amount requires ({missing}), then the decision.</source>
        <translation>Volgende stap: de adviezen registreren die dit bedrag vereist ({missing}), daarna het besluit.</translation>
    </message>
    <message>
        <source>Next: settle the grant (balance {amount}).</source>
        <translation>Volgende stap: het saldo van de subsidie afrekenen (saldo {amount}).</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>No admissible application yet: record the admissibility first.</source>
        <translation>Nog geen ontvankelijke kandidatuur: registreer eerst de ontvankelijkheid.</translation>
    </message>
    <message>
        <source>No workbook chosen</source>
        <translation>Geen werkmap gekozen</translation>
    </message>
    <message>
        <source>Not admissible</source>
        <translation>Niet ontvankelijk</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Niet beslist</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Nothing is due either way: the grant will be closed.</source>
        <translation>Er is langs geen van beide kanten iets verschuldigd: de subsidie wordt afgesloten.</translation>
    </message>
    <message>
        <source>Nothing was due: the grant is closed.</source>
        <translation>Er was niets verschuldigd: de subsidie is afgesloten.</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Ter kennis gebracht op</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open the application</source>
        <translation>Kandidatuur openen</translation>
    </message>
    <message>
        <source>Open the grant</source>
        <translation>Subsidie openen</translation>
    </message>
    <message>
        <source>Open the grant, receive its justification, then Settle: when more was paid than accepted, the claim is raised with its structured communication.</source>
        <translation>Open de subsidie, ontvang de verantwoording en kies dan Saldo afrekenen: als er meer betaald werd dan aanvaard, wordt de terugvordering ingesteld met haar gestructureerde mededeling.</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Opinions</source>
        <translation>Adviezen</translation>
    </message>
    <message>
        <source>Opinions and agreements the amount requires are recorded before the decision.</source>
        <translation>De adviezen en akkoorden die dit bedrag vereist, worden vóór het besluit geregistreerd.</translation>
    </message>
    <message>
        <source>Opinions required</source>
        <translation>Vereiste adviezen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>PGSP measure</source>
        <translation>Maatregel van het GVPP</translation>
    </message>
    <message>
        <source>Letter…</source>
        <translation>Brief…</translation>
    </message>
    <message>
        <source>Write a letter on this grant from its template (Word or PDF); it is recorded under Documents sent</source>
        <translation>Een brief over deze subsidie schrijven vanuit het sjabloon (Word of PDF); hij wordt geregistreerd onder Verzonden documenten</translation>
    </message>
    <message>
        <source>Renew for next year…</source>
        <translation>Verlengen voor volgend jaar…</translation>
    </message>
    <message>
        <source>PGSP measures</source>
        <translation>Maatregelen van het GVPP</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Paid back</source>
        <translation>Terugbetaald</translation>
    </message>
    <message>
        <source>Paid in the year</source>
        <translation>Betaald in het jaar</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Payment credits (CL)</source>
        <translation>Vereffeningskredieten (VEK)</translation>
    </message>
    <message>
        <source>To approve in the year</source>
        <translation>Goed te keuren in het jaar</translation>
    </message>
    <message>
        <source>Payment credits available</source>
        <translation>Beschikbare vereffeningskredieten</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Betalingsdatum</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalingen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode van</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Periode tot</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Kies een datum</translation>
    </message>
    <message>
        <source>Police zone</source>
        <translation>Politiezone</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Voorbereiden</translation>
    </message>
    <message>
        <source>Prepare a payment</source>
        <translation>Betaling voorbereiden</translation>
    </message>
    <message>
        <source>Prepare the advance</source>
        <translation>Voorschot voorbereiden</translation>
    </message>
    <message>
        <source>Prepare the advance…</source>
        <translation>Voorschot voorbereiden…</translation>
    </message>
    <message>
        <source>Prepare the balance payment</source>
        <translation>Saldobetaling voorbereiden</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Voorbereid door</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Read-only: this database cannot be changed here.</source>
        <extracomment>Emitted after a successful save with the id the service returned. Service field names that are shown next to another field of this form.</extracomment>
        <translation>Alleen-lezen: deze databank kan hier niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Receive a justification</source>
        <translation>Verantwoording ontvangen</translation>
    </message>
    <message>
        <source>Receive a justification…</source>
        <translation>Verantwoording ontvangen…</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Record a refund</source>
        <translation>Terugbetaling registreren</translation>
    </message>
    <message>
        <source>Record a refund…</source>
        <translation>Terugbetaling registreren…</translation>
    </message>
    <message>
        <source>Record a reminder sent today</source>
        <translation>Vandaag verstuurde herinnering registreren</translation>
    </message>
    <message>
        <source>Record an opinion</source>
        <translation>Advies registreren</translation>
    </message>
    <message>
        <source>Record an opinion…</source>
        <translation>Advies registreren…</translation>
    </message>
    <message>
        <source>Record the amendment</source>
        <translation>Wijzigingsbesluit registreren</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Besluit registreren</translation>
    </message>
    <message>
        <source>Record the decision…</source>
        <translation>Besluit registreren…</translation>
    </message>
    <message>
        <source>Record the justification</source>
        <translation>Verantwoording registreren</translation>
    </message>
    <message>
        <source>Record the opinion</source>
        <translation>Advies registreren</translation>
    </message>
    <message>
        <source>Record the refund</source>
        <translation>Terugbetaling registreren</translation>
    </message>
    <message>
        <source>Record the reminder</source>
        <translation>Herinnering registreren</translation>
    </message>
    <message>
        <source>Recovery claim</source>
        <translation>Terugvordering</translation>
    </message>
    <message>
        <source>Recovery claim open: {amount} still due, to be paid back with the structured communication {comm}.</source>
        <translation>Openstaande terugvordering: nog {amount} verschuldigd, terug te betalen met de gestructureerde mededeling {comm}.</translation>
    </message>
    <message>
        <source>Recovery claim raised for {amount}. The beneficiary pays it back with the structured communication:</source>
        <translation>Terugvordering ingesteld voor {amount}. De begunstigde betaalt terug met de gestructureerde mededeling:</translation>
    </message>
    <message>
        <source>Recovery claims</source>
        <translation>Terugvorderingen</translation>
    </message>
    <message>
        <source>Recovery claims are raised by settling a grant</source>
        <translation>Terugvorderingen worden ingesteld bij de afrekening van het saldo van een subsidie</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Refund due by</source>
        <translation>Terugbetaling uiterlijk op</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Refused ({n})</source>
        <translation>Geweigerd ({n})</translation>
    </message>
    <message>
        <source>Refused: nothing was imported.</source>
        <translation>Geweigerd: er werd niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registreren</translation>
    </message>
    <message>
        <source>Register an application</source>
        <translation>Kandidatuur registreren</translation>
    </message>
    <message>
        <source>Register an application…</source>
        <translation>Kandidatuur registreren…</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevantie</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>Reminders sent</source>
        <translation>Verstuurde herinneringen</translation>
    </message>
    <message>
        <source>Remove the contact</source>
        <translation>Contactpersoon verwijderen</translation>
    </message>
    <message>
        <source>Remove the measure</source>
        <translation>Maatregel verwijderen</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Gevraagd</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>Gevraagd bedrag</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>Vereiste documenten</translation>
    </message>
    <message>
        <source>Reserved by grants</source>
        <translation>Gereserveerd door subsidies</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>for each kind of letter, the programme&apos;s grants whose status allows it (read in the task runner)</extracomment>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save the draft</source>
        <translation>Ontwerp opslaan</translation>
    </message>
    <message>
        <source>Save the scores</source>
        <translation>Scores opslaan</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Wilt u ze opslaan vóór het sluiten?</translation>
    </message>
    <message>
        <source>Score /30</source>
        <translation>Score /30</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Scoring grid</source>
        <translation>Beoordelingsrooster</translation>
    </message>
    <message>
        <source>Scoring grid…</source>
        <translation>Beoordelingsrooster…</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Selecteren</translation>
    </message>
    <message>
        <source>Select an application in the list first.</source>
        <translation>Selecteer eerst een kandidatuur in de lijst.</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Geselecteerd</translation>
    </message>
    <message>
        <source>Selected: {amount}</source>
        <translation>Geselecteerd: {amount}</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selectie</translation>
    </message>
    <message>
        <source>Send a reminder</source>
        <translation>Herinnering versturen</translation>
    </message>
    <message>
        <source>Send a reminder…</source>
        <translation>Herinnering versturen…</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Verstuurd op</translation>
    </message>
    <message>
        <source>Settle</source>
        <translation>Saldo afrekenen</translation>
    </message>
    <message>
        <source>Settle the grant</source>
        <translation>Saldo van de subsidie afrekenen</translation>
    </message>
    <message>
        <source>Settle…</source>
        <translation>Saldo afrekenen…</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>Nog verschuldigd</translation>
    </message>
    <message>
        <source>Structured communication</source>
        <translation>Gestructureerde mededeling</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Geadresseerde</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Gerealiseerd</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>Documents sent</source>
        <translation>Verzonden documenten</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financier</translation>
    </message>
    <message>
        <source>Add a funder</source>
        <translation>Financier toevoegen</translation>
    </message>
    <message>
        <source>Remove the funder</source>
        <translation>Financier verwijderen</translation>
    </message>
    <message>
        <source>Co-financing…</source>
        <translation>Cofinanciering…</translation>
    </message>
    <message>
        <source>Operating or investment</source>
        <translation>Werking of investering</translation>
    </message>
    <message>
        <source>As the budget line&apos;s economic class says by default (5x, 6x: investment)</source>
        <translation>Standaard volgens de economische klasse van de basisallocatie (5x, 6x: investering)</translation>
    </message>
    <message>
        <source>Project&apos;s total budget</source>
        <translation>Totale begroting van het project</translation>
    </message>
    <message>
        <source>Co-financed project: the grant cannot exceed this budget minus the other funders</source>
        <translation>Gecofinancierd project: de subsidie mag deze begroting min de andere financiers niet overschrijden</translation>
    </message>
    <message>
        <source>Other funders of the project</source>
        <translation>Andere financiers van het project</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Add an indicator…</source>
        <translation>Een indicator toevoegen…</translation>
    </message>
    <message>
        <source>Change the indicator…</source>
        <translation>De indicator wijzigen…</translation>
    </message>
    <message>
        <source>Remove the indicator</source>
        <translation>De indicator verwijderen</translation>
    </message>
    <message>
        <source>An indicator is tied to one of the grant&apos;s PGSP measures: the grant has none</source>
        <translation>Een indicator hoort bij een van de GVPP-maatregelen van de subsidie: ze heeft er geen</translation>
    </message>
    <message>
        <source>Remove the indicator {name} of grant {ref}?</source>
        <translation>De indicator {name} van subsidie {ref} verwijderen?</translation>
    </message>
    <message>
        <source>PGSP edition</source>
        <translation>Editie van het GVPP</translation>
    </message>
    <message>
        <source>total budget {budget}, other funders {other}</source>
        <translation>totale begroting {budget}, andere financiers {other}</translation>
    </message>
    <message>
        <source>the Region&apos;s share {rate} %</source>
        <translation>aandeel van het Gewest {rate} %</translation>
    </message>
    <message>
        <source>Co-financing</source>
        <translation>Cofinanciering</translation>
    </message>
    <message>
        <source>To approve</source>
        <translation>Goed te keuren</translation>
    </message>
    <message>
        <source>Net paid</source>
        <translation>Netto betaald</translation>
    </message>
    <message>
        <source>The balance is known once the justification is received</source>
        <extracomment>The totals and the row count changed (after a new query). Pages the view asked for and that are not in memory, most recent last; read in the task runner 40 ms after the first ask (``_read_wanted``), the last two asked (what is visible).</extracomment>
        <translation>Het saldo is bekend zodra de verantwoording ontvangen is</translation>
    </message>
    <message>
        <source>{edition} (assigned to {year} by the administration: no edition covers it)</source>
        <translation>{edition} (door de administratie aan {year} toegewezen: geen editie dekt dat jaar)</translation>
    </message>
    <message>
        <source>{edition} (the nearest edition: none covers {year})</source>
        <translation>{edition} (de dichtstbijzijnde editie: geen enkele dekt {year})</translation>
    </message>
    <message>
        <source>Decision (arrêté)</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Kennisgeving</translation>
    </message>
    <message>
        <source>Advance payment notice</source>
        <translation>Betalingsbericht voorschot</translation>
    </message>
    <message>
        <source>Balance payment notice</source>
        <translation>Betalingsbericht saldo</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Herinnering</translation>
    </message>
    <message>
        <source>Recovery claim letter</source>
        <translation>Terugvorderingsbrief</translation>
    </message>
    <message>
        <source>Closure letter</source>
        <translation>Afsluitingsbrief</translation>
    </message>
    <message>
        <source>The commitment (engagement) uses the commitment credits of the budget line; it comes after the decision and before the notification.</source>
        <translation>De vastlegging gebruikt de vastleggingskredieten van de basisallocatie; ze volgt op het besluit en gaat de kennisgeving vooraf.</translation>
    </message>
    <message>
        <source>The decision (arrêté) is signed: the grant must be complete and have the opinions its amount requires, dated on or before the decision.</source>
        <translation>Het besluit is ondertekend: de subsidie moet volledig zijn en de adviezen hebben die het bedrag vereist, gedateerd uiterlijk op de dag van het besluit.</translation>
    </message>
    <message>
        <source>The file is admissible</source>
        <translation>Het dossier is ontvankelijk</translation>
    </message>
    <message>
        <source>The payment is prepared now and paid once another person approved it.</source>
        <translation>De betaling wordt nu voorbereid en uitgevoerd zodra een andere persoon ze heeft goedgekeurd.</translation>
    </message>
    <message>
        <source>The workbook can be imported. Check what it adds and changes, then press Import.</source>
        <translation>De werkmap kan worden geïmporteerd. Controleer wat ze toevoegt en wijzigt en klik dan op Importeren.</translation>
    </message>
    <message>
        <source>The workbook is checked first: you see what it adds, changes and refuses. Nothing is saved until you confirm, and then all of it or nothing.</source>
        <translation>De werkmap wordt eerst gecontroleerd: u ziet wat ze toevoegt, wijzigt en weigert. Er wordt niets opgeslagen voordat u bevestigt, en dan alles of niets.</translation>
    </message>
    <message>
        <source>The workbook is refused: {n} problems, listed under Refused. Nothing can be imported until they are corrected.</source>
        <translation>De werkmap wordt geweigerd: {n} problemen, opgesomd onder Geweigerd. Er kan niets worden geïmporteerd zolang ze niet verbeterd zijn.</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>This field is required</source>
        <translation>Dit veld is verplicht</translation>
    </message>
    <message>
        <source>This form has changes that are not saved.</source>
        <translation>Dit formulier bevat wijzigingen die niet zijn opgeslagen.</translation>
    </message>
    <message>
        <source>This grant is closed.</source>
        <translation>Deze subsidie is afgesloten.</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Een activiteit toevoegen</translation>
    </message>
    <message>
        <source>Change the activity</source>
        <translation>De activiteit wijzigen</translation>
    </message>
    <message>
        <source>Add the activity</source>
        <translation>De activiteit toevoegen</translation>
    </message>
    <message>
        <source>Save the activity</source>
        <translation>De activiteit opslaan</translation>
    </message>
    <message>
        <source>An activity of the commune&apos;s local plan: the PGSP thematic it serves and the staff the plan funds for it (counted by thematic in the PGSP implementation report).</source>
        <translation>Een activiteit van het lokale plan van de gemeente: het GVPP-thema waaraan ze bijdraagt en het personeel dat het plan ervoor financiert (per thema geteld in het uitvoeringsrapport van het GVPP).</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>PGSP thematic</source>
        <translation>GVPP-thema</translation>
    </message>
    <message>
        <source>Peace guardians</source>
        <translation>Gemeenschapswachten</translation>
    </message>
    <message>
        <source>Street educators</source>
        <translation>Straathoekwerkers</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Bemiddelaars</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Add an activity…</source>
        <translation>Een activiteit toevoegen…</translation>
    </message>
    <message>
        <source>Change the activity…</source>
        <translation>De activiteit wijzigen…</translation>
    </message>
    <message>
        <source>Remove the activity</source>
        <translation>De activiteit verwijderen</translation>
    </message>
    <message>
        <source>Remove the activity {title} of grant {ref}?</source>
        <translation>De activiteit {title} van subsidie {ref} verwijderen?</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Toe te voegen</translation>
    </message>
    <message>
        <source>To add ({n})</source>
        <translation>Toe te voegen ({n})</translation>
    </message>
    <message>
        <source>To change</source>
        <translation>Te wijzigen</translation>
    </message>
    <message>
        <source>To change ({n})</source>
        <translation>Te wijzigen ({n})</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Total: {total} %</source>
        <translation>Totaal: {total} %</translation>
    </message>
    <message>
        <source>Turn the selected applications into grants</source>
        <translation>Geselecteerde kandidaturen omzetten in subsidies</translation>
    </message>
    <message>
        <source>Turn the selected into grants…</source>
        <translation>Geselecteerde omzetten in subsidies…</translation>
    </message>
    <message>
        <source>Type part of the name or reference</source>
        <translation>Typ een deel van de naam of de referentie</translation>
    </message>
    <message>
        <source>Type what the beneficiary claims and what is accepted, per expense category. An evidence reference (invoice, payslip) may count only once.</source>
        <translation>Vul per uitgavencategorie in wat de begunstigde indient en wat aanvaard wordt. Een bewijsstuk (factuur, loonfiche) mag maar één keer meetellen.</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Waarden</translation>
    </message>
    <message>
        <source>Why a payment on a late justification is allowed</source>
        <translation>Waarom een betaling op een laattijdige verantwoording toegestaan is</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>admissible applications, scores from 0 to 10</source>
        <translation>ontvankelijke kandidaturen, scores van 0 tot 10</translation>
    </message>
    <message>
        <source>available {amount}</source>
        <translation>beschikbaar {amount}</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <extracomment>What a form&apos;s submit returns: the write to run off the GUI thread (one service call).</extracomment>
        <translation>dd/mm/jjjj</translation>
    </message>
    <message>
        <source>deadline {date}</source>
        <translation>uiterste datum {date}</translation>
    </message>
    <message>
        <source>envelope {envelope}, left {left}</source>
        <translation>enveloppe {envelope}, resterend {left}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>required</source>
        <translation>vereist</translation>
    </message>
    <message>
        <source>{sheet}: {add} to add, {change} to change, {same} unchanged</source>
        <translation>{sheet}: {add} toe te voegen, {change} te wijzigen, {same} ongewijzigd</translation>
    </message>
    <message>
        <source>— choose a measure —</source>
        <translation>— kies een maatregel —</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>Een indicator toevoegen</translation>
    </message>
    <message>
        <source>Change the indicator</source>
        <translation>De indicator wijzigen</translation>
    </message>
    <message>
        <source>Add the indicator</source>
        <translation>De indicator toevoegen</translation>
    </message>
    <message>
        <source>Save the indicator</source>
        <translation>De indicator opslaan</translation>
    </message>
    <message>
        <source>A key figure of the project under one of the grant&apos;s PGSP measures: the target, and what was achieved as the activity report says.</source>
        <translation>Een kerncijfer van het project, onder een van de GVPP-maatregelen van de subsidie: de streefwaarde, en wat volgens het activiteitenverslag gerealiseerd werd.</translation>
    </message>
    <message>
        <source>e.g. People accompanied</source>
        <translation>bv. Begeleide personen</translation>
    </message>
    <message>
        <source>e.g. people, kg, activities</source>
        <translation>bv. personen, kg, activiteiten</translation>
    </message>
    <message>
        <source>e.g. activity report 2024</source>
        <translation>bv. activiteitenverslag 2024</translation>
    </message>
    <message>
        <source>Renew for next year</source>
        <translation>Verlengen voor volgend jaar</translation>
    </message>
    <message>
        <source>Create next year&apos;s draft</source>
        <translation>Ontwerp voor volgend jaar aanmaken</translation>
    </message>
    <message>
        <source>A draft grant for {year}: same beneficiary, purpose, PGSP measures and shares, on budget line {code} of {year}, in the same multi-year project.</source>
        <translation>Een ontwerpsubsidie voor {year}: dezelfde begunstigde, hetzelfde doel, dezelfde GVPP-maatregelen en aandelen, op basisallocatie {code} van {year}, in hetzelfde meerjarige project.</translation>
    </message>
    <message>
        <source>Amount for {year}</source>
        <translation>Bedrag voor {year}</translation>
    </message>
    <message>
        <source>Draft grant {ref} created for {year} ({amount}).</source>
        <translation>Ontwerpsubsidie {ref} aangemaakt voor {year} ({amount}).</translation>
    </message>
    <message>
        <source>Project {ref}, since {year}: {title}</source>
        <translation>Project {ref}, sinds {year}: {title}</translation>
    </message>
    <message>
        <source>Grant the waiting application</source>
        <translation>De wachtende aanvraag toekennen</translation>
    </message>
    <message>
        <source>Create the draft grant</source>
        <translation>De ontwerpsubsidie aanmaken</translation>
    </message>
    <message>
        <source>The application waited: {reason}. Its draft grant is created on the budget line chosen, if its commitment credits allow it; the application then no longer waits.</source>
        <translation>De aanvraag wachtte: {reason}. Haar ontwerpsubsidie wordt aangemaakt op de gekozen begrotingslijn, als de vastleggingskredieten het toelaten; de aanvraag wacht dan niet meer.</translation>
    </message>
    <message>
        <source>There is no budget line for {year} yet: the grant needs one.</source>
        <translation>Er is nog geen begrotingslijn voor {year}: de subsidie heeft er een nodig.</translation>
    </message>
    <message>
        <source>Selected, not granted (waiting)</source>
        <translation>Geselecteerd, niet toegekend (wachtend)</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Wacht sinds</translation>
    </message>
    <message>
        <source>Grant now…</source>
        <translation>Nu toekennen…</translation>
    </message>
    <message>
        <source>Selected, not granted (waiting): {n}</source>
        <translation>Geselecteerd, niet toegekend (wachtend): {n}</translation>
    </message>
    <message>
        <source>Working translation, pending the official text</source>
        <translation>Werkvertaling, in afwachting van de officiële tekst</translation>
    </message>
    <message>
        <source>PLPP allocation key {year}</source>
        <translation>Verdeelsleutel PLPP {year}</translation>
    </message>
    <message>
        <source>Set the key</source>
        <translation>Sleutel vastleggen</translation>
    </message>
    <message>
        <source>Each commune&apos;s share of the year&apos;s PLPP envelope, in percent; the shares add up to 100 %. A commune left empty gets 0 %.</source>
        <translation>Het aandeel van elke gemeente in de PLPP-enveloppe van het jaar, in procent; de aandelen tellen op tot 100 %. Een lege gemeente krijgt 0 %.</translation>
    </message>
    <message>
        <source>NIS code</source>
        <translation>NIS-code</translation>
    </message>
    <message>
        <source>PLPP derogation {year}</source>
        <translation>Afwijking PLPP {year}</translation>
    </message>
    <message>
        <source>Record the derogation</source>
        <translation>Afwijking registreren</translation>
    </message>
    <message>
        <source>A commune&apos;s PLPP subsidy moves by at most -1 % / +2 % from the previous year&apos;s, unless a derogation is recorded with its reason (a Government decision...).</source>
        <translation>De PLPP-subsidie van een gemeente wijzigt met hoogstens -1 % / +2 % ten opzichte van die van het vorige jaar, tenzij een afwijking met haar reden is geregistreerd (beslissing van de Regering...).</translation>
    </message>
    <message>
        <source>previous year {previous}, this year {amount}, change {change}</source>
        <translation>vorig jaar {previous}, dit jaar {amount}, wijziging {change}</translation>
    </message>
    <message>
        <source>Withdraw the derogation</source>
        <translation>Afwijking intrekken</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>All years</source>
        <extracomment>Titles of the lists (translated in context &quot;MainWindow&quot;, where the navigation marks them). Each load gets the next number; an answer for an older one (a filter since changed) is dropped.</extracomment>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All</source>
        <comment>feminine, as Catégorie</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Gefilterd</translation>
    </message>
    <message>
        <source>%s  ✕</source>
        <translation>%s  ✕</translation>
    </message>
    <message>
        <source>Show all rows again</source>
        <translation>Alle rijen opnieuw tonen</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Standaardkolommen</translation>
    </message>
    <message numerus="yes">
        <source>Total (%n row(s))</source>
        <translation>
            <numerusform>Totaal (%n rij)</numerusform>
            <numerusform>Totaal (%n rijen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rij</numerusform>
            <numerusform>%n rijen</numerusform>
        </translation>
    </message>
    <message>
        <source>Search (Ctrl+F): reference, name, purpose…</source>
        <translation>Zoeken (Ctrl+F): referentie, naam, doel…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Choose the columns shown</source>
        <translation>Kies de getoonde kolommen</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>Nieuw record (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Geselecteerd record openen (Enter)</translation>
    </message>
</context>
<context>
    <name>LocalPlansPage</name>
    <message>
        <source>Derogation: %1</source>
        <translation>Afwijking: %1</translation>
    </message>
    <message>
        <source>Outside the allowed -1 % / +2 % and no derogation recorded</source>
        <translation>Buiten de toegelaten -1 % / +2 % en geen afwijking geregistreerd</translation>
    </message>
    <message>
        <source>Within the allowed -1 % / +2 %</source>
        <translation>Binnen de toegelaten -1 % / +2 %</translation>
    </message>
    <message>
        <source>%1 communes with a plan · granted %2 · paid %3</source>
        <translation>%1 gemeenten met een plan · toegekend %2 · betaald %3</translation>
    </message>
    <message numerus="yes">
        <source>Plan of %1 in %2: %n activity(ies)</source>
        <translation>
            <numerusform>Plan van %1 in %2: %n activiteit</numerusform>
            <numerusform>Plan van %1 in %2: %n activiteiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subsidie</translation>
    </message>
    <message>
        <source>Yearly subsidy</source>
        <translation>Jaarlijkse subsidie</translation>
    </message>
    <message>
        <source>Key share</source>
        <translation>Aandeel (sleutel)</translation>
    </message>
    <message>
        <source>Previous year (%1)</source>
        <translation>Vorig jaar (%1)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>PGSP thematics</source>
        <translation>Thema&apos;s van het GVPP</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Afwijking</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Activity (PGSP measure)</source>
        <translation>Activiteit (maatregel van het GVPP)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Local prevention plans (PLPP)</source>
        <translation>Lokale preventie- en buurtplannen (LPBP)</translation>
    </message>
    <message>
        <source>Set the key…</source>
        <translation>Sleutel vastleggen…</translation>
    </message>
    <message>
        <source>Each commune&apos;s share of the year&apos;s PLPP envelope, adding up to 100 % (finance, admin)</source>
        <translation>Het aandeel van elke gemeente in de PLPP-enveloppe van het jaar, samen 100 % (financiën, beheer)</translation>
    </message>
    <message>
        <source>Record a derogation…</source>
        <translation>Afwijking registreren…</translation>
    </message>
    <message>
        <source>Why the chosen commune&apos;s subsidy may move outside -1 % / +2 % (finance, admin)</source>
        <translation>Waarom de subsidie van de gekozen gemeente buiten -1 % / +2 % mag gaan (financiën, beheer)</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Jaar:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <extracomment>(key, title) of every page, in navigation order.</extracomment>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Programmes and calls</source>
        <translation>Programma&apos;s en projectoproepen</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Kandidaturen</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Begunstigden</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Subsidies</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Basisallocaties</translation>
    </message>
    <message>
        <source>Local plans (PLPP)</source>
        <translation>Lokale plannen (LPBP)</translation>
    </message>
    <message>
        <source>Payments and recoveries</source>
        <translation>Betalingen en terugvorderingen</translation>
    </message>
    <message>
        <source>Work lists</source>
        <translation>Werklijsten</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audittrail</translation>
    </message>
    <message>
        <source>Audit checks</source>
        <translation>Auditcontroles</translation>
    </message>
    <message>
        <source>Grant officer</source>
        <translation>Subsidiebeheerder</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Financiën</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>The server asks for a password for {user}: type it below.</source>
        <translation>De server vraagt een wachtwoord voor {user}: typ het hieronder.</translation>
    </message>
    <message>
        <source>Snapshot written: {path}
Snapshot SHA-256 (manifest and content): {hash}

Send this hash separately from the file: the auditor checks it with grants verify FILE --expect HASH.</source>
        <translation>Momentopname geschreven: {path}
SHA-256 van de momentopname (manifest en inhoud): {hash}

Bezorg deze hash los van het bestand: de auditor controleert hem met grants verify BESTAND --expect HASH.</translation>
    </message>
    <message>
        <source>%s (single user)</source>
        <translation>%s (enige gebruiker)</translation>
    </message>
    <message>
        <source>Demonstration data as of %s</source>
        <translation>Demonstratiegegevens op %s</translation>
    </message>
    <message>
        <source>The demonstration&apos;s story stops on %s: work lists, overdue figures and the dashboard are counted at that day.</source>
        <translation>Het verhaal van de demonstratie stopt op %s: werklijsten, achterstanden en het dashboard worden op die dag geteld.</translation>
    </message>
    <message>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Verbinden met een server…</translation>
    </message>
    <message>
        <source>&amp;Organisation (name, account, logo)…</source>
        <translation>&amp;Organisatie (naam, rekening, logo)…</translation>
    </message>
    <message>
        <source>&amp;About Grants</source>
        <translation>&amp;Over Grants</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Import workbook…</source>
        <translation>Werkmap &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Databank &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>&amp;Recente databanken</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Take an audit snapshot…</source>
        <translation>Auditmomentopname &amp;nemen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grants&lt;/b&gt; %s&lt;br&gt;Subsidies of the Brussels-Capital Region (safe.brussels): calls, grants, budget, payments, audit.&lt;br&gt;&lt;br&gt;Licence EUPL-1.2.</source>
        <translation>&lt;b&gt;Grants&lt;/b&gt; %s&lt;br&gt;Subsidies van het Brussels Hoofdstedelijk Gewest (safe.brussels): projectoproepen, subsidies, begroting, betalingen, audit.&lt;br&gt;&lt;br&gt;Licentie EUPL-1.2.</translation>
    </message>
    <message>
        <source>About Grants</source>
        <translation>Over Grants</translation>
    </message>
    <message>
        <source>Add the demonstration dataset (a realistic 2024 of safe.brussels) to this database? Records already there are left alone.</source>
        <translation>De demonstratiegegevens (een realistisch 2024 van safe.brussels) aan deze databank toevoegen? Records die er al in staan, blijven ongewijzigd.</translation>
    </message>
    <message>
        <source>Audit snapshot</source>
        <translation>Auditmomentopname</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Lijst wissen</translation>
    </message>
    <message>
        <source>Database: %s</source>
        <translation>Databank: %s</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>Demonstratiegegevens</translation>
    </message>
    <message>
        <source>Grants databases (*.db *.sqlite);;All files (*)</source>
        <translation>Grants-databanken (*.db *.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Grants — safe.brussels</source>
        <translation>Grants — safe.brussels</translation>
    </message>
    <message>
        <source>Language: %s</source>
        <translation>Taal: %s</translation>
    </message>
    <message>
        <source>Load the &amp;demonstration data…</source>
        <translation>&amp;Demonstratiegegevens laden…</translation>
    </message>
    <message>
        <source>Loading the demonstration data…</source>
        <translation>De demonstratiegegevens worden geladen…</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Logbestand</translation>
    </message>
    <message>
        <source>No database is open. Use File &gt; Open database.</source>
        <translation>Er is geen databank geopend. Gebruik Bestand &gt; Databank openen.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Databank openen</translation>
    </message>
    <message>
        <source>Open an audit snapshot</source>
        <translation>Auditmomentopname openen</translation>
    </message>
    <message>
        <source>Open audit &amp;snapshot…</source>
        <translation>Audit&amp;momentopname openen…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Databank wordt geopend…</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalingen</translation>
    </message>
    <message>
        <source>Read-only: audit snapshot taken on %1 by %2. Nothing can be changed.</source>
        <translation>Alleen-lezen: auditmomentopname genomen op %1 door %2. Er kan niets worden gewijzigd.</translation>
    </message>
    <message>
        <source>Read-only: the database was opened read-only. Nothing can be changed.</source>
        <translation>Alleen-lezen: de databank werd alleen-lezen geopend. Er kan niets worden gewijzigd.</translation>
    </message>
    <message>
        <source>Read-only: your role is auditor. Nothing can be changed.</source>
        <translation>Alleen-lezen: uw rol is auditor. Er kan niets worden gewijzigd.</translation>
    </message>
    <message>
        <source>Recovery claims</source>
        <translation>Terugvorderingen</translation>
    </message>
    <message>
        <source>Role: %s</source>
        <translation>Rol: %s</translation>
    </message>
    <message>
        <source>Snapshots (*.db);;All files (*)</source>
        <translation>Momentopnamen (*.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Snapshots (*.snapshot *.db *.sqlite);;All files (*)</source>
        <translation>Momentopnamen (*.snapshot *.db *.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Take an audit snapshot</source>
        <translation>Auditmomentopname nemen</translation>
    </message>
    <message>
        <source>Taking the audit snapshot…</source>
        <translation>De auditmomentopname wordt genomen…</translation>
    </message>
    <message>
        <source>The database could not be opened</source>
        <translation>De databank kon niet worden geopend</translation>
    </message>
    <message>
        <source>The log file is:
%s</source>
        <translation>Het logbestand is:
%s</translation>
    </message>
    <message>
        <source>The work in progress is still stopping; try again in a moment.</source>
        <translation>Het lopende werk wordt nog gestopt; probeer het zo dadelijk opnieuw.</translation>
    </message>
    <message>
        <source>User: %s</source>
        <translation>Gebruiker: %s</translation>
    </message>
    <message>
        <source>Where is the &amp;log file?</source>
        <translation>Waar staat het &amp;logbestand?</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Werk bezig</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>geen rol</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation settings</source>
        <translation>Instellingen van de organisatie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>IBAN (account paying the grants)</source>
        <translation>IBAN (rekening die de subsidies betaalt)</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Logo (image file)</source>
        <translation>Logo (afbeeldingsbestand)</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Ondertekenaars</translation>
    </message>
    <message>
        <source>Letter templates folder</source>
        <translation>Map met briefsjablonen</translation>
    </message>
    <message>
        <source>Attachment size limit (MB)</source>
        <translation>Maximale grootte van een bijlage (MB)</translation>
    </message>
    <message>
        <source>PGSP edition of years no edition covers</source>
        <translation>Editie van het GVPP voor jaren die geen editie dekt</translation>
    </message>
    <message>
        <source>YEAR=EDITION pairs separated by &apos;;&apos;; a year not listed takes the nearest edition</source>
        <translation>Paren JAAR=EDITIE gescheiden door &apos;;&apos;; een niet vermeld jaar neemt de dichtstbijzijnde editie</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Workbooks for finance, statements for beneficiaries and the payment file for the bank. Figures come straight from the database, exact to the cent.</source>
        <translation>Werkmappen voor financiën, overzichten voor de begunstigden en het betalingsbestand voor de bank. De cijfers komen rechtstreeks uit de databank, tot op de cent juist.</translation>
    </message>
    <message>
        <source>Budget tables (Excel)</source>
        <translation>Begrotingstabellen (Excel)</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Van jaar</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Tot jaar</translation>
    </message>
    <message>
        <source>List of grants (Excel)</source>
        <translation>Lijst van de subsidies (Excel)</translation>
    </message>
    <message>
        <source>Beneficiary statements (PDF)</source>
        <translation>Overzichten voor de begunstigden (PDF)</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Begunstigde</translation>
    </message>
    <message>
        <source>Payment file for the bank (SEPA)</source>
        <translation>Betalingsbestand voor de bank (SEPA)</translation>
    </message>
    <message>
        <source>Call for projects (PDF)</source>
        <translation>Projectoproep (PDF)</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>PGSP annex (PDF)</source>
        <translation>GVPP-bijlage (PDF)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Headings in</source>
        <translation>Taal van de opschriften</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>This beneficiary…</source>
        <translation>Deze begunstigde…</translation>
    </message>
    <message>
        <source>All beneficiaries of the year…</source>
        <translation>Alle begunstigden van het jaar…</translation>
    </message>
    <message>
        <source>Create the payment file…</source>
        <translation>Betalingsbestand aanmaken…</translation>
    </message>
    <message>
        <source>Open the file when it is written</source>
        <translation>Het bestand openen zodra het geschreven is</translation>
    </message>
    <message>
        <source>Each beneficiary&apos;s language</source>
        <translation>Taal van elke begunstigde</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>The database is open read-only</source>
        <translation>De databank is alleen-lezen geopend</translation>
    </message>
    <message>
        <source>No approved payment is waiting to be sent to the bank.</source>
        <translation>Er wacht geen goedgekeurde betaling om naar de bank te worden verstuurd.</translation>
    </message>
    <message numerus="yes">
        <source>%n approved payment(s) waiting to be sent, in total %1.</source>
        <translation>
            <numerusform>%n goedgekeurde betaling wacht op verzending, in totaal %1.</numerusform>
            <numerusform>%n goedgekeurde betalingen wachten op verzending, in totaal %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Folder for the statements</source>
        <translation>Map voor de overzichten</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschreven: %1</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the budget tables…</source>
        <translation>Begrotingstabellen worden geëxporteerd…</translation>
    </message>
    <message>
        <source>Exporting the grants…</source>
        <translation>Subsidies worden geëxporteerd…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-document (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the statement…</source>
        <translation>Overzicht wordt opgesteld…</translation>
    </message>
    <message>
        <source>Writing the statements…</source>
        <translation>Overzichten worden opgesteld…</translation>
    </message>
    <message>
        <source>SEPA file (*.xml)</source>
        <translation>SEPA-bestand (*.xml)</translation>
    </message>
    <message>
        <source>Creating the payment file…</source>
        <translation>Betalingsbestand wordt aangemaakt…</translation>
    </message>
    <message>
        <source>Writing the call report…</source>
        <translation>Verslag van de oproep wordt opgesteld…</translation>
    </message>
    <message>
        <source>Writing the PGSP annex…</source>
        <translation>GVPP-bijlage wordt opgesteld…</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <extracomment>Tasks still running (or whose result is not yet delivered): kept alive here, not by callers.</extracomment>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancelling: undoing the work done so far…</source>
        <translation>Annuleren: het reeds uitgevoerde werk wordt ongedaan gemaakt…</translation>
    </message>
    <message>
        <source>The disk holding the database is full: nothing was saved. Free some space, then try again.</source>
        <extracomment>True when nothing was written (every record refused): no view needs to reload. What SQLite and PostgreSQL say when another writer holds what a write needs: try again later. ... and when the disk holding the database is full.</extracomment>
        <translation>De schijf met de databank is vol: er werd niets opgeslagen. Maak ruimte vrij en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The database is busy: another person or program is writing to it. Nothing was saved; try again in a moment.</source>
        <translation>De databank is bezet: een andere persoon of een ander programma schrijft erin. Er werd niets opgeslagen; probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Geannuleerd: er werd niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>WorkList</name>
    <message numerus="yes">
        <source>%n record(s) done.</source>
        <translation>
            <numerusform>%n record verwerkt.</numerusform>
            <numerusform>%n records verwerkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk action</source>
        <translation>Groepsactie</translation>
    </message>
    <message numerus="yes">
        <source>%n refused:</source>
        <translation>
            <numerusform>%n geweigerd:</numerusform>
            <numerusform>%n geweigerd:</numerusform>
        </translation>
    </message>
    <message>
        <source>Grants whose justification deadline has passed with no justification received.</source>
        <translation>Subsidies waarvan de uiterste datum voor de verantwoording verstreken is zonder dat een verantwoording werd ontvangen.</translation>
    </message>
    <message>
        <source>Justified grants whose balance is not settled yet: settling prepares the balance payment, raises a recovery claim or closes the grant.</source>
        <translation>Verantwoorde subsidies waarvan het saldo nog niet afgerekend is: de afrekening bereidt de saldobetaling voor, stelt een terugvordering in of sluit de subsidie af.</translation>
    </message>
    <message>
        <source>Prepared payments waiting for another person&apos;s approval.</source>
        <translation>Voorbereide betalingen die wachten op de goedkeuring door een andere persoon.</translation>
    </message>
    <message>
        <source>Open recovery claims, the oldest due first.</source>
        <translation>Openstaande terugvorderingen, de oudste vervaldag eerst.</translation>
    </message>
    <message>
        <source>Draft grants of calls that have not closed yet.</source>
        <translation>Ontwerpsubsidies van projectoproepen die nog niet afgesloten zijn.</translation>
    </message>
    <message>
        <source>Applications the jury selected that cannot be granted yet (e.g. no budget validation); open the call to grant them once credits exist.</source>
        <translation>Kandidaturen die de jury selecteerde maar die nog niet toegekend kunnen worden (bv. geen budgettaire validatie); open de oproep om ze toe te kennen zodra er kredieten zijn.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>WorkListsPage</name>
    <message>
        <source>Work lists</source>
        <translation>Werklijsten</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Approve the selected payments</source>
        <translation>Geselecteerde betalingen goedkeuren</translation>
    </message>
    <message>
        <source>Balances to settle</source>
        <translation>Af te rekenen saldi</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Begunstigde</translation>
    </message>
    <message>
        <source>Call closes</source>
        <translation>Sluiting van de oproep</translation>
    </message>
    <message>
        <source>Communication · reminders</source>
        <translation>Mededeling · herinneringen</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Selected, not granted</source>
        <translation>Geselecteerd, niet toegekend</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Wacht sinds</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Dagen te laat</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resterende dagen</translation>
    </message>
    <message>
        <source>Send the reminders due…</source>
        <translation>Openstaande herinneringen versturen…</translation>
    </message>
    <message>
        <source>No reminder is due: no letter was written.</source>
        <translation>Er is geen herinnering verschuldigd: er werd geen brief geschreven.</translation>
    </message>
    <message>
        <source>Writing the reminders…</source>
        <translation>De herinneringen worden geschreven…</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1</source>
        <translation>
            <numerusform>%n brief geschreven in %1</numerusform>
            <numerusform>%n brieven geschreven in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>De map openen</translation>
    </message>
    <message>
        <source>One reminder per late justification and per recovery claim past its due date, in a folder you choose, with an index workbook; each is recorded on its grant</source>
        <translation>Eén herinnering per laattijdige verantwoording en per vervallen terugvordering, in een map naar keuze, met een indexwerkmap; elke herinnering wordt bij haar subsidie geregistreerd</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Dagen wachten</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <source>Decisions due before a call closes</source>
        <translation>Te nemen besluiten vóór de sluiting van een oproep</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <source>Justifications overdue</source>
        <translation>Verantwoordingen te laat</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Betalingsdatum</translation>
    </message>
    <message>
        <source>Payments to approve</source>
        <translation>Goed te keuren betalingen</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Voorbereid door</translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation>Laatste herinnering</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Reden van de wachttijd</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Recoveries to chase</source>
        <translation>Op te volgen terugvorderingen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Send a reminder for the selected claims</source>
        <translation>Herinnering versturen voor de geselecteerde terugvorderingen</translation>
    </message>
    <message>
        <source>Settle the selected grants</source>
        <translation>Saldo van de geselecteerde subsidies afrekenen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>Grant</source>
        <translation>Subsidie</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Begunstigde</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Basisallocatie</translation>
    </message>
    <message>
        <source>Grant measure</source>
        <translation>Maatregel van de subsidie</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Aanhangsel</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Opinion threshold</source>
        <translation>Drempel voor advies</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Vastlegging</translation>
    </message>
    <message>
        <source>Reference counter</source>
        <translation>Referentieteller</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Verantwoording</translation>
    </message>
    <message>
        <source>Justified expense</source>
        <translation>Verantwoorde uitgave</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Betaling</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Kandidatuur</translation>
    </message>
    <message>
        <source>Recovery claim</source>
        <translation>Terugvordering</translation>
    </message>
    <message>
        <source>PGSP edition</source>
        <translation>Editie van het GVPP</translation>
    </message>
    <message>
        <source>PGSP thematic</source>
        <translation>Thema van het GVPP</translation>
    </message>
    <message>
        <source>PGSP measure</source>
        <translation>Maatregel van het GVPP</translation>
    </message>
    <message>
        <source>Police zone</source>
        <translation>Politiezone</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>User role</source>
        <translation>Gebruikersrol</translation>
    </message>
    <message>
        <source>PLPP allocation key</source>
        <translation>PLPP-verdeelsleutel</translation>
    </message>
    <message>
        <source>PLPP activity</source>
        <translation>PLPP-activiteit</translation>
    </message>
    <message>
        <source>Other funder of the project</source>
        <translation>Andere financier van het project</translation>
    </message>
    <message>
        <source>Stored file</source>
        <translation>Bewaard bestand</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <source>Multi-year project</source>
        <translation>Meerjarig project</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Document sent</source>
        <translation>Verzonden document</translation>
    </message>
    <message>
        <source>Organisation setting</source>
        <translation>Instelling van de organisatie</translation>
    </message>
    <message>
        <source>SEPA payment file</source>
        <translation>SEPA-betalingsbestand</translation>
    </message>
    <message>
        <source>Budget year</source>
        <translation>Begrotingsjaar</translation>
    </message>
    <message>
        <source>Server role</source>
        <translation>Rol op de server</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>What happened to the record.</extracomment>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Created outside the application</source>
        <translation>Aangemaakt buiten de toepassing</translation>
    </message>
    <message>
        <source>Changed outside the application</source>
        <translation>Gewijzigd buiten de toepassing</translation>
    </message>
    <message>
        <source>Deleted outside the application</source>
        <translation>Verwijderd buiten de toepassing</translation>
    </message>
    <message>
        <source>Identifier</source>
        <extracomment>A column -&gt; its label (the same name means the same thing in every table).</extracomment>
        <translation>Identificatie</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Naam (Frans)</translation>
    </message>
    <message>
        <source>Name (Dutch)</source>
        <translation>Naam (Nederlands)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Korte naam</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Company number (BCE/KBO)</source>
        <translation>Ondernemingsnummer (KBO)</translation>
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
        <translation>Naam van de organisatie</translation>
    </message>
    <message>
        <source>Organisation address</source>
        <translation>Adres van de organisatie</translation>
    </message>
    <message>
        <source>IBAN (account paying the grants)</source>
        <translation>IBAN (rekening die de subsidies betaalt)</translation>
    </message>
    <message>
        <source>Logo (image file)</source>
        <translation>Logo (afbeeldingsbestand)</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Ondertekenaars</translation>
    </message>
    <message>
        <source>Letter templates folder</source>
        <translation>Map met briefsjablonen</translation>
    </message>
    <message>
        <source>Attachment size limit (MB)</source>
        <translation>Maximale grootte van een bijlage (MB)</translation>
    </message>
    <message>
        <source>PGSP edition of years no edition covers</source>
        <translation>Editie van het GVPP voor jaren die geen editie dekt</translation>
    </message>
    <message>
        <source>Day the demonstration data are counted at</source>
        <translation>Dag waarop de demonstratiegegevens worden geteld</translation>
    </message>
    <message>
        <source>NIS code</source>
        <translation>NIS-code</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Commitment credits</source>
        <translation>Vastleggingskredieten</translation>
    </message>
    <message>
        <source>Payment credits</source>
        <translation>Vereffeningskredieten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Initial amount</source>
        <translation>Oorspronkelijk bedrag</translation>
    </message>
    <message>
        <source>Advance share</source>
        <translation>Aandeel voorschot</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Begin van de periode</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Einde van de periode</translation>
    </message>
    <message>
        <source>Justification deadline</source>
        <translation>Uiterste datum voor de verantwoording</translation>
    </message>
    <message>
        <source>Required documents</source>
        <translation>Vereiste stukken</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation>Referentie van het besluit</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Datum van het besluit</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Ter kennis gebracht op</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Amount change</source>
        <translation>Wijziging van het bedrag</translation>
    </message>
    <message>
        <source>New period start</source>
        <translation>Nieuw begin van de periode</translation>
    </message>
    <message>
        <source>New period end</source>
        <translation>Nieuw einde van de periode</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>Laatste nummer</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Gecontroleerd op</translation>
    </message>
    <message>
        <source>Admissible</source>
        <translation>Ontvankelijk</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Gevraagd</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijsstuk</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Structured communication</source>
        <translation>Gestructureerde mededeling</translation>
    </message>
    <message>
        <source>Derogation</source>
        <translation>Afwijking</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Voorbereid door</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>Goedgekeurd op</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Oorsprong</translation>
    </message>
    <message>
        <source>SEPA file</source>
        <translation>SEPA-bestand</translation>
    </message>
    <message>
        <source>Sent to the bank at</source>
        <translation>Naar de bank gestuurd op</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Sluiting</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>Gevraagd bedrag</translation>
    </message>
    <message>
        <source>PGSP measures</source>
        <translation>Maatregelen van het GVPP</translation>
    </message>
    <message>
        <source>Admissibility note</source>
        <translation>Nota over de ontvankelijkheid</translation>
    </message>
    <message>
        <source>Relevance score</source>
        <translation>Score voor relevantie</translation>
    </message>
    <message>
        <source>Efficiency score</source>
        <translation>Score voor efficiëntie</translation>
    </message>
    <message>
        <source>Effectiveness score</source>
        <translation>Score voor doeltreffendheid</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Geselecteerd</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <source>Reminders sent</source>
        <translation>Verstuurde herinneringen</translation>
    </message>
    <message>
        <source>Last reminder on</source>
        <translation>Laatste herinnering op</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afgesloten op</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Eerste jaar</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Laatste jaar</translation>
    </message>
    <message>
        <source>Title (French)</source>
        <translation>Titel (Frans)</translation>
    </message>
    <message>
        <source>Title (Dutch)</source>
        <translation>Titel (Nederlands)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Label (French)</source>
        <translation>Omschrijving (Frans)</translation>
    </message>
    <message>
        <source>Label (Dutch)</source>
        <translation>Omschrijving (Nederlands)</translation>
    </message>
    <message>
        <source>Description (French)</source>
        <translation>Beschrijving (Frans)</translation>
    </message>
    <message>
        <source>Description (Dutch)</source>
        <translation>Beschrijving (Nederlands)</translation>
    </message>
    <message>
        <source>Peace guardians</source>
        <translation>Gemeenschapswachten</translation>
    </message>
    <message>
        <source>Operating or investment</source>
        <translation>Werking of investering</translation>
    </message>
    <message>
        <source>Project&apos;s total budget</source>
        <translation>Totale begroting van het project</translation>
    </message>
    <message>
        <source>Street educators</source>
        <translation>Straathoekwerkers</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Bemiddelaars</translation>
    </message>
    <message>
        <source>Dutch description is a working translation</source>
        <translation>Nederlandse beschrijving is een werkvertaling</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Reason for waiting</source>
        <translation>Reden van de wachttijd</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Wacht sinds</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doelstelling</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Gerealiseerd</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Provisional (twelfths)</source>
        <translation>Voorlopig (twaalfden)</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Bestandstype</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Grootte (bytes)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-vingerafdruk</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Toegevoegd op</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Toegevoegd door</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Aangemaakt op</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Aangemaakt door</translation>
    </message>
    <message>
        <source>Message identifier</source>
        <translation>Berichtidentificatie</translation>
    </message>
    <message>
        <source>Execution date</source>
        <translation>Uitvoeringsdatum</translation>
    </message>
    <message>
        <source>Number of transfers</source>
        <translation>Aantal overschrijvingen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Controlesom</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Server groups</source>
        <translation>Groepen op de server</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Wachtwoord ingesteld</translation>
    </message>
    <message>
        <source>entered in the application</source>
        <extracomment>Where a payment was recorded.</extracomment>
        <translation>ingevoerd in de toepassing</translation>
    </message>
    <message>
        <source>imported from a workbook</source>
        <translation>geïmporteerd uit een werkmap</translation>
    </message>
    <message>
        <source>demonstration data</source>
        <translation>demonstratiegegevens</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administratie</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Voorschot</translation>
    </message>
    <message>
        <source>Advance paid</source>
        <translation>Voorschot betaald</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Balance paid</source>
        <translation>Saldo betaald</translation>
    </message>
    <message>
        <source>Budget minister&apos;s agreement</source>
        <translation>Akkoord van de minister van Begroting</translation>
    </message>
    <message>
        <source>Call for projects</source>
        <translation>Projectoproep</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Communal non-profit (ASBL)</source>
        <translation>Gemeentelijke vzw</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Mededeling</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslist</translation>
    </message>
    <message>
        <source>Direct grant</source>
        <translation>Rechtstreekse subsidie</translation>
    </message>
    <message>
        <source>Draft</source>
        <extracomment>Stored values of the closed vocabularies (the forms&apos; texts, context &quot;labels&quot;).</extracomment>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>European Summits Fund (FSE)</source>
        <translation>Fonds Europese Toppen (FSE)</translation>
    </message>
    <message>
        <source>Financial and exceptional</source>
        <translation>Financiële en uitzonderlijke kosten</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Government decision</source>
        <translation>Beslissing van de Regering</translation>
    </message>
    <message>
        <source>Inspection of Finance opinion</source>
        <translation>Advies van de Inspectie van Financiën</translation>
    </message>
    <message>
        <source>Investment and depreciation</source>
        <translation>Investeringen en afschrijvingen</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Verantwoord</translation>
    </message>
    <message>
        <source>Local plan (PLPP)</source>
        <translation>Lokaal plan (LPBP)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <source>Other payment</source>
        <translation>Andere betaling</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Police zone</source>
        <translation>Politiezone</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Voorbereid</translation>
    </message>
    <message>
        <source>Private non-profit (ASBL)</source>
        <translation>Private vzw</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Terugvordering</translation>
    </message>
    <message>
        <source>Regional body (OAA)</source>
        <translation>Gewestelijke instelling (ABI)</translation>
    </message>
    <message>
        <source>Rent and charges</source>
        <translation>Huur en lasten</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Belastingen</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Toegekend</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Operating</source>
        <extracomment>A grant&apos;s nature (its &quot;investment&quot; is not the expense category&apos;s &quot;Investment and depreciation&quot;).</extracomment>
        <translation>Werking</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investering</translation>
    </message>
    <message>
        <source>Third parties and fees</source>
        <translation>Prestaties van derden en erelonen</translation>
    </message>
    <message>
        <source>Training school (ERIP/ERAP/Brusafe)</source>
        <translation>Opleidingsschool (GIP/GSOB/Brusafe)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Admissible</source>
        <translation>Ontvankelijk</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Kandidaturen</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Goedgekeurd door</translation>
    </message>
    <message>
        <source>Available (commitment)</source>
        <translation>Beschikbaar (vastlegging)</translation>
    </message>
    <message>
        <source>Available (payment)</source>
        <translation>Beschikbaar (vereffening)</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Begunstigde</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Basisallocatie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>To approve</source>
        <translation>Goed te keuren</translation>
    </message>
    <message>
        <source>Paid back</source>
        <translation>Terugbetaald</translation>
    </message>
    <message>
        <source>Net paid</source>
        <translation>Netto betaald</translation>
    </message>
    <message>
        <source>Documents sent</source>
        <translation>Verzonden documenten</translation>
    </message>
    <message>
        <source>Project budget</source>
        <translation>Projectbegroting</translation>
    </message>
    <message>
        <source>Other funding</source>
        <translation>Andere financiering</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Sluiting</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Commitment credits</source>
        <translation>Vastleggingskredieten</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Mededeling</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>For big tables: a FROM without joins, usable when the sort and the filters need only ``local`` columns/filters (the joins make SQLite walk 200 000 rows more slowly).</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Operating/investment</source>
        <translation>Werking/invest.</translation>
    </message>
    <message>
        <source>Co-financing %</source>
        <translation>% cofinanciering</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <source>Enterprise number</source>
        <translation>Ondernemingsnummer</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subsidie</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Toegekend</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Subsidies</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Justification due</source>
        <translation>Vervaldag verantwoording</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Last reminder</source>
        <translation>Laatste herinnering</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Payment credits</source>
        <translation>Vereffeningskredieten</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Einde van de periode</translation>
    </message>
    <message>
        <source>Police zone</source>
        <translation>Politiezone</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Voorbereid door</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Gevraagd</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Gereserveerd</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Geselecteerd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Structured communication</source>
        <translation>Gestructureerde mededeling</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
</context>
<context>
    <name>report values</name>
    <message>
        <source>Municipalities</source>
        <extracomment>key: (context, English source). The names of the statuses and kinds have their own context (&quot;Committed&quot; is &quot;Engagée&quot; as a status, &quot;Engagé&quot; as a column).</extracomment>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>Police zones</source>
        <translation>Politiezones</translation>
    </message>
    <message>
        <source>Training schools (ERIP/ERAP/Brusafe)</source>
        <translation>GIP/GSOB/Brusafe</translation>
    </message>
    <message>
        <source>Regional bodies (OAA)</source>
        <translation>ABI</translation>
    </message>
    <message>
        <source>Municipal non-profits</source>
        <translation>Gemeentelijke vzw&apos;s</translation>
    </message>
    <message>
        <source>Private non-profits</source>
        <translation>Private vzw&apos;s</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslist</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Advance paid</source>
        <translation>Voorschot betaald</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Verantwoord</translation>
    </message>
    <message>
        <source>Balance paid</source>
        <translation>Saldo betaald</translation>
    </message>
    <message>
        <source>Being recovered</source>
        <translation>In terugvordering</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Voorschot</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation>Terugbetaling</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Voorbereid</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Call for projects</source>
        <translation>Projectoproep</translation>
    </message>
    <message>
        <source>Local plan (PLPP)</source>
        <translation>Lokaal plan (PLPP)</translation>
    </message>
    <message>
        <source>European Summits Fund</source>
        <translation>Fonds Europese Toppen</translation>
    </message>
    <message>
        <source>Direct grant</source>
        <translation>Subsidie buiten oproep</translation>
    </message>
    <message>
        <source>Operating</source>
        <translation>Werking</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investering</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Execution {year}</source>
        <translation>Uitvoering {year}</translation>
    </message>
    <message>
        <source>PGSP measures</source>
        <translation>GVPP-maatregelen</translation>
    </message>
    <message>
        <source>Payments by month</source>
        <translation>Betalingen per maand</translation>
    </message>
    <message>
        <source>Grants {year}</source>
        <translation>Subsidies {year}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Operating and investment</source>
        <translation>Werking en investering</translation>
    </message>
    <message>
        <source>{year} operating</source>
        <translation>{year} werking</translation>
    </message>
    <message>
        <source>{year} investment</source>
        <translation>{year} investering</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Basisallocatie</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Commitment credits</source>
        <translation>Vastleggingskredieten</translation>
    </message>
    <message>
        <source>Reserved (grants)</source>
        <translation>Gereserveerd (subsidies)</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Available (CE)</source>
        <translation>Beschikbaar (VK)</translation>
    </message>
    <message>
        <source>% committed</source>
        <translation>% vastgelegd</translation>
    </message>
    <message>
        <source>Payment credits</source>
        <translation>Vereffeningskredieten</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>To approve</source>
        <translation>Goed te keuren</translation>
    </message>
    <message>
        <source>Available (CL)</source>
        <translation>Beschikbaar (VEK)</translation>
    </message>
    <message>
        <source>% paid</source>
        <translation>% betaald</translation>
    </message>
    <message>
        <source>PGSP edition</source>
        <translation>Editie GVPP</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatregel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Subsidies</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Paid back</source>
        <translation>Terugbetaald</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Betalingen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentie</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Begunstigde</translation>
    </message>
    <message>
        <source>Beneficiary ref.</source>
        <translation>Ref. begunstigde</translation>
    </message>
    <message>
        <source>Enterprise no.</source>
        <translation>KBO-nr.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Voorwerp</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maatregelen</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Toegekend</translation>
    </message>
    <message>
        <source>Justified (accepted)</source>
        <translation>Verantwoord (aanvaard)</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Terugvordering</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Datum besluit</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Betekend op</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Justification deadline</source>
        <translation>Termijn verantwoording</translation>
    </message>
    <message>
        <source>Operating or investment</source>
        <translation>Werking of investering</translation>
    </message>
    <message>
        <source>Project budget</source>
        <translation>Projectbegroting</translation>
    </message>
    <message>
        <source>Other funding</source>
        <translation>Andere financiering</translation>
    </message>
    <message>
        <source>Co-financing rate</source>
        <translation>Cofinancieringsgraad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Subsidie</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Betalingsreferentie</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Aangegeven</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aanvaard</translation>
    </message>
    <message>
        <source>Structured communication</source>
        <translation>Gestructureerde mededeling</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Vervaldag</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Nog verschuldigd</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Gevraagd</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projecten</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Not tied to a PGSP measure</source>
        <translation>Zonder GVPP-maatregel</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databank</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>Geëxporteerd op</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Geëxporteerd door</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Toepassing</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Budget tables: grants by category, budget-line execution, amounts by PGSP thematic and measure, payments by month</source>
        <translation>Begrotingstabellen: subsidies per categorie, uitvoering van de basisallocaties, bedragen per thema en maatregel van het GVPP, betalingen per maand</translation>
    </message>
    <message>
        <source>The year&apos;s grants with their granted, committed, paid and justified amounts</source>
        <translation>Lijst van de subsidies van het jaar met hun toegekende, vastgelegde, betaalde en verantwoorde bedragen</translation>
    </message>
    <message>
        <source>Amounts in euro. Grants of the year at their current amount (decision and amendments). Amounts by measure are allocated by each grant&apos;s measure shares. Totals are formulas.</source>
        <translation>Bedragen in euro. Subsidies van het jaar tegen hun huidig bedrag (besluit en aanhangsels). De bedragen per maatregel zijn verdeeld volgens de aandelen van de maatregelen van elke subsidie. De totalen zijn formules.</translation>
    </message>
    <message>
        <source>Amounts in euro. The balance (min(accepted, granted) - net paid) is shown once the grant is justified. Totals are formulas (SUBTOTAL: they follow the filters).</source>
        <translation>Bedragen in euro. Het saldo (min(aanvaard, toegekend) - netto betaald) wordt pas vermeld wanneer de subsidie verantwoord is. De totalen zijn formules (SUBTOTAAL: ze volgen de filters).</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>safe.brussels - Brussels Prevention &amp; Security</source>
        <translation>safe.brussels - Brussel Preventie &amp; Veiligheid</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Pagina {n} van {total}</translation>
    </message>
    <message>
        <source>Issued on {date}</source>
        <translation>Afgedrukt op {date}</translation>
    </message>
    <message>
        <source>Statement of grants {year}</source>
        <translation>Overzicht van de subsidies {year}</translation>
    </message>
    <message>
        <source>Grants of the year</source>
        <translation>Subsidies van het jaar</translation>
    </message>
    <message>
        <source>Justifications</source>
        <translation>Verantwoordingen</translation>
    </message>
    <message>
        <source>Recovery claims</source>
        <translation>Terugvorderingen</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stand van zaken</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Balance still to be paid to you</source>
        <translation>Saldo dat u nog ontvangt</translation>
    </message>
    <message>
        <source>Amount to pay back</source>
        <translation>Terug te betalen bedrag</translation>
    </message>
    <message>
        <source>No amount is due either way</source>
        <translation>Er is langs geen enkele kant een bedrag verschuldigd</translation>
    </message>
    <message>
        <source>to be justified</source>
        <translation>te verantwoorden</translation>
    </message>
    <message>
        <source>To be paid to account {iban} ({name}) with the structured communication {communication}</source>
        <translation>Te storten op rekening {iban} ({name}) met de gestructureerde mededeling {communication}</translation>
    </message>
    <message>
        <source>A repayment request with its structured communication will be sent to you</source>
        <translation>U ontvangt een terugbetalingsverzoek met de gestructureerde mededeling</translation>
    </message>
    <message>
        <source>Total granted</source>
        <translation>Totaal toegekend</translation>
    </message>
    <message>
        <source>Total paid (net)</source>
        <translation>Totaal betaald (netto)</translation>
    </message>
    <message>
        <source>Total accepted expenses</source>
        <translation>Totaal aanvaarde uitgaven</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>Selected projects: {title}</source>
        <translation>Geselecteerde projecten: {title}</translation>
    </message>
    <message>
        <source>Amounts by PGSP measure</source>
        <translation>Bedragen per GVPP-maatregel</translation>
    </message>
    <message>
        <source>Selected, not granted</source>
        <translation>Geselecteerd, niet toegekend</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Applications received: {received}; admissible: {admissible}; selected: {selected}. Envelope: {envelope}; granted: {granted}.</source>
        <translation>Ontvangen kandidaturen: {received}; ontvankelijk: {admissible}; geselecteerd: {selected}. Enveloppe: {envelope}; toegekend: {granted}.</translation>
    </message>
    <message>
        <source>PGSP annex {year}: amounts by thematic and measure</source>
        <translation>Bijlage GVPP {year}: bedragen per thema en maatregel</translation>
    </message>
    <message>
        <source>By thematic</source>
        <translation>Per thema</translation>
    </message>
    <message>
        <source>By measure</source>
        <translation>Per maatregel</translation>
    </message>
    <message>
        <source>Global security and prevention plan {edition}</source>
        <translation>Globaal veiligheids- en preventieplan {edition}</translation>
    </message>
    <message>
        <source>PGSP implementation {year}: projects, amounts and indicators</source>
        <translation>Uitvoering van het GVPP {year}: projecten, bedragen en indicatoren</translation>
    </message>
    <message>
        <source>No PGSP edition applies to {year}</source>
        <translation>Geen editie van het GVPP is van toepassing op {year}</translation>
    </message>
    <message>
        <source>no edition covers {year}: the administration assigned this one</source>
        <translation>geen editie dekt {year}: de administratie heeft deze toegewezen</translation>
    </message>
    <message>
        <source>no edition covers {year}: the nearest one applies</source>
        <translation>geen editie dekt {year}: de dichtstbijzijnde geldt</translation>
    </message>
    <message>
        <source>No project for this measure</source>
        <translation>Geen project voor deze maatregel</translation>
    </message>
    <message>
        <source>Amounts in euro. Granted: the grant&apos;s current amount; allocated and paid (net of repayments): its part for the measure, by the grant&apos;s measure shares. Draft grants are left out.</source>
        <translation>Bedragen in euro. Toegekend: het huidige bedrag van de subsidie; toegewezen en betaald (na terugbetalingen): het deel voor de maatregel, volgens de aandelen van de maatregelen van de subsidie. Subsidies in ontwerp worden weggelaten.</translation>
    </message>
    <message>
        <source>Local prevention plans (PLPP): the communes&apos; activities by thematic</source>
        <translation>Lokale preventie- en nabijheidsplannen (PLPP): activiteiten van de gemeenten per thema</translation>
    </message>
    <message>
        <source>No activity of a local plan recorded for {year}</source>
        <translation>Geen activiteit van een lokaal plan geregistreerd voor {year}</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <source>Peace guardians</source>
        <translation>Gemeenschapswachten</translation>
    </message>
    <message>
        <source>Street educators</source>
        <translation>Straathoekwerkers</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Bemiddelaars</translation>
    </message>
    <message>
        <source>European Summits Fund (FSE) {year}: the police zones&apos; contributions</source>
        <translation>Fonds Europese Toppen (FSE) {year}: bijdragen van de politiezones</translation>
    </message>
    <message>
        <source>Conventions {year}</source>
        <translation>Overeenkomsten {year}</translation>
    </message>
    <message>
        <source>By measure {year}</source>
        <translation>Per maatregel {year}</translation>
    </message>
    <message>
        <source>European Summits Fund: each police zone&apos;s convention and the zones&apos; contributions by PGSP measure</source>
        <translation>Fonds Europese Toppen: de overeenkomst van elke politiezone en de bijdragen van de zones per GVPP-maatregel</translation>
    </message>
    <message>
        <source>Amounts in euro. Justified: the expenses accepted; an FSE convention is paid up to the justified amount. By measure: the convention&apos;s amounts by its measure shares. Draft grants are left out. The totals are formulas.</source>
        <translation>Bedragen in euro. Verantwoord: de aanvaarde uitgaven; een FSE-overeenkomst wordt betaald tot het verantwoorde bedrag. Per maatregel: de bedragen van de overeenkomst volgens haar aandelen per maatregel. Subsidies in ontwerp zijn weggelaten. De totalen zijn formules.</translation>
    </message>
    <message>
        <source>Police zone</source>
        <translation>Politiezone</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Convention (grant)</source>
        <translation>Overeenkomst (subsidie)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Still to pay</source>
        <translation>Nog te betalen</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Toegewezen</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Grants awarded in {year}: list for publication</source>
        <translation>Toegekende subsidies in {year}: lijst voor publicatie</translation>
    </message>
    <message>
        <source>Publication {year}</source>
        <translation>Publicatie {year}</translation>
    </message>
    <message>
        <source>The year&apos;s grants to publish: beneficiary, enterprise number, purpose, amount, decision, budget line</source>
        <translation>De te publiceren subsidies van het jaar: begunstigde, ondernemingsnummer, doel, bedrag, beslissing, begrotingsartikel</translation>
    </message>
    <message>
        <source>Amounts in euro: the grant&apos;s current amount (decision and amendments). Draft grants are left out. The total is a formula.</source>
        <translation>Bedragen in euro: het huidige bedrag van de subsidie (beslissing en wijzigingen). Subsidies in ontwerp worden weggelaten. Het totaal is een formule.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>maart</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>augustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Output: the report is written as .xlsx or .pdf, not {name}</source>
        <translation>Uitvoer: het rapport wordt als .xlsx of .pdf geschreven, niet {name}</translation>
    </message>
    <message>
        <source>Password: only a server login has a password (this database is a file)</source>
        <translation>Wachtwoord: alleen een serverlogin heeft een wachtwoord (deze databank is een bestand)</translation>
    </message>
    <message>
        <source>Password: empty, or the two entries differ; nothing was changed</source>
        <translation>Wachtwoord: leeg, of de twee invoeren verschillen; er werd niets gewijzigd</translation>
    </message>
    <message>
        <source>Audit checks</source>
        <translation>Auditcontroles</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Records at fault</source>
        <translation>Foutieve records</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Records checked</source>
        <translation>Gecontroleerde records</translation>
    </message>
    <message>
        <source>At fault</source>
        <translation>Foutief</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Recordtype</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FOUT</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databank</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>all years</source>
        <translation>alle jaren</translation>
    </message>
    <message>
        <source>Overdue as of</source>
        <translation>Te laat op datum</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Uitgevoerd door</translation>
    </message>
    <message>
        <source>Run at</source>
        <translation>Uitgevoerd op</translation>
    </message>
    <message>
        <source>Snapshot taken</source>
        <translation>Momentopname genomen op</translation>
    </message>
    <message>
        <source>Snapshot content SHA-256</source>
        <translation>SHA-256 van de inhoud van de momentopname</translation>
    </message>
    <message>
        <source>No record at fault.</source>
        <translation>Geen foutieve records.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audittrail</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Geëxporteerd door</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Geëxporteerd op</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Registraties</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) checked</source>
        <translation>
            <numerusform>%n record gecontroleerd</numerusform>
            <numerusform>%n records gecontroleerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) at fault</source>
        <translation>
            <numerusform>%n foutief record</numerusform>
            <numerusform>%n foutieve records</numerusform>
        </translation>
    </message>
    <message>
        <source>Order of acts: decision, commitment, notification, first payment</source>
        <translation>Volgorde van de handelingen: besluit, vastlegging, kennisgeving, eerste betaling</translation>
    </message>
    <message>
        <source>Decisions complete: purpose, amount, period, budget line, documents, deadline</source>
        <translation>Volledige besluiten: doel, bedrag, periode, basisallocatie, documenten, uiterste datum</translation>
    </message>
    <message>
        <source>Opinions present wherever the amount requires them</source>
        <translation>Adviezen aanwezig overal waar het bedrag ze vereist</translation>
    </message>
    <message>
        <source>No payment on a late justification without a recorded derogation</source>
        <translation>Geen betaling op een laattijdige verantwoording zonder geregistreerde afwijking</translation>
    </message>
    <message>
        <source>Balance arithmetic; every overpayment claimed back</source>
        <translation>Berekening van het saldo; elke onverschuldigde betaling wordt teruggevorderd</translation>
    </message>
    <message>
        <source>Recoveries followed: recorded, reminded, collected</source>
        <translation>Terugvorderingen opgevolgd: geregistreerd, herinnerd, geïnd</translation>
    </message>
    <message>
        <source>No double funding: a justified expense counts once</source>
        <translation>Geen dubbele financiering: een verantwoorde uitgave telt maar één keer</translation>
    </message>
    <message>
        <source>Commitments within commitment credits, payments within payment credits</source>
        <translation>Vastleggingen binnen de vastleggingskredieten, betalingen binnen de vereffeningskredieten</translation>
    </message>
    <message>
        <source>Separation of duties: payments prepared and approved by two people</source>
        <translation>Functiescheiding: betalingen voorbereid en goedgekeurd door twee personen</translation>
    </message>
    <message>
        <source>Yearly list of subsidies can be published (ordonnance of 14/12/2017)</source>
        <translation>Jaarlijkse lijst van de subsidies publiceerbaar (ordonnantie van 14/12/2017)</translation>
    </message>
    <message>
        <source>Audit trail intact: every entry matches its hash and its predecessor&apos;s, every record its trail</source>
        <translation>Audittrail intact: elke registratie komt overeen met haar hash en met die van de vorige, elk record met zijn spoor</translation>
    </message>
    <message>
        <source>Inspection des Finances</source>
        <translation>Inspectie van Financiën</translation>
    </message>
    <message>
        <source>Budget minister&apos;s agreement</source>
        <translation>Akkoord van de minister van Begroting</translation>
    </message>
    <message>
        <source>Government decision</source>
        <translation>Beslissing van de Regering</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>doel</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>bedrag</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periode</translation>
    </message>
    <message>
        <source>required documents</source>
        <translation>vereiste documenten</translation>
    </message>
    <message>
        <source>justification deadline</source>
        <translation>uiterste datum voor de verantwoording</translation>
    </message>
    <message>
        <source>decision reference</source>
        <translation>referentie van het besluit</translation>
    </message>
    <message>
        <source>decision date</source>
        <translation>datum van het besluit</translation>
    </message>
    <message>
        <source>name in French</source>
        <translation>naam in het Frans</translation>
    </message>
    <message>
        <source>name in Dutch</source>
        <translation>naam in het Nederlands</translation>
    </message>
    <message>
        <source>enterprise number (BCE)</source>
        <translation>ondernemingsnummer (KBO)</translation>
    </message>
    <message numerus="yes">
        <source>%n paid grant(s) with no notification date recorded: their notification could not be placed in the order</source>
        <translation>
            <numerusform>%n betaalde subsidie heeft geen geregistreerde datum van kennisgeving: haar kennisgeving kon niet in de volgorde worden geplaatst</numerusform>
            <numerusform>%n betaalde subsidies hebben geen geregistreerde datum van kennisgeving: hun kennisgeving kon niet in de volgorde worden geplaatst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) imported without the names of who prepared and approved them: not checkable here</source>
        <translation>
            <numerusform>%n betaling werd geïmporteerd zonder de namen van wie ze voorbereidde en goedkeurde: hier niet controleerbaar</numerusform>
            <numerusform>%n betalingen werden geïmporteerd zonder de namen van wie ze voorbereidde en goedkeurde: hier niet controleerbaar</numerusform>
        </translation>
    </message>
    <message>
        <source>audit chain broken: {reason}</source>
        <translation>auditketen verbroken: {reason}</translation>
    </message>
    <message>
        <source>changed outside the application: {action} of {entity} {record} by {user} (recorded by the server)</source>
        <translation>buiten de toepassing gewijzigd: {action} van {entity} {record} door {user} (door de server vastgelegd)</translation>
    </message>
    <message>
        <source>decision incomplete: no {fields}</source>
        <extracomment>The field of a decision (as grants.domain.checks names it) -&gt; its label in audit check 2.</extracomment>
        <translation>besluit onvolledig: geen {fields}</translation>
    </message>
    <message>
        <source>an amount of {amount} requires the opinion &apos;{kind}&apos;; none is recorded</source>
        <translation>een bedrag van {amount} vereist het advies &apos;{kind}&apos;; er is er geen geregistreerd</translation>
    </message>
    <message>
        <source>the opinion &apos;{kind}&apos; is dated {date}, after the decision of {decision}</source>
        <translation>het advies &apos;{kind}&apos; is gedateerd op {date}, na het besluit van {decision}</translation>
    </message>
    <message>
        <source>amended to {amount}, which requires the opinion &apos;{kind}&apos;; none is recorded</source>
        <translation>gewijzigd tot {amount}, wat het advies &apos;{kind}&apos; vereist; er is er geen geregistreerd</translation>
    </message>
    <message>
        <source>{kind} payment of {amount} on {date}, after the deadline {deadline}, with no justification received and no derogation</source>
        <translation>betaling ({kind}) van {amount} op {date}, na de uiterste datum {deadline}, zonder ontvangen verantwoording en zonder afwijking</translation>
    </message>
    <message>
        <source>{kind} payment of {amount} on {date} on a justification received {received}, after the deadline {deadline}, with no derogation</source>
        <translation>betaling ({kind}) van {amount} op {date} op een verantwoording ontvangen op {received}, na de uiterste datum {deadline}, zonder afwijking</translation>
    </message>
    <message>
        <source>paid {paid} (net of refunds), above the granted amount {amount}</source>
        <translation>{paid} betaald (na aftrek van terugbetalingen), boven het toegekende bedrag {amount}</translation>
    </message>
    <message>
        <source>paid {paid} (net of refunds), above what is committed {committed}</source>
        <translation>{paid} betaald (na aftrek van terugbetalingen), boven het vastgelegde bedrag {committed}</translation>
    </message>
    <message>
        <source>overpaid by {over} (paid {paid}, due min(accepted {accepted}, granted {amount}) = {due}); recovery claims raised: {claimed}</source>
        <translation>te veel betaald: {over} (betaald {paid}, verschuldigd min(aanvaard {accepted}, toegekend {amount}) = {due}); ingestelde terugvorderingen: {claimed}</translation>
    </message>
    <message>
        <source>closed with a balance of {balance} still due to the beneficiary</source>
        <translation>afgesloten terwijl de begunstigde nog een saldo van {balance} verschuldigd is</translation>
    </message>
    <message>
        <source>expense ({category}): accepted {accepted} is above claimed {claimed}</source>
        <translation>uitgave ({category}): het aanvaarde bedrag {accepted} is hoger dan het ingediende {claimed}</translation>
    </message>
    <message>
        <source>the structured communication {communication} is not valid: the refund cannot be matched</source>
        <translation>de gestructureerde mededeling {communication} is ongeldig: de terugbetaling kan niet worden gekoppeld</translation>
    </message>
    <message>
        <source>still open although {got} of {amount} was refunded</source>
        <translation>nog steeds open hoewel {got} van {amount} werd terugbetaald</translation>
    </message>
    <message>
        <source>{left} of {amount} still due since {due}, and no reminder sent</source>
        <translation>{left} van {amount} nog verschuldigd sinds {due}, en geen herinnering verstuurd</translation>
    </message>
    <message numerus="yes">
        <source>{left} of {amount} still due since {due}, not collected after %n reminder(s) (last on {last})</source>
        <translation>
            <numerusform>{left} van {amount} nog verschuldigd sinds {due}, niet geïnd na %n herinnering (op {last})</numerusform>
            <numerusform>{left} van {amount} nog verschuldigd sinds {due}, niet geïnd na %n herinneringen (de laatste op {last})</numerusform>
        </translation>
    </message>
    <message>
        <source>marked paid, but the refunds recorded total {got}, not {amount}</source>
        <translation>als betaald gemarkeerd, maar de geregistreerde terugbetalingen bedragen samen {got}, niet {amount}</translation>
    </message>
    <message>
        <source>expense {evidence} accepted {n} times ({total} in all) on grants {grants}</source>
        <translation>uitgave {evidence} {n} keer aanvaard ({total} in totaal) op de subsidies {grants}</translation>
    </message>
    <message>
        <source>commitments {committed} above the commitment credits {credits} (by {over})</source>
        <translation>vastleggingen van {committed} boven de vastleggingskredieten van {credits} (overschrijding met {over})</translation>
    </message>
    <message>
        <source>payments of {paid} made in {year} on a code with no budget line that year</source>
        <translation>betalingen van {paid} uitgevoerd in {year} op een code zonder basisallocatie in dat jaar</translation>
    </message>
    <message>
        <source>payments {paid} above the payment credits {credits} (by {over})</source>
        <translation>betalingen van {paid} boven de vereffeningskredieten van {credits} (overschrijding met {over})</translation>
    </message>
    <message>
        <source>payment of {amount} on {date} prepared and approved by the same person, {user}</source>
        <translation>betaling van {amount} op {date} voorbereid en goedgekeurd door dezelfde persoon, {user}</translation>
    </message>
    <message>
        <source>payment of {amount} on {date} approved without recording who prepared ({prepared}) and who approved ({approved})</source>
        <translation>betaling van {amount} op {date} goedgekeurd zonder te registreren wie ze voorbereidde ({prepared}) en wie ze goedkeurde ({approved})</translation>
    </message>
    <message>
        <source>beneficiary of a grant to publish, with no {fields}</source>
        <translation>begunstigde van een te publiceren subsidie, zonder {fields}</translation>
    </message>
    <message>
        <source>enterprise number {bce} is not valid: the beneficiary cannot be identified in the list</source>
        <translation>het ondernemingsnummer {bce} is ongeldig: de begunstigde kan in de lijst niet worden geïdentificeerd</translation>
    </message>
    <message>
        <source>cannot be listed for publication: no {fields}</source>
        <translation>kan niet in de te publiceren lijst worden opgenomen: geen {fields}</translation>
    </message>
    <message>
        <source>Dates: the end {end} is before the start {start}</source>
        <extracomment>Tables whose records carry a human reference (``ref``): a filter may name a record by it.</extracomment>
        <translation>Data: het einde {end} ligt vóór het begin {start}</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Naam (Frans)</translation>
    </message>
    <message>
        <source>Category: {value} is not one of {allowed}</source>
        <translation>Categorie: {value} is niet een van {allowed}</translation>
    </message>
    <message>
        <source>Language: {value} is not fr or nl</source>
        <translation>Taal: {value} is noch fr noch nl</translation>
    </message>
    <message>
        <source>Commune (NIS): {value} is not one of the 19 Brussels communes</source>
        <translation>Gemeente (NIS): {value} is geen van de 19 Brusselse gemeenten</translation>
    </message>
    <message>
        <source>Police zone: {value} is not a Brussels police zone</source>
        <translation>Politiezone: {value} is geen Brusselse politiezone</translation>
    </message>
    <message>
        <source>Contact {n}: the name is required</source>
        <translation>Contactpersoon {n}: de naam is verplicht</translation>
    </message>
    <message>
        <source>Reference: {ref} is already used by another beneficiary</source>
        <translation>Referentie: {ref} wordt al door een andere begunstigde gebruikt</translation>
    </message>
    <message>
        <source>Enterprise number (BCE): {value} is already the number of beneficiary {other}</source>
        <translation>Ondernemingsnummer (KBO): {value} is al het nummer van begunstigde {other}</translation>
    </message>
    <message>
        <source>Commitment credits</source>
        <translation>Vastleggingskredieten</translation>
    </message>
    <message>
        <source>Payment credits</source>
        <translation>Vereffeningskredieten</translation>
    </message>
    <message>
        <source>{label}: must not be negative ({value})</source>
        <translation>{label}: mag niet negatief zijn ({value})</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Code: budget line {code} already exists in {year}</source>
        <translation>Code: basisallocatie {code} bestaat al in {year}</translation>
    </message>
    <message>
        <source>Commitment credits: {value} is below what the line&apos;s grants already use ({used})</source>
        <translation>Vastleggingskredieten: {value} is lager dan wat de subsidies van de basisallocatie al gebruiken ({used})</translation>
    </message>
    <message>
        <source>Payment credits: {value} is below what was already paid ({used})</source>
        <translation>Vereffeningskredieten: {value} is lager dan wat al betaald werd ({used})</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>subsidie</translation>
    </message>
    <message>
        <source>beneficiary</source>
        <translation>begunstigde</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>basisallocatie</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>betaling</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programma</translation>
    </message>
    <message>
        <source>application</source>
        <translation>kandidatuur</translation>
    </message>
    <message>
        <source>recovery claim</source>
        <translation>terugvordering</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>verantwoording</translation>
    </message>
    <message>
        <source>attachment</source>
        <extracomment>The kinds of file, in the order they are offered.</extracomment>
        <translation>bijlage</translation>
    </message>
    <message>
        <source>Kind: {kind} is not one of {kinds}</source>
        <extracomment>Size limit per file, in MB (1 MB = 1 048 576 bytes), unless the organisation setting ``attachment_max_mb`` (or the environment variable GRANTS_ATTACHMENT_MAX_MB) says otherwise.</extracomment>
        <translation>Soort: {kind} is niet een van {kinds}</translation>
    </message>
    <message>
        <source>{path}: {size} MB, more than the limit of {limit} MB per file</source>
        <translation>{path}: {size} MB, meer dan de limiet van {limit} MB per bestand</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: kan niet gelezen worden ({reason})</translation>
    </message>
    <message>
        <source>{path}: the file is empty</source>
        <translation>{path}: het bestand is leeg</translation>
    </message>
    <message>
        <source>no grant {ref}</source>
        <translation>geen subsidie {ref}</translation>
    </message>
    <message>
        <source>Justification {id} is not one of this grant&apos;s</source>
        <translation>Verantwoording {id} hoort niet bij deze subsidie</translation>
    </message>
    <message>
        <source>Payment {id} is not one of this grant&apos;s</source>
        <translation>Betaling {id} hoort niet bij deze subsidie</translation>
    </message>
    <message>
        <source>No {what} with identifier {key}</source>
        <translation>Niet gevonden: {what} met identificatienummer {key}</translation>
    </message>
    <message>
        <source>No {what} with reference {key}</source>
        <translation>Niet gevonden: {what} met referentie {key}</translation>
    </message>
    <message>
        <source>The {what} {key} was changed by {user} at {when} (UTC) after you opened it: nothing was saved; reopen it to see the change, then save again</source>
        <translation>{what} {key} is gewijzigd door {user} op {when} (UTC) nadat u het opende: er is niets opgeslagen; open het opnieuw om de wijziging te zien en sla dan opnieuw op</translation>
    </message>
    <message>
        <source>This database is open read-only ({reason}): nothing can be changed</source>
        <extracomment>The server-side advisory lock every writing transaction holds until it ends (PostgreSQL). The transaction-local setting that marks the application&apos;s own writes on a server (migration 0011). How long a write waits for another writer before it is refused as busy (nothing saved, the user told to try again): SQLite&apos;s busy timeout, PostgreSQL&apos;s lock_timeout, the same on both. The manifest (``snapshot.SnapshotInfo``) when the file is an auditor&apos;s snapshot. Who acts: on a server always the authenticated login (``user`` cannot change it); on SQLite the OS account, or ``user`` when a program (a test) names one explicitly.</extracomment>
        <translation>Deze databank is alleen-lezen geopend ({reason}): er kan niets worden gewijzigd</translation>
    </message>
    <message>
        <source>row {n}</source>
        <translation>rij {n}</translation>
    </message>
    <message>
        <source>column {c}</source>
        <translation>kolom {c}</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>Status: grant {ref} cannot go from {current} to {target} (allowed next: {allowed})</source>
        <translation>Status: subsidie {ref} kan niet van {current} naar {target} gaan (mogelijke volgende stappen: {allowed})</translation>
    </message>
    <message>
        <source>PGSP measures: no PGSP plan edition covers this year</source>
        <extracomment>operating or investment; None: what the budget line&apos;s economic class gives (checks.economic_nature) the co-financed project&apos;s total budget (None: not given, no ceiling) the project&apos;s other funders (name, amount, status); None keeps those recorded (none for a new grant) Why an edition applies to a year: it covers the year, the administration assigned it (setting pgsp_editions), or it is the nearest one (no edition covers the year, none assigned).</extracomment>
        <translation>Maatregelen van het GVPP: geen enkele editie van het GVPP dekt dit jaar</translation>
    </message>
    <message>
        <source>PGSP measures: {codes} not in the PGSP {edition}</source>
        <translation>Maatregelen van het GVPP: {codes} komt/komen niet voor in het GVPP {edition}</translation>
    </message>
    <message>
        <source>Amount: {amount} on budget line {code} ({year}) would bring its grants to {total}, above its commitment credits {credits} (available {available})</source>
        <translation>Bedrag: {amount} op basisallocatie {code} ({year}) zou de subsidies ervan op {total} brengen, boven de vastleggingskredieten van {credits} (beschikbaar {available})</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Beneficiary: choose an existing beneficiary</source>
        <translation>Begunstigde: kies een bestaande begunstigde</translation>
    </message>
    <message>
        <source>Budget line: choose an existing budget line</source>
        <translation>Basisallocatie: kies een bestaande basisallocatie</translation>
    </message>
    <message>
        <source>Amount: must be above zero ({amount})</source>
        <translation>Bedrag: moet hoger zijn dan nul ({amount})</translation>
    </message>
    <message>
        <source>Advance share: must be between 0 and 100 % ({share})</source>
        <translation>Aandeel voorschot: moet tussen 0 en 100 % liggen ({share})</translation>
    </message>
    <message>
        <source>Period: the end {end} is before the start {start}</source>
        <translation>Periode: het einde {end} ligt vóór het begin {start}</translation>
    </message>
    <message>
        <source>Programme: choose an existing programme</source>
        <translation>Programma: kies een bestaand programma</translation>
    </message>
    <message>
        <source>Reference: {ref} is already used by another grant</source>
        <translation>Referentie: {ref} wordt al door een andere subsidie gebruikt</translation>
    </message>
    <message>
        <source>Grant {ref} is {status}: after the decision, change its amount or period by an amendment</source>
        <translation>Subsidie {ref} heeft de status {status}: na het besluit wijzigt u het bedrag of de periode met een wijzigingsbesluit</translation>
    </message>
    <message>
        <source>Decision reference: this field is required</source>
        <translation>Referentie van het besluit: dit veld is verplicht</translation>
    </message>
    <message>
        <source>Decision date: this field is required</source>
        <translation>Datum van het besluit: dit veld is verplicht</translation>
    </message>
    <message>
        <source>PGSP measures: a decision needs at least one PGSP measure</source>
        <extracomment>Measures every grant of a programme kind must carry (FSE: 5.1 and 6.1, compulsory for the zones). The beneficiary categories each programme kind funds (domain.md &quot;Funding channels&quot;): the call for projects funds non-profits (and communes, as the LISA antennas call); the local plans (PLPP) the 19 communes; the European Summits Fund (FSE) the 6 police zones; direct grants the regional bodies, training schools and some ASBL.</extracomment>
        <translation>Maatregelen van het GVPP: een besluit vereist minstens één maatregel van het GVPP</translation>
    </message>
    <message>
        <source>PGSP measures: a grant of kind {kind} requires the measures {required} (missing {missing})</source>
        <translation>Maatregelen van het GVPP: een subsidie van het type {kind} vereist de maatregelen {required} (ontbreekt: {missing})</translation>
    </message>
    <message>
        <source>Programme: a programme of kind {kind} does not fund a beneficiary of category {category} (only {allowed})</source>
        <translation>Programma: een programma van het type {kind} financiert geen begunstigde van de categorie {category} (enkel {allowed})</translation>
    </message>
    <message>
        <source>Commitment date: {committed} with no decision recorded</source>
        <translation>Datum van vastlegging: {committed} zonder geregistreerd besluit</translation>
    </message>
    <message>
        <source>Commitment date: {committed} is before the decision of {decision} (decision, then commitment, then payment)</source>
        <translation>Datum van vastlegging: {committed} ligt vóór het besluit van {decision} (besluit, dan vastlegging, dan betaling)</translation>
    </message>
    <message>
        <source>Notification date: {notified} is before the decision {decided}</source>
        <translation>Datum van kennisgeving: {notified} ligt vóór het besluit van {decided}</translation>
    </message>
    <message>
        <source>Period: a decision needs the period of the activity (start and end)</source>
        <translation>Periode: een besluit vereist de periode van de activiteit (begin en einde)</translation>
    </message>
    <message>
        <source>{label}: {date} is not a plausible date (between {first} and {last})</source>
        <extracomment>The first date the application accepts (the Region&apos;s first subsidies: 1989). How many years after max(grant year, this year) a date may lie (deadlines, multi-year periods).</extracomment>
        <translation>{label}: {date} is geen plausibele datum (tussen {first} en {last})</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Datum van het besluit</translation>
    </message>
    <message>
        <source>Notification date</source>
        <translation>Datum van kennisgeving</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Begin van de periode</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Einde van de periode</translation>
    </message>
    <message>
        <source>Justification deadline</source>
        <translation>Uiterste datum voor de verantwoording</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ontvangen op</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Gecontroleerd op</translation>
    </message>
    <message>
        <source>Purpose: a decision needs the purpose of the grant</source>
        <translation>Doel: een besluit vereist het doel van de subsidie</translation>
    </message>
    <message>
        <source>Amount: a decision needs an amount above zero</source>
        <translation>Bedrag: een besluit vereist een bedrag groter dan nul</translation>
    </message>
    <message>
        <source>Budget line: a decision needs the budget line it is paid from</source>
        <translation>Begrotingslijn: een besluit vereist de begrotingslijn waarop het wordt betaald</translation>
    </message>
    <message>
        <source>Required documents: a decision needs the list of supporting documents</source>
        <translation>Vereiste stukken: een besluit vereist de lijst van de bewijsstukken</translation>
    </message>
    <message>
        <source>Justification deadline: a decision needs the deadline for the supporting documents</source>
        <translation>Uiterste datum voor de verantwoording: een besluit vereist de uiterste datum voor de bewijsstukken</translation>
    </message>
    <message>
        <source>Notification date: {notified} is before the commitment of {committed}</source>
        <translation>Datum van kennisgeving: {notified} ligt vóór de vastlegging van {committed}</translation>
    </message>
    <message>
        <source>Payment date: {paid} with no commitment</source>
        <translation>Datum van betaling: {paid} zonder vastlegging</translation>
    </message>
    <message>
        <source>Payment date: {paid} is before the commitment of {committed}</source>
        <translation>Datum van betaling: {paid} ligt vóór de vastlegging van {committed}</translation>
    </message>
    <message>
        <source>Payment date: {paid} is before the decision of {decision}</source>
        <translation>Datum van betaling: {paid} ligt vóór het besluit van {decision}</translation>
    </message>
    <message>
        <source>Payment date: {paid} is before the notification of {notified}</source>
        <translation>Datum van betaling: {paid} ligt vóór de kennisgeving van {notified}</translation>
    </message>
    <message>
        <source>Name: an indicator needs a name</source>
        <translation>Naam: een indicator heeft een naam nodig</translation>
    </message>
    <message>
        <source>PGSP measure: an indicator is tied to one of the grant&apos;s measures ({codes})</source>
        <translation>GVPP-maatregel: een indicator hoort bij een van de maatregelen van de subsidie ({codes})</translation>
    </message>
    <message>
        <source>PGSP measure: {code} is not a measure of grant {ref} (its measures: {codes})</source>
        <translation>GVPP-maatregel: {code} is geen maatregel van subsidie {ref} (haar maatregelen: {codes})</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Gerealiseerd</translation>
    </message>
    <message>
        <source>{label}: must be zero or more ({value})</source>
        <translation>{label}: moet nul of meer zijn ({value})</translation>
    </message>
    <message>
        <source>Commitment amount: {year} is provisional (twelfths) and budget line {code} has no credits in {previous} to take twelfths of</source>
        <translation>Bedrag van de vastlegging: {year} werkt met voorlopige twaalfden en basisallocatie {code} heeft geen kredieten in {previous} om twaalfden van te nemen</translation>
    </message>
    <message>
        <source>Commitment amount: {year} is provisional: by the end of month {month} budget line {code} may commit {month}/12 of its {previous} credits {credits}, that is {limit}; {amount} would bring it to {total} (available {available})</source>
        <translation>Bedrag van de vastlegging: {year} werkt met voorlopige twaalfden: tegen het einde van maand {month} mag basisallocatie {code} {month}/12 van haar kredieten {previous} van {credits} vastleggen, dus {limit}; {amount} zou ze op {total} brengen (beschikbaar {available})</translation>
    </message>
    <message>
        <source>Convention: grant {ref} amounts to {amount}, not above {threshold}: a convention is required only above the Government-decision threshold</source>
        <translation>Overeenkomst: subsidie {ref} bedraagt {amount}, niet boven {threshold}: een overeenkomst is pas vereist boven de drempel voor een beslissing van de Regering</translation>
    </message>
    <message>
        <source>Decision letter</source>
        <extracomment>The name of each kind of letter, as a refusal shows it (translated in the context &quot;rules&quot;).</extracomment>
        <translation>Beslissingsbrief</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Overeenkomst</translation>
    </message>
    <message>
        <source>Notification letter</source>
        <translation>Kennisgevingsbrief</translation>
    </message>
    <message>
        <source>Advance payment notice</source>
        <translation>Bericht van betaling van het voorschot</translation>
    </message>
    <message>
        <source>Balance payment notice</source>
        <translation>Bericht van betaling van het saldo</translation>
    </message>
    <message>
        <source>Reminder letter</source>
        <translation>Herinneringsbrief</translation>
    </message>
    <message>
        <source>Recovery claim letter</source>
        <translation>Terugvorderingsbrief</translation>
    </message>
    <message>
        <source>Closure letter</source>
        <translation>Afsluitingsbrief</translation>
    </message>
    <message>
        <source>{kind}: grant {ref} is {status}: no decision recorded yet</source>
        <translation>{kind}: subsidie {ref} is {status}: nog geen besluit geregistreerd</translation>
    </message>
    <message>
        <source>{kind}: grant {ref} is {status}: not committed yet</source>
        <translation>{kind}: subsidie {ref} is {status}: nog niet vastgelegd</translation>
    </message>
    <message>
        <source>{kind}: grant {ref} is {status}: no advance prepared or paid</source>
        <translation>{kind}: subsidie {ref} is {status}: geen voorschot voorbereid of betaald</translation>
    </message>
    <message>
        <source>{kind}: grant {ref} is {status}: no balance prepared or paid</source>
        <translation>{kind}: subsidie {ref} is {status}: geen saldo voorbereid of betaald</translation>
    </message>
    <message>
        <source>{kind}: grant {ref} is {status}: no open recovery claim</source>
        <translation>{kind}: subsidie {ref} is {status}: geen openstaande terugvordering</translation>
    </message>
    <message>
        <source>{kind}: grant {ref} is {status}: neither a late justification nor an open recovery claim to remind</source>
        <translation>{kind}: subsidie {ref} is {status}: geen laattijdige verantwoording of openstaande terugvordering om aan te herinneren</translation>
    </message>
    <message>
        <source>{kind}: grant {ref} is {status}: not closed</source>
        <translation>{kind}: subsidie {ref} is {status}: niet afgesloten</translation>
    </message>
    <message>
        <source>Amount: the PLPP subsidy of {commune} would move from {previous} ({before}) to {amount} in {year} ({change} %), outside the allowed -1 % / +2 % ({low} to {high}); record a derogation with its reason to allow it</source>
        <extracomment>How far a commune&apos;s PLPP subsidy may move from the previous year&apos;s: -1 % to +2 %.</extracomment>
        <translation>Bedrag: de PLPP-subsidie van {commune} zou gaan van {previous} ({before}) naar {amount} in {year} ({change} %), buiten de toegelaten -1 % / +2 % ({low} tot {high}); registreer een gemotiveerde afwijking om dit toe te staan</translation>
    </message>
    <message>
        <source>Share: the share of {commune} must be zero or more ({share})</source>
        <translation>Aandeel: het aandeel van {commune} moet nul of meer zijn ({share})</translation>
    </message>
    <message>
        <source>Share: the shares of the key add up to {total} %, not 100 %</source>
        <translation>Aandeel: de aandelen van de verdeelsleutel tellen op tot {total} %, niet 100 %</translation>
    </message>
    <message>
        <source>Peace guardians</source>
        <extracomment>The staff a local plan funds, counted per activity (field -&gt; label).</extracomment>
        <translation>Gemeenschapswachten</translation>
    </message>
    <message>
        <source>Street educators</source>
        <translation>Straathoekwerkers</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Bemiddelaars</translation>
    </message>
    <message>
        <source>Title: an activity needs a title</source>
        <translation>Titel: een activiteit heeft een titel nodig</translation>
    </message>
    <message>
        <source>Thematic: choose one of the PGSP thematics T{first} to T{last}</source>
        <translation>Thema: kies een van de GVPP-thema&apos;s T{first} tot T{last}</translation>
    </message>
    <message>
        <source>{label}: must be a count of people, zero or more ({value})</source>
        <translation>{label}: moet een aantal personen zijn, nul of meer ({value})</translation>
    </message>
    <message>
        <source>Amount: grant {ref} (European Summits Fund) is paid up to the justified amount {justified}; {amount} would bring payments to {total} (at most {available} more)</source>
        <translation>Bedrag: subsidie {ref} (Fonds Europese Toppen) wordt betaald tot het verantwoorde bedrag {justified}; {amount} zou de betalingen op {total} brengen (hoogstens {available} meer)</translation>
    </message>
    <message>
        <source>Project budget: must be above zero ({amount})</source>
        <extracomment>First digit of the economic class (the code&apos;s third group, 25.002.63.21 -&gt; 63.21) of capital transfers: 5x to enterprises, households and non-profits, 6x to other public authorities.</extracomment>
        <translation>Projectbegroting: moet groter zijn dan nul ({amount})</translation>
    </message>
    <message>
        <source>Other funders: row {row} needs the funder&apos;s name</source>
        <translation>Andere financiers: rij {row} heeft de naam van de financier nodig</translation>
    </message>
    <message>
        <source>Other funders: row {row} needs an amount above zero</source>
        <translation>Andere financiers: rij {row} heeft een bedrag groter dan nul nodig</translation>
    </message>
    <message>
        <source>Amount: {amount} is above the project&apos;s total budget {budget} minus its other funders {other} (at most {ceiling})</source>
        <translation>Bedrag: {amount} is hoger dan de totale begroting van het project {budget} min de andere financiers {other} (hoogstens {ceiling})</translation>
    </message>
    <message>
        <source>Opinions: an amount of {amount} requires the opinion &apos;{kind}&apos; dated on or before the decision</source>
        <translation>Adviezen: een bedrag van {amount} vereist het advies &apos;{kind}&apos;, gedateerd uiterlijk op de dag van het besluit</translation>
    </message>
    <message>
        <source>Status: grant {ref} is {status}; only a decided grant can be committed</source>
        <translation>Status: subsidie {ref} heeft de status {status}; enkel een besliste subsidie kan worden vastgelegd</translation>
    </message>
    <message>
        <source>Commitment date</source>
        <translation>Datum van vastlegging</translation>
    </message>
    <message>
        <source>Commitment amount: nothing left to commit on grant {ref} ({committed} of {granted} committed)</source>
        <translation>Bedrag van de vastlegging: niets meer vast te leggen op subsidie {ref} ({committed} van {granted} vastgelegd)</translation>
    </message>
    <message>
        <source>Commitment amount: {amount} would bring grant {ref} to {total} committed, above its amount {granted}</source>
        <translation>Bedrag van de vastlegging: {amount} zou de vastlegging van subsidie {ref} op {total} brengen, boven het bedrag van {granted}</translation>
    </message>
    <message>
        <source>Commitment amount: {amount} would bring budget line {code} ({year}) to {total} committed, above its commitment credits {credits}</source>
        <translation>Bedrag van de vastlegging: {amount} zou de vastleggingen op basisallocatie {code} ({year}) op {total} brengen, boven de vastleggingskredieten van {credits}</translation>
    </message>
    <message>
        <source>Status: grant {ref} is {status}; only a decided, open grant is amended (edit a draft directly)</source>
        <translation>Status: subsidie {ref} heeft de status {status}; enkel een besliste, niet-afgesloten subsidie wordt gewijzigd met een wijzigingsbesluit (een ontwerp wijzigt u rechtstreeks)</translation>
    </message>
    <message>
        <source>Amendment: change the amount or the period</source>
        <translation>Wijzigingsbesluit: wijzig het bedrag of de periode</translation>
    </message>
    <message>
        <source>Amount change: the new amount {amount} would be below what was already paid {paid}</source>
        <translation>Wijziging van het bedrag: het nieuwe bedrag {amount} zou lager zijn dan wat al betaald werd ({paid})</translation>
    </message>
    <message>
        <source>Amendment date: {date} is before the decision or a previous amendment</source>
        <translation>Datum van het wijzigingsbesluit: {date} ligt vóór het besluit of een vorig wijzigingsbesluit</translation>
    </message>
    <message>
        <source>Status: grant {ref} still has payments waiting for approval</source>
        <translation>Status: subsidie {ref} heeft nog betalingen die op goedkeuring wachten</translation>
    </message>
    <message>
        <source>Status: grant {ref} has an open recovery claim; it closes when the claim is paid or cancelled</source>
        <translation>Status: subsidie {ref} heeft een openstaande terugvordering; ze wordt afgesloten wanneer de terugvordering betaald of geannuleerd is</translation>
    </message>
    <message>
        <source>Balance: grant {ref} still has a balance of {balance}; pay it or claim it back before closing</source>
        <translation>Saldo: subsidie {ref} heeft nog een saldo van {balance}; betaal het of vorder het terug vóór de afsluiting</translation>
    </message>
    <message>
        <source>... and {n} more problems (correct these, then import again)</source>
        <extracomment>Size of the .xlsx file. Size of its sheets once unpacked (a small file can unpack to gigabytes). Rows read over all sheets, blank rows included (they cost as much to read). Problems listed; the others are counted (&quot;and N more&quot;). Keep every added and changed row in :attr:`changes` (what a preview shows); an import that writes keeps only the counts (200 000 rows&apos; details would double its memory).</extracomment>
        <translation>... en nog {n} problemen (verbeter deze en importeer opnieuw)</translation>
    </message>
    <message>
        <source>File {file}: {size} MB, more than the {limit} MB one import accepts; split the workbook</source>
        <translation>Bestand {file}: {size} MB, meer dan de {limit} MB die één import aanvaardt; splits de werkmap</translation>
    </message>
    <message>
        <source>File {file}: {size} MB once unpacked, more than the {limit} MB one import accepts; split the workbook</source>
        <translation>Bestand {file}: {size} MB na uitpakken, meer dan de {limit} MB die één import aanvaardt; splits de werkmap</translation>
    </message>
    <message>
        <source>File {file}: {rows} rows, more than the {limit} one import accepts (blank rows count: delete them); split the workbook</source>
        <translation>Bestand {file}: {rows} rijen, meer dan de {limit} die één import aanvaardt (lege rijen tellen mee: verwijder ze); splits de werkmap</translation>
    </message>
    <message>
        <source>File {file}: not a readable Excel workbook ({error})</source>
        <extracomment>sheet -&gt; columns, all required other spellings accepted for a sheet or a column (those of resources/reference&apos;s CSV files)</extracomment>
        <translation>Bestand {file}: geen leesbare Excel-werkmap ({error})</translation>
    </message>
    <message>
        <source>Unknown sheet (expected {expected})</source>
        <extracomment>Whole floats below 2**53 are exact integers (openpyxl read a ``1234567890123456`` cell as int). Cells (rows x columns) of the sheets kept loaded between their header and their rows: the large import (71 500 grants, 128 700 payments) keeps 1.64 million, ~60 MB, without raising its peak (reached while the payments are planned, when the grants&apos; sheet is gone); each sheet not kept costs its loading twice (~0.7 s for the grants).</extracomment>
        <translation>Onbekend blad (verwacht: {expected})</translation>
    </message>
    <message>
        <source>Unknown column (expected {expected})</source>
        <translation>Onbekende kolom (verwacht: {expected})</translation>
    </message>
    <message>
        <source>Column appears twice</source>
        <translation>De kolom komt twee keer voor</translation>
    </message>
    <message>
        <source>Required column is missing</source>
        <translation>Een verplichte kolom ontbreekt</translation>
    </message>
    <message>
        <source>Value in a column without a header</source>
        <translation>Waarde in een kolom zonder kop</translation>
    </message>
    <message>
        <source>A value is required</source>
        <translation>Een waarde is verplicht</translation>
    </message>
    <message>
        <source>At most {max} characters</source>
        <translation>Ten hoogste {max} tekens</translation>
    </message>
    <message>
        <source>{value} is not one of {allowed}</source>
        <translation>{value} is niet een van {allowed}</translation>
    </message>
    <message>
        <source>{key} already appears on row {first}</source>
        <translation>{key} komt al voor op rij {first}</translation>
    </message>
    <message>
        <source>{value} is not the NIS code of one of the 19 Brussels communes</source>
        <extracomment>SQLite&apos;s page cache during an import, in KiB (the connection&apos;s usual 64 MiB kept the whole import&apos;s pages in the process: 200 000 rows then peaked near 400 MB; beyond this, SQLite spills the transaction&apos;s pages to the WAL file, still all or nothing). The &quot;before&quot; of every added row (one shared empty mapping: nothing before an add).</extracomment>
        <translation>{value} is niet de NIS-code van een van de 19 Brusselse gemeenten</translation>
    </message>
    <message>
        <source>{value} is not a Brussels police zone</source>
        <translation>{value} is geen Brusselse politiezone</translation>
    </message>
    <message>
        <source>Enterprise number {value} already belongs to beneficiary {other}</source>
        <translation>Ondernemingsnummer {value} behoort al toe aan begunstigde {other}</translation>
    </message>
    <message>
        <source>{closes} is before the opening {opens}</source>
        <translation>{closes} ligt vóór de opening op {opens}</translation>
    </message>
    <message>
        <source>The end {end} is before the start {start}</source>
        <translation>Het einde {end} ligt vóór het begin {start}</translation>
    </message>
    <message>
        <source>The amount must be above zero ({amount})</source>
        <translation>Het bedrag moet hoger zijn dan nul ({amount})</translation>
    </message>
    <message>
        <source>A decision reference needs its decision date</source>
        <translation>Een referentie van een besluit vereist de datum van het besluit</translation>
    </message>
    <message>
        <source>No beneficiary {ref} (in this workbook or the database)</source>
        <translation>Geen begunstigde {ref} (in deze werkmap of in de databank)</translation>
    </message>
    <message>
        <source>No programme {ref} (in this workbook or the database)</source>
        <translation>Geen programma {ref} (in deze werkmap of in de databank)</translation>
    </message>
    <message>
        <source>No budget line {code} in {year} (a grant commits the line of its own year)</source>
        <translation>Geen basisallocatie {code} in {year} (een subsidie wordt vastgelegd op de basisallocatie van haar eigen jaar)</translation>
    </message>
    <message>
        <source>No PGSP plan edition covers {year}</source>
        <translation>Geen enkele editie van het GVPP dekt {year}</translation>
    </message>
    <message>
        <source>{codes} not in the PGSP {edition}</source>
        <translation>{codes} komt/komen niet voor in het GVPP {edition}</translation>
    </message>
    <message>
        <source>Grant {ref} exists with another {column}; it cannot be moved by an import</source>
        <translation>Subsidie {ref} bestaat met een andere waarde voor {column}; een import kan ze niet verplaatsen</translation>
    </message>
    <message>
        <source>Grant {ref} already has payments: its decision date cannot change</source>
        <translation>Op subsidie {ref} zijn al betalingen gebeurd: de datum van het besluit kan niet meer wijzigen</translation>
    </message>
    <message>
        <source>The amount must not be zero</source>
        <translation>Het bedrag mag niet nul zijn</translation>
    </message>
    <message>
        <source>No grant {ref} (in this workbook or the database)</source>
        <extracomment>Audit entries written at a time by the import (same transaction: all or nothing still).</extracomment>
        <translation>Geen subsidie {ref} (in deze werkmap of in de databank)</translation>
    </message>
    <message>
        <source>Payment {reference} of grant {ref} is managed in the application and cannot be changed by an import</source>
        <translation>Betaling {reference} van subsidie {ref} wordt in de toepassing beheerd en kan niet door een import worden gewijzigd</translation>
    </message>
    <message>
        <source>Status: grant {ref} is {status}; a justification is received for a committed grant</source>
        <translation>Status: subsidie {ref} heeft de status {status}; een verantwoording wordt ontvangen voor een vastgelegde subsidie</translation>
    </message>
    <message>
        <source>Received on: {date} is before the decision of {decision}</source>
        <translation>Ontvangen op: {date} ligt vóór het besluit van {decision}</translation>
    </message>
    <message>
        <source>Checked on: {date} is before the reception {received}</source>
        <translation>Gecontroleerd op: {date} ligt vóór de ontvangst op {received}</translation>
    </message>
    <message>
        <source>Expenses: give at least one expense category</source>
        <translation>Uitgaven: vul minstens één uitgavencategorie in</translation>
    </message>
    <message>
        <source>Expenses, line {n}: amounts must not be negative</source>
        <translation>Uitgaven, rij {n}: de bedragen mogen niet negatief zijn</translation>
    </message>
    <message>
        <source>Expenses, line {n} ({category}): accepted {accepted} is above claimed {claimed}</source>
        <translation>Uitgaven, rij {n} ({category}): het aanvaarde bedrag {accepted} is hoger dan het ingediende {claimed}</translation>
    </message>
    <message>
        <source>Status: grant {ref} is {status}; settle it once its justification is received</source>
        <translation>Status: subsidie {ref} heeft de status {status}; het saldo wordt afgerekend zodra de verantwoording ontvangen is</translation>
    </message>
    <message>
        <source>Paid above the accepted expenses</source>
        <translation>Meer betaald dan de aanvaarde uitgaven</translation>
    </message>
    <message>
        <source>Kind: money paid back is recorded on its recovery claim, not as a payment</source>
        <translation>Soort: een terugbetaald bedrag wordt op de terugvordering geregistreerd, niet als betaling</translation>
    </message>
    <message>
        <source>Status: a payment of kind {kind} is not possible on grant {ref}, which is {status}</source>
        <translation>Status: een betaling van de soort {kind} is niet mogelijk op subsidie {ref}, die de status {status} heeft</translation>
    </message>
    <message>
        <source>Beneficiary: payments are blocked while recovery claim {communication} of {amount} is open</source>
        <translation>Begunstigde: de betalingen zijn geblokkeerd zolang terugvordering {communication} van {amount} openstaat</translation>
    </message>
    <message>
        <source>Date: grant {ref} is not committed yet; commit it before paying</source>
        <translation>Datum: subsidie {ref} is nog niet vastgelegd; leg ze vast vóór de betaling</translation>
    </message>
    <message>
        <source>Date: payment of {date} is before the commitment of {committed} (decision, then commitment, then payment)</source>
        <translation>Datum: de betaling van {date} ligt vóór de vastlegging van {committed} (besluit, dan vastlegging, dan betaling)</translation>
    </message>
    <message>
        <source>Amount: {amount} would bring payments on grant {ref} to {total}, above what is committed {committed} (granted {granted})</source>
        <translation>Bedrag: {amount} zou de betalingen op subsidie {ref} op {total} brengen, boven het vastgelegde bedrag van {committed} (toegekend {granted})</translation>
    </message>
    <message>
        <source>Amount: the advance would reach {total}, above {share} % of the grant ({limit})</source>
        <translation>Bedrag: het voorschot zou {total} bereiken, boven {share} % van de subsidie ({limit})</translation>
    </message>
    <message>
        <source>Amount: {amount} is above the balance due {balance} (accepted {accepted}, granted {granted}, paid {paid})</source>
        <translation>Bedrag: {amount} is hoger dan het verschuldigde saldo van {balance} (aanvaard {accepted}, toegekend {granted}, betaald {paid})</translation>
    </message>
    <message>
        <source>Derogation: the justification arrived on {received}, after the deadline {deadline}; record the derogation that allows this payment</source>
        <translation>Afwijking: de verantwoording kwam binnen op {received}, na de uiterste datum {deadline}; registreer de afwijking die deze betaling toestaat</translation>
    </message>
    <message>
        <source>Date: there is no budget line {code} in {year} to pay from (payment credits)</source>
        <translation>Datum: er is geen basisallocatie {code} in {year} om van te betalen (vereffeningskredieten)</translation>
    </message>
    <message>
        <source>Amount: {amount} would bring {year} payments on budget line {code} to {total}, above its payment credits {credits} (available {available})</source>
        <translation>Bedrag: {amount} zou de betalingen van {year} op basisallocatie {code} op {total} brengen, boven de vereffeningskredieten van {credits} (beschikbaar {available})</translation>
    </message>
    <message>
        <source>Status: payment {id} is {status}; only a prepared payment can be approved</source>
        <translation>Status: betaling {id} heeft de status {status}; enkel een voorbereide betaling kan worden goedgekeurd</translation>
    </message>
    <message>
        <source>Approval: {user} prepared this payment and may not approve it too (separation of duties)</source>
        <translation>Goedkeuring: {user} heeft deze betaling voorbereid en mag ze niet ook goedkeuren (functiescheiding)</translation>
    </message>
    <message>
        <source>Status: payment {id} is {status}; only a prepared payment can be cancelled</source>
        <translation>Status: betaling {id} heeft de status {status}; enkel een voorbereide betaling kan worden geannuleerd</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind: {value} is not one of {allowed}</source>
        <translation>Soort: {value} is niet een van {allowed}</translation>
    </message>
    <message>
        <source>Envelope: must not be negative ({value})</source>
        <translation>Enveloppe: mag niet negatief zijn ({value})</translation>
    </message>
    <message>
        <source>Closes: {closes} is before the opening {opens}</source>
        <translation>Sluiting: {closes} ligt vóór de opening op {opens}</translation>
    </message>
    <message>
        <source>Requested amount: must be above zero ({amount})</source>
        <translation>Gevraagd bedrag: moet hoger zijn dan nul ({amount})</translation>
    </message>
    <message>
        <source>Received on: {date} is after the call closed ({closes})</source>
        <translation>Ontvangen op: {date} ligt na de sluiting van de oproep ({closes})</translation>
    </message>
    <message>
        <source>Admissibility: say why the application is not admissible</source>
        <translation>Ontvankelijkheid: vermeld waarom de kandidatuur niet ontvankelijk is</translation>
    </message>
    <message>
        <source>Scores: only an admissible application is scored ({ref})</source>
        <translation>Scores: enkel een ontvankelijke kandidatuur krijgt een score ({ref})</translation>
    </message>
    <message>
        <source>{label}: the score must be between 0 and 10 ({value})</source>
        <translation>{label}: de score moet tussen 0 en 10 liggen ({value})</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevantie</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efficiëntie</translation>
    </message>
    <message>
        <source>Effectiveness</source>
        <translation>Doeltreffendheid</translation>
    </message>
    <message>
        <source>Selection: application {ref} must be admissible and scored before it is selected</source>
        <translation>Selectie: kandidatuur {ref} moet ontvankelijk zijn en een score hebben voordat ze geselecteerd wordt</translation>
    </message>
    <message>
        <source>Selection: application {ref} already became a grant</source>
        <translation>Selectie: kandidatuur {ref} werd al een subsidie</translation>
    </message>
    <message>
        <source>Application {ref} is not part of this call</source>
        <translation>Kandidatuur {ref} maakt geen deel uit van deze oproep</translation>
    </message>
    <message>
        <source>Selection: no selected application is waiting to become a grant</source>
        <translation>Selectie: er wacht geen geselecteerde kandidatuur om een subsidie te worden</translation>
    </message>
    <message>
        <source>Selection: only a selected application not granted yet can wait ({ref})</source>
        <translation>Selectie: alleen een geselecteerde, nog niet toegekende kandidatuur kan wachten ({ref})</translation>
    </message>
    <message>
        <source>Selection: application {ref} is not a selected application waiting for its grant</source>
        <translation>Selectie: kandidatuur {ref} is geen geselecteerde kandidatuur die op haar subsidie wacht</translation>
    </message>
    <message>
        <source>Status: recovery claim {communication} is {status}</source>
        <translation>Status: terugvordering {communication} heeft de status {status}</translation>
    </message>
    <message>
        <source>Amount: {amount} must be above zero and at most the {left} still due on claim {communication}</source>
        <translation>Bedrag: {amount} moet hoger zijn dan nul en ten hoogste de {left} die nog verschuldigd is op terugvordering {communication}</translation>
    </message>
    <message>
        <source>Date: {date} is before the claim of {claimed}</source>
        <translation>Datum: {date} ligt vóór de terugvordering van {claimed}</translation>
    </message>
    <message>
        <source>Years: the last year {to} is before the first {first}</source>
        <extracomment>Where the shared grant aggregates read: the session, or its Core connection (plain rows, no ORM result machinery: what the long lists use). granted amounts by category, year and nature (operating, investment): report 8.4.2&apos;s split</extracomment>
        <translation>Jaren: het laatste jaar {to} ligt vóór het eerste {first}</translation>
    </message>
    <message>
        <source>Years: {first} to {to} is more than 30 years</source>
        <translation>Jaren: van {first} tot {to} is meer dan 30 jaar</translation>
    </message>
    <message>
        <source>Beneficiary {ref} has no grant in {year}: there is no statement to write</source>
        <translation>Begunstigde {ref} heeft geen subsidie in {year}: er is geen overzicht op te stellen</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>dossierbeheerder</translation>
    </message>
    <message>
        <source>finance</source>
        <translation>financiën</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>Role: {value} is not one of officer, finance, auditor, admin</source>
        <translation>Rol: {value} is niet een van officer, finance, auditor, admin</translation>
    </message>
    <message>
        <source>User: give the OS user name (no spaces, at most {n} characters)</source>
        <translation>Gebruiker: geef de gebruikersnaam van het systeem (zonder spaties, ten hoogste {n} tekens)</translation>
    </message>
    <message>
        <source>Roles: the server has no group role {group}; the owner runs grants init with CREATEROLE, or the database administrator creates it</source>
        <translation>Rollen: de server heeft geen grouprol {group}; de eigenaar voert grants init uit met CREATEROLE, of de databankbeheerder maakt ze aan</translation>
    </message>
    <message>
        <source>User: a server login has at most {n} characters</source>
        <translation>Gebruiker: een serverlogin telt hoogstens {n} tekens</translation>
    </message>
    <message>
        <source>Roles: the server does not let {login} create the login {user} or change its group role (it needs CREATEROLE; ask the database administrator); nothing was changed</source>
        <translation>Rollen: de server laat {login} niet toe de login {user} aan te maken of de grouprol ervan te wijzigen (CREATEROLE is nodig; vraag het aan de databankbeheerder); er werd niets gewijzigd</translation>
    </message>
    <message>
        <source>Roles: nobody has a role yet; first give yourself the admin role (grants roles set {user} admin), so that you cannot lock yourself out</source>
        <translation>Rollen: niemand heeft al een rol; geef uzelf eerst de rol admin (grants roles set {user} admin), zodat u uzelf niet buitensluit</translation>
    </message>
    <message>
        <source>Roles: {user} is the last admin; name another admin first</source>
        <translation>Rollen: {user} is de laatste beheerder; wijs eerst een andere beheerder aan</translation>
    </message>
    <message>
        <source>User {user} has no role to remove</source>
        <translation>Gebruiker {user} heeft geen rol die kan worden ingetrokken</translation>
    </message>
    <message>
        <source>User {user} has no role in this database: ask an administrator</source>
        <extracomment>What each role may do. &quot;write&quot; is any change to grants data.</extracomment>
        <translation>Gebruiker {user} heeft geen rol in deze databank: richt u tot een beheerder</translation>
    </message>
    <message>
        <source>User {user} ({role}) may not do this: {permission} is not allowed for the role</source>
        <translation>Gebruiker {user} ({role}) mag dit niet doen: {permission} is niet toegestaan voor deze rol</translation>
    </message>
    <message>
        <source>Output: {path} is a folder, not a file</source>
        <translation>Uitvoer: {path} is een map, geen bestand</translation>
    </message>
    <message>
        <source>Payments: no approved payment is waiting to be sent to the bank</source>
        <translation>Betalingen: er wacht geen goedgekeurde betaling om naar de bank te worden verstuurd</translation>
    </message>
    <message>
        <source>IBAN: beneficiary {ref} ({name}) has no valid account number; payment {id} of {amount} on grant {grant} cannot be sent</source>
        <translation>IBAN: begunstigde {ref} ({name}) heeft geen geldig rekeningnummer; betaling {id} van {amount} op subsidie {grant} kan niet worden verstuurd</translation>
    </message>
    <message>
        <source>Output: the SEPA file {msg} is recorded (its payments are marked as sent) but could not be written to {path} ({error}); run grants export sepa --reissue {msg} --out FILE</source>
        <translation>Uitvoer: het SEPA-bestand {msg} is geregistreerd (de betalingen ervan zijn als verzonden gemarkeerd) maar kon niet naar {path} geschreven worden ({error}); voer grants export sepa --reissue {msg} --out BESTAND uit</translation>
    </message>
    <message>
        <source>Message id: no SEPA file {msg} in this database</source>
        <translation>Berichtidentificatie: geen SEPA-bestand {msg} in deze databank</translation>
    </message>
    <message>
        <source>Message id: the SEPA file {msg} kept in the database does not match its checksum; it is not written</source>
        <translation>Berichtidentificatie: het SEPA-bestand {msg} in de databank komt niet overeen met zijn controlesom; het wordt niet geschreven</translation>
    </message>
    <message>
        <source>Snapshot: only a database file (SQLite) can be copied, not {url}</source>
        <translation>Momentopname: enkel een databankbestand (SQLite) kan worden gekopieerd, niet {url}</translation>
    </message>
    <message>
        <source>Snapshot: the database {path} does not exist</source>
        <translation>Momentopname: de databank {path} bestaat niet</translation>
    </message>
    <message>
        <source>Output: the snapshot cannot replace the database itself</source>
        <translation>Uitvoer: de momentopname kan de databank zelf niet vervangen</translation>
    </message>
    <message>
        <source>Output: {path} already exists; choose another file name</source>
        <translation>Uitvoer: {path} bestaat al; kies een andere bestandsnaam</translation>
    </message>
    <message>
        <source>Output: the folder {path} does not exist</source>
        <translation>Uitvoer: de map {path} bestaat niet</translation>
    </message>
    <message>
        <source>Snapshot: the server database {url} is not at the latest schema ({revision}); run grants init on it first</source>
        <extracomment>``.NAME.PID-RANDOM.part`` (and its rollback journal): a snapshot being written by process PID.</extracomment>
        <translation>Momentopname: de serverdatabank {url} heeft niet het laatste schema ({revision}); voer er eerst grants init op uit</translation>
    </message>
    <message>
        <source>Snapshot: {path} is already a snapshot; copy the file itself</source>
        <translation>Momentopname: {path} is al een momentopname; kopieer het bestand zelf</translation>
    </message>
    <message>
        <source>Not a snapshot: {path} has no manifest</source>
        <translation>Geen momentopname: {path} heeft geen manifest</translation>
    </message>
    <message>
        <source>Damaged file: {path} does not exist or is not a file</source>
        <translation>Beschadigd bestand: {path} bestaat niet of is geen bestand</translation>
    </message>
    <message>
        <source>Damaged file: {path} is not a SQLite database</source>
        <translation>Beschadigd bestand: {path} is geen SQLite-databank</translation>
    </message>
    <message>
        <source>Damaged file: {path} cannot be opened ({detail})</source>
        <translation>Beschadigd bestand: {path} kan niet worden geopend ({detail})</translation>
    </message>
    <message>
        <source>Damaged file: the SQLite integrity check failed ({detail})</source>
        <translation>Beschadigd bestand: de integriteitscontrole van SQLite is mislukt ({detail})</translation>
    </message>
    <message>
        <source>Damaged file: the manifest cannot be read ({detail})</source>
        <translation>Beschadigd bestand: het manifest kan niet worden gelezen ({detail})</translation>
    </message>
    <message>
        <source>Not a snapshot: {path} has no manifest (take one with grants snapshot)</source>
        <translation>Geen momentopname: {path} heeft geen manifest (neem er een met grants snapshot)</translation>
    </message>
    <message>
        <source>Snapshot altered: its hash (manifest and content) is {found}, not the {expected} sent with it</source>
        <translation>Momentopname gewijzigd: de hash (manifest en inhoud) is {found}, niet de {expected} die ermee werd verstuurd</translation>
    </message>
    <message>
        <source>Earlier snapshot {path}: {problem}</source>
        <translation>Eerdere momentopname {path}: {problem}</translation>
    </message>
    <message>
        <source>Since: {value} is neither a snapshot file nor an audit head (ID:HASH) printed by grants snapshot</source>
        <translation>Sinds: {value} is geen momentopnamebestand en geen audithoofd (ID:HASH) getoond door grants snapshot</translation>
    </message>
    <message>
        <source>History rewritten since {head}: that entry is now number {found}, entries were removed or inserted before it</source>
        <translation>Geschiedenis herschreven sinds {head}: die registratie heeft nu nummer {found}, er werden registraties verwijderd of ingevoegd ervoor</translation>
    </message>
    <message>
        <source>History cut short since {head}: the audit trail now ends at entry {last}</source>
        <translation>Geschiedenis ingekort sinds {head}: de audittrail eindigt nu bij registratie {last}</translation>
    </message>
    <message>
        <source>History rewritten since {head}: entry {id} no longer has that hash</source>
        <translation>Geschiedenis herschreven sinds {head}: registratie {id} heeft die hash niet meer</translation>
    </message>
    <message>
        <source>History rewritten or removed since {head}: no entry of the audit trail has that hash</source>
        <translation>Geschiedenis herschreven of verwijderd sinds {head}: geen registratie van de audittrail heeft die hash</translation>
    </message>
    <message>
        <source>File altered: its bytes no longer match the seal written when the snapshot was taken</source>
        <translation>Bestand gewijzigd: de inhoud stemt niet meer overeen met de zegel die bij het nemen van de momentopname werd geschreven</translation>
    </message>
    <message>
        <source>Attachment altered: {file} of grant {grant} no longer has its SHA-256 {expected} (found {found})</source>
        <extracomment>/2: rows hashed as their Python repr (a canonical, unambiguous encoding of SQLite&apos;s five value types, computed in C); /1 (JSON per row) is still verified. Units of progress: the copy counts for the first half, hashing for the second. SHA-256 of the manifest, which holds the content hash: the hash to send separately. The audit trail&apos;s last entry when the snapshot was taken, &quot;ID:HASH&quot; (&quot;&quot; when empty or unknown).</extracomment>
        <translation>Bijlage gewijzigd: {file} van subsidie {grant} heeft niet meer haar SHA-256 {expected} (gevonden {found})</translation>
    </message>
    <message>
        <source>Stored file altered: its SHA-256 should be {expected} (found {found})</source>
        <translation>Bewaard bestand gewijzigd: de SHA-256 zou {expected} moeten zijn (gevonden {found})</translation>
    </message>
    <message>
        <source>Manifest altered: the manifest (date, author, source, counts, content hash) does not match its own hash</source>
        <translation>Manifest gewijzigd: het manifest (datum, auteur, bron, aantallen, hash van de inhoud) stemt niet overeen met zijn eigen hash</translation>
    </message>
    <message>
        <source>Damaged file: the content cannot be read ({detail})</source>
        <translation>Beschadigd bestand: de inhoud kan niet worden gelezen ({detail})</translation>
    </message>
    <message>
        <source>Content altered: the content hash is {found}, the manifest says {expected}</source>
        <translation>Inhoud gewijzigd: de hash van de inhoud is {found}, het manifest vermeldt {expected}</translation>
    </message>
    <message>
        <source>Content altered: table {table} has {found} rows, the manifest says {expected}</source>
        <translation>Inhoud gewijzigd: tabel {table} telt {found} rijen, het manifest vermeldt {expected}</translation>
    </message>
    <message>
        <source>Audit chain broken: the audit trail cannot be read ({detail})</source>
        <translation>Auditketen verbroken: de audittrail kan niet worden gelezen ({detail})</translation>
    </message>
    <message>
        <source>Audit chain broken at entry {id}: {reason}</source>
        <translation>Auditketen verbroken bij registratie {id}: {reason}</translation>
    </message>
    <message>
        <source>Enterprise number (BCE): {value} is not a valid Belgian enterprise number (10 digits, modulo-97 key)</source>
        <translation>Ondernemingsnummer (KBO): {value} is geen geldig Belgisch ondernemingsnummer (10 cijfers, controlegetal modulo 97)</translation>
    </message>
    <message>
        <source>IBAN: {value} is not a valid account number (ISO 13616 check digits)</source>
        <translation>IBAN: {value} is geen geldig rekeningnummer (controlecijfers ISO 13616)</translation>
    </message>
    <message>
        <source>Structured communication: {value} is not valid (12 digits, the last two the first ten modulo 97)</source>
        <translation>Gestructureerde mededeling: {value} is ongeldig (12 cijfers, de laatste twee zijn de eerste tien modulo 97)</translation>
    </message>
    <message>
        <source>{field}: {value} is not a year</source>
        <translation>{field}: {value} is geen jaartal</translation>
    </message>
    <message>
        <source>PGSP measures: {code} is not a measure code (like 1.4)</source>
        <translation>Maatregelen van het GVPP: {code} is geen maatregelcode (zoals 1.4)</translation>
    </message>
    <message>
        <source>PGSP measures: measure {code} is listed twice</source>
        <translation>Maatregelen van het GVPP: maatregel {code} komt twee keer voor</translation>
    </message>
    <message>
        <source>PGSP measures: give a share for every measure or for none</source>
        <translation>Maatregelen van het GVPP: geef een aandeel voor elke maatregel of voor geen enkele</translation>
    </message>
    <message>
        <source>PGSP measures: the share of measure {code} must be above 0 and at most 100 ({share} %)</source>
        <translation>Maatregelen van het GVPP: het aandeel van maatregel {code} moet hoger zijn dan 0 en ten hoogste 100 ({share} %)</translation>
    </message>
    <message>
        <source>PGSP measures: share {share} of measure {code} is not a percentage with at most 2 decimals</source>
        <translation>Maatregelen van het GVPP: het aandeel {share} van maatregel {code} is geen percentage met hoogstens 2 decimalen</translation>
    </message>
    <message>
        <source>PGSP measures: the shares total {total} %, they must total 100 %</source>
        <translation>Maatregelen van het GVPP: de aandelen bedragen samen {total} %, ze moeten samen 100 % bedragen</translation>
    </message>
    <message>
        <source>{label}: this field is required</source>
        <translation>{label}: dit veld is verplicht</translation>
    </message>
    <message>
        <source>{label}: at most {max} characters</source>
        <translation>{label}: ten hoogste {max} tekens</translation>
    </message>
    <message>
        <source>Demo: the demonstration data needs a database file that two users can open (not {url})</source>
        <extracomment>Who does what: the officer prepares (beneficiaries, grants, payments), finance keeps the budget and approves. The day the story stops: what is overdue is overdue at this date. How long before the decision each opinion is given (the Government decides on the day). The programmes the grants belong to (the PLPP 2023 envelope is what its grants add up to).</extracomment>
        <translation>Demo: de demonstratiegegevens vereisen een databankbestand dat twee gebruikers kunnen openen (niet {url})</translation>
    </message>
    <message>
        <source>Amount: {text} is not an amount in euro (for example 1 234,56)</source>
        <translation>Bedrag: {text} is geen bedrag in euro (bijvoorbeeld 1 234,56)</translation>
    </message>
    <message>
        <source>Amount: {text} is ambiguous, it can be read as {thousands} or as {decimals}; write the cents (2.000,00) or no separator (2000)</source>
        <translation>Bedrag: {text} is dubbelzinnig, het kan gelezen worden als {thousands} of als {decimals}; schrijf de centen (2.000,00) of geen scheidingsteken (2000)</translation>
    </message>
    <message>
        <source>Amount: {text} is ambiguous, it can be read as {thousands} or as an amount with 3 decimals; write the cents (2.000,00) or no separator (2000)</source>
        <translation>Bedrag: {text} is dubbelzinnig, het kan gelezen worden als {thousands} of als een bedrag met 3 decimalen; schrijf de centen (2.000,00) of geen scheidingsteken (2000)</translation>
    </message>
    <message>
        <source>Amount: {text} has more than 2 decimals (it is never rounded)</source>
        <translation>Bedrag: {text} heeft meer dan 2 decimalen (het wordt nooit afgerond)</translation>
    </message>
    <message>
        <source>Amount: {text} must not be negative</source>
        <translation>Bedrag: {text} mag niet negatief zijn</translation>
    </message>
    <message>
        <source>Amount: {text} is too large (at most 999 999 999 999,99)</source>
        <translation>Bedrag: {text} is te hoog (hoogstens 999 999 999 999,99)</translation>
    </message>
    <message>
        <source>Share: {text} is not a percentage (for example 50 or 33,33)</source>
        <translation>Aandeel: {text} is geen percentage (bijvoorbeeld 50 of 33,33)</translation>
    </message>
    <message>
        <source>Share: {text} has more than 2 decimals (it is never rounded)</source>
        <translation>Aandeel: {text} heeft meer dan 2 decimalen (het wordt nooit afgerond)</translation>
    </message>
    <message>
        <source>Share: {text} is not between 0 and 100 %</source>
        <translation>Aandeel: {text} ligt niet tussen 0 en 100 %</translation>
    </message>
    <message>
        <source>Date: {text} is not a date (for example 31/03/2024 or 2024-03-31)</source>
        <translation>Datum: {text} is geen datum (bijvoorbeeld 31/03/2024 of 2024-03-31)</translation>
    </message>
    <message>
        <source>Date: {text} does not exist in the calendar</source>
        <translation>Datum: {text} bestaat niet in de kalender</translation>
    </message>
    <message>
        <source>the previous hash does not match (an entry was removed or altered)</source>
        <extracomment>The &quot;previous hash&quot; of the first entry. Between the hashed fields (a character no field holds).</extracomment>
        <translation>de vorige hash komt niet overeen (een registratie werd verwijderd of gewijzigd)</translation>
    </message>
    <message>
        <source>the content does not match its hash (the entry was altered)</source>
        <translation>de inhoud komt niet overeen met zijn hash (de registratie werd gewijzigd)</translation>
    </message>
    <message>
        <source>no entry of the audit trail records its creation (the trail was cut short, or the record was written outside the application)</source>
        <extracomment>Why the chain breaks at an entry (English source texts, context &quot;rules&quot;). The tables of the money and the acts: each record&apos;s creation must be in the trail. A trail cut short (its last entries deleted) leaves records whose insert is missing; a record deleted behind the application&apos;s back leaves an insert with no record and no recorded deletion. (A grant&apos;s measure shares are recorded with the grant by the import, not as records of their own.)</extracomment>
        <translation>geen registratie van de audittrail legt de aanmaak ervan vast (de trail werd ingekort, of het record werd buiten de toepassing geschreven)</translation>
    </message>
    <message>
        <source>the audit trail records its creation, but the record is gone and no deletion was recorded</source>
        <translation>de audittrail legt de aanmaak vast, maar het record is verdwenen zonder geregistreerde verwijdering</translation>
    </message>
    <message>
        <source>Password: the server asks for a password for {url}; set PGPASSWORD or a pgpass file, or run the command in a terminal to be asked</source>
        <extracomment>True while ``main`` holds Python&apos;s cycle collector paused for the start-up (see _pause_collector).</extracomment>
        <translation>Wachtwoord: de server vraagt een wachtwoord voor {url}; stel PGPASSWORD of een pgpass-bestand in, of voer de opdracht uit in een terminal om het te laten vragen</translation>
    </message>
    <message>
        <source>no database at {path}: run grants init</source>
        <translation>geen databank op {path}: voer grants init uit</translation>
    </message>
    <message>
        <source>Organisation settings: {setting} not set; run grants settings {setting} VALUE (administrators)</source>
        <extracomment>the bounds of attachment_max_mb, the size limit per attached file in MB (README &quot;Attachments&quot;) A folder of letter templates (``fr/decision.docx``...) replacing the shipped ones (README &quot;Letters&quot;). The size limit per attached file, in MB (1..500; unset: GRANTS_ATTACHMENT_MAX_MB, else 25). The PGSP edition the administration assigns to years no edition covers: &quot;2025=2021-2024; 2031=2025-2030&quot; (a year not listed takes the nearest edition: README &quot;PGSP plan editions&quot;).</extracomment>
        <translation>Instellingen van de organisatie: {setting} is niet ingesteld; voer grants settings {setting} WAARDE uit (beheerders)</translation>
    </message>
    <message>
        <source>Setting: {key} is not one of {keys}</source>
        <translation>Instelling: {key} is niet een van {keys}</translation>
    </message>
    <message>
        <source>Attachment size limit: {value} is not a whole number of MB from {low} to {high}</source>
        <translation>Maximale grootte van bijlagen: {value} is geen geheel aantal MB van {low} tot {high}</translation>
    </message>
    <message>
        <source>{setting}: at most {n} characters</source>
        <translation>{setting}: hoogstens {n} tekens</translation>
    </message>
    <message>
        <source>BIC: {value} is not a bank identifier code (8 or 11 letters and digits)</source>
        <translation>BIC: {value} is geen bankidentificatiecode (8 of 11 letters en cijfers)</translation>
    </message>
    <message>
        <source>Logo: no image file at {path}</source>
        <translation>Logo: geen afbeeldingsbestand op {path}</translation>
    </message>
    <message>
        <source>Letters folder: no folder at {path}</source>
        <translation>Map met briefsjablonen: geen map op {path}</translation>
    </message>
    <message>
        <source>PGSP editions: {part} is not YEAR=EDITION (2025=2021-2024)</source>
        <translation>Edities van het GVPP: {part} is niet van de vorm JAAR=EDITIE (2025=2021-2024)</translation>
    </message>
    <message>
        <source>PGSP editions: no edition {code} (loaded: {codes})</source>
        <translation>Edities van het GVPP: geen editie {code} (geladen: {codes})</translation>
    </message>
    <message>
        <source>PGSP editions: {year} is covered by the edition {covering}; only a year no edition covers is assigned</source>
        <translation>Edities van het GVPP: {year} valt onder de editie {covering}; enkel een jaar dat geen editie dekt wordt toegewezen</translation>
    </message>
    <message>
        <source>Database: {path} is a folder, not a database file</source>
        <translation>Databank: {path} is een map, geen databankbestand</translation>
    </message>
    <message>
        <source>Database: {path} is not a grants database (not an SQLite file); it was left untouched</source>
        <translation>Databank: {path} is geen grants-databank (geen SQLite-bestand); ze werd niet gewijzigd</translation>
    </message>
    <message>
        <source>Database: {path} was written by a newer version of grants (schema {revision}); it was left untouched: use that version or a later one</source>
        <translation>Databank: {path} werd geschreven door een nieuwere versie van grants (schema {revision}); ze werd niet gewijzigd: gebruik die versie of een latere</translation>
    </message>
    <message>
        <source>No budget line {code} in {year}</source>
        <translation>Geen basisallocatie {code} in {year}</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <source>Name: grant {ref} already has an indicator {name}</source>
        <translation>Naam: subsidie {ref} heeft al een indicator {name}</translation>
    </message>
    <message>
        <source>Sheet {name} is missing</source>
        <translation>Het blad {name} ontbreekt</translation>
    </message>
    <message>
        <source>A whole number from {low} to {high}</source>
        <translation>Een geheel getal van {low} tot {high}</translation>
    </message>
    <message>
        <source>Exactly one edition row expected, {n} found</source>
        <translation>Precies één editieregel verwacht, {n} gevonden</translation>
    </message>
    <message>
        <source>Thematic {number} is not in the sheet Thematics</source>
        <translation>Thema {number} staat niet in het blad Thematics</translation>
    </message>
    <message>
        <source>The edition has no measures</source>
        <translation>De editie heeft geen maatregelen</translation>
    </message>
    <message>
        <source>Years {first}-{last} overlap the PGSP edition {code} ({start}-{end})</source>
        <translation>De jaren {first}-{last} overlappen met de editie {code} van het GVPP ({start}-{end})</translation>
    </message>
    <message>
        <source>Output: the file is written as {kinds}, not {name}</source>
        <translation>Uitvoer: het bestand wordt geschreven als {kinds}, niet {name}</translation>
    </message>
    <message>
        <source>Target: {url} already holds data (table {table}); give an empty database</source>
        <translation>Doel: {url} bevat al gegevens (tabel {table}); geef een lege databank op</translation>
    </message>
    <message>
        <source>Source: only a database file (SQLite) can be copied to a server, not {url}</source>
        <translation>Bron: alleen een databankbestand (SQLite) kan naar een server gekopieerd worden, niet {url}</translation>
    </message>
    <message>
        <source>Source: no database at {path}</source>
        <translation>Bron: geen databank op {path}</translation>
    </message>
    <message>
        <source>Source: {path} is not at the latest schema ({revision}); run grants init on it first</source>
        <translation>Bron: {path} heeft niet het laatste schema ({revision}); voer er eerst grants init op uit</translation>
    </message>
    <message>
        <source>Target: give a PostgreSQL URL (postgresql://USER@HOST:PORT/DB), not {url}</source>
        <translation>Doel: geef een PostgreSQL-URL op (postgresql://GEBRUIKER@HOST:POORT/DB), niet {url}</translation>
    </message>
    <message>
        <source>Verification: table {table} has {source} rows in the source but {target} on the server; nothing was kept</source>
        <translation>Controle: tabel {table} telt {source} rijen in de bron maar {target} op de server; er werd niets bewaard</translation>
    </message>
    <message>
        <source>Verification: the content hash differs (source {source}, server {target}); nothing was kept</source>
        <translation>Controle: de hash van de inhoud verschilt (bron {source}, server {target}); er werd niets bewaard</translation>
    </message>
    <message>
        <source>Verification: the audit chain on the server differs from the source&apos;s (head {source} and {target}); nothing was kept</source>
        <translation>Controle: de auditketen op de server verschilt van die van de bron (kop {source} en {target}); er werd niets bewaard</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>Renew: grant {ref} is {status}: only a decided grant, not closed, is renewed for next year</source>
        <translation>Verlengen: subsidie {ref} is {status}: alleen een beslist, niet afgesloten subsidie wordt verlengd voor volgend jaar</translation>
    </message>
    <message>
        <source>Budget line: {year} has no budget line {code} to renew grant {ref} on: create it first</source>
        <translation>Basisallocatie: {year} heeft geen basisallocatie {code} om subsidie {ref} op te verlengen: maak ze eerst aan</translation>
    </message>
    <message>
        <source>Renew: the project of grant {ref} already has its {year} grant {other}</source>
        <translation>Verlengen: het project van subsidie {ref} heeft al zijn subsidie voor {year}: {other}</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Kies een bestand</translation>
    </message>
    <message>
        <source>Letter template {file}: not a Word document ({reason})</source>
        <extracomment>How long LibreOffice may take to convert one letter.</extracomment>
        <translation>Briefsjabloon {file}: geen Word-document ({reason})</translation>
    </message>
    <message>
        <source>Letter template {file}: not a valid template ({reason})</source>
        <translation>Briefsjabloon {file}: geen geldig sjabloon ({reason})</translation>
    </message>
    <message>
        <source>Letter template {file}: unknown placeholder {placeholder}</source>
        <translation>Briefsjabloon {file}: onbekend veld {placeholder}</translation>
    </message>
    <message>
        <source>PDF: LibreOffice (soffice) is not installed; write the letter as .docx, or install LibreOffice</source>
        <translation>PDF: LibreOffice (soffice) is niet geïnstalleerd; schrijf de brief als .docx, of installeer LibreOffice</translation>
    </message>
    <message>
        <source>PDF: LibreOffice did not convert {file} within {n} seconds</source>
        <translation>PDF: LibreOffice heeft {file} niet binnen {n} seconden omgezet</translation>
    </message>
    <message>
        <source>PDF: LibreOffice could not convert {file} ({reason})</source>
        <translation>PDF: LibreOffice kon {file} niet omzetten ({reason})</translation>
    </message>
    <message>
        <source>Letters: --due writes the reminders due today, not {kind} letters</source>
        <translation>Brieven: --due schrijft de herinneringen die vandaag verschuldigd zijn, geen {kind}-brieven</translation>
    </message>
    <message>
        <source>Letter: {kind} is not one of {kinds}</source>
        <extracomment>Every placeholder a template may use (``{{ name }}``), with what it holds. A template using any other name is refused. Values are text; an unknown value is an empty text.</extracomment>
        <translation>Brief: {kind} is niet een van {kinds}</translation>
    </message>
    <message>
        <source>Commune: no commune with NIS code {nis}</source>
        <translation>Gemeente: geen gemeente met NIS-code {nis}</translation>
    </message>
    <message>
        <source>File: the first sheet needs the columns nis and share</source>
        <translation>Bestand: het eerste blad moet de kolommen nis en share bevatten</translation>
    </message>
    <message>
        <source>Grant: {ref} is not a commune&apos;s local plan (PLPP) grant: activities belong to local plans</source>
        <translation>Subsidie: {ref} is geen subsidie van een lokaal plan (PLPP) van een gemeente: activiteiten horen bij lokale plannen</translation>
    </message>
    <message>
        <source>Title: at most {max} characters ({length})</source>
        <translation>Titel: hoogstens {max} tekens ({length})</translation>
    </message>
    <message>
        <source>Activity: no such activity on grant {ref}</source>
        <translation>Activiteit: deze activiteit bestaat niet op subsidie {ref}</translation>
    </message>
    <message>
        <source>Status: grant {ref} is {status}; change its co-financing in the draft itself</source>
        <extracomment>``project_budget=KEEP``: the project&apos;s total budget stays as recorded.</extracomment>
        <translation>Status: subsidie {ref} heeft de status {status}; de cofinanciering van een ontwerp wijzigt u in het ontwerp zelf</translation>
    </message>
    <message>
        <source>Status: grant {ref} is {status}; the co-financing of a closed grant no longer changes</source>
        <translation>Status: subsidie {ref} heeft de status {status}; de cofinanciering van een afgesloten subsidie wijzigt niet meer</translation>
    </message>
    <message>
        <source>Funder: give the funder&apos;s name</source>
        <translation>Financier: geef de naam van de financier</translation>
    </message>
    <message>
        <source>Funder: grant {ref} has no other funder named {name}</source>
        <translation>Financier: subsidie {ref} heeft geen andere financier met de naam {name}</translation>
    </message>
    <message>
        <source>Amount: a new funder ({name}) needs its amount</source>
        <translation>Bedrag: een nieuwe financier ({name}) heeft een bedrag nodig</translation>
    </message>
</context>
<context>
    <name>values</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <source>police_zone</source>
        <translation>politiezone</translation>
    </message>
    <message>
        <source>training_school</source>
        <translation>opleidingsschool</translation>
    </message>
    <message>
        <source>regional_body</source>
        <translation>gewestelijke instelling (ABI)</translation>
    </message>
    <message>
        <source>asbl_communal</source>
        <translation>gemeentelijke vzw</translation>
    </message>
    <message>
        <source>asbl_private</source>
        <translation>private vzw</translation>
    </message>
    <message>
        <source>rent</source>
        <translation>huur en lasten</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>communicatie</translation>
    </message>
    <message>
        <source>administration</source>
        <translation>administratie</translation>
    </message>
    <message>
        <source>third_parties</source>
        <translation>derden en erelonen</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>activiteiten</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personeel</translation>
    </message>
    <message>
        <source>investment</source>
        <translation>investeringen en afschrijvingen</translation>
    </message>
    <message>
        <source>taxes</source>
        <translation>belastingen</translation>
    </message>
    <message>
        <source>financial</source>
        <translation>financiële en uitzonderlijke kosten</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>ontwerp</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>beslist</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>vastgelegd</translation>
    </message>
    <message>
        <source>advance_paid</source>
        <translation>voorschot betaald</translation>
    </message>
    <message>
        <source>justified</source>
        <translation>verantwoord</translation>
    </message>
    <message>
        <source>balance_paid</source>
        <translation>saldo betaald</translation>
    </message>
    <message>
        <source>recovery</source>
        <translation>terugvordering</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <source>fr</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>nl</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>inspection_finances</source>
        <translation>advies van de Inspectie van Financiën</translation>
    </message>
    <message>
        <source>budget_agreement</source>
        <translation>akkoord van de minister van Begroting</translation>
    </message>
    <message>
        <source>government_decision</source>
        <translation>beslissing van de Regering</translation>
    </message>
    <message>
        <source>advance</source>
        <translation>voorschot</translation>
    </message>
    <message>
        <source>balance</source>
        <translation>saldo</translation>
    </message>
    <message>
        <source>other</source>
        <translation>ander</translation>
    </message>
    <message>
        <source>prepared</source>
        <translation>voorbereid</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>call_for_projects</source>
        <translation>projectoproep</translation>
    </message>
    <message>
        <source>local_plan</source>
        <translation>lokaal preventie- en buurtplan</translation>
    </message>
    <message>
        <source>police_fund</source>
        <translation>Fonds Europese Toppen</translation>
    </message>
    <message>
        <source>direct_grant</source>
        <translation>rechtstreekse subsidie</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>betaald</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>dossierbeheerder</translation>
    </message>
    <message>
        <source>finance</source>
        <translation>financiën</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>operating</source>
        <translation>werking</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>aangevraagd</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>toegekend</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>Advance</source>
        <translation>Voorschot</translation>
    </message>
    <message>
        <source>Advance paid</source>
        <translation>Voorschot betaald</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Balance paid</source>
        <translation>Saldo betaald</translation>
    </message>
    <message>
        <source>Call for projects</source>
        <translation>Projectoproep</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Communal non-profit</source>
        <translation>Gemeentelijke vzw</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslist</translation>
    </message>
    <message>
        <source>Direct grant</source>
        <translation>Rechtstreekse subsidie</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Ontwerp</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>Verantwoord</translation>
    </message>
    <message>
        <source>Local plan (PLPP)</source>
        <translation>Lokaal plan (LPBP)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <source>Selected, not granted</source>
        <translation>Geselecteerd, niet toegekend</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Police fund</source>
        <translation>Politiefonds</translation>
    </message>
    <message>
        <source>Police zone</source>
        <translation>Politiezone</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Voorbereid</translation>
    </message>
    <message>
        <source>Private non-profit</source>
        <translation>Private vzw</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Terugvordering</translation>
    </message>
    <message>
        <source>Regional body</source>
        <translation>Gewestelijke instelling</translation>
    </message>
    <message>
        <source>Training school</source>
        <translation>Opleidingsschool</translation>
    </message>
</context>
</TS>
