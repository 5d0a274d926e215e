<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivitiesModel</name>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="377"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="378"/>
        <source>Kostenplaats</source>
        <translation>Cost centre</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="379"/>
        <source>Uurvergoeding</source>
        <translation>Hourly rate</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="381"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="382"/>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="382"/>
        <source>niet actief</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Onderneming van</source>
        <translation>Enterprise of</translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <location filename="../../coopdesk/gui/hours/activities_tab.py" line="49"/>
        <source>Nieuwe activiteit…</source>
        <translation>New activity…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/activities_tab.py" line="50"/>
        <source>Wijzigen…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/activities_tab.py" line="51"/>
        <location filename="../../coopdesk/gui/hours/activities_tab.py" line="90"/>
        <source>Niet meer actief</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/activities_tab.py" line="52"/>
        <source>Nieuwe kostenplaats…</source>
        <translation>New cost centre…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/activities_tab.py" line="54"/>
        <source>Een kostenplaats per deelcoöperatie, als de coöperatie een koepel is</source>
        <translation>One cost centre per sub-cooperative, when the cooperative is an umbrella</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/activities_tab.py" line="67"/>
        <source>Elke activiteit hoort bij een kostenplaats en heeft een uurvergoeding; de uitbetaling rekent daarmee. Een activiteit die niet meer actief is, krijgt geen nieuwe uren; de uren die er al op staan blijven. Een activiteit die een lid als eigen onderneming runt (&quot;Onderneming van&quot;), geeft bij de jaarafsluiting de spaarpot van dat lid het afgesproken deel van haar resultaat.</source>
        <translation>Each activity belongs to a cost centre and has an hourly rate, which the payout uses. An inactive activity takes no new hours; the hours already on it stay. An activity a member runs as their own enterprise (&quot;Enterprise of&quot;) gives that member's pot the agreed share of its result at the year close.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/activities_tab.py" line="90"/>
        <source>Weer actief maken</source>
        <translation>Activate again</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../coopdesk/gui/hours/dialogs.py" line="46"/>
        <source>Activiteit wijzigen</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/dialogs.py" line="46"/>
        <source>Nieuwe activiteit</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/dialogs.py" line="50"/>
        <source>bijvoorbeeld Restaurant</source>
        <translation>for example Restaurant</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/dialogs.py" line="59"/>
        <source>Actief (er kunnen uren op worden geschreven)</source>
        <translation>Active (hours can be entered on it)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/dialogs.py" line="67"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/dialogs.py" line="68"/>
        <source>Kostenplaats</source>
        <translation>Cost centre</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/dialogs.py" line="69"/>
        <source>Uurvergoeding (€)</source>
        <translation>Hourly rate (€)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/dialogs.py" line="72"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/dialogs.py" line="73"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Geen (activiteit van de coöperatie)</source>
        <translation>None (an activity of the cooperative)</translation>
    </message>
    <message>
        <source>Onderneming van</source>
        <translation>Enterprise of</translation>
    </message>
    <message>
        <source>Een eigen onderneming van een lid: de winstverdeling kan de spaarpot van dat lid een afgesproken deel van het resultaat geven</source>
        <translation>A member's own enterprise: the profit distribution can give that member's pot an agreed share of its result</translation>
    </message>
