<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
    <name>ActualCostDialog</name>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="125" />
            <source>Werkelijke kosten toevoegen</source>
            <translation>Add actual costs</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="125" />
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="128" />
            <source>%1 (nr. %2), %3. Werkelijke kosten tellen niet mee voor de grenzen; bewaar de bon.</source>
            <translation>%1 (no. %2), %3. Actual costs do not count towards the caps; keep the receipt.</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="132" />
            <source>bijv. bon 2026-031</source>
            <translation>e.g. receipt 2026-031</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="134" />
            <source>bijv. treinkaartje naar de markt</source>
            <translation>e.g. train ticket to the market</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="136" />
            <source>Bedrag:</source>
            <translation>Amount:</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="137" />
            <source>Bonnummer:</source>
            <translation>Receipt reference:</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="138" />
            <source>Omschrijving:</source>
            <translation>Description:</translation>
        </message>
</context>
<context>
    <name>ActualCostDialog</name>
    <message>
            <source>%1 (nr. %2)</source>
            <translation>%1 (no. %2)</translation>
        </message>
    <message>
            <source>%1. Werkelijke kosten tellen niet mee voor de grenzen; bewaar de bon.</source>
            <translation>%1. Actual costs count against no cap; keep the receipt.</translation>
        </message>
    <message>
            <source>Lid:</source>
            <translation>Member:</translation>
        </message>
</context>
<context>
    <name>PayoutColumns</name>
    <message>
            <source>Bonnummer</source>
            <translation>Receipt</translation>
        </message>
    <message>
            <source>Omschrijving</source>
            <translation>Description</translation>
        </message>
    <message>
            <source>Stand</source>
            <translation>State</translation>
        </message>
    <message>
            <source>Uitbetaald in welke uitbetaling, of nog wachtend</source>
            <translation>Paid in which payout run, or still waiting</translation>
        </message>
</context>
<context>
    <name>ProposalTab</name>
    <message>
            <source>Kies eerst een maand en klik op &quot;Maand voorstellen&quot;.</source>
            <translation>First choose a month and click &quot;Propose month&quot;.</translation>
        </message>
    <message>
            <source>Kosten van %1 verwijderen: %2, bonnummer %3?</source>
            <translation>Remove the costs of %1: %2, receipt %3?</translation>
        </message>
    <message>
            <source>Kosten verwijderd.</source>
            <translation>Costs removed.</translation>
        </message>
    <message>
            <source>Kosten verwijderen</source>
            <translation>Remove costs</translation>
        </message>
    <message>
            <source>Verwijder de gekozen kosten; uitbetaalde kosten zijn geboekt en blijven staan (draai de uitbetaling terug)</source>
            <translation>Remove the chosen costs; paid costs are posted and stay (reverse the payout run)</translation>
        </message>
    <message>
            <source>Werkelijke kosten</source>
            <translation>Actual costs</translation>
        </message>
    <message>
            <source>Werkelijke kosten van %1: %2, waarvan %3 nog in geen uitbetaling.</source>
            <translation>Actual costs of %1: %2, of which %3 in no payout yet.</translation>
        </message>
</context>
<context>
    <name>FiscalRuleDialog</name>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="208" />
            <source>Grenzen vrijwilligersvergoeding</source>
            <translation>Volunteer allowance caps</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="208" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="209" />
            <source>Een gewijzigde regel wordt vastgelegd met uw naam en het tijdstip; uitbetalingen die al geboekt zijn veranderen niet.</source>
            <translation>An edited row is recorded with your name and the time; payouts already posted do not change.</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="220" />
            <source>Jaar:</source>
            <translation>Year:</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="221" />
            <source>Uurgrens 21 jaar en ouder:</source>
            <translation>Hour cap aged 21 and over:</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="222" />
            <source>Uurgrens onder 21:</source>
            <translation>Hour cap under 21:</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="223" />
            <source>Maandgrens:</source>
            <translation>Month cap:</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="224" />
            <source>Jaargrens:</source>
            <translation>Year cap:</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="225" />
            <source>Bron:</source>
            <translation>Source:</translation>
        </message>
