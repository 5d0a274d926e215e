<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ActualCostDialog</name>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="112" />
            <source>Werkelijke kosten toevoegen</source>
            <translation>Add actual costs</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="112" />
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="115" />
            <source>%1 (nr. %2), %3. Werkelijke kosten tellen niet mee voor de grenzen; bewaar de bon.</source>
            <translation>%1 (no. %2), %3. Actual costs do not count towards the caps; keep the receipt.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="119" />
            <source>bijv. bon 2026-031</source>
            <translation>e.g. receipt 2026-031</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="121" />
            <source>bijv. treinkaartje naar de markt</source>
            <translation>e.g. train ticket to the market</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="123" />
            <source>Bedrag:</source>
            <translation>Amount:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="124" />
            <source>Bonnummer:</source>
            <translation>Receipt reference:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="125" />
            <source>Omschrijving:</source>
            <translation>Description:</translation>
        </message>
    </context>
    <context>
        <name>FiscalRuleDialog</name>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="195" />
            <source>Grenzen vrijwilligersvergoeding</source>
            <translation>Volunteer allowance caps</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="195" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="196" />
            <source>Een gewijzigde regel wordt vastgelegd met uw naam en het tijdstip; uitbetalingen die al geboekt zijn veranderen niet.</source>
            <translation>An edited row is recorded with your name and the time; payouts already posted do not change.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="207" />
            <source>Jaar:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="208" />
            <source>Uurgrens 21 jaar en ouder:</source>
            <translation>Hour cap aged 21 and over:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="209" />
            <source>Uurgrens onder 21:</source>
            <translation>Hour cap under 21:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="210" />
            <source>Maandgrens:</source>
            <translation>Month cap:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="211" />
            <source>Jaargrens:</source>
            <translation>Year cap:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="212" />
            <source>Bron:</source>
            <translation>Source:</translation>
        </message>
    </context>
    <context>
        <name>PaidDialog</name>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="160" />
            <source>Uitbetaling %1 betaald</source>
            <translation>Payout run %1 paid</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="161" />
            <source>Boeken</source>
            <translation>Post</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="163" />
            <source>Op welke datum heeft de bank de betalingen van %1 uitgevoerd?</source>
            <translation>On which date did the bank execute the payments for %1?</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="168" />
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
            <location filename="../../coopdesk/gui/payout/page.py" line="114" />
            <source>Vergoeding</source>
            <translation>Allowance</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="146" />
            <location filename="../../coopdesk/gui/payout/page.py" line="115" />
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
            <location filename="../../coopdesk/gui/payout/page.py" line="110" />
            <source>Nr.</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="172" />
            <location filename="../../coopdesk/gui/payout/page.py" line="111" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="173" />
            <location filename="../../coopdesk/gui/payout/page.py" line="112" />
            <source>Regeling</source>
            <translation>Regime</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="174" />
            <location filename="../../coopdesk/gui/payout/page.py" line="113" />
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
            <location filename="../../coopdesk/gui/payout/page.py" line="116" />
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
            <location filename="../../coopdesk/gui/payout/page.py" line="117" />
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
            <location filename="../../coopdesk/gui/payout/page.py" line="118" />
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
            <location filename="../../coopdesk/gui/payout/page.py" line="119" />
            <source>Bank</source>
            <translation>Bank</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="120" />
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
            <location filename="../../coopdesk/gui/payout/page.py" line="173" />
            <source>Voorstel</source>
            <translation>Proposal</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="174" />
            <source>Uitbetalingen</source>
            <translation>Payout runs</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="175" />
            <source>Per lid</source>
            <translation>Per member</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="176" />
            <source>Regels</source>
            <translation>Rules</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="182" />
            <source>Vergoedingen</source>
            <translation>Allowances</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="199" />
            <source>Maand voorstellen</source>
            <translation>Propose month</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="200" />
            <source>Bereken per lid wat de uren van deze maand opleveren, binnen de grenzen; er wordt nog niets geboekt</source>
            <translation>Compute per member what this month's hours give, within the caps; nothing is posted yet</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="202" />
            <source>Werkelijke kosten…</source>
            <translation>Actual costs…</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="203" />
            <source>Een vergoeding van gemaakte kosten met bon, voor het gekozen lid</source>
            <translation>A reimbursement of costs made, with a receipt, for the chosen member</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="204" />
            <source>Boeken…</source>
            <translation>Post…</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="205" />
            <location filename="../../coopdesk/gui/payout/page.py" line="425" />
            <source>Boek dit voorstel; daarna liggen de uren van de maand vast</source>
            <translation>Post this proposal; the month's hours are locked after that</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="206" />
            <source>Maand:</source>
            <translation>Month:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="214" />
            <source>Kies een maand en klik op "Maand voorstellen".</source>
            <translation>Choose a month and click "Propose month".</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="226" />
            <source>Kies een regel: hier staat welke grens hoeveel heeft ingehouden, en waar u op moet letten.</source>
            <translation>Choose a line: this shows which cap held back how much, and what to look out for.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="244" />
            <source>Terugdraaien…</source>
            <translation>Reverse…</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="245" />
            <source>Draai de hele uitbetaling terug met tegenboekingen (bijvoorbeeld als de bank het bestand weigerde); er wordt niets gewist</source>
            <translation>Reverse the whole payout run with reversal entries (for example when the bank refused the file); nothing is deleted</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="247" />
            <source>Betaald op…</source>
            <translation>Paid on…</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="248" />
            <source>De bank heeft de betalingen uitgevoerd: boek de betaling</source>
            <translation>The bank executed the payments: post the payment</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="273" />
            <source>Wat een lid dit jaar van andere organisaties krijgt, telt mee voor de jaargrens van de vrijwilligersvergoeding. Een premie (art. 31) wordt hoogstens twee keer per kalenderjaar betaald, in de maanden die u hier kiest.</source>
            <translation>What a member receives from other organisations this year counts against the volunteer allowance's year cap. A premium (art. 31) is paid at most twice per calendar year, in the months you choose here.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="284" />
            <source>Lid:</source>
            <translation>Member:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="286" />
            <source>Jaar:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="296" />
            <source>Van andere organisaties dit jaar:</source>
            <translation>From other organisations this year:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="298" />
            <source>Premie betalen in (hoogstens twee):</source>
            <translation>Pay the premium in (two at most):</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="307" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="324" />
            <source>De grenzen waarmee dit boek uitbetaalt. Een rij met ⚠ is niet bevestigd: kijk de bron na voordat u er een maand mee uitbetaalt. Een geboekte uitbetaling houdt de regels waarmee ze is gemaakt.</source>
            <translation>The caps this book pays out with. A row marked ⚠ is unconfirmed: check the source before paying a month with it. A posted payout keeps the rules it was made with.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="330" />
            <source>&lt;b&gt;Vrijwilligersvergoeding per jaar&lt;/b&gt;</source>
            <translation>&lt;b&gt;Volunteer allowance per year&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="332" />
            <location filename="../../coopdesk/gui/payout/page.py" line="343" />
            <source>Wijzigen…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="333" />
            <source>Jaar toevoegen…</source>
            <translation>Add year…</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="341" />
            <source>&lt;b&gt;Premie art. 31 Participatiewet, per datum&lt;/b&gt;</source>
            <translation>&lt;b&gt;Premium art. 31 Participatiewet, by date&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="344" />
            <source>Datum toevoegen…</source>
            <translation>Add date…</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="393" />
            <source>Voorstel voor %1 wordt berekend…</source>
            <translation>Computing the proposal for %1…</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="426" />
            <source>%1 is nog niet voorbij: boeken kan vanaf %2.</source>
            <translation>%1 is not over yet: it can be posted from %2.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="434" />
            <source>Er is niets uit te betalen over %1 (of alle leden met uren zijn al uitbetaald; zie Uitbetalingen).</source>
            <translation>There is nothing to pay for %1 (or every member with hours was already paid; see Payout runs).</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="439" />
            <source>Voorstel %1: %2 leden, vergoeding %3, premie %4, werkelijke kosten %5; uit te betalen %6, ingehouden %7. Premies volgens het maximum op %8.</source>
            <translation>Proposal %1: %2 members, allowance %3, premium %4, actual costs %5; to pay %6, held back %7. Premiums by the maximum on %8.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="449" />
            <source>… en nog %1; kies een gemarkeerde regel voor alles.</source>
            <translation>… and %1 more; choose a marked line to see all.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="478" />
            <source>%1 (nr. %2), %3</source>
            <translation>%1 (no. %2), %3</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="483" />
            <source>Ingehouden (%1):</source>
            <translation>Held back (%1):</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="486" />
            <source>Niets ingehouden.</source>
            <translation>Nothing held back.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="488" />
            <source>Premie opgebouwd en nog niet betaald: %1</source>
            <translation>Premium accrued and not yet paid: %1</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="491" />
            <source>Werkelijke kosten %1 · bonnummer: %2 · %3</source>
            <translation>Actual costs %1 · receipt: %2 · %3</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="503" />
            <source>Kies eerst een lid in het voorstel.</source>
            <translation>First choose a member in the proposal.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="506" />
            <source>Werkelijke kosten toegevoegd.</source>
            <translation>Actual costs added.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="519" />
            <source>Uitbetaling %1 boeken?

