<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivitiesModel</name>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="401"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="401"/>
        <source>Kostenplaats</source>
        <translation>Cost centre</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="401"/>
        <source>Uurvergoeding</source>
        <translation>Hourly rate</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="402"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="420"/>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="420"/>
        <source>niet actief</source>
        <translation>inactive</translation>
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
        <location filename="../../coopdesk/gui/hours/models.py" line="340"/>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="340"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="340"/>
        <source>Dagen</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="340"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="353"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="132"/>
        <source>Weekrooster</source>
        <translation>Weekly grid</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="133"/>
        <source>Overzichten</source>
        <translation>Overviews</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="134"/>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="173"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="186"/>
        <source>◀ Vorige week</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="187"/>
        <source>Volgende week ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="188"/>
        <source>Deze week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="199"/>
        <source>Ga naar de week van deze datum</source>
        <translation>Go to the week of this date</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="202"/>
        <source>week </source>
        <translation>week </translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="218"/>
        <source>Ga naar:</source>
        <translation>Go to:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="225"/>
        <source>Zoek lid (naam of nummer)</source>
        <translation>Find member (name or number)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="233"/>
        <source>Lid</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="240"/>
        <source>Rij toevoegen</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="242"/>
        <source>Rijen van vorige week</source>
        <translation>Last week&apos;s rows</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="243"/>
        <source>Zet de leden en activiteiten van vorige week leeg klaar</source>
        <translation>Add last week&apos;s members and activities as empty rows</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="245"/>
        <source>Excel-sjabloon…</source>
        <translation>Excel template…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="246"/>
        <source>Schrijf een leeg urenformulier voor vrijwilligers</source>
        <translation>Write an empty hours sheet for volunteers</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="248"/>
        <source>Excel inlezen…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="249"/>
        <source>Lees een ingevuld urenformulier in</source>
        <translation>Import a filled-in hours sheet</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="842"/>
        <source>Typ uren als 2, 2,5 of 2:30. Tab of Enter gaat verder, Delete maakt leeg.</source>
        <translation>Type hours as 2, 2.5 or 2:30. Tab or Enter moves on, Delete clears.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="296"/>
        <source>Uren per lid per maand</source>
        <translation>Hours per member per month</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="297"/>
        <source>Uren per activiteit per maand</source>
        <translation>Hours per activity per month</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="298"/>
        <source>Urenhistorie van een lid</source>
        <translation>A member&apos;s hours history</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="308"/>
        <source>Jaar:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="309"/>
        <source>Lid:</source>
        <translation>Member:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="359"/>
        <source>Nieuwe activiteit…</source>
        <translation>New activity…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="360"/>
        <source>Wijzigen…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="361"/>
        <location filename="../../coopdesk/gui/hours/page.py" line="853"/>
        <source>Niet meer actief</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="362"/>
        <source>Nieuwe kostenplaats…</source>
        <translation>New cost centre…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="364"/>
        <source>Een kostenplaats per deelcoöperatie, als de coöperatie een koepel is</source>
        <translation>One cost centre per sub-cooperative, when the cooperative is an umbrella</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="377"/>
        <source>Elke activiteit hoort bij een kostenplaats en heeft een uurvergoeding; de uitbetaling rekent daarmee. Een activiteit die niet meer actief is, krijgt geen nieuwe uren; de uren die er al op staan blijven.</source>
        <translation>Each activity belongs to a cost centre and has an hourly rate, which the payout uses. An inactive activity takes no new hours; the hours already on it stay.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="407"/>
        <source>Week {week} · {first} t/m {last}</source>
        <translation>Week {week} · {first} to {last}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="425"/>
        <source>1 lid · {hours} uur deze week</source>
        <translation>1 member · {hours} hours this week</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="426"/>
        <source>{members} leden · {hours} uur deze week</source>
        <translation>{members} members · {hours} hours this week</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="468"/>
        <location filename="../../coopdesk/gui/hours/page.py" line="494"/>
        <location filename="../../coopdesk/gui/hours/page.py" line="508"/>
        <source>Kies eerst een lid en een activiteit.</source>
        <translation>Choose a member and an activity first.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="503"/>
        <source>{name} is per {day} vertrokken en kan in deze week geen uren krijgen.</source>
        <translation>{name} left on {day} and cannot have hours in this week.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="506"/>
        <source>{name} is pas lid vanaf {day} en kan in deze week nog geen uren krijgen.</source>
        <translation>{name} is a member only from {day} and cannot have hours in this week yet.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="510"/>
        <source>Geen lid gevonden voor &apos;{text}&apos;.</source>
        <translation>No member found for &apos;{text}&apos;.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="511"/>
        <source>Meer dan één lid past bij &apos;{text}&apos;: kies er een uit de lijst.</source>
        <translation>More than one member matches &apos;{text}&apos;: choose one from the list.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="516"/>
        <source>Vorige week heeft geen andere rijen dan deze week.</source>
        <translation>Last week has no rows that this week does not have.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="520"/>
        <source>Alle rijen van vorige week staan er al.</source>
        <translation>All of last week&apos;s rows are here already.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="525"/>
        <source>1 rij van vorige week klaargezet.</source>
        <translation>1 row from last week set out.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="526"/>
        <source>{count} rijen van vorige week klaargezet.</source>
        <translation>{count} rows from last week added.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="584"/>
        <source>Opgeslagen: {label}, {day}: {hours} uur.</source>
        <translation>Saved: {label}, {day}: {hours} hours.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="596"/>
        <source>Kan niet ongedaan maken of opnieuw doen: {label}, {day}: {message}</source>
        <translation>Cannot undo or redo: {label}, {day}: {message}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="597"/>
        <source>uren</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="628"/>
        <source>Uren wissen</source>
        <translation>Clear hours</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="633"/>
        <source>{count} cellen leeggemaakt.</source>
        <translation>{count} cells cleared.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="633"/>
        <source>1 cel leeggemaakt.</source>
        <translation>1 cell cleared.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="644"/>
        <source>Urenformulier inlezen</source>
        <translation>Import hours sheet</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="644"/>
        <source>Excel-werkmappen (*.xlsx);;Alle bestanden (*)</source>
        <translation>Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="656"/>
        <source>Urenformulier opslaan</source>
        <translation>Save hours sheet</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="657"/>
        <source>Excel-werkmappen (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="676"/>
        <source>Urenformulier</source>
        <translation>Hours sheet</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="678"/>
        <source>Urenformulier opgeslagen: {path}</source>
        <translation>Hours sheet saved: {path}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="704"/>
        <source>{file}: {summary} Zie het verslag.</source>
        <translation>{file}: {summary} See the report.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="719"/>
        <source>1 rij</source>
        <translation>1 row</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="719"/>
        <source>{count} rijen</source>
        <translation>{count} rows</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="720"/>
        <source>1 lid</source>
        <translation>1 member</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="720"/>
        <source>{count} leden</source>
        <translation>{count} members</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="721"/>
        <source>op {day}</source>
        <translation>on {day}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="722"/>
        <source>van {first} t/m {last}</source>
        <translation>from {first} to {last}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="725"/>
        <source>week {week}</source>
        <translation>week {week}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="727"/>
        <source>week {weeks} en {last}</source>
        <translation>weeks {weeks} and {last}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="729"/>
        <source>{count} weken</source>
        <translation>{count} weeks</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="730"/>
        <source>{rows} voor {members}, {when} ({weeks}).</source>
        <translation>{rows} for {members}, {when} ({weeks}).</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="779"/>
        <source>{number} {name}: {hours} uur in totaal</source>
        <translation>{number} {name}: {hours} hours in all</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="787"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="790"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="807"/>
        <source>{hours} uur in totaal</source>
        <translation>{hours} hours in all</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="828"/>
        <source>Er zijn geen actieve activiteiten. Maak er een weer actief op het tabblad Activiteiten.</source>
        <translation>There are no active activities. Make one active again on the Activities tab.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="830"/>
        <source>Er zijn nog geen activiteiten. Maak er eerst een aan op het tabblad Activiteiten.</source>
        <translation>There are no activities yet. First create one on the Activities tab.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="853"/>
        <source>Weer actief maken</source>
        <translation>Activate again</translation>
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
        <location filename="../../coopdesk/gui/hours/models.py" line="445"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="445"/>
        <source>Wat er niet klopt</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="456"/>
        <source>hele blad</source>
        <translation>whole sheet</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="257"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="261"/>
        <location filename="../../coopdesk/gui/hours/models.py" line="275"/>
        <source>Totaal</source>
        <translation>Total</translation>
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
    <name>WeekGridModel</name>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="128"/>
        <source>Lid</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="130"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="132"/>
        <location filename="../../coopdesk/gui/hours/models.py" line="158"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="196"/>
        <source>Deze dag moet nog komen.</source>
        <translation>This day is still to come.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="199"/>
        <source>{name} was op deze dag geen lid.</source>
        <translation>{name} was not a member on this day.</translation>
    </message>
</context>
</TS>