</context>
<context>
    <name>MemberYearTab</name>
    <message>
                <location filename="../../coopdesk/gui/payout/member_year_tab.py" line="42"/>
        <source>Wat een lid dit jaar van andere organisaties krijgt, telt mee voor de jaargrens van de vrijwilligersvergoeding. Een premie (art. 31) wordt hoogstens twee keer per kalenderjaar betaald, in de maanden die u hier kiest.</source>
            <translation>What a member receives from other organisations this year counts against the volunteer allowance's year cap. A premium (art. 31) is paid at most twice per calendar year, in the months you choose here.</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/member_year_tab.py" line="53"/>
        <source>Lid:</source>
            <translation>Member:</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/member_year_tab.py" line="55"/>
        <source>Jaar:</source>
            <translation>Year:</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/member_year_tab.py" line="65"/>
        <source>Van andere organisaties dit jaar:</source>
            <translation>From other organisations this year:</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/member_year_tab.py" line="67"/>
        <source>Premie betalen in (hoogstens twee):</source>
            <translation>Pay the premium in (two at most):</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/member_year_tab.py" line="76"/>
        <source>Opslaan</source>
            <translation>Save</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/member_year_tab.py" line="77"/>
        <source>Overzicht voor de gemeente…</source>
            <translation>Overview for the municipality…</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/member_year_tab.py" line="78"/>
        <source>Per maand uren, vergoeding, premie, kosten en betaaldatum, als PDF of Excel</source>
            <translation>Per month hours, allowance, premium, costs and payment date, as PDF or Excel</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/member_year_tab.py" line="126"/>
        <source>Regeling: %1</source>
            <translation>Regime: %1</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/member_year_tab.py" line="150"/>
        <source>Opgeslagen voor %1 (%2).</source>
            <translation>Saved for %1 (%2).</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/member_year_tab.py" line="166"/>
        <source>Overzicht geschreven: %1</source>
            <translation>Overview written: %1</translation>
        </message>
</context>
<context>
    <name>MunicipalityDialog</name>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="385" />
            <source>Overzicht voor de gemeente</source>
            <translation>Overview for the municipality</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="385" />
            <source>Schrijven</source>
            <translation>Write</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="388" />
            <source>Per maand de uren, de vergoeding, de premie, de werkelijke kosten (apart) en de betaaldatum van %1, uit de geboekte uitbetalingen.</source>
            <translation>Per month the hours, the allowance, the premium, the actual costs (apart) and the payment date of %1, from the posted payout runs.</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="394" />
            <source>PDF (om in te leveren)</source>
            <translation>PDF (to hand in)</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="395" />
            <source>Excel-werkmap</source>
            <translation>Excel workbook</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="397" />
            <source>Bladeren…</source>
            <translation>Browse…</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="402" />
            <source>Van:</source>
            <translation>From:</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="403" />
            <source>Tot en met:</source>
            <translation>Up to and including:</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="404" />
            <source>Soort:</source>
            <translation>Kind:</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="405" />
            <source>Bestand:</source>
            <translation>File:</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="418" />
            <source>Overzicht opslaan</source>
            <translation>Save overview</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="419" />
            <source>PDF of Excel (*.pdf *.xlsx)</source>
            <translation>PDF or Excel (*.pdf *.xlsx)</translation>
        </message>
