<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="329" />
        <source>Nieuwe rekening</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="330" />
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="337" />
        <source>alleen invullen als u de code zeker weet</source>
        <translation>fill in only if you are sure of the code</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="338" />
        <source>&amp;Rekeningnummer</source>
        <translation>Account &amp;number</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="339" />
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="340" />
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="341" />
        <source>R&amp;GS-code</source>
        <translation>R&amp;GS code</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="179" />
        <source>Rekening</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="179" />
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="179" />
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="179" />
        <source>RGS-code</source>
        <translation>RGS code</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="180" />
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="208" />
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="208" />
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="185" />
        <source>Memoriaal</source>
        <translation>Journal entry</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="187" />
        <source>Een vrije boeking voor de boekhouder: elke regel heeft een bedrag bij Debet of bij Credit, en samen zijn ze in evenwicht.</source>
        <translation>A free entry for the bookkeeper: each line has an amount under Debit or Credit, and together they balance.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="194" />
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="195" />
        <source>&amp;Omschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="199" />
        <source>Rekening</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="199" />
        <source>Debet</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="199" />
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="208" />
        <source>&amp;Regel erbij</source>
        <translation>Add &amp;line</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="224" />
        <source>— kies een rekening —</source>
        <translation>— choose an account —</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="271" />
        <source>Vul minstens twee regels in.</source>
        <translation>Fill in at least two lines.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="273" />
        <source>Nog niet in evenwicht: het verschil is %1 (debet %2, credit %3).</source>
        <translation>Not balanced yet: it is off by %1 (debit %2, credit %3).</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="277" />
        <source>In evenwicht: debet en credit zijn allebei %1.</source>
        <translation>Balanced: debit and credit are both %1.</translation>
    </message>
</context>
<context>
    <name>LedgerColumns</name>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="145" />
        <location filename="../../coopdesk/gui/ledger/models.py" line="163" />
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="146" />
        <location filename="../../coopdesk/gui/ledger/models.py" line="164" />
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="147" />
        <location filename="../../coopdesk/gui/ledger/models.py" line="166" />
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="148" />
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="149" />
        <source>Tegenrekening</source>
        <translation>Other account</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="150" />
        <source>Waar het geld vandaan kwam of naartoe ging</source>
        <translation>Where the money came from or went to</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="151" />
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="154" />
        <source>Betaald</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="157" />
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="157" />
        <source>Wat er na deze boeking in kas of op de bank staat</source>
        <translation>What is in the cash box or the bank after this entry</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="164" />
        <source> (concept)</source>
        <translation> (draft)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="165" />
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="167" />
        <source>Rekening</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="152" />
        <location filename="../../coopdesk/gui/ledger/models.py" line="168" />
        <source>Debet</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="155" />
        <location filename="../../coopdesk/gui/ledger/models.py" line="169" />
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="41" />
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="42" />
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="43" />
        <source>maart</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="44" />
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="45" />
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="46" />
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="47" />
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="48" />
        <source>augustus</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="49" />
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="50" />
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="51" />
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="52" />
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="143" />
        <source>heel het jaar</source>
        <translation>the whole year</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="146" />
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="150" />
        <source>Ontvangst</source>
        <translation>Money in</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="151" />
        <source>Geld dat binnenkomt: verkoop, subsidie, contributie</source>
        <translation>Money coming in: sales, grants, contributions</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="152" />
        <source>Uitgave</source>
        <translation>Money out</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="153" />
        <source>Geld dat uitgaat: inkopen, huur, kosten</source>
        <translation>Money going out: purchases, rent, costs</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="154" />
        <source>Memoriaal</source>
        <translation>Journal entry</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="155" />
        <source>Een vrije boeking voor de boekhouder</source>
        <translation>A free entry for the bookkeeper</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="156" />
        <location filename="../../coopdesk/gui/ledger/page.py" line="352" />
        <source>Corrigeren</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="157" />
        <source>Draai de gekozen boeking terug (er wordt nooit iets gewist)</source>
        <translation>Reverse the chosen entry (nothing is ever erased)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="158" />
        <source>Beginbalans</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="174" />
        <source>Kasboek</source>
        <translation>Cash book</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="175" />
        <source>Bankboek</source>
        <translation>Bank book</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="176" />
        <source>Journaal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="177" />
        <source>Grootboekkaart</source>
        <translation>Account ledger</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="178" />
        <source>Rekeningen</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="179" />
        <source>Overzichten</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="192" />
        <source>Boekhouding</source>
        <translation>Bookkeeping</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="199" />
        <source>Rekening toevoegen</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="200" />
        <location filename="../../coopdesk/gui/ledger/page.py" line="385" />
        <source>Naam wijzigen</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="201" />
        <source>Actief / niet actief</source>
        <translation>Active / inactive</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="219" />
        <source>Winst- en verliesrekening</source>
        <translation>Profit and loss</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="220" />
        <source>Winst- en verlies per kostenplaats</source>
        <translation>Profit and loss per cost centre</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="221" />
        <source>Saldibalans</source>
        <translation>Trial balance</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="222" />
        <source>Balans (einde periode)</source>
        <translation>Balance sheet (end of period)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="229" />
        <source>Overzicht:</source>
        <translation>Report:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="298" />
        <source>Geboekt.</source>
        <translation>Posted.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="304" />
        <source>Memoriaal geboekt.</source>
        <translation>Journal entry posted.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="310" />
        <source>Beginbalans geboekt.</source>
        <translation>Opening balance posted.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="342" />
        <source>Kies eerst een boeking in het kasboek, bankboek, journaal of de grootboekkaart.</source>
        <translation>First choose an entry in the cash book, bank book, journal or account ledger.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="349" />
        <source>Boeking %1 (%2) corrigeren?

