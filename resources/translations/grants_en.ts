<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AuditChecksPage</name>
    <message numerus="yes">
        <source>%n checks fail (%1).</source>
        <translation>
            <numerusform>%n check fails (%1).</numerusform>
            <numerusform>%n checks fail (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrailPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1</source>
        <translation>
            <numerusform>%n entry exported to %1</numerusform>
            <numerusform>%n entries exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n grant</numerusform>
            <numerusform>%n grants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message numerus="yes">
        <source>%n record(s) done.</source>
        <translation>
            <numerusform>%n record done.</numerusform>
            <numerusform>%n records done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused:</source>
        <translation>
            <numerusform>%n refused:</numerusform>
            <numerusform>%n refused:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fiscal year {year} · %n grant(s)</source>
        <translation>
            <numerusform>Fiscal year {year} · %n grant</numerusform>
            <numerusform>Fiscal year {year} · %n grants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) · requested {requested} · selected {selected} · envelope {envelope}</source>
        <translation>
            <numerusform>%n application · requested {requested} · selected {selected} · envelope {envelope}</numerusform>
            <numerusform>%n applications · requested {requested} · selected {selected} · envelope {envelope}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected application(s) · {amount}</source>
        <translation>
            <numerusform>%n selected application · {amount}</numerusform>
            <numerusform>%n selected applications · {amount}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message numerus="yes">
        <source>Total (%n row(s))</source>
        <translation>
            <numerusform>Total (%n row)</numerusform>
            <numerusform>Total (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalPlansPage</name>
    <message numerus="yes">
        <source>Plan of %1 in %2: %n activity(ies)</source>
        <translation>
            <numerusform>Plan of %1 in %2: %n activity</numerusform>
            <numerusform>Plan of %1 in %2: %n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>%n approved payment(s) waiting to be sent, in total %1.</source>
        <translation>
            <numerusform>%n approved payment waiting to be sent, in total %1.</numerusform>
            <numerusform>%n approved payments waiting to be sent, in total %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkList</name>
    <message numerus="yes">
        <source>%n record(s) done.</source>
        <translation>
            <numerusform>%n record done.</numerusform>
            <numerusform>%n records done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused:</source>
        <translation>
            <numerusform>%n refused:</numerusform>
            <numerusform>%n refused:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkListsPage</name>
    <message numerus="yes">
        <source>%n letter(s) written to %1</source>
        <translation>
            <numerusform>%n letter written to %1</numerusform>
            <numerusform>%n letters written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message numerus="yes">
        <source>%n record(s) checked</source>
        <translation>
            <numerusform>%n record checked</numerusform>
            <numerusform>%n records checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) at fault</source>
        <translation>
            <numerusform>%n record at fault</numerusform>
            <numerusform>%n records at fault</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paid grant(s) with no notification date recorded: their notification could not be placed in the order</source>
        <translation>
            <numerusform>%n paid grant has no notification date recorded: its notification could not be placed in the order</numerusform>
            <numerusform>%n paid grants have no notification date recorded: their notification could not be placed in the order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{left} of {amount} still due since {due}, not collected after %n reminder(s) (last on {last})</source>
        <translation>
            <numerusform>{left} of {amount} still due since {due}, not collected after %n reminder (last on {last})</numerusform>
            <numerusform>{left} of {amount} still due since {due}, not collected after %n reminders (last on {last})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) imported without the names of who prepared and approved them: not checkable here</source>
        <translation>
            <numerusform>%n payment was imported without the names of who prepared and approved it: not checkable here</numerusform>
            <numerusform>%n payments were imported without the names of who prepared and approved them: not checkable here</numerusform>
        </translation>
    </message>
</context>
</TS>