</context>
<context>
    <name>PaidDialog</name>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="173" />
            <source>Uitbetaling %1 betaald</source>
            <translation>Payout run %1 paid</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="174" />
            <source>Boeken</source>
            <translation>Post</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="176" />
            <source>Op welke datum heeft de bank de betalingen van %1 uitgevoerd?</source>
            <translation>On which date did the bank execute the payments for %1?</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="181" />
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
            <location filename="../../coopdesk/gui/payout/page.py" line="116" />
            <source>Vergoeding</source>
            <translation>Allowance</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="146" />
            <location filename="../../coopdesk/gui/payout/page.py" line="117" />
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
            <location filename="../../coopdesk/gui/payout/page.py" line="112" />
            <source>Nr.</source>
            <translation>No.</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="172" />
            <location filename="../../coopdesk/gui/payout/page.py" line="113" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="173" />
            <location filename="../../coopdesk/gui/payout/page.py" line="114" />
            <source>Regeling</source>
            <translation>Regime</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/models.py" line="174" />
            <location filename="../../coopdesk/gui/payout/page.py" line="115" />
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
            <location filename="../../coopdesk/gui/payout/page.py" line="118" />
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
            <location filename="../../coopdesk/gui/payout/page.py" line="119" />
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
            <location filename="../../coopdesk/gui/payout/page.py" line="120" />
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
            <location filename="../../coopdesk/gui/payout/page.py" line="121" />
            <source>Bank</source>
            <translation>Bank</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="122" />
            <source>vastgehouden: geen IBAN</source>
            <translation>held: no IBAN</translation>
        </message>
    <message>
        <source>Uitbetaling</source>
            <translation>Payout run</translation>
        </message>
    <message>
        <source>Nog te betalen</source>
            <translation>Still owed</translation>
        </message>
    <message>
        <source>IBAN</source>
            <translation>IBAN</translation>
        </message>
    <message>
        <source>IBAN nu bekend</source>
            <translation>IBAN now known</translation>
        </message>
    <message>
        <source>nog geen IBAN</source>
            <translation>no IBAN yet</translation>
        </message>
    <message>
        <source>nabetaald op %1</source>
            <translation>paid later on %1</translation>
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
            <location filename="../../coopdesk/gui/payout/page.py" line="175" />
            <source>Voorstel</source>
            <translation>Proposal</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="176" />
            <source>Uitbetalingen</source>
            <translation>Payout runs</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="177" />
            <source>Per lid</source>
            <translation>Per member</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="178" />
            <source>Regels</source>
            <translation>Rules</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/page.py" line="184" />
            <source>Vergoedingen</source>
            <translation>Allowances</translation>
        </message>
</context>
<context>
    <name>PremiumRuleDialog</name>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="246" />
            <source>Premie art. 31 Participatiewet</source>
            <translation>Premium art. 31 Participatiewet</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="246" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="247" />
            <source>Een gewijzigde regel wordt vastgelegd met uw naam en het tijdstip; uitbetalingen die al geboekt zijn veranderen niet.</source>
            <translation>An edited row is recorded with your name and the time; payouts already posted do not change.</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="256" />
            <source>Geldt vanaf:</source>
            <translation>In force from:</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="257" />
            <source>Maximum per kalenderjaar:</source>
            <translation>Maximum per calendar year:</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="258" />
            <source>Vrijlating per maand:</source>
            <translation>Disregard per month:</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="259" />
            <source>Bron:</source>
            <translation>Source:</translation>
        </message>
