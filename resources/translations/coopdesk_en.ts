<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>geen (dd-mm-jjjj)</source>
        <translation>none (dd-mm-yyyy)</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../coopdesk/gui/pages.py" line="42"/>
        <source>Leden</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/pages.py" line="43"/>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/pages.py" line="44"/>
        <source>Boekhouding</source>
        <translation>Bookkeeping</translation>
    </message>
</context>
<context>
    <name>CooperativeDialog</name>
    <message>
        <source>&amp;Naam coöperatie</source>
        <translation>Cooperative &amp;name</translation>
    </message>
    <message>
        <source>&amp;KvK-nummer</source>
        <translation>&amp;KvK number</translation>
    </message>
    <message>
        <source>&amp;Adres</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Straat en huisnummer</source>
        <translation>Street and house number</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>&amp;Vestigingsplaats</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <source>&amp;Gemeente</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>De gemeente waarmee u afspraken hebt</source>
        <translation>The municipality you have agreements with</translation>
    </message>
    <message>
        <source>Penning&amp;meester</source>
        <translation>Trea&amp;surer</translation>
    </message>
    <message>
        <source>Naam onder de jaaroverzichten</source>
        <translation>Name under the year-end statements</translation>
    </message>
    <message>
        <source>&amp;Logo kiezen…</source>
        <translation>Choose &amp;logo…</translation>
    </message>
    <message>
        <source>Logo ve&amp;rwijderen</source>
        <translation>Remo&amp;ve logo</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>(geen logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Nieuw boek</source>
        <translation>New book</translation>
    </message>
    <message>
        <source>Een boek is één bestand met de leden, uren en boekhouding van één coöperatie. Vul de gegevens van de coöperatie in en kies waar het bestand komt.</source>
        <translation>A book is one file holding the members, hours and accounts of one cooperative. Fill in the cooperative's details and choose where the file goes.</translation>
    </message>
    <message>
        <source>Mijn coöperatie</source>
        <translation>My cooperative</translation>
    </message>
    <message>
        <source>Bla&amp;deren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>Fi&amp;le</translation>
    </message>
    <message>
        <source>Gegevens coöperatie</source>
        <translation>Cooperative details</translation>
    </message>
    <message>
        <source>Coöperatie</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <source>Boek aanmaken</source>
        <translation>Create book</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Nieuw boek opslaan als</source>
        <translation>Save new book as</translation>
    </message>
    <message>
        <source>CoopDesk-boeken (*.coopdesk)</source>
        <translation>CoopDesk books (*.coopdesk)</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Druk op Delete voor geen datum.</source>
        <translation>Press Delete for no date.</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Vertrek vastleggen</source>
        <translation>Record leaving</translation>
    </message>
    <message>
        <source>Wanneer en waarom is {name} (lid {number}) vertrokken?</source>
        <translation>When and why did {name} (member {number}) leave?</translation>
    </message>
    <message>
        <source>Betaald werk en opleiding tellen voor de gemeente als uitstroom.</source>
        <translation>For the municipality, a paid job and education count as outflow.</translation>
    </message>
    <message>
        <source>&amp;Datum vertrek</source>
        <translation>&amp;Date left</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Vastleggen</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Boek lijkt beschadigd</source>
        <translation>Book seems damaged</translation>
    </message>
    <message>
        <source>Is CoopDesk daar niet meer open (bijvoorbeeld na een storing of een vastgelopen computer)? Dan kunt u het slot verbreken. Doe dat nooit als iemand anders nog in het boek werkt: dan kunnen wijzigingen verloren gaan.</source>
        <translation>Is CoopDesk no longer open there (for example after a power cut or a frozen computer)? Then you can break the lock. Never do this while someone else is still working in the book: changes could be lost.</translation>
    </message>
    <message>
        <source>Slot toch verbreken</source>
        <translation>Break the lock anyway</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nieuw boek…</source>
        <translation>&amp;New book…</translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Recente boeken</source>
        <translation>&amp;Recent books</translation>
    </message>
    <message>
        <source>&amp;Demoboek openen</source>
        <translation>Open &amp;demo book</translation>
    </message>
    <message>
        <source>Boek &amp;sluiten</source>
        <translation>&amp;Close book</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>O&amp;pnieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken:</source>
        <translation>&amp;Undo:</translation>
    </message>
    <message>
        <source>O&amp;pnieuw:</source>
        <translation>&amp;Redo:</translation>
    </message>
    <message>
        <source>B&amp;oek</source>
        <translation>&amp;Book</translation>
    </message>
    <message>
        <source>&amp;Gegevens coöperatie…</source>
        <translation>Cooperative &amp;details…</translation>
    </message>
    <message>
        <source>Jaar&amp;afsluiting…</source>
        <translation>&amp;Year close…</translation>
    </message>
    <message>
        <source>Jaar &amp;heropenen…</source>
        <translation>&amp;Reopen year…</translation>
    </message>
    <message>
        <source>Afspraken &amp;winstverdeling…</source>
        <translation>Distribution &amp;agreement…</translation>
    </message>
    <message>
        <source>Afdracht ge&amp;meente…</source>
        <translation>&amp;Municipality's share…</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Taal / Language</source>
        <translation>&amp;Language / Taal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Over CoopDesk</source>
        <translation>&amp;About CoopDesk</translation>
    </message>
    <message>
        <source>Verbreek het slot alleen als het boek nergens anders meer open is.</source>
        <translation>Only break the lock when the book is no longer open anywhere else.</translation>
    </message>
    <message>
        <source>Boek is vergrendeld</source>
        <translation>Book is locked</translation>
    </message>
    <message>
        <source>Slot verbreken</source>
        <translation>Break lock</translation>
    </message>
    <message>
        <source>Boek is al geopend</source>
        <translation>Book is already open</translation>
    </message>
    <message>
        <source>Boek kan niet worden geopend</source>
        <translation>Book cannot be opened</translation>
    </message>
    <message>
        <source>Boek openen</source>
        <translation>Open book</translation>
    </message>
    <message>
        <source>CoopDesk-boeken (*.coopdesk)</source>
        <translation>CoopDesk books (*.coopdesk)</translation>
    </message>
    <message>
        <source>Taal / Language</source>
        <translation>Language / Taal</translation>
    </message>
    <message>
        <source>Over CoopDesk</source>
        <translation>About CoopDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;CoopDesk {version}&lt;/b&gt;&lt;p&gt;Boekhouding voor participatiecoöperaties: ledenregister, uren, vergoedingen binnen de wettelijke grenzen en de eigen boeken.&lt;/p&gt;</source>
        <translation>&lt;b&gt;CoopDesk {version}&lt;/b&gt;&lt;p&gt;Bookkeeping for participation cooperatives: member register, hours, allowances within the legal limits, and the cooperative's own books.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Opgeslagen</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>&amp;Exporteren naar Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <source>Afdr&amp;ukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Ga naar</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sneltoetsen in CoopDesk&lt;/b&gt;</source>
        <translation>&lt;b&gt;Keyboard shortcuts in CoopDesk&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;De handleiding staat onder Help → Handleiding (F1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;The guide is under Help → Guide (F1).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+letter</translation>
    </message>
    <message>
        <source>Demoboek</source>
        <translation>Demo book</translation>
    </message>
    <message>
        <source>Demoboek maken…</source>
        <translation>Making the demo book…</translation>
    </message>
    <message>
        <source>Deze pagina heeft niets om af te drukken of te exporteren.</source>
        <translation>This page has nothing to print or export.</translation>
    </message>
    <message>
        <source>Exporteren naar Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Formulier opslaan of boeken</source>
        <translation>Save or post a form</translation>
    </message>
    <message>
        <source>Formulier sluiten zonder opslaan</source>
        <translation>Close a form without saving</translation>
    </message>
    <message>
        <source>Geëxporteerd naar {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden geschreven: {reason}</source>
        <translation>The file cannot be written: {reason}</translation>
    </message>
    <message>
        <source>Het demoboek kon niet worden gemaakt: {reason}</source>
        <translation>The demo book could not be made: {reason}</translation>
    </message>
    <message>
        <source>Menu openen (onderstreepte letter)</source>
        <translation>Open a menu (underlined letter)</translation>
    </message>
    <message>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Tab of Enter</source>
        <translation>Tab or Enter</translation>
    </message>
    <message>
        <source>Urencel bewerken (typen vervangt de inhoud)</source>
        <translation>Edit an hours cell (typing replaces its value)</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Volgend veld in een formulier</source>
        <translation>Next field in a form</translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message>
        <source>Lid {number} toevoegen</source>
        <translation>Add member {number}</translation>
    </message>
    <message>
        <source>Lid {number} wijzigen</source>
        <translation>Edit member {number}</translation>
    </message>
    <message>
        <source>Vertrek van lid {number}</source>
        <translation>Member {number} leaving</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>— kies —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Nieuw lid</source>
        <translation>New member</translation>
    </message>
    <message>
        <source>wordt toegekend bij opslaan</source>
        <translation>assigned when saved</translation>
    </message>
    <message>
        <source>Lid {number} wijzigen: {name}</source>
        <translation>Edit member {number}: {name}</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Lid</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Adres</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Straat en huisnummer</source>
        <translation>Street and house number</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <source>&amp;Woonplaats</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <source>&amp;Geboortedatum</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>Tele&amp;foon</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>&amp;IBAN</source>
        <translation>&amp;IBAN</translation>
    </message>
    <message>
        <source>NL00 BANK 0123 4567 89</source>
        <translation>NL00 BANK 0123 4567 89</translation>
    </message>
    <message>
        <source>Lidmaatschap</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Lidnummer</source>
        <translation>Member number</translation>
    </message>
    <message>
        <source>Lid &amp;sinds</source>
        <translation>&amp;Joined on</translation>
    </message>
    <message>
        <source>&amp;Vertrokken op</source>
        <translation>&amp;Left on</translation>
    </message>
    <message>
        <source>&amp;Reden vertrek</source>
        <translation>&amp;Reason for leaving</translation>
    </message>
    <message>
        <source>Vergoe&amp;ding</source>
        <translation>Pa&amp;yment</translation>
    </message>
    <message>
        <source>Een coöperatie zonder ANBI-status kan de fiscale vrijwilligersregeling waarschijnlijk niet gebruiken; kies dan de premie van art. 31 Participatiewet, of geen vergoeding (alleen werkelijke kosten).</source>
        <translation>A cooperative without ANBI status probably cannot use the fiscal volunteer regime; choose the art. 31 Participatiewet premium instead, or no allowance (actual costs only).</translation>
    </message>
    <message>
        <source>Heeft een &amp;bijstandsuitkering</source>
        <translation>Receives &amp;social assistance</translation>
    </message>
    <message>
        <source>No&amp;tities</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Woonplaats</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Vergoeding</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Lid sinds</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Vertrokken</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Reden vertrek</source>
        <translation>Reason for leaving</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>{name} is vertrokken en staat nu bij de oud-leden (vink 'Oud-leden tonen' aan).</source>
        <translation>{name} has left and is now among the former members (tick 'Show former members').</translation>
    </message>
    <message>
        <source>Zoek op naam, nummer, woonplaats of e-mail</source>
        <translation>Search by name, number, city or email</translation>
    </message>
    <message>
        <source>Alle vergoedingen</source>
        <translation>All payment types</translation>
    </message>
    <message>
        <source>Oud-leden tonen</source>
        <translation>Show former members</translation>
    </message>
    <message>
        <source>&amp;Nieuw lid…</source>
        <translation>&amp;New member…</translation>
    </message>
    <message>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Vertrek vastleggen…</source>
        <translation>&amp;Record leaving…</translation>
    </message>
    <message>
        <source>Ledenregister</source>
        <translation>Member register</translation>
    </message>
    <message>
        <source>Leden</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>1 lid</source>
        <translation>1 member</translation>
    </message>
    <message>
        <source>{count} leden</source>
        <translation>{count} members</translation>
    </message>
    <message>
        <source>{shown}, inclusief oud-leden</source>
        <translation>{shown}, including former members</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Er ging iets mis: {summary}

De details staan in het logbestand:
{log}
Stuur dat bestand mee als u hulp vraagt.</source>
        <translation>Something went wrong: {summary}

The details are in the log file:
{log}
Please include that file when you ask for help.</translation>
    </message>
    <message>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Welkom bij CoopDesk</source>
        <translation>Welcome to CoopDesk</translation>
    </message>
    <message>
        <source>De boekhouding van uw participatiecoöperatie: ledenregister, uren, vergoedingen binnen de wettelijke grenzen en de eigen boeken. Alles staat in één bestand per coöperatie (een boek).</source>
        <translation>The bookkeeping of your participation cooperative: member register, hours, allowances within the legal limits, and the cooperative's own books. Everything is kept in one file per cooperative (a book).</translation>
    </message>
    <message>
        <source>&amp;Nieuw boek…</source>
        <translation>&amp;New book…</translation>
    </message>
    <message>
        <source>Boek &amp;openen…</source>
        <translation>&amp;Open book…</translation>
    </message>
    <message>
        <source>&amp;Demoboek bekijken</source>
        <translation>Try the &amp;demo book</translation>
    </message>
    <message>
        <source>Recent geopende boeken</source>
        <translation>Recently opened books</translation>
    </message>
    <message>
        <source>Nog geen boeken geopend.</source>
        <translation>No books opened yet.</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Overzicht afdrukken</source>
        <translation>Print report</translation>
    </message>
    <message>
        <source>Overzicht exporteren naar Excel</source>
        <translation>Export report to Excel</translation>
    </message>
    <message>
        <source>Excel-werkmappen (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
</TS>