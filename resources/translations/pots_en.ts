<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ChecksPage</name>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="75" />
            <source>Controles</source>
            <translation>Checks</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="76" />
            <source>Een jaar kan worden afgesloten als elke maand is uitbetaald, er geen concepten zijn, de saldibalans klopt en het getelde kasgeld gelijk is aan de boeken.</source>
            <translation>A year can be closed when every month is paid out, there are no drafts, the trial balance balances and the counted cash equals the books.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="89" />
            <source>Controleren</source>
            <translation>Check</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="92" />
            <source>Jaar:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="93" />
            <source>Geteld kasgeld op 31-12:</source>
            <translation>Cash counted on 31-12:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="96" />
            <source>De afspraak verdeelt de spaarpotten met de hand: vul per lid het bedrag in (leeg is niets).</source>
            <translation>The agreement distributes the savings pots by hand: fill in the amount per member (empty is nothing).</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="100" />
            <source>Lid</source>
            <translation>Member</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="100" />
            <source>Naar spaarpot</source>
            <translation>To savings pot</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="155" />
            <source>Eerst oplossen:</source>
            <translation>Resolve first:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="158" />
            <source>✓ Alle controles zijn in orde: klik op Volgende.</source>
            <translation>✓ All checks pass: click Next.</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPage</name>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="276" />
            <source>Bevestigen</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="293" />
            <source>Na deze stap ligt %1 vast.</source>
            <translation>After this step %1 is locked.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="295" />
            <source>Bij "Jaar afsluiten" gebeurt dit:

1. CoopDesk maakt eerst een reservekopie van het boek.
2. De winstverdeling wordt geboekt op 31-12-%1: %6gemeente %2, opleiding %3, spaarpotten %4, algemene reserve %5.
3. %1 wordt afgesloten: geen boeking, uitbetaling, uren of spaarpotbeweging met een datum in %1 wordt nog aangenomen.

Een fout herstelt u met "Jaar heropenen…" en een geschreven reden; de verdeling wordt dan teruggedraaid.</source>
            <translation>"Close year" does this:

1. CoopDesk first makes a backup of the book.
2. The profit distribution is posted on 31-12-%1: %6municipality %2, training %3, savings pots %4, general reserve %5.
3. %1 is closed: no posting, payout, hours or pot movement dated in %1 is accepted any more.

A mistake is put right with "Reopen year…" and a written reason; the distribution is then reversed.</translation>
        </message>
        <message>
            <source>Reservekopie maken en boeken…</source>
            <translation>Making a backup and posting…</translation>
        </message>
        <message>
            <source>✓ %1 is afgesloten en vergrendeld: er kan niets meer met een datum in %1 worden geboekt.</source>
            <translation>✓ %1 is closed and locked: nothing dated in %1 can be posted any more.</translation>
        </message>
        <message>
            <source>Reservekopie: %1 (in de map %2)</source>
            <translation>Backup: %1 (in the folder %2)</translation>
        </message>
        <message>
            <source>%1 ligt vast.</source>
            <translation>%1 is locked.</translation>
        </message>
        <message>
            <source>Er ging iets mis bij het afsluiten. De details staan in het logbestand: %1</source>
            <translation>Something went wrong while closing. The details are in the log file: %1</translation>
        </message>
        <message>
            <source>Het jaar is niet afgesloten; er is niets geboekt.</source>
            <translation>The year was not closed; nothing was posted.</translation>
        </message>
        <message>
            <source>Afgebroken; het jaar is niet afgesloten en er is niets geboekt.</source>
            <translation>Stopped; the year was not closed and nothing was posted.</translation>
        </message>
        <message>
        <source>eigen ondernemingen %1, </source>
        <translation>own enterprises %1, </translation>
    </message>
    <message>
        <source>De winstverdeling is geboekt op 31-12-%1.</source>
        <translation>The profit distribution is posted on 31-12-%1.</translation>
    </message>
