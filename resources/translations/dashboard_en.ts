<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Uren per maand per activiteit</source>
        <translation>Hours per month per activity</translation>
    </message>
    <message>
        <source>Uitbetaald en gespaard per maand (€)</source>
        <translation>Paid out and saved per month (€)</translation>
    </message>
    <message>
        <source>Uitbetaald</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <source>Naar spaarpotten</source>
        <translation>Into savings pots</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>actieve leden</source>
        <translation>active members</translation>
    </message>
    <message>
        <source>uren deze maand</source>
        <translation>hours this month</translation>
    </message>
    <message>
        <source>uren dit jaar</source>
        <translation>hours this year</translation>
    </message>
    <message>
        <source>uitbetaald dit jaar</source>
        <translation>paid out this year</translation>
    </message>
    <message>
        <source>in de spaarpotten</source>
        <translation>in the savings pots</translation>
    </message>
    <message>
        <source>in kas</source>
        <translation>in the cash box</translation>
    </message>
    <message>
        <source>op de bank</source>
        <translation>in the bank</translation>
    </message>
    <message>
        <source>en nog {count} andere</source>
        <translation>and {count} more</translation>
    </message>
    <message>
        <source>Nog te doen</source>
        <translation>Still to do</translation>
    </message>
    <message>
        <source>Grafieken worden geladen…</source>
        <translation>Loading the charts…</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Overzicht van {year}, {day}</source>
        <translation>Overview of {year}, {day}</translation>
    </message>
    <message>
        <source>Niets: alle maanden zijn uitbetaald en de jaren afgesloten.</source>
        <translation>Nothing: every month has been paid out and the years are closed.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
</context>
</TS>