CoopDesk boekt een tegenboeking van vandaag die deze boeking precies ongedaan maakt. Er wordt niets gewist.</source>
        <translation>Correct entry %1 (%2)?

CoopDesk posts a reversing entry dated today that exactly undoes this entry. Nothing is erased.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="359" />
        <source>Boeking %1 is gecorrigeerd.</source>
        <translation>Entry %1 has been corrected.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="361" />
        <source>Juiste boeking</source>
        <translation>Correct entry</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="361" />
        <source>Wilt u nu de juiste boeking invoeren?</source>
        <translation>Do you want to enter the correct entry now?</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="377" />
        <source>Rekening toegevoegd.</source>
        <translation>Account added.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="385" />
        <source>Nieuwe naam:</source>
        <translation>New name:</translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="129" />
        <source>Ontvangst</source>
        <translation>Money in</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="129" />
        <source>Uitgave</source>
        <translation>Money out</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="131" />
        <source>Geld dat binnenkwam: een verkoop, subsidie of contributie.</source>
        <translation>Money that came in: a sale, a grant or a contribution.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="132" />
        <source>Geld dat uitging: inkopen, huur, bankkosten.</source>
        <translation>Money that went out: purchases, rent, bank costs.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="143" />
        <source>bijv. 45,50</source>
        <translation>e.g. 45,50</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="146" />
        <source>bijv. Dagomzet lunch</source>
        <translation>e.g. Lunch takings</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="147" />
        <source>bijv. Boodschappen groothandel</source>
        <translation>e.g. Wholesale groceries</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="149" />
        <source>bonnummer of factuurnummer (mag leeg)</source>
        <translation>receipt or invoice number (may be empty)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="150" />
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="151" />
        <source>&amp;Bedrag</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="152" />
        <source>&amp;Omschrijving</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="153" />
        <source>Ontvangen &amp;in</source>
        <translation>Received &amp;into</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="153" />
        <source>Betaald &amp;uit</source>
        <translation>Paid &amp;from</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="154" />
        <source>&amp;Soort ontvangst</source>
        <translation>&amp;Kind of income</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="154" />
        <source>&amp;Soort uitgave</source>
        <translation>&amp;Kind of expense</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="155" />
        <source>&amp;Kostenplaats</source>
        <translation>&amp;Cost centre</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="156" />
        <source>Bon&amp;nummer</source>
        <translation>Receipt &amp;number</translation>
    </message>
</context>
<context>
    <name>OpeningDialog</name>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="300" />
        <source>Beginbalans</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="301" />
        <source>Vul in wat er op de eerste dag van de boekhouding in kas en op de bank stond, en welke reserves er waren. Laat leeg wat nul is. Het verschil komt op de rekening Beginbalans.</source>
        <translation>Fill in what was in the cash box and the bank on the first day of the books, and which reserves there were. Leave empty what is zero. The difference goes to the Opening balance account.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="308" />
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
</context>
<context>
    <name>_BookTab</name>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="87" />
        <source>Rekening:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="121" />
        <source>Saldo begin periode: %1    Saldo einde periode: %2    Regels: %3</source>
        <translation>Balance at start: %1    Balance at end: %2    Lines: %3</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="96" />
        <source>Boeken</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="97" />
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>