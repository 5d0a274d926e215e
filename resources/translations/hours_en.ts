<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivitiesModel</name>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="387"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="387"/>
        <source>Kostenplaats</source>
        <translation>Cost centre</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="387"/>
        <source>Uurvergoeding</source>
        <translation>Hourly rate</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="388"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="406"/>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="406"/>
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
        <location filename="../../coopdesk/gui/hours/models.py" line="326"/>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="326"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="326"/>
        <source>Dagen</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="326"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="339"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="111"/>
        <source>Weekrooster</source>
        <translation>Weekly grid</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="112"/>
        <source>Overzichten</source>
        <translation>Overviews</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="113"/>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="145"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="158"/>
        <source>◀ Vorige week</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="159"/>
        <source>Volgende week ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="160"/>
        <source>Deze week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="171"/>
        <source>Ga naar de week van deze datum</source>
        <translation>Go to the week of this date</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="174"/>
        <source>week </source>
        <translation>week </translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="190"/>
        <source>Ga naar:</source>
        <translation>Go to:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="197"/>
        <source>Zoek lid (naam of nummer)</source>
        <translation>Find member (name or number)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="205"/>
        <source>Lid</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="212"/>
        <source>Rij toevoegen</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="214"/>
        <source>Rijen van vorige week</source>
        <translation>Last week&apos;s rows</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="215"/>
        <source>Zet de leden en activiteiten van vorige week leeg klaar</source>
        <translation>Add last week&apos;s members and activities as empty rows</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="217"/>
        <source>Excel-sjabloon…</source>
        <translation>Excel template…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="218"/>
        <source>Schrijf een leeg urenformulier voor vrijwilligers</source>
        <translation>Write an empty hours sheet for volunteers</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="220"/>
        <source>Excel inlezen…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="221"/>
        <source>Lees een ingevuld urenformulier in</source>
        <translation>Import a filled-in hours sheet</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="252"/>
        <source>Typ uren als 2, 2,5 of 2:30. Tab of Enter gaat verder, Delete maakt leeg.</source>
        <translation>Type hours as 2, 2.5 or 2:30. Tab or Enter moves on, Delete clears.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="268"/>
        <source>Uren per lid per maand</source>
        <translation>Hours per member per month</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="269"/>
        <source>Uren per activiteit per maand</source>
        <translation>Hours per activity per month</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="270"/>
        <source>Urenhistorie van een lid</source>
        <translation>A member&apos;s hours history</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="280"/>
        <source>Jaar:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="281"/>
        <source>Lid:</source>
        <translation>Member:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="328"/>
        <source>Nieuwe activiteit…</source>
        <translation>New activity…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="329"/>
        <source>Wijzigen…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="330"/>
        <location filename="../../coopdesk/gui/hours/page.py" line="721"/>
        <source>Niet meer actief</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="331"/>
        <source>Nieuwe kostenplaats…</source>
        <translation>New cost centre…</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="333"/>
        <source>Een kostenplaats per deelcoöperatie, als de coöperatie een koepel is</source>
        <translation>One cost centre per sub-cooperative, when the cooperative is an umbrella</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="346"/>
        <source>Elke activiteit hoort bij een kostenplaats en heeft een uurvergoeding; de uitbetaling rekent daarmee. Een activiteit die niet meer actief is, krijgt geen nieuwe uren; de uren die er al op staan blijven.</source>
        <translation>Each activity belongs to a cost centre and has an hourly rate, which the payout uses. An inactive activity takes no new hours; the hours already on it stay.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="376"/>
        <source>Week {week} · {first} t/m {last}</source>
        <translation>Week {week} · {first} to {last}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="394"/>
        <source>1 lid · {hours} uur deze week</source>
        <translation>1 member · {hours} hours this week</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="395"/>
        <source>{members} leden · {hours} uur deze week</source>
        <translation>{members} members · {hours} hours this week</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="435"/>
        <source>Kies eerst een lid en een activiteit.</source>
        <translation>Choose a member and an activity first.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="448"/>
        <source>Vorige week heeft geen andere rijen dan deze week.</source>
        <translation>Last week has no rows that this week does not have.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="453"/>
        <source>{count} rijen van vorige week klaargezet.</source>
        <translation>{count} rows from last week added.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="510"/>
        <source>Opgeslagen: {label}, {day}: {hours} uur.</source>
        <translation>Saved: {label}, {day}: {hours} hours.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="522"/>
        <source>Kan niet ongedaan maken of opnieuw doen: {label}, {day}: {message}</source>
        <translation>Cannot undo or redo: {label}, {day}: {message}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="523"/>
        <source>uren</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="554"/>
        <source>Uren wissen</source>
        <translation>Clear hours</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="559"/>
        <source>{count} cellen leeggemaakt.</source>
        <translation>{count} cells cleared.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="569"/>
        <source>Urenformulier inlezen</source>
        <translation>Import hours sheet</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="569"/>
        <source>Excel-werkmappen (*.xlsx);;Alle bestanden (*)</source>
        <translation>Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="575"/>
        <source>Urenformulier opslaan</source>
        <translation>Save hours sheet</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="575"/>
        <source>Excel-werkmappen (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="594"/>
        <source>Urenformulier</source>
        <translation>Hours sheet</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="596"/>
        <source>Urenformulier opgeslagen: {path}</source>
        <translation>Hours sheet saved: {path}</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="667"/>
        <source>{number} {name}: {hours} uur in totaal</source>
        <translation>{number} {name}: {hours} hours in all</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="675"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="678"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="696"/>
        <source>{hours} uur in totaal</source>
        <translation>{hours} hours in all</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/page.py" line="721"/>
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
        <location filename="../../coopdesk/gui/hours/dialogs.py" line="171"/>
        <source>Om na te kijken:</source>
        <translation>Worth a look:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/dialogs.py" line="187"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="431"/>
        <source>Rij</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="431"/>
        <source>Wat er niet klopt</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="442"/>
        <source>hele blad</source>
        <translation>whole sheet</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="243"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="247"/>
        <location filename="../../coopdesk/gui/hours/models.py" line="261"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>SetHoursCommand</name>
    <message>
        <location filename="../../coopdesk/gui/hours/grid.py" line="178"/>
        <source>Uren {label} {day}: {after}</source>
        <translation>Hours {label} {day}: {after}</translation>
    </message>
</context>
<context>
    <name>WeekGridModel</name>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="114"/>
        <source>Lid</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="116"/>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="118"/>
        <location filename="../../coopdesk/gui/hours/models.py" line="144"/>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="182"/>
        <source>Deze dag moet nog komen.</source>
        <translation>This day is still to come.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/hours/models.py" line="185"/>
        <source>{name} was op deze dag geen lid.</source>
        <translation>{name} was not a member on this day.</translation>
    </message>
</context>
</TS>
