<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>BackgroundRunner</name>
    <message>
        <source>Something went wrong that LeadTracker did not expect.</source>
        <extracomment>What a long call gets to report with: a step&apos;s text and the share done (0.0–1.0).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved by this action. The details below help to find the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Emitted when a job starts and when the last one ends (for a busy cursor or status).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>before the upgrade to {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backed up by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup of {when} ({why})?

Changes made since then are no longer shown; the database as it is now is kept as a backup first, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {path} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup that passes the check. Keep the file as it is and ask your IT support for the copy of the file server&apos;s backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is from {when} ({why}). Restore it? Changes made since then are lost; the damaged file is kept beside the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <extracomment>Restore this backup (its path), confirmed by the user.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of {name} in {folder}. A daily backup is taken when the app starts; the last 7 days and 8 weeks are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Meeting briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the meeting in Düsseldorf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the project&apos;s title, not only its code name “{code}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time (Düsseldorf):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeHistory</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>One column always stays visible</source>
        <extracomment>Under the chooser&apos;s key: the header&apos;s state, and the columns it belongs to.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore default columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyChooser</name>
    <message>
        <source>Type part of a name (any script) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a company from the list that opens as you type (or clear the field)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyEditor</name>
    <message>
        <source>13 digits</source>
        <extracomment>Asks what to do about look-alike companies: (parent, new company&apos;s name, candidates). Asks what to do about look-alikes; replace it to answer without a dialog.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 13-digit number of the National Tax Agency&apos;s register (法人番号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Amtsgericht Düsseldorf HRB 12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company this one belongs to, e.g. the Japanese parent of a GmbH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English trade name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters in Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company and Düsseldorf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company — not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyEditorDialog</name>
    <message>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company — {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyWindow</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inquiry…</source>
        <extracomment>The window was closed (and is about to be deleted).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new inquiry of this company (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add c&amp;ontact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call, meeting or visit (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;ssier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the company&apos;s dossier or save it as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save dossier as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the titles of code-named projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projects ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>e.g. 欧州営業部 部長 / General Manager, Sales Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. newsletter and event invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kanji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romaji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kanji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>romaji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in {script}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company and position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact — not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditorDialog</name>
    <message>
        <source>New contact</source>
        <extracomment>Makes the *Personal data* button of a saved contact: ``(contact id, reload, parent)``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact — {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>€{number} billion</source>
        <extracomment>Calm colours: one blue for the pipeline, grey for what waits, green for the benchmark.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>€{number} million</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FY{year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q{number} {year}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <extracomment>The figures shown (``None`` until the first load).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the figures again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of this period as a PDF or Excel file for management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span} · in progress: figures so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} in {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries (new projects) received in {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today; {count} of them on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects today that have not landed, been lost or withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned in {count} active projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs planned by the active projects (not jobs at opening)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} planned by the active projects (not actual investment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark {low}–{high} per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{benchmark} (about {low}–{high} in this period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{benchmark}; {count} in {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches opened so far; the period is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches opened in {period}: {standing}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the document …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started. Is a printer set up on this PC?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateCandidatesModel</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ in Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it looks the same</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” may already be in LeadTracker. Open the existing company instead of creating a second record, or create it anyway if it is a different company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing companies like this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected company instead (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the form to change it (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>All tables</source>
        <extracomment>The tables by the names the app shows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV (UTF-8, one file per table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all tables as CSV into a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Problem with {field}</source>
        <extracomment>Red that reads on white and on the light grey of a window (WCAG AA, 4.5:1 and more).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the field marked below.</source>
        <extracomment>Emitted when the form gets or loses unsaved changes. Emitted on every edit of any field.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the {count} fields marked below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormInputs</name>
    <message>
        <source>“{text}” is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not an amount like 2,500,000 or 2.5 Mio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” has more than two decimal places (cents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2.5 Mio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount in euros, e.g. 2,500,000 or 2.5 Mio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to enter a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: has a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <extracomment>Imports a file as asked (see services/importing.py: ``import_file``). What the empty choice of the &quot;Imported as&quot; column means. Records were imported (the report).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rows are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies and contacts already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update them with the file&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add them again anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file&apos;s columns are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .csv or .xlsx file with one company, contact or project per row, a whole exported workbook, or a .vcf file of contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Already in the database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sheet of an exported workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (vCards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists, workbooks and contacts (*.csv *.xlsx *.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as, for column {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: {rows} — to create: {created}, to update: {updated}, to skip: {skipped}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: {rows} — created: {created}, updated: {updated}, skipped: {skipped}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows checked: {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By sheet: {sheets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as {encoding}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns left out: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing can be imported until they are fixed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LandedChart</name>
    <message>
        <source>Landed per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landed per fiscal year (April–March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landed (branch opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark {low}–{high} per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}: {count} landed
{span}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Filter projects (title, code name …)</source>
        <extracomment>Companies in the demo data offered on the first start.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter companies (name, reading, city …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter contacts (name in any script, email …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners &amp; events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inquiry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipeline summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} — {companies} companies, {contacts} contacts, {projects} projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records could not be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to LeadTracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is stored in {path}.

Load demo data ({count} made-up companies with contacts, projects and activities) to explore LeadTracker? For real work, create a new, empty database later under Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading demo data …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadTracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database on a network drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is on a network drive. When two PCs write to it at the same time, the file can be damaged. Keep the database on this PC and share exports, or let one PC at a time use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadTracker — Japan Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyDay</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “{task}” as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyDayPage</name>
    <message>
        <source>&amp;Only my work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the tasks and inquiries you own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inquiry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a new inquiry (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log your answer to the chosen inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every new inquiry has been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the task done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space marks the chosen task done; Enter opens what it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are under Settings first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My day could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inquiries waiting for an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My day — {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to the inquiry “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamePreview</name>
    <message>
        <source>Listed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners &amp; events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries: projects that name the partner as referrer or started at the event. Won: decided for Düsseldorf. Opened: the branch opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners and events could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>Calendar year</source>
        <extracomment>Colour of a finished period&apos;s landed figure: amber below the benchmark, green otherwise. Below these widths (device-independent pixels) the tiles wrap, and the charts stack. Wait this long after the period changes before loading (spinning through years loads once).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year (April–March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Japanese fiscal year runs from April to March, named after its start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FY2025 is 1 April 2025 – 31 March 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the year that contains today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year, named after the year it starts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineBoard</name>
    <message>
        <source>today</source>
        <extracomment>Width of a column in pixels at 100% scaling. Moves Ctrl+Z can take back, newest first. Days after which a card in a working stage shows its days in amber. The colour strip over a column, by what its stage means. How the fields a stage needs are asked: ``ask(parent, project, stage)``; None: cancelled. How a refusal is shown: ``show(parent, title, error)``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{jobs} jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year ({year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year ({year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fiscal year ({year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last fiscal year ({year})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects</source>
        <extracomment>A card was dropped here: project id, key of the stage it came from. Enter or a double-click on a card: project id. Ctrl+Shift+Right / Left on a card: project id, +1 or -1 (the next or previous stage). Left / Right: go to the column beside this one (+1 or -1). A card is dragged over this column (the card) or left it (None).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage} column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} projects in {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}: {count} projects, {order}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} shown, {order}. Narrow the filters to see the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period (inquiry received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo move</source>
        <extracomment>Letters a filter shows at the least. Enter or a double-click on a card: the project&apos;s id. A project was moved or a move taken back (other pages may refresh): its id. The board has been (re)loaded and shows the current data.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the board again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a card to another stage to move it, or select it and press Ctrl+Shift+Right / Left. Enter opens the project; Ctrl+Z undoes a move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline board could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} projects match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the project to “{stage}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No move to undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo move of “{project}” to “{stage}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} (back to “{stage}”, Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineBoardModel</name>
    <message>
        <source>confidential</source>
        <extracomment>Drag data of a card: ``{&quot;project_id&quot;: 12, &quot;stage&quot;: &quot;inquiry&quot;}`` as UTF-8 JSON.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{jobs} planned jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineChart</name>
    <message>
        <source>Active pipeline by stage (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}: {count} projects
Planned: {jobs} jobs, {investment}
Click to list them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineReportDialog</name>
    <message>
        <source>Pipeline summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or another period: 2025Q3, 2025-01-01..2025-06-30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF for reading and printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excel: the figures, and every table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the titles of code-named projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <source>&amp;Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything held about this person, or erase them (GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <extracomment>The save dialog; replaceable in tests.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data could not be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this person&apos;s names, email, phones, title and notes, their name in activity texts, and their values in the audit trail?

This cannot be undone (only backups keep them until they rotate out). Projects and statistics stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <source>e.g. European HQ Düsseldorf</source>
        <extracomment>Creates a company from the text typed in the chooser: (parent, text) -&gt; new id or None. Creates a company for &quot;New company…&quot;; replace it to answer without a dialog.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sakura (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confidential project is shown by its code name, not its company, outside the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nobody yet —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Amsterdam, London, Frankfurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it reached us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competing locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned investment in euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inquiry — not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the company: type part of its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new inquiry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectEditorDialog</name>
    <message>
        <source>New inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project — {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectWindow</name>
    <message>
        <source>&amp;Move to</source>
        <extracomment>The window was closed (and is about to be deleted).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the project to another stage (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the project to another stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call, meeting or visit (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a follow-up task (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting &amp;briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save a briefing for a meeting on this project (Alt+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{project} — {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage} (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was not marked done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to {what}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t save them, your changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload shows the saved version (your changes here are dropped); Overwrite saves yours over it (the other change stays in the record&apos;s Changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>Asks &quot;save the changes?&quot;; replace it to answer without a dialog. Shows an error that is no field&apos;s fault (e.g. the record was deleted meanwhile). Asks what to do when someone else saved the record meanwhile; replaceable in tests.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the changes since the last save (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Show only the records that contain this text ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colu&amp;mns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention review</source>
        <extracomment>Contacts were erased (how many).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years without activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts due for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts without any activity for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) due for review.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Erase contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erase %n contact(s) for good? Their names, email, phones and notes, their name in activity texts and their values in the audit trail go; projects and statistics stay. Only backups keep them until they rotate out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The contacts could not be erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search companies, contacts, projects and notes (ｴﾌﾟｿﾝ, 山田, Epson …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>LeadTracker database (*.sqlite *.db)</source>
        <extracomment>What the file dialogs offer (the texts are translated when shown).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <extracomment>The user chose another database file (to open, or to create when it does not exist). The staff member using this PC changed (their id, or None).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;new…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All data of the Japan Desk lives in this one file. Keep it on this PC&apos;s own disk; backups are made beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member using this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add staff member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of PDF documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff member using this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF documents in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff member was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} exists already. Use “Open another…” to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new database was created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceChart</name>
    <message>
        <source>Inquiries by source, {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}: {count} ({share} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no partner recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageDialogs</name>
    <message>
        <source>cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “{project}” to “{stage}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company has decided for Düsseldorf. On which day was the decision made?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company has chosen another location. The reason and the location go into the statistics of lost projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Amsterdam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location chosen instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location chosen instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose why the company went elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the location the company chose instead, e.g. Amsterdam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade registration (Gewerbeanmeldung)</source>
        <extracomment>The dated steps of the checklist: field and (untranslated) label.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial register entry (Handelsregister)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office lease signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Landed” means the branch has opened. Tick each step of the landing checklist and enter the day it was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned: {jobs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work and residence &amp;permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs at opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual &amp;investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: tick it and enter the day it was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work and residence permits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be done or not required before the branch counts as landed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs at opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the jobs at the opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual investment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>Inquiry</source>
        <extracomment>The default pipeline&apos;s stage names, for lupdate; a desk&apos;s own stages show as named.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold / delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>{caption}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{detail}. {explanation}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Stage</source>
        <extracomment>Asks the user for what moving to a stage needs; ``None`` when they cancel.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled in Düsseldorf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>European HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public task (Art. 6(1)(e) GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent (Art. 6(1)(a) GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mr / Herr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ms / Frau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machinery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chemicals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharma / health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICT / software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telecom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chairman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>President</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vice President</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior Managing Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy General Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section Chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same corporate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers / market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax / subsidies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chamber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovation hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Law and tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkDialogs</name>
    <message>
        <source>Log activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Call with Mr. Yamada about office space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discussed, what was promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say in a few words what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Send list of office spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SectionBox</name>
    <message>
        <source>{title} ({shown} of {total})</source>
        <extracomment>Rows a section shows before it scrolls.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({total})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
