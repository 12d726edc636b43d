<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LeadTracker</source>
        <extracomment>The icons of the side bar and the main actions, and their licence.</extracomment>
        <translation>Über LeadTracker</translation>
    </message>
    <message>
        <source>The Japan Desk&apos;s pipeline: Japanese companies from the first inquiry to their branch in Düsseldorf, and the aftercare of settled companies.</source>
        <translation>Die Pipeline des Japan Desks: japanische Unternehmen von der ersten Anfrage bis zur Niederlassung in Düsseldorf, und die Bestandspflege angesiedelter Unternehmen.</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Team-Datenbank</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation>&amp;Komponenten</translation>
    </message>
    <message>
        <source>&amp;Fonts</source>
        <translation>&amp;Schriften</translation>
    </message>
    <message>
        <source>LeadTracker is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version ({licence}).

It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.</source>
        <translation>LeadTracker ist freie Software: Sie können es unter den Bedingungen der GNU General Public License, wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version ({licence}).

Es wird in der Hoffnung verbreitet, dass es nützlich ist, aber OHNE JEDE GEWÄHRLEISTUNG; sogar ohne die implizite Gewährleistung der MARKTFÄHIGKEIT oder EIGNUNG FÜR EINEN BESTIMMTEN ZWECK.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Komponenten und ihre Lizenzen</translation>
    </message>
    <message>
        <source>{font} ({files}) — {licence}</source>
        <translation>{font} ({files}) — {licence}</translation>
    </message>
</context>
<context>
    <name>BackgroundRunner</name>
    <message>
        <source>Something went wrong that LeadTracker did not expect.</source>
        <extracomment>What a call off the UI thread returns, handed to its ``on_done``. What a long call gets to report with: a step&apos;s text and the share done (0.0–1.0). Asks who is using this PC (set by the app&apos;s window; see ``ui/shell/staff_identity.py``).</extracomment>
        <translation>Es ist ein unerwarteter Fehler in LeadTracker aufgetreten.</translation>
    </message>
    <message>
        <source>Nothing was saved by this action. The details below help to find the cause.</source>
        <translation>Durch diese Aktion wurde nichts gespeichert. Die Details unten helfen, die Ursache zu finden.</translation>
    </message>
    <message>
        <source>Choose who I am…</source>
        <translation>Auswählen, wer ich bin…</translation>
    </message>
    <message>
        <source>Nothing was saved yet: save again once you have chosen.</source>
        <translation>Noch wurde nichts gespeichert: Speichern Sie erneut, sobald Sie ausgewählt haben.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Emitted when a job starts and when the last one ends (for a busy cursor or status). A job found the database file damaged (no error dialog was shown for it).</extracomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation>Wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>before the upgrade to {revision}</source>
        <translation>vor dem Update auf {revision}</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>backed up by hand</source>
        <translation>manuell gesichert</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup of {when} ({why})?

Changes made since then are no longer shown; the database as it is now is kept as a backup first, so this can be undone.</source>
        <translation>Den gesamten Inhalt der Datenbank durch die Sicherung vom {when} ({why}) ersetzen?

Seitdem vorgenommene Änderungen werden nicht mehr angezeigt. Der aktuelle Stand der Datenbank wird vorher als Sicherung aufbewahrt, sodass sich dieser Schritt rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>The database file {path} is damaged.</source>
        <translation>Die Datenbankdatei {path} ist beschädigt.</translation>
    </message>
    <message>
        <source>There is no backup that passes the check. Keep the file as it is and ask your IT support for the copy of the file server&apos;s backup.</source>
        <translation>Keine Sicherung hat die Prüfung bestanden. Lassen Sie die Datei unverändert und bitten Sie Ihren IT-Support um die Kopie aus der Sicherung des Dateiservers.</translation>
    </message>
    <message>
        <source>The newest good backup is from {when} ({why}). Restore it? Changes made since then are lost; the damaged file is kept beside the backups.</source>
        <translation>Die neueste fehlerfreie Sicherung ist vom {when} ({why}). Soll sie wiederhergestellt werden? Seitdem vorgenommene Änderungen gehen verloren; die beschädigte Datei wird neben den Sicherungen aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>The database could not be checked</source>
        <translation>Die Datenbank konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>The database {path} is damaged: nothing is saved into it any more. Restore the newest sound backup (File → Backups…).</source>
        <translation>Die Datenbank {path} ist beschädigt: Es wird nichts mehr darin gespeichert. Stellen Sie die neueste intakte Sicherung wieder her (Datei → Sicherungen…).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <extracomment>Restore this backup (its path), confirmed by the user.</extracomment>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Backups of {name} in {folder}. A daily backup is taken when the app starts; the last 7 days and 8 weeks are kept.</source>
        <translation>Sicherungen von {name} in {folder}. Beim Start der App wird täglich eine Sicherung erstellt; aufbewahrt werden die der letzten 7 Tage und 8 Wochen.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>The backup could not be made</source>
        <translation>Die Sicherung konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Backing up …</source>
        <translation>Wird gesichert …</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Meeting briefing</source>
        <translation>Gesprächsvorbereitung</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Datum des Termins</translation>
    </message>
    <message>
        <source>Time of the meeting in Düsseldorf</source>
        <translation>Uhrzeit des Termins in Düsseldorf</translation>
    </message>
    <message>
        <source>Language of the briefing</source>
        <translation>Sprache der Gesprächsvorbereitung</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Staff of the Japan Desk who attend</source>
        <translation>Teilnehmende des Japan Desks</translation>
    </message>
    <message>
        <source>Print the project&apos;s title, not only its code name “{code}”</source>
        <translation>Den Projekttitel drucken, nicht nur den Codenamen „{code}“</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Time (Düsseldorf):</source>
        <translation>&amp;Uhrzeit (Düsseldorf):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Teilnehmende:</translation>
    </message>
    <message>
        <source>Our sta&amp;ff:</source>
        <translation>Vom &amp;Japan Desk:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dru&amp;cken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
</context>
<context>
    <name>ChangeHistory</name>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Changes of this record</source>
        <translation>Änderungsverlauf dieses Datensatzes</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>(angelegt)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>One column always stays visible</source>
        <extracomment>Under the chooser&apos;s key: the header&apos;s state, and the columns it belongs to.</extracomment>
        <translation>Eine Spalte bleibt immer sichtbar</translation>
    </message>
    <message>
        <source>&amp;Restore default columns</source>
        <translation>&amp;Standardspalten wiederherstellen</translation>
    </message>
</context>
<context>
    <name>CompanyChooser</name>
    <message>
        <source>Type part of a name (any script) …</source>
        <translation>Teil eines Namens eingeben (beliebige Schrift) …</translation>
    </message>
    <message>
        <source>New company…</source>
        <translation>Neues Unternehmen…</translation>
    </message>
    <message>
        <source>Create a new company</source>
        <translation>Ein neues Unternehmen anlegen</translation>
    </message>
    <message>
        <source>choose a company from the list that opens as you type (or clear the field)</source>
        <translation>Unternehmen aus der Liste wählen, die sich beim Tippen öffnet (oder das Feld leeren)</translation>
    </message>
</context>
<context>
    <name>CompanyEditor</name>
    <message>
        <source>13 digits</source>
        <extracomment>Asks what to do about look-alike companies: (parent, new company&apos;s name, candidates). Asks what to do about look-alikes; replace it to answer without a dialog.</extracomment>
        <translation>13 Ziffern</translation>
    </message>
    <message>
        <source>The 13-digit number of the National Tax Agency&apos;s register (法人番号)</source>
        <translation>Die 13-stellige Nummer im Register der japanischen Steuerbehörde (法人番号)</translation>
    </message>
    <message>
        <source>e.g. Amtsgericht Düsseldorf HRB 12345</source>
        <translation>z. B. Amtsgericht Düsseldorf HRB 12345</translation>
    </message>
    <message>
        <source>The company this one belongs to, e.g. the Japanese parent of a GmbH</source>
        <translation>Das Unternehmen, zu dem dieses gehört, z. B. die japanische Muttergesellschaft einer GmbH</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Japanese legal name</source>
        <translation>Japanischer Firmenname</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>Lesung (Kana)</translation>
    </message>
    <message>
        <source>English trade name</source>
        <translation>Englischer Handelsname</translation>
    </message>
    <message>
        <source>German entity</source>
        <translation>Deutsche Gesellschaft</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>Japanische Unternehmensnummer</translation>
    </message>
    <message>
        <source>Commercial register</source>
        <translation>Handelsregister</translation>
    </message>
    <message>
        <source>Headquarters in Japan</source>
        <translation>Hauptsitz in Japan</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>Präfektur</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>The company and Düsseldorf</source>
        <translation>Das Unternehmen und Düsseldorf</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation>Muttergesellschaft</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Neues Unternehmen</translation>
    </message>
    <message>
        <source>New company — not saved yet</source>
        <translation>Neues Unternehmen — noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Company #{id}</source>
        <translation>Unternehmen Nr. {id}</translation>
    </message>
    <message>
        <source>the new company</source>
        <translation>dem neuen Unternehmen</translation>
    </message>
</context>
<context>
    <name>CompanyEditorDialog</name>
    <message>
        <source>New company</source>
        <translation>Neues Unternehmen</translation>
    </message>
    <message>
        <source>Company — {name}</source>
        <translation>Unternehmen — {name}</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Japanese name</source>
        <translation>Japanischer Name</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>Hauptsitz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
</context>
<context>
    <name>CompanyWindow</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>New inquiry…</source>
        <translation>Neue Anfrage…</translation>
    </message>
    <message>
        <source>Record a new inquiry of this company (Ctrl+N)</source>
        <translation>Eine neue Anfrage dieses Unternehmens erfassen (Strg+N)</translation>
    </message>
    <message>
        <source>Add c&amp;ontact…</source>
        <translation>Kontakt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Move the company with its contacts and projects to the trash (File → Trash… restores it)</source>
        <translation>Das Unternehmen mit seinen Kontakten und Projekten in den Papierkorb verschieben (Datei → Papierkorb… stellt es wieder her)</translation>
    </message>
    <message>
        <source>Do&amp;ssier</source>
        <translation>D&amp;ossier</translation>
    </message>
    <message>
        <source>Print the company&apos;s dossier or save it as a PDF</source>
        <translation>Das Dossier des Unternehmens drucken oder als PDF speichern</translation>
    </message>
    <message>
        <source>Print dossier…</source>
        <translation>Dossier drucken…</translation>
    </message>
    <message>
        <source>Save dossier as PDF…</source>
        <translation>Dossier als PDF speichern…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Show the titles of code-named projects</source>
        <translation>Titel von Projekten mit Codenamen anzeigen</translation>
    </message>
    <message>
        <source>Dossier {name}</source>
        <translation>Dossier {name}</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Projekte</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>Ä&amp;nderungsverlauf</translation>
    </message>
    <message>
        <source>T&amp;asks ({count})</source>
        <translation>&amp;Aufgaben ({count})</translation>
    </message>
    <message>
        <source>&amp;Contacts ({count})</source>
        <translation>&amp;Kontakte ({count})</translation>
    </message>
    <message>
        <source>&amp;Projects ({count})</source>
        <translation>&amp;Projekte ({count})</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a team database</source>
        <translation>Mit einer Team-Datenbank verbinden</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>TL&amp;S mode</source>
        <translation>TLS-&amp;Modus</translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <source>&amp;Root certificate</source>
        <translation>&amp;Stammzertifikat</translation>
    </message>
    <message>
        <source>The password is kept in this PC&apos;s keychain, never in LeadTracker&apos;s settings. Leave it empty to use the keychain&apos;s, PGPASSWORD or .pgpass.</source>
        <translation>Das Passwort wird im Schlüsselbund dieses PCs aufbewahrt, nie in den Einstellungen von LeadTracker. Leer lassen, um das des Schlüsselbunds, PGPASSWORD oder .pgpass zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Result of the test</source>
        <translation>Ergebnis des Tests</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>The server&apos;s root certificate</source>
        <translation>Das Stammzertifikat des Servers</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connecting …</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL {version}</source>
        <translation>Verbunden: PostgreSQL {version}</translation>
    </message>
    <message>
        <source>The connection could not be tested</source>
        <translation>Die Verbindung konnte nicht getestet werden</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>e.g. 欧州営業部 部長 / General Manager, Sales Europe</source>
        <translation>z. B. 欧州営業部 部長 / General Manager, Sales Europe</translation>
    </message>
    <message>
        <source>e.g. newsletter and event invitations</source>
        <translation>z. B. Newsletter und Einladungen zu Veranstaltungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kanji</source>
        <translation>Kanji</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <source>Romaji</source>
        <translation>Romaji</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>kanji</source>
        <translation>Kanji</translation>
    </message>
    <message>
        <source>kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <source>romaji</source>
        <translation>Romaji</translation>
    </message>
    <message>
        <source>{name} in {script}</source>
        <translation>{name} in {script}</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Company and position</source>
        <translation>Unternehmen und Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Einwilligung erteilt am</translation>
    </message>
    <message>
        <source>Consent covers</source>
        <translation>Einwilligung umfasst</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>New contact — not saved yet</source>
        <translation>Neuer Kontakt — noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Contact #{id}</source>
        <translation>Kontakt Nr. {id}</translation>
    </message>
    <message>
        <source>the new contact</source>
        <translation>dem neuen Kontakt</translation>
    </message>
</context>
<context>
    <name>ContactEditorDialog</name>
    <message>
        <source>New contact</source>
        <extracomment>Makes the *Personal data* button of a saved contact: ``(contact id, reload, parent)``.</extracomment>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Contact — {name}</source>
        <translation>Kontakt — {name}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ContactRecord</name>
    <message>
        <source>Changes of this contact</source>
        <translation>Änderungen dieses Kontakts</translation>
    </message>
    <message>
        <source>Activities and tasks</source>
        <translation>Aktivitäten und Aufgaben</translation>
    </message>
    <message>
        <source>C&amp;hanges…</source>
        <translation>Ä&amp;nderungen…</translation>
    </message>
    <message>
        <source>Who changed what of this contact, and when</source>
        <translation>Wer was an diesem Kontakt geändert hat, und wann</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Move this contact to the trash (File → Trash… restores it)</source>
        <translation>Diesen Kontakt in den Papierkorb verschieben (Datei → Papierkorb… stellt ihn wieder her)</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>ContactWork</name>
    <message>
        <source>Activities with this contact ({count})</source>
        <translation>Aktivitäten mit diesem Kontakt ({count})</translation>
    </message>
    <message>
        <source>Tasks of their company ({count})</source>
        <translation>Aufgaben des Unternehmens ({count})</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>€{number} billion</source>
        <translation>{number} Mrd. €</translation>
    </message>
    <message>
        <source>€{number} million</source>
        <translation>{number} Mio. €</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>FY{year}</source>
        <translation>FY{year}</translation>
    </message>
    <message>
        <source>Q{number} {year}</source>
        <translation>Q{number} {year}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <extracomment>The figures shown (``None`` until the first load).</extracomment>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the figures again (F5)</source>
        <translation>Zahlen neu laden (F5)</translation>
    </message>
    <message>
        <source>Pipeline summary…</source>
        <translation>Pipeline-Bericht…</translation>
    </message>
    <message>
        <source>The figures of this period as a PDF or Excel file for management</source>
        <translation>Die Zahlen dieses Zeitraums als PDF- oder Excel-Datei für die Leitung</translation>
    </message>
    <message>
        <source>Inquiries received</source>
        <translation>Eingegangene Anfragen</translation>
    </message>
    <message>
        <source>Active projects</source>
        <translation>Aktive Projekte</translation>
    </message>
    <message>
        <source>Landed</source>
        <translation>Angesiedelt</translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation>Geplante Arbeitsplätze</translation>
    </message>
    <message>
        <source>Planned investment</source>
        <translation>Geplante Investition</translation>
    </message>
    <message>
        <source>Loading …</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded</source>
        <translation>Die Übersicht konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>{span} · in progress: figures so far</source>
        <translation>{span} · laufend: bisherige Zahlen</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Aktualisiert um {time}</translation>
    </message>
    <message>
        <source>{count} in {period}</source>
        <translation>{count} in {period}</translation>
    </message>
    <message>
        <source>Inquiries (new projects) received in {period}</source>
        <translation>In {period} eingegangene Anfragen (neue Projekte)</translation>
    </message>
    <message>
        <source>today; {count} of them on hold</source>
        <translation>heute; davon {count} pausiert</translation>
    </message>
    <message>
        <source>Projects today that have not landed, been lost or withdrawn</source>
        <translation>Projekte, die heute weder angesiedelt, verloren noch zurückgezogen sind</translation>
    </message>
    <message>
        <source>planned in {count} active projects</source>
        <translation>geplant in {count} aktiven Projekten</translation>
    </message>
    <message>
        <source>Jobs planned by the active projects (not jobs at opening)</source>
        <translation>Von den aktiven Projekten geplante Arbeitsplätze (nicht Arbeitsplätze bei Eröffnung)</translation>
    </message>
    <message>
        <source>{amount} planned by the active projects (not actual investment)</source>
        <translation>{amount} von den aktiven Projekten geplant (keine tatsächliche Investition)</translation>
    </message>
    <message>
        <source>Benchmark {low}–{high} per year</source>
        <translation>Richtwert {low}–{high} pro Jahr</translation>
    </message>
    <message>
        <source>{benchmark} (about {low}–{high} in this period)</source>
        <translation>{benchmark} (etwa {low}–{high} in diesem Zeitraum)</translation>
    </message>
    <message>
        <source>{benchmark}; {count} in {period}</source>
        <translation>{benchmark}; {count} in {period}</translation>
    </message>
    <message>
        <source>below the benchmark</source>
        <translation>unter dem Richtwert</translation>
    </message>
    <message>
        <source>within the benchmark</source>
        <translation>im Richtwert</translation>
    </message>
    <message>
        <source>above the benchmark</source>
        <translation>über dem Richtwert</translation>
    </message>
    <message>
        <source>Branches opened so far; the period is still running.</source>
        <translation>Bisher eröffnete Niederlassungen; der Zeitraum läuft noch.</translation>
    </message>
    <message>
        <source>Branches opened in {period}: {standing}.</source>
        <translation>In {period} eröffnete Niederlassungen: {standing}.</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <source>The record could not be deleted</source>
        <extracomment>Records were changed (once a turn of the event loop): record windows reload. A new inquiry (a company id to take it for, or ``None``). A new contact at a company (its id, or ``None``: chosen in the editor). Work on another database file (its path), chosen in Settings. Replace the database&apos;s contents with a backup (its path), confirmed by the user. A record went to the trash (its kind and id): its windows close.</extracomment>
        <translation>Der Datensatz konnte nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Save as Excel workbook</source>
        <translation>Als Excel-Arbeitsmappe speichern</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The document could not be saved</source>
        <translation>Das Dokument konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Preparing the document …</source>
        <translation>Dokument wird vorbereitet …</translation>
    </message>
    <message>
        <source>The document could not be printed</source>
        <translation>Das Dokument konnte nicht gedruckt werden</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>{title} drucken</translation>
    </message>
    <message>
        <source>The printer could not be started. Is a printer set up on this PC?</source>
        <translation>Der Drucker konnte nicht gestartet werden. Ist auf diesem PC ein Drucker eingerichtet?</translation>
    </message>
</context>
<context>
    <name>DuplicateCandidatesModel</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Japanese name</source>
        <translation>Japanischer Name</translation>
    </message>
    <message>
        <source>HQ in Japan</source>
        <translation>Hauptsitz in Japan</translation>
    </message>
    <message>
        <source>Why it looks the same</source>
        <translation>Grund der Ähnlichkeit</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <source>“{name}” may already be in LeadTracker. Open the existing company instead of creating a second record, or create it anyway if it is a different company.</source>
        <translation>„{name}“ ist möglicherweise bereits in LeadTracker vorhanden. Öffnen Sie das vorhandene Unternehmen, statt einen zweiten Datensatz anzulegen, oder legen Sie es trotzdem an, wenn es sich um ein anderes Unternehmen handelt.</translation>
    </message>
    <message>
        <source>Existing companies like this one</source>
        <translation>Vorhandene ähnliche Unternehmen</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>Vorhandenes öffnen</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Trotzdem anlegen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Open the selected company instead (Enter)</source>
        <translation>Stattdessen das ausgewählte Unternehmen öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Return to the form to change it (Esc)</source>
        <translation>Zum Formular zurückkehren, um es zu ändern (Esc)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>All tables</source>
        <extracomment>The tables by the names the app shows.</extracomment>
        <translation>Alle Tabellen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Phasenverlauf</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Tables to export</source>
        <translation>Zu exportierende Tabellen</translation>
    </message>
    <message>
        <source>&amp;Excel workbook (.xlsx)</source>
        <translation>&amp;Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <source>&amp;CSV (UTF-8, one file per table)</source>
        <translation>&amp;CSV (UTF-8, eine Datei pro Tabelle)</translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation>&amp;Tabellen:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export all tables as CSV into a folder</source>
        <translation>Alle Tabellen als CSV in einen Ordner exportieren</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Problem with {field}</source>
        <extracomment>Red that reads on white and on the light grey of a window (WCAG AA, 4.5:1 and more).</extracomment>
        <translation>Problem im Feld {field}</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Please correct the field marked below.</source>
        <extracomment>What of an input counts for unsaved changes, by its kind. Emitted when the form gets or loses unsaved changes. Emitted on every edit of any field. While set, :meth:`reading` gives None for unreadable input instead of raising.</extracomment>
        <translation>Bitte korrigieren Sie das unten markierte Feld.</translation>
    </message>
    <message>
        <source>Please correct the {count} fields marked below.</source>
        <translation>Bitte korrigieren Sie die {count} unten markierten Felder.</translation>
    </message>
</context>
<context>
    <name>FormInputs</name>
    <message>
        <source>“{text}” is not a whole number</source>
        <translation>„{text}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>“{text}” is not an amount like 2,500,000 or 2.5 Mio</source>
        <translation>„{text}“ ist kein Betrag wie 2.500.000 oder 2,5 Mio</translation>
    </message>
    <message>
        <source>“{text}” has more than two decimal places (cents)</source>
        <translation>„{text}“ hat mehr als zwei Nachkommastellen (Cent)</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>z. B. {example}</translation>
    </message>
    <message>
        <source>e.g. 2.5 Mio</source>
        <translation>z. B. 2,5 Mio</translation>
    </message>
    <message>
        <source>An amount in euros, e.g. 2,500,000 or 2.5 Mio</source>
        <translation>Ein Betrag in Euro, z. B. 2.500.000 oder 2,5 Mio</translation>
    </message>
    <message>
        <source>Tick to enter a date</source>
        <translation>Ankreuzen, um ein Datum einzugeben</translation>
    </message>
    <message>
        <source>{field}: has a date</source>
        <translation>{field}: hat ein Datum</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <extracomment>Imports a file as asked (see services/importing/entry.py: ``import_file``). What the empty choice of the &quot;Imported as&quot; column means. Records were imported (the report).</extracomment>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;auswählen…</translation>
    </message>
    <message>
        <source>What the rows are</source>
        <translation>Inhalt der Zeilen</translation>
    </message>
    <message>
        <source>Companies and contacts already there</source>
        <translation>Bereits vorhandene Unternehmen und Kontakte</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Update them with the file&apos;s values</source>
        <translation>Mit den Werten aus der Datei aktualisieren</translation>
    </message>
    <message>
        <source>Add them again anyway</source>
        <translation>Trotzdem erneut hinzufügen</translation>
    </message>
    <message>
        <source>How the file&apos;s columns are read</source>
        <translation>Wie die Spalten der Datei gelesen werden</translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file with one company, contact or project per row, a whole exported workbook, or a .vcf file of contacts.</source>
        <translation>Wählen Sie eine .csv- oder .xlsx-Datei mit einem Unternehmen, Kontakt oder Projekt pro Zeile, eine komplette exportierte Arbeitsmappe oder eine .vcf-Datei mit Kontakten.</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>In der Datei gefundene Probleme</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Rows are:</source>
        <translation>&amp;Zeilen sind:</translation>
    </message>
    <message>
        <source>&amp;Already in the database:</source>
        <translation>&amp;Bereits in der Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Every sheet of an exported workbook</source>
        <translation>Alle Blätter einer exportierten Arbeitsmappe</translation>
    </message>
    <message>
        <source>Contacts (vCards)</source>
        <translation>Kontakte (vCards)</translation>
    </message>
    <message>
        <source>Lists, workbooks and contacts (*.csv *.xlsx *.vcf)</source>
        <translation>Listen, Arbeitsmappen und Kontakte (*.csv *.xlsx *.vcf)</translation>
    </message>
    <message>
        <source>Checking {name} …</source>
        <translation>{name} wird geprüft …</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>Die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The file could not be imported</source>
        <translation>Die Datei konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Wird importiert …</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Erste Zeile</translation>
    </message>
    <message>
        <source>Imported as, for column {name}</source>
        <translation>Importiert als, für Spalte {name}</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— nicht importiert —</translation>
    </message>
    <message>
        <source>Rows: {rows} — to create: {created}, to update: {updated}, to skip: {skipped}.</source>
        <translation>Zeilen: {rows} — anzulegen: {created}, zu aktualisieren: {updated}, zu überspringen: {skipped}.</translation>
    </message>
    <message>
        <source>Rows: {rows} — created: {created}, updated: {updated}, skipped: {skipped}.</source>
        <translation>Zeilen: {rows} — angelegt: {created}, aktualisiert: {updated}, übersprungen: {skipped}.</translation>
    </message>
    <message>
        <source>Rows checked: {rows}.</source>
        <translation>Geprüfte Zeilen: {rows}.</translation>
    </message>
    <message>
        <source>By sheet: {sheets}</source>
        <translation>Nach Blatt: {sheets}</translation>
    </message>
    <message>
        <source>Read as {encoding}.</source>
        <translation>Gelesen als {encoding}.</translation>
    </message>
    <message>
        <source>Columns left out: {columns}</source>
        <translation>Nicht übernommene Spalten: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing can be imported until they are fixed.</source>
        <translation>
            <numerusform>%n Problem: Es kann nichts importiert werden, bis es behoben ist.</numerusform>
            <numerusform>%n Probleme: Es kann nichts importiert werden, bis sie behoben sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Actual investment (EUR)</source>
        <translation>Tatsächliche Investition (EUR)</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Geändert am</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Code name</source>
        <translation>Codename</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Unternehmens-ID</translation>
    </message>
    <message>
        <source>Competing locations</source>
        <translation>Konkurrierende Standorte</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <source>Consent scope</source>
        <translation>Umfang der Einwilligung</translation>
    </message>
    <message>
        <source>Contact IDs</source>
        <translation>Kontakt-IDs</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>Japanische Unternehmensnummer</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Entscheidungsdatum</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Family name (kana)</source>
        <translation>Nachname (Kana)</translation>
    </message>
    <message>
        <source>Family name (kanji)</source>
        <translation>Nachname (Kanji)</translation>
    </message>
    <message>
        <source>Family name (romaji)</source>
        <translation>Nachname (Romaji)</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>Von Phase</translation>
    </message>
    <message>
        <source>Given name (kana)</source>
        <translation>Vorname (Kana)</translation>
    </message>
    <message>
        <source>Given name (kanji)</source>
        <translation>Vorname (Kanji)</translation>
    </message>
    <message>
        <source>Given name (romaji)</source>
        <translation>Vorname (Romaji)</translation>
    </message>
    <message>
        <source>HQ city</source>
        <translation>Stadt des Hauptsitzes</translation>
    </message>
    <message>
        <source>HQ prefecture</source>
        <translation>Präfektur des Hauptsitzes</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Jobs at opening</source>
        <translation>Arbeitsplätze bei Eröffnung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Lease signed on</source>
        <translation>Mietvertrag unterzeichnet am</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Absagegrund</translation>
    </message>
    <message>
        <source>Lost to</source>
        <translation>Verloren an</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (englisch)</translation>
    </message>
    <message>
        <source>Name (German)</source>
        <translation>Name (deutsch)</translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation>Name (japanisch)</translation>
    </message>
    <message>
        <source>Name (kana)</source>
        <translation>Name (Kana)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Occurred at</source>
        <translation>Stattgefunden am</translation>
    </message>
    <message>
        <source>Office space (m²)</source>
        <translation>Bürofläche (m²)</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Eröffnet am</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation>Muttergesellschaft</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Planned investment (EUR)</source>
        <translation>Geplante Investition (EUR)</translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation>Geplante Arbeitsplätze</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Register entry on</source>
        <translation>Handelsregistereintrag am</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Handelsregisternummer</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Beginnt am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>Nach Phase</translation>
    </message>
    <message>
        <source>Trade registered on</source>
        <translation>Gewerbe angemeldet am</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
</context>
<context>
    <name>LandedChart</name>
    <message>
        <source>Landed per year</source>
        <translation>Ansiedlungen pro Jahr</translation>
    </message>
    <message>
        <source>Landed per fiscal year (April–March)</source>
        <translation>Ansiedlungen pro japanischem Geschäftsjahr (April–März)</translation>
    </message>
    <message>
        <source>Landed (branch opened)</source>
        <translation>Angesiedelt (Niederlassung eröffnet)</translation>
    </message>
    <message>
        <source>Benchmark {low}–{high} per year</source>
        <translation>Richtwert {low}–{high} pro Jahr</translation>
    </message>
    <message>
        <source>{year}: {count}</source>
        <translation>{year}: {count}</translation>
    </message>
    <message>
        <source>{year}: {count} landed
{span}</source>
        <translation>{year}: {count} angesiedelt
{span}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{count} projects</source>
        <translation>{count} Projekte</translation>
    </message>
    <message>
        <source>Filter companies (name, reading, city …)</source>
        <translation>Unternehmen filtern (Name, Lesung, Stadt …)</translation>
    </message>
    <message>
        <source>{count} companies</source>
        <translation>{count} Unternehmen</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} Kontakte</translation>
    </message>
    <message>
        <source>{where} — LeadTracker — Japan Desk</source>
        <translation>{where} — LeadTracker — Japan Desk</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Mein Tag</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Partners &amp; events</source>
        <translation>Partner &amp; Veranstaltungen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>New inquiry…</source>
        <translation>Neue Anfrage…</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>New &amp;company…</source>
        <translation>Neues &amp;Unternehmen…</translation>
    </message>
    <message>
        <source>New c&amp;ontact…</source>
        <translation>Neuer &amp;Kontakt…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papierkorb…</translation>
    </message>
    <message>
        <source>&amp;Retention review…</source>
        <translation>&amp;Aufbewahrungsprüfung…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>&amp;Pipeline summary…</source>
        <translation>&amp;Pipeline-Bericht…</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Da&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About LeadTracker…</source>
        <translation>Ü&amp;ber LeadTracker…</translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation>Über &amp;Qt…</translation>
    </message>
    <message>
        <source>Filter projects (title, code name, company …)</source>
        <extracomment>What the pages show, by the kinds of record a change must touch to reload them.</extracomment>
        <translation>Projekte filtern (Titel, Codename, Unternehmen …)</translation>
    </message>
    <message>
        <source>Filter contacts (name in any script, company, email …)</source>
        <translation>Kontakte filtern (Name in beliebiger Schrift, Unternehmen, E-Mail …)</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>&amp;Neues Unternehmen…</translation>
    </message>
    <message>
        <source>&amp;New contact…</source>
        <translation>&amp;Neuer Kontakt…</translation>
    </message>
    <message>
        <source>{path} — {companies} companies, {contacts} contacts, {projects} projects</source>
        <translation>{path} — {companies} Unternehmen, {contacts} Kontakte, {projects} Projekte</translation>
    </message>
    <message>
        <source>The records could not be counted</source>
        <translation>Die Datensätze konnten nicht gezählt werden</translation>
    </message>
    <message>
        <source>Backups</source>
        <extracomment>Companies in the demo data offered on the first start.</extracomment>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>This database is on a team server. Its backups are made on the server by your IT department; LeadTracker cannot back up or restore a server database yet.</source>
        <translation>Diese Datenbank liegt auf einem Team-Server. Ihre Sicherungen macht Ihre IT-Abteilung auf dem Server; LeadTracker kann eine Server-Datenbank noch nicht sichern oder wiederherstellen.</translation>
    </message>
    <message>
        <source>Welcome to LeadTracker</source>
        <translation>Willkommen bei LeadTracker</translation>
    </message>
    <message>
        <source>Your database is empty.</source>
        <translation>Ihre Datenbank ist leer.</translation>
    </message>
    <message>
        <source>It is stored in {path}.

Load demo data ({count} made-up companies with contacts, projects and activities) to explore LeadTracker? For real work, create a new, empty database later under Settings.</source>
        <translation>Sie ist unter {path} gespeichert.

Demodaten laden ({count} erfundene Unternehmen mit Kontakten, Projekten und Aktivitäten), um LeadTracker kennenzulernen? Für die echte Arbeit legen Sie später unter Einstellungen eine neue, leere Datenbank an.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Demodaten laden</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <source>The demo data could not be loaded</source>
        <translation>Die Demodaten konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Loading demo data …</source>
        <translation>Demodaten werden geladen …</translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}</source>
        <translation>{path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>LeadTracker</source>
        <translation>LeadTracker</translation>
    </message>
    <message>
        <source>Open a local database file</source>
        <translation>Eine lokale Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>LeadTracker database (*.sqlite *.db);;All files (*)</source>
        <translation>LeadTracker-Datenbank (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Database on a network drive</source>
        <translation>Datenbank auf einem Netzlaufwerk</translation>
    </message>
    <message>
        <source>{path} is on a network drive. When two PCs write to it at the same time, the file can be damaged. Keep the database on this PC and share exports, or let one PC at a time use it.</source>
        <translation>{path} liegt auf einem Netzlaufwerk. Wenn zwei PCs gleichzeitig darauf schreiben, kann die Datei beschädigt werden. Speichern Sie die Datenbank auf diesem PC und geben Sie Exporte weiter, oder lassen Sie jeweils nur einen PC darauf zugreifen.</translation>
    </message>
    <message>
        <source>LeadTracker — Japan Desk</source>
        <translation>LeadTracker — Japan Desk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation>Hauptaktionen</translation>
    </message>
    <message>
        <source>{title} ({keys})</source>
        <translation>{title} ({keys})</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>, </source>
        <extracomment>The interface languages: English is the source, the others are translated. The environment switch of the stretched-text check.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>{label}: {problem}</source>
        <translation>{label}: {problem}</translation>
    </message>
    <message>
        <source>A project in “{source}” cannot move to “{target}”.</source>
        <translation>Ein Projekt in „{source}“ kann nicht nach „{target}“ verschoben werden.</translation>
    </message>
    <message>
        <source>A project in “{source}” is closed: reopen it first by moving it to “{first}” (or another open stage).</source>
        <translation>Ein Projekt in „{source}“ ist abgeschlossen: Öffnen Sie es zuerst wieder, indem Sie es nach „{first}“ (oder in eine andere offene Phase) verschieben.</translation>
    </message>
    <message>
        <source>A project must be qualified before it can be won (it is in “{stage}”).</source>
        <translation>Ein Projekt muss qualifiziert sein, bevor es gewonnen werden kann (es befindet sich in „{stage}“).</translation>
    </message>
    <message>
        <source>A project must be qualified before it can be won (it is in “{stage}”): move it to “{next}” first.</source>
        <translation>Ein Projekt muss qualifiziert sein, bevor es gewonnen werden kann (es befindet sich in „{stage}“): Verschieben Sie es zuerst nach „{next}“.</translation>
    </message>
    <message>
        <source>A project must be qualified before it can be won (it never went past “{stage}”).</source>
        <translation>Ein Projekt muss qualifiziert sein, bevor es gewonnen werden kann (es ist nie über „{stage}“ hinausgekommen).</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Actual investment</source>
        <translation>Tatsächliche Investition</translation>
    </message>
    <message>
        <source>Actual investment (EUR)</source>
        <translation>Tatsächliche Investition (EUR)</translation>
    </message>
    <message>
        <source>Choose at least one table to export.</source>
        <translation>Wählen Sie mindestens eine Tabelle für den Export.</translation>
    </message>
    <message>
        <source>Choose who is using this PC before saving changes: LeadTracker records every change with the name of the person who made it.</source>
        <translation>Wählen Sie vor dem Speichern aus, wer diesen PC benutzt: LeadTracker vermerkt jede Änderung mit dem Namen der Person, die sie vorgenommen hat.</translation>
    </message>
    <message>
        <source>Code name</source>
        <translation>Codename</translation>
    </message>
    <message>
        <source>Commercial register entry (Handelsregister)</source>
        <translation>Eintragung ins Handelsregister</translation>
    </message>
    <message>
        <source>Commercial register number</source>
        <translation>Handelsregisternummer</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Competing locations</source>
        <translation>Konkurrierende Standorte</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <source>Consent scope</source>
        <translation>Umfang der Einwilligung</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>Japanische Unternehmensnummer</translation>
    </message>
    <message>
        <source>Database: this must be filled in</source>
        <translation>Datenbank: muss ausgefüllt werden</translation>
    </message>
    <message>
        <source>Database: {value} may not contain spaces</source>
        <translation>Datenbank: {value} darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>Date of the move</source>
        <translation>Datum des Phasenwechsels</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Entscheidungsdatum</translation>
    </message>
    <message>
        <source>Deleted into the trash / restored</source>
        <translation>In den Papierkorb gelegt / wiederhergestellt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Erased in the records: contact {ids}. Their old values are still in the database file while another program reads it (LeadTracker open in another window?): close it, then erase again to finish.</source>
        <translation>In den Datensätzen gelöscht: Kontakt {ids}. Die alten Werte stehen noch in der Datenbankdatei, solange ein anderes Programm sie liest (LeadTracker in einem anderen Fenster geöffnet?): Schließen Sie es und löschen Sie erneut, um den Vorgang abzuschließen.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Family name (kana)</source>
        <translation>Nachname (Kana)</translation>
    </message>
    <message>
        <source>Family name (kanji)</source>
        <translation>Nachname (Kanji)</translation>
    </message>
    <message>
        <source>Family name (romaji)</source>
        <translation>Nachname (Romaji)</translation>
    </message>
    <message>
        <source>Given name (kana)</source>
        <translation>Vorname (Kana)</translation>
    </message>
    <message>
        <source>Given name (kanji)</source>
        <translation>Vorname (Kanji)</translation>
    </message>
    <message>
        <source>Given name (romaji)</source>
        <translation>Vorname (Romaji)</translation>
    </message>
    <message>
        <source>HQ city</source>
        <translation>Stadt des Hauptsitzes</translation>
    </message>
    <message>
        <source>HQ prefecture</source>
        <translation>Präfektur des Hauptsitzes</translation>
    </message>
    <message>
        <source>Host: this must be filled in</source>
        <translation>Host: muss ausgefüllt werden</translation>
    </message>
    <message>
        <source>Host: {value} may not contain spaces</source>
        <translation>Host: {value} darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Jobs at opening</source>
        <translation>Arbeitsplätze bei Eröffnung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Location chosen instead</source>
        <translation>Stattdessen gewählter Standort</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Moving to “{stage}” needs: {names}.</source>
        <translation>Das Verschieben nach „{stage}“ erfordert: {names}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (englisch)</translation>
    </message>
    <message>
        <source>Name (German)</source>
        <translation>Name (deutsch)</translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation>Name (japanisch)</translation>
    </message>
    <message>
        <source>Name (kana)</source>
        <translation>Name (Kana)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Nothing was imported: 1 problem in the file</source>
        <translation>Nichts wurde importiert: 1 Problem in der Datei</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} problems in the file</source>
        <translation>Nichts wurde importiert: {count} Probleme in der Datei</translation>
    </message>
    <message>
        <source>Nothing with the number {id} is in the trash.</source>
        <translation>Im Papierkorb ist nichts mit der Nummer {id}.</translation>
    </message>
    <message>
        <source>Office lease signed</source>
        <translation>Büromietvertrag unterzeichnet</translation>
    </message>
    <message>
        <source>Office space</source>
        <translation>Bürofläche</translation>
    </message>
    <message>
        <source>Office space (m²)</source>
        <translation>Bürofläche (m²)</translation>
    </message>
    <message>
        <source>Opening date</source>
        <translation>Eröffnungsdatum</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation>Muttergesellschaft</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>Arbeits- und Aufenthaltsgenehmigungen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Planned investment</source>
        <translation>Geplante Investition</translation>
    </message>
    <message>
        <source>Planned investment (EUR)</source>
        <translation>Geplante Investition (EUR)</translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation>Geplante Arbeitsplätze</translation>
    </message>
    <message>
        <source>Port: {value} is not a port number (1–65535)</source>
        <translation>Port: {value} ist keine Portnummer (1–65535)</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Referring partner</source>
        <translation>Vermittelnder Partner</translation>
    </message>
    <message>
        <source>Root certificate: {mode} needs the certificate file</source>
        <translation>Stammzertifikat: {mode} braucht die Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Several staff members are called “{name}”: give their initials ({initials})</source>
        <translation>Mehrere Mitarbeitende heißen „{name}“: geben Sie ihr Kürzel an ({initials})</translation>
    </message>
    <message>
        <source>Shift_JIS (Japanese Excel&apos;s “CSV”)</source>
        <translation>Shift_JIS („CSV“ aus japanischem Excel)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Beginnt am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>TLS mode: {value} is not known</source>
        <translation>TLS-Modus: {value} ist unbekannt</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The activity</source>
        <translation>Die Aktivität</translation>
    </message>
    <message>
        <source>The backup cannot be restored: {problem}.</source>
        <translation>Die Sicherung kann nicht wiederhergestellt werden: {problem}.</translation>
    </message>
    <message>
        <source>The branch has opened (“{source}”): the project can only go on to aftercare. An expansion of the company is a new project.</source>
        <translation>Die Niederlassung ist eröffnet („{source}“): Das Projekt kann nur noch in die Bestandspflege. Eine Erweiterung des Unternehmens ist ein neues Projekt.</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>Das Unternehmen</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>Der Kontakt</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened ({problem}).</source>
        <translation>Die Datenbank {path} kann nicht geöffnet werden ({problem}).</translation>
    </message>
    <message>
        <source>The database {path} cannot be used ({problem}); `leadtracker check` tells more.</source>
        <translation>Die Datenbank {path} kann nicht verwendet werden ({problem}); `leadtracker check` sagt mehr.</translation>
    </message>
    <message>
        <source>The database {path} is busy: another program is writing to it. Try again in a moment.</source>
        <translation>Die Datenbank {path} ist belegt: Ein anderes Programm schreibt gerade hinein. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({problem}): `leadtracker check` names the newest sound backup.</source>
        <translation>Die Datenbank {path} ist beschädigt ({problem}): `leadtracker check` nennt die neueste intakte Sicherung.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: make room and try again.</source>
        <translation>Der Datenträger mit {path} ist voll: Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only for you, and SQLite needs to write its journal beside the database: allow writing there, or open a copy.</source>
        <translation>Der Ordner {folder} ist für Sie schreibgeschützt, und SQLite muss sein Journal neben die Datenbank schreiben: Erlauben Sie dort das Schreiben oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <source>The move of “{project}” to “{stage}” can no longer be undone: it has already been undone.</source>
        <translation>Das Verschieben von „{project}“ nach „{stage}“ kann nicht mehr rückgängig gemacht werden: Es wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The move of “{project}” to “{stage}” can no longer be undone: the project has been moved since (it is now in “{now}”).</source>
        <translation>Das Verschieben von „{project}“ nach „{stage}“ kann nicht mehr rückgängig gemacht werden: Das Projekt wurde inzwischen verschoben (es ist jetzt in „{now}“).</translation>
    </message>
    <message>
        <source>The move of “{project}” to “{stage}” can no longer be undone: the project&apos;s history does not match it.</source>
        <translation>Das Verschieben von „{project}“ nach „{stage}“ kann nicht mehr rückgängig gemacht werden: Der Verlauf des Projekts passt nicht dazu.</translation>
    </message>
    <message>
        <source>The move of “{project}” to “{stage}” cannot be made again: it has not been undone.</source>
        <translation>Das Verschieben von „{project}“ nach „{stage}“ kann nicht wiederholt werden: Es wurde nicht rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The move of “{project}” to “{stage}” cannot be made again: the project has been moved since (it is now in “{now}”).</source>
        <translation>Das Verschieben von „{project}“ nach „{stage}“ kann nicht wiederholt werden: Das Projekt wurde inzwischen verschoben (es ist jetzt in „{now}“).</translation>
    </message>
    <message>
        <source>The password for {address} cannot be kept in this PC&apos;s keychain ({problem})</source>
        <translation>Das Passwort für {address} kann nicht im Schlüsselbund dieses PCs aufbewahrt werden ({problem})</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Das Projekt</translation>
    </message>
    <message>
        <source>The project is already in “{stage}”.</source>
        <translation>Das Projekt ist bereits in „{stage}“.</translation>
    </message>
    <message>
        <source>The task</source>
        <translation>Die Aufgabe</translation>
    </message>
    <message>
        <source>The {table} table has {rows} rows, more than an Excel sheet holds ({most}); export it as CSV instead.</source>
        <translation>Die Tabelle {table} hat {rows} Zeilen, mehr als ein Excel-Blatt fasst ({most}); exportieren Sie sie stattdessen als CSV.</translation>
    </message>
    <message>
        <source>There is no activity with id {id}.</source>
        <translation>Es gibt keine Aktivität mit der ID {id}.</translation>
    </message>
    <message>
        <source>There is no company with id {id}.</source>
        <translation>Es gibt kein Unternehmen mit der ID {id}.</translation>
    </message>
    <message>
        <source>There is no contact with id {id}.</source>
        <translation>Es gibt keinen Kontakt mit der ID {id}.</translation>
    </message>
    <message>
        <source>There is no project with id {id}.</source>
        <translation>Es gibt kein Projekt mit der ID {id}.</translation>
    </message>
    <message>
        <source>There is no staff member with id {id}</source>
        <translation>Es gibt keine Mitarbeiterin und keinen Mitarbeiter mit der ID {id}</translation>
    </message>
    <message>
        <source>There is no staff member “{name}”: no staff are recorded</source>
        <translation>Es gibt niemanden namens „{name}“: Es sind keine Mitarbeitenden erfasst</translation>
    </message>
    <message>
        <source>There is no staff member “{name}”; the staff: {known}</source>
        <translation>Es gibt niemanden namens „{name}“ im Team; das Team: {known}</translation>
    </message>
    <message>
        <source>There is no table “{table}” to export; the tables are: {tables}.</source>
        <translation>Es gibt keine Tabelle „{table}“ zum Exportieren; die Tabellen sind: {tables}.</translation>
    </message>
    <message>
        <source>There is no task with id {id}.</source>
        <translation>Es gibt keine Aufgabe mit der ID {id}.</translation>
    </message>
    <message>
        <source>There is no {kind} with the ID {id}.</source>
        <translation>{kind} mit der ID {id} ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Trade registration (Gewerbeanmeldung)</source>
        <translation>Gewerbeanmeldung</translation>
    </message>
    <message>
        <source>Type of project</source>
        <translation>Projektart</translation>
    </message>
    <message>
        <source>UTF-16 with byte order mark (Excel&apos;s “Unicode text”)</source>
        <translation>UTF-16 mit Byte-Order-Mark (Excels „Unicode-Text“)</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark (Excel&apos;s “CSV UTF-8”)</source>
        <translation>UTF-8 mit Byte-Order-Mark („CSV UTF-8“ aus Excel)</translation>
    </message>
    <message>
        <source>Unknown stage “{stage}”.</source>
        <translation>Unbekannte Phase „{stage}“.</translation>
    </message>
    <message>
        <source>User: this must be filled in</source>
        <translation>Benutzer: muss ausgefüllt werden</translation>
    </message>
    <message>
        <source>User: {value} may not contain spaces</source>
        <translation>Benutzer: {value} darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Windows-1252 (German Excel&apos;s “CSV”)</source>
        <translation>Windows-1252 („CSV“ aus deutschem Excel)</translation>
    </message>
    <message>
        <source>Years without activity must be from 0 to {most} (got {years}).</source>
        <translation>Die Jahre ohne Aktivität müssen zwischen 0 und {most} liegen (angegeben: {years}).</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>[erased]</source>
        <translation>[gelöscht]</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a partner “{name}” already exists</source>
        <translation>ein Partner „{name}“ ist bereits vorhanden</translation>
    </message>
    <message>
        <source>a quarter is numbered 1 to 4 (got {number})</source>
        <translation>ein Quartal hat die Nummer 1 bis 4 (angegeben: {number})</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>an activity belongs to a company or project</source>
        <translation>eine Aktivität gehört zu einem Unternehmen oder Projekt</translation>
    </message>
    <message>
        <source>cannot be before the last stage change ({day})</source>
        <translation>darf nicht vor dem letzten Phasenwechsel ({day}) liegen</translation>
    </message>
    <message>
        <source>cannot be in the future</source>
        <translation>darf nicht in der Zukunft liegen</translation>
    </message>
    <message>
        <source>cannot be in the future (got {day}; today is {today})</source>
        <translation>darf nicht in der Zukunft liegen ({day}; heute ist der {today})</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>cannot be negative (got {number})</source>
        <translation>darf nicht negativ sein (angegeben: {number})</translation>
    </message>
    <message>
        <source>choose why the company went elsewhere</source>
        <translation>auswählen, warum sich das Unternehmen anders entschieden hat</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>contains a NUL character (U+0000), which cannot be saved: remove it</source>
        <translation>enthält ein NUL-Zeichen (U+0000), das nicht gespeichert werden kann: bitte entfernen</translation>
    </message>
    <message>
        <source>enter a title for the project</source>
        <translation>Titel des Projekts eingeben</translation>
    </message>
    <message>
        <source>enter initials, e.g. BL</source>
        <translation>Kürzel eingeben, z. B. BL</translation>
    </message>
    <message>
        <source>enter the Japanese, English or German name (one is enough)</source>
        <translation>japanischen, englischen oder deutschen Namen eingeben (einer genügt)</translation>
    </message>
    <message>
        <source>enter the company</source>
        <translation>Unternehmen eingeben</translation>
    </message>
    <message>
        <source>enter the day the company decided</source>
        <translation>den Tag eingeben, an dem sich das Unternehmen entschieden hat</translation>
    </message>
    <message>
        <source>enter the day the inquiry came in</source>
        <translation>Tag des Eingangs der Anfrage eingeben</translation>
    </message>
    <message>
        <source>enter the event&apos;s name</source>
        <translation>Namen der Veranstaltung eingeben</translation>
    </message>
    <message>
        <source>enter the family name in kanji, kana or romaji</source>
        <translation>Nachnamen in Kanji, Kana oder Romaji eingeben</translation>
    </message>
    <message>
        <source>enter the jobs at the opening</source>
        <translation>Arbeitsplätze bei Eröffnung eingeben</translation>
    </message>
    <message>
        <source>enter the location the company chose instead, e.g. Amsterdam</source>
        <translation>den stattdessen gewählten Standort eingeben, z. B. Amsterdam</translation>
    </message>
    <message>
        <source>enter the partner&apos;s name</source>
        <translation>Namen des Partners eingeben</translation>
    </message>
    <message>
        <source>enter the project&apos;s ID</source>
        <translation>ID des Projekts eingeben</translation>
    </message>
    <message>
        <source>enter the staff member&apos;s name</source>
        <translation>Namen des Mitarbeiters/der Mitarbeiterin eingeben</translation>
    </message>
    <message>
        <source>enter the stage the project moved to</source>
        <translation>Phase eingeben, in die das Projekt wechselte</translation>
    </message>
    <message>
        <source>enter what is to be done</source>
        <translation>eingeben, was zu tun ist</translation>
    </message>
    <message>
        <source>enter what it was: Call, Meeting, Email …</source>
        <translation>eingeben, was es war: Anruf, Besprechung, E-Mail …</translation>
    </message>
    <message>
        <source>enter when it happened</source>
        <translation>eingeben, wann es stattfand</translation>
    </message>
    <message>
        <source>enter when the project moved</source>
        <translation>eingeben, wann das Projekt die Phase wechselte</translation>
    </message>
    <message>
        <source>give the time with its time zone</source>
        <translation>Uhrzeit mit Zeitzone angeben</translation>
    </message>
    <message>
        <source>has {count} characters; the field holds at most {most}</source>
        <translation>hat {count} Zeichen; das Feld fasst höchstens {most}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>im Papierkorb</translation>
    </message>
    <message>
        <source>is no company ID of the Companies sheet</source>
        <translation>ist keine Unternehmens-ID des Blatts „Companies“</translation>
    </message>
    <message>
        <source>is no company in the database</source>
        <translation>ist kein Unternehmen in der Datenbank</translation>
    </message>
    <message>
        <source>is no company in the database or the file</source>
        <translation>ist kein Unternehmen in der Datenbank oder der Datei</translation>
    </message>
    <message>
        <source>is no contact ID of the Contacts sheet</source>
        <translation>ist keine Kontakt-ID des Blatts „Contacts“</translation>
    </message>
    <message>
        <source>is no event ID of the Events sheet</source>
        <translation>ist keine Veranstaltungs-ID des Blatts „Events“</translation>
    </message>
    <message>
        <source>is no event in the database or the file</source>
        <translation>ist keine Veranstaltung in der Datenbank oder der Datei</translation>
    </message>
    <message>
        <source>is no partner ID of the Partners sheet</source>
        <translation>ist keine Partner-ID des Blatts „Partners“</translation>
    </message>
    <message>
        <source>is no partner in the database or the file</source>
        <translation>ist kein Partner in der Datenbank oder der Datei</translation>
    </message>
    <message>
        <source>is no project ID of the Projects sheet</source>
        <translation>ist keine Projekt-ID des Blatts „Projects“</translation>
    </message>
    <message>
        <source>is no staff member ID of the Staff sheet</source>
        <translation>ist keine Mitarbeiter-ID des Blatts „Staff“</translation>
    </message>
    <message>
        <source>is no staff member&apos;s name or initials</source>
        <translation>ist weder Name noch Kürzel eines Mitarbeiters/einer Mitarbeiterin</translation>
    </message>
    <message>
        <source>is not a Japanese prefecture (write 東京都, Tokyo or 13)</source>
        <translation>ist keine japanische Präfektur (schreiben Sie 東京都, Tokyo oder 13)</translation>
    </message>
    <message>
        <source>is not a rank (write President, 社長, General Manager, 部長 …)</source>
        <translation>ist kein Rang (schreiben Sie President, 社長, General Manager, 部長 …)</translation>
    </message>
    <message>
        <source>is not a stage; the stages are: {stages}</source>
        <translation>ist keine Phase; die Phasen sind: {stages}</translation>
    </message>
    <message>
        <source>is not one of: {words}</source>
        <translation>ist keines von: {words}</translation>
    </message>
    <message>
        <source>is not the company of the project</source>
        <translation>ist nicht das Unternehmen des Projekts</translation>
    </message>
    <message>
        <source>is not the company of the project given</source>
        <translation>ist nicht das Unternehmen des angegebenen Projekts</translation>
    </message>
    <message>
        <source>must be done or not required before the branch counts as landed</source>
        <translation>muss erledigt oder nicht erforderlich sein, bevor die Niederlassung als angesiedelt gilt</translation>
    </message>
    <message>
        <source>must have 13 digits, “{value}” has {digits}</source>
        <translation>muss 13 Ziffern haben, „{value}“ hat {digits}</translation>
    </message>
    <message>
        <source>names {count} companies; rename one to tell them apart</source>
        <translation>nennt {count} Unternehmen; benennen Sie eines um, um sie zu unterscheiden</translation>
    </message>
    <message>
        <source>names {count} records; rename one to tell them apart</source>
        <translation>nennt {count} Datensätze; benennen Sie einen um, um sie zu unterscheiden</translation>
    </message>
    <message>
        <source>no column has a name the import knows (see README)</source>
        <translation>keine Spalte hat einen Namen, den der Import kennt (siehe README)</translation>
    </message>
    <message>
        <source>no record with id {ids}</source>
        <translation>kein Datensatz mit der ID {ids}</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>required when the legal basis is consent</source>
        <translation>erforderlich, wenn die Rechtsgrundlage eine Einwilligung ist</translation>
    </message>
    <message>
        <source>required: tick it and enter the day it was done</source>
        <translation>erforderlich: abhaken und den Tag eingeben, an dem er erledigt wurde</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <source>row {row}, {column}</source>
        <translation>Zeile {row}, {column}</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>the backup is empty</source>
        <translation>die Sicherung ist leer</translation>
    </message>
    <message>
        <source>the entry {entry} is there twice</source>
        <translation>der Eintrag {entry} ist doppelt vorhanden</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>the file does not start with SQLite&apos;s header (damaged, or no database)</source>
        <translation>die Datei beginnt nicht mit dem SQLite-Kopf (beschädigt oder keine Datenbank)</translation>
    </message>
    <message>
        <source>the file has no header row (it is empty)</source>
        <translation>die Datei hat keine Kopfzeile (sie ist leer)</translation>
    </message>
    <message>
        <source>the file is not a vCard file ({error})</source>
        <translation>die Datei ist keine vCard-Datei ({error})</translation>
    </message>
    <message>
        <source>the file&apos;s encoding is none of UTF-8, Windows-1252 and Shift_JIS; save it from Excel as “CSV UTF-8”</source>
        <translation>die Kodierung der Datei ist weder UTF-8 noch Windows-1252 noch Shift_JIS; speichern Sie sie in Excel als „CSV UTF-8“</translation>
    </message>
    <message>
        <source>the last day ({end}) is before the first ({start})</source>
        <translation>der letzte Tag ({end}) liegt vor dem ersten ({start})</translation>
    </message>
    <message>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation>der Zeitraum endet ({end}), bevor er beginnt ({start})</translation>
    </message>
    <message>
        <source>the shared strings</source>
        <translation>die gemeinsamen Zeichenfolgen</translation>
    </message>
    <message>
        <source>the sheet “{sheet}”</source>
        <translation>das Blatt „{sheet}“</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” has {count} formula cells without a value saved by Excel ({cells}); they are read as empty: open the file in Excel and save it again</source>
        <translation>das Blatt „{sheet}“ hat {count} Formelzellen ohne von Excel gespeicherten Wert ({cells}); sie werden als leer gelesen: Öffnen Sie die Datei in Excel und speichern Sie sie erneut</translation>
    </message>
    <message>
        <source>the year must be between {first} and {last} (got {year})</source>
        <translation>das Jahr muss zwischen {first} und {last} liegen (angegeben: {year})</translation>
    </message>
    <message>
        <source>there is no company with id {id}</source>
        <translation>es gibt kein Unternehmen mit der ID {id}</translation>
    </message>
    <message>
        <source>there is no database at {path}</source>
        <translation>unter {path} gibt es keine Datenbank</translation>
    </message>
    <message>
        <source>there is no record with id {id}</source>
        <translation>es gibt keinen Datensatz mit der ID {id}</translation>
    </message>
    <message>
        <source>{address} holds tables but is not a LeadTracker database</source>
        <translation>{address} enthält Tabellen, ist aber keine LeadTracker-Datenbank</translation>
    </message>
    <message>
        <source>{address} is not a server address ({problem})</source>
        <translation>{address} ist keine Serveradresse ({problem})</translation>
    </message>
    <message>
        <source>{address} names no database: add it after the port, as in postgresql://user@host:5432/leadtracker</source>
        <translation>{address} nennt keine Datenbank: ergänzen Sie sie nach dem Port, wie in postgresql://user@host:5432/leadtracker</translation>
    </message>
    <message>
        <source>{code} is not a prefecture code</source>
        <translation>{code} ist kein Präfekturcode</translation>
    </message>
    <message>
        <source>{file} cannot be read as an Excel workbook: {error}</source>
        <translation>{file} lässt sich nicht als Excel-Arbeitsmappe lesen: {error}</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>{file} does not exist</source>
        <translation>{file} gibt es nicht</translation>
    </message>
    <message>
        <source>{file} has a schema this LeadTracker does not know ({revision}); a newer LeadTracker wrote it</source>
        <translation>{file} hat ein Schema, das dieses LeadTracker nicht kennt ({revision}); ein neueres LeadTracker hat sie geschrieben</translation>
    </message>
    <message>
        <source>{file} has no header row (it is empty)</source>
        <translation>{file} hat keine Kopfzeile (sie ist leer)</translation>
    </message>
    <message>
        <source>{file} has no sheet “{sheet}” (it has: {names})</source>
        <translation>{file} hat kein Blatt „{sheet}“ (vorhanden: {names})</translation>
    </message>
    <message>
        <source>{file} has no sheets</source>
        <translation>{file} hat keine Blätter</translation>
    </message>
    <message>
        <source>{file} has {size} bytes; LeadTracker imports files of at most {most} bytes</source>
        <translation>{file} hat {size} Bytes; LeadTracker importiert Dateien von höchstens {most} Bytes</translation>
    </message>
    <message>
        <source>{file} holds zero bytes: it is not a text (CSV) file</source>
        <translation>{file} enthält Null-Bytes: Sie ist keine Textdatei (CSV)</translation>
    </message>
    <message>
        <source>{file} holds {count} files in its zip archive; an Excel workbook has at most {most}</source>
        <translation>{file} enthält {count} Dateien in ihrem ZIP-Archiv; eine Excel-Arbeitsmappe hat höchstens {most}</translation>
    </message>
    <message>
        <source>{file} is a damaged Excel workbook: {error}</source>
        <translation>{file} ist eine beschädigte Excel-Arbeitsmappe: {error}</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file; choose the file to import</source>
        <translation>{file} ist ein Ordner, keine Datei; wählen Sie die Datei, die importiert werden soll</translation>
    </message>
    <message>
        <source>{file} is an Excel workbook (a zip archive), not a CSV file; name it .xlsx to import it</source>
        <translation>{file} ist eine Excel-Arbeitsmappe (ein ZIP-Archiv), keine CSV-Datei; benennen Sie sie in .xlsx um, um sie zu importieren</translation>
    </message>
    <message>
        <source>{file} is an old Excel 97–2003 workbook; save it in Excel as .xlsx</source>
        <translation>{file} ist eine alte Excel-97–2003-Arbeitsmappe; speichern Sie sie in Excel als .xlsx</translation>
    </message>
    <message>
        <source>{file} is damaged: {found}</source>
        <translation>{file} ist beschädigt: {found}</translation>
    </message>
    <message>
        <source>{file} is empty (0 bytes)</source>
        <translation>{file} ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>{file} is not a LeadTracker database</source>
        <translation>{file} ist keine LeadTracker-Datenbank</translation>
    </message>
    <message>
        <source>{file} is not a regular file</source>
        <translation>{file} ist keine normale Datei</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (an .xlsx file is a zip archive; this one is not — is it a CSV file named .xlsx?)</source>
        <translation>{file} ist keine Excel-Arbeitsmappe (eine .xlsx-Datei ist ein ZIP-Archiv, diese nicht – ist es eine CSV-Datei mit der Endung .xlsx?)</translation>
    </message>
    <message>
        <source>{file} is read-only for you: allow yourself to write to it (its properties or chmod u+rw), or open a copy.</source>
        <translation>{file} ist für Sie schreibgeschützt: Erlauben Sie sich das Schreiben (Eigenschaften der Datei oder chmod u+rw) oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <source>{file} is {kind}, not a CSV file</source>
        <translation>{file} ist {kind}, keine CSV-Datei</translation>
    </message>
    <message>
        <source>{file} is {kind}, not an Excel workbook</source>
        <translation>{file} ist {kind}, keine Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>{file} starts with the byte order mark of {encoding}, but its text is not {encoding}; save it again from Excel as “CSV UTF-8”</source>
        <translation>{file} beginnt mit der Byte-Order-Mark von {encoding}, ihr Text ist aber nicht {encoding}; speichern Sie sie in Excel erneut als „CSV UTF-8“</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column}: the cell holds {count} characters; a cell holds at most {most} (as in Excel)</source>
        <translation>{file}, Zeile {row}, Spalte {column}: Die Zelle enthält {count} Zeichen; eine Zelle fasst höchstens {most} (wie in Excel)</translation>
    </message>
    <message>
        <source>{file}, row {row}: {reason}; LeadTracker reads at most {most} characters per cell</source>
        <translation>{file}, Zeile {row}: {reason}; LeadTracker liest höchstens {most} Zeichen je Zelle</translation>
    </message>
    <message>
        <source>{file}: cell {cell} of the sheet “{sheet}” holds more than {most} characters, the most a cell holds (as in Excel)</source>
        <translation>{file}: Zelle {cell} des Blatts „{sheet}“ enthält mehr als {most} Zeichen, mehr als eine Zelle fasst (wie in Excel)</translation>
    </message>
    <message>
        <source>{file}: more than {most} cells by row {row}; LeadTracker imports at most {most} cells</source>
        <translation>{file}: mehr als {most} Zellen bis Zeile {row}; LeadTracker importiert höchstens {most} Zellen</translation>
    </message>
    <message>
        <source>{file}: more than {most} characters by row {row}; LeadTracker imports at most {most} from one file</source>
        <translation>{file}: mehr als {most} Zeichen bis Zeile {row}; LeadTracker importiert aus einer Datei höchstens {most}</translation>
    </message>
    <message>
        <source>{file}: only .csv and .xlsx files can be imported</source>
        <translation>{file}: nur .csv- und .xlsx-Dateien lassen sich importieren</translation>
    </message>
    <message>
        <source>{file}: the entry {entry} unpacks to {size} bytes from {packed} (a zip bomb?); LeadTracker reads entries packed at most {ratio} times</source>
        <translation>{file}: Der Eintrag {entry} wird von {packed} auf {size} Bytes entpackt (eine ZIP-Bombe?); LeadTracker liest Einträge, die höchstens {ratio}-fach gepackt sind</translation>
    </message>
    <message>
        <source>{file}: the entry {entry} unpacks to {size} bytes; LeadTracker reads entries of at most {most} bytes, {total} bytes in all</source>
        <translation>{file}: Der Eintrag {entry} wird auf {size} Bytes entpackt; LeadTracker liest Einträge von höchstens {most} Bytes, insgesamt {total} Bytes</translation>
    </message>
    <message>
        <source>{file}: the sheet “{sheet}” cannot be read: {error}</source>
        <translation>{file}: Das Blatt „{sheet}“ lässt sich nicht lesen: {error}</translation>
    </message>
    <message>
        <source>{file}: the sheet “{sheet}” declares {rows} rows × {columns} columns; LeadTracker imports at most {most} cells</source>
        <translation>{file}: Das Blatt „{sheet}“ gibt {rows} Zeilen × {columns} Spalten an; LeadTracker importiert höchstens {most} Zellen</translation>
    </message>
    <message>
        <source>{file}: the sheet “{sheet}” has no header row (it is empty)</source>
        <translation>{file}: Das Blatt „{sheet}“ hat keine Kopfzeile (es ist leer)</translation>
    </message>
    <message>
        <source>{file}: the sheet “{sheet}” reaches to cell {cell} ({rows} rows × {columns} columns); LeadTracker imports at most {most} cells</source>
        <translation>{file}: Das Blatt „{sheet}“ reicht bis Zelle {cell} ({rows} Zeilen × {columns} Spalten); LeadTracker importiert höchstens {most} Zellen</translation>
    </message>
    <message>
        <source>{file}: {part} has a document type declaration, which Excel never writes</source>
        <translation>{file}: {part} hat eine Dokumenttyp-Deklaration, die Excel nie schreibt</translation>
    </message>
    <message>
        <source>{file}: {part} holds more than {count} cells; LeadTracker imports at most {most}</source>
        <translation>{file}: {part} enthält mehr als {count} Zellen; LeadTracker importiert höchstens {most}</translation>
    </message>
    <message>
        <source>{file}: {part} holds more than {count} characters; LeadTracker imports at most {most} from one file</source>
        <translation>{file}: {part} enthält mehr als {count} Zeichen; LeadTracker importiert aus einer Datei höchstens {most}</translation>
    </message>
    <message>
        <source>{file}: {part} is damaged (line {line}, column {column}: {reason})</source>
        <translation>{file}: {part} ist beschädigt (Zeile {line}, Spalte {column}: {reason})</translation>
    </message>
    <message>
        <source>{parent} belongs to this company; a company cannot be its own parent</source>
        <translation>{parent} gehört zu diesem Unternehmen; ein Unternehmen kann nicht seine eigene Muttergesellschaft sein</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} gibt es nicht</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file</source>
        <translation>{path} ist ein Ordner, keine Sicherungsdatei</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name to export to.</source>
        <translation>{path} ist ein Ordner; wählen Sie einen Dateinamen für den Export.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} ist ein Ordner; geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a LeadTracker database</source>
        <translation>{path} ist eine SQLite-Datei, aber keine LeadTracker-Datenbank</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); nothing is written into it. No backup passes the check.</source>
        <translation>{path} ist beschädigt ({problem}); es wird nichts hineingeschrieben. Keine Sicherung besteht die Prüfung.</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); nothing is written into it. The newest sound backup is {backup}: {command}</source>
        <translation>{path} ist beschädigt ({problem}); es wird nichts hineingeschrieben. Die neueste intakte Sicherung ist {backup}: {command}</translation>
    </message>
    <message>
        <source>{path} is damaged, so no backup was taken ({found}); `leadtracker check` names the newest sound backup</source>
        <translation>{path} ist beschädigt, daher wurde keine Sicherung angelegt ({found}); `leadtracker check` nennt die neueste intakte Sicherung</translation>
    </message>
    <message>
        <source>{path} is not a LeadTracker database (not an SQLite file)</source>
        <translation>{path} ist keine LeadTracker-Datenbank (keine SQLite-Datei)</translation>
    </message>
    <message>
        <source>{path} is not a LeadTracker database (or its first page is damaged)</source>
        <translation>{path} ist keine LeadTracker-Datenbank (oder ihre erste Seite ist beschädigt)</translation>
    </message>
    <message>
        <source>{path} is not a file</source>
        <translation>{path} ist keine Datei</translation>
    </message>
    <message>
        <source>{path} is not a regular file</source>
        <translation>{path} ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>{path} was written by a newer LeadTracker (schema {schema}); install the newer version to open it</source>
        <translation>{path} wurde von einem neueren LeadTracker geschrieben (Schema {schema}); installieren Sie die neuere Version, um die Datei zu öffnen</translation>
    </message>
    <message>
        <source>{place}: {reason}</source>
        <translation>{place}: {reason}</translation>
    </message>
    <message>
        <source>{place}: “{value}” {reason}</source>
        <translation>{place}: „{value}“ {reason}</translation>
    </message>
    <message>
        <source>{rank} ({title})</source>
        <translation>{rank} ({title})</translation>
    </message>
    <message>
        <source>{server} cannot be reached ({problem})</source>
        <translation>{server} ist nicht erreichbar ({problem})</translation>
    </message>
    <message>
        <source>{server}: TLS failed ({problem})</source>
        <translation>{server}: TLS ist fehlgeschlagen ({problem})</translation>
    </message>
    <message>
        <source>{server}: no answer within {seconds} seconds</source>
        <translation>{server}: keine Antwort innerhalb von {seconds} Sekunden</translation>
    </message>
    <message>
        <source>{server}: the password was not accepted (or none was given)</source>
        <translation>{server}: das Passwort wurde nicht angenommen (oder keins angegeben)</translation>
    </message>
    <message>
        <source>{server}: the server knows no user {user}</source>
        <translation>{server}: der Server kennt keinen Benutzer {user}</translation>
    </message>
    <message>
        <source>{server}: the server refused the connection (is it running, is the port right?)</source>
        <translation>{server}: der Server hat die Verbindung abgelehnt (läuft er, stimmt der Port?)</translation>
    </message>
    <message>
        <source>{server}: there is no database {name} on this server</source>
        <translation>{server}: auf diesem Server gibt es keine Datenbank {name}</translation>
    </message>
    <message>
        <source>{sheet}, {place}</source>
        <translation>{sheet}, {place}</translation>
    </message>
    <message>
        <source>{source} → {target}</source>
        <translation>{source} → {target}</translation>
    </message>
    <message>
        <source>{what} was changed at {when} since you opened it.</source>
        <translation>{what} wurde am {when} geändert, nachdem Sie den Datensatz geöffnet haben.</translation>
    </message>
    <message>
        <source>{what} was changed by {who} at {when} since you opened it.</source>
        <translation>{what} wurde von {who} am {when} geändert, nachdem Sie den Datensatz geöffnet haben.</translation>
    </message>
    <message>
        <source>{what} was changed by {who} since you opened it.</source>
        <translation>{what} wurde von {who} geändert, nachdem Sie den Datensatz geöffnet haben.</translation>
    </message>
    <message>
        <source>{what} was changed since you opened it.</source>
        <translation>{what} wurde geändert, nachdem Sie den Datensatz geöffnet haben.</translation>
    </message>
    <message>
        <source>“{command}” works on a database file only so far, not on the team database {server}</source>
        <translation>„{command}“ funktioniert bisher nur mit einer Datenbankdatei, nicht mit der Team-Datenbank {server}</translation>
    </message>
    <message>
        <source>“{initials}” are already in use</source>
        <translation>„{initials}“ ist bereits vergeben</translation>
    </message>
    <message>
        <source>“{record}” belongs to the project “{project}”, which is in the trash too: restore the project first.</source>
        <translation>„{record}“ gehört zum Projekt „{project}“, das ebenfalls im Papierkorb liegt: Stellen Sie zuerst das Projekt wieder her.</translation>
    </message>
    <message>
        <source>“{record}” belongs to “{company}”, which is in the trash too: restore the company first.</source>
        <translation>„{record}“ gehört zum Unternehmen „{company}“, das ebenfalls im Papierkorb liegt: Stellen Sie zuerst das Unternehmen wieder her.</translation>
    </message>
    <message>
        <source>“{source}” is a decision: the project cannot go back to “{target}”. If the company hesitates again, move it to “{on_hold}”.</source>
        <translation>„{source}“ ist eine Entscheidung: Das Projekt kann nicht zurück nach „{target}“. Wenn das Unternehmen wieder zögert, verschieben Sie es nach „{on_hold}“.</translation>
    </message>
    <message>
        <source>“{source}” is the last stage: a project there does not move on. An expansion of the company is a new project.</source>
        <translation>„{source}“ ist die letzte Phase: Ein Projekt dort wird nicht weiter verschoben. Eine Erweiterung des Unternehmens ist ein neues Projekt.</translation>
    </message>
    <message>
        <source>“{target}” comes after “{landed}”: move the project to “{landed}” first, once the branch has opened.</source>
        <translation>„{target}“ kommt nach „{landed}“: Verschieben Sie das Projekt zuerst nach „{landed}“, sobald die Niederlassung eröffnet ist.</translation>
    </message>
    <message>
        <source>“{target}” comes after “{won}”: move the project to “{won}” first and fill in the landing checklist.</source>
        <translation>„{target}“ kommt nach „{won}“: Verschieben Sie das Projekt zuerst nach „{won}“ und füllen Sie die Ansiedlungs-Checkliste aus.</translation>
    </message>
    <message>
        <source>“{text}” has a day that does not exist</source>
        <translation>„{text}“ enthält einen Tag, den es nicht gibt</translation>
    </message>
    <message>
        <source>“{text}” is not a period; write 2025, FY2025, 2025Q3 or 2025-01-01..2025-06-30</source>
        <translation>„{text}“ ist kein Zeitraum; möglich sind 2025, FY2025, 2025Q3 oder 2025-01-01..2025-06-30</translation>
    </message>
    <message>
        <source>“{value}” has a time that does not exist</source>
        <translation>„{value}“ enthält eine Uhrzeit, die es nicht gibt</translation>
    </message>
    <message>
        <source>“{value}” has fractions of a cent</source>
        <translation>„{value}“ hat Bruchteile eines Cents</translation>
    </message>
    <message>
        <source>“{value}” is a day that does not exist</source>
        <translation>„{value}“ ist ein Tag, den es nicht gibt</translation>
    </message>
    <message>
        <source>“{value}” is negative; an amount cannot be</source>
        <translation>„{value}“ ist negativ; ein Betrag kann das nicht sein</translation>
    </message>
    <message>
        <source>“{value}” is neither yes nor no; write ja or nein</source>
        <translation>„{value}“ ist weder ja noch nein; schreiben Sie ja oder nein</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time; write 15.05.2026 14:30 or 2026-05-15 14:30</source>
        <translation>„{value}“ ist kein Datum mit Uhrzeit; schreiben Sie 15.05.2026 14:30 oder 2026-05-15 14:30</translation>
    </message>
    <message>
        <source>“{value}” is not a date; write 21.11.2026 or 2026-11-21</source>
        <translation>„{value}“ ist kein Datum; schreiben Sie 21.11.2026 oder 2026-11-21</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>„{value}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>“{value}” is not a number; write 1.500.000,50 or 1500000.50</source>
        <translation>„{value}“ ist keine Zahl; schreiben Sie 1.500.000,50 oder 1500000.50</translation>
    </message>
    <message>
        <source>“{value}” is not a phone number like +49 211 123456</source>
        <translation>„{value}“ ist keine Telefonnummer wie +49 211 123456</translation>
    </message>
    <message>
        <source>“{value}” is not a register number like “HRB 12345” (HRA, HRB, GnR, PR or VR, then the number)</source>
        <translation>„{value}“ ist keine Registernummer wie „HRB 12345“ (HRA, HRB, GnR, PR oder VR, dann die Nummer)</translation>
    </message>
    <message>
        <source>“{value}” is not a valid corporate number: the check digit does not match</source>
        <translation>„{value}“ ist keine gültige Unternehmensnummer: Die Prüfziffer stimmt nicht</translation>
    </message>
    <message>
        <source>“{value}” is not a web address like www.example.co.jp</source>
        <translation>„{value}“ ist keine Webadresse wie www.example.co.jp</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>„{value}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>“{value}” is not an email address like name@example.com</source>
        <translation>„{value}“ ist keine E-Mail-Adresse wie name@example.com</translation>
    </message>
    <message>
        <source>“{value}” is too large a number (at most {most})</source>
        <translation>„{value}“ ist eine zu große Zahl (höchstens {most})</translation>
    </message>
    <message>
        <source>“{value}” must contain only digits (13 of them)</source>
        <translation>„{value}“ darf nur Ziffern enthalten (genau 13)</translation>
    </message>
</context>
<context>
    <name>MyDay</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Mark “{task}” as done</source>
        <translation>„{task}“ als erledigt markieren</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} T.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
</context>
<context>
    <name>MyDayPage</name>
    <message>
        <source>&amp;Only my work</source>
        <extracomment>Tasks marked done on this page, the last one last (Ctrl+Z opens it again). The notice of the last task marked done (with its *Undo*).</extracomment>
        <translation>Nur &amp;meine Arbeit</translation>
    </message>
    <message>
        <source>Show only the tasks and inquiries you own</source>
        <translation>Nur Aufgaben und Anfragen anzeigen, für die Sie zuständig sind</translation>
    </message>
    <message>
        <source>New inquiry…</source>
        <translation>Neue Anfrage…</translation>
    </message>
    <message>
        <source>Record a new inquiry (Ctrl+N)</source>
        <translation>Eine neue Anfrage erfassen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Beantworten…</translation>
    </message>
    <message>
        <source>Log your answer to the chosen inquiry</source>
        <translation>Ihre Antwort auf die ausgewählte Anfrage erfassen</translation>
    </message>
    <message>
        <source>Undo the last task done</source>
        <translation>Zuletzt erledigte Aufgabe wieder öffnen</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nichts überfällig.</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Heute nichts fällig.</translation>
    </message>
    <message>
        <source>Nothing else due this week.</source>
        <translation>Diese Woche nichts weiter fällig.</translation>
    </message>
    <message>
        <source>Every new inquiry has been answered.</source>
        <translation>Alle neuen Anfragen sind beantwortet.</translation>
    </message>
    <message>
        <source>Mark the task done</source>
        <translation>Aufgabe als erledigt markieren</translation>
    </message>
    <message>
        <source>Space marks the chosen task done (Ctrl+Z undoes it); F2 edits it; Delete moves it to the trash; Enter opens what it is about.</source>
        <translation>Die Leertaste markiert die ausgewählte Aufgabe als erledigt (Strg+Z macht das rückgängig); F2 bearbeitet sie; Entf verschiebt sie in den Papierkorb; die Eingabetaste öffnet den zugehörigen Datensatz.</translation>
    </message>
    <message>
        <source>Nothing logged in the last {days} days.</source>
        <translation>In den letzten {days} Tagen nichts erfasst.</translation>
    </message>
    <message>
        <source>Enter or F2 corrects the chosen activity; Delete moves it to the trash.</source>
        <translation>Die Eingabetaste oder F2 korrigiert die ausgewählte Aktivität; Entf verschiebt sie in den Papierkorb.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Choose who you are under Settings first</source>
        <translation>Wählen Sie zuerst unter Einstellungen aus, wer Sie sind</translation>
    </message>
    <message>
        <source>My day could not be loaded</source>
        <translation>Mein Tag konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Diese Woche fällig</translation>
    </message>
    <message>
        <source>New inquiries waiting for an answer</source>
        <translation>Neue Anfragen, die auf eine Antwort warten</translation>
    </message>
    <message>
        <source>Logged in the last {days} days</source>
        <translation>In den letzten {days} Tagen erfasst</translation>
    </message>
    <message>
        <source>My day — {date}</source>
        <translation>Mein Tag — {date}</translation>
    </message>
    <message>
        <source>Answer to the inquiry “{title}”</source>
        <translation>Antwort auf die Anfrage „{title}“</translation>
    </message>
</context>
<context>
    <name>NamePreview</name>
    <message>
        <source>Listed as</source>
        <translation>Angezeigt als</translation>
    </message>
    <message>
        <source>Addressed as</source>
        <translation>Angesprochen als</translation>
    </message>
    <message>
        <source>Name preview</source>
        <translation>Namensvorschau</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Add &amp;partner…</source>
        <translation>&amp;Partner hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;event…</source>
        <translation>&amp;Veranstaltung hinzufügen…</translation>
    </message>
    <message>
        <source>Partners &amp; events</source>
        <translation>Partner &amp; Veranstaltungen</translation>
    </message>
    <message>
        <source>Inquiries: projects that name the partner as referrer or started at the event. Won: decided for Düsseldorf. Opened: the branch opened.</source>
        <translation>Anfragen: Projekte, die den Partner als Vermittler nennen oder bei der Veranstaltung entstanden sind. Gewonnen: für Düsseldorf entschieden. Eröffnet: Niederlassung eröffnet.</translation>
    </message>
    <message>
        <source>Partners and events could not be loaded</source>
        <translation>Partner und Veranstaltungen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Partner hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Veranstaltung hinzufügen</translation>
    </message>
    <message>
        <source>Date known</source>
        <translation>Datum bekannt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>&amp;Veranstalter</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>Calendar year</source>
        <extracomment>Colour of a finished period&apos;s landed figure: amber below the benchmark, green otherwise. Below these widths (device-independent pixels) the tiles wrap, and the charts stack. Wait this long after the period changes before loading (spinning through years loads once).</extracomment>
        <translation>Kalenderjahr</translation>
    </message>
    <message>
        <source>Fiscal year (April–March)</source>
        <translation>Japanisches Geschäftsjahr (April–März)</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Art des Zeitraums</translation>
    </message>
    <message>
        <source>The Japanese fiscal year runs from April to March, named after its start:</source>
        <translation>Das japanische Geschäftsjahr läuft von April bis März und ist nach seinem Beginn benannt:</translation>
    </message>
    <message>
        <source>FY2025 is 1 April 2025 – 31 March 2026.</source>
        <translation>FY2025 ist der 1. April 2025 – 31. März 2026.</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Vorheriges Jahr</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Nächstes Jahr</translation>
    </message>
    <message>
        <source>&amp;This year</source>
        <translation>&amp;Dieses Jahr</translation>
    </message>
    <message>
        <source>Go to the year that contains today</source>
        <translation>Zum Jahr des heutigen Tages wechseln</translation>
    </message>
    <message>
        <source>FY</source>
        <translation>FY</translation>
    </message>
    <message>
        <source>Fiscal year, named after the year it starts in</source>
        <translation>Japanisches Geschäftsjahr, benannt nach dem Jahr, in dem es beginnt</translation>
    </message>
    <message>
        <source>{name} ({shortcut})</source>
        <translation>{name} ({shortcut})</translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>today</source>
        <extracomment>Days after which a card in a working stage shows its days in amber.</extracomment>
        <translation>heute</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} Tage</translation>
    </message>
    <message>
        <source>1 job</source>
        <translation>1 Arbeitsplatz</translation>
    </message>
    <message>
        <source>{jobs} jobs</source>
        <translation>{jobs} Arbeitsplätze</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>This year ({year})</source>
        <translation>Dieses Jahr ({year})</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Last year ({year})</source>
        <translation>Letztes Jahr ({year})</translation>
    </message>
    <message>
        <source>This fiscal year ({year})</source>
        <translation>Dieses Geschäftsjahr ({year})</translation>
    </message>
    <message>
        <source>Last fiscal year ({year})</source>
        <translation>Letztes Geschäftsjahr ({year})</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>(kein Unternehmen)</translation>
    </message>
    <message>
        <source>No projects</source>
        <extracomment>A card was dropped here: project id, key of the stage it came from. Enter or a double-click on a card: project id. Ctrl+Shift+Right / Left on a card: project id, +1 or -1 (the next or previous stage). Left / Right: go to the column beside this one (+1 or -1). A card is dragged over this column (the card) or left it (None). A card is dragged over this column at this point (global coordinates). A card dragged over this column left it or was dropped on it. A drag that started here is over (dropped anywhere, or cancelled).</extracomment>
        <translation>Keine Projekte</translation>
    </message>
    <message>
        <source>{count} projects</source>
        <extracomment>Width of a column in pixels at 100% scaling. The colour strip over a column, by what its stage means.</extracomment>
        <translation>{count} Projekte</translation>
    </message>
    <message>
        <source>{stage} column</source>
        <translation>Spalte {stage}</translation>
    </message>
    <message>
        <source>{count} projects in {stage}</source>
        <translation>{count} Projekte in {stage}</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>neueste zuerst</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>älteste zuerst</translation>
    </message>
    <message>
        <source>{stage}: {count} projects, {order}</source>
        <translation>{stage}: {count} Projekte, {order}</translation>
    </message>
    <message>
        <source>{shown} of {total} shown, {order}. Narrow the filters to see the others.</source>
        <translation>{shown} von {total} angezeigt, {order}. Schränken Sie die Filter ein, um die übrigen zu sehen.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Period (inquiry received)</source>
        <translation>Zeitraum (Eingang der Anfrage)</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Zuständig</translation>
    </message>
    <message>
        <source>S&amp;ector</source>
        <translation>&amp;Branche</translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>Zeit&amp;raum</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Zuständigen</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alle Branchen</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Undo move</source>
        <extracomment>Moves Ctrl+Z can take back (and Ctrl+Shift+Z make again), newest first.</extracomment>
        <translation>Verschieben rückgängig machen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>Enter or a double-click on a card: the project&apos;s id. A project was moved or a move taken back (other pages may refresh): its id. The board has been (re)loaded and shows the current data. Moves the cards&apos; projects, asks what a move needs, undoes and redoes.</extracomment>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the board again (F5)</source>
        <translation>Board neu laden (F5)</translation>
    </message>
    <message>
        <source>Pipeline board</source>
        <translation>Pipeline-Board</translation>
    </message>
    <message>
        <source>Drag a card to another stage to move it, or select it and press Ctrl+Shift+Right / Left. Enter opens the project; Ctrl+Z undoes a move, Ctrl+Shift+Z or Ctrl+Y makes it again.</source>
        <translation>Ziehen Sie eine Karte in eine andere Phase, um sie zu verschieben, oder wählen Sie sie aus und drücken Sie Strg+Umschalt+Rechts / Links. Eingabe öffnet das Projekt; Strg+Z macht ein Verschieben rückgängig, Strg+Umschalt+Z oder Strg+Y wiederholt es.</translation>
    </message>
    <message>
        <source>Loading …</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>The pipeline board could not be loaded</source>
        <translation>Das Pipeline-Board konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>The board could not be loaded.</source>
        <translation>Das Board konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>{count} projects match the filters</source>
        <translation>{count} Projekte entsprechen den Filtern</translation>
    </message>
    <message>
        <source>Cannot move the project</source>
        <extracomment>How the fields a stage needs are asked: ``ask(parent, project, stage)``; None: cancelled. How a refusal is shown: ``show(parent, title, error)``. A project moved (a move, an undo or a redo): its id, the stage it left, the one it is in. An undo or redo was refused: what the view shows may be out of date.</extracomment>
        <translation>Das Projekt kann nicht verschoben werden</translation>
    </message>
    <message>
        <source>Cannot move the project to “{stage}”</source>
        <translation>Das Projekt kann nicht nach „{stage}“ verschoben werden</translation>
    </message>
    <message>
        <source>Cannot undo the move</source>
        <translation>Das Verschieben kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Cannot redo the move</source>
        <translation>Das Verschieben kann nicht wiederholt werden</translation>
    </message>
    <message>
        <source>No move to undo (Ctrl+Z)</source>
        <translation>Kein Verschieben zum Rückgängigmachen (Strg+Z)</translation>
    </message>
    <message>
        <source>Undo move of “{project}” to “{stage}”</source>
        <translation>Verschieben von „{project}“ nach „{stage}“ rückgängig machen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo move</source>
        <translation>Verschieben wiederholen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>{text} (back to “{stage}”, Ctrl+Z)</source>
        <translation>{text} (zurück nach „{stage}“, Strg+Z)</translation>
    </message>
    <message>
        <source>Redo move of “{project}” to “{stage}”</source>
        <translation>Verschieben von „{project}“ nach „{stage}“ wiederholen</translation>
    </message>
    <message>
        <source>{text} (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>{text} (Strg+Umschalt+Z oder Strg+Y)</translation>
    </message>
    <message>
        <source>No move to redo (Ctrl+Shift+Z or Ctrl+Y)</source>
        <translation>Kein Verschieben zum Wiederholen (Strg+Umschalt+Z oder Strg+Y)</translation>
    </message>
    <message>
        <source>&amp;Open project</source>
        <translation>Projekt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <source>Moving “{project}” to “{target}” skips {stages}. Move it anyway?</source>
        <translation>Beim Verschieben von „{project}“ nach „{target}“ werden {stages} übersprungen. Trotzdem verschieben?</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Skip stages?</source>
        <extracomment>Whether to move although stages are skipped: ``ask(parent, project, target, skipped)``.</extracomment>
        <translation>Phasen überspringen?</translation>
    </message>
    <message>
        <source>The stages skipped get no dates, so the time spent in them is not counted.</source>
        <translation>Die übersprungenen Phasen erhalten kein Datum; die Zeit darin wird nicht gezählt.</translation>
    </message>
    <message>
        <source>&amp;Move to “{stage}”</source>
        <translation>Nach „{stage}“ &amp;verschieben</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again</source>
        <translation>&amp;Nicht mehr fragen</translation>
    </message>
    <message>
        <source>Settings › Ask before a move skips stages</source>
        <translation>Einstellungen › Fragen, bevor ein Verschieben Phasen überspringt</translation>
    </message>
</context>
<context>
    <name>PipelineBoardModel</name>
    <message>
        <source>confidential</source>
        <extracomment>Drag data of a card: ``{&quot;project_id&quot;: 12, &quot;stage&quot;: &quot;inquiry&quot;}`` as UTF-8 JSON.</extracomment>
        <translation>vertraulich</translation>
    </message>
    <message>
        <source>owner {name}</source>
        <translation>zuständig: {name}</translation>
    </message>
    <message>
        <source>{days} days in stage</source>
        <translation>{days} Tage in der Phase</translation>
    </message>
    <message>
        <source>{jobs} planned jobs</source>
        <translation>{jobs} geplante Arbeitsplätze</translation>
    </message>
</context>
<context>
    <name>PipelineChart</name>
    <message>
        <source>Active pipeline by stage (today)</source>
        <extracomment>Calm colours: one blue for the pipeline, grey for what waits, green for the benchmark.</extracomment>
        <translation>Aktive Pipeline nach Phase (heute)</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>{stage}: {count}</source>
        <translation>{stage}: {count}</translation>
    </message>
    <message>
        <source>{stage}: {count} projects
Planned: {jobs} jobs, {investment}
Click to list them</source>
        <translation>{stage}: {count} Projekte
Geplant: {jobs} Arbeitsplätze, {investment}
Klicken, um sie aufzulisten</translation>
    </message>
</context>
<context>
    <name>PipelineReportDialog</name>
    <message>
        <source>Pipeline summary</source>
        <translation>Pipeline-Bericht</translation>
    </message>
    <message>
        <source>or another period: 2025Q3, 2025-01-01..2025-06-30</source>
        <translation>oder ein anderer Zeitraum: 2025Q3, 2025-01-01..2025-06-30</translation>
    </message>
    <message>
        <source>Another period</source>
        <translation>Anderer Zeitraum</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Sprache des Berichts</translation>
    </message>
    <message>
        <source>&amp;PDF for reading and printing</source>
        <translation>&amp;PDF zum Lesen und Drucken</translation>
    </message>
    <message>
        <source>&amp;Excel: the figures, and every table</source>
        <translation>&amp;Excel: die Zahlen und alle Tabellen</translation>
    </message>
    <message>
        <source>Show the titles of code-named projects</source>
        <translation>Titel von Projekten mit Codenamen anzeigen</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <source>&amp;Personal data</source>
        <extracomment>Asks where to save: ``ask(parent, title, suggested name, filter)`` -&gt; path or &quot;&quot;.</extracomment>
        <translation>&amp;Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Export everything held about this person, or erase them (GDPR)</source>
        <translation>Alle zu dieser Person gespeicherten Daten exportieren oder die Person löschen (DSGVO)</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <extracomment>The save dialog; replaceable in tests.</extracomment>
        <translation>Als PDF exportieren…</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Diese Person löschen…</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Personenbezogene Daten exportieren</translation>
    </message>
    <message>
        <source>The personal data could not be exported</source>
        <translation>Die personenbezogenen Daten konnten nicht exportiert werden</translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation>Diese Person löschen</translation>
    </message>
    <message>
        <source>Erase this person&apos;s names, email, phones, title and notes, their name in activity texts, and their values in the audit trail?

This cannot be undone (only backups keep them until they rotate out). Projects and statistics stay as they are.</source>
        <translation>Namen, E-Mail, Telefonnummern, Funktion und Notizen dieser Person, ihren Namen in Aktivitätstexten und ihre Werte im Änderungsverlauf löschen?

Dies kann nicht rückgängig gemacht werden (nur Sicherungen enthalten die Daten noch, bis sie turnusmäßig entfallen). Projekte und Statistiken bleiben unverändert.</translation>
    </message>
    <message>
        <source>Erasure not finished</source>
        <translation>Löschen nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>e.g. European HQ Düsseldorf</source>
        <extracomment>Creates a company from the text typed in the chooser: (parent, text) -&gt; new id or None. Creates a company for &quot;New company…&quot;; replace it to answer without a dialog.</extracomment>
        <translation>z. B. Europazentrale Düsseldorf</translation>
    </message>
    <message>
        <source>e.g. Sakura (optional)</source>
        <translation>z. B. Sakura (optional)</translation>
    </message>
    <message>
        <source>A confidential project is shown by its code name, not its company, outside the desk</source>
        <translation>Ein vertrauliches Projekt wird außerhalb des Desks mit seinem Codenamen statt mit dem Unternehmen angezeigt</translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation>— noch niemand —</translation>
    </message>
    <message>
        <source>e.g. Amsterdam, London, Frankfurt</source>
        <translation>z. B. Amsterdam, London, Frankfurt</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inaktiv)</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Code name</source>
        <translation>Codename</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>How it reached us</source>
        <translation>Wie die Anfrage uns erreichte</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Referring partner</source>
        <translation>Vermittelnder Partner</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation>Geplante Arbeitsplätze</translation>
    </message>
    <message>
        <source>Office space</source>
        <translation>Bürofläche</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Investition</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Competing locations</source>
        <translation>Konkurrierende Standorte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Planned investment in euros</source>
        <translation>Geplante Investition in Euro</translation>
    </message>
    <message>
        <source>New inquiry</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <source>New inquiry — not saved yet</source>
        <translation>Neue Anfrage — noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Project #{id}</source>
        <translation>Projekt Nr. {id}</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>Phase: {stage}</translation>
    </message>
    <message>
        <source>choose the company: type part of its name</source>
        <translation>Unternehmen wählen: Teil des Namens eingeben</translation>
    </message>
    <message>
        <source>the new inquiry</source>
        <translation>der neuen Anfrage</translation>
    </message>
</context>
<context>
    <name>ProjectEditorDialog</name>
    <message>
        <source>New inquiry</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <source>Project — {title}</source>
        <translation>Projekt — {title}</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Tage in Phase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation>Geplante Arbeitsplätze</translation>
    </message>
</context>
<context>
    <name>ProjectWindow</name>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <source>Move the project to another stage (Alt+M)</source>
        <translation>Das Projekt in eine andere Phase verschieben (Alt+V)</translation>
    </message>
    <message>
        <source>Move the project to another stage</source>
        <translation>Das Projekt in eine andere Phase verschieben</translation>
    </message>
    <message>
        <source>Meeting &amp;briefing…</source>
        <translation>&amp;Gesprächsvorbereitung…</translation>
    </message>
    <message>
        <source>Print or save a briefing for a meeting on this project (Alt+B)</source>
        <translation>Eine Gesprächsvorbereitung für einen Termin zu diesem Projekt drucken oder speichern (Alt+G)</translation>
    </message>
    <message>
        <source>Move the project to the trash (File → Trash… restores it)</source>
        <translation>Das Projekt in den Papierkorb verschieben (Datei → Papierkorb… stellt es wieder her)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Phasenverlauf</translation>
    </message>
    <message>
        <source>Stage &amp;history</source>
        <translation>&amp;Phasenverlauf</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <extracomment>Moves the project as the board does: the same questions, refusals, undo and redo.</extracomment>
        <translation>Ä&amp;nderungsverlauf</translation>
    </message>
    <message>
        <source>{project} — {company}</source>
        <translation>{project} — {company}</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>Phase: {stage}</translation>
    </message>
    <message>
        <source>Briefing {name}</source>
        <translation>Gesprächsvorbereitung {name}</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Gesprächsvorbereitung</translation>
    </message>
    <message>
        <source>{stage} (now)</source>
        <translation>{stage} (aktuell)</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to {what}?</source>
        <translation>Änderungen an {what} speichern?</translation>
    </message>
    <message>
        <source>If you don&apos;t save them, your changes will be lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Reload shows the saved version (your changes here are dropped); Overwrite saves yours over it (the other change stays in the record&apos;s Changes).</source>
        <translation>„Neu laden“ zeigt die gespeicherte Fassung (Ihre Änderungen hier werden verworfen); „Überschreiben“ speichert Ihre Fassung darüber (die andere Änderung bleibt im Änderungsverlauf des Datensatzes erhalten).</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>Asks &quot;save the changes?&quot;; replace it to answer without a dialog. Shows an error that is no field&apos;s fault (e.g. the record was deleted meanwhile). Asks what to do when someone else saved the record meanwhile; replaceable in tests.</extracomment>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Undo the changes since the last save (Esc)</source>
        <translation>Änderungen seit dem letzten Speichern verwerfen (Esc)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Show only the records that contain this text ({keys})</source>
        <extracomment>A read taking longer than this is shown as such in the count line. The user asked to delete the chosen record (Delete key or context menu).</extracomment>
        <translation>Nur Datensätze anzeigen, die diesen Text enthalten ({keys})</translation>
    </message>
    <message>
        <source>Colu&amp;mns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation>Anzuzeigende Spalten auswählen</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Liste filtern</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>In den &amp;Papierkorb…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>more than {count}</source>
        <translation>mehr als {count}</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Die Liste wird gelesen…</translation>
    </message>
    <message>
        <source>The list could not be read</source>
        <translation>Die Liste konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>RecordWindow</name>
    <message>
        <source>Log activity…</source>
        <extracomment>The window was closed (and is about to be deleted). The record&apos;s kind as the trash and the change history name it (&quot;company&quot;). The tab of the record&apos;s details (first of the tabs), if there is one.</extracomment>
        <translation>Aktivität erfassen…</translation>
    </message>
    <message>
        <source>Log a call, meeting or visit (Ctrl+L)</source>
        <translation>Anruf, Termin oder Besuch erfassen (Strg+L)</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>Aufgabe hinzufügen…</translation>
    </message>
    <message>
        <source>Add a follow-up task (Ctrl+T)</source>
        <translation>Eine Folgeaufgabe hinzufügen (Strg+T)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>T&amp;asks</source>
        <translation>&amp;Aufgaben</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention review</source>
        <extracomment>Contacts were erased (how many).</extracomment>
        <translation>Aufbewahrungsprüfung</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahren</translation>
    </message>
    <message>
        <source>Years without activity</source>
        <translation>Jahre ohne Aktivität</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Contacts due for review</source>
        <translation>Zu prüfende Kontakte</translation>
    </message>
    <message>
        <source>&amp;Erase selected…</source>
        <translation>Ausgewählte &amp;löschen…</translation>
    </message>
    <message>
        <source>Contacts without any activity for</source>
        <translation>Kontakte ohne jede Aktivität seit</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) due for review.</source>
        <translation>
            <numerusform>%n Kontakt ist zu prüfen.</numerusform>
            <numerusform>%n Kontakte sind zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase contacts</source>
        <translation>Kontakte löschen</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n contact(s) for good? Their names, email, phones and notes, their name in activity texts and their values in the audit trail go; projects and statistics stay. Only backups keep them until they rotate out.</source>
        <translation>
            <numerusform>%n Kontakt endgültig löschen? Namen, E-Mail, Telefonnummern und Notizen, der Name in Aktivitätstexten und die Werte im Änderungsverlauf werden entfernt; Projekte und Statistiken bleiben erhalten. Nur Sicherungen enthalten die Daten noch, bis sie turnusmäßig entfallen.</numerusform>
            <numerusform>%n Kontakte endgültig löschen? Namen, E-Mail, Telefonnummern und Notizen, die Namen in Aktivitätstexten und die Werte im Änderungsverlauf werden entfernt; Projekte und Statistiken bleiben erhalten. Nur Sicherungen enthalten die Daten noch, bis sie turnusmäßig entfallen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contacts could not be erased</source>
        <translation>Die Kontakte konnten nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Erasing …</source>
        <translation>Wird gelöscht …</translation>
    </message>
    <message>
        <source>Erasure not finished</source>
        <translation>Löschen nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>SavedNotice</name>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saved as {name}</source>
        <translation>Gespeichert als {name}</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search companies, contacts, projects and notes (ｴﾌﾟｿﾝ, 山田, Epson …)</source>
        <translation>Unternehmen, Kontakte, Projekte und Notizen durchsuchen (ｴﾌﾟｿﾝ, 山田, Epson …)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Type to search.</source>
        <translation>Geben Sie einen Suchbegriff ein.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} gefunden</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ServerAway</name>
    <message>
        <source>The team database cannot be reached</source>
        <translation>Die Team-Datenbank ist nicht erreichbar</translation>
    </message>
    <message>
        <source>LeadTracker cannot reach {where}.</source>
        <translation>LeadTracker erreicht {where} nicht.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Open a &amp;local file…</source>
        <translation>&amp;Lokale Datei öffnen…</translation>
    </message>
    <message>
        <source>&amp;Change connection…</source>
        <translation>Verbindung ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>LeadTracker database (*.sqlite *.db)</source>
        <extracomment>What the file dialogs offer (the texts are translated when shown).</extracomment>
        <translation>LeadTracker-Datenbank (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>As&amp;k before a move skips stages</source>
        <translation>&amp;Fragen, bevor ein Verschieben Phasen überspringt</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>&amp;Open another…</source>
        <translation>&amp;Andere öffnen…</translation>
    </message>
    <message>
        <source>Create &amp;new…</source>
        <translation>&amp;Neu anlegen…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>All data of the Japan Desk lives in this one file. Keep it on this PC&apos;s own disk; backups are made beside it.</source>
        <translation>Alle Daten des Japan Desks liegen in dieser einen Datei. Bewahren Sie sie auf der lokalen Festplatte dieses PCs auf; Sicherungen werden daneben angelegt.</translation>
    </message>
    <message>
        <source>Staff member using this PC</source>
        <extracomment>The user chose another database file (to open, or to create when it does not exist). The staff member using this PC changed (their id, or None). The user wants LeadTracker started again now (another interface language).</extracomment>
        <translation>Mitarbeiter/in an diesem PC</translation>
    </message>
    <message>
        <source>&amp;Add staff member…</source>
        <translation>Mitarbeiter/in &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Language of PDF documents</source>
        <translation>Sprache der PDF-Dokumente</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Your work</source>
        <translation>Ihre Arbeit</translation>
    </message>
    <message>
        <source>&amp;Staff member using this PC</source>
        <translation>&amp;Mitarbeiter/in an diesem PC</translation>
    </message>
    <message>
        <source>&amp;PDF documents in</source>
        <translation>&amp;PDF-Dokumente auf</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Team-Datenbank</translation>
    </message>
    <message>
        <source>Connect to a &amp;team database…</source>
        <translation>Mit einer &amp;Team-Datenbank verbinden…</translation>
    </message>
    <message>
        <source>The desk&apos;s data lives on this team server, shared with your colleagues. Its backups are made on the server by your IT department.</source>
        <translation>Die Daten des Desks liegen auf diesem Team-Server und werden mit Ihren Kolleginnen und Kollegen geteilt. Die Sicherungen macht Ihre IT-Abteilung auf dem Server.</translation>
    </message>
    <message>
        <source>Daily backups kept (days)</source>
        <translation>Aufbewahrte tägliche Sicherungen (Tage)</translation>
    </message>
    <message>
        <source>Weekly backups kept (weeks)</source>
        <translation>Aufbewahrte wöchentliche Sicherungen (Wochen)</translation>
    </message>
    <message>
        <source>Keep the daily backups of the last</source>
        <translation>Tägliche Sicherungen der letzten</translation>
    </message>
    <message>
        <source>days and one of each of the last</source>
        <translation>Tage und je eine der letzten</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen aufbewahren</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>As the system (now: {name})</source>
        <translation>Wie das System (jetzt: {name})</translation>
    </message>
    <message>
        <source>Takes effect when LeadTracker starts next.</source>
        <translation>Gilt ab dem nächsten Start von LeadTracker.</translation>
    </message>
    <message>
        <source>The new language shows when LeadTracker starts again. Restart it now?</source>
        <translation>Die neue Sprache erscheint, wenn LeadTracker neu startet. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Nicht ausgewählt</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Mitarbeiter/in hinzufügen</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Vollständiger Name:</translation>
    </message>
    <message>
        <source>Initials:</source>
        <translation>Kürzel:</translation>
    </message>
    <message>
        <source>The staff member was not added</source>
        <translation>Mitarbeiter/in wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Neue Datenbank anlegen</translation>
    </message>
    <message>
        <source>{path} exists already. Use “Open another…” to open it.</source>
        <translation>{path} ist bereits vorhanden. Verwenden Sie „Andere öffnen…“, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>No new database was created</source>
        <translation>Es wurde keine neue Datenbank angelegt</translation>
    </message>
</context>
<context>
    <name>SourceChart</name>
    <message>
        <source>Inquiries by source, {period}</source>
        <translation>Anfragen nach Quelle, {period}</translation>
    </message>
    <message>
        <source>{source}: {count} ({share} %)</source>
        <translation>{source}: {count} ({share} %)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>{share} %</source>
        <translation>{share} %</translation>
    </message>
    <message>
        <source>{partner}: {count}</source>
        <translation>{partner}: {count}</translation>
    </message>
    <message>
        <source>(no partner recorded)</source>
        <translation>(kein Partner erfasst)</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>Vermittelt durch:</translation>
    </message>
</context>
<context>
    <name>StageDialogs</name>
    <message>
        <source>Move to {stage}</source>
        <translation>Verschieben nach {stage}</translation>
    </message>
    <message>
        <source>Move “{project}” to “{stage}”</source>
        <translation>„{project}“ nach „{stage}“ verschieben</translation>
    </message>
    <message>
        <source>The company has decided for Düsseldorf. On which day was the decision made?</source>
        <translation>Das Unternehmen hat sich für Düsseldorf entschieden. An welchem Tag fiel die Entscheidung?</translation>
    </message>
    <message>
        <source>&amp;Decision date</source>
        <translation>&amp;Entscheidungsdatum</translation>
    </message>
    <message>
        <source>The company has chosen another location. The reason and the location go into the statistics of lost projects.</source>
        <translation>Das Unternehmen hat sich für einen anderen Standort entschieden. Grund und Standort fließen in die Statistik der verlorenen Projekte ein.</translation>
    </message>
    <message>
        <source>Choose a reason …</source>
        <translation>Grund auswählen …</translation>
    </message>
    <message>
        <source>e.g. Amsterdam</source>
        <translation>z. B. Amsterdam</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>&amp;Location chosen instead</source>
        <translation>Stattdessen gewählter &amp;Standort</translation>
    </message>
    <message>
        <source>Location chosen instead</source>
        <translation>Stattdessen gewählter Standort</translation>
    </message>
    <message>
        <source>Optional: what the company said, who decided, …</source>
        <translation>Optional: was das Unternehmen sagte, wer entschied, …</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Trade registration (Gewerbeanmeldung)</source>
        <extracomment>The dated steps of the checklist: field and (untranslated) label.</extracomment>
        <translation>Gewerbeanmeldung</translation>
    </message>
    <message>
        <source>Commercial register entry (Handelsregister)</source>
        <translation>Eintragung ins Handelsregister</translation>
    </message>
    <message>
        <source>Office lease signed</source>
        <translation>Büromietvertrag unterzeichnet</translation>
    </message>
    <message>
        <source>Branch opened</source>
        <translation>Niederlassung eröffnet</translation>
    </message>
    <message>
        <source>“Landed” means the branch has opened. Tick each step of the landing checklist and enter the day it was done.</source>
        <translation>„Angesiedelt“ bedeutet, dass die Niederlassung eröffnet wurde. Haken Sie jeden Schritt der Ansiedlungs-Checkliste ab und geben Sie den Tag ein, an dem er erledigt wurde.</translation>
    </message>
    <message>
        <source>planned: {jobs}</source>
        <translation>geplant: {jobs}</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Work and residence &amp;permits</source>
        <translation>Arbeits- und Aufenthalts&amp;genehmigungen</translation>
    </message>
    <message>
        <source>&amp;Jobs at opening</source>
        <translation>&amp;Arbeitsplätze bei Eröffnung</translation>
    </message>
    <message>
        <source>Actual &amp;investment</source>
        <translation>Tatsächliche &amp;Investition</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>Inquiry</source>
        <extracomment>The default pipeline&apos;s stage names, for lupdate; a desk&apos;s own stages show as named.</extracomment>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Active project</source>
        <translation>Aktives Projekt</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Standortbesichtigung</translation>
    </message>
    <message>
        <source>Decision pending</source>
        <translation>Entscheidung offen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Landed</source>
        <translation>Angesiedelt</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Bestandspflege</translation>
    </message>
    <message>
        <source>On hold / delayed</source>
        <translation>Pausiert / verzögert</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <source>Task</source>
        <extracomment>The notice of the last task marked done here (with its *Undo*). The tasks ticked done here, the last one last (Ctrl+Z opens it again).</extracomment>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Space ticks the chosen task done; F2 or a double click edits it; Delete moves it to the trash; the context menu reschedules or reassigns it.</source>
        <translation>Die Leertaste hakt die ausgewählte Aufgabe als erledigt ab; F2 oder ein Doppelklick bearbeitet sie; Entf verschiebt sie in den Papierkorb; das Kontextmenü verschiebt den Termin oder gibt sie jemand anderem.</translation>
    </message>
    <message>
        <source>Untick to open the task again</source>
        <translation>Haken entfernen, um die Aufgabe wieder zu öffnen</translation>
    </message>
    <message>
        <source>Tick when the task is done</source>
        <translation>Abhaken, wenn die Aufgabe erledigt ist</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>{caption}: {value}</source>
        <translation>{caption}: {value}</translation>
    </message>
    <message>
        <source>{detail}. {explanation}</source>
        <translation>{detail}. {explanation}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Stage</source>
        <extracomment>What a window reads of its record (a company&apos;s or a project&apos;s record).</extracomment>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Noch nichts erfasst.</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} Kontakte</translation>
    </message>
    <message>
        <source>{count} projects</source>
        <translation>{count} Projekte</translation>
    </message>
    <message>
        <source>{count} activities</source>
        <translation>{count} Aktivitäten</translation>
    </message>
    <message>
        <source>{count} tasks</source>
        <translation>{count} Aufgaben</translation>
    </message>
    <message>
        <source>Move to the trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Move “{name}” to the trash?</source>
        <translation>„{name}“ in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <source>With it go: {records}.</source>
        <translation>Mit in den Papierkorb gehen: {records}.</translation>
    </message>
    <message>
        <source>Nothing shows it any more, but File → Trash… can restore it until the trash is emptied.</source>
        <translation>Es wird nirgends mehr angezeigt, lässt sich aber über Datei → Papierkorb… wiederherstellen, bis der Papierkorb geleert wird.</translation>
    </message>
    <message>
        <source>&amp;Move to trash</source>
        <translation>In den &amp;Papierkorb</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <extracomment>Records came back or went for good: pages reload.</extracomment>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Deleted companies, contacts, projects, activities and tasks wait here. Restoring brings back everything a deletion took; deleting for good cannot be undone (only backups keep it).</source>
        <translation>Gelöschte Unternehmen, Kontakte, Projekte, Aktivitäten und Aufgaben warten hier. Wiederherstellen bringt alles zurück, was eine Löschung mitgenommen hat; endgültiges Löschen lässt sich nicht rückgängig machen (nur Sicherungen behalten es).</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>With it</source>
        <translation>Mit dabei</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Gelöschte Datensätze</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>Endgültig lö&amp;schen…</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>Papierkorb &amp;leeren…</translation>
    </message>
    <message>
        <source>Not everything could be restored</source>
        <translation>Nicht alles konnte wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Delete {count} deleted records for good?</source>
        <translation>{count} gelöschte Datensätze endgültig löschen?</translation>
    </message>
    <message>
        <source>Delete “{name}” for good?</source>
        <translation>„{name}“ endgültig löschen?</translation>
    </message>
    <message>
        <source>Empty the trash: delete everything in it for good?</source>
        <translation>Papierkorb leeren: alles darin endgültig löschen?</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>This cannot be undone (only backups keep the records until they rotate out).</source>
        <translation>Das lässt sich nicht rückgängig machen (nur Sicherungen behalten die Datensätze, bis sie ausrotieren).</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Settled in Düsseldorf</source>
        <translation>In Düsseldorf ansässig</translation>
    </message>
    <message>
        <source>Former</source>
        <translation>Ehemalig</translation>
    </message>
    <message>
        <source>Sales office</source>
        <translation>Vertriebsbüro</translation>
    </message>
    <message>
        <source>European HQ</source>
        <translation>Europazentrale</translation>
    </message>
    <message>
        <source>R&amp;D</source>
        <translation>Forschung &amp; Entwicklung</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation>Logistik</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Partner referral</source>
        <translation>Partnerempfehlung</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Existing company</source>
        <translation>Bestandsunternehmen</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Public task (Art. 6(1)(e) GDPR)</source>
        <translation>Öffentliche Aufgabe (Art. 6 Abs. 1 lit. e DSGVO)</translation>
    </message>
    <message>
        <source>Consent (Art. 6(1)(a) GDPR)</source>
        <translation>Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)</translation>
    </message>
    <message>
        <source>Mr / Herr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <source>Ms / Frau</source>
        <translation>Frau</translation>
    </message>
    <message>
        <source>Name only</source>
        <translation>Nur Name</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Automobil</translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation>Elektronik</translation>
    </message>
    <message>
        <source>Machinery</source>
        <translation>Maschinenbau</translation>
    </message>
    <message>
        <source>Chemicals</source>
        <translation>Chemie</translation>
    </message>
    <message>
        <source>Pharma / health</source>
        <translation>Pharma / Gesundheit</translation>
    </message>
    <message>
        <source>ICT / software</source>
        <translation>IKT / Software</translation>
    </message>
    <message>
        <source>Telecom</source>
        <translation>Telekommunikation</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Handel</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <source>Consumer goods</source>
        <translation>Konsumgüter</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Lebensmittel</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienstleistungen</translation>
    </message>
    <message>
        <source>Chairman</source>
        <translation>Vorsitzender</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Präsident</translation>
    </message>
    <message>
        <source>Vice President</source>
        <translation>Vizepräsident</translation>
    </message>
    <message>
        <source>Senior Managing Director</source>
        <translation>Senior Managing Director</translation>
    </message>
    <message>
        <source>Managing Director</source>
        <translation>Managing Director</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Direktor</translation>
    </message>
    <message>
        <source>General Manager</source>
        <translation>General Manager</translation>
    </message>
    <message>
        <source>Deputy General Manager</source>
        <translation>Deputy General Manager</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Section Chief</source>
        <translation>Section Chief</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <source>same corporate number</source>
        <translation>gleiche Unternehmensnummer</translation>
    </message>
    <message>
        <source>same website</source>
        <translation>gleiche Website</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Standortbesichtigung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Talent</source>
        <translation>Fachkräfte</translation>
    </message>
    <message>
        <source>Customers / market</source>
        <translation>Kunden / Markt</translation>
    </message>
    <message>
        <source>Tax / subsidies</source>
        <translation>Steuern / Förderung</translation>
    </message>
    <message>
        <source>HQ decision</source>
        <translation>Entscheidung der Zentrale</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Förderagentur</translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation>Kammer</translation>
    </message>
    <message>
        <source>Consulate</source>
        <translation>Konsulat</translation>
    </message>
    <message>
        <source>Innovation hub</source>
        <translation>Innovationszentrum</translation>
    </message>
    <message>
        <source>Law and tax</source>
        <translation>Recht und Steuern</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Domain labels worded differently from the interface&apos;s above: messages of the services list them (an import&apos;s &quot;is not one of: …&quot;), in the same context.</extracomment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Lawyers / tax advisers</source>
        <translation>Rechtsanwälte / Steuerberater</translation>
    </message>
</context>
<context>
    <name>WhoDialog</name>
    <message>
        <source>Who is using this PC?</source>
        <extracomment>Wide enough that the explanation reads in a few lines, narrow enough for any screen. How many initials are suggested from a new colleague&apos;s name.</extracomment>
        <translation>Wer arbeitet an diesem PC?</translation>
    </message>
    <message>
        <source>LeadTracker records every change with the name of the person who made it. Choose yourself, or add yourself if you are new at the desk. You can change this later under Settings.</source>
        <translation>LeadTracker vermerkt jede Änderung mit dem Namen der Person, die sie vorgenommen hat. Wählen Sie sich aus oder tragen Sie sich ein, wenn Sie neu im Team sind. Sie können das später unter Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Staff members</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>z. B. {example}</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>I am new here</source>
        <translation>Ich bin neu hier</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>Start working</source>
        <translation>Loslegen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>You can look around; LeadTracker asks again before the first change is saved</source>
        <translation>Sie können sich umsehen; LeadTracker fragt erneut, bevor die erste Änderung gespeichert wird</translation>
    </message>
    <message>
        <source>I am:</source>
        <translation>Ich bin:</translation>
    </message>
</context>
<context>
    <name>WorkActions</name>
    <message>
        <source>The activity could not be opened</source>
        <extracomment>Something done to one task or activity: ``(actions, its id, parent)``; whether it was done. The scheme of the links in a timeline that correct an activity.</extracomment>
        <translation>Die Aktivität konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The task could not be opened</source>
        <translation>Die Aufgabe konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The task was not changed</source>
        <translation>Die Aufgabe wurde nicht geändert</translation>
    </message>
    <message>
        <source>Task done</source>
        <translation>Aufgabe erledigt</translation>
    </message>
    <message>
        <source>“{task}” is done.</source>
        <translation>„{task}“ ist erledigt.</translation>
    </message>
    <message>
        <source>Undo opens it again.</source>
        <translation>Rückgängig öffnet sie wieder.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>The task was not rescheduled</source>
        <translation>Der Termin der Aufgabe wurde nicht verschoben</translation>
    </message>
    <message>
        <source>The task was not given to someone else</source>
        <translation>Die Aufgabe wurde nicht weitergegeben</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Mark as &amp;not done</source>
        <translation>Als &amp;nicht erledigt markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Verschieben auf</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Next Monday</source>
        <translation>Nächsten Montag</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>In einer Woche</translation>
    </message>
    <message>
        <source>Other date…</source>
        <translation>Anderes Datum…</translation>
    </message>
    <message>
        <source>&amp;Give to</source>
        <translation>&amp;Weitergeben an</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>WorkDialogs</name>
    <message>
        <source>Log activity</source>
        <extracomment>Asks what to do when someone else saved the record meanwhile (tests answer it). Save over whatever is saved now (the user chose to overwrite).</extracomment>
        <translation>Aktivität erfassen</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Aktivität bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Call with Mr. Yamada about office space</source>
        <translation>z. B. Anruf mit Herrn Yamada wegen Büroflächen</translation>
    </message>
    <message>
        <source>What was discussed, what was promised</source>
        <translation>Was besprochen und was zugesagt wurde</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Betreff</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Teilnehmende</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>&amp;Mitarbeitende</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>say in a few words what happened</source>
        <translation>in wenigen Worten beschreiben, was passiert ist</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Send list of office spaces</source>
        <translation>z. B. Liste mit Büroflächen senden</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Fällig</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Zuständig</translation>
    </message>
</context>
<context>
    <name>_SectionBox</name>
    <message>
        <source>{title} ({shown} of {total})</source>
        <extracomment>Rows a section shows before it scrolls.</extracomment>
        <translation>{title} ({shown} von {total})</translation>
    </message>
    <message>
        <source>{title} ({total})</source>
        <translation>{title} ({total})</translation>
    </message>
</context>
</TS>
