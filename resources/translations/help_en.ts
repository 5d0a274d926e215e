<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>About</name>
    <message>
        <source>zie de documentatie bij CoopDesk</source>
        <translation>see the documentation that comes with CoopDesk</translation>
    </message>
    <message>
        <source>Boekhouding voor participatiecoöperaties: ledenregister, uren, vergoedingen binnen de wettelijke grenzen en de eigen boeken.</source>
        <translation>Bookkeeping for participation cooperatives: member register, hours, allowances within the legal limits, and the cooperative&apos;s own books.</translation>
    </message>
    <message>
        <source>Versie: {version}&lt;br&gt;Licentie: {licence}</source>
        <translation>Version: {version}&lt;br&gt;Licence: {licence}</translation>
    </message>
    <message>
        <source>Het boek: {book}&lt;br&gt;De backups: {backups}</source>
        <translation>The book: {book}&lt;br&gt;Its backups: {backups}</translation>
    </message>
    <message>
        <source>Er is geen boek geopend.</source>
        <translation>No book is open.</translation>
    </message>
    <message>
        <source>Demoboeken: {folder}&lt;br&gt;Logbestand: {log}</source>
        <translation>Demo books: {folder}&lt;br&gt;Log file: {log}</translation>
    </message>
    <message>
        <source>Over CoopDesk</source>
        <translation>About CoopDesk</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>CoopDesk – handleiding</source>
        <translation>CoopDesk – guide</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Handleiding</source>
        <translation>&amp;Guide</translation>
    </message>
</context>
</TS>