</context>
<context>
    <name>CostCentreDialog</name>
    <message>
        <location filename="../../coopdesk/gui/hours/dialogs.py" line="106"/>
        <source>Nieuwe kostenplaats</source>
        <translation>New cost centre</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/dialogs.py" line="110"/>
        <source>bijvoorbeeld NOORD</source>
        <translation>for example NORTH</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/dialogs.py" line="113"/>
        <source>bijvoorbeeld Buurtcoöperatie Noord</source>
        <translation>for example Neighbourhood cooperative North</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/dialogs.py" line="119"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/dialogs.py" line="120"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/dialogs.py" line="122"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/dialogs.py" line="123"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="98"/>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="100"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="101"/>
        <source>Dagen</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="102"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="355"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="63"/>
        <source>Weekrooster</source>
        <translation>Weekly grid</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="64"/>
        <source>Overzichten</source>
        <translation>Overviews</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="65"/>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="79"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../coopdesk/gui/hours/dialogs.py" line="148"/>
        <source>Urenformulier inlezen</source>
        <translation>Import hours sheet</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/dialogs.py" line="151"/>
        <source>Ingelezen: {file}</source>
        <translation>Imported: {file}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/dialogs.py" line="152"/>
        <source>Niet ingelezen: {file}</source>
        <translation>Not imported: {file}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/dialogs.py" line="176"/>
        <source>Om na te kijken:</source>
        <translation>Worth a look:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/dialogs.py" line="197"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="428"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="430"/>
        <source>Wat er niet klopt</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="429"/>
        <source>hele blad</source>
        <translation>whole sheet</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="88"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="92"/>
        <location filename="../../coopdesk/gui/hours/models.py" line="296"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../coopdesk/gui/hours/overview_tab.py" line="52"/>
        <source>Uren per lid per maand</source>
        <translation>Hours per member per month</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/overview_tab.py" line="53"/>
        <source>Uren per activiteit per maand</source>
        <translation>Hours per activity per month</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/overview_tab.py" line="54"/>
        <source>Urenhistorie van een lid</source>
        <translation>A member&apos;s hours history</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/overview_tab.py" line="64"/>
        <source>Jaar:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/overview_tab.py" line="65"/>
        <source>Lid:</source>
        <translation>Member:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/overview_tab.py" line="150"/>
        <source>{number} {name}: {hours} uur in totaal</source>
        <translation>{number} {name}: {hours} hours in all</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/overview_tab.py" line="158"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/overview_tab.py" line="161"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/overview_tab.py" line="178"/>
        <source>{hours} uur in totaal</source>
        <translation>{hours} hours in all</translation>
    </message>
</context>
<context>
    <name>SetHoursCommand</name>
    <message>
        <location filename="../../coopdesk/gui/hours/grid.py" line="192"/>
        <source>Uren {label} {day}: {after}</source>
        <translation>Hours {label} {day}: {after}</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <location filename="../../coopdesk/gui/hours/excel.py" line="50"/>
        <source>Urenformulier opslaan</source>
        <translation>Save hours sheet</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/excel.py" line="51"/>
        <source>Excel-werkmappen (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/excel.py" line="65"/>
        <source>Urenformulier</source>
        <translation>Hours sheet</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/excel.py" line="67"/>
        <source>Urenformulier opgeslagen: {path}</source>
        <translation>Hours sheet saved: {path}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/excel.py" line="73"/>
        <location filename="../../coopdesk/gui/hours/excel.py" line="103"/>
        <source>Urenformulier inlezen</source>
        <translation>Import hours sheet</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/excel.py" line="74"/>
        <source>Excel-werkmappen (*.xlsx);;Alle bestanden (*)</source>
        <translation>Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/excel.py" line="87"/>
        <source>Urenformulier lezen…</source>
        <translation>Reading the hours sheet…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/excel.py" line="88"/>
        <source>Uren controleren en opslaan…</source>
        <translation>Checking and saving the hours…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/excel.py" line="102"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/excel.py" line="144"/>
        <source>{file}: {summary} Zie het verslag.</source>
        <translation>{file}: {summary} See the report.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/excel.py" line="154"/>
        <source>Het inlezen is mislukt; er is niets ingelezen.</source>
        <translation>The import failed; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/excel.py" line="158"/>
        <source>Inlezen afgebroken; er is niets ingelezen.</source>
        <translation>Import cancelled; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/excel.py" line="176"/>
        <source>1 rij</source>
        <translation>1 row</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/excel.py" line="176"/>
        <source>{count} rijen</source>
        <translation>{count} rows</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/excel.py" line="177"/>
        <source>1 lid</source>
        <translation>1 member</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/excel.py" line="177"/>
        <source>{count} leden</source>
        <translation>{count} members</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/excel.py" line="178"/>
        <source>op {day}</source>
        <translation>on {day}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/excel.py" line="179"/>
        <source>van {first} t/m {last}</source>
        <translation>from {first} to {last}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/excel.py" line="182"/>
        <source>week {week}</source>
        <translation>week {week}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/excel.py" line="184"/>
        <source>week {weeks} en {last}</source>
        <translation>weeks {weeks} and {last}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/excel.py" line="186"/>
        <source>{count} weken</source>
        <translation>{count} weeks</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/excel.py" line="187"/>
        <source>{rows} voor {members}, {when} ({weeks}).</source>
        <translation>{rows} for {members}, {when} ({weeks}).</translation>
    </message>
</context>
<context>
    <name>WeekGridModel</name>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="72"/>
        <source>Lid</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="74"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="76"/>
        <location filename="../../coopdesk/gui/hours/models.py" line="198"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="229"/>
        <source>Deze dag moet nog komen.</source>
        <translation>This day is still to come.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="232"/>
        <source>{name} was op deze dag geen lid.</source>
        <translation>{name} was not a member on this day.</translation>
    </message>
</context>
<context>
    <name>WeekTab</name>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="72"/>
        <source>◀ Vorige week</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="73"/>
        <source>Volgende week ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="74"/>
        <source>Deze week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="85"/>
        <source>Ga naar de week van deze datum</source>
        <translation>Go to the week of this date</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="88"/>
        <source>week </source>
        <translation>week </translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="104"/>
        <source>Ga naar:</source>
        <translation>Go to:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="111"/>
        <source>Zoek lid (naam of nummer)</source>
        <translation>Find member (name or number)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="120"/>
        <source>Lid</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="127"/>
        <source>Rij toevoegen</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="129"/>
        <source>Rijen van vorige week</source>
        <translation>Last week&apos;s rows</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="130"/>
        <source>Zet de leden en activiteiten van vorige week leeg klaar</source>
        <translation>Add last week&apos;s members and activities as empty rows</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="132"/>
        <source>Excel-sjabloon…</source>
        <translation>Excel template…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="133"/>
        <source>Schrijf een leeg urenformulier voor vrijwilligers</source>
        <translation>Write an empty hours sheet for volunteers</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="134"/>
        <source>Excel inlezen…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="135"/>
        <source>Lees een ingevuld urenformulier in</source>
        <translation>Import a filled-in hours sheet</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="196"/>
        <source>Week {week} · {first} t/m {last}</source>
        <translation>Week {week} · {first} to {last}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="215"/>
        <source>1 lid · {hours} uur deze week</source>
        <translation>1 member · {hours} hours this week</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="216"/>
        <source>{members} leden · {hours} uur deze week</source>
        <translation>{members} members · {hours} hours this week</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="267"/>
        <source>Er zijn geen actieve activiteiten. Maak er een weer actief op het tabblad Activiteiten.</source>
        <translation>There are no active activities. Make one active again on the Activities tab.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="269"/>
        <source>Er zijn nog geen activiteiten. Maak er eerst een aan op het tabblad Activiteiten.</source>
        <translation>There are no activities yet. First create one on the Activities tab.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="281"/>
        <source>Typ uren als 2, 2,5 of 2:30: typen vervangt de cel, F2 bewerkt wat er staat. Tab of Enter gaat verder, Delete maakt leeg.</source>
        <translation>Type hours as 2, 2.5 or 2:30: typing replaces the cell, F2 edits what is there. Tab or Enter moves on, Delete clears.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="291"/>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="317"/>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="331"/>
        <source>Kies eerst een lid en een activiteit.</source>
        <translation>Choose a member and an activity first.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="326"/>
        <source>{name} is per {day} vertrokken en kan in deze week geen uren krijgen.</source>
        <translation>{name} left on {day} and cannot have hours in this week.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="329"/>
        <source>{name} is pas lid vanaf {day} en kan in deze week nog geen uren krijgen.</source>
        <translation>{name} is a member only from {day} and cannot have hours in this week yet.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="333"/>
        <source>Geen lid gevonden voor &apos;{text}&apos;.</source>
        <translation>No member found for &apos;{text}&apos;.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="334"/>
        <source>Meer dan één lid past bij &apos;{text}&apos;: kies er een uit de lijst.</source>
        <translation>More than one member matches &apos;{text}&apos;: choose one from the list.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="339"/>
        <source>Vorige week heeft geen andere rijen dan deze week.</source>
        <translation>Last week has no rows that this week does not have.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="343"/>
        <source>Alle rijen van vorige week staan er al.</source>
        <translation>All of last week&apos;s rows are here already.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="348"/>
        <source>1 rij van vorige week klaargezet.</source>
        <translation>1 row from last week set out.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="349"/>
        <source>{count} rijen van vorige week klaargezet.</source>
        <translation>{count} rows from last week added.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="399"/>
        <source>Opgeslagen: {label}, {day}: {hours} uur.</source>
        <translation>Saved: {label}, {day}: {hours} hours.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="411"/>
        <source>Kan niet ongedaan maken of opnieuw doen: {label}, {day}: {message}</source>
        <translation>Cannot undo or redo: {label}, {day}: {message}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="412"/>
        <source>uren</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="443"/>
        <source>Uren wissen</source>
        <translation>Clear hours</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="449"/>
        <source>1 cel leeggemaakt.</source>
        <translation>1 cell cleared.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/week_tab.py" line="449"/>
        <source>{count} cellen leeggemaakt.</source>
        <translation>{count} cells cleared.</translation>
    </message>
</context>
</TS>