</context>
<context>
    <name>ProposalTab</name>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="56"/>
        <source>Maand voorstellen</source>
            <translation>Propose month</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="57"/>
        <source>Bereken per lid wat de uren van deze maand opleveren, binnen de grenzen; er wordt nog niets geboekt</source>
            <translation>Compute per member what this month's hours give, within the caps; nothing is posted yet</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="59"/>
        <source>Werkelijke kosten…</source>
            <translation>Actual costs…</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="60"/>
        <source>Een vergoeding van gemaakte kosten met bon, voor het gekozen lid</source>
            <translation>A reimbursement of costs made, with a receipt, for the chosen member</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="61"/>
        <source>Boeken…</source>
            <translation>Post…</translation>
        </message>
    <message>
                    <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="62"/>
        <source>Boek dit voorstel; daarna liggen de uren van de maand vast</source>
            <translation>Post this proposal; the month's hours are locked after that</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="63"/>
        <source>Maand:</source>
            <translation>Month:</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="71"/>
        <source>Kies een maand en klik op "Maand voorstellen".</source>
            <translation>Choose a month and click "Propose month".</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="83"/>
        <source>Kies een regel: hier staat welke grens hoeveel heeft ingehouden, en waar u op moet letten.</source>
            <translation>Choose a line: this shows which cap held back how much, and what to look out for.</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="105"/>
        <source>Voorstel voor %1 wordt berekend…</source>
            <translation>Computing the proposal for %1…</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="138"/>
        <source>%1 is nog niet voorbij: boeken kan vanaf %2.</source>
            <translation>%1 is not over yet: it can be posted from %2.</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="146"/>
        <source>Er is niets uit te betalen over %1 (of alle leden met uren zijn al uitbetaald; zie Uitbetalingen).</source>
            <translation>There is nothing to pay for %1 (or every member with hours was already paid; see Payout runs).</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="151"/>
        <source>Voorstel %1: %2 leden, vergoeding %3, premie %4, werkelijke kosten %5; uit te betalen %6, ingehouden %7. Premies volgens het maximum op %8.</source>
            <translation>Proposal %1: %2 members, allowance %3, premium %4, actual costs %5; to pay %6, held back %7. Premiums by the maximum on %8.</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="161"/>
        <source>… en nog %1; kies een gemarkeerde regel voor alles.</source>
            <translation>… and %1 more; choose a marked line to see all.</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="190"/>
        <source>%1 (nr. %2), %3</source>
            <translation>%1 (no. %2), %3</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="195"/>
        <source>Ingehouden (%1):</source>
            <translation>Held back (%1):</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="198"/>
        <source>Niets ingehouden.</source>
            <translation>Nothing held back.</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="200"/>
        <source>Premie opgebouwd en nog niet betaald: %1</source>
            <translation>Premium accrued and not yet paid: %1</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="203"/>
        <source>Werkelijke kosten %1 · bonnummer: %2 · %3</source>
            <translation>Actual costs %1 · receipt: %2 · %3</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="215"/>
        <source>Kies eerst een lid in het voorstel.</source>
            <translation>First choose a member in the proposal.</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="218"/>
        <source>Werkelijke kosten toegevoegd.</source>
            <translation>Actual costs added.</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="231"/>
        <source>Uitbetaling %1 boeken?

%2 leden, uit te betalen %3 (ingehouden %4).

Daarna liggen de uren van %1 vast voor deze leden. Een fout herstelt u door de uitbetaling terug te draaien; er wordt nooit iets gewist.</source>
            <translation>Post the payout for %1?

%2 members, to pay %3 (held back %4).

After that the hours of %1 are locked for these members. A mistake is corrected by reversing the payout run; nothing is ever deleted.</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="237"/>
        <source>Let op, waarschuwingen: %1 (rood gemarkeerd in de tabel).</source>
            <translation>Attention, warnings: %1 (marked red in the table).</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="239"/>
        <source>Uitbetaling boeken</source>
            <translation>Post payout</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/proposal_tab.py" line="246"/>
        <source>Uitbetaling %1 (%2) is geboekt: %3.</source>
            <translation>Payout run %1 (%2) is posted: %3.</translation>
        </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="152" />
            <source>Uitbetaling %1 terugdraaien</source>
            <translation>Reverse payout run %1</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="153" />
            <source>Terugdraaien</source>
            <translation>Reverse</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="155" />
            <source>CoopDesk boekt tegenboekingen voor %1 (%2); er wordt niets gewist. De uren van de maand kunnen daarna weer worden gewijzigd.</source>
            <translation>CoopDesk posts reversal entries for %1 (%2); nothing is deleted. The month's hours can be changed again after that.</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="159" />
            <source>bijv. de bank heeft het bestand geweigerd</source>
            <translation>e.g. the bank refused the file</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="162" />
            <source>Reden:</source>
            <translation>Reason:</translation>
        </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
                <location filename="../../coopdesk/gui/payout/rules_tab.py" line="25"/>
        <source>De grenzen waarmee dit boek uitbetaalt. Een rij met ⚠ is niet bevestigd: kijk de bron na voordat u er een maand mee uitbetaalt. Een geboekte uitbetaling houdt de regels waarmee ze is gemaakt.</source>
            <translation>The caps this book pays out with. A row marked ⚠ is unconfirmed: check the source before paying a month with it. A posted payout keeps the rules it was made with.</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/rules_tab.py" line="31"/>
        <source>&lt;b&gt;Vrijwilligersvergoeding per jaar&lt;/b&gt;</source>
            <translation>&lt;b&gt;Volunteer allowance per year&lt;/b&gt;</translation>
        </message>
    <message>
                    <location filename="../../coopdesk/gui/payout/rules_tab.py" line="33"/>
        <source>Wijzigen…</source>
            <translation>Edit…</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/rules_tab.py" line="34"/>
        <source>Jaar toevoegen…</source>
            <translation>Add year…</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/rules_tab.py" line="42"/>
        <source>&lt;b&gt;Premie art. 31 Participatiewet, per datum&lt;/b&gt;</source>
            <translation>&lt;b&gt;Premium art. 31 Participatiewet, by date&lt;/b&gt;</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/rules_tab.py" line="45"/>
        <source>Datum toevoegen…</source>
            <translation>Add date…</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/rules_tab.py" line="73"/>
        <source>Regel opgeslagen.</source>
            <translation>Rule saved.</translation>
        </message>
