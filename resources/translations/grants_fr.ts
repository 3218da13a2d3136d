<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AuditChecksPage</name>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="456" />
            <source>Audit checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="457" />
            <source>&amp;Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="458" />
            <source>Overdue &amp;as of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="459" />
            <source>&amp;Run the checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="460" />
            <source>&amp;Report (Excel or PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="461" />
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="461" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="461" />
            <source>Records checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="461" />
            <source>At fault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="463" />
            <location filename="../../grants/ui/audit_page.py" line="471" />
            <location filename="../../grants/ui/audit_page.py" line="518" />
            <source>all years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="504" />
            <source>Running the audit checks…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="514" />
            <source>Press Run to check the data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="519" />
            <source>All ten checks pass (%1).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/audit_page.py" line="519" />
            <source>%n checks fail (%1).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="522" />
            <source>Snapshot of %1 by %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="529" />
            <source>pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="529" />
            <source>FAIL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="556" />
            <source>Save the audit report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="557" />
            <source>Excel workbook (*.xlsx);;PDF document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="563" />
            <source>Writing the audit report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="566" />
            <source>Report saved: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditTrailPage</name>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="234" />
            <source>Audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="235" />
            <source>Record &amp;type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="236" />
            <source>&amp;Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="237" />
            <source>identifier or reference (G-2024-00012)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="238" />
            <source>&amp;User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="239" />
            <source>&amp;From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="240" />
            <source>&amp;To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="242" />
            <source>any date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="243" />
            <source>&amp;Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="244" />
            <source>C&amp;lear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="245" />
            <source>E&amp;xport to Excel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="246" />
            <source>&amp;Verify the chain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="247" />
            <source>Load &amp;more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="248" />
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="248" />
            <source>When (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="248" />
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="248" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="249" />
            <source>Record type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="249" />
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="249" />
            <source>Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="250" />
            <source>created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="250" />
            <source>changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="251" />
            <source>deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="253" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="253" />
            <source>Before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="253" />
            <source>After</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="255" />
            <location filename="../../grants/ui/audit_page.py" line="266" />
            <source>all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="256" />
            <location filename="../../grants/ui/audit_page.py" line="267" />
            <source>everyone</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/audit_page.py" line="329" />
            <source>%n entries</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="330" />
            <source> (the newest %1 shown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="337" />
            <source>Select an entry to see its fields before and after.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="340" />
            <source>Entry %1: %2 %3 %4 by %5 on %6</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="363" />
            <source>Export the audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="364" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="373" />
            <source>%1 entries exported to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="375" />
            <source>Exporting the audit trail…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="385" />
            <source>Audit trail altered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="386" />
            <source>The audit trail was changed outside the application:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="388" />
            <source>Audit trail intact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/audit_page.py" line="389" />
            <source>Every entry matches its hash and follows the previous one: nothing was edited or deleted outside the application.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="92" />
            <source>Justification overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="158" />
            <source>Granted in %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/dashboard.py" line="159" />
            <source>%n grant(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="160" />
            <source>Paid in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="161" />
            <source>Justifications overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="162" />
            <source>grants of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="163" />
            <source>Open recoveries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="164" />
            <source>%1 to recover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="165" />
            <source>Payments to approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="175" />
            <source>thousand EUR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="185" />
            <source>Commitments against credits per budget line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="187" />
            <source>Commitment credits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="187" />
            <source>Reserved by grants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="187" />
            <source>Committed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="204" />
            <source>Budget line %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="212" />
            <source>Amounts granted per beneficiary category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="233" />
            <source>Amounts per PGSP thematic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="235" />
            <source>Granted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="269" />
            <source>Payments per month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="271" />
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="292" />
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="293" />
            <source>Year:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="89" />
            <source>Grants of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/dashboard.py" line="90" />
            <source>Payments of %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../grants/ui/errors.py" line="115" />
            <source>Nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/errors.py" line="115" />
            <source>Nothing was saved:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/errors.py" line="117" />
            <source>Refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/errors.py" line="127" />
            <source>Something went wrong: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/errors.py" line="125" />
            <source>The details were written to the log file:
{path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/errors.py" line="126" />
            <source>Unexpected error</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Forms</name>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="44" />
            <source>10 digits, for example 0403.019.261</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="372" />
            <source>A balance payment of {amount} will be prepared.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="563" />
            <source>A claim is cancelled only by decision (waiver, error): say why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="480" />
            <source>A closed grant releases what stays committed beyond what was spent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="396" />
            <source>A new grant starts as a draft: its amount is reserved on the budget line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="225" />
            <source>A payment not yet approved can be cancelled; its credits are freed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="556" />
            <source>A payment waits for approval by another person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="374" />
            <source>A recovery claim of {amount} will be raised.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="370" />
            <location filename="../../grants/ui/forms/workflows.py" line="264" />
            <source>Accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="469" />
            <location filename="../../grants/ui/forms/workflows.py" line="378" />
            <source>Accepted expenses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="75" />
            <source>Add a contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="94" />
            <source>Add a measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="63" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="257" />
            <source>Admissibility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="369" />
            <source>Admissible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="161" />
            <source>Advance limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="316" />
            <location filename="../../grants/ui/forms/grant.py" line="453" />
            <source>Advance share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="124" />
            <source>Already committed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="159" />
            <location filename="../../grants/ui/forms/workflows.py" line="379" />
            <source>Already paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="444" />
            <source>Amend the grant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="375" />
            <source>Amendments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="280" />
            <source>Amend…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="315" />
            <location filename="../../grants/ui/forms/grant.py" line="365" />
            <location filename="../../grants/ui/forms/grant.py" line="367" />
            <location filename="../../grants/ui/forms/grant.py" line="371" />
            <location filename="../../grants/ui/forms/workflows.py" line="90" />
            <location filename="../../grants/ui/forms/workflows.py" line="128" />
            <location filename="../../grants/ui/forms/workflows.py" line="172" />
            <location filename="../../grants/ui/forms/workflows.py" line="209" />
            <location filename="../../grants/ui/forms/workflows.py" line="228" />
            <location filename="../../grants/ui/forms/workflows.py" line="520" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="366" />
            <source>Amount change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="454" />
            <source>Amount change (+/−)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="445" />
            <source>An amendment (avenant) changes the amount and/or the period, dated and reasoned. A cut releases what is no longer granted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="203" />
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="203" />
            <source>Approve the payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="273" />
            <source>Approve the payment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="368" />
            <source>Approved by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="204" />
            <source>Approving releases the payment. Who prepared a payment may not approve it (except when one person works alone on this database).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="48" />
            <source>BIC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="469" />
            <location filename="../../grants/ui/forms/workflows.py" line="380" />
            <source>Balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="365" />
            <source>Balance = the accepted expenses (at most the amount granted) minus what was already paid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="426" />
            <source>Balance payment of {amount} prepared; it waits for approval.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="46" />
            <source>Bank account (IBAN)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="522" />
            <source>Bank statement reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="29" />
            <location filename="../../grants/ui/forms/beneficiary.py" line="120" />
            <location filename="../../grants/ui/forms/grant.py" line="300" />
            <location filename="../../grants/ui/forms/grant.py" line="448" />
            <source>Beneficiary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="308" />
            <location filename="../../grants/ui/forms/grant.py" line="449" />
            <source>Budget line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="601" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="562" />
            <source>Cancel the claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="279" />
            <source>Cancel the claim…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="224" />
            <source>Cancel the payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="274" />
            <source>Cancel the payment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="562" />
            <source>Cancel the recovery claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="370" />
            <source>Categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="42" />
            <location filename="../../grants/ui/forms/workflows.py" line="264" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="369" />
            <location filename="../../grants/ui/forms/workflows.py" line="254" />
            <source>Checked on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="631" />
            <source>Choose a beneficiary from the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="634" />
            <source>Choose a budget line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="642" />
            <source>Choose a measure on every row, or remove the empty row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="369" />
            <location filename="../../grants/ui/forms/workflows.py" line="264" />
            <location filename="../../grants/ui/forms/workflows.py" line="503" />
            <source>Claimed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="468" />
            <source>Claimed expenses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="88" />
            <location filename="../../grants/ui/forms/grant.py" line="259" />
            <location filename="../../grants/ui/forms/workflows.py" line="432" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="479" />
            <source>Close the grant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="281" />
            <source>Close the grant…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="483" />
            <source>Closing date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="116" />
            <source>Commit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="116" />
            <source>Commit the grant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="126" />
            <source>Commitment date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="130" />
            <source>Commitment reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="374" />
            <source>Commitments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="467" />
            <location filename="../../grants/ui/forms/workflows.py" line="158" />
            <source>Committed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="271" />
            <source>Commit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="53" />
            <source>Commune</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="65" />
            <source>Contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="76" />
            <location filename="../../grants/ui/forms/grant.py" line="95" />
            <source>Ctrl+N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="87" />
            <location filename="../../grants/ui/forms/grant.py" line="258" />
            <source>Ctrl+S</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="364" />
            <location filename="../../grants/ui/forms/grant.py" line="365" />
            <location filename="../../grants/ui/forms/grant.py" line="366" />
            <location filename="../../grants/ui/forms/grant.py" line="367" />
            <location filename="../../grants/ui/forms/grant.py" line="371" />
            <location filename="../../grants/ui/forms/workflows.py" line="63" />
            <location filename="../../grants/ui/forms/workflows.py" line="208" />
            <location filename="../../grants/ui/forms/workflows.py" line="227" />
            <location filename="../../grants/ui/forms/workflows.py" line="382" />
            <location filename="../../grants/ui/forms/workflows.py" line="450" />
            <location filename="../../grants/ui/forms/workflows.py" line="566" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="125" />
            <source>Decided on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="366" />
            <location filename="../../grants/ui/forms/grant.py" line="454" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="94" />
            <source>Decision date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="92" />
            <location filename="../../grants/ui/forms/workflows.py" line="458" />
            <source>Decision reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="180" />
            <location filename="../../grants/ui/forms/workflows.py" line="384" />
            <source>Derogation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="363" />
            <location filename="../../grants/ui/forms/workflows.py" line="265" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="525" />
            <source>Discard changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="372" />
            <location filename="../../grants/ui/forms/workflows.py" line="505" />
            <source>Due by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="66" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="43" />
            <source>Enterprise number (BCE/KBO)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="99" />
            <source>Equal shares</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="264" />
            <source>Evidence reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="260" />
            <source>Expenses by category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="356" />
            <source>Figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="553" />
            <source>Fill in the draft and save it (Ctrl+S); then record the opinions and the decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="66" />
            <source>Function</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="221" />
            <location filename="../../grants/ui/forms/grant.py" line="354" />
            <location filename="../../grants/ui/forms/grant.py" line="402" />
            <source>Grant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="467" />
            <location filename="../../grants/ui/forms/workflows.py" line="123" />
            <location filename="../../grants/ui/forms/workflows.py" line="157" />
            <location filename="../../grants/ui/forms/workflows.py" line="377" />
            <source>Granted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="320" />
            <location filename="../../grants/ui/forms/grant.py" line="452" />
            <source>Justification deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="375" />
            <source>Justifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="526" />
            <source>Keep editing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="229" />
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="485" />
            <source>Keep it open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="570" />
            <source>Keep the claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="367" />
            <location filename="../../grants/ui/forms/workflows.py" line="168" />
            <location filename="../../grants/ui/forms/workflows.py" line="208" />
            <location filename="../../grants/ui/forms/workflows.py" line="227" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="62" />
            <source>Language of correspondence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="35" />
            <source>Left empty, a reference is given (B-00001)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="38" />
            <source>Left empty, the French name is used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="388" />
            <source>Left empty: 30 days after the claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="363" />
            <source>Measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="374" />
            <source>Measures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="514" />
            <source>Money received against the claim. When nothing is left due, the claim is paid and the grant closes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="66" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="37" />
            <source>Name (Dutch)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="36" />
            <source>Name (French)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="29" />
            <source>New beneficiary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="221" />
            <source>New grant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="366" />
            <source>New period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="457" />
            <source>New period end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="456" />
            <source>New period start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="570" />
            <source>Next: close the grant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="564" />
            <source>Next: commit the grant on budget line {code}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="571" />
            <source>Next: follow the recovery claim.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="565" />
            <source>Next: prepare the advance, or receive the justification.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="566" />
            <source>Next: receive the justification (deadline {date}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="562" />
            <source>Next: record the opinions the amount requires ({missing}), then the decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="568" />
            <source>Next: settle the grant (balance {amount}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="495" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="656" />
            <source>Not a date (day/month/year, for example 31/03/2025)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="646" />
            <source>Not an amount in euro (for example 1 234,56)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="258" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="376" />
            <source>Nothing is due either way: the grant will be closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="429" />
            <source>Nothing was due: the grant is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="455" />
            <location filename="../../grants/ui/forms/workflows.py" line="96" />
            <source>Notified on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="364" />
            <location filename="../../grants/ui/forms/workflows.py" line="62" />
            <source>Opinion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="374" />
            <source>Opinions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="52" />
            <source>Opinions and agreements the amount requires are recorded before the decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="91" />
            <source>Opinions required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="381" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="86" />
            <source>PGSP measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="327" />
            <source>PGSP measures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="467" />
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="468" />
            <source>Paid back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="169" />
            <source>Payment date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="375" />
            <source>Payments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="451" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="318" />
            <source>Period from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="319" />
            <source>Period to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="66" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="150" />
            <source>Pick a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="58" />
            <source>Police zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="152" />
            <source>Prepare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="152" />
            <source>Prepare a payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="151" />
            <source>Prepare the advance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="272" />
            <source>Prepare the advance…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="151" />
            <source>Prepare the balance payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="367" />
            <location filename="../../grants/ui/forms/workflows.py" line="210" />
            <source>Prepared by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="313" />
            <location filename="../../grants/ui/forms/grant.py" line="450" />
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="314" />
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="308" />
            <source>Read-only: this database cannot be changed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="366" />
            <location filename="../../grants/ui/forms/workflows.py" line="452" />
            <location filename="../../grants/ui/forms/workflows.py" line="568" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="246" />
            <source>Receive a justification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="275" />
            <source>Receive a justification…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="369" />
            <location filename="../../grants/ui/forms/workflows.py" line="252" />
            <location filename="../../grants/ui/forms/workflows.py" line="518" />
            <source>Received on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="513" />
            <source>Record a refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="277" />
            <source>Record a refund…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="51" />
            <source>Record an opinion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="269" />
            <source>Record an opinion…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="444" />
            <source>Record the amendment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="83" />
            <source>Record the decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="270" />
            <source>Record the decision…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="246" />
            <source>Record the justification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="51" />
            <source>Record the opinion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="513" />
            <source>Record the refund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="540" />
            <source>Record the reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="559" />
            <source>Recovery claim open: {amount} still due, to be paid back with the structured communication {comm}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="419" />
            <source>Recovery claim raised for {amount}. The beneficiary pays it back with the structured communication:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="376" />
            <source>Recovery claims</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="34" />
            <location filename="../../grants/ui/forms/grant.py" line="364" />
            <location filename="../../grants/ui/forms/grant.py" line="365" />
            <location filename="../../grants/ui/forms/grant.py" line="368" />
            <location filename="../../grants/ui/forms/workflows.py" line="64" />
            <location filename="../../grants/ui/forms/workflows.py" line="179" />
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="387" />
            <source>Refund due by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="372" />
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="506" />
            <source>Reminders sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/beneficiary.py" line="78" />
            <source>Remove the contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="97" />
            <source>Remove the measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="321" />
            <location filename="../../grants/ui/forms/grant.py" line="456" />
            <source>Required documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="524" />
            <location filename="../../grants/ui/forms/beneficiary.py" line="86" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="256" />
            <source>Save the draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="520" />
            <source>Save them before closing?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="540" />
            <source>Send a reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="278" />
            <source>Send a reminder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="543" />
            <source>Sent on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="364" />
            <source>Settle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="364" />
            <source>Settle the grant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="276" />
            <source>Settle…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="86" />
            <location filename="../../grants/ui/forms/grant.py" line="363" />
            <source>Share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="367" />
            <location filename="../../grants/ui/forms/grant.py" line="372" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="371" />
            <location filename="../../grants/ui/forms/workflows.py" line="504" />
            <source>Still due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="371" />
            <location filename="../../grants/ui/forms/workflows.py" line="502" />
            <source>Structured communication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="117" />
            <source>The commitment (engagement) uses the commitment credits of the budget line; it comes after the decision and before the notification.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="84" />
            <source>The decision (arrêté) is signed: the grant must be complete and have the opinions its amount requires, dated on or before the decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="255" />
            <source>The file is admissible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="153" />
            <source>The payment is prepared now and paid once another person approved it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="363" />
            <source>Thematic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="649" />
            <location filename="../../grants/ui/forms/base.py" line="659" />
            <location filename="../../grants/ui/forms/base.py" line="665" />
            <source>This field is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="519" />
            <source>This form has changes that are not saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="572" />
            <source>This grant is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="282" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="212" />
            <source>Total: {total} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="299" />
            <source>Type part of the name or reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="247" />
            <source>Type what the beneficiary claims and what is accepted, per expense category. An evidence reference (invoice, payslip) may count only once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="181" />
            <location filename="../../grants/ui/forms/workflows.py" line="385" />
            <source>Why a payment on a late justification is allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="495" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="304" />
            <source>available {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/base.py" line="143" />
            <source>dd/mm/yyyy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="251" />
            <source>deadline {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="563" />
            <location filename="../../grants/ui/forms/workflows.py" line="89" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="58" />
            <source>required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/workflows.py" line="348" />
            <source>{category}: not an amount in euro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/grant.py" line="131" />
            <source>— choose a measure —</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ListPage</name>
        <message>
            <location filename="../../grants/ui/list_page.py" line="216" />
            <source>All years</source>
            <extracomment>Titles of the lists (context "ListPage").</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="220" />
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="289" />
            <source>Filtered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="290" />
            <source>%s  ✕</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="291" />
            <source>Show all rows again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="350" />
            <location filename="../../grants/ui/list_page.py" line="511" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="355" />
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="382" />
            <source>Not available yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="383" />
            <source>This record's form is not available in this version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="427" />
            <source>Default columns</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/list_page.py" line="469" />
            <source>Total (%n row(s))</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/list_page.py" line="472" />
            <source>%n row(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="503" />
            <source>Search (Ctrl+F): reference, name, purpose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="506" />
            <source>Columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="507" />
            <source>Choose the columns shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="508" />
            <source>New…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="509" />
            <source>New record (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/list_page.py" line="512" />
            <source>Open the selected record (Enter)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LocalPlansPage</name>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="140" />
            <source>%1 communes with a plan · granted %2 · paid %3</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/local_plans.py" line="157" />
            <source>Plan of %1 in %2: %n activity(ies)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="185" />
            <source>Commune</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="185" />
            <source>Grant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="185" />
            <source>Yearly subsidy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="185" />
            <source>Previous year (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="186" />
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="186" />
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="186" />
            <source>Balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="186" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="186" />
            <source>PGSP thematics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="188" />
            <source>Measure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="188" />
            <source>Thematic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="188" />
            <source>Activity (PGSP measure)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="188" />
            <source>Share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="188" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="191" />
            <source>Local prevention plans (PLPP)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/local_plans.py" line="192" />
            <source>Year:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../grants/ui/main_window.py" line="49" />
            <source>Dashboard</source>
            <extracomment>(key, title) of every page, in navigation order.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="50" />
            <source>Programmes and calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="51" />
            <source>Applications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="52" />
            <source>Beneficiaries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="53" />
            <source>Grants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="54" />
            <source>Budget lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="55" />
            <source>Local plans (PLPP)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="56" />
            <source>Payments and recoveries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="57" />
            <source>Work lists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="58" />
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="59" />
            <source>Audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="60" />
            <source>Audit checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="64" />
            <source>Grant officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="65" />
            <source>Finance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="66" />
            <source>Auditor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="67" />
            <source>Administrator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="461" />
            <source>%s (single user)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="82" />
            <source>%s: this screen is not available in this version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="512" />
            <source>&amp;About Grants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="495" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="503" />
            <source>&amp;Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="510" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="499" />
            <source>&amp;Import workbook…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="509" />
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="502" />
            <source>&amp;New…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="496" />
            <source>&amp;Open database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="500" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="498" />
            <source>&amp;Recent databases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="501" />
            <source>&amp;Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="504" />
            <source>&amp;Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="508" />
            <source>&amp;Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="505" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="241" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="445" />
            <source>&lt;b&gt;Grants&lt;/b&gt; %s&lt;br&gt;Subsidies of the Brussels-Capital Region (safe.brussels): calls, grants, budget, payments, audit.&lt;br&gt;&lt;br&gt;Licence EUPL-1.2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="445" />
            <source>About Grants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="245" />
            <source>Clear the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="456" />
            <source>Database: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="298" />
            <source>Grants databases (*.db *.sqlite);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="494" />
            <source>Grants — safe.brussels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="421" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="421" />
            <source>Importing a workbook is not available in this version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="463" />
            <source>Language: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="440" />
            <source>Log file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="264" />
            <source>No database is open. Use File &gt; Open database.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="297" />
            <source>Open a database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="303" />
            <source>Open an audit snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="497" />
            <source>Open audit &amp;snapshot…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="252" />
            <location filename="../../grants/ui/main_window.py" line="518" />
            <source>Opening the database…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="110" />
            <source>Payments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="477" />
            <source>Read-only: audit snapshot taken on %1 by %2. Nothing can be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="482" />
            <source>Read-only: the database was opened read-only. Nothing can be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="480" />
            <source>Read-only: your role is auditor. Nothing can be changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="111" />
            <source>Recovery claims</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="462" />
            <source>Role: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="304" />
            <source>Snapshots (*.snapshot *.db *.sqlite);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="261" />
            <source>The database could not be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="440" />
            <source>The log file is:
%s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="458" />
            <source>User: %s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="543" />
            <source>Wait for the work in progress to finish, or cancel it, before quitting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="511" />
            <source>Where is the &amp;log file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="542" />
            <source>Work in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/main_window.py" line="459" />
            <source>no role</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="202" />
            <source>Reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="203" />
            <source>Workbooks for finance, statements for beneficiaries and the payment file for the bank. Figures come straight from the database, exact to the cent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="205" />
            <source>Budget tables (Excel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="206" />
            <source>From year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="207" />
            <source>To year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="208" />
            <source>List of grants (Excel)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="209" />
            <source>Beneficiary statements (PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="210" />
            <source>Beneficiary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="211" />
            <source>Payment file for the bank (SEPA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="212" />
            <source>Call for projects (PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="213" />
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="214" />
            <source>PGSP annex (PDF)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="216" />
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="219" />
            <source>Headings in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="221" />
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="222" />
            <source>This beneficiary…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="223" />
            <source>All beneficiaries of the year…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="224" />
            <source>Create the payment file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="225" />
            <source>Open the file when it is written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="230" />
            <source>Each beneficiary's language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="231" />
            <source>French</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="232" />
            <source>Dutch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="233" />
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="258" />
            <source>The database is open read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="276" />
            <source>No approved payment is waiting to be sent to the bank.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/reports_page.py" line="279" />
            <source>%n approved payment(s) waiting to be sent, in total %1.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="288" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="293" />
            <source>Folder for the statements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="304" />
            <source>Written: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="315" />
            <location filename="../../grants/ui/reports_page.py" line="325" />
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="318" />
            <source>Exporting the budget tables…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="328" />
            <source>Exporting the grants…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="338" />
            <location filename="../../grants/ui/reports_page.py" line="376" />
            <location filename="../../grants/ui/reports_page.py" line="386" />
            <source>PDF document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="341" />
            <source>Writing the statement…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="350" />
            <source>Writing the statements…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="356" />
            <source>SEPA file (*.xml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="367" />
            <source>Creating the payment file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="379" />
            <source>Writing the call report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/reports_page.py" line="389" />
            <source>Writing the PGSP annex…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Task</name>
        <message>
            <location filename="../../grants/ui/tasks.py" line="90" />
            <source>Cancel</source>
            <extracomment>Tasks still running (or whose result is not yet delivered): kept alive here, not by callers.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/tasks.py" line="123" />
            <source>Cancelling: undoing the work done so far…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/tasks.py" line="209" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/tasks.py" line="210" />
            <source>Cancelled: nothing was saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkList</name>
        <message numerus="yes">
            <location filename="../../grants/ui/worklists.py" line="164" />
            <source>%n record(s) done.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="168" />
            <location filename="../../grants/ui/worklists.py" line="172" />
            <source>Bulk action</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../grants/ui/worklists.py" line="168" />
            <source>%n refused:</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="178" />
            <source>Grants whose justification deadline has passed with no justification received.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="179" />
            <source>Justified grants whose balance is not settled yet: settling prepares the balance payment, raises a recovery claim or closes the grant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="181" />
            <source>Prepared payments waiting for another person's approval.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="182" />
            <source>Open recovery claims, the oldest due first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="183" />
            <source>Draft grants of calls that have not closed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="187" />
            <source>Select all</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkListsPage</name>
        <message>
            <location filename="../../grants/ui/worklists.py" line="237" />
            <source>Work lists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="120" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="45" />
            <source>Approve the selected payments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="32" />
            <source>Balances to settle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="120" />
            <source>Beneficiary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="39" />
            <source>Call closes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="44" />
            <source>Communication · reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="40" />
            <source>Days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="40" />
            <location filename="../../grants/ui/worklists.py" line="41" />
            <source>Days late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="42" />
            <source>Days left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="41" />
            <source>Days waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="37" />
            <source>Deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="35" />
            <source>Decisions due before a call closes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="38" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="31" />
            <source>Justifications overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="38" />
            <source>Payment date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="33" />
            <source>Payments to approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="43" />
            <source>Prepared by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="120" />
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="34" />
            <source>Recoveries to chase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="120" />
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="46" />
            <source>Send a reminder for the selected claims</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="47" />
            <source>Settle the selected grants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/worklists.py" line="121" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="58" />
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="56" />
            <source>Administration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="44" />
            <source>Advance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="26" />
            <source>Advance paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="48" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="45" />
            <source>Balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="28" />
            <source>Balance paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="65" />
            <source>Budget minister's agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="39" />
            <source>Call for projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="49" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="30" />
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="25" />
            <source>Committed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="36" />
            <source>Communal non-profit (ASBL)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="32" />
            <source>Commune</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="55" />
            <source>Communication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="24" />
            <source>Decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="42" />
            <source>Direct grant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="23" />
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="69" />
            <source>Dutch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="70" />
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="41" />
            <source>European Summits Fund (FSE)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="62" />
            <source>Financial and exceptional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="68" />
            <source>French</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="66" />
            <source>Government decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="64" />
            <source>Inspection of Finance opinion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="60" />
            <source>Investment and depreciation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="27" />
            <source>Justified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="40" />
            <source>Local plan (PLPP)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="86" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="51" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="46" />
            <source>Other payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="52" />
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="33" />
            <source>Police zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="47" />
            <source>Prepared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="37" />
            <source>Private non-profit (ASBL)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="29" />
            <source>Recovery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="35" />
            <source>Regional body (OAA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="54" />
            <source>Rent and charges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="59" />
            <source>Staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="61" />
            <source>Taxes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="57" />
            <source>Third parties and fees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="34" />
            <source>Training school (ERIP/ERAP/Brusafe)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/forms/labels.py" line="86" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>lists</name>
        <message>
            <location filename="../../grants/services/lists.py" line="379" />
            <source>Accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="392" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="406" />
            <source>Admissible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="365" />
            <location filename="../../grants/services/lists.py" line="376" />
            <location filename="../../grants/services/lists.py" line="424" />
            <source>Amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="399" />
            <source>Applications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="367" />
            <source>Approved by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="415" />
            <source>Available (commitment)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="418" />
            <source>Available (payment)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="380" />
            <source>Balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="363" />
            <location filename="../../grants/services/lists.py" line="372" />
            <location filename="../../grants/services/lists.py" line="404" />
            <location filename="../../grants/services/lists.py" line="423" />
            <source>Beneficiary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="374" />
            <source>Budget line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="373" />
            <location filename="../../grants/services/lists.py" line="388" />
            <location filename="../../grants/services/lists.py" line="438" />
            <location filename="../../grants/services/lists.py" line="439" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="399" />
            <source>Closes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="411" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="412" />
            <source>Commitment credits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="377" />
            <location filename="../../grants/services/lists.py" line="414" />
            <source>Committed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="390" />
            <source>Commune</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="366" />
            <source>Communication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="362" />
            <location filename="../../grants/services/lists.py" line="424" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="381" />
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="426" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="389" />
            <source>Enterprise number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="398" />
            <source>Envelope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="362" />
            <location filename="../../grants/services/lists.py" line="408" />
            <location filename="../../grants/services/lists.py" line="423" />
            <source>Grant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="400" />
            <source>Granted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="392" />
            <source>Grants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="389" />
            <source>IBAN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="382" />
            <source>Justification due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="363" />
            <location filename="../../grants/services/lists.py" line="397" />
            <location filename="../../grants/services/lists.py" line="434" />
            <location filename="../../grants/services/lists.py" line="441" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="411" />
            <source>Label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="391" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="427" />
            <source>Last reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="387" />
            <source>Name</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="398" />
            <source>Opens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="368" />
            <source>Origin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="425" />
            <source>Outstanding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="378" />
            <location filename="../../grants/services/lists.py" line="417" />
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="416" />
            <source>Payment credits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="383" />
            <source>Period end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="390" />
            <source>Police zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="367" />
            <source>Prepared by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="403" />
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="374" />
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="428" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="406" />
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="365" />
            <location filename="../../grants/services/lists.py" line="371" />
            <location filename="../../grants/services/lists.py" line="387" />
            <location filename="../../grants/services/lists.py" line="396" />
            <location filename="../../grants/services/lists.py" line="403" />
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="427" />
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="405" />
            <source>Requested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="413" />
            <source>Reserved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="407" />
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="407" />
            <source>Selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="364" />
            <location filename="../../grants/services/lists.py" line="375" />
            <location filename="../../grants/services/lists.py" line="426" />
            <location filename="../../grants/services/lists.py" line="435" />
            <location filename="../../grants/services/lists.py" line="437" />
            <location filename="../../grants/services/lists.py" line="445" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="422" />
            <source>Structured communication</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/lists.py" line="396" />
            <location filename="../../grants/services/lists.py" line="404" />
            <source>Title</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rules</name>
        <message>
            <location filename="../../grants/cli/admin.py" line="109" />
            <source>Output: the report is written as .xlsx or .pdf, not {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="18" />
            <source>Audit checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="19" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="20" />
            <source>Records at fault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="21" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="22" />
            <source>Check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="23" />
            <source>Result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="24" />
            <source>Records checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="25" />
            <source>At fault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="26" />
            <location filename="../../grants/reports/audit_trail.py" line="21" />
            <location filename="../../grants/reports/audit_trail.py" line="69" />
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="27" />
            <location filename="../../grants/reports/audit_trail.py" line="21" />
            <location filename="../../grants/reports/audit_trail.py" line="68" />
            <source>Record type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="28" />
            <location filename="../../grants/services/grants.py" line="345" />
            <location filename="../../grants/services/recoveries.py" line="107" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="29" />
            <location filename="../../grants/services/audit_checks.py" line="120" />
            <source>PASS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="30" />
            <location filename="../../grants/services/audit_checks.py" line="121" />
            <source>FAIL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="31" />
            <location filename="../../grants/reports/audit_trail.py" line="65" />
            <source>Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="32" />
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="33" />
            <source>all years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="34" />
            <source>Overdue as of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="35" />
            <source>Run by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="36" />
            <source>Run at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="37" />
            <source>Snapshot taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="38" />
            <source>Snapshot content SHA-256</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_report.py" line="39" />
            <source>No record at fault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="20" />
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="20" />
            <source>When (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="20" />
            <location filename="../../grants/reports/audit_trail.py" line="70" />
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="21" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="22" />
            <source>Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="22" />
            <source>Before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="22" />
            <source>After</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="40" />
            <source>Audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="63" />
            <source>About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="66" />
            <source>Exported by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="67" />
            <source>Exported at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="71" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="72" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/reports/audit_trail.py" line="73" />
            <source>Entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="122" />
            <source>{n} records checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="123" />
            <source>{n} records at fault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="148" />
            <source>Order of acts: decision, commitment, notification, first payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="149" />
            <source>Decisions complete: purpose, amount, period, budget line, documents, deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="150" />
            <source>Opinions present wherever the amount requires them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="151" />
            <source>No payment on a late justification without a recorded derogation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="152" />
            <source>Balance arithmetic; every overpayment claimed back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="153" />
            <source>Recoveries followed: recorded, reminded, collected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="154" />
            <source>No double funding: a justified expense counts once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="155" />
            <source>Commitments within commitment credits, payments within payment credits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="156" />
            <source>Separation of duties: payments prepared and approved by two people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="157" />
            <source>Yearly list of subsidies can be published (ordonnance of 14/12/2017)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="161" />
            <source>Inspection des Finances</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="162" />
            <source>Budget minister's agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="163" />
            <source>Government decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="166" />
            <source>purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="167" />
            <source>amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="168" />
            <source>period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="169" />
            <source>required documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="170" />
            <source>justification deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="171" />
            <source>decision reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="172" />
            <source>decision date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="173" />
            <source>name in French</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="174" />
            <source>name in Dutch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="175" />
            <source>enterprise number (BCE)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="243" />
            <source>committed on {committed} with no decision recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="245" />
            <source>committed on {committed}, before the decision of {decision}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="248" />
            <source>notified on {notified}, before the commitment of {committed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="251" />
            <source>notified on {notified}, before the decision of {decision}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="255" />
            <source>paid on {paid} with no commitment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="257" />
            <source>first payment on {paid}, before the commitment of {committed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="260" />
            <source>first payment on {paid}, before the notification of {notified}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="263" />
            <source>first payment on {paid}, before the decision of {decision}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="267" />
            <source>{n} paid grants have no notification date recorded: their notification could not be placed in the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="294" />
            <source>decision incomplete: no {fields}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="328" />
            <source>an amount of {amount} requires the opinion '{kind}'; none is recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="332" />
            <source>the opinion '{kind}' is dated {date}, after the decision of {decision}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="340" />
            <source>amended to {amount}, which requires the opinion '{kind}'; none is recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="370" />
            <source>{kind} payment of {amount} on {date}, after the deadline {deadline}, with no justification received and no derogation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="374" />
            <source>{kind} payment of {amount} on {date} on a justification received {received}, after the deadline {deadline}, with no derogation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="396" />
            <source>paid {paid} (net of refunds), above the granted amount {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="399" />
            <source>paid {paid} (net of refunds), above what is committed {committed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="408" />
            <source>overpaid by {over} (paid {paid}, due min(accepted {accepted}, granted {amount}) = {due}); recovery claims raised: {claimed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="412" />
            <source>closed with a balance of {balance} still due to the beneficiary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="423" />
            <source>expense ({category}): accepted {accepted} is above claimed {claimed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="457" />
            <source>the structured communication {communication} is not valid: the refund cannot be matched</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="461" />
            <source>still open although {got} of {amount} was refunded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="464" />
            <source>{left} of {amount} still due since {due}, and no reminder sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="467" />
            <source>{left} of {amount} still due since {due}, not collected after {n} reminders (last on {last})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="470" />
            <source>marked paid, but the refunds recorded total {got}, not {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="505" />
            <source>expense {evidence} accepted {n} times ({total} in all) on grants {grants}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="535" />
            <source>commitments {committed} above the commitment credits {credits} (by {over})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="541" />
            <source>payments of {paid} made in {year} on a code with no budget line that year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="545" />
            <source>payments {paid} above the payment credits {credits} (by {over})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="567" />
            <source>payment of {amount} on {date} prepared and approved by the same person, {user}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="571" />
            <source>payment of {amount} on {date} approved without recording who prepared ({prepared}) and who approved ({approved})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="576" />
            <source>{n} payments were imported without the names of who prepared and approved them: not checkable here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="604" />
            <source>beneficiary of a grant to publish, with no {fields}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="610" />
            <source>enterprise number {bce} is not valid: the beneficiary cannot be identified in the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_checks.py" line="622" />
            <source>cannot be listed for publication: no {fields}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/audit_queries.py" line="116" />
            <source>Dates: the end {end} is before the start {start}</source>
            <extracomment>Tables whose records carry a human reference (``ref``): a filter may name a record by it.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="54" />
            <source>Name (French)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="59" />
            <source>Category: {value} is not one of {allowed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="64" />
            <source>Language: {value} is not fr or nl</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="76" />
            <source>Commune (NIS): {value} is not one of the 19 Brussels communes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="81" />
            <source>Police zone: {value} is not a Brussels police zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="86" />
            <source>Contact {n}: the name is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="100" />
            <source>Reference: {ref} is already used by another beneficiary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/beneficiaries.py" line="112" />
            <source>Enterprise number (BCE): {value} is already the number of beneficiary {other}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="26" />
            <source>Commitment credits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="27" />
            <source>Payment credits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="29" />
            <source>{label}: must not be negative ({value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="32" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="33" />
            <source>Label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="40" />
            <source>Code: budget line {code} already exists in {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="52" />
            <source>Commitment credits: {value} is below what the line's grants already use ({used})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/budget.py" line="57" />
            <source>Payment credits: {value} is below what was already paid ({used})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="16" />
            <source>grant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="17" />
            <source>beneficiary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="18" />
            <source>budget line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="19" />
            <source>payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="20" />
            <source>programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="21" />
            <source>application</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="22" />
            <source>recovery claim</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="23" />
            <source>justification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="29" />
            <source>No {what} with identifier {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/common.py" line="36" />
            <source>No {what} with reference {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/database.py" line="120" />
            <source>This database is open read-only ({reason}): nothing can be changed</source>
            <extracomment>The manifest (``snapshot.SnapshotInfo``) when the file is an auditor's snapshot.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/errors.py" line="55" />
            <source>row {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/errors.py" line="56" />
            <source>column {c}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="67" />
            <source>Status: grant {ref} cannot go from {current} to {target} (allowed next: {allowed})</source>
            <extracomment>Allowed moves of a grant's status, and the action that makes each.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="107" />
            <source>PGSP measures: no PGSP plan edition covers this year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="112" />
            <source>PGSP measures: {codes} not in the PGSP {edition}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="123" />
            <source>Amount: {amount} on budget line {code} ({year}) would bring its grants to {total}, above its commitment credits {credits} (available {available})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="139" />
            <source>Purpose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="141" />
            <source>Beneficiary: choose an existing beneficiary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="144" />
            <source>Budget line: choose an existing budget line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="146" />
            <location filename="../../grants/services/payments.py" line="47" />
            <location filename="../../grants/services/recoveries.py" line="39" />
            <source>Amount: must be above zero ({amount})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="149" />
            <source>Advance share: must be between 0 and 100 % ({share})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="152" />
            <location filename="../../grants/services/grants.py" line="366" />
            <source>Period: the end {end} is before the start {start}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="155" />
            <source>Programme: choose an existing programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="177" />
            <source>Reference: {ref} is already used by another grant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="196" />
            <source>Grant {ref} is {status}: after the decision, change its amount or period by an amendment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="265" />
            <source>Decision reference: this field is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="267" />
            <source>Decision date: this field is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="269" />
            <source>Notification date: {notified} is before the decision {decided}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="272" />
            <source>Period: a decision needs the period of the activity (start and end)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="274" />
            <source>Justification deadline: a decision needs the deadline for the supporting documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="281" />
            <source>Opinions: an amount of {amount} requires the opinion '{kind}' dated on or before the decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="304" />
            <source>Status: grant {ref} is {status}; only a decided grant can be committed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="309" />
            <source>Commitment date: {date} is before the decision of {decision} (decision, then commitment, then payment)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="316" />
            <source>Commitment amount: nothing left to commit on grant {ref} ({committed} of {granted} committed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="320" />
            <source>Commitment amount: {amount} would bring grant {ref} to {total} committed, above its amount {granted}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="327" />
            <source>Commitment amount: {amount} would bring budget line {code} ({year}) to {total} committed, above its commitment credits {credits}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="348" />
            <source>Status: grant {ref} is {status}; only a decided, open grant is amended (edit a draft directly)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="351" />
            <source>Amendment: change the amount or the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="357" />
            <source>Amount change: the new amount {amount} would be below what was already paid {paid}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="371" />
            <source>Amendment date: {date} is before the decision or a previous amendment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="405" />
            <source>Status: grant {ref} still has payments waiting for approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="409" />
            <source>Status: grant {ref} has an open recovery claim; it closes when the claim is paid or cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/grants.py" line="415" />
            <source>Balance: grant {ref} still has a balance of {balance}; pay it or claim it back before closing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="120" />
            <source>File {file}: not a readable Excel workbook ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="130" />
            <source>Unknown sheet (expected {expected})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="141" />
            <source>Unknown column (expected {expected})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="144" />
            <source>Column appears twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="149" />
            <source>Required column is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="160" />
            <source>Value in a column without a header</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="197" />
            <source>A value is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="208" />
            <source>At most {max} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="237" />
            <source>{value} is not one of {allowed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="248" />
            <source>{key} already appears on row {first}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="372" />
            <source>{value} is not the NIS code of one of the 19 Brussels communes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="381" />
            <source>{value} is not a Brussels police zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="388" />
            <source>Enterprise number {value} already belongs to beneficiary {other}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="412" />
            <source>{closes} is before the opening {opens}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="448" />
            <source>{value} is not a percentage between 0 and 100</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="452" />
            <source>The end {end} is before the start {start}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="454" />
            <source>The amount must be above zero ({amount})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="457" />
            <source>A decision reference needs its decision date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="462" />
            <source>No beneficiary {ref} (in this workbook or the database)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="465" />
            <source>No programme {ref} (in this workbook or the database)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="467" />
            <source>No budget line {code} in {year} (a grant commits the line of its own year)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="480" />
            <source>No PGSP plan edition covers {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="485" />
            <source>{codes} not in the PGSP {edition}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="498" />
            <source>Grant {ref} exists with another {column}; it cannot be moved by an import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="501" />
            <source>Grant {ref} already has payments: its decision date cannot change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="531" />
            <source>The amount must not be zero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="536" />
            <source>No grant {ref} (in this workbook or the database)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="555" />
            <source>Payment {reference} of grant {ref} is managed in the application and cannot be changed by an import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="656" />
            <source>Grants on budget line {code} ({year}) reach {total} with this one, above its commitment credits {credits}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="662" />
            <source>The commitment credits {credits} are below what the line's grants reserve ({total})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="702" />
            <source>Grant {ref} has no decision date: it cannot be paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="705" />
            <source>Payment of {date} is before the decision of grant {ref} ({decision})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="713" />
            <source>Payments on grant {ref} reach {total} with this one, above its amount {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="722" />
            <source>No budget line {code} in {year} to pay from (payment credits of the year of the payment)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="727" />
            <source>Payments of {year} on budget line {code} reach {total} with this one, above its payment credits {credits}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/importer.py" line="732" />
            <source>The payment credits {credits} are below what is paid in the year on this code ({total})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="43" />
            <source>Status: grant {ref} is {status}; a justification is received for a committed grant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="47" />
            <source>Received on: {date} is before the decision of {decision}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="50" />
            <source>Checked on: {date} is before the reception {received}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="53" />
            <source>Expenses: give at least one expense category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="56" />
            <source>Expenses, line {n}: amounts must not be negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="59" />
            <source>Expenses, line {n} ({category}): accepted {accepted} is above claimed {claimed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="95" />
            <source>Status: grant {ref} is {status}; settle it once its justification is received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/justifications.py" line="110" />
            <source>Paid above the accepted expenses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="45" />
            <source>Kind: money paid back is recorded on its recovery claim, not as a payment</source>
            <extracomment>Grant statuses in which each kind of payment may be prepared.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="50" />
            <source>Status: a payment of kind {kind} is not possible on grant {ref}, which is {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="57" />
            <location filename="../../grants/services/payments.py" line="148" />
            <source>Beneficiary: payments are blocked while recovery claim {communication} of {amount} is open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="62" />
            <source>Date: grant {ref} is not committed yet; commit it before paying</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="65" />
            <source>Date: payment of {date} is before the commitment of {committed} (decision, then commitment, then payment)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="70" />
            <source>Amount: {amount} would bring payments on grant {ref} to {total}, above what is committed {committed} (granted {granted})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="76" />
            <source>Amount: the advance would reach {total}, above {share} % of the grant ({limit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="80" />
            <source>Amount: {amount} is above the balance due {balance} (accepted {accepted}, granted {granted}, paid {paid})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="86" />
            <source>Derogation: the justification arrived on {received}, after the deadline {deadline}; record the derogation that allows this payment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="98" />
            <source>Date: there is no budget line {code} in {year} to pay from (payment credits)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="103" />
            <source>Amount: {amount} would bring {year} payments on budget line {code} to {total}, above its payment credits {credits} (available {available})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="135" />
            <source>Status: payment {id} is {status}; only a prepared payment can be approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="139" />
            <source>Approval: {user} prepared this payment and may not approve it too (separation of duties)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/payments.py" line="166" />
            <source>Status: payment {id} is {status}; only a prepared payment can be cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="39" />
            <location filename="../../grants/services/programmes.py" line="73" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="45" />
            <source>Kind: {value} is not one of {allowed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="48" />
            <source>Envelope: must not be negative ({value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="50" />
            <source>Closes: {closes} is before the opening {opens}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="77" />
            <source>Requested amount: must be above zero ({amount})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="80" />
            <source>Received on: {date} is after the call closed ({closes})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="102" />
            <source>Admissibility: say why the application is not admissible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="115" />
            <source>Scores: only an admissible application is scored ({ref})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="116" />
            <source>{label}: the score must be between 0 and 10 ({value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="118" />
            <source>Relevance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="119" />
            <source>Efficiency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="120" />
            <source>Effectiveness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="133" />
            <source>Selection: application {ref} must be admissible and scored before it is selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="136" />
            <source>Selection: application {ref} already became a grant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/programmes.py" line="154" />
            <source>Selection: no selected application is waiting to become a grant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/recoveries.py" line="55" />
            <location filename="../../grants/services/recoveries.py" line="77" />
            <location filename="../../grants/services/recoveries.py" line="109" />
            <source>Status: recovery claim {communication} is {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/recoveries.py" line="82" />
            <source>Amount: {amount} must be above zero and at most the {left} still due on claim {communication}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/recoveries.py" line="85" />
            <source>Date: {date} is before the claim of {claimed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/reporting.py" line="397" />
            <source>Years: the last year {to} is before the first {first}</source>
            <extracomment>Statuses from which a grant's balance is meaningful (its justification was received).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/reporting.py" line="400" />
            <source>Years: {first} to {to} is more than 30 years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/reporting.py" line="555" />
            <source>Beneficiary {ref} has no grant in {year}: there is no statement to write</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="30" />
            <source>officer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="31" />
            <source>finance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="32" />
            <source>auditor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="33" />
            <source>admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="68" />
            <source>Role: {value} is not one of officer, finance, auditor, admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="76" />
            <source>User: give the OS user name (no spaces, at most {n} characters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="119" />
            <source>Roles: nobody has a role yet; first give yourself the admin role (grants roles set {user} admin), so that you cannot lock yourself out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="125" />
            <location filename="../../grants/services/roles.py" line="143" />
            <source>Roles: {user} is the last admin; name another admin first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/roles.py" line="140" />
            <source>User {user} has no role to remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/security.py" line="38" />
            <source>User {user} has no role in this database: ask an administrator</source>
            <extracomment>What each role may do. "write" is any change to grants data.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/security.py" line="42" />
            <source>User {user} ({role}) may not do this: {permission} is not allowed for the role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/sepa.py" line="181" />
            <source>Payments: no approved payment is waiting to be sent to the bank</source>
            <extracomment>safe.brussels' account, the debtor of every transfer. Set the real account with the environment variables GRANTS_DEBTOR_NAME, GRANTS_DEBTOR_IBAN and GRANTS_DEBTOR_BIC.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/sepa.py" line="190" />
            <source>IBAN: beneficiary {ref} ({name}) has no valid account number; payment {id} of {amount} on grant {grant} cannot be sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="195" />
            <source>Snapshot: only a database file (SQLite) can be copied, not {url}</source>
            <extracomment>Units of progress: the copy counts for the first half, hashing for the second.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="198" />
            <source>Snapshot: the database {path} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="202" />
            <source>Output: the snapshot cannot replace the database itself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="204" />
            <source>Output: {path} already exists; choose another file name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="207" />
            <source>Output: the folder {path} does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="246" />
            <source>Snapshot: {path} is already a snapshot; copy the file itself</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="319" />
            <source>Not a snapshot: {path} has no manifest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="338" />
            <source>Damaged file: {path} does not exist or is not a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="342" />
            <source>Damaged file: {path} is not a SQLite database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="347" />
            <source>Damaged file: {path} cannot be opened ({detail})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="355" />
            <source>Damaged file: the SQLite integrity check failed ({detail})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="361" />
            <source>Damaged file: the manifest cannot be read ({detail})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="364" />
            <source>Not a snapshot: {path} has no manifest (take one with grants snapshot)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="369" />
            <source>File altered: its bytes no longer match the seal written when the snapshot was taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="372" />
            <source>Manifest altered: the manifest (date, author, source, counts, content hash) does not match its own hash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="377" />
            <source>Damaged file: the content cannot be read ({detail})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="381" />
            <source>Content altered: the content hash is {found}, the manifest says {expected}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="387" />
            <source>Content altered: table {table} has {found} rows, the manifest says {expected}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="390" />
            <source>Content altered: the content hash is {found}, not the {expected} sent with the snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="410" />
            <source>Audit chain broken: the audit trail cannot be read ({detail})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/snapshot.py" line="414" />
            <source>Audit chain broken at entry {id}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="29" />
            <source>Enterprise number (BCE): {value} is not a valid Belgian enterprise number (10 digits, modulo-97 key)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="44" />
            <source>IBAN: {value} is not a valid account number (ISO 13616 check digits)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="59" />
            <source>Structured communication: {value} is not valid (12 digits, the last two the first ten modulo 97)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="81" />
            <source>{field}: {value} is not an amount in euro with at most 2 decimals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="109" />
            <source>{field}: {value} must not be negative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="128" />
            <source>{field}: {value} is not a date (expected 2024-03-31)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="144" />
            <source>{field}: {value} is not a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="160" />
            <source>PGSP measures: {code} is not a measure code (like 1.4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="164" />
            <source>PGSP measures: measure {code} is listed twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="172" />
            <source>PGSP measures: share {share} of measure {code} is not a percentage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="181" />
            <source>PGSP measures: give a share for every measure or for none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="198" />
            <source>PGSP measures: the share of measure {code} must be above 0 and at most 100 ({share} %)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="204" />
            <source>PGSP measures: the shares total {total} %, they must total 100 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="212" />
            <source>{label}: this field is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/services/validators.py" line="215" />
            <source>{label}: at most {max} characters</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>values</name>
        <message>
            <location filename="../../grants/ui/labels.py" line="56" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="56" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="28" />
            <source>Advance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="25" />
            <source>Advance paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="29" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="28" />
            <source>Balance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="26" />
            <source>Balance paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="37" />
            <source>Call for projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="29" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="26" />
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="24" />
            <source>Committed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="35" />
            <source>Communal non-profit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="33" />
            <source>Commune</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="24" />
            <source>Decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="38" />
            <source>Direct grant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="24" />
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="40" />
            <source>Dutch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="40" />
            <source>French</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="25" />
            <source>Justified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="37" />
            <source>Local plan (PLPP)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="31" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="28" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="31" />
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="38" />
            <source>Police fund</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="33" />
            <source>Police zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="29" />
            <source>Prepared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="35" />
            <source>Private non-profit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="26" />
            <source>Recovery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="34" />
            <source>Regional body</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../grants/ui/labels.py" line="34" />
            <source>Training school</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
