<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
    <context>
        <name>AuditChecksPage</name>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="455" />
            <source>Audit checks</source>
            <translation>Auditcontroles</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="456" />
            <source>&amp;Year</source>
            <translation>&amp;Jaar</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="457" />
            <source>Overdue &amp;as of</source>
            <translation>Te laat op &amp;datum</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="458" />
            <source>&amp;Run the checks</source>
            <translation>Controles &amp;uitvoeren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="459" />
            <source>&amp;Report (Excel or PDF)…</source>
            <translation>&amp;Rapport (Excel of PDF)…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="460" />
            <source>Check</source>
            <translation>Controle</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="460" />
            <source>Result</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="460" />
            <source>Records checked</source>
            <translation>Gecontroleerde records</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="460" />
            <source>At fault</source>
            <translation>Foutief</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="462" />
            <location filename="../../grants/ui/audit_page.py" line="470" />
            <location filename="../../grants/ui/audit_page.py" line="510" />
            <source>all years</source>
            <translation>alle jaren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="496" />
            <source>Running the audit checks…</source>
            <translation>Auditcontroles worden uitgevoerd…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="506" />
            <source>Press Run to check the data.</source>
            <translation>Klik op Controles uitvoeren om de gegevens te controleren.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="511" />
            <source>All ten checks pass (%1).</source>
            <translation>De tien controles zijn in orde (%1).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/audit_page.py" line="511" />
            <source>%n checks fail (%1).</source>
            <translation>
                <numerusform>%n controle faalt (%1).</numerusform>
                <numerusform>%n controles falen (%1).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="514" />
            <source>Snapshot of %1 by %2.</source>
            <translation>Momentopname van %1 door %2.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="521" />
            <source>pass</source>
            <translation>in orde</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="521" />
            <source>FAIL</source>
            <translation>FOUT</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="548" />
            <source>Save the audit report</source>
            <translation>Auditrapport opslaan</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="549" />
            <source>Excel workbook (*.xlsx);;PDF document (*.pdf)</source>
            <translation>Excel-werkmap (*.xlsx);;PDF-document (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="555" />
            <source>Writing the audit report…</source>
            <translation>Auditrapport wordt opgesteld…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="558" />
            <source>Report saved: %1</source>
            <translation>Rapport opgeslagen: %1</translation>
        </message>
    </context>
    <context>
        <name>AuditTrailPage</name>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="234" />
            <source>Audit trail</source>
            <translation>Audittrail</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="235" />
            <source>Record &amp;type</source>
            <translation>Record&amp;type</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="236" />
            <source>&amp;Record</source>
            <translation>&amp;Record</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="237" />
            <source>identifier or reference (G-2024-00012)</source>
            <translation>id of referentie (G-2024-00012)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="238" />
            <source>&amp;User</source>
            <translation>&amp;Gebruiker</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="239" />
            <source>&amp;From</source>
            <translation>&amp;Van</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="240" />
            <source>&amp;To</source>
            <translation>&amp;Tot</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="242" />
            <source>any date</source>
            <translation>elke datum</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="243" />
            <source>&amp;Search</source>
            <translation>&amp;Zoeken</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="244" />
            <source>C&amp;lear filters</source>
            <translation>&amp;Filters wissen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="245" />
            <source>E&amp;xport to Excel…</source>
            <translation>E&amp;xporteren naar Excel…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="246" />
            <source>&amp;Verify the chain</source>
            <translation>&amp;Keten verifiëren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="247" />
            <source>Load &amp;more</source>
            <translation>&amp;Meer laden</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="248" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="248" />
            <source>When (UTC)</source>
            <translation>Wanneer (UTC)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="248" />
            <source>User</source>
            <translation>Gebruiker</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="248" />
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="249" />
            <source>Record type</source>
            <translation>Recordtype</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="249" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="249" />
            <source>Changes</source>
            <translation>Wijzigingen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="250" />
            <source>created</source>
            <translation>aangemaakt</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="250" />
            <source>changed</source>
            <translation>gewijzigd</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="251" />
            <source>deleted</source>
            <translation>verwijderd</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="253" />
            <source>Field</source>
            <translation>Veld</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="253" />
            <source>Before</source>
            <translation>Voor</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="253" />
            <source>After</source>
            <translation>Na</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="255" />
            <location filename="../../grants/ui/audit_page.py" line="266" />
            <source>all</source>
            <translation>alle</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="256" />
            <location filename="../../grants/ui/audit_page.py" line="267" />
            <source>everyone</source>
            <translation>iedereen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/audit_page.py" line="329" />
            <source>%n entries</source>
            <translation>
                <numerusform>%n registratie</numerusform>
                <numerusform>%n registraties</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="330" />
            <source> (the newest %1 shown)</source>
            <translation> (de %1 recentste getoond)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="337" />
            <source>Select an entry to see its fields before and after.</source>
            <translation>Selecteer een registratie om de velden ervoor en erna te zien.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="340" />
            <source>Entry %1: %2 %3 %4 by %5 on %6</source>
            <translation>Registratie %1: %3 %4 %2 door %5 op %6</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="363" />
            <source>Export the audit trail</source>
            <translation>Audittrail exporteren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="364" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-werkmappen (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="373" />
            <source>%1 entries exported to %2</source>
            <translation>%1 registraties geëxporteerd naar %2</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="375" />
            <source>Exporting the audit trail…</source>
            <translation>Audittrail wordt geëxporteerd…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="385" />
            <source>Audit trail altered</source>
            <translation>Audittrail gewijzigd</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="386" />
            <source>The audit trail was changed outside the application:</source>
            <translation>De audittrail werd buiten de toepassing gewijzigd:</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="388" />
            <source>Audit trail intact</source>
            <translation>Audittrail intact</translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="389" />
            <source>Every entry matches its hash and follows the previous one: nothing was edited or deleted outside the application.</source>
            <translation>Elke registratie stemt overeen met haar hash en volgt op de vorige: niets werd buiten de toepassing gewijzigd of verwijderd.</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="80" />
            <source>Justification overdue</source>
            <translation>Verantwoording te laat</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="146" />
            <source>Granted in %1</source>
            <translation>Toegekend in %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/dashboard.py" line="147" />
            <source>%n grant(s)</source>
            <translation>
                <numerusform>%n subsidie</numerusform>
                <numerusform>%n subsidies</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="148" />
            <source>Paid in %1</source>
            <translation>Betaald in %1</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="149" />
            <source>Justifications overdue</source>
            <translation>Verantwoordingen te laat</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="150" />
            <source>grants of %1</source>
            <translation>subsidies voor %1</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="151" />
            <source>Open recoveries</source>
            <translation>Lopende terugvorderingen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="152" />
            <source>%1 to recover</source>
            <translation>%1 terug te vorderen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="153" />
            <source>Payments to approve</source>
            <translation>Goed te keuren betalingen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="163" />
            <source>thousand EUR</source>
            <translation>duizend EUR</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="174" />
            <source>Commitments against credits per budget line</source>
            <translation>Vastleggingen tegenover kredieten per basisallocatie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="176" />
            <source>Commitment credits</source>
            <translation>Vastleggingskredieten</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="176" />
            <source>Reserved by grants</source>
            <translation>Gereserveerd door subsidies</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="176" />
            <source>Committed</source>
            <translation>Vastgelegd</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="193" />
            <source>Budget line %1</source>
            <translation>Basisallocatie %1</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="201" />
            <source>Amounts granted per beneficiary category</source>
            <translation>Toegekende bedragen per categorie van begunstigden</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="222" />
            <source>Amounts per PGSP thematic</source>
            <translation>Bedragen per thema van het GVPP</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="224" />
            <source>Granted</source>
            <translation>Toegekend</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="258" />
            <source>Payments per month</source>
            <translation>Betalingen per maand</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="260" />
            <source>Paid</source>
            <translation>Betaald</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="281" />
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="282" />
            <source>Year:</source>
            <translation>Jaar:</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="77" />
            <source>Grants of %1</source>
            <translation>Subsidies van %1</translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="78" />
            <source>Payments of %1</source>
            <translation>Betalingen van %1</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../grants/ui/errors.py" line="90" />
            <source>Nothing was saved.</source>
            <translation>Er werd niets opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/errors.py" line="90" />
            <source>Nothing was saved:</source>
            <translation>Er werd niets opgeslagen:</translation>
        </message>
        <message>
            <location filename="../../grants/ui/errors.py" line="92" />
            <source>Refused</source>
            <translation>Geweigerd</translation>
        </message>
        <message>
            <location filename="../../grants/ui/errors.py" line="102" />
            <source>Something went wrong: {message}</source>
            <translation>Er is iets misgelopen: {message}</translation>
        </message>
        <message>
            <location filename="../../grants/ui/errors.py" line="100" />
            <source>The details were written to the log file:
{path}</source>
            <translation>De details werden in het logbestand geschreven:
{path}</translation>
        </message>
        <message>
            <location filename="../../grants/ui/errors.py" line="101" />
            <source>Unexpected error</source>
            <translation>Onverwachte fout</translation>
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="44" />
            <source>10 digits, for example 0403.019.261</source>
            <translation>10 cijfers, bijvoorbeeld 0403.019.261</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="376" />
            <source>A balance payment of {amount} will be prepared.</source>
            <translation>Er wordt een saldobetaling van {amount} voorbereid.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="567" />
            <source>A claim is cancelled only by decision (waiver, error): say why.</source>
            <translation>Een terugvordering wordt enkel bij beslissing geannuleerd (afstand, vergissing): vermeld de reden.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="484" />
            <source>A closed grant releases what stays committed beyond what was spent.</source>
            <translation>Bij het afsluiten van de subsidie komt vrij wat boven de uitgaven vastgelegd blijft.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="406" />
            <source>A new grant starts as a draft: its amount is reserved on the budget line.</source>
            <translation>Een nieuwe subsidie begint als ontwerp: het bedrag wordt op de basisallocatie gereserveerd.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="225" />
            <source>A payment not yet approved can be cancelled; its credits are freed.</source>
            <translation>Een nog niet goedgekeurde betaling kan worden geannuleerd; de kredieten komen vrij.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="545" />
            <source>A payment waits for approval by another person.</source>
            <translation>Een betaling wacht op goedkeuring door een andere persoon.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="378" />
            <source>A recovery claim of {amount} will be raised.</source>
            <translation>Er wordt een terugvordering van {amount} ingesteld.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="380" />
            <location filename="../../grants/ui/forms/workflows.py" line="264" />
            <source>Accepted</source>
            <translation>Aanvaard</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="479" />
            <location filename="../../grants/ui/forms/workflows.py" line="382" />
            <source>Accepted expenses</source>
            <translation>Aanvaarde uitgaven</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="75" />
            <source>Add a contact</source>
            <translation>Contactpersoon toevoegen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="95" />
            <source>Add a measure</source>
            <translation>Maatregel toevoegen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="63" />
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="130" />
            <location filename="../../grants/ui/forms/programme.py" line="266" />
            <location filename="../../grants/ui/forms/programme.py" line="488" />
            <location filename="../../grants/ui/forms/workflows.py" line="257" />
            <source>Admissibility</source>
            <translation>Ontvankelijkheid</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="85" />
            <source>Admissibility…</source>
            <translation>Ontvankelijkheid…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="379" />
            <location filename="../../grants/ui/forms/programme.py" line="75" />
            <location filename="../../grants/ui/forms/programme.py" line="271" />
            <location filename="../../grants/ui/forms/programme.py" line="484" />
            <source>Admissible</source>
            <translation>Ontvankelijk</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="161" />
            <source>Advance limit</source>
            <translation>Maximum voorschot</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="322" />
            <location filename="../../grants/ui/forms/grant.py" line="463" />
            <location filename="../../grants/ui/forms/programme.py" line="416" />
            <source>Advance share</source>
            <translation>Aandeel voorschot</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="59" />
            <source>After</source>
            <translation>Na</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="124" />
            <source>Already committed</source>
            <translation>Reeds vastgelegd</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="159" />
            <location filename="../../grants/ui/forms/workflows.py" line="383" />
            <source>Already paid</source>
            <translation>Reeds betaald</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="448" />
            <source>Amend the grant</source>
            <translation>Subsidie wijzigen bij wijzigingsbesluit</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="385" />
            <source>Amendments</source>
            <translation>Wijzigingsbesluiten</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="286" />
            <source>Amend…</source>
            <translation>Wijzigingsbesluit…</translation>
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
            <translation>Bedrag</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="376" />
            <source>Amount change</source>
            <translation>Wijziging van het bedrag</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="458" />
            <source>Amount change (+/−)</source>
            <translation>Wijziging van het bedrag (+/−)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="449" />
            <source>An amendment (avenant) changes the amount and/or the period, dated and reasoned. A cut releases what is no longer granted.</source>
            <translation>Een wijzigingsbesluit wijzigt het bedrag en/of de periode, gedateerd en met redenen omkleed. Een vermindering maakt vrij wat niet meer toegekend is.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="267" />
            <source>An application that is not admissible is not scored; say why.</source>
            <translation>Een niet-ontvankelijke kandidatuur krijgt geen score; vermeld waarom.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="74" />
            <location filename="../../grants/ui/forms/programme.py" line="233" />
            <location filename="../../grants/ui/forms/programme.py" line="307" />
            <source>Applicant</source>
            <translation>Kandidaat</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="454" />
            <location filename="../../grants/ui/forms/programme.py" line="471" />
            <source>Application</source>
            <translation>Kandidatuur</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="72" />
            <source>Applications</source>
            <translation>Kandidaturen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="203" />
            <source>Approve</source>
            <translation>Goedkeuren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="92" />
            <source>Approve payments</source>
            <translation>Goedkeuring van de betalingen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="203" />
            <source>Approve the payment</source>
            <translation>Betaling goedkeuren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="279" />
            <source>Approve the payment…</source>
            <translation>Betaling goedkeuren…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="91" />
            <source>Approve the selected payments</source>
            <translation>Geselecteerde betalingen goedkeuren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="378" />
            <location filename="../../grants/ui/forms/payment.py" line="115" />
            <source>Approved by</source>
            <translation>Goedgekeurd door</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="79" />
            <source>Approve…</source>
            <translation>Goedkeuren…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="204" />
            <source>Approving releases the payment. Who prepared a payment may not approve it (except when one person works alone on this database).</source>
            <translation>Met de goedkeuring wordt de betaling vrijgegeven. Wie een betaling voorbereidde, mag ze niet goedkeuren (behalve wanneer één persoon alleen met deze databank werkt).</translation>
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
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="369" />
            <source>Balance = the accepted expenses (at most the amount granted) minus what was already paid.</source>
            <translation>Saldo = de aanvaarde uitgaven (ten hoogste het toegekende bedrag) min wat al betaald werd.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="430" />
            <source>Balance payment of {amount} prepared; it waits for approval.</source>
            <translation>Saldobetaling van {amount} voorbereid; ze wacht op goedkeuring.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="46" />
            <source>Bank account (IBAN)</source>
            <translation>Bankrekening (IBAN)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="526" />
            <source>Bank statement reference</source>
            <translation>Referentie van het rekeninguittreksel</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="59" />
            <source>Before</source>
            <translation>Voor</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="29" />
            <location filename="../../grants/ui/forms/beneficiary.py" line="120" />
            <location filename="../../grants/ui/forms/grant.py" line="306" />
            <location filename="../../grants/ui/forms/grant.py" line="458" />
            <source>Beneficiary</source>
            <translation>Begunstigde</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="19" />
            <location filename="../../grants/ui/forms/budget_line.py" line="57" />
            <location filename="../../grants/ui/forms/grant.py" line="314" />
            <location filename="../../grants/ui/forms/grant.py" line="459" />
            <location filename="../../grants/ui/forms/programme.py" line="415" />
            <source>Budget line</source>
            <translation>Basisallocatie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="228" />
            <source>Call</source>
            <translation>Projectoproep</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="70" />
            <source>Call closes</source>
            <translation>Sluiting van de oproep</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="69" />
            <source>Call opens</source>
            <translation>Opening van de oproep</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="591" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="95" />
            <source>Cancel payments</source>
            <translation>Annulering van de betalingen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="566" />
            <source>Cancel the claim</source>
            <translation>Terugvordering annuleren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="106" />
            <location filename="../../grants/ui/forms/grant.py" line="285" />
            <location filename="../../grants/ui/forms/payment.py" line="146" />
            <source>Cancel the claim…</source>
            <translation>Terugvordering annuleren…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="224" />
            <source>Cancel the payment</source>
            <translation>Betaling annuleren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="280" />
            <location filename="../../grants/ui/forms/payment.py" line="80" />
            <source>Cancel the payment…</source>
            <translation>Betaling annuleren…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="566" />
            <source>Cancel the recovery claim</source>
            <translation>Terugvordering annuleren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="94" />
            <source>Cancel the selected payments</source>
            <translation>Geselecteerde betalingen annuleren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="192" />
            <source>Cancelled: nothing was imported.</source>
            <translation>Geannuleerd: er werd niets geïmporteerd.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="380" />
            <source>Categories</source>
            <translation>Categorieën</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="42" />
            <location filename="../../grants/ui/forms/workflows.py" line="264" />
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="379" />
            <location filename="../../grants/ui/forms/workflows.py" line="254" />
            <source>Checked on</source>
            <translation>Gecontroleerd op</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="99" />
            <source>Checking the workbook…</source>
            <translation>De werkmap wordt gecontroleerd…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="620" />
            <location filename="../../grants/ui/forms/programme.py" line="253" />
            <source>Choose a beneficiary from the list</source>
            <translation>Kies een begunstigde uit de lijst</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="623" />
            <location filename="../../grants/ui/forms/programme.py" line="434" />
            <source>Choose a budget line</source>
            <translation>Kies een basisallocatie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="250" />
            <source>Choose a call</source>
            <translation>Kies een projectoproep</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="93" />
            <source>Choose a grant from the list</source>
            <translation>Kies een subsidie uit de lijst</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="632" />
            <source>Choose a measure on every row, or remove the empty row</source>
            <translation>Kies een maatregel op elke rij, of verwijder de lege rij</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="48" />
            <source>Choose a workbook…</source>
            <translation>Werkmap kiezen…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="510" />
            <source>Choose admissible or not admissible</source>
            <translation>Kies ontvankelijk of niet ontvankelijk</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="379" />
            <location filename="../../grants/ui/forms/payment.py" line="161" />
            <location filename="../../grants/ui/forms/workflows.py" line="264" />
            <location filename="../../grants/ui/forms/workflows.py" line="507" />
            <source>Claimed</source>
            <translation>Gevraagd</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="478" />
            <source>Claimed expenses</source>
            <translation>Ingediende uitgaven</translation>
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
            <translation>Sluiten</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="483" />
            <source>Close the grant</source>
            <translation>Subsidie afsluiten</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="287" />
            <source>Close the grant…</source>
            <translation>Subsidie afsluiten…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="123" />
            <source>Close the selected grants (today)</source>
            <translation>Geselecteerde subsidies afsluiten (vandaag)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="165" />
            <source>Closed on</source>
            <translation>Afgesloten op</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="487" />
            <source>Closing date</source>
            <translation>Datum van afsluiting</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="124" />
            <source>Closures</source>
            <translation>Afsluitingen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="26" />
            <source>Code (allocation de base)</source>
            <translation>Code (basisallocatie)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="240" />
            <source>Codes separated by ';', each with its share if not equal: 1.4:60; 2.1:40</source>
            <translation>Codes gescheiden door ';', elk met zijn aandeel als de aandelen niet gelijk zijn: 1.4:60; 2.1:40</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="60" />
            <source>Column</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="116" />
            <source>Commit</source>
            <translation>Vastleggen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="116" />
            <source>Commit the grant</source>
            <translation>Subsidie vastleggen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="120" />
            <source>Commit the selected grants (today, whole amount)</source>
            <translation>Geselecteerde subsidies vastleggen (vandaag, volledig bedrag)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="29" />
            <source>Commitment credits (CE)</source>
            <translation>Vastleggingskredieten (VAK)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="63" />
            <source>Commitment credits available</source>
            <translation>Beschikbare vastleggingskredieten</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="126" />
            <source>Commitment date</source>
            <translation>Datum van vastlegging</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="130" />
            <source>Commitment reference</source>
            <translation>Referentie van de vastlegging</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="121" />
            <location filename="../../grants/ui/forms/grant.py" line="384" />
            <source>Commitments</source>
            <translation>Vastleggingen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="62" />
            <location filename="../../grants/ui/forms/grant.py" line="477" />
            <location filename="../../grants/ui/forms/workflows.py" line="158" />
            <source>Committed</source>
            <translation>Vastgelegd</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="277" />
            <source>Commit…</source>
            <translation>Vastleggen…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="53" />
            <source>Commune</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="65" />
            <source>Contacts</source>
            <translation>Contactpersonen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="74" />
            <source>Continue…</source>
            <translation>Doorgaan…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="400" />
            <source>Create the draft grants</source>
            <translation>Ontwerpsubsidies aanmaken</translation>
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
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="125" />
            <source>Decided on</source>
            <translation>Besluit van</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="376" />
            <location filename="../../grants/ui/forms/grant.py" line="464" />
            <location filename="../../grants/ui/forms/programme.py" line="274" />
            <source>Decision</source>
            <translation>Besluit</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="94" />
            <source>Decision date</source>
            <translation>Datum van het besluit</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="92" />
            <location filename="../../grants/ui/forms/workflows.py" line="462" />
            <source>Decision reference</source>
            <translation>Referentie van het besluit</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="116" />
            <location filename="../../grants/ui/forms/workflows.py" line="180" />
            <location filename="../../grants/ui/forms/workflows.py" line="388" />
            <source>Derogation</source>
            <translation>Afwijking</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="373" />
            <location filename="../../grants/ui/forms/workflows.py" line="265" />
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="135" />
            <source>Deselect</source>
            <translation>Deselecteren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="519" />
            <source>Discard changes</source>
            <translation>Wijzigingen verwerpen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="382" />
            <location filename="../../grants/ui/forms/payment.py" line="162" />
            <location filename="../../grants/ui/forms/workflows.py" line="509" />
            <source>Due by</source>
            <translation>Te betalen uiterlijk op</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="66" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="401" />
            <source>Each selected application becomes a draft grant of its requested amount, all together or none (credits, measures).</source>
            <translation>Elke geselecteerde kandidatuur wordt een ontwerpsubsidie voor het gevraagde bedrag, allemaal samen of geen enkele (kredieten, maatregelen).</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="308" />
            <source>Effectiveness</source>
            <translation>Doeltreffendheid</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="308" />
            <source>Efficiency</source>
            <translation>Efficiëntie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="43" />
            <source>Enterprise number (BCE/KBO)</source>
            <translation>Ondernemingsnummer (KBO)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="68" />
            <source>Envelope</source>
            <translation>Enveloppe</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="100" />
            <source>Equal shares</source>
            <translation>Gelijke delen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="264" />
            <source>Evidence reference</source>
            <translation>Referentie van het bewijsstuk</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="79" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel-werkmappen (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="33" />
            <source>Execution</source>
            <translation>Uitvoering</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="260" />
            <source>Expenses by category</source>
            <translation>Uitgaven per categorie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="59" />
            <source>Field</source>
            <translation>Veld</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="366" />
            <source>Figures</source>
            <translation>Cijfers</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="542" />
            <source>Fill in the draft and save it (Ctrl+S); then record the opinions and the decision.</source>
            <translation>Vul het ontwerp in en sla het op (Ctrl+S); registreer daarna de adviezen en het besluit.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="25" />
            <source>Fiscal year</source>
            <translation>Begrotingsjaar</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="56" />
            <source>Fiscal year {year} · {n} grants</source>
            <translation>Begrotingsjaar {year} · {n} subsidies</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="66" />
            <source>Function</source>
            <translation>Functie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="227" />
            <location filename="../../grants/ui/forms/grant.py" line="364" />
            <location filename="../../grants/ui/forms/grant.py" line="412" />
            <location filename="../../grants/ui/forms/payment.py" line="73" />
            <location filename="../../grants/ui/forms/programme.py" line="75" />
            <location filename="../../grants/ui/forms/programme.py" line="478" />
            <source>Grant</source>
            <translation>Subsidie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="477" />
            <location filename="../../grants/ui/forms/workflows.py" line="123" />
            <location filename="../../grants/ui/forms/workflows.py" line="157" />
            <location filename="../../grants/ui/forms/workflows.py" line="381" />
            <source>Granted</source>
            <translation>Toegekend</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="67" />
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="37" />
            <location filename="../../grants/ui/forms/import_dialog.py" line="78" />
            <source>Import a workbook</source>
            <translation>Werkmap importeren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="178" />
            <source>Imported: {add} records added, {change} changed.</source>
            <translation>Geïmporteerd: {add} records toegevoegd, {change} gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="169" />
            <source>Importing the workbook…</source>
            <translation>De werkmap wordt geïmporteerd…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="326" />
            <location filename="../../grants/ui/forms/grant.py" line="462" />
            <location filename="../../grants/ui/forms/programme.py" line="420" />
            <source>Justification deadline</source>
            <translation>Uiterste datum voor de verantwoording</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="385" />
            <source>Justifications</source>
            <translation>Verantwoordingen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="520" />
            <source>Keep editing</source>
            <translation>Verder bewerken</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="229" />
            <source>Keep it</source>
            <translation>Behouden</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="489" />
            <source>Keep it open</source>
            <translation>Open laten</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="574" />
            <source>Keep the claim</source>
            <translation>Terugvordering behouden</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="377" />
            <location filename="../../grants/ui/forms/payment.py" line="112" />
            <location filename="../../grants/ui/forms/programme.py" line="63" />
            <location filename="../../grants/ui/forms/workflows.py" line="168" />
            <location filename="../../grants/ui/forms/workflows.py" line="208" />
            <location filename="../../grants/ui/forms/workflows.py" line="227" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="28" />
            <source>Label</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="62" />
            <source>Language of correspondence</source>
            <translation>Correspondentietaal</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="164" />
            <source>Last reminder</source>
            <translation>Laatste herinnering</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="35" />
            <source>Left empty, a reference is given (B-00001)</source>
            <translation>Indien leeg, wordt een referentie toegekend (B-00001)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="58" />
            <source>Left empty, a reference is given (P-2024-001)</source>
            <translation>Indien leeg, wordt een referentie toegekend (P-2024-001)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="38" />
            <source>Left empty, the French name is used</source>
            <translation>Indien leeg, wordt de Franse naam gebruikt</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="392" />
            <source>Left empty: 30 days after the claim</source>
            <translation>Indien leeg: 30 dagen na de terugvordering</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="129" />
            <source>Mark admissible</source>
            <translation>Ontvankelijk verklaren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="373" />
            <source>Measure</source>
            <translation>Maatregel</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="384" />
            <source>Measures</source>
            <translation>Maatregelen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="518" />
            <source>Money received against the claim. When nothing is left due, the claim is paid and the grant closes.</source>
            <translation>Ontvangen bedrag op de terugvordering. Wanneer niets meer verschuldigd is, is de terugvordering betaald en wordt de subsidie afgesloten.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="66" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="37" />
            <source>Name (Dutch)</source>
            <translation>Naam (Nederlands)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="36" />
            <source>Name (French)</source>
            <translation>Naam (Frans)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="29" />
            <source>New beneficiary</source>
            <translation>Nieuwe begunstigde</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="19" />
            <source>New budget line</source>
            <translation>Nieuwe basisallocatie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="227" />
            <source>New grant</source>
            <translation>Nieuwe subsidie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="376" />
            <source>New period</source>
            <translation>Nieuwe periode</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="461" />
            <source>New period end</source>
            <translation>Nieuw einde van de periode</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="460" />
            <source>New period start</source>
            <translation>Nieuw begin van de periode</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="52" />
            <source>New programme or call</source>
            <translation>Nieuw programma of nieuwe projectoproep</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="559" />
            <source>Next: close the grant.</source>
            <translation>Volgende stap: de subsidie afsluiten.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="553" />
            <source>Next: commit the grant on budget line {code}.</source>
            <translation>Volgende stap: de subsidie vastleggen op basisallocatie {code}.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="560" />
            <source>Next: follow the recovery claim.</source>
            <translation>Volgende stap: de terugvordering opvolgen.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="554" />
            <source>Next: prepare the advance, or receive the justification.</source>
            <translation>Volgende stap: het voorschot voorbereiden, of de verantwoording ontvangen.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="555" />
            <source>Next: receive the justification (deadline {date}).</source>
            <translation>Volgende stap: de verantwoording ontvangen (uiterste datum {date}).</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="551" />
            <source>Next: record the opinions the amount requires ({missing}), then the decision.</source>
            <translation>Volgende stap: de adviezen registreren die dit bedrag vereist ({missing}), daarna het besluit.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="557" />
            <source>Next: settle the grant (balance {amount}).</source>
            <translation>Volgende stap: het saldo van de subsidie afrekenen (saldo {amount}).</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="508" />
            <source>No</source>
            <translation>Nee</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="348" />
            <source>No admissible application yet: record the admissibility first.</source>
            <translation>Nog geen ontvankelijke kandidatuur: registreer eerst de ontvankelijkheid.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="47" />
            <source>No workbook chosen</source>
            <translation>Geen werkmap gekozen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="272" />
            <location filename="../../grants/ui/forms/programme.py" line="485" />
            <source>Not admissible</source>
            <translation>Niet ontvankelijk</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="483" />
            <source>Not decided</source>
            <translation>Niet beslist</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="258" />
            <source>Notes</source>
            <translation>Opmerkingen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="380" />
            <source>Nothing is due either way: the grant will be closed.</source>
            <translation>Er is langs geen van beide kanten iets verschuldigd: de subsidie wordt afgesloten.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="433" />
            <source>Nothing was due: the grant is closed.</source>
            <translation>Er was niets verschuldigd: de subsidie is afgesloten.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="465" />
            <location filename="../../grants/ui/forms/workflows.py" line="96" />
            <source>Notified on</source>
            <translation>Ter kennis gebracht op</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="77" />
            <source>Open</source>
            <translation>Openen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="87" />
            <source>Open the application</source>
            <translation>Kandidatuur openen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="81" />
            <location filename="../../grants/ui/forms/payment.py" line="148" />
            <source>Open the grant</source>
            <translation>Subsidie openen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="138" />
            <source>Open the grant, receive its justification, then Settle: when more was paid than accepted, the claim is raised with its structured communication.</source>
            <translation>Open de subsidie, ontvang de verantwoording en kies dan Saldo afrekenen: als er meer betaald werd dan aanvaard, wordt de terugvordering ingesteld met haar gestructureerde mededeling.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="374" />
            <location filename="../../grants/ui/forms/workflows.py" line="62" />
            <source>Opinion</source>
            <translation>Advies</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="384" />
            <source>Opinions</source>
            <translation>Adviezen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="52" />
            <source>Opinions and agreements the amount requires are recorded before the decision.</source>
            <translation>De adviezen en akkoorden die dit bedrag vereist, worden vóór het besluit geregistreerd.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="91" />
            <source>Opinions required</source>
            <translation>Vereiste adviezen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="385" />
            <source>Outcome</source>
            <translation>Uitkomst</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="87" />
            <source>PGSP measure</source>
            <translation>Maatregel van het GVPP</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="333" />
            <location filename="../../grants/ui/forms/programme.py" line="239" />
            <location filename="../../grants/ui/forms/programme.py" line="474" />
            <source>PGSP measures</source>
            <translation>Maatregelen van het GVPP</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="477" />
            <source>Paid</source>
            <translation>Betaald</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="478" />
            <source>Paid back</source>
            <translation>Terugbetaald</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="64" />
            <source>Paid in the year</source>
            <translation>Betaald in het jaar</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="62" />
            <source>Payment</source>
            <translation>Betaling</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="31" />
            <source>Payment credits (CL)</source>
            <translation>Vereffeningskredieten (VEK)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="64" />
            <source>Payment credits available</source>
            <translation>Beschikbare vereffeningskredieten</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="169" />
            <source>Payment date</source>
            <translation>Betalingsdatum</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="385" />
            <source>Payments</source>
            <translation>Betalingen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="461" />
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="324" />
            <location filename="../../grants/ui/forms/programme.py" line="418" />
            <source>Period from</source>
            <translation>Periode van</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="325" />
            <location filename="../../grants/ui/forms/programme.py" line="419" />
            <source>Period to</source>
            <translation>Periode tot</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="66" />
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="121" />
            <source>Pick a date</source>
            <translation>Kies een datum</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="58" />
            <source>Police zone</source>
            <translation>Politiezone</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="152" />
            <source>Prepare</source>
            <translation>Voorbereiden</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="68" />
            <location filename="../../grants/ui/forms/workflows.py" line="152" />
            <source>Prepare a payment</source>
            <translation>Betaling voorbereiden</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="151" />
            <source>Prepare the advance</source>
            <translation>Voorschot voorbereiden</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="278" />
            <source>Prepare the advance…</source>
            <translation>Voorschot voorbereiden…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="151" />
            <source>Prepare the balance payment</source>
            <translation>Saldobetaling voorbereiden</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="377" />
            <location filename="../../grants/ui/forms/payment.py" line="115" />
            <location filename="../../grants/ui/forms/workflows.py" line="210" />
            <source>Prepared by</source>
            <translation>Voorbereid door</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="319" />
            <location filename="../../grants/ui/forms/grant.py" line="460" />
            <location filename="../../grants/ui/forms/programme.py" line="52" />
            <location filename="../../grants/ui/forms/programme.py" line="135" />
            <source>Programme</source>
            <translation>Programma</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="74" />
            <location filename="../../grants/ui/forms/programme.py" line="234" />
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="320" />
            <source>Purpose</source>
            <translation>Doel</translation>
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
            <translation>Alleen-lezen: deze databank kan hier niet worden gewijzigd.</translation>
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
            <translation>Reden</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="246" />
            <source>Receive a justification</source>
            <translation>Verantwoording ontvangen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="281" />
            <source>Receive a justification…</source>
            <translation>Verantwoording ontvangen…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="379" />
            <location filename="../../grants/ui/forms/programme.py" line="74" />
            <location filename="../../grants/ui/forms/programme.py" line="237" />
            <location filename="../../grants/ui/forms/programme.py" line="474" />
            <location filename="../../grants/ui/forms/workflows.py" line="252" />
            <location filename="../../grants/ui/forms/workflows.py" line="522" />
            <source>Received on</source>
            <translation>Ontvangen op</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="266" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="517" />
            <source>Record a refund</source>
            <translation>Terugbetaling registreren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="104" />
            <location filename="../../grants/ui/forms/grant.py" line="283" />
            <location filename="../../grants/ui/forms/payment.py" line="144" />
            <source>Record a refund…</source>
            <translation>Terugbetaling registreren…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="100" />
            <source>Record a reminder sent today</source>
            <translation>Vandaag verstuurde herinnering registreren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="51" />
            <source>Record an opinion</source>
            <translation>Advies registreren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="275" />
            <source>Record an opinion…</source>
            <translation>Advies registreren…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="448" />
            <source>Record the amendment</source>
            <translation>Wijzigingsbesluit registreren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="83" />
            <source>Record the decision</source>
            <translation>Besluit registreren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="276" />
            <source>Record the decision…</source>
            <translation>Besluit registreren…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="246" />
            <source>Record the justification</source>
            <translation>Verantwoording registreren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="51" />
            <source>Record the opinion</source>
            <translation>Advies registreren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="517" />
            <source>Record the refund</source>
            <translation>Terugbetaling registreren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="544" />
            <source>Record the reminder</source>
            <translation>Herinnering registreren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="134" />
            <source>Recovery claim</source>
            <translation>Terugvordering</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="548" />
            <source>Recovery claim open: {amount} still due, to be paid back with the structured communication {comm}.</source>
            <translation>Openstaande terugvordering: nog {amount} verschuldigd, terug te betalen met de gestructureerde mededeling {comm}.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="423" />
            <source>Recovery claim raised for {amount}. The beneficiary pays it back with the structured communication:</source>
            <translation>Terugvordering ingesteld voor {amount}. De begunstigde betaalt terug met de gestructureerde mededeling:</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="386" />
            <source>Recovery claims</source>
            <translation>Terugvorderingen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="137" />
            <source>Recovery claims are raised by settling a grant</source>
            <translation>Terugvorderingen worden ingesteld bij de afrekening van het saldo van een subsidie</translation>
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
            <translation>Referentie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="391" />
            <source>Refund due by</source>
            <translation>Terugbetaling uiterlijk op</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="65" />
            <source>Refused</source>
            <translation>Geweigerd</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="125" />
            <location filename="../../grants/ui/forms/import_dialog.py" line="186" />
            <source>Refused ({n})</source>
            <translation>Geweigerd ({n})</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="189" />
            <source>Refused: nothing was imported.</source>
            <translation>Geweigerd: er werd niets geïmporteerd.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="221" />
            <source>Register</source>
            <translation>Registreren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="221" />
            <location filename="../../grants/ui/forms/programme.py" line="463" />
            <source>Register an application</source>
            <translation>Kandidatuur registreren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="139" />
            <location filename="../../grants/ui/forms/programme.py" line="85" />
            <source>Register an application…</source>
            <translation>Kandidatuur registreren…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="307" />
            <source>Relevance</source>
            <translation>Relevantie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="101" />
            <location filename="../../grants/ui/forms/grant.py" line="382" />
            <source>Reminders</source>
            <translation>Herinneringen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/payment.py" line="163" />
            <location filename="../../grants/ui/forms/workflows.py" line="510" />
            <source>Reminders sent</source>
            <translation>Verstuurde herinneringen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="78" />
            <source>Remove the contact</source>
            <translation>Contactpersoon verwijderen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="98" />
            <source>Remove the measure</source>
            <translation>Maatregel verwijderen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="74" />
            <location filename="../../grants/ui/forms/programme.py" line="307" />
            <location filename="../../grants/ui/forms/programme.py" line="473" />
            <source>Requested</source>
            <translation>Gevraagd</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="235" />
            <source>Requested amount</source>
            <translation>Gevraagd bedrag</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="327" />
            <location filename="../../grants/ui/forms/grant.py" line="466" />
            <source>Required documents</source>
            <translation>Vereiste documenten</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/budget_line.py" line="62" />
            <source>Reserved by grants</source>
            <translation>Gereserveerd door subsidies</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="58" />
            <location filename="../../grants/ui/forms/import_dialog.py" line="59" />
            <location filename="../../grants/ui/forms/import_dialog.py" line="60" />
            <source>Row</source>
            <translation>Rij</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="518" />
            <location filename="../../grants/ui/forms/beneficiary.py" line="86" />
            <location filename="../../grants/ui/forms/budget_line.py" line="37" />
            <location filename="../../grants/ui/forms/programme.py" line="101" />
            <location filename="../../grants/ui/forms/programme.py" line="493" />
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="262" />
            <source>Save the draft</source>
            <translation>Ontwerp opslaan</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="350" />
            <source>Save the scores</source>
            <translation>Scores opslaan</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="514" />
            <source>Save them before closing?</source>
            <translation>Wilt u ze opslaan vóór het sluiten?</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="75" />
            <source>Score /30</source>
            <translation>Score /30</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="475" />
            <source>Scores</source>
            <translation>Scores</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="297" />
            <source>Scoring grid</source>
            <translation>Beoordelingsrooster</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="139" />
            <location filename="../../grants/ui/forms/programme.py" line="86" />
            <source>Scoring grid…</source>
            <translation>Beoordelingsrooster…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="132" />
            <source>Select</source>
            <translation>Selecteren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="184" />
            <source>Select an application in the list first.</source>
            <translation>Selecteer eerst een kandidatuur in de lijst.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="75" />
            <location filename="../../grants/ui/forms/programme.py" line="309" />
            <location filename="../../grants/ui/forms/programme.py" line="477" />
            <source>Selected</source>
            <translation>Geselecteerd</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="372" />
            <source>Selected: {amount}</source>
            <translation>Geselecteerd: {amount}</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="133" />
            <location filename="../../grants/ui/forms/actions.py" line="136" />
            <source>Selection</source>
            <translation>Selectie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="544" />
            <source>Send a reminder</source>
            <translation>Herinnering versturen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="284" />
            <location filename="../../grants/ui/forms/payment.py" line="145" />
            <source>Send a reminder…</source>
            <translation>Herinnering versturen…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="547" />
            <source>Sent on</source>
            <translation>Verstuurd op</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="368" />
            <source>Settle</source>
            <translation>Saldo afrekenen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="368" />
            <source>Settle the grant</source>
            <translation>Saldo van de subsidie afrekenen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="282" />
            <source>Settle…</source>
            <translation>Saldo afrekenen…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="87" />
            <location filename="../../grants/ui/forms/grant.py" line="373" />
            <source>Share</source>
            <translation>Aandeel</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="58" />
            <location filename="../../grants/ui/forms/import_dialog.py" line="59" />
            <location filename="../../grants/ui/forms/import_dialog.py" line="60" />
            <source>Sheet</source>
            <translation>Blad</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="377" />
            <location filename="../../grants/ui/forms/grant.py" line="382" />
            <location filename="../../grants/ui/forms/payment.py" line="113" />
            <location filename="../../grants/ui/forms/payment.py" line="163" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="381" />
            <location filename="../../grants/ui/forms/payment.py" line="162" />
            <location filename="../../grants/ui/forms/workflows.py" line="508" />
            <source>Still due</source>
            <translation>Nog verschuldigd</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="381" />
            <location filename="../../grants/ui/forms/payment.py" line="114" />
            <location filename="../../grants/ui/forms/payment.py" line="160" />
            <location filename="../../grants/ui/forms/workflows.py" line="506" />
            <source>Structured communication</source>
            <translation>Gestructureerde mededeling</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="485" />
            <source>The balance is known once the justification is received</source>
            <translation>Het saldo is bekend zodra de verantwoording ontvangen is</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="117" />
            <source>The commitment (engagement) uses the commitment credits of the budget line; it comes after the decision and before the notification.</source>
            <translation>De vastlegging gebruikt de vastleggingskredieten van de basisallocatie; ze volgt op het besluit en gaat de kennisgeving vooraf.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="84" />
            <source>The decision (arrêté) is signed: the grant must be complete and have the opinions its amount requires, dated on or before the decision.</source>
            <translation>Het besluit is ondertekend: de subsidie moet volledig zijn en de adviezen hebben die het bedrag vereist, gedateerd uiterlijk op de dag van het besluit.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="255" />
            <source>The file is admissible</source>
            <translation>Het dossier is ontvankelijk</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="153" />
            <source>The payment is prepared now and paid once another person approved it.</source>
            <translation>De betaling wordt nu voorbereid en uitgevoerd zodra een andere persoon ze heeft goedgekeurd.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="137" />
            <source>The workbook can be imported. Check what it adds and changes, then press Import.</source>
            <translation>De werkmap kan worden geïmporteerd. Controleer wat ze toevoegt en wijzigt en klik dan op Importeren.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="42" />
            <source>The workbook is checked first: you see what it adds, changes and refuses. Nothing is saved until you confirm, and then all of it or nothing.</source>
            <translation>De werkmap wordt eerst gecontroleerd: u ziet wat ze toevoegt, wijzigt en weigert. Er wordt niets opgeslagen voordat u bevestigt, en dan alles of niets.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="132" />
            <source>The workbook is refused: {n} problems, listed under Refused. Nothing can be imported until they are corrected.</source>
            <translation>De werkmap wordt geweigerd: {n} problemen, opgesomd onder Geweigerd. Er kan niets worden geïmporteerd zolang ze niet verbeterd zijn.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="373" />
            <source>Thematic</source>
            <translation>Thema</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="643" />
            <location filename="../../grants/ui/forms/base.py" line="658" />
            <source>This field is required</source>
            <translation>Dit veld is verplicht</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="513" />
            <source>This form has changes that are not saved.</source>
            <translation>Dit formulier bevat wijzigingen die niet zijn opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="561" />
            <source>This grant is closed.</source>
            <translation>Deze subsidie is afgesloten.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="59" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="63" />
            <source>To add</source>
            <translation>Toe te voegen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="123" />
            <source>To add ({n})</source>
            <translation>Toe te voegen ({n})</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="64" />
            <source>To change</source>
            <translation>Te wijzigen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="124" />
            <source>To change ({n})</source>
            <translation>Te wijzigen ({n})</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="308" />
            <location filename="../../grants/ui/forms/workflows.py" line="282" />
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="218" />
            <source>Total: {total} %</source>
            <translation>Totaal: {total} %</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="399" />
            <source>Turn the selected applications into grants</source>
            <translation>Geselecteerde kandidaturen omzetten in subsidies</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="140" />
            <location filename="../../grants/ui/forms/programme.py" line="86" />
            <source>Turn the selected into grants…</source>
            <translation>Geselecteerde omzetten in subsidies…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="305" />
            <source>Type part of the name or reference</source>
            <translation>Typ een deel van de naam of de referentie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="247" />
            <source>Type what the beneficiary claims and what is accepted, per expense category. An evidence reference (invoice, payslip) may count only once.</source>
            <translation>Vul per uitgavencategorie in wat de begunstigde indient en wat aanvaard wordt. Een bewijsstuk (factuur, loonfiche) mag maar één keer meetellen.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="58" />
            <source>Values</source>
            <translation>Waarden</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="181" />
            <location filename="../../grants/ui/forms/workflows.py" line="389" />
            <source>Why a payment on a late justification is allowed</source>
            <translation>Waarom een betaling op een laattijdige verantwoording toegestaan is</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="67" />
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="508" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="303" />
            <source>admissible applications, scores from 0 to 10</source>
            <translation>ontvankelijke kandidaturen, scores van 0 tot 10</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="310" />
            <location filename="../../grants/ui/forms/programme.py" line="411" />
            <source>available {amount}</source>
            <translation>beschikbaar {amount}</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="114" />
            <source>dd/mm/yyyy</source>
            <translation>dd/mm/jjjj</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="251" />
            <source>deadline {date}</source>
            <translation>uiterste datum {date}</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="374" />
            <source>envelope {envelope}, left {left}</source>
            <translation>enveloppe {envelope}, resterend {left}</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="552" />
            <location filename="../../grants/ui/forms/workflows.py" line="89" />
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="58" />
            <source>required</source>
            <translation>vereist</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="351" />
            <source>{category}: {problem}</source>
            <translation>{category}: {problem}</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="151" />
            <source>{n} applications · requested {requested} · selected {selected} · envelope {envelope}</source>
            <translation>{n} kandidaturen · gevraagd {requested} · geselecteerd {selected} · enveloppe {envelope}</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="27" />
            <source>{n} done.</source>
            <translation>{n} verwerkt.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/actions.py" line="29" />
            <source>{n} refused:</source>
            <translation>{n} geweigerd:</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/programme.py" line="407" />
            <source>{n} selected applications · {amount}</source>
            <translation>{n} geselecteerde kandidaturen · {amount}</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/import_dialog.py" line="129" />
            <source>{sheet}: {add} to add, {change} to change, {same} unchanged</source>
            <translation>{sheet}: {add} toe te voegen, {change} te wijzigen, {same} ongewijzigd</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="132" />
            <source>— choose a measure —</source>
            <translation>— kies een maatregel —</translation>
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../../grants/ui/list_page.py" line="217" />
            <source>All years</source>
            <extracomment>Titles of the lists (translated in context "MainWindow", where the navigation marks them).</extracomment>
            <translation>Alle jaren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="221" />
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="299" />
            <source>Filtered</source>
            <translation>Gefilterd</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="300" />
            <source>%s  ✕</source>
            <translation>%s  ✕</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="301" />
            <source>Show all rows again</source>
            <translation>Alle rijen opnieuw tonen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="360" />
            <location filename="../../grants/ui/list_page.py" line="515" />
            <source>Open</source>
            <translation>Openen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="365" />
            <source>Copy</source>
            <translation>Kopiëren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="431" />
            <source>Default columns</source>
            <translation>Standaardkolommen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/list_page.py" line="473" />
            <source>Total (%n row(s))</source>
            <translation>
                <numerusform>Totaal (%n rij)</numerusform>
                <numerusform>Totaal (%n rijen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/list_page.py" line="476" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n rij</numerusform>
                <numerusform>%n rijen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="507" />
            <source>Search (Ctrl+F): reference, name, purpose…</source>
            <translation>Zoeken (Ctrl+F): referentie, naam, doel…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="510" />
            <source>Columns</source>
            <translation>Kolommen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="511" />
            <source>Choose the columns shown</source>
            <translation>Kies de getoonde kolommen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="512" />
            <source>New…</source>
            <translation>Nieuw…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="513" />
            <source>New record (Ctrl+N)</source>
            <translation>Nieuw record (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="516" />
            <source>Open the selected record (Enter)</source>
            <translation>Geselecteerd record openen (Enter)</translation>
        </message>
    </context>
    <context>
        <name>LocalPlansPage</name>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="129" />
            <source>%1 communes with a plan · granted %2 · paid %3</source>
            <translation>%1 gemeenten met een plan · toegekend %2 · betaald %3</translation>
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/local_plans.py" line="146" />
            <source>Plan of %1 in %2: %n activity(ies)</source>
            <translation>
                <numerusform>Plan van %1 in %2: %n activiteit</numerusform>
                <numerusform>Plan van %1 in %2: %n activiteiten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="171" />
            <source>Commune</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="171" />
            <source>Grant</source>
            <translation>Subsidie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="171" />
            <source>Yearly subsidy</source>
            <translation>Jaarlijkse subsidie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="171" />
            <source>Previous year (%1)</source>
            <translation>Vorig jaar (%1)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="172" />
            <source>Change</source>
            <translation>Verschil</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="172" />
            <source>Paid</source>
            <translation>Betaald</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="172" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="172" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="172" />
            <source>PGSP thematics</source>
            <translation>Thema's van het GVPP</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="174" />
            <source>Measure</source>
            <translation>Maatregel</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="174" />
            <source>Thematic</source>
            <translation>Thema</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="174" />
            <source>Activity (PGSP measure)</source>
            <translation>Activiteit (maatregel van het GVPP)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="174" />
            <source>Share</source>
            <translation>Aandeel</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="174" />
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="177" />
            <source>Local prevention plans (PLPP)</source>
            <translation>Lokale preventie- en buurtplannen (LPBP)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="178" />
            <source>Year:</source>
            <translation>Jaar:</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../grants/ui/main_window.py" line="49" />
            <source>Dashboard</source>
            <extracomment>(key, title) of every page, in navigation order.</extracomment>
            <translation>Dashboard</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="50" />
            <source>Programmes and calls</source>
            <translation>Programma's en projectoproepen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="51" />
            <source>Applications</source>
            <translation>Kandidaturen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="52" />
            <source>Beneficiaries</source>
            <translation>Begunstigden</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="53" />
            <source>Grants</source>
            <translation>Subsidies</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="54" />
            <source>Budget lines</source>
            <translation>Basisallocaties</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="55" />
            <source>Local plans (PLPP)</source>
            <translation>Lokale plannen (LPBP)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="56" />
            <source>Payments and recoveries</source>
            <translation>Betalingen en terugvorderingen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="57" />
            <source>Work lists</source>
            <translation>Werklijsten</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="58" />
            <source>Reports</source>
            <translation>Rapporten</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="59" />
            <source>Audit trail</source>
            <translation>Audittrail</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="60" />
            <source>Audit checks</source>
            <translation>Auditcontroles</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="64" />
            <source>Grant officer</source>
            <translation>Subsidiebeheerder</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="65" />
            <source>Finance</source>
            <translation>Financiën</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="66" />
            <source>Auditor</source>
            <translation>Auditor</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="67" />
            <source>Administrator</source>
            <translation>Beheerder</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="493" />
            <source>%s (single user)</source>
            <translation>%s (enige gebruiker)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="551" />
            <source>&amp;About Grants</source>
            <translation>&amp;Over Grants</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="531" />
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="541" />
            <source>&amp;Find</source>
            <translation>&amp;Zoeken</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="549" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="535" />
            <source>&amp;Import workbook…</source>
            <translation>Werkmap &amp;importeren…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="547" />
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="540" />
            <source>&amp;New…</source>
            <translation>&amp;Nieuw…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="532" />
            <source>&amp;Open database…</source>
            <translation>Databank &amp;openen…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="548" />
            <source>&amp;Organisation (name, account, logo)…</source>
            <translation>&amp;Organisatie (naam, rekening, logo)…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="538" />
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="534" />
            <source>&amp;Recent databases</source>
            <translation>&amp;Recente databanken</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="539" />
            <source>&amp;Record</source>
            <translation>&amp;Record</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="542" />
            <source>&amp;Refresh</source>
            <translation>&amp;Vernieuwen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="546" />
            <source>&amp;Settings</source>
            <translation>&amp;Instellingen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="537" />
            <source>&amp;Take an audit snapshot…</source>
            <translation>Auditmomentopname &amp;nemen…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="543" />
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="224" />
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="477" />
            <source>&lt;b&gt;Grants&lt;/b&gt; %s&lt;br&gt;Subsidies of the Brussels-Capital Region (safe.brussels): calls, grants, budget, payments, audit.&lt;br&gt;&lt;br&gt;Licence EUPL-1.2.</source>
            <translation>&lt;b&gt;Grants&lt;/b&gt; %s&lt;br&gt;Subsidies van het Brussels Hoofdstedelijk Gewest (safe.brussels): projectoproepen, subsidies, begroting, betalingen, audit.&lt;br&gt;&lt;br&gt;Licentie EUPL-1.2.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="477" />
            <source>About Grants</source>
            <translation>Over Grants</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="428" />
            <source>Add the demonstration dataset (a realistic 2024 of safe.brussels) to this database? Records already there are left alone.</source>
            <translation>De demonstratiegegevens (een realistisch 2024 van safe.brussels) aan deze databank toevoegen? Records die er al in staan, blijven ongewijzigd.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="410" />
            <source>Audit snapshot</source>
            <translation>Auditmomentopname</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="228" />
            <source>Clear the list</source>
            <translation>Lijst wissen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="488" />
            <source>Database: %s</source>
            <translation>Databank: %s</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="427" />
            <location filename="../../grants/ui/main_window.py" line="441" />
            <source>Demonstration data</source>
            <translation>Demonstratiegegevens</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="281" />
            <source>Grants databases (*.db *.sqlite);;All files (*)</source>
            <translation>Grants-databanken (*.db *.sqlite);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="530" />
            <source>Grants — safe.brussels</source>
            <translation>Grants — safe.brussels</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="495" />
            <source>Language: %s</source>
            <translation>Taal: %s</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="536" />
            <source>Load the &amp;demonstration data…</source>
            <translation>&amp;Demonstratiegegevens laden…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="443" />
            <source>Loading the demonstration data…</source>
            <translation>De demonstratiegegevens worden geladen…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="472" />
            <source>Log file</source>
            <translation>Logbestand</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="247" />
            <source>No database is open. Use File &gt; Open database.</source>
            <translation>Er is geen databank geopend. Gebruik Bestand &gt; Databank openen.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="280" />
            <source>Open a database</source>
            <translation>Databank openen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="286" />
            <source>Open an audit snapshot</source>
            <translation>Auditmomentopname openen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="533" />
            <source>Open audit &amp;snapshot…</source>
            <translation>Audit&amp;momentopname openen…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="235" />
            <location filename="../../grants/ui/main_window.py" line="557" />
            <source>Opening the database…</source>
            <translation>Databank wordt geopend…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="90" />
            <source>Payments</source>
            <translation>Betalingen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="509" />
            <source>Read-only: audit snapshot taken on %1 by %2. Nothing can be changed.</source>
            <translation>Alleen-lezen: auditmomentopname genomen op %1 door %2. Er kan niets worden gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="514" />
            <source>Read-only: the database was opened read-only. Nothing can be changed.</source>
            <translation>Alleen-lezen: de databank werd alleen-lezen geopend. Er kan niets worden gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="512" />
            <source>Read-only: your role is auditor. Nothing can be changed.</source>
            <translation>Alleen-lezen: uw rol is auditor. Er kan niets worden gewijzigd.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="91" />
            <source>Recovery claims</source>
            <translation>Terugvorderingen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="494" />
            <source>Role: %s</source>
            <translation>Rol: %s</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="410" />
            <source>Snapshot written: {path}
Content SHA-256: {hash}

Send this hash separately from the file: the auditor checks it with grants verify FILE --expect HASH.</source>
            <translation>Momentopname geschreven: {path}
SHA-256 van de inhoud: {hash}

Bezorg deze hash los van het bestand: de auditor controleert hem met grants verify BESTAND --expect HASH.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="399" />
            <source>Snapshots (*.db);;All files (*)</source>
            <translation>Momentopnamen (*.db);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="287" />
            <source>Snapshots (*.snapshot *.db *.sqlite);;All files (*)</source>
            <translation>Momentopnamen (*.snapshot *.db *.sqlite);;Alle bestanden (*)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="398" />
            <source>Take an audit snapshot</source>
            <translation>Auditmomentopname nemen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="415" />
            <source>Taking the audit snapshot…</source>
            <translation>De auditmomentopname wordt genomen…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="244" />
            <source>The database could not be opened</source>
            <translation>De databank kon niet worden geopend</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="472" />
            <source>The log file is:
%s</source>
            <translation>Het logbestand is:
%s</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="596" />
            <source>The work in progress is still stopping; try again in a moment.</source>
            <translation>Het lopende werk wordt nog gestopt; probeer het zo dadelijk opnieuw.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="490" />
            <source>User: %s</source>
            <translation>Gebruiker: %s</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="550" />
            <source>Where is the &amp;log file?</source>
            <translation>Waar staat het &amp;logbestand?</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="595" />
            <source>Work in progress</source>
            <translation>Werk bezig</translation>
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="491" />
            <source>no role</source>
            <translation>geen rol</translation>
        </message>
    </context>
    <context>
        <name>OrganisationDialog</name>
        <message>
            <location filename="../../grants/ui/organisation_dialog.py" line="31" />
            <location filename="../../grants/ui/organisation_dialog.py" line="80" />
            <source>Organisation settings</source>
            <translation>Instellingen van de organisatie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/organisation_dialog.py" line="34" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../grants/ui/organisation_dialog.py" line="34" />
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <location filename="../../grants/ui/organisation_dialog.py" line="35" />
            <source>IBAN (account paying the grants)</source>
            <translation>IBAN (rekening die de subsidies betaalt)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/organisation_dialog.py" line="35" />
            <source>BIC</source>
            <translation>BIC</translation>
        </message>
        <message>
            <location filename="../../grants/ui/organisation_dialog.py" line="36" />
            <source>Logo (image file)</source>
            <translation>Logo (afbeeldingsbestand)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/organisation_dialog.py" line="36" />
            <source>Signatories</source>
            <translation>Ondertekenaars</translation>
        </message>
        <message>
            <location filename="../../grants/ui/organisation_dialog.py" line="46" />
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/organisation_dialog.py" line="63" />
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <location filename="../../grants/ui/organisation_dialog.py" line="64" />
            <source>Images (*.png *.jpg *.jpeg *.svg)</source>
            <translation>Afbeeldingen (*.png *.jpg *.jpeg *.svg)</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="202" />
            <source>Reports</source>
            <translation>Rapporten</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="203" />
            <source>Workbooks for finance, statements for beneficiaries and the payment file for the bank. Figures come straight from the database, exact to the cent.</source>
            <translation>Werkmappen voor financiën, overzichten voor de begunstigden en het betalingsbestand voor de bank. De cijfers komen rechtstreeks uit de databank, tot op de cent juist.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="205" />
            <source>Budget tables (Excel)</source>
            <translation>Begrotingstabellen (Excel)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="206" />
            <source>From year</source>
            <translation>Van jaar</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="207" />
            <source>To year</source>
            <translation>Tot jaar</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="208" />
            <source>List of grants (Excel)</source>
            <translation>Lijst van de subsidies (Excel)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="209" />
            <source>Beneficiary statements (PDF)</source>
            <translation>Overzichten voor de begunstigden (PDF)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="210" />
            <source>Beneficiary</source>
            <translation>Begunstigde</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="211" />
            <source>Payment file for the bank (SEPA)</source>
            <translation>Betalingsbestand voor de bank (SEPA)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="212" />
            <source>Call for projects (PDF)</source>
            <translation>Projectoproep (PDF)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="213" />
            <source>Programme</source>
            <translation>Programma</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="214" />
            <source>PGSP annex (PDF)</source>
            <translation>GVPP-bijlage (PDF)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="216" />
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="219" />
            <source>Headings in</source>
            <translation>Taal van de opschriften</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="221" />
            <source>Export…</source>
            <translation>Exporteren…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="222" />
            <source>This beneficiary…</source>
            <translation>Deze begunstigde…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="223" />
            <source>All beneficiaries of the year…</source>
            <translation>Alle begunstigden van het jaar…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="224" />
            <source>Create the payment file…</source>
            <translation>Betalingsbestand aanmaken…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="225" />
            <source>Open the file when it is written</source>
            <translation>Het bestand openen zodra het geschreven is</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="230" />
            <source>Each beneficiary's language</source>
            <translation>Taal van elke begunstigde</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="231" />
            <source>French</source>
            <translation>Frans</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="232" />
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="233" />
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="258" />
            <source>The database is open read-only</source>
            <translation>De databank is alleen-lezen geopend</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="276" />
            <source>No approved payment is waiting to be sent to the bank.</source>
            <translation>Er wacht geen goedgekeurde betaling om naar de bank te worden verstuurd.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/reports_page.py" line="279" />
            <source>%n approved payment(s) waiting to be sent, in total %1.</source>
            <translation>
                <numerusform>%n goedgekeurde betaling wacht op verzending, in totaal %1.</numerusform>
                <numerusform>%n goedgekeurde betalingen wachten op verzending, in totaal %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="288" />
            <source>Export</source>
            <translation>Exporteren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="293" />
            <source>Folder for the statements</source>
            <translation>Map voor de overzichten</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="304" />
            <source>Written: %1</source>
            <translation>Geschreven: %1</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="315" />
            <location filename="../../grants/ui/reports_page.py" line="325" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-werkmap (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="318" />
            <source>Exporting the budget tables…</source>
            <translation>Begrotingstabellen worden geëxporteerd…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="328" />
            <source>Exporting the grants…</source>
            <translation>Subsidies worden geëxporteerd…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="338" />
            <location filename="../../grants/ui/reports_page.py" line="376" />
            <location filename="../../grants/ui/reports_page.py" line="386" />
            <source>PDF document (*.pdf)</source>
            <translation>PDF-document (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="341" />
            <source>Writing the statement…</source>
            <translation>Overzicht wordt opgesteld…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="350" />
            <source>Writing the statements…</source>
            <translation>Overzichten worden opgesteld…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="356" />
            <source>SEPA file (*.xml)</source>
            <translation>SEPA-bestand (*.xml)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="367" />
            <source>Creating the payment file…</source>
            <translation>Betalingsbestand wordt aangemaakt…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="379" />
            <source>Writing the call report…</source>
            <translation>Verslag van de oproep wordt opgesteld…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="389" />
            <source>Writing the PGSP annex…</source>
            <translation>GVPP-bijlage wordt opgesteld…</translation>
        </message>
    </context>
    <context>
        <name>Task</name>
        <message>
            <location filename="../../grants/ui/tasks.py" line="90" />
            <source>Cancel</source>
            <extracomment>Tasks still running (or whose result is not yet delivered): kept alive here, not by callers.</extracomment>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/tasks.py" line="123" />
            <source>Cancelling: undoing the work done so far…</source>
            <translation>Annuleren: het reeds uitgevoerde werk wordt ongedaan gemaakt…</translation>
        </message>
        <message>
            <location filename="../../grants/ui/tasks.py" line="209" />
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
        <message>
            <location filename="../../grants/ui/tasks.py" line="210" />
            <source>Cancelled: nothing was saved.</source>
            <translation>Geannuleerd: er werd niets opgeslagen.</translation>
        </message>
    </context>
    <context>
        <name>WorkList</name>
        <message numerus="yes">
            <location filename="../../grants/ui/worklists.py" line="161" />
            <source>%n record(s) done.</source>
            <translation>
                <numerusform>%n record verwerkt.</numerusform>
                <numerusform>%n records verwerkt.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="165" />
            <location filename="../../grants/ui/worklists.py" line="169" />
            <source>Bulk action</source>
            <translation>Groepsactie</translation>
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/worklists.py" line="165" />
            <source>%n refused:</source>
            <translation>
                <numerusform>%n geweigerd:</numerusform>
                <numerusform>%n geweigerd:</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="175" />
            <source>Grants whose justification deadline has passed with no justification received.</source>
            <translation>Subsidies waarvan de uiterste datum voor de verantwoording verstreken is zonder dat een verantwoording werd ontvangen.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="176" />
            <source>Justified grants whose balance is not settled yet: settling prepares the balance payment, raises a recovery claim or closes the grant.</source>
            <translation>Verantwoorde subsidies waarvan het saldo nog niet afgerekend is: de afrekening bereidt de saldobetaling voor, stelt een terugvordering in of sluit de subsidie af.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="178" />
            <source>Prepared payments waiting for another person's approval.</source>
            <translation>Voorbereide betalingen die wachten op de goedkeuring door een andere persoon.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="179" />
            <source>Open recovery claims, the oldest due first.</source>
            <translation>Openstaande terugvorderingen, de oudste vervaldag eerst.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="180" />
            <source>Draft grants of calls that have not closed yet.</source>
            <translation>Ontwerpsubsidies van projectoproepen die nog niet afgesloten zijn.</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="184" />
            <source>Select all</source>
            <translation>Alles selecteren</translation>
        </message>
    </context>
    <context>
        <name>WorkListsPage</name>
        <message>
            <location filename="../../grants/ui/worklists.py" line="234" />
            <source>Work lists</source>
            <translation>Werklijsten</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="120" />
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="45" />
            <source>Approve the selected payments</source>
            <translation>Geselecteerde betalingen goedkeuren</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="32" />
            <source>Balances to settle</source>
            <translation>Af te rekenen saldi</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="120" />
            <source>Beneficiary</source>
            <translation>Begunstigde</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="39" />
            <source>Call closes</source>
            <translation>Sluiting van de oproep</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="44" />
            <source>Communication · reminders</source>
            <translation>Mededeling · herinneringen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="40" />
            <source>Days</source>
            <translation>Dagen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="40" />
            <location filename="../../grants/ui/worklists.py" line="41" />
            <source>Days late</source>
            <translation>Dagen te laat</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="42" />
            <source>Days left</source>
            <translation>Resterende dagen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="41" />
            <source>Days waiting</source>
            <translation>Dagen wachten</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="37" />
            <source>Deadline</source>
            <translation>Uiterste datum</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="35" />
            <source>Decisions due before a call closes</source>
            <translation>Te nemen besluiten vóór de sluiting van een oproep</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="38" />
            <source>Due</source>
            <translation>Vervaldag</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="31" />
            <source>Justifications overdue</source>
            <translation>Verantwoordingen te laat</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="38" />
            <source>Payment date</source>
            <translation>Betalingsdatum</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="33" />
            <source>Payments to approve</source>
            <translation>Goed te keuren betalingen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="43" />
            <source>Prepared by</source>
            <translation>Voorbereid door</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="120" />
            <source>Purpose</source>
            <translation>Doel</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="34" />
            <source>Recoveries to chase</source>
            <translation>Op te volgen terugvorderingen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="120" />
            <source>Reference</source>
            <translation>Referentie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="46" />
            <source>Send a reminder for the selected claims</source>
            <translation>Herinnering versturen voor de geselecteerde terugvorderingen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="47" />
            <source>Settle the selected grants</source>
            <translation>Saldo van de geselecteerde subsidies afrekenen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="121" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="58" />
            <source>Activities</source>
            <translation>Activiteiten</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="56" />
            <source>Administration</source>
            <translation>Administratie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="44" />
            <source>Advance</source>
            <translation>Voorschot</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="26" />
            <source>Advance paid</source>
            <translation>Voorschot betaald</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="48" />
            <source>Approved</source>
            <translation>Goedgekeurd</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="45" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="28" />
            <source>Balance paid</source>
            <translation>Saldo betaald</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="65" />
            <source>Budget minister's agreement</source>
            <translation>Akkoord van de minister van Begroting</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="39" />
            <source>Call for projects</source>
            <translation>Projectoproep</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="49" />
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="30" />
            <source>Closed</source>
            <translation>Afgesloten</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="25" />
            <source>Committed</source>
            <translation>Vastgelegd</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="36" />
            <source>Communal non-profit (ASBL)</source>
            <translation>Gemeentelijke vzw</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="32" />
            <source>Commune</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="55" />
            <source>Communication</source>
            <translation>Mededeling</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="24" />
            <source>Decided</source>
            <translation>Beslist</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="42" />
            <source>Direct grant</source>
            <translation>Rechtstreekse subsidie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="23" />
            <source>Draft</source>
            <translation>Ontwerp</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="69" />
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="70" />
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="41" />
            <source>European Summits Fund (FSE)</source>
            <translation>Fonds Europese Toppen (FSE)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="62" />
            <source>Financial and exceptional</source>
            <translation>Financiële en uitzonderlijke kosten</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="68" />
            <source>French</source>
            <translation>Frans</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="66" />
            <source>Government decision</source>
            <translation>Beslissing van de Regering</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="64" />
            <source>Inspection of Finance opinion</source>
            <translation>Advies van de Inspectie van Financiën</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="60" />
            <source>Investment and depreciation</source>
            <translation>Investeringen en afschrijvingen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="27" />
            <source>Justified</source>
            <translation>Verantwoord</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="40" />
            <source>Local plan (PLPP)</source>
            <translation>Lokaal plan (LPBP)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="93" />
            <source>No</source>
            <translation>Nee</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="51" />
            <source>Open</source>
            <translation>Openstaand</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="46" />
            <source>Other payment</source>
            <translation>Andere betaling</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="52" />
            <source>Paid</source>
            <translation>Betaald</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="33" />
            <source>Police zone</source>
            <translation>Politiezone</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="47" />
            <source>Prepared</source>
            <translation>Voorbereid</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="37" />
            <source>Private non-profit (ASBL)</source>
            <translation>Private vzw</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="29" />
            <source>Recovery</source>
            <translation>Terugvordering</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="35" />
            <source>Regional body (OAA)</source>
            <translation>Gewestelijke instelling (ABI)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="54" />
            <source>Rent and charges</source>
            <translation>Huur en lasten</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="59" />
            <source>Staff</source>
            <translation>Personeel</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="61" />
            <source>Taxes</source>
            <translation>Belastingen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="57" />
            <source>Third parties and fees</source>
            <translation>Prestaties van derden en erelonen</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="34" />
            <source>Training school (ERIP/ERAP/Brusafe)</source>
            <translation>Opleidingsschool (GIP/GSOB/Brusafe)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="93" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
    </context>
    <context>
        <name>lists</name>
        <message>
            <location filename="../../grants/services/lists.py" line="379" />
            <source>Accepted</source>
            <translation>Aanvaard</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="392" />
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="406" />
            <source>Admissible</source>
            <translation>Ontvankelijk</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="365" />
            <location filename="../../grants/services/lists.py" line="376" />
            <location filename="../../grants/services/lists.py" line="424" />
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="399" />
            <source>Applications</source>
            <translation>Kandidaturen</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="367" />
            <source>Approved by</source>
            <translation>Goedgekeurd door</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="415" />
            <source>Available (commitment)</source>
            <translation>Beschikbaar (vastlegging)</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="418" />
            <source>Available (payment)</source>
            <translation>Beschikbaar (vereffening)</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="380" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="363" />
            <location filename="../../grants/services/lists.py" line="372" />
            <location filename="../../grants/services/lists.py" line="404" />
            <location filename="../../grants/services/lists.py" line="423" />
            <source>Beneficiary</source>
            <translation>Begunstigde</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="374" />
            <source>Budget line</source>
            <translation>Basisallocatie</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="373" />
            <location filename="../../grants/services/lists.py" line="388" />
            <location filename="../../grants/services/lists.py" line="438" />
            <location filename="../../grants/services/lists.py" line="439" />
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="399" />
            <source>Closes</source>
            <translation>Sluiting</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="411" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="412" />
            <source>Commitment credits</source>
            <translation>Vastleggingskredieten</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="377" />
            <location filename="../../grants/services/lists.py" line="414" />
            <source>Committed</source>
            <translation>Vastgelegd</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="390" />
            <source>Commune</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="366" />
            <source>Communication</source>
            <translation>Mededeling</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="362" />
            <location filename="../../grants/services/lists.py" line="424" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="381" />
            <source>Decision</source>
            <translation>Besluit</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="426" />
            <source>Due</source>
            <translation>Vervaldag</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="389" />
            <source>Enterprise number</source>
            <translation>Ondernemingsnummer</translation>
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
            <translation>Subsidie</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="400" />
            <source>Granted</source>
            <translation>Toegekend</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="392" />
            <source>Grants</source>
            <translation>Subsidies</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="389" />
            <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="382" />
            <source>Justification due</source>
            <translation>Vervaldag verantwoording</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="363" />
            <location filename="../../grants/services/lists.py" line="397" />
            <location filename="../../grants/services/lists.py" line="434" />
            <location filename="../../grants/services/lists.py" line="441" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="411" />
            <source>Label</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="391" />
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="427" />
            <source>Last reminder</source>
            <translation>Laatste herinnering</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="387" />
            <source>Name</source>
            <translation>Naam</translation>
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
            <translation>Nummer</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="398" />
            <source>Opens</source>
            <translation>Opening</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="368" />
            <source>Origin</source>
            <translation>Herkomst</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="425" />
            <source>Outstanding</source>
            <translation>Openstaand</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="378" />
            <location filename="../../grants/services/lists.py" line="417" />
            <source>Paid</source>
            <translation>Betaald</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="416" />
            <source>Payment credits</source>
            <translation>Vereffeningskredieten</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="383" />
            <source>Period end</source>
            <translation>Einde van de periode</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="390" />
            <source>Police zone</source>
            <translation>Politiezone</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="367" />
            <source>Prepared by</source>
            <translation>Voorbereid door</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="403" />
            <source>Programme</source>
            <translation>Programma</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="374" />
            <source>Purpose</source>
            <translation>Doel</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="428" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="406" />
            <source>Received</source>
            <translation>Ontvangen</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="365" />
            <location filename="../../grants/services/lists.py" line="371" />
            <location filename="../../grants/services/lists.py" line="387" />
            <location filename="../../grants/services/lists.py" line="396" />
            <location filename="../../grants/services/lists.py" line="403" />
            <source>Reference</source>
            <translation>Referentie</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="427" />
            <source>Reminders</source>
            <translation>Herinneringen</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="405" />
            <source>Requested</source>
            <translation>Gevraagd</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="413" />
            <source>Reserved</source>
            <translation>Gereserveerd</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="407" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="407" />
            <source>Selected</source>
            <translation>Geselecteerd</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="364" />
            <location filename="../../grants/services/lists.py" line="375" />
            <location filename="../../grants/services/lists.py" line="426" />
            <location filename="../../grants/services/lists.py" line="435" />
            <location filename="../../grants/services/lists.py" line="437" />
            <location filename="../../grants/services/lists.py" line="445" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="422" />
            <source>Structured communication</source>
            <translation>Gestructureerde mededeling</translation>
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="396" />
            <location filename="../../grants/services/lists.py" line="404" />
            <source>Title</source>
            <translation>Titel</translation>
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
            <translation>Jaar</translation>
        </message>
    </context>
    <context>
        <name>rules</name>
        <message>
            <location filename="../../grants/cli/admin.py" line="116" />
            <source>Output: the report is written as .xlsx or .pdf, not {name}</source>
            <translation>Uitvoer: het rapport wordt als .xlsx of .pdf geschreven, niet {name}</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="18" />
            <source>Audit checks</source>
            <translation>Auditcontroles</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="19" />
            <source>Summary</source>
            <translation>Samenvatting</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="20" />
            <source>Records at fault</source>
            <translation>Foutieve records</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="21" />
            <source>Notes</source>
            <translation>Opmerkingen</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="22" />
            <source>Check</source>
            <translation>Controle</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="23" />
            <source>Result</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="24" />
            <source>Records checked</source>
            <translation>Gecontroleerde records</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="25" />
            <source>At fault</source>
            <translation>Foutief</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="26" />
            <location filename="../../grants/reports/audit_trail.py" line="24" />
            <location filename="../../grants/reports/audit_trail.py" line="72" />
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="27" />
            <location filename="../../grants/reports/audit_trail.py" line="24" />
            <location filename="../../grants/reports/audit_trail.py" line="71" />
            <source>Record type</source>
            <translation>Recordtype</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="28" />
            <location filename="../../grants/services/grants.py" line="363" />
            <location filename="../../grants/services/recoveries.py" line="107" />
            <source>Reason</source>
            <translation>Reden</translation>
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
            <translation>FOUT</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="31" />
            <location filename="../../grants/reports/audit_trail.py" line="68" />
            <source>Database</source>
            <translation>Databank</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="32" />
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="33" />
            <source>all years</source>
            <translation>alle jaren</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="34" />
            <source>Overdue as of</source>
            <translation>Te laat op datum</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="35" />
            <source>Run by</source>
            <translation>Uitgevoerd door</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="36" />
            <source>Run at</source>
            <translation>Uitgevoerd op</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="37" />
            <source>Snapshot taken</source>
            <translation>Momentopname genomen op</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="38" />
            <source>Snapshot content SHA-256</source>
            <translation>SHA-256 van de inhoud van de momentopname</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="39" />
            <source>No record at fault.</source>
            <translation>Geen foutieve records.</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="23" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="23" />
            <source>When (UTC)</source>
            <translation>Wanneer (UTC)</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="23" />
            <location filename="../../grants/reports/audit_trail.py" line="73" />
            <source>User</source>
            <translation>Gebruiker</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="24" />
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="25" />
            <source>Changes</source>
            <translation>Wijzigingen</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="25" />
            <source>Before</source>
            <translation>Voor</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="25" />
            <source>After</source>
            <translation>Na</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="43" />
            <source>Audit trail</source>
            <translation>Audittrail</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="66" />
            <source>About</source>
            <translation>Over</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="69" />
            <source>Exported by</source>
            <translation>Geëxporteerd door</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="70" />
            <source>Exported at</source>
            <translation>Geëxporteerd op</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="74" />
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="75" />
            <source>To</source>
            <translation>Tot</translation>
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="76" />
            <source>Entries</source>
            <translation>Registraties</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="126" />
            <source>{n} records checked</source>
            <translation>{n} records gecontroleerd</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="127" />
            <source>{n} records at fault</source>
            <translation>{n} foutieve records</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="152" />
            <source>Order of acts: decision, commitment, notification, first payment</source>
            <translation>Volgorde van de handelingen: besluit, vastlegging, kennisgeving, eerste betaling</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="153" />
            <source>Decisions complete: purpose, amount, period, budget line, documents, deadline</source>
            <translation>Volledige besluiten: doel, bedrag, periode, basisallocatie, documenten, uiterste datum</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="154" />
            <source>Opinions present wherever the amount requires them</source>
            <translation>Adviezen aanwezig overal waar het bedrag ze vereist</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="155" />
            <source>No payment on a late justification without a recorded derogation</source>
            <translation>Geen betaling op een laattijdige verantwoording zonder geregistreerde afwijking</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="156" />
            <source>Balance arithmetic; every overpayment claimed back</source>
            <translation>Berekening van het saldo; elke onverschuldigde betaling wordt teruggevorderd</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="157" />
            <source>Recoveries followed: recorded, reminded, collected</source>
            <translation>Terugvorderingen opgevolgd: geregistreerd, herinnerd, geïnd</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="158" />
            <source>No double funding: a justified expense counts once</source>
            <translation>Geen dubbele financiering: een verantwoorde uitgave telt maar één keer</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="159" />
            <source>Commitments within commitment credits, payments within payment credits</source>
            <translation>Vastleggingen binnen de vastleggingskredieten, betalingen binnen de vereffeningskredieten</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="160" />
            <source>Separation of duties: payments prepared and approved by two people</source>
            <translation>Functiescheiding: betalingen voorbereid en goedgekeurd door twee personen</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="161" />
            <source>Yearly list of subsidies can be published (ordonnance of 14/12/2017)</source>
            <translation>Jaarlijkse lijst van de subsidies publiceerbaar (ordonnantie van 14/12/2017)</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="165" />
            <source>Inspection des Finances</source>
            <translation>Inspectie van Financiën</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="166" />
            <source>Budget minister's agreement</source>
            <translation>Akkoord van de minister van Begroting</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="167" />
            <source>Government decision</source>
            <translation>Beslissing van de Regering</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="170" />
            <source>purpose</source>
            <translation>doel</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="171" />
            <source>amount</source>
            <translation>bedrag</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="172" />
            <source>period</source>
            <translation>periode</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="173" />
            <source>required documents</source>
            <translation>vereiste documenten</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="174" />
            <source>justification deadline</source>
            <translation>uiterste datum voor de verantwoording</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="176" />
            <source>decision reference</source>
            <translation>referentie van het besluit</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="177" />
            <source>decision date</source>
            <translation>datum van het besluit</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="178" />
            <source>name in French</source>
            <translation>naam in het Frans</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="179" />
            <source>name in Dutch</source>
            <translation>naam in het Nederlands</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="180" />
            <source>enterprise number (BCE)</source>
            <translation>ondernemingsnummer (KBO)</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="252" />
            <source>{n} paid grants have no notification date recorded: their notification could not be placed in the order</source>
            <translation>{n} betaalde subsidies hebben geen geregistreerde datum van kennisgeving: hun kennisgeving kon niet in de volgorde worden geplaatst</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="287" />
            <source>decision incomplete: no {fields}</source>
            <extracomment>The field of a decision (as grants.domain.checks names it) -&gt; its label in audit check 2.</extracomment>
            <translation>besluit onvolledig: geen {fields}</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="325" />
            <source>an amount of {amount} requires the opinion '{kind}'; none is recorded</source>
            <translation>een bedrag van {amount} vereist het advies '{kind}'; er is er geen geregistreerd</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="329" />
            <source>the opinion '{kind}' is dated {date}, after the decision of {decision}</source>
            <translation>het advies '{kind}' is gedateerd op {date}, na het besluit van {decision}</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="337" />
            <source>amended to {amount}, which requires the opinion '{kind}'; none is recorded</source>
            <translation>gewijzigd tot {amount}, wat het advies '{kind}' vereist; er is er geen geregistreerd</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="367" />
            <source>{kind} payment of {amount} on {date}, after the deadline {deadline}, with no justification received and no derogation</source>
            <translation>betaling ({kind}) van {amount} op {date}, na de uiterste datum {deadline}, zonder ontvangen verantwoording en zonder afwijking</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="371" />
            <source>{kind} payment of {amount} on {date} on a justification received {received}, after the deadline {deadline}, with no derogation</source>
            <translation>betaling ({kind}) van {amount} op {date} op een verantwoording ontvangen op {received}, na de uiterste datum {deadline}, zonder afwijking</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="393" />
            <source>paid {paid} (net of refunds), above the granted amount {amount}</source>
            <translation>{paid} betaald (na aftrek van terugbetalingen), boven het toegekende bedrag {amount}</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="396" />
            <source>paid {paid} (net of refunds), above what is committed {committed}</source>
            <translation>{paid} betaald (na aftrek van terugbetalingen), boven het vastgelegde bedrag {committed}</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="405" />
            <source>overpaid by {over} (paid {paid}, due min(accepted {accepted}, granted {amount}) = {due}); recovery claims raised: {claimed}</source>
            <translation>te veel betaald: {over} (betaald {paid}, verschuldigd min(aanvaard {accepted}, toegekend {amount}) = {due}); ingestelde terugvorderingen: {claimed}</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="409" />
            <source>closed with a balance of {balance} still due to the beneficiary</source>
            <translation>afgesloten terwijl de begunstigde nog een saldo van {balance} verschuldigd is</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="420" />
            <source>expense ({category}): accepted {accepted} is above claimed {claimed}</source>
            <translation>uitgave ({category}): het aanvaarde bedrag {accepted} is hoger dan het ingediende {claimed}</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="454" />
            <source>the structured communication {communication} is not valid: the refund cannot be matched</source>
            <translation>de gestructureerde mededeling {communication} is ongeldig: de terugbetaling kan niet worden gekoppeld</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="458" />
            <source>still open although {got} of {amount} was refunded</source>
            <translation>nog steeds open hoewel {got} van {amount} werd terugbetaald</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="461" />
            <source>{left} of {amount} still due since {due}, and no reminder sent</source>
            <translation>{left} van {amount} nog verschuldigd sinds {due}, en geen herinnering verstuurd</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="464" />
            <source>{left} of {amount} still due since {due}, not collected after {n} reminders (last on {last})</source>
            <translation>{left} van {amount} nog verschuldigd sinds {due}, niet geïnd na {n} herinneringen (de laatste op {last})</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="467" />
            <source>marked paid, but the refunds recorded total {got}, not {amount}</source>
            <translation>als betaald gemarkeerd, maar de geregistreerde terugbetalingen bedragen samen {got}, niet {amount}</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="502" />
            <source>expense {evidence} accepted {n} times ({total} in all) on grants {grants}</source>
            <translation>uitgave {evidence} {n} keer aanvaard ({total} in totaal) op de subsidies {grants}</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="532" />
            <source>commitments {committed} above the commitment credits {credits} (by {over})</source>
            <translation>vastleggingen van {committed} boven de vastleggingskredieten van {credits} (overschrijding met {over})</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="538" />
            <source>payments of {paid} made in {year} on a code with no budget line that year</source>
            <translation>betalingen van {paid} uitgevoerd in {year} op een code zonder basisallocatie in dat jaar</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="542" />
            <source>payments {paid} above the payment credits {credits} (by {over})</source>
            <translation>betalingen van {paid} boven de vereffeningskredieten van {credits} (overschrijding met {over})</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="564" />
            <source>payment of {amount} on {date} prepared and approved by the same person, {user}</source>
            <translation>betaling van {amount} op {date} voorbereid en goedgekeurd door dezelfde persoon, {user}</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="568" />
            <source>payment of {amount} on {date} approved without recording who prepared ({prepared}) and who approved ({approved})</source>
            <translation>betaling van {amount} op {date} goedgekeurd zonder te registreren wie ze voorbereidde ({prepared}) en wie ze goedkeurde ({approved})</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="573" />
            <source>{n} payments were imported without the names of who prepared and approved them: not checkable here</source>
            <translation>{n} betalingen werden geïmporteerd zonder de namen van wie ze voorbereidde en goedkeurde: hier niet controleerbaar</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="601" />
            <source>beneficiary of a grant to publish, with no {fields}</source>
            <translation>begunstigde van een te publiceren subsidie, zonder {fields}</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="607" />
            <source>enterprise number {bce} is not valid: the beneficiary cannot be identified in the list</source>
            <translation>het ondernemingsnummer {bce} is ongeldig: de begunstigde kan in de lijst niet worden geïdentificeerd</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="619" />
            <source>cannot be listed for publication: no {fields}</source>
            <translation>kan niet in de te publiceren lijst worden opgenomen: geen {fields}</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_queries.py" line="115" />
            <source>Dates: the end {end} is before the start {start}</source>
            <extracomment>Tables whose records carry a human reference (``ref``): a filter may name a record by it.</extracomment>
            <translation>Data: het einde {end} ligt vóór het begin {start}</translation>
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="54" />
            <source>Name (French)</source>
            <translation>Naam (Frans)</translation>
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="59" />
            <source>Category: {value} is not one of {allowed}</source>
            <translation>Categorie: {value} is niet een van {allowed}</translation>
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="64" />
            <source>Language: {value} is not fr or nl</source>
            <translation>Taal: {value} is noch fr noch nl</translation>
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="76" />
            <source>Commune (NIS): {value} is not one of the 19 Brussels communes</source>
            <translation>Gemeente (NIS): {value} is geen van de 19 Brusselse gemeenten</translation>
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="81" />
            <source>Police zone: {value} is not a Brussels police zone</source>
            <translation>Politiezone: {value} is geen Brusselse politiezone</translation>
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="86" />
            <source>Contact {n}: the name is required</source>
            <translation>Contactpersoon {n}: de naam is verplicht</translation>
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="100" />
            <source>Reference: {ref} is already used by another beneficiary</source>
            <translation>Referentie: {ref} wordt al door een andere begunstigde gebruikt</translation>
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="112" />
            <source>Enterprise number (BCE): {value} is already the number of beneficiary {other}</source>
            <translation>Ondernemingsnummer (KBO): {value} is al het nummer van begunstigde {other}</translation>
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="26" />
            <source>Commitment credits</source>
            <translation>Vastleggingskredieten</translation>
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="27" />
            <source>Payment credits</source>
            <translation>Vereffeningskredieten</translation>
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="29" />
            <source>{label}: must not be negative ({value})</source>
            <translation>{label}: mag niet negatief zijn ({value})</translation>
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="32" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="33" />
            <source>Label</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="40" />
            <source>Code: budget line {code} already exists in {year}</source>
            <translation>Code: basisallocatie {code} bestaat al in {year}</translation>
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="52" />
            <source>Commitment credits: {value} is below what the line's grants already use ({used})</source>
            <translation>Vastleggingskredieten: {value} is lager dan wat de subsidies van de basisallocatie al gebruiken ({used})</translation>
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="57" />
            <source>Payment credits: {value} is below what was already paid ({used})</source>
            <translation>Vereffeningskredieten: {value} is lager dan wat al betaald werd ({used})</translation>
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="16" />
            <source>grant</source>
            <translation>subsidie</translation>
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="17" />
            <source>beneficiary</source>
            <translation>begunstigde</translation>
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="175" />
            <location filename="../../grants/services/common.py" line="18" />
            <source>budget line</source>
            <translation>basisallocatie</translation>
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="19" />
            <source>payment</source>
            <translation>betaling</translation>
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="20" />
            <source>programme</source>
            <translation>programma</translation>
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="21" />
            <source>application</source>
            <translation>kandidatuur</translation>
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="22" />
            <source>recovery claim</source>
            <translation>terugvordering</translation>
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="23" />
            <source>justification</source>
            <translation>verantwoording</translation>
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="29" />
            <source>No {what} with identifier {key}</source>
            <translation>Niet gevonden: {what} met identificatienummer {key}</translation>
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="36" />
            <source>No {what} with reference {key}</source>
            <translation>Niet gevonden: {what} met referentie {key}</translation>
        </message>
        <message>
            <location filename="../../grants/services/database.py" line="125" />
            <source>This database is open read-only ({reason}): nothing can be changed</source>
            <extracomment>The manifest (``snapshot.SnapshotInfo``) when the file is an auditor's snapshot.</extracomment>
            <translation>Deze databank is alleen-lezen geopend ({reason}): er kan niets worden gewijzigd</translation>
        </message>
        <message>
            <location filename="../../grants/domain/problems.py" line="71" />
            <source>row {n}</source>
            <translation>rij {n}</translation>
        </message>
        <message>
            <location filename="../../grants/domain/problems.py" line="72" />
            <source>column {c}</source>
            <translation>kolom {c}</translation>
        </message>
        <message>
            <location filename="../../grants/domain/problems.py" line="73" />
            <source>{where}: {message}</source>
            <translation>{where}: {message}</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="49" />
            <source>Status: grant {ref} cannot go from {current} to {target} (allowed next: {allowed})</source>
            <translation>Status: subsidie {ref} kan niet van {current} naar {target} gaan (mogelijke volgende stappen: {allowed})</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="106" />
            <source>PGSP measures: no PGSP plan edition covers this year</source>
            <translation>Maatregelen van het GVPP: geen enkele editie van het GVPP dekt dit jaar</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="111" />
            <source>PGSP measures: {codes} not in the PGSP {edition}</source>
            <translation>Maatregelen van het GVPP: {codes} komt/komen niet voor in het GVPP {edition}</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="122" />
            <source>Amount: {amount} on budget line {code} ({year}) would bring its grants to {total}, above its commitment credits {credits} (available {available})</source>
            <translation>Bedrag: {amount} op basisallocatie {code} ({year}) zou de subsidies ervan op {total} brengen, boven de vastleggingskredieten van {credits} (beschikbaar {available})</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="138" />
            <source>Purpose</source>
            <translation>Doel</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="140" />
            <source>Beneficiary: choose an existing beneficiary</source>
            <translation>Begunstigde: kies een bestaande begunstigde</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="143" />
            <source>Budget line: choose an existing budget line</source>
            <translation>Basisallocatie: kies een bestaande basisallocatie</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="193" />
            <location filename="../../grants/services/grants.py" line="145" />
            <location filename="../../grants/services/recoveries.py" line="39" />
            <source>Amount: must be above zero ({amount})</source>
            <translation>Bedrag: moet hoger zijn dan nul ({amount})</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="148" />
            <source>Advance share: must be between 0 and 100 % ({share})</source>
            <translation>Aandeel voorschot: moet tussen 0 en 100 % liggen ({share})</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="151" />
            <location filename="../../grants/services/grants.py" line="388" />
            <source>Period: the end {end} is before the start {start}</source>
            <translation>Periode: het einde {end} ligt vóór het begin {start}</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="155" />
            <source>Programme: choose an existing programme</source>
            <translation>Programma: kies een bestaand programma</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="183" />
            <source>Reference: {ref} is already used by another grant</source>
            <translation>Referentie: {ref} wordt al door een andere subsidie gebruikt</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="200" />
            <source>Grant {ref} is {status}: after the decision, change its amount or period by an amendment</source>
            <translation>Subsidie {ref} heeft de status {status}: na het besluit wijzigt u het bedrag of de periode met een wijzigingsbesluit</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="97" />
            <source>Decision reference: this field is required</source>
            <translation>Referentie van het besluit: dit veld is verplicht</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="99" />
            <source>Decision date: this field is required</source>
            <translation>Datum van het besluit: dit veld is verplicht</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="127" />
            <source>PGSP measures: a decision needs at least one PGSP measure</source>
            <extracomment>Measures every grant of a programme kind must carry (FSE: 5.1 and 6.1, compulsory for the zones). The beneficiary categories each programme kind funds (domain.md "Funding channels"): the call for projects funds non-profits (and communes, as the LISA antennas call); the local plans (PLPP) the 19 communes; the European Summits Fund (FSE) the 6 police zones; direct grants the regional bodies, training schools and some ASBL.</extracomment>
            <translation>Maatregelen van het GVPP: een besluit vereist minstens één maatregel van het GVPP</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="131" />
            <source>PGSP measures: a grant of kind {kind} requires the measures {required} (missing {missing})</source>
            <translation>Maatregelen van het GVPP: een subsidie van het type {kind} vereist de maatregelen {required} (ontbreekt: {missing})</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="142" />
            <source>Programme: a programme of kind {kind} does not fund a beneficiary of category {category} (only {allowed})</source>
            <translation>Programma: een programma van het type {kind} financiert geen begunstigde van de categorie {category} (enkel {allowed})</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="160" />
            <source>Commitment date: {committed} with no decision recorded</source>
            <translation>Datum van vastlegging: {committed} zonder geregistreerd besluit</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="162" />
            <source>Commitment date: {committed} is before the decision of {decision} (decision, then commitment, then payment)</source>
            <translation>Datum van vastlegging: {committed} ligt vóór het besluit van {decision} (besluit, dan vastlegging, dan betaling)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="166" />
            <source>Notification date: {notified} is before the decision {decided}</source>
            <translation>Datum van kennisgeving: {notified} ligt vóór het besluit van {decided}</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="85" />
            <source>Period: a decision needs the period of the activity (start and end)</source>
            <translation>Periode: een besluit vereist de periode van de activiteit (begin en einde)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="45" />
            <source>{label}: {date} is not a plausible date (between {first} and {last})</source>
            <extracomment>The first date the application accepts (the Region's first subsidies: 1989). How many years after max(grant year, this year) a date may lie (deadlines, multi-year periods).</extracomment>
            <translation>{label}: {date} is geen plausibele datum (tussen {first} en {last})</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="59" />
            <source>Decision date</source>
            <translation>Datum van het besluit</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="60" />
            <source>Notification date</source>
            <translation>Datum van kennisgeving</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="61" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="62" />
            <source>Period start</source>
            <translation>Begin van de periode</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="63" />
            <source>Period end</source>
            <translation>Einde van de periode</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="64" />
            <source>Justification deadline</source>
            <translation>Uiterste datum voor de verantwoording</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="65" />
            <source>Received on</source>
            <translation>Ontvangen op</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="66" />
            <source>Checked on</source>
            <translation>Gecontroleerd op</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="81" />
            <source>Purpose: a decision needs the purpose of the grant</source>
            <translation>Doel: een besluit vereist het doel van de subsidie</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="83" />
            <source>Amount: a decision needs an amount above zero</source>
            <translation>Bedrag: een besluit vereist een bedrag groter dan nul</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="88" />
            <source>Budget line: a decision needs the budget line it is paid from</source>
            <translation>Begrotingslijn: een besluit vereist de begrotingslijn waarop het wordt betaald</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="91" />
            <source>Required documents: a decision needs the list of supporting documents</source>
            <translation>Vereiste stukken: een besluit vereist de lijst van de bewijsstukken</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="94" />
            <source>Justification deadline: a decision needs the deadline for the supporting documents</source>
            <translation>Uiterste datum voor de verantwoording: een besluit vereist de uiterste datum voor de bewijsstukken</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="169" />
            <source>Notification date: {notified} is before the commitment of {committed}</source>
            <translation>Datum van kennisgeving: {notified} ligt vóór de vastlegging van {committed}</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="173" />
            <source>Payment date: {paid} with no commitment</source>
            <translation>Datum van betaling: {paid} zonder vastlegging</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="175" />
            <source>Payment date: {paid} is before the commitment of {committed}</source>
            <translation>Datum van betaling: {paid} ligt vóór de vastlegging van {committed}</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="178" />
            <source>Payment date: {paid} is before the decision of {decision}</source>
            <translation>Datum van betaling: {paid} ligt vóór het besluit van {decision}</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="181" />
            <source>Payment date: {paid} is before the notification of {notified}</source>
            <translation>Datum van betaling: {paid} ligt vóór de kennisgeving van {notified}</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="278" />
            <source>Opinions: an amount of {amount} requires the opinion '{kind}' dated on or before the decision</source>
            <translation>Adviezen: een bedrag van {amount} vereist het advies '{kind}', gedateerd uiterlijk op de dag van het besluit</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="321" />
            <source>Status: grant {ref} is {status}; only a decided grant can be committed</source>
            <translation>Status: subsidie {ref} heeft de status {status}; enkel een besliste subsidie kan worden vastgelegd</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="324" />
            <source>Commitment date</source>
            <translation>Datum van vastlegging</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="334" />
            <source>Commitment amount: nothing left to commit on grant {ref} ({committed} of {granted} committed)</source>
            <translation>Bedrag van de vastlegging: niets meer vast te leggen op subsidie {ref} ({committed} van {granted} vastgelegd)</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="338" />
            <source>Commitment amount: {amount} would bring grant {ref} to {total} committed, above its amount {granted}</source>
            <translation>Bedrag van de vastlegging: {amount} zou de vastlegging van subsidie {ref} op {total} brengen, boven het bedrag van {granted}</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="345" />
            <source>Commitment amount: {amount} would bring budget line {code} ({year}) to {total} committed, above its commitment credits {credits}</source>
            <translation>Bedrag van de vastlegging: {amount} zou de vastleggingen op basisallocatie {code} ({year}) op {total} brengen, boven de vastleggingskredieten van {credits}</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="364" />
            <source>Status: grant {ref} is {status}; only a decided, open grant is amended (edit a draft directly)</source>
            <translation>Status: subsidie {ref} heeft de status {status}; enkel een besliste, niet-afgesloten subsidie wordt gewijzigd met een wijzigingsbesluit (een ontwerp wijzigt u rechtstreeks)</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="367" />
            <source>Amendment: change the amount or the period</source>
            <translation>Wijzigingsbesluit: wijzig het bedrag of de periode</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="373" />
            <source>Amount change: the new amount {amount} would be below what was already paid {paid}</source>
            <translation>Wijziging van het bedrag: het nieuwe bedrag {amount} zou lager zijn dan wat al betaald werd ({paid})</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="393" />
            <source>Amendment date: {date} is before the decision or a previous amendment</source>
            <translation>Datum van het wijzigingsbesluit: {date} ligt vóór het besluit of een vorig wijzigingsbesluit</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="427" />
            <source>Status: grant {ref} still has payments waiting for approval</source>
            <translation>Status: subsidie {ref} heeft nog betalingen die op goedkeuring wachten</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="431" />
            <source>Status: grant {ref} has an open recovery claim; it closes when the claim is paid or cancelled</source>
            <translation>Status: subsidie {ref} heeft een openstaande terugvordering; ze wordt afgesloten wanneer de terugvordering betaald of geannuleerd is</translation>
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="437" />
            <source>Balance: grant {ref} still has a balance of {balance}; pay it or claim it back before closing</source>
            <translation>Saldo: subsidie {ref} heeft nog een saldo van {balance}; betaal het of vorder het terug vóór de afsluiting</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="115" />
            <source>File {file}: not a readable Excel workbook ({error})</source>
            <translation>Bestand {file}: geen leesbare Excel-werkmap ({error})</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="125" />
            <source>Unknown sheet (expected {expected})</source>
            <translation>Onbekend blad (verwacht: {expected})</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="136" />
            <source>Unknown column (expected {expected})</source>
            <translation>Onbekende kolom (verwacht: {expected})</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="139" />
            <source>Column appears twice</source>
            <translation>De kolom komt twee keer voor</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="144" />
            <source>Required column is missing</source>
            <translation>Een verplichte kolom ontbreekt</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="152" />
            <location filename="../../grants/services/importer.py" line="169" />
            <source>Value in a column without a header</source>
            <translation>Waarde in een kolom zonder kop</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="211" />
            <source>A value is required</source>
            <translation>Een waarde is verplicht</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="222" />
            <source>At most {max} characters</source>
            <translation>Ten hoogste {max} tekens</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="268" />
            <source>{value} is not one of {allowed}</source>
            <translation>{value} is niet een van {allowed}</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="279" />
            <source>{key} already appears on row {first}</source>
            <translation>{key} komt al voor op rij {first}</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="414" />
            <source>{value} is not the NIS code of one of the 19 Brussels communes</source>
            <translation>{value} is niet de NIS-code van een van de 19 Brusselse gemeenten</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="423" />
            <source>{value} is not a Brussels police zone</source>
            <translation>{value} is geen Brusselse politiezone</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="430" />
            <source>Enterprise number {value} already belongs to beneficiary {other}</source>
            <translation>Ondernemingsnummer {value} behoort al toe aan begunstigde {other}</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="454" />
            <source>{closes} is before the opening {opens}</source>
            <translation>{closes} ligt vóór de opening op {opens}</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="492" />
            <source>The end {end} is before the start {start}</source>
            <translation>Het einde {end} ligt vóór het begin {start}</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="494" />
            <source>The amount must be above zero ({amount})</source>
            <translation>Het bedrag moet hoger zijn dan nul ({amount})</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="497" />
            <source>A decision reference needs its decision date</source>
            <translation>Een referentie van een besluit vereist de datum van het besluit</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="502" />
            <source>No beneficiary {ref} (in this workbook or the database)</source>
            <translation>Geen begunstigde {ref} (in deze werkmap of in de databank)</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="505" />
            <source>No programme {ref} (in this workbook or the database)</source>
            <translation>Geen programma {ref} (in deze werkmap of in de databank)</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="507" />
            <source>No budget line {code} in {year} (a grant commits the line of its own year)</source>
            <translation>Geen basisallocatie {code} in {year} (een subsidie wordt vastgelegd op de basisallocatie van haar eigen jaar)</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="520" />
            <source>No PGSP plan edition covers {year}</source>
            <translation>Geen enkele editie van het GVPP dekt {year}</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="525" />
            <source>{codes} not in the PGSP {edition}</source>
            <translation>{codes} komt/komen niet voor in het GVPP {edition}</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="547" />
            <source>Grant {ref} exists with another {column}; it cannot be moved by an import</source>
            <translation>Subsidie {ref} bestaat met een andere waarde voor {column}; een import kan ze niet verplaatsen</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="550" />
            <source>Grant {ref} already has payments: its decision date cannot change</source>
            <translation>Op subsidie {ref} zijn al betalingen gebeurd: de datum van het besluit kan niet meer wijzigen</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="580" />
            <source>The amount must not be zero</source>
            <translation>Het bedrag mag niet nul zijn</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="585" />
            <source>No grant {ref} (in this workbook or the database)</source>
            <translation>Geen subsidie {ref} (in deze werkmap of in de databank)</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="609" />
            <source>Payment {reference} of grant {ref} is managed in the application and cannot be changed by an import</source>
            <translation>Betaling {reference} van subsidie {ref} wordt in de toepassing beheerd en kan niet door een import worden gewijzigd</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="730" />
            <source>Grants on budget line {code} ({year}) reach {total} with this one, above its commitment credits {credits}</source>
            <translation>Met deze erbij bereiken de subsidies op basisallocatie {code} ({year}) {total}, boven de vastleggingskredieten van {credits}</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="736" />
            <source>The commitment credits {credits} are below what the line's grants reserve ({total})</source>
            <translation>De vastleggingskredieten van {credits} zijn lager dan wat de subsidies van de basisallocatie reserveren ({total})</translation>
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="810" />
            <source>The payment credits {credits} are below what is paid in the year on this code ({total})</source>
            <translation>De vereffeningskredieten van {credits} zijn lager dan wat in het jaar op deze code betaald is ({total})</translation>
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="42" />
            <source>Status: grant {ref} is {status}; a justification is received for a committed grant</source>
            <translation>Status: subsidie {ref} heeft de status {status}; een verantwoording wordt ontvangen voor een vastgelegde subsidie</translation>
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="46" />
            <source>Received on: {date} is before the decision of {decision}</source>
            <translation>Ontvangen op: {date} ligt vóór het besluit van {decision}</translation>
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="49" />
            <source>Checked on: {date} is before the reception {received}</source>
            <translation>Gecontroleerd op: {date} ligt vóór de ontvangst op {received}</translation>
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="52" />
            <source>Expenses: give at least one expense category</source>
            <translation>Uitgaven: vul minstens één uitgavencategorie in</translation>
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="55" />
            <source>Expenses, line {n}: amounts must not be negative</source>
            <translation>Uitgaven, rij {n}: de bedragen mogen niet negatief zijn</translation>
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="58" />
            <source>Expenses, line {n} ({category}): accepted {accepted} is above claimed {claimed}</source>
            <translation>Uitgaven, rij {n} ({category}): het aanvaarde bedrag {accepted} is hoger dan het ingediende {claimed}</translation>
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="92" />
            <source>Status: grant {ref} is {status}; settle it once its justification is received</source>
            <translation>Status: subsidie {ref} heeft de status {status}; het saldo wordt afgerekend zodra de verantwoording ontvangen is</translation>
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="107" />
            <source>Paid above the accepted expenses</source>
            <translation>Meer betaald dan de aanvaarde uitgaven</translation>
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="39" />
            <source>Kind: money paid back is recorded on its recovery claim, not as a payment</source>
            <translation>Soort: een terugbetaald bedrag wordt op de terugvordering geregistreerd, niet als betaling</translation>
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="47" />
            <source>Status: a payment of kind {kind} is not possible on grant {ref}, which is {status}</source>
            <translation>Status: een betaling van de soort {kind} is niet mogelijk op subsidie {ref}, die de status {status} heeft</translation>
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="54" />
            <location filename="../../grants/services/payments.py" line="138" />
            <source>Beneficiary: payments are blocked while recovery claim {communication} of {amount} is open</source>
            <translation>Begunstigde: de betalingen zijn geblokkeerd zolang terugvordering {communication} van {amount} openstaat</translation>
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="59" />
            <source>Date: grant {ref} is not committed yet; commit it before paying</source>
            <translation>Datum: subsidie {ref} is nog niet vastgelegd; leg ze vast vóór de betaling</translation>
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="62" />
            <source>Date: payment of {date} is before the commitment of {committed} (decision, then commitment, then payment)</source>
            <translation>Datum: de betaling van {date} ligt vóór de vastlegging van {committed} (besluit, dan vastlegging, dan betaling)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="195" />
            <source>Amount: {amount} would bring payments on grant {ref} to {total}, above what is committed {committed} (granted {granted})</source>
            <translation>Bedrag: {amount} zou de betalingen op subsidie {ref} op {total} brengen, boven het vastgelegde bedrag van {committed} (toegekend {granted})</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="201" />
            <source>Amount: the advance would reach {total}, above {share} % of the grant ({limit})</source>
            <translation>Bedrag: het voorschot zou {total} bereiken, boven {share} % van de subsidie ({limit})</translation>
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="74" />
            <source>Amount: {amount} is above the balance due {balance} (accepted {accepted}, granted {granted}, paid {paid})</source>
            <translation>Bedrag: {amount} is hoger dan het verschuldigde saldo van {balance} (aanvaard {accepted}, toegekend {granted}, betaald {paid})</translation>
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="80" />
            <source>Derogation: the justification arrived on {received}, after the deadline {deadline}; record the derogation that allows this payment</source>
            <translation>Afwijking: de verantwoording kwam binnen op {received}, na de uiterste datum {deadline}; registreer de afwijking die deze betaling toestaat</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="209" />
            <source>Date: there is no budget line {code} in {year} to pay from (payment credits)</source>
            <translation>Datum: er is geen basisallocatie {code} in {year} om van te betalen (vereffeningskredieten)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/checks.py" line="212" />
            <source>Amount: {amount} would bring {year} payments on budget line {code} to {total}, above its payment credits {credits} (available {available})</source>
            <translation>Bedrag: {amount} zou de betalingen van {year} op basisallocatie {code} op {total} brengen, boven de vereffeningskredieten van {credits} (beschikbaar {available})</translation>
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="125" />
            <source>Status: payment {id} is {status}; only a prepared payment can be approved</source>
            <translation>Status: betaling {id} heeft de status {status}; enkel een voorbereide betaling kan worden goedgekeurd</translation>
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="129" />
            <source>Approval: {user} prepared this payment and may not approve it too (separation of duties)</source>
            <translation>Goedkeuring: {user} heeft deze betaling voorbereid en mag ze niet ook goedkeuren (functiescheiding)</translation>
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="153" />
            <source>Status: payment {id} is {status}; only a prepared payment can be cancelled</source>
            <translation>Status: betaling {id} heeft de status {status}; enkel een voorbereide betaling kan worden geannuleerd</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="40" />
            <location filename="../../grants/services/programmes.py" line="74" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="46" />
            <source>Kind: {value} is not one of {allowed}</source>
            <translation>Soort: {value} is niet een van {allowed}</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="49" />
            <source>Envelope: must not be negative ({value})</source>
            <translation>Enveloppe: mag niet negatief zijn ({value})</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="51" />
            <source>Closes: {closes} is before the opening {opens}</source>
            <translation>Sluiting: {closes} ligt vóór de opening op {opens}</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="78" />
            <source>Requested amount: must be above zero ({amount})</source>
            <translation>Gevraagd bedrag: moet hoger zijn dan nul ({amount})</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="81" />
            <source>Received on: {date} is after the call closed ({closes})</source>
            <translation>Ontvangen op: {date} ligt na de sluiting van de oproep ({closes})</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="103" />
            <source>Admissibility: say why the application is not admissible</source>
            <translation>Ontvankelijkheid: vermeld waarom de kandidatuur niet ontvankelijk is</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="119" />
            <source>Scores: only an admissible application is scored ({ref})</source>
            <translation>Scores: enkel een ontvankelijke kandidatuur krijgt een score ({ref})</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="120" />
            <source>{label}: the score must be between 0 and 10 ({value})</source>
            <translation>{label}: de score moet tussen 0 en 10 liggen ({value})</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="122" />
            <source>Relevance</source>
            <translation>Relevantie</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="123" />
            <source>Efficiency</source>
            <translation>Efficiëntie</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="124" />
            <source>Effectiveness</source>
            <translation>Doeltreffendheid</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="140" />
            <source>Selection: application {ref} must be admissible and scored before it is selected</source>
            <translation>Selectie: kandidatuur {ref} moet ontvankelijk zijn en een score hebben voordat ze geselecteerd wordt</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="143" />
            <source>Selection: application {ref} already became a grant</source>
            <translation>Selectie: kandidatuur {ref} werd al een subsidie</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="169" />
            <source>Application {ref} is not part of this call</source>
            <translation>Kandidatuur {ref} maakt geen deel uit van deze oproep</translation>
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="200" />
            <source>Selection: no selected application is waiting to become a grant</source>
            <translation>Selectie: er wacht geen geselecteerde kandidatuur om een subsidie te worden</translation>
        </message>
        <message>
            <location filename="../../grants/services/recoveries.py" line="55" />
            <location filename="../../grants/services/recoveries.py" line="77" />
            <location filename="../../grants/services/recoveries.py" line="109" />
            <source>Status: recovery claim {communication} is {status}</source>
            <translation>Status: terugvordering {communication} heeft de status {status}</translation>
        </message>
        <message>
            <location filename="../../grants/services/recoveries.py" line="82" />
            <source>Amount: {amount} must be above zero and at most the {left} still due on claim {communication}</source>
            <translation>Bedrag: {amount} moet hoger zijn dan nul en ten hoogste de {left} die nog verschuldigd is op terugvordering {communication}</translation>
        </message>
        <message>
            <location filename="../../grants/services/recoveries.py" line="85" />
            <source>Date: {date} is before the claim of {claimed}</source>
            <translation>Datum: {date} ligt vóór de terugvordering van {claimed}</translation>
        </message>
        <message>
            <location filename="../../grants/services/reporting.py" line="397" />
            <source>Years: the last year {to} is before the first {first}</source>
            <extracomment>Statuses from which a grant's balance is meaningful (its justification was received).</extracomment>
            <translation>Jaren: het laatste jaar {to} ligt vóór het eerste {first}</translation>
        </message>
        <message>
            <location filename="../../grants/services/reporting.py" line="400" />
            <source>Years: {first} to {to} is more than 30 years</source>
            <translation>Jaren: van {first} tot {to} is meer dan 30 jaar</translation>
        </message>
        <message>
            <location filename="../../grants/services/reporting.py" line="555" />
            <source>Beneficiary {ref} has no grant in {year}: there is no statement to write</source>
            <translation>Begunstigde {ref} heeft geen subsidie in {year}: er is geen overzicht op te stellen</translation>
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="30" />
            <source>officer</source>
            <translation>dossierbeheerder</translation>
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="31" />
            <source>finance</source>
            <translation>financiën</translation>
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="32" />
            <source>auditor</source>
            <translation>auditor</translation>
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="33" />
            <source>admin</source>
            <translation>beheerder</translation>
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="68" />
            <source>Role: {value} is not one of officer, finance, auditor, admin</source>
            <translation>Rol: {value} is niet een van officer, finance, auditor, admin</translation>
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="76" />
            <source>User: give the OS user name (no spaces, at most {n} characters)</source>
            <translation>Gebruiker: geef de gebruikersnaam van het systeem (zonder spaties, ten hoogste {n} tekens)</translation>
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="119" />
            <source>Roles: nobody has a role yet; first give yourself the admin role (grants roles set {user} admin), so that you cannot lock yourself out</source>
            <translation>Rollen: niemand heeft al een rol; geef uzelf eerst de rol admin (grants roles set {user} admin), zodat u uzelf niet buitensluit</translation>
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="125" />
            <location filename="../../grants/services/roles.py" line="143" />
            <source>Roles: {user} is the last admin; name another admin first</source>
            <translation>Rollen: {user} is de laatste beheerder; wijs eerst een andere beheerder aan</translation>
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="140" />
            <source>User {user} has no role to remove</source>
            <translation>Gebruiker {user} heeft geen rol die kan worden ingetrokken</translation>
        </message>
        <message>
            <location filename="../../grants/services/security.py" line="38" />
            <source>User {user} has no role in this database: ask an administrator</source>
            <extracomment>What each role may do. "write" is any change to grants data.</extracomment>
            <translation>Gebruiker {user} heeft geen rol in deze databank: richt u tot een beheerder</translation>
        </message>
        <message>
            <location filename="../../grants/services/security.py" line="42" />
            <source>User {user} ({role}) may not do this: {permission} is not allowed for the role</source>
            <translation>Gebruiker {user} ({role}) mag dit niet doen: {permission} is niet toegestaan voor deze rol</translation>
        </message>
        <message>
            <location filename="../../grants/services/sepa.py" line="195" />
            <source>Output: {path} is a folder, not a file</source>
            <translation>Uitvoer: {path} is een map, geen bestand</translation>
        </message>
        <message>
            <location filename="../../grants/services/sepa.py" line="211" />
            <source>Payments: no approved payment is waiting to be sent to the bank</source>
            <translation>Betalingen: er wacht geen goedgekeurde betaling om naar de bank te worden verstuurd</translation>
        </message>
        <message>
            <location filename="../../grants/services/sepa.py" line="220" />
            <source>IBAN: beneficiary {ref} ({name}) has no valid account number; payment {id} of {amount} on grant {grant} cannot be sent</source>
            <translation>IBAN: begunstigde {ref} ({name}) heeft geen geldig rekeningnummer; betaling {id} van {amount} op subsidie {grant} kan niet worden verstuurd</translation>
        </message>
        <message>
            <location filename="../../grants/services/sepa.py" line="253" />
            <source>Output: the SEPA file {msg} is recorded (its payments are marked as sent) but could not be written to {path} ({error}); run grants export sepa --reissue {msg} --out FILE</source>
            <translation>Uitvoer: het SEPA-bestand {msg} is geregistreerd (de betalingen ervan zijn als verzonden gemarkeerd) maar kon niet naar {path} geschreven worden ({error}); voer grants export sepa --reissue {msg} --out BESTAND uit</translation>
        </message>
        <message>
            <location filename="../../grants/services/sepa.py" line="325" />
            <source>Message id: no SEPA file {msg} in this database</source>
            <translation>Berichtidentificatie: geen SEPA-bestand {msg} in deze databank</translation>
        </message>
        <message>
            <location filename="../../grants/services/sepa.py" line="333" />
            <source>Message id: the SEPA file {msg} kept in the database does not match its checksum; it is not written</source>
            <translation>Berichtidentificatie: het SEPA-bestand {msg} in de databank komt niet overeen met zijn controlesom; het wordt niet geschreven</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="206" />
            <source>Snapshot: only a database file (SQLite) can be copied, not {url}</source>
            <extracomment>Units of progress: the copy counts for the first half, hashing for the second.</extracomment>
            <translation>Momentopname: enkel een databankbestand (SQLite) kan worden gekopieerd, niet {url}</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="209" />
            <source>Snapshot: the database {path} does not exist</source>
            <translation>Momentopname: de databank {path} bestaat niet</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="213" />
            <source>Output: the snapshot cannot replace the database itself</source>
            <translation>Uitvoer: de momentopname kan de databank zelf niet vervangen</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="215" />
            <source>Output: {path} already exists; choose another file name</source>
            <translation>Uitvoer: {path} bestaat al; kies een andere bestandsnaam</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="218" />
            <source>Output: the folder {path} does not exist</source>
            <translation>Uitvoer: de map {path} bestaat niet</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="257" />
            <source>Snapshot: {path} is already a snapshot; copy the file itself</source>
            <translation>Momentopname: {path} is al een momentopname; kopieer het bestand zelf</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="330" />
            <source>Not a snapshot: {path} has no manifest</source>
            <translation>Geen momentopname: {path} heeft geen manifest</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="373" />
            <source>Damaged file: {path} does not exist or is not a file</source>
            <translation>Beschadigd bestand: {path} bestaat niet of is geen bestand</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="377" />
            <source>Damaged file: {path} is not a SQLite database</source>
            <translation>Beschadigd bestand: {path} is geen SQLite-databank</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="382" />
            <source>Damaged file: {path} cannot be opened ({detail})</source>
            <translation>Beschadigd bestand: {path} kan niet worden geopend ({detail})</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="402" />
            <source>Damaged file: the SQLite integrity check failed ({detail})</source>
            <translation>Beschadigd bestand: de integriteitscontrole van SQLite is mislukt ({detail})</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="406" />
            <source>Damaged file: the manifest cannot be read ({detail})</source>
            <translation>Beschadigd bestand: het manifest kan niet worden gelezen ({detail})</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="409" />
            <source>Not a snapshot: {path} has no manifest (take one with grants snapshot)</source>
            <translation>Geen momentopname: {path} heeft geen manifest (neem er een met grants snapshot)</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="395" />
            <source>File altered: its bytes no longer match the seal written when the snapshot was taken</source>
            <translation>Bestand gewijzigd: de inhoud stemt niet meer overeen met de zegel die bij het nemen van de momentopname werd geschreven</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="412" />
            <source>Manifest altered: the manifest (date, author, source, counts, content hash) does not match its own hash</source>
            <translation>Manifest gewijzigd: het manifest (datum, auteur, bron, aantallen, hash van de inhoud) stemt niet overeen met zijn eigen hash</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="417" />
            <source>Damaged file: the content cannot be read ({detail})</source>
            <translation>Beschadigd bestand: de inhoud kan niet worden gelezen ({detail})</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="421" />
            <source>Content altered: the content hash is {found}, the manifest says {expected}</source>
            <translation>Inhoud gewijzigd: de hash van de inhoud is {found}, het manifest vermeldt {expected}</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="427" />
            <source>Content altered: table {table} has {found} rows, the manifest says {expected}</source>
            <translation>Inhoud gewijzigd: tabel {table} telt {found} rijen, het manifest vermeldt {expected}</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="430" />
            <source>Content altered: the content hash is {found}, not the {expected} sent with the snapshot</source>
            <translation>Inhoud gewijzigd: de hash van de inhoud is {found}, niet de {expected} die met de momentopname werd meegestuurd</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="450" />
            <source>Audit chain broken: the audit trail cannot be read ({detail})</source>
            <translation>Auditketen verbroken: de audittrail kan niet worden gelezen ({detail})</translation>
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="454" />
            <source>Audit chain broken at entry {id}: {reason}</source>
            <translation>Auditketen verbroken bij registratie {id}: {reason}</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="31" />
            <source>Enterprise number (BCE): {value} is not a valid Belgian enterprise number (10 digits, modulo-97 key)</source>
            <translation>Ondernemingsnummer (KBO): {value} is geen geldig Belgisch ondernemingsnummer (10 cijfers, controlegetal modulo 97)</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="46" />
            <source>IBAN: {value} is not a valid account number (ISO 13616 check digits)</source>
            <translation>IBAN: {value} is geen geldig rekeningnummer (controlecijfers ISO 13616)</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="61" />
            <source>Structured communication: {value} is not valid (12 digits, the last two the first ten modulo 97)</source>
            <translation>Gestructureerde mededeling: {value} is ongeldig (12 cijfers, de laatste twee zijn de eerste tien modulo 97)</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="88" />
            <source>{field}: {value} is not a year</source>
            <translation>{field}: {value} is geen jaartal</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="104" />
            <source>PGSP measures: {code} is not a measure code (like 1.4)</source>
            <translation>Maatregelen van het GVPP: {code} is geen maatregelcode (zoals 1.4)</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="108" />
            <source>PGSP measures: measure {code} is listed twice</source>
            <translation>Maatregelen van het GVPP: maatregel {code} komt twee keer voor</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="130" />
            <source>PGSP measures: give a share for every measure or for none</source>
            <translation>Maatregelen van het GVPP: geef een aandeel voor elke maatregel of voor geen enkele</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="117" />
            <location filename="../../grants/services/validators.py" line="147" />
            <source>PGSP measures: the share of measure {code} must be above 0 and at most 100 ({share} %)</source>
            <translation>Maatregelen van het GVPP: het aandeel van maatregel {code} moet hoger zijn dan 0 en ten hoogste 100 ({share} %)</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="121" />
            <source>PGSP measures: share {share} of measure {code} is not a percentage with at most 2 decimals</source>
            <translation>Maatregelen van het GVPP: het aandeel {share} van maatregel {code} is geen percentage met hoogstens 2 decimalen</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="153" />
            <source>PGSP measures: the shares total {total} %, they must total 100 %</source>
            <translation>Maatregelen van het GVPP: de aandelen bedragen samen {total} %, ze moeten samen 100 % bedragen</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="161" />
            <source>{label}: this field is required</source>
            <translation>{label}: dit veld is verplicht</translation>
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="164" />
            <source>{label}: at most {max} characters</source>
            <translation>{label}: ten hoogste {max} tekens</translation>
        </message>
        <message>
            <location filename="../../grants/demo/scenario.py" line="853" />
            <source>Demo: the demonstration data needs a database file that two users can open (not {url})</source>
            <extracomment>Who does what: the officer prepares (beneficiaries, grants, payments), finance keeps the budget and approves. The day the story stops: what is overdue is overdue at this date. How long before the decision each opinion is given (the Government decides on the day). The programmes the grants belong to (the PLPP 2023 envelope is what its grants add up to).</extracomment>
            <translation>Demo: de demonstratiegegevens vereisen een databankbestand dat twee gebruikers kunnen openen (niet {url})</translation>
        </message>
        <message>
            <location filename="../../grants/domain/parse.py" line="34" />
            <source>Amount: {text} is not an amount in euro (for example 1 234,56)</source>
            <translation>Bedrag: {text} is geen bedrag in euro (bijvoorbeeld 1 234,56)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/parse.py" line="35" />
            <source>Amount: {text} is ambiguous, it can be read as {thousands} or as {decimals}; write the cents (2.000,00) or no separator (2000)</source>
            <translation>Bedrag: {text} is dubbelzinnig, het kan gelezen worden als {thousands} of als {decimals}; schrijf de centen (2.000,00) of geen scheidingsteken (2000)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/parse.py" line="36" />
            <source>Amount: {text} is ambiguous, it can be read as {thousands} or as an amount with 3 decimals; write the cents (2.000,00) or no separator (2000)</source>
            <translation>Bedrag: {text} is dubbelzinnig, het kan gelezen worden als {thousands} of als een bedrag met 3 decimalen; schrijf de centen (2.000,00) of geen scheidingsteken (2000)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/parse.py" line="37" />
            <source>Amount: {text} has more than 2 decimals (it is never rounded)</source>
            <translation>Bedrag: {text} heeft meer dan 2 decimalen (het wordt nooit afgerond)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/parse.py" line="38" />
            <source>Amount: {text} must not be negative</source>
            <translation>Bedrag: {text} mag niet negatief zijn</translation>
        </message>
        <message>
            <location filename="../../grants/domain/parse.py" line="39" />
            <source>Amount: {text} is too large (at most 999 999 999 999,99)</source>
            <translation>Bedrag: {text} is te hoog (hoogstens 999 999 999 999,99)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/parse.py" line="40" />
            <source>Share: {text} is not a percentage (for example 50 or 33,33)</source>
            <translation>Aandeel: {text} is geen percentage (bijvoorbeeld 50 of 33,33)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/parse.py" line="41" />
            <source>Share: {text} has more than 2 decimals (it is never rounded)</source>
            <translation>Aandeel: {text} heeft meer dan 2 decimalen (het wordt nooit afgerond)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/parse.py" line="42" />
            <source>Share: {text} is not between 0 and 100 %</source>
            <translation>Aandeel: {text} ligt niet tussen 0 en 100 %</translation>
        </message>
        <message>
            <location filename="../../grants/domain/parse.py" line="43" />
            <source>Date: {text} is not a date (for example 31/03/2024 or 2024-03-31)</source>
            <translation>Datum: {text} is geen datum (bijvoorbeeld 31/03/2024 of 2024-03-31)</translation>
        </message>
        <message>
            <location filename="../../grants/domain/parse.py" line="44" />
            <source>Date: {text} does not exist in the calendar</source>
            <translation>Datum: {text} bestaat niet in de kalender</translation>
        </message>
        <message>
            <location filename="../../grants/cli/__init__.py" line="60" />
            <source>no database at {path}: run grants init</source>
            <translation>geen databank op {path}: voer grants init uit</translation>
        </message>
        <message>
            <location filename="../../grants/services/organisation.py" line="67" />
            <source>Organisation settings: {setting} not set; run grants settings {setting} VALUE (administrators)</source>
            <translation>Instellingen van de organisatie: {setting} is niet ingesteld; voer grants settings {setting} WAARDE uit (beheerders)</translation>
        </message>
        <message>
            <location filename="../../grants/services/organisation.py" line="90" />
            <source>Setting: {key} is not one of name, address, iban, bic, logo, signatories</source>
            <translation>Instelling: {key} is niet een van name, address, iban, bic, logo, signatories</translation>
        </message>
        <message>
            <location filename="../../grants/services/organisation.py" line="97" />
            <source>{setting}: at most {n} characters</source>
            <translation>{setting}: hoogstens {n} tekens</translation>
        </message>
        <message>
            <location filename="../../grants/services/organisation.py" line="104" />
            <source>BIC: {value} is not a bank identifier code (8 or 11 letters and digits)</source>
            <translation>BIC: {value} is geen bankidentificatiecode (8 of 11 letters en cijfers)</translation>
        </message>
        <message>
            <location filename="../../grants/services/organisation.py" line="110" />
            <source>Logo: no image file at {path}</source>
            <translation>Logo: geen afbeeldingsbestand op {path}</translation>
        </message>
        <message>
            <location filename="../../grants/services/schema.py" line="41" />
            <source>Database: {path} is a folder, not a database file</source>
            <translation>Databank: {path} is een map, geen databankbestand</translation>
        </message>
        <message>
            <location filename="../../grants/services/schema.py" line="49" />
            <source>Database: {path} is not a grants database (not an SQLite file); it was left untouched</source>
            <translation>Databank: {path} is geen grants-databank (geen SQLite-bestand); ze werd niet gewijzigd</translation>
        </message>
        <message>
            <location filename="../../grants/services/schema.py" line="58" />
            <source>Database: {path} was written by a newer version of grants (schema {revision}); it was left untouched: use that version or a later one</source>
            <translation>Databank: {path} werd geschreven door een nieuwere versie van grants (schema {revision}); ze werd niet gewijzigd: gebruik die versie of een latere</translation>
        </message>
    </context>
    <context>
        <name>values</name>
        <message>
            <location filename="../../grants/ui/labels.py" line="56" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="56" />
            <source>No</source>
            <translation>Nee</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="9" />
            <source>commune</source>
            <translation>gemeente</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="10" />
            <source>police_zone</source>
            <translation>politiezone</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="11" />
            <source>training_school</source>
            <translation>opleidingsschool</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="12" />
            <source>regional_body</source>
            <translation>gewestelijke instelling (ABI)</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="13" />
            <source>asbl_communal</source>
            <translation>gemeentelijke vzw</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="14" />
            <source>asbl_private</source>
            <translation>private vzw</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="15" />
            <source>rent</source>
            <translation>huur en lasten</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="16" />
            <source>communication</source>
            <translation>communicatie</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="17" />
            <source>administration</source>
            <translation>administratie</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="18" />
            <source>third_parties</source>
            <translation>derden en erelonen</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="19" />
            <source>activities</source>
            <translation>activiteiten</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="20" />
            <source>staff</source>
            <translation>personeel</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="21" />
            <source>investment</source>
            <translation>investeringen en afschrijvingen</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="22" />
            <source>taxes</source>
            <translation>belastingen</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="23" />
            <source>financial</source>
            <translation>financiële en uitzonderlijke kosten</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="24" />
            <source>draft</source>
            <translation>ontwerp</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="25" />
            <source>decided</source>
            <translation>beslist</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="26" />
            <source>committed</source>
            <translation>vastgelegd</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="27" />
            <source>advance_paid</source>
            <translation>voorschot betaald</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="28" />
            <source>justified</source>
            <translation>verantwoord</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="29" />
            <source>balance_paid</source>
            <translation>saldo betaald</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="30" />
            <location filename="../../grants/services/vocabulary.py" line="40" />
            <source>recovery</source>
            <translation>terugvordering</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="31" />
            <source>closed</source>
            <translation>afgesloten</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="32" />
            <source>fr</source>
            <translation>Frans</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="33" />
            <source>nl</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="34" />
            <source>inspection_finances</source>
            <translation>advies van de Inspectie van Financiën</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="35" />
            <source>budget_agreement</source>
            <translation>akkoord van de minister van Begroting</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="36" />
            <source>government_decision</source>
            <translation>beslissing van de Regering</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="37" />
            <source>advance</source>
            <translation>voorschot</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="38" />
            <source>balance</source>
            <translation>saldo</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="39" />
            <source>other</source>
            <translation>ander</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="41" />
            <source>prepared</source>
            <translation>voorbereid</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="42" />
            <source>approved</source>
            <translation>goedgekeurd</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="43" />
            <location filename="../../grants/services/vocabulary.py" line="50" />
            <source>cancelled</source>
            <translation>geannuleerd</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="44" />
            <source>call_for_projects</source>
            <translation>projectoproep</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="45" />
            <source>local_plan</source>
            <translation>lokaal preventie- en buurtplan</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="46" />
            <source>police_fund</source>
            <translation>Fonds Europese Toppen</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="47" />
            <source>direct_grant</source>
            <translation>rechtstreekse subsidie</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="48" />
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="49" />
            <source>paid</source>
            <translation>betaald</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="51" />
            <source>officer</source>
            <translation>dossierbeheerder</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="52" />
            <source>finance</source>
            <translation>financiën</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="53" />
            <source>auditor</source>
            <translation>auditor</translation>
        </message>
        <message>
            <location filename="../../grants/services/vocabulary.py" line="54" />
            <source>admin</source>
            <translation>beheerder</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="28" />
            <source>Advance</source>
            <translation>Voorschot</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="25" />
            <source>Advance paid</source>
            <translation>Voorschot betaald</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="29" />
            <source>Approved</source>
            <translation>Goedgekeurd</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="28" />
            <source>Balance</source>
            <translation>Saldo</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="26" />
            <source>Balance paid</source>
            <translation>Saldo betaald</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="37" />
            <source>Call for projects</source>
            <translation>Projectoproep</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="29" />
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="26" />
            <source>Closed</source>
            <translation>Afgesloten</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="24" />
            <source>Committed</source>
            <translation>Vastgelegd</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="35" />
            <source>Communal non-profit</source>
            <translation>Gemeentelijke vzw</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="33" />
            <source>Commune</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="24" />
            <source>Decided</source>
            <translation>Beslist</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="38" />
            <source>Direct grant</source>
            <translation>Rechtstreekse subsidie</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="24" />
            <source>Draft</source>
            <translation>Ontwerp</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="40" />
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="40" />
            <source>French</source>
            <translation>Frans</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="25" />
            <source>Justified</source>
            <translation>Verantwoord</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="37" />
            <source>Local plan (PLPP)</source>
            <translation>Lokaal plan (LPBP)</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="31" />
            <source>Open</source>
            <translation>Openstaand</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="28" />
            <source>Other</source>
            <translation>Andere</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="31" />
            <source>Paid</source>
            <translation>Betaald</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="38" />
            <source>Police fund</source>
            <translation>Politiefonds</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="33" />
            <source>Police zone</source>
            <translation>Politiezone</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="29" />
            <source>Prepared</source>
            <translation>Voorbereid</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="35" />
            <source>Private non-profit</source>
            <translation>Private vzw</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="26" />
            <source>Recovery</source>
            <translation>Terugvordering</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="34" />
            <source>Regional body</source>
            <translation>Gewestelijke instelling</translation>
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="34" />
            <source>Training school</source>
            <translation>Opleidingsschool</translation>
        </message>
    </context>
</TS>