</context>
<context>
    <name>RunsTab</name>
    <message>
                <location filename="../../coopdesk/gui/payout/runs_tab.py" line="36"/>
        <source>Terugdraaien…</source>
            <translation>Reverse…</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/runs_tab.py" line="37"/>
        <source>Draai de hele uitbetaling terug met tegenboekingen (bijvoorbeeld als de bank het bestand weigerde); er wordt niets gewist</source>
            <translation>Reverse the whole payout run with reversal entries (for example when the bank refused the file); nothing is deleted</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/runs_tab.py" line="39"/>
        <source>Betaald op…</source>
            <translation>Paid on…</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/runs_tab.py" line="40"/>
        <source>De bank heeft de betalingen uitgevoerd: boek de betaling</source>
            <translation>The bank executed the payments: post the payment</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/runs_tab.py" line="41"/>
        <source>SEPA-bestand…</source>
            <translation>SEPA file…</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/runs_tab.py" line="42"/>
        <source>Schrijf het betaalbestand (pain.001) om bij de bank in te lezen</source>
            <translation>Write the payment file (pain.001) to upload at the bank</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/runs_tab.py" line="95"/>
        <source>Er zijn nog geen uitbetalingen geboekt.</source>
            <translation>No payout runs have been posted yet.</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/runs_tab.py" line="98"/>
        <source>Uitbetaling %1, %2: %3, geboekt op %4 door %5.</source>
            <translation>Payout run %1, %2: %3, posted on %4 by %5.</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/runs_tab.py" line="102"/>
        <source>Betaald op %1.</source>
            <translation>Paid on %1.</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/runs_tab.py" line="104"/>
        <source>Teruggedraaid op %1: %2</source>
            <translation>Reversed on %1: %2</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/runs_tab.py" line="117"/>
        <source>Uitbetaling %1 is teruggedraaid.</source>
            <translation>Payout run %1 is reversed.</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/runs_tab.py" line="131"/>
        <source>Uitbetaling %1 is als betaald geboekt.</source>
            <translation>Payout run %1 is posted as paid.</translation>
        </message>
    <message>
                <location filename="../../coopdesk/gui/payout/runs_tab.py" line="152"/>
        <source>SEPA-bestand geschreven: %1 (%2 betalingen, %3, uitvoerdatum %4).</source>
            <translation>SEPA file written: %1 (%2 payments, %3, execution date %4).</translation>
        </message>
    <message>
        <source>Nabetalen…</source>
            <translation>Pay later…</translation>
        </message>
    <message>
        <source>Betaal de gekozen vastgehouden regels alsnog: per bank (SEPA-bestand) zodra het lid een IBAN heeft, of contant</source>
            <translation>Pay the chosen held lines after all: by bank (SEPA file) once the member has an IBAN, or in cash</translation>
        </message>
    <message>
        <source>Vastgehouden (geen geldig IBAN bij de uitbetaling), nog te betalen: %1 regel(s), %2</source>
            <translation>Held (no valid IBAN when the run was posted), still owed: %1 line(s), %2</translation>
        </message>
    <message>
        <source>Er staan geen vastgehouden regels meer open.</source>
            <translation>No held lines are still owed.</translation>
        </message>
    <message>
        <source>Kies eerst een of meer vastgehouden regels.</source>
            <translation>Choose one or more held lines first.</translation>
        </message>