</context>
    <context>
        <name>DepositDialog</name>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="107" />
            <source>Storten in spaarpot</source>
            <translation>Deposit into savings pot</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="107" />
            <source>Storten</source>
            <translation>Deposit</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="109" />
            <source>Storting in de spaarpot van %1. Het bedrag gaat van de algemene reserve naar de spaarpotten en wordt meteen geboekt.</source>
            <translation>Deposit into the savings pot of %1. The amount goes from the general reserve to the savings pots and is posted at once.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="115" />
            <source>bijv. besluit ALV van 12 maart</source>
            <translation>e.g. general meeting decision of 12 March</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="119" />
            <source>Bedrag:</source>
            <translation>Amount:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="120" />
            <source>Reden:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="121" />
            <source>Datum:</source>
            <translation>Date:</translation>
        </message>
    </context>
    <context>
        <name>DistributionPage</name>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="220" />
            <source>Verdeling</source>
            <translation>Distribution</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="238" />
            <source>Waar elke euro van de winst van %1 heen gaat. Controleer dit voordat u verder gaat.</source>
            <translation>Where every euro of the profit of %1 goes. Check this before you go on.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="243" />
            <source>Winst</source>
            <translation>Profit</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="244" />
            <source>Aandeel gemeente (te betalen)</source>
            <translation>Municipality's share (payable)</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="245" />
            <source>Opleidingsbudget</source>
            <translation>Training budget</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="246" />
            <source>Spaarpotten (%1 leden, hieronder)</source>
            <translation>Savings pots (%1 members, below)</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="247" />
            <source>Algemene reserve</source>
            <translation>General reserve</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="248" />
            <source>Samen verdeeld</source>
            <translation>Distributed in total</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="262" />
            <source>Er is geen verdeling afgesproken in dit boek.</source>
            <translation>No distribution has been agreed in this book.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="265" />
            <source>Afspraak van %1: gemeente %2% van de winst boven %3; opleiding %4; spaarpotten %5% van de rest, %6; de rest naar de algemene reserve.</source>
            <translation>Agreement of %1: municipality %2% of the profit above %3; training %4; savings pots %5% of the rest, %6; the rest to the general reserve.</translation>
        </message>
        <message>
            <source>1. Eigen ondernemingen: eerst naar de spaarpot van de eigenaar</source>
            <translation>1. Own enterprises: first to the owner's pot</translation>
        </message>
        <message>
            <source>2. Gezamenlijke verdeling van %1</source>
            <translation>2. Shared distribution of %1</translation>
        </message>
        <message>
            <source>Eigen onderneming: eerst %1% van een positief resultaat naar de spaarpot van de eigenaar; de rest hierboven geldt voor wat overblijft.</source>
            <translation>Own enterprise: first %1% of a positive result to the owner's pot; the rest above applies to what is left.</translation>
        </message>
        <message>
            <source>Eigen ondernemingen (%1, hierboven)</source>
            <translation>Own enterprises (%1, above)</translation>
        </message>
        <message>
            <source>Naar eigen ondernemingen</source>
            <translation>To own enterprises</translation>
        </message>
        <message>
            <source>Te verdelen</source>
            <translation>To share</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Spaarpotten</source>
            <translation>Savings pots</translation>
        </message>
    </context>
    <context>
        <name>PotsColumns</name>
        <message>
            <location filename="../../coopdesk/gui/pots/models.py" line="84" />
            <location filename="../../coopdesk/gui/pots/models.py" line="106" />
            <source>Nr.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/models.py" line="85" />
            <location filename="../../coopdesk/gui/pots/models.py" line="107" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/models.py" line="86" />
            <source>Saldo</source>
            <translation>Balance</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/models.py" line="90" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/models.py" line="91" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/models.py" line="92" />
            <source>Bedrag</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/models.py" line="93" />
            <source>Doel of reden</source>
            <translation>Purpose or reason</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/models.py" line="94" />
            <source>Bonnummer</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/models.py" line="95" />
            <source>Goedgekeurd door</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/models.py" line="99" />
            <source>Activiteit</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/models.py" line="100" />
            <source>Opbrengsten</source>
            <translation>Income</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/models.py" line="101" />
            <source>Kosten</source>
            <translation>Costs</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/models.py" line="102" />
            <source>Resultaat</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/models.py" line="108" />
            <source>Naar spaarpot</source>
            <translation>To savings pot</translation>
        </message>
        <message>
            <source>Onderneming</source>
            <translation>Enterprise</translation>
        </message>
        <message>
            <source>Onderneming van</source>
            <translation>Enterprise of</translation>
        </message>
    </context>
    <context>
        <name>PotsPage</name>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="86" />
            <source>Storten…</source>
            <translation>Deposit…</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="87" />
            <source>Een storting met reden in de spaarpot van het gekozen lid</source>
            <translation>A deposit with a reason into the chosen member's savings pot</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="88" />
            <source>Opnemen…</source>
            <translation>Withdraw…</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="89" />
            <source>Een opname voor een doel uit de lijst, met bon, uit de kas of van de bank</source>
            <translation>A withdrawal for a purpose from the list, with a receipt, from the cash box or the bank</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="91" />
            <source>Jaarafsluiting…</source>
            <translation>Year close…</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="92" />
            <source>Controleer een jaar, verdeel de winst en sluit het jaar af</source>
            <translation>Check a year, distribute the profit and close the year</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="93" />
            <source>Jaar heropenen…</source>
            <translation>Reopen year…</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="94" />
            <source>Heropen een afgesloten jaar, met een geschreven reden</source>
            <translation>Reopen a closed year, with a written reason</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="98" />
            <source>Het jaar dat u wilt heropenen</source>
            <translation>The year you want to reopen</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="114" />
            <source>&lt;b&gt;Alle spaarpotten&lt;/b&gt;</source>
            <translation>&lt;b&gt;All savings pots&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="133" />
            <source>Tonen</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="134" />
            <source>Van:</source>
            <translation>From:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="136" />
            <source>t/m:</source>
            <translation>to:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="169" />
            <source>Spaarpotten</source>
            <translation>Savings pots</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="177" />
            <source>&lt;b&gt;Totaal %1&lt;/b&gt; (%2 spaarpotten, op %3)</source>
            <translation>&lt;b&gt;Total %1&lt;/b&gt; (%2 savings pots, on %3)</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="222" />
            <source>Er zijn nog geen spaarpotten: een lid krijgt er een bij de eerste storting of winstverdeling.</source>
            <translation>There are no savings pots yet: a member gets one with the first deposit or profit distribution.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="228" />
            <source>&lt;b&gt;Spaarpot van %1 (nr. %2)&lt;/b&gt;</source>
            <translation>&lt;b&gt;Savings pot of %1 (no. %2)&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="242" />
            <source>Beginsaldo op %1: &lt;b&gt;%2&lt;/b&gt;</source>
            <translation>Opening balance on %1: &lt;b&gt;%2&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="245" />
            <source>Eindsaldo op %1: &lt;b&gt;%2&lt;/b&gt; (%3 bewegingen)</source>
            <translation>Closing balance on %1: &lt;b&gt;%2&lt;/b&gt; (%3 movements)</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="259" />
            <source>Gestort in de spaarpot van %1.</source>
            <translation>Deposited into the savings pot of %1.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="278" />
            <source>Opgenomen uit de spaarpot van %1.</source>
            <translation>Withdrawn from the savings pot of %1.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="297" />
            <source>%1 is afgesloten.</source>
            <translation>%1 is closed.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="300" />
            <source>Reservekopie: %1</source>
            <translation>Backup: %1</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" line="310" />
            <source>%1 is heropend; de winstverdeling is teruggedraaid.</source>
            <translation>%1 is reopened; the profit distribution is reversed.</translation>
        </message>
        <message>
            <source>Doelen…</source>
            <translation>Purposes…</translation>
        </message>
        <message>
            <source>De lijst van doelen waarvoor een lid kan opnemen: toevoegen, wijzigen, deactiveren</source>
            <translation>The list of purposes a member can withdraw for: add, change, deactivate</translation>
        </message>
        <message>
            <source>De lijst van doelen is bijgewerkt.</source>
            <translation>The list of purposes was updated.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" />
            <source>Jaarafsluiting ▾</source>
            <translation>Year close ▾</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" />
            <source>Jaar afsluiten, de afspraken over de winstverdeling en de afdracht aan de gemeente</source>
            <translation>Close a year, the distribution agreement and the municipality's share</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" />
            <source>Eindsaldo op %1: &lt;b&gt;%2&lt;/b&gt; (1 beweging)</source>
            <translation>Closing balance on %1: &lt;b&gt;%2&lt;/b&gt; (1 movement)</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/page.py" />
            <source>&lt;b&gt;Totaal %1&lt;/b&gt; (1 spaarpot, op %3)</source>
            <translation>&lt;b&gt;Total %1&lt;/b&gt; (1 savings pot, on %3)</translation>
        </message>
    </context>
    <context>
        <name>ReopenDialog</name>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="217" />
            <source>Jaar %1 heropenen</source>
            <translation>Reopen year %1</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="217" />
            <source>Heropenen</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="219" />
            <source>%1 wordt weer open: de winstverdeling en de stortingen in de spaarpotten worden teruggedraaid met tegenboekingen op 31-12-%1; er wordt niets gewist. De reden komt met de tijd in het logboek. Daarna kunt u het jaar opnieuw afsluiten.</source>
            <translation>%1 opens again: the profit distribution and the savings pot deposits are reversed by reversal entries on 31-12-%1; nothing is erased. The reason goes into the audit log with the time. You can then close the year again.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="223" />
            <source>bijv. een vergeten factuur van december moet nog worden geboekt</source>
            <translation>e.g. a forgotten December invoice still has to be posted</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="226" />
            <source>Reden:</source>
            <translation>Reason:</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="197" />
            <source>Resultaat</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="208" />
            <source>Het resultaat van %1 per activiteit (opbrengsten min kosten).</source>
            <translation>The result of %1 per activity (income minus costs).</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="212" />
            <source>Winst</source>
            <translation>Profit</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="212" />
            <source>Verlies of nul</source>
            <translation>Loss or zero</translation>
        </message>
        <message>
            <source>Een activiteit met een naam onder &quot;Onderneming van&quot; is de eigen onderneming van dat lid: het resultaat telt mee in de winst, en bij winst krijgt de spaarpot van de eigenaar het afgesproken deel.</source>
            <translation>An activity with a name under &quot;Enterprise of&quot; is that member's own enterprise: its result counts in the profit, and with a profit the owner's pot gets the agreed share.</translation>
        </message>
    </context>
    <context>
        <name>WithdrawDialog</name>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="136" />
            <source>Opnemen uit spaarpot</source>
            <translation>Withdraw from savings pot</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="136" />
            <source>Opnemen</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="138" />
            <source>Opname uit de spaarpot van %1 (saldo %2). Een spaarpot gaat nooit onder nul; de opname wordt betaald als elke uitgave en meteen geboekt.</source>
            <translation>Withdrawal from the savings pot of %1 (balance %2). A savings pot never goes below zero; the withdrawal is paid like any expense and posted at once.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="144" />
            <source> (goedkeuring bestuur)</source>
            <translation> (board's approval)</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="150" />
            <source>bijv. bon 2026-031</source>
            <translation>e.g. receipt 2026-031</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="153" />
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="200" />
            <source>naam van het bestuurslid</source>
            <translation>name of the board member</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="154" />
            <source>Kas</source>
            <translation>Cash</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="155" />
            <source>Bank</source>
            <translation>Bank</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="170" />
            <source>Doel:</source>
            <translation>Purpose:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="172" />
            <source>Bedrag:</source>
            <translation>Amount:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="173" />
            <source>Bonnummer:</source>
            <translation>Receipt:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="174" />
            <source>Goedgekeurd door:</source>
            <translation>Approved by:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="175" />
            <source>Betaald uit:</source>
            <translation>Paid from:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="176" />
            <source>Datum:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/dialogs.py" line="199" />
            <source>verplicht: naam van het bestuurslid</source>
            <translation>required: name of the board member</translation>
        </message>
    </context>
    <context>
        <name>YearCloseWizard</name>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="332" />
            <source>Jaarafsluiting</source>
            <translation>Year close</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="341" />
            <source>Volgende &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="342" />
            <source>&lt; Vorige</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="343" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/pots/wizard.py" line="344" />
            <source>Jaar afsluiten</source>
            <translation>Close year</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Even geduld: de afsluiting loopt nog.</source>
            <translation>Please wait: the close is still running.</translation>
        </message>
    </context>
    <context>
        <name>PurposeColumns</name>
        <message>
            <source>Doel</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Goedkeuring bestuur nodig</source>
            <translation>Board approval needed</translation>
        </message>
        <message>
            <source>Gemeente kan dit als inkomen zien</source>
            <translation>Municipality may count it as income</translation>
        </message>
        <message>
            <source>Actief</source>
            <translation>Active</translation>
        </message>
    </context>
    <context>
        <name>PurposesDialog</name>
        <message>
            <source>Doelen voor opnames</source>
            <translation>Purposes for withdrawals</translation>
        </message>
        <message>
            <source>Waarvoor een lid geld uit de spaarpot kan opnemen. Een doel wordt nooit gewist: deactiveer het, dan wordt het bij Opnemen niet meer aangeboden en houden eerdere opnames hun naam. Een nieuwe naam geldt voor nieuwe opnames.</source>
            <translation>What a member can withdraw money from the savings pot for. A purpose is never deleted: deactivate it, and Withdraw no longer offers it while earlier withdrawals keep its name. A new name holds for new withdrawals.</translation>
        </message>
        <message>
            <source>bijv. Fiets voor woon-werkverkeer</source>
            <translation>e.g. Bicycle for commuting</translation>
        </message>
        <message>
            <source>Goedkeuring van het bestuur nodig</source>
            <translation>Needs the board's approval</translation>
        </message>
        <message>
            <source>De gemeente kan dit als inkomen zien (waarschuwing bij Opnemen)</source>
            <translation>The municipality may count this as income (a warning when withdrawing)</translation>
        </message>
        <message>
            <source>Naam:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Nieuw doel</source>
            <translation>New purpose</translation>
        </message>
        <message>
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Deactiveren</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>&lt;b&gt;Nieuw doel&lt;/b&gt;</source>
            <translation>&lt;b&gt;New purpose&lt;/b&gt;</translation>
        </message>
        <message>
            <source>(niet actief: wordt niet aangeboden bij Opnemen)</source>
            <translation>(inactive: not offered when withdrawing)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Doel wijzigen&lt;/b&gt;</source>
            <translation>&lt;b&gt;Change purpose&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Weer activeren</source>
            <translation>Activate again</translation>
        </message>
        <message>
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Doel '%1' toegevoegd.</source>
            <translation>Purpose '%1' added.</translation>
        </message>
        <message>
            <source>Doel '%1' opgeslagen.</source>
            <translation>Purpose '%1' saved.</translation>
        </message>
        <message>
            <source>Er was niets veranderd.</source>
            <translation>Nothing had changed.</translation>
        </message>
        <message>
            <source>'%1' wordt weer aangeboden bij Opnemen.</source>
            <translation>'%1' is offered again when withdrawing.</translation>
        </message>
        <message>
            <source>'%1' is gedeactiveerd: het wordt niet meer aangeboden bij Opnemen; eerdere opnames houden hun naam.</source>
            <translation>'%1' was deactivated: it is no longer offered when withdrawing; earlier withdrawals keep their name.</translation>
        </message>
    </context>
    <context>
        <name>DepositDialog</name>
        <message>
            <source>De algemene reserve staat op %1 op %2; meer kan er niet uit.</source>
            <translation>The general reserve stands at %2 on %1; no more can come out of it.</translation>
        </message>
    </context>
</TS>
