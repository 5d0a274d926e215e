<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Jaaroverzichten…</source>
        <translation>Annual &amp;statements…</translation>
    </message>
</context>
<context>
    <name>StatementPreview</name>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
</context>
<context>
    <name>StatementsDialog</name>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Drukt de laatst gemaakte PDF af</source>
        <translation>Prints the PDF made last</translation>
    </message>
    <message>
        <source>Jaaroverzichten</source>
        <translation>Annual statements</translation>
    </message>
    <message>
        <source>alle leden</source>
        <translation>all members</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Postcode (om te posten)</source>
        <translation>Postcode (for posting)</translation>
    </message>
    <message>
        <source>Eén PDF om af te drukken</source>
        <translation>One PDF to print</translation>
    </message>
    <message>
        <source>Eén bestand per lid (in een map)</source>
        <translation>One file per member (in a folder)</translation>
    </message>
    <message>
        <source>&amp;Jaar</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>&amp;Lidnummer</source>
        <translation>&amp;Member number</translation>
    </message>
    <message>
        <source>&amp;Volgorde</source>
        <translation>&amp;Order</translation>
    </message>
    <message>
        <source>Uitvoer</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>&amp;Voorbeeld</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>&amp;Maken…</source>
        <translation>&amp;Make…</translation>
    </message>
    <message>
        <source>Geen leden in dat jaar.</source>
        <translation>No members in that year.</translation>
    </message>
    <message>
        <source>Voorbeeld: {name}</source>
        <translation>Preview: {name}</translation>
    </message>
    <message>
        <source>Jaaroverzicht {number} afgedrukt.</source>
        <translation>Statement {number} printed.</translation>
    </message>
    <message>
        <source>Map voor de jaaroverzichten</source>
        <translation>Folder for the annual statements</translation>
    </message>
    <message>
        <source>Jaaroverzichten opslaan</source>
        <translation>Save the annual statements</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Gegevens verzamelen…</source>
        <translation>Gathering the data…</translation>
    </message>
    <message>
        <source>Jaaroverzichten maken…</source>
        <translation>Making the annual statements…</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{count} jaaroverzicht(en) geschreven naar {where}.</source>
        <translation>{count} annual statement(s) written to {where}.</translation>
    </message>
    <message>
        <source>Er ging iets mis bij het maken van de jaaroverzichten.</source>
        <translation>Something went wrong while making the annual statements.</translation>
    </message>
    <message>
        <source>Afgebroken; er is niets als verstuurd vastgelegd.</source>
        <translation>Cancelled; nothing was recorded as issued.</translation>
    </message>
</context>
</TS>
