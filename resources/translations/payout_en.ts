<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ActualCostDialog</name>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="120" />
            <source>Werkelijke kosten toevoegen</source>
            <translation>Add actual costs</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="120" />
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="123" />
            <source>%1 (nr. %2), %3. Werkelijke kosten tellen niet mee voor de grenzen; bewaar de bon.</source>
            <translation>%1 (no. %2), %3. Actual costs do not count towards the caps; keep the receipt.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="127" />
            <source>bijv. bon 2026-031</source>
            <translation>e.g. receipt 2026-031</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="129" />
            <source>bijv. treinkaartje naar de markt</source>
            <translation>e.g. train ticket to the market</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="131" />
            <source>Bedrag:</source>
            <translation>Amount:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="132" />
            <source>Bonnummer:</source>
            <translation>Receipt reference:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="133" />
            <source>Omschrijving:</source>
            <translation>Description:</translation>
        </message>
    </context>
    <context>
        <name>FiscalRuleDialog</name>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="203" />
            <source>Grenzen vrijwilligersvergoeding</source>
            <translation>Volunteer allowance caps</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="203" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="204" />
            <source>Een gewijzigde regel wordt vastgelegd met uw naam en het tijdstip; uitbetalingen die al geboekt zijn veranderen niet.</source>
            <translation>An edited row is recorded with your name and the time; payouts already posted do not change.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="215" />
            <source>Jaar:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="216" />
            <source>Uurgrens 21 jaar en ouder:</source>
            <translation>Hour cap aged 21 and over:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="217" />
            <source>Uurgrens onder 21:</source>
            <translation>Hour cap under 21:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="218" />
            <source>Maandgrens:</source>
            <translation>Month cap:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="219" />
            <source>Jaargrens:</source>
            <translation>Year cap:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="220" />
            <source>Bron:</source>
            <translation>Source:</translation>
        </message>
    </context>
    <context>
        <name>PaidDialog</name>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="168" />
            <source>Uitbetaling %1 betaald</source>
            <translation>Payout run %1 paid</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="169" />
            <source>Boeken</source>
            <translation>Post</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="171" />
            <source>Op welke datum heeft de bank de betalingen van %1 uitgevoerd?</source>
            <translation>On which date did the bank execute the payments for %1?</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="176" />
            <source>Betaald op:</source>
            <translation>Paid on:</translation>
        </message>
    </context>
    <context>
        <name>PayoutColumns</name>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="132" />
            <source>%1 u</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="141" />
            <source>diverse</source>
            <translation>various</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="145" />
            <location filename="../../coopdesk/gui/payout/page.py" line="115" />
            <source>Vergoeding</source>
            <translation>Allowance</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="146" />
            <location filename="../../coopdesk/gui/payout/page.py" line="116" />
            <source>Premie</source>
            <translation>Premium</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="147" />
            <source>Alleen kosten</source>
            <translation>Costs only</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="171" />
            <location filename="../../coopdesk/gui/payout/models.py" line="224" />
            <location filename="../../coopdesk/gui/payout/page.py" line="111" />
            <source>Nr.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="172" />
            <location filename="../../coopdesk/gui/payout/page.py" line="112" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="173" />
            <location filename="../../coopdesk/gui/payout/page.py" line="113" />
            <source>Regeling</source>
            <translation>Regime</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="174" />
            <location filename="../../coopdesk/gui/payout/page.py" line="114" />
            <source>Uren</source>
            <translation>Hours</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="175" />
            <source>Tarief</source>
            <translation>Rate</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="176" />
            <source>Bedrag</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="177" />
            <source>Uren × tarief, vóór de grenzen</source>
            <translation>Hours × rate, before the caps</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="178" />
            <location filename="../../coopdesk/gui/payout/page.py" line="117" />
            <source>Kosten</source>
            <translation>Costs</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="179" />
            <source>Werkelijke kosten met bon (buiten de grenzen)</source>
            <translation>Actual costs with a receipt (outside the caps)</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="180" />
            <location filename="../../coopdesk/gui/payout/models.py" line="229" />
            <location filename="../../coopdesk/gui/payout/page.py" line="118" />
            <source>Ingehouden</source>
            <translation>Held back</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="181" />
            <source>Wat een grens tegenhield; de reden staat in de tooltip van de cel en onder de tabel</source>
            <translation>What a cap held back; the reason is in the cell's tooltip and below the table</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="183" />
            <source>Uit te betalen</source>
            <translation>To pay</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="184" />
            <source>Let op</source>
            <translation>Attention</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="186" />
            <source>Activiteiten</source>
            <translation>Activities</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="187" />
            <source>Uren per activiteit × tarief = bedrag</source>
            <translation>Hours per activity × rate = amount</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="205" />
            <source>Premie opgebouwd en nog niet betaald: %1; betaald in de betaalmaanden van het lid (tabblad Per lid)</source>
            <translation>Premium accrued and not yet paid: %1; paid in the member's payment months (tab Per member)</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="225" />
            <location filename="../../coopdesk/gui/payout/models.py" line="265" />
            <source>Maand</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="226" />
            <location filename="../../coopdesk/gui/payout/models.py" line="267" />
            <location filename="../../coopdesk/gui/payout/models.py" line="276" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="227" />
            <source>Leden</source>
            <translation>Members</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="228" />
            <location filename="../../coopdesk/gui/payout/page.py" line="119" />
            <source>Uitbetaald</source>
            <translation>Paid out</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="230" />
            <source>Geboekt op</source>
            <translation>Posted on</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="231" />
            <source>Door</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="232" />
            <source>Betaald op</source>
            <translation>Paid on</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="233" />
            <source>Teruggedraaid</source>
            <translation>Reversed</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="262" />
            <source>Jaar</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="263" />
            <source>Uur 21+</source>
            <translation>Hour 21+</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="264" />
            <source>Uur onder 21</source>
            <translation>Hour under 21</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="266" />
            <source>Jaar totaal</source>
            <translation>Year total</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="268" />
            <location filename="../../coopdesk/gui/payout/models.py" line="277" />
            <source>Gewijzigd door</source>
            <translation>Edited by</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="269" />
            <location filename="../../coopdesk/gui/payout/models.py" line="278" />
            <source>Bron</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="273" />
            <source>Geldt vanaf</source>
            <translation>In force from</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="274" />
            <source>Maximum per jaar</source>
            <translation>Maximum per year</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="275" />
            <source>Vrijlating per maand</source>
            <translation>Disregard per month</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="120" />
            <source>Bank</source>
            <translation>Bank</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="121" />
            <source>vastgehouden: geen IBAN</source>
            <translation>held: no IBAN</translation>
        </message>
    </context>
    <context>
        <name>PayoutPage</name>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="107" />
            <source>januari</source>
            <translation>January</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="108" />
            <source>februari</source>
            <translation>February</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="109" />
            <source>maart</source>
            <translation>March</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="110" />
            <source>april</source>
            <translation>April</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="111" />
            <source>mei</source>
            <translation>May</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="112" />
            <source>juni</source>
            <translation>June</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="113" />
            <source>juli</source>
            <translation>July</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="114" />
            <source>augustus</source>
            <translation>August</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="115" />
            <source>september</source>
            <translation>September</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="116" />
            <source>oktober</source>
            <translation>October</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="117" />
            <source>november</source>
            <translation>November</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="118" />
            <source>december</source>
            <translation>December</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="174" />
            <source>Voorstel</source>
            <translation>Proposal</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="175" />
            <source>Uitbetalingen</source>
            <translation>Payout runs</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="176" />
            <source>Per lid</source>
            <translation>Per member</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="177" />
            <source>Regels</source>
            <translation>Rules</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="183" />
            <source>Vergoedingen</source>
            <translation>Allowances</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="200" />
            <source>Maand voorstellen</source>
            <translation>Propose month</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="201" />
            <source>Bereken per lid wat de uren van deze maand opleveren, binnen de grenzen; er wordt nog niets geboekt</source>
            <translation>Compute per member what this month's hours give, within the caps; nothing is posted yet</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="203" />
            <source>Werkelijke kosten…</source>
            <translation>Actual costs…</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="204" />
            <source>Een vergoeding van gemaakte kosten met bon, voor het gekozen lid</source>
            <translation>A reimbursement of costs made, with a receipt, for the chosen member</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="205" />
            <source>Boeken…</source>
            <translation>Post…</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="206" />
            <location filename="../../coopdesk/gui/payout/page.py" line="430" />
            <source>Boek dit voorstel; daarna liggen de uren van de maand vast</source>
            <translation>Post this proposal; the month's hours are locked after that</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="207" />
            <source>Maand:</source>
            <translation>Month:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="215" />
            <source>Kies een maand en klik op "Maand voorstellen".</source>
            <translation>Choose a month and click "Propose month".</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="227" />
            <source>Kies een regel: hier staat welke grens hoeveel heeft ingehouden, en waar u op moet letten.</source>
            <translation>Choose a line: this shows which cap held back how much, and what to look out for.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="245" />
            <source>Terugdraaien…</source>
            <translation>Reverse…</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="246" />
            <source>Draai de hele uitbetaling terug met tegenboekingen (bijvoorbeeld als de bank het bestand weigerde); er wordt niets gewist</source>
            <translation>Reverse the whole payout run with reversal entries (for example when the bank refused the file); nothing is deleted</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="248" />
            <source>Betaald op…</source>
            <translation>Paid on…</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="249" />
            <source>De bank heeft de betalingen uitgevoerd: boek de betaling</source>
            <translation>The bank executed the payments: post the payment</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="250" />
            <source>SEPA-bestand…</source>
            <translation>SEPA file…</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="251" />
            <source>Schrijf het betaalbestand (pain.001) om bij de bank in te lezen</source>
            <translation>Write the payment file (pain.001) to upload at the bank</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="278" />
            <source>Wat een lid dit jaar van andere organisaties krijgt, telt mee voor de jaargrens van de vrijwilligersvergoeding. Een premie (art. 31) wordt hoogstens twee keer per kalenderjaar betaald, in de maanden die u hier kiest.</source>
            <translation>What a member receives from other organisations this year counts against the volunteer allowance's year cap. A premium (art. 31) is paid at most twice per calendar year, in the months you choose here.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="289" />
            <source>Lid:</source>
            <translation>Member:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="291" />
            <source>Jaar:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="301" />
            <source>Van andere organisaties dit jaar:</source>
            <translation>From other organisations this year:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="303" />
            <source>Premie betalen in (hoogstens twee):</source>
            <translation>Pay the premium in (two at most):</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="312" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="329" />
            <source>De grenzen waarmee dit boek uitbetaalt. Een rij met ⚠ is niet bevestigd: kijk de bron na voordat u er een maand mee uitbetaalt. Een geboekte uitbetaling houdt de regels waarmee ze is gemaakt.</source>
            <translation>The caps this book pays out with. A row marked ⚠ is unconfirmed: check the source before paying a month with it. A posted payout keeps the rules it was made with.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="335" />
            <source>&lt;b&gt;Vrijwilligersvergoeding per jaar&lt;/b&gt;</source>
            <translation>&lt;b&gt;Volunteer allowance per year&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="337" />
            <location filename="../../coopdesk/gui/payout/page.py" line="348" />
            <source>Wijzigen…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="338" />
            <source>Jaar toevoegen…</source>
            <translation>Add year…</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="346" />
            <source>&lt;b&gt;Premie art. 31 Participatiewet, per datum&lt;/b&gt;</source>
            <translation>&lt;b&gt;Premium art. 31 Participatiewet, by date&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="349" />
            <source>Datum toevoegen…</source>
            <translation>Add date…</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="398" />
            <source>Voorstel voor %1 wordt berekend…</source>
            <translation>Computing the proposal for %1…</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="431" />
            <source>%1 is nog niet voorbij: boeken kan vanaf %2.</source>
            <translation>%1 is not over yet: it can be posted from %2.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="439" />
            <source>Er is niets uit te betalen over %1 (of alle leden met uren zijn al uitbetaald; zie Uitbetalingen).</source>
            <translation>There is nothing to pay for %1 (or every member with hours was already paid; see Payout runs).</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="444" />
            <source>Voorstel %1: %2 leden, vergoeding %3, premie %4, werkelijke kosten %5; uit te betalen %6, ingehouden %7. Premies volgens het maximum op %8.</source>
            <translation>Proposal %1: %2 members, allowance %3, premium %4, actual costs %5; to pay %6, held back %7. Premiums by the maximum on %8.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="454" />
            <source>… en nog %1; kies een gemarkeerde regel voor alles.</source>
            <translation>… and %1 more; choose a marked line to see all.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="483" />
            <source>%1 (nr. %2), %3</source>
            <translation>%1 (no. %2), %3</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="488" />
            <source>Ingehouden (%1):</source>
            <translation>Held back (%1):</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="491" />
            <source>Niets ingehouden.</source>
            <translation>Nothing held back.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="493" />
            <source>Premie opgebouwd en nog niet betaald: %1</source>
            <translation>Premium accrued and not yet paid: %1</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="496" />
            <source>Werkelijke kosten %1 · bonnummer: %2 · %3</source>
            <translation>Actual costs %1 · receipt: %2 · %3</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="508" />
            <source>Kies eerst een lid in het voorstel.</source>
            <translation>First choose a member in the proposal.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="511" />
            <source>Werkelijke kosten toegevoegd.</source>
            <translation>Actual costs added.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="524" />
            <source>Uitbetaling %1 boeken?

