<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="496"/>
        <source>Nieuwe rekening</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="497"/>
        <source>Rekening %1 wijzigen</source>
        <translation>Change account %1</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="499"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="499"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="506"/>
        <source>alleen invullen als u de code zeker weet</source>
        <translation>fill in only if you are sure of the code</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="507"/>
        <source>De code uit het Referentie GrootboekSchema (RGS), bijvoorbeeld BLiqKas of WOmzNop: B of W en dan groepjes van drie letters. CoopDesk levert geen RGS-codes mee (er is geen officiële lijst bij de hand); vraag ze zo nodig aan uw accountant.</source>
        <translation>The code from the Dutch reference chart of accounts (RGS), for example BLiqKas or WOmzNop: B or W followed by groups of three letters. CoopDesk ships no RGS codes (no official list at hand); ask your accountant for them if needed.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="518"/>
        <source>&amp;Rekeningnummer</source>
        <translation>&amp;Account number</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="519"/>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="520"/>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="521"/>
        <source>R&amp;GS-code</source>
        <translation>R&amp;GS code</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="229"/>
        <source>Rekening</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="229"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="229"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="229"/>
        <source>RGS-code</source>
        <translation>RGS code</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="230"/>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="258"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="258"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <location filename="../../coopdesk/gui/ledger/accounts_tab.py" line="28"/>
        <source>Rekening toevoegen</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/accounts_tab.py" line="29"/>
        <source>Naam wijzigen</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/accounts_tab.py" line="30"/>
        <source>Wijzigen (naam, RGS-code)</source>
        <translation>Change (name, RGS code)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/accounts_tab.py" line="31"/>
        <source>Actief / niet actief</source>
        <translation>Active / inactive</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/accounts_tab.py" line="49"/>
        <source>Rekening toegevoegd.</source>
        <translation>Account added.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/accounts_tab.py" line="57"/>
        <source>Nieuwe naam:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/accounts_tab.py" line="66"/>
        <source>Rekening gewijzigd.</source>
        <translation>Account changed.</translation>
    </message>
</context>
<context>
    <name>BookTab</name>
    <message>
        <location filename="../../coopdesk/gui/ledger/book_tab.py" line="32"/>
        <source>Rekening:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/book_tab.py" line="75"/>
        <source>Saldo begin periode: %1    Saldo einde periode: %2    Regels: %3</source>
        <translation>Balance at start: %1    Balance at end: %2    Lines: %3</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/book_tab.py" line="95"/>
        <source>… en nog %1 keer; alle staan in de tooltip en in 'coopdesk check'.</source>
        <translation>… and %1 more; all of them are in the tooltip and in 'coopdesk check'.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="416"/>
        <source>Correctie van boeking %1</source>
        <translation>Correction of transaction %1</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="417"/>
        <source>Boeking %1 (%2, %3) wordt teruggeboekt met een tegenboeking op de datum hieronder, dezelfde datum als de gecorrigeerde boeking; er wordt niets gewist. Pas de regels aan tot ze kloppen en kies &quot;Terugboeken en gecorrigeerd boeken&quot;, of kies &quot;Alleen terugboeken&quot;.</source>
        <translation>Transaction %1 (%2, %3) is reversed by a counter-entry on the date below, the same date as the corrected entry; nothing is erased. Change the lines until they are right and choose &quot;Reverse and post corrected&quot;, or choose &quot;Reverse only&quot;.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="427"/>
        <source>Terugboeken en &amp;gecorrigeerd boeken</source>
        <translation>Reverse and post &amp;corrected</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="428"/>
        <source>&amp;Alleen terugboeken</source>
        <translation>Reverse &amp;only</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="444"/>
        <source>Boeking %1 is teruggeboekt (boeking %2) en gecorrigeerd geboekt (boeking %3).</source>
        <translation>Transaction %1 has been reversed (transaction %2) and posted corrected (transaction %3).</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="450"/>
        <source>Boeking %1 is teruggeboekt (boeking %2).</source>
        <translation>Transaction %1 has been reversed (transaction %2).</translation>
    </message>
</context>
<context>
    <name>DraftsTab</name>
    <message>
        <location filename="../../coopdesk/gui/ledger/drafts_tab.py" line="25"/>
        <source>Concepten zijn bewaarde boekingen die nog niet geboekt zijn: ze staan niet in het kasboek, het journaal of de overzichten. Open een concept om het af te maken (dubbelklik of Enter), boek het, of verwijder het.</source>
        <translation>Drafts are saved transactions that have not been posted yet: they are not in the cash book, the journal or the overviews. Open a draft to finish it (double-click or Enter), post it, or delete it.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/drafts_tab.py" line="31"/>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/drafts_tab.py" line="32"/>
        <source>Boeken</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/drafts_tab.py" line="33"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/drafts_tab.py" line="34"/>
        <source>Alleen concepten kunnen worden verwijderd; een geboekte boeking wordt gecorrigeerd.</source>
        <translation>Only drafts can be deleted; a posted transaction is corrected.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/drafts_tab.py" line="43"/>
        <source>Er zijn geen concepten.</source>
        <translation>There are no drafts.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/drafts_tab.py" line="54"/>
        <source>Concepten (%1)</source>
        <translation>Drafts (%1)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/drafts_tab.py" line="55"/>
        <source>Concepten</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/drafts_tab.py" line="84"/>
        <source>Concept %1 is niet geboekt: %2</source>
        <translation>Draft %1 was not posted: %2</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/drafts_tab.py" line="89"/>
        <source>Concept %1 kan nog niet worden geboekt: %2</source>
        <translation>Draft %1 cannot be posted yet: %2</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/drafts_tab.py" line="92"/>
        <source>Concept %1 is geboekt.</source>
        <translation>Draft %1 has been posted.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/drafts_tab.py" line="99"/>
        <source>Concept %1 (%2) verwijderen?</source>
        <translation>Delete draft %1 (%2)?</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/drafts_tab.py" line="100"/>
        <source>Concept verwijderen</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/drafts_tab.py" line="107"/>
        <source>Concept %1 is verwijderd.</source>
        <translation>Draft %1 has been deleted.</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="260"/>
        <source>Memoriaal</source>
        <translation>Journal entry</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="263"/>
        <source>Memoriaal geboekt.</source>
        <translation>Journal entry posted.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="267"/>
        <source>Concept %1 bewerken</source>
        <translation>Edit draft %1</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="268"/>
        <source>Een vrije boeking voor de boekhouder: elke regel heeft een bedrag bij Debet of bij Credit, en samen zijn ze in evenwicht.</source>
        <translation>A free entry for the bookkeeper: each line has an amount under Debit or Credit, and together they balance.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="276"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="277"/>
        <source>&amp;Omschrijving</source>
        <translation>De&amp;scription</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="281"/>
        <source>Rekening</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="281"/>
        <source>Debet</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="281"/>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="290"/>
        <source>&amp;Regel erbij</source>
        <translation>Add &amp;line</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="302"/>
        <source>Opslaan als &amp;concept</source>
        <translation>Save as d&amp;raft</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="304"/>
        <source>Bewaren zonder te boeken; het concept mag nog niet in evenwicht zijn en staat nog in geen enkel overzicht.</source>
        <translation>Keep without posting; the draft need not balance yet and is not in any overview.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="312"/>
        <source>— kies een rekening —</source>
        <translation>— choose an account —</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="365"/>
        <source>Vul minstens twee regels in.</source>
        <translation>Fill in at least two lines.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="367"/>
        <source>Nog niet in evenwicht: het verschil is %1 (debet %2, credit %3).</source>
        <translation>Not balanced yet: it is off by %1 (debit %2, credit %3).</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="371"/>
        <source>In evenwicht: debet en credit zijn allebei %1.</source>
        <translation>Balanced: debit and credit are both %1.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="383"/>
        <source>Concept %1 is geboekt.</source>
        <translation>Draft %1 has been posted.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="394"/>
        <source>Opgeslagen als concept %1; het telt nog nergens mee tot het geboekt is.</source>
        <translation>Saved as draft %1; it counts nowhere until it is posted.</translation>
    </message>
</context>
<context>
    <name>LedgerColumns</name>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="144"/>
        <location filename="../../coopdesk/gui/ledger/models.py" line="162"/>
        <location filename="../../coopdesk/gui/ledger/models.py" line="185"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="145"/>
        <location filename="../../coopdesk/gui/ledger/models.py" line="163"/>
        <location filename="../../coopdesk/gui/ledger/models.py" line="186"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="146"/>
        <location filename="../../coopdesk/gui/ledger/models.py" line="165"/>
        <location filename="../../coopdesk/gui/ledger/models.py" line="188"/>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="147"/>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="148"/>
        <source>Tegenrekening</source>
        <translation>Other account</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="149"/>
        <source>Waar het geld vandaan kwam of naartoe ging</source>
        <translation>Where the money came from or went to</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="150"/>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="153"/>
        <source>Betaald</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="156"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="156"/>
        <source>Wat er na deze boeking in kas of op de bank staat</source>
        <translation>What is in the cash box or the bank after this entry</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="169"/>
        <source>Verband</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="170"/>
        <source>Welke boeking deze boeking terugdraait of vervangt</source>
        <translation>Which transaction this transaction reverses or replaces</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="179"/>
        <source>correctie van %1</source>
        <translation>correction of %1</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="177"/>
        <source>tegenboeking van %1</source>
        <translation>reversal of %1</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="189"/>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="190"/>
        <source>Het totaal aan de debetkant</source>
        <translation>The total on the debit side</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="191"/>
        <source>In evenwicht?</source>
        <translation>Balanced?</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="197"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="199"/>
        <source>nee: minder dan twee regels</source>
        <translation>no: fewer than two lines</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="200"/>
        <source>nee: verschil %1</source>
        <translation>no: off by %1</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="164"/>
        <location filename="../../coopdesk/gui/ledger/models.py" line="187"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="166"/>
        <source>Rekening</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="151"/>
        <location filename="../../coopdesk/gui/ledger/models.py" line="167"/>
        <source>Debet</source>
        <translation>Debit</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/models.py" line="154"/>
        <location filename="../../coopdesk/gui/ledger/models.py" line="168"/>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <source>De beginbalans is al geboekt. Een fout erin herstelt u met Corrigeren of een memoriaal.</source>
        <translation>The opening balance has been posted. Put a mistake in it right with Correct or a journal entry.</translation>
    </message>
    <message>
        <source>Boek de beginstand van kas, bank en reserves (één keer).</source>
        <translation>Post the starting amounts of cash, bank and reserves (once).</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="54"/>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="55"/>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="56"/>
        <source>maart</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="57"/>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="58"/>
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="59"/>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="60"/>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="61"/>
        <source>augustus</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="62"/>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="63"/>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="64"/>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="65"/>
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="156"/>
        <source>heel het jaar</source>
        <translation>the whole year</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="159"/>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="163"/>
        <source>Ontvangst</source>
        <translation>Money in</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="164"/>
        <source>Geld dat binnenkomt: verkoop, subsidie, contributie</source>
        <translation>Money coming in: sales, grants, contributions</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="165"/>
        <source>Uitgave</source>
        <translation>Money out</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="166"/>
        <source>Geld dat uitgaat: inkopen, huur, kosten</source>
        <translation>Money going out: purchases, rent, costs</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="167"/>
        <source>Memoriaal</source>
        <translation>Journal entry</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="168"/>
        <source>Een vrije boeking voor de boekhouder</source>
        <translation>A free entry for the bookkeeper</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="169"/>
        <location filename="../../coopdesk/gui/ledger/page.py" line="483"/>
        <source>Corrigeren</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="170"/>
        <source>Draai de gekozen boeking terug (er wordt nooit iets gewist)</source>
        <translation>Reverse the chosen entry (nothing is ever erased)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="171"/>
        <source>Beginbalans</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="186"/>
        <source>Kasboek</source>
        <translation>Cash book</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="187"/>
        <source>Bankboek</source>
        <translation>Bank book</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="188"/>
        <source>Journaal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="189"/>
        <source>Grootboekkaart</source>
        <translation>Account ledger</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="191"/>
        <location filename="../../coopdesk/gui/ledger/page.py" line="316"/>
        <source>Concepten</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="192"/>
        <source>Rekeningen</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="193"/>
        <source>Overzichten</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="206"/>
        <source>Boekhouding</source>
        <translation>Bookkeeping</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="378"/>
        <source>Boeking %1 is al geboekt; gebruik Corrigeren.</source>
        <translation>Transaction %1 has already been posted; use Correct.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="479"/>
        <source>Boeking %1 (%2) corrigeren?

CoopDesk boekt een tegenboeking die deze boeking precies ongedaan maakt; er wordt niets gewist. Daarna kunt u de juiste regels invullen, die in dezelfde stap worden geboekt.</source>
        <translation>Correct transaction %1 (%2)?

CoopDesk posts a counter-entry that exactly undoes this transaction; nothing is erased. Next you can fill in the right lines, which are posted in the same step.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="393"/>
        <source>Beginbalans geboekt.</source>
        <translation>Opening balance posted.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/page.py" line="466"/>
        <source>Kies eerst een boeking in het kasboek, bankboek, journaal of de grootboekkaart.</source>
        <translation>First choose an entry in the cash book, bank book, journal or account ledger.</translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="138"/>
        <source>Ontvangst</source>
        <translation>Money in</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="138"/>
        <source>Uitgave</source>
        <translation>Money out</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="141"/>
        <source>Geboekt.</source>
        <translation>Posted.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="142"/>
        <source>Geld dat binnenkwam: een verkoop, subsidie of contributie.</source>
        <translation>Money that came in: a sale, a grant or a contribution.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="143"/>
        <source>Geld dat uitging: inkopen, huur, bankkosten.</source>
        <translation>Money that went out: purchases, rent, bank costs.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="154"/>
        <source>— geen —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="157"/>
        <source>Mag leeg: kies een activiteit om de winst- en verliesrekening per activiteit te kunnen zien.</source>
        <translation>May stay empty: choose an activity to see the profit and loss per activity.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="160"/>
        <source>bijv. 45,50</source>
        <translation>e.g. 45,50</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="163"/>
        <source>bijv. Dagomzet lunch</source>
        <translation>e.g. Lunch takings</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="164"/>
        <source>bijv. Boodschappen groothandel</source>
        <translation>e.g. Wholesale groceries</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="166"/>
        <source>bonnummer of factuurnummer (mag leeg)</source>
        <translation>receipt or invoice number (may be empty)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="167"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="168"/>
        <source>&amp;Bedrag</source>
        <translation>A&amp;mount</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="169"/>
        <source>&amp;Omschrijving</source>
        <translation>De&amp;scription</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="170"/>
        <source>Ontvangen &amp;in</source>
        <translation>Received &amp;into</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="170"/>
        <source>Betaald &amp;uit</source>
        <translation>Paid &amp;from</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="171"/>
        <source>&amp;Soort ontvangst</source>
        <translation>&amp;Kind of income</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="171"/>
        <source>&amp;Soort uitgave</source>
        <translation>&amp;Kind of expense</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="172"/>
        <source>&amp;Kostenplaats</source>
        <translation>&amp;Cost centre</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="173"/>
        <source>&amp;Activiteit</source>
        <translation>&amp;Activity</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="174"/>
        <source>Bon&amp;nummer</source>
        <translation>Receipt &amp;number</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="178"/>
        <source>Opslaan als &amp;concept</source>
        <translation>Save as d&amp;raft</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="180"/>
        <source>Bewaren zonder te boeken; het concept staat nog in geen enkel overzicht.</source>
        <translation>Keep without posting; the draft is not in any overview yet.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="192"/>
        <source>Concept %1 bewerken</source>
        <translation>Edit draft %1</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="230"/>
        <source>Concept %1 is geboekt.</source>
        <translation>Draft %1 has been posted.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="239"/>
        <source>Opgeslagen als concept %1; het telt nog nergens mee tot het geboekt is.</source>
        <translation>Saved as draft %1; it counts nowhere until it is posted.</translation>
    </message>
</context>
<context>
    <name>OpeningDialog</name>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="466"/>
        <source>Beginbalans</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="467"/>
        <source>Vul in wat er op de eerste dag van de boekhouding in kas en op de bank stond, en welke reserves er waren. Laat leeg wat nul is. Het verschil komt op de rekening Beginbalans.</source>
        <translation>Fill in what was in the cash box and the bank on the first day of the books, and which reserves there were. Leave empty what is zero. The difference goes to the Opening balance account.</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="474"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="102"/>
        <source>Boeken</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/forms.py" line="103"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NegativeCashBox</name>
    <message>
        <source>&amp;Toch boeken</source>
        <translation>&amp;Post anyway</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Een kas kan niet onder nul staan. Kloppen de datum en het bedrag? Kies &quot;Toch boeken&quot; alleen als de ontvangsten nog volgen, bijvoorbeeld omdat u de uitgaven van een maand eerst invoert.</source>
        <translation>A cash box cannot go below zero. Are the date and the amount right? Choose &quot;Post anyway&quot; only when the receipts are still to come, for example because you enter a month's expenses first.</translation>
    </message>
    <message>
        <source>Kas onder nul</source>
        <translation>Cash below zero</translation>
    </message>
    <message>
        <source>Na deze boeking staat %1 op %2 op %3.</source>
        <translation>After this posting %1 stands at %3 on %2.</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../../coopdesk/gui/ledger/reports_tab.py" line="33"/>
        <source>Winst- en verliesrekening</source>
        <translation>Profit and loss</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/reports_tab.py" line="34"/>
        <source>Winst- en verlies per kostenplaats</source>
        <translation>Profit and loss per cost centre</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/reports_tab.py" line="35"/>
        <source>Winst- en verlies per activiteit</source>
        <translation>Profit and loss per activity</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/reports_tab.py" line="36"/>
        <source>Saldibalans</source>
        <translation>Trial balance</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/reports_tab.py" line="37"/>
        <source>Balans (einde periode)</source>
        <translation>Balance sheet (end of period)</translation>
    </message>
    <message>
        <location filename="../../coopdesk/gui/ledger/reports_tab.py" line="44"/>
        <source>Overzicht:</source>
        <translation>Report:</translation>
    </message>
</context>
</TS>
