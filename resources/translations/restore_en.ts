<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Backup terugzetten…</source>
        <translation>Res&amp;tore backup…</translation>
    </message>
    <message>
        <source>Backup terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Backup terugzetten…</source>
        <translation>Restore backup…</translation>
    </message>
    <message>
        <source>Backup {backup} teruggezet; het vorige bestand is bewaard als {aside}.</source>
        <translation>Backup {backup} restored; the previous file is kept as {aside}.</translation>
    </message>
    <message>
        <source>Van welk boek een backup terugzetten?</source>
        <translation>Restore a backup of which book?</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Terugzetten</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Backup terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Beschadigd: {detail}</source>
        <translation>Damaged: {detail}</translation>
    </message>
    <message>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Er zijn nog geen reservekopieën van dit boek in de map {folder}.</source>
        <translation>There are no backups of this book in the folder {folder} yet.</translation>
    </message>
    <message>
        <source>wordt gecontroleerd…</source>
        <translation>being checked…</translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>In orde</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Kies de reservekopie die u wilt terugzetten in {book}. Het huidige bestand wordt niet verwijderd: het blijft bewaard als {aside}, naast het boek.</source>
        <translation>Choose the backup to restore into {book}. The current file is not deleted: it is kept as {aside}, beside the book.</translation>
    </message>
</context>
</TS>