%2 leden, uit te betalen %3 (ingehouden %4).

Daarna liggen de uren van %1 vast voor deze leden. Een fout herstelt u door de uitbetaling terug te draaien; er wordt nooit iets gewist.</source>
            <translation>Post the payout for %1?

%2 members, to pay %3 (held back %4).

After that the hours of %1 are locked for these members. A mistake is corrected by reversing the payout run; nothing is ever deleted.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="530" />
            <source>Let op, waarschuwingen: %1 (rood gemarkeerd in de tabel).</source>
            <translation>Attention, warnings: %1 (marked red in the table).</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="532" />
            <source>Uitbetaling boeken</source>
            <translation>Post payout</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="539" />
            <source>Uitbetaling %1 (%2) is geboekt: %3.</source>
            <translation>Payout run %1 (%2) is posted: %3.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="574" />
            <source>Er zijn nog geen uitbetalingen geboekt.</source>
            <translation>No payout runs have been posted yet.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="577" />
            <source>Uitbetaling %1, %2: %3, geboekt op %4 door %5.</source>
            <translation>Payout run %1, %2: %3, posted on %4 by %5.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="581" />
            <source>Betaald op %1.</source>
            <translation>Paid on %1.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="583" />
            <source>Teruggedraaid op %1: %2</source>
            <translation>Reversed on %1: %2</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="596" />
            <source>Uitbetaling %1 is teruggedraaid.</source>
            <translation>Payout run %1 is reversed.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="610" />
            <source>Uitbetaling %1 is als betaald geboekt.</source>
            <translation>Payout run %1 is posted as paid.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="631" />
            <source>SEPA-bestand geschreven: %1 (%2 betalingen, %3, uitvoerdatum %4).</source>
            <translation>SEPA file written: %1 (%2 payments, %3, execution date %4).</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="666" />
            <source>Regeling: %1</source>
            <translation>Regime: %1</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="690" />
            <source>Opgeslagen voor %1 (%2).</source>
            <translation>Saved for %1 (%2).</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="712" />
            <source>Regel opgeslagen.</source>
            <translation>Rule saved.</translation>
        </message>
    </context>
    <context>
        <name>PremiumRuleDialog</name>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="241" />
            <source>Premie art. 31 Participatiewet</source>
            <translation>Premium art. 31 Participatiewet</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="241" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="242" />
            <source>Een gewijzigde regel wordt vastgelegd met uw naam en het tijdstip; uitbetalingen die al geboekt zijn veranderen niet.</source>
            <translation>An edited row is recorded with your name and the time; payouts already posted do not change.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="251" />
            <source>Geldt vanaf:</source>
            <translation>In force from:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="252" />
            <source>Maximum per kalenderjaar:</source>
            <translation>Maximum per calendar year:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="253" />
            <source>Vrijlating per maand:</source>
            <translation>Disregard per month:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="254" />
            <source>Bron:</source>
            <translation>Source:</translation>
        </message>
    </context>
    <context>
        <name>ReverseDialog</name>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="147" />
            <source>Uitbetaling %1 terugdraaien</source>
            <translation>Reverse payout run %1</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="148" />
            <source>Terugdraaien</source>
            <translation>Reverse</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="150" />
            <source>CoopDesk boekt tegenboekingen voor %1 (%2); er wordt niets gewist. De uren van de maand kunnen daarna weer worden gewijzigd.</source>
            <translation>CoopDesk posts reversal entries for %1 (%2); nothing is deleted. The month's hours can be changed again after that.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="154" />
            <source>bijv. de bank heeft het bestand geweigerd</source>
            <translation>e.g. the bank refused the file</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="157" />
            <source>Reden:</source>
            <translation>Reason:</translation>
        </message>
    </context>
    <context>
        <name>SepaDialog</name>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="278" />
            <source>SEPA-bestand uitbetaling %1</source>
            <translation>SEPA file for payout run %1</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="279" />
            <source>Schrijven</source>
            <translation>Write</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="282" />
            <source>%1: %2 voor de bank. Lees het bestand daarna in bij uw bank; boek de betaling met "Betaald op…" als de bank het heeft uitgevoerd.</source>
            <translation>%1: %2 for the bank. Then upload the file at your bank; post the payment with "Paid on…" once the bank has executed it.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="286" />
            <source>Bladeren…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="292" />
            <source>pain.001.001.09 (standaard)</source>
            <translation>pain.001.001.09 (default)</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="293" />
            <source>pain.001.001.03 (oudere banksoftware)</source>
            <translation>pain.001.001.03 (older bank software)</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="297" />
            <source>Bestand:</source>
            <translation>File:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="298" />
            <source>Versie:</source>
            <translation>Version:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="299" />
            <source>Uitvoerdatum:</source>
            <translation>Execution date:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="303" />
            <source>Ik heb dit gezien; schrijf het bestand zo</source>
            <translation>I have seen this; write the file like this</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="326" />
            <source>Dit moet eerst worden hersteld (in de ledenlijst of de gegevens van de coöperatie):</source>
            <translation>This must be put right first (in the member register or the cooperative's details):</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="329" />
            <source>De bank krijgt dit anders dan het in het boek staat:</source>
            <translation>The bank gets this differently from what the book holds:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="338" />
            <source>SEPA-bestand opslaan</source>
            <translation>Save SEPA file</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="339" />
            <source>SEPA-bestanden (*.xml)</source>
            <translation>SEPA files (*.xml)</translation>
        </message>
    </context>
    <context>
        <name>_Form</name>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="76" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="101" />
            <source>Bevestigd: nagekeken in de bron</source>
            <translation>Confirmed: checked against the source</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Vergoedingen</source>
            <translation>Allowances</translation>
        </message>
    </context>
</TS>