%2 leden, uit te betalen %3 (ingehouden %4).

Daarna liggen de uren van %1 vast voor deze leden. Een fout herstelt u door de uitbetaling terug te draaien; er wordt nooit iets gewist.</source>
            <translation>Post the payout for %1?

%2 members, to pay %3 (held back %4).

After that the hours of %1 are locked for these members. A mistake is corrected by reversing the payout run; nothing is ever deleted.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="525" />
            <source>Let op, waarschuwingen: %1 (rood gemarkeerd in de tabel).</source>
            <translation>Attention, warnings: %1 (marked red in the table).</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="527" />
            <source>Uitbetaling boeken</source>
            <translation>Post payout</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="534" />
            <source>Uitbetaling %1 (%2) is geboekt: %3.</source>
            <translation>Payout run %1 (%2) is posted: %3.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="568" />
            <source>Er zijn nog geen uitbetalingen geboekt.</source>
            <translation>No payout runs have been posted yet.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="571" />
            <source>Uitbetaling %1, %2: %3, geboekt op %4 door %5.</source>
            <translation>Payout run %1, %2: %3, posted on %4 by %5.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="575" />
            <source>Betaald op %1.</source>
            <translation>Paid on %1.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="577" />
            <source>Teruggedraaid op %1: %2</source>
            <translation>Reversed on %1: %2</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="590" />
            <source>Uitbetaling %1 is teruggedraaid.</source>
            <translation>Payout run %1 is reversed.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="604" />
            <source>Uitbetaling %1 is als betaald geboekt.</source>
            <translation>Payout run %1 is posted as paid.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="640" />
            <source>Regeling: %1</source>
            <translation>Regime: %1</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="664" />
            <source>Opgeslagen voor %1 (%2).</source>
            <translation>Saved for %1 (%2).</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="686" />
            <source>Regel opgeslagen.</source>
            <translation>Rule saved.</translation>
        </message>
    </context>
    <context>
        <name>PremiumRuleDialog</name>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="233" />
            <source>Premie art. 31 Participatiewet</source>
            <translation>Premium art. 31 Participatiewet</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="233" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="234" />
            <source>Een gewijzigde regel wordt vastgelegd met uw naam en het tijdstip; uitbetalingen die al geboekt zijn veranderen niet.</source>
            <translation>An edited row is recorded with your name and the time; payouts already posted do not change.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="243" />
            <source>Geldt vanaf:</source>
            <translation>In force from:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="244" />
            <source>Maximum per kalenderjaar:</source>
            <translation>Maximum per calendar year:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="245" />
            <source>Vrijlating per maand:</source>
            <translation>Disregard per month:</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="246" />
            <source>Bron:</source>
            <translation>Source:</translation>
        </message>
    </context>
    <context>
        <name>ReverseDialog</name>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="139" />
            <source>Uitbetaling %1 terugdraaien</source>
            <translation>Reverse payout run %1</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="140" />
            <source>Terugdraaien</source>
            <translation>Reverse</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="142" />
            <source>CoopDesk boekt tegenboekingen voor %1 (%2); er wordt niets gewist. De uren van de maand kunnen daarna weer worden gewijzigd.</source>
            <translation>CoopDesk posts reversal entries for %1 (%2); nothing is deleted. The month's hours can be changed again after that.</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="146" />
            <source>bijv. de bank heeft het bestand geweigerd</source>
            <translation>e.g. the bank refused the file</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="149" />
            <source>Reden:</source>
            <translation>Reason:</translation>
        </message>
    </context>
    <context>
        <name>_Form</name>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="68" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="93" />
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