</context>
<context>
    <name>SepaDialog</name>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="283" />
            <source>SEPA-bestand uitbetaling %1</source>
            <translation>SEPA file for payout run %1</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="284" />
            <source>Schrijven</source>
            <translation>Write</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="287" />
            <source>%1: %2 voor de bank. Lees het bestand daarna in bij uw bank; boek de betaling met "Betaald op…" als de bank het heeft uitgevoerd.</source>
            <translation>%1: %2 for the bank. Then upload the file at your bank; post the payment with "Paid on…" once the bank has executed it.</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="291" />
            <source>Bladeren…</source>
            <translation>Browse…</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="297" />
            <source>pain.001.001.09 (standaard)</source>
            <translation>pain.001.001.09 (default)</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="298" />
            <source>pain.001.001.03 (oudere banksoftware)</source>
            <translation>pain.001.001.03 (older bank software)</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="302" />
            <source>Bestand:</source>
            <translation>File:</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="303" />
            <source>Versie:</source>
            <translation>Version:</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="304" />
            <source>Uitvoerdatum:</source>
            <translation>Execution date:</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="308" />
            <source>Ik heb dit gezien; schrijf het bestand zo</source>
            <translation>I have seen this; write the file like this</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="331" />
            <source>Dit moet eerst worden hersteld (in de ledenlijst of de gegevens van de coöperatie):</source>
            <translation>This must be put right first (in the member register or the cooperative's details):</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="334" />
            <source>De bank krijgt dit anders dan het in het boek staat:</source>
            <translation>The bank gets this differently from what the book holds:</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="343" />
            <source>SEPA-bestand opslaan</source>
            <translation>Save SEPA file</translation>
        </message>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="344" />
            <source>SEPA-bestanden (*.xml)</source>
            <translation>SEPA files (*.xml)</translation>
        </message>
</context>
<context>
    <name>_Form</name>
    <message>
            <location filename="../../coopdesk/gui/payout/dialogs.py" line="106" />
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
<context>
    <name>HeldPaymentDialog</name>
    <message>
        <source>Nabetalen</source>
            <translation>Pay later</translation>
        </message>
    <message>
        <source>%1 voor %2: %3. Het bedrag gaat van de te betalen vergoedingen (1700) naar de bank of de kas, en telt niet opnieuw mee voor de grenzen.</source>
            <translation>%1 for %2: %3. The amount moves from allowances payable (1700) to the bank or the cash box, and does not count towards the caps again.</translation>
        </message>
    <message>
        <source>Bank, met een SEPA-bestand (uitvoerdatum vandaag)</source>
            <translation>Bank, with a SEPA file (executed today)</translation>
        </message>
    <message>
        <source>Bank, al betaald zonder bestand</source>
            <translation>Bank, already paid without a file</translation>
        </message>
    <message>
        <source>Contant uit de kas</source>
            <translation>Cash from the cash box</translation>
        </message>
    <message>
        <source>Bladeren…</source>
            <translation>Browse…</translation>
        </message>
    <message>
        <source>Hoe:</source>
            <translation>How:</translation>
        </message>
    <message>
        <source>Betaald op:</source>
            <translation>Paid on:</translation>
        </message>
    <message>
        <source>SEPA-bestand:</source>
            <translation>SEPA file:</translation>
        </message>
    <message>
        <source>Ik heb de meldingen gezien; schrijf het bestand zo</source>
            <translation>I have read the notes; write the file like this</translation>
        </message>
    <message>
        <source>SEPA-bestand opslaan</source>
            <translation>Save SEPA file</translation>
        </message>
    <message>
        <source>SEPA-bestanden (*.xml)</source>
            <translation>SEPA files (*.xml)</translation>
        </message>
    <message>
        <source>Nabetaald: %1 op %2.</source>
            <translation>Paid later: %1 on %2.</translation>
        </message>
    <message>
        <source>SEPA-bestand geschreven: %1.</source>
            <translation>SEPA file written: %1.</translation>
        </message>
</context>
</TS>