<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>OutflowColumns</name>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" line="52" />
            <source>Jaar</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" line="53" />
            <source>Nr.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" line="54" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" line="55" />
            <source>Vertrokken</source>
            <translation>Left</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" line="56" />
            <source>Reden</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" line="57" />
            <source>Maanden lid</source>
            <translation>Months a member</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" line="58" />
            <source>Uitkering per maand</source>
            <translation>Benefit per month</translation>
        </message>
        <message>
            <source>Aandelen eigen onderneming: het afgesproken deel van het resultaat van de eigen onderneming van een lid</source>
            <translation>Own enterprise shares: the agreed share of the result of a member's own enterprise</translation>
        </message>
        <message>
            <source>Leden met uren in het jaar</source>
            <translation>Members with hours in the year</translation>
        </message>
        <message>
            <source>Onderneming</source>
            <translation>Enterprise</translation>
        </message>
        <message>
            <source>Ontvangen</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Per werkend lid</source>
            <translation>Per working member</translation>
        </message>
        <message>
            <source>Spaarpot</source>
            <translation>Pot deposits</translation>
        </message>
        <message>
            <source>Stortingen in de spaarpotten uit de winstverdeling</source>
            <translation>Deposits into the savings pots from the profit distribution</translation>
        </message>
        <message>
            <source>Vergoedingen</source>
            <translation>Allowances</translation>
        </message>
        <message>
            <source>Vergoedingen en premies uit geboekte uitbetalingen</source>
            <translation>Allowances and premiums from posted payouts</translation>
        </message>
        <message>
            <source>Verschil</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Werkend</source>
            <translation>Working</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" />
            <source>Bespaard in vertrekjaar</source>
            <translation>Saved in year left</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" />
            <source>De geschatte bespaarde uitkering in het jaar van vertrek (de maanden na de maand van vertrek)</source>
            <translation>The estimated benefit saved in the year of leaving (the months after the month of leaving)</translation>
        </message>
    </context>
    <context>
        <name>OutflowPage</name>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" line="130" />
            <source>Het eerste jaar in het overzicht</source>
            <translation>The first year in the overview</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" line="131" />
            <source>Het laatste jaar in het overzicht</source>
            <translation>The last year in the overview</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" line="132" />
            <source>Jaren:</source>
            <translation>Years:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" line="134" />
            <source>t/m</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" line="137" />
            <source>Vroegere uitkering per maand:</source>
            <translation>Former monthly benefit:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" line="139" />
            <source>bijv. 1.150,00</source>
            <translation>e.g. 1.150,00</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" line="140" />
            <source>De uitkering die het gekozen lid per maand had voor het vertrek (leeg: onbekend)</source>
            <translation>The benefit the selected member received per month before leaving (empty: unknown)</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" line="143" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" line="144" />
            <source>Leg de vroegere uitkering van het gekozen lid vast</source>
            <translation>Record the selected member's former benefit</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" line="192" />
            <source>Uitstroom</source>
            <translation>Outflow</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" line="210" />
            <source>Uitstroom naar werk of opleiding per jaar</source>
            <translation>Outflow to a job or education per year</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" line="211" />
            <source>Leden</source>
            <translation>Members</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" line="213" />
            <source>Verdiensten per werkend lid per jaar (€)</source>
            <translation>Earnings per working member per year (€)</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" line="216" />
            <source>Per werkend lid</source>
            <translation>Per working member</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" line="261" />
            <source>Uitkering van %1 vastgelegd.</source>
            <translation>Benefit of %1 recorded.</translation>
        </message>
        <message>
            <source>Ontvangen = vergoedingen en premies + stortingen spaarpot + aandelen eigen onderneming; per werkend lid: gedeeld door de leden met uren</source>
            <translation>Received = allowances and premiums + pot deposits + own enterprise shares; per working member: divided by the members with hours</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" />
            <source>&lt;b&gt;Bespaarde uitkeringen (schatting)&lt;/b&gt; · &lt;b&gt;totaal %1&lt;/b&gt;</source>
            <translation>&lt;b&gt;Saved benefits (estimate)&lt;/b&gt; · &lt;b&gt;total %1&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" />
            <source>1 lid</source>
            <translation>1 member</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" />
            <source>%1 leden</source>
            <translation>%1 members</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" />
            <source>%1: %2 = vertrokken in %1 %3 (%4)</source>
            <translation>%1: %2 = left in %1 %3 (%4)</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/outflow/page.py" />
            <source>+ eerder vertrokken %1 (%2)</source>
            <translation>+ left earlier %1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <location filename="../../coopdesk/gui/pages.py" line="57" />
            <source>Uitstroom</source>
            <translation>Outflow</translation>
        </message>
    </context>
</TS>