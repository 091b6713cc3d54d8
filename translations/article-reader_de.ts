<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ArticleExporter</name>
    <message>
        <source>Export Entities</source>
        <translation>Namen exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Entities exported to %1</source>
        <translation>Namen nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export Article as HTML</source>
        <translation>Artikel als HTML exportieren</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Article exported to %1</source>
        <translation>Artikel nach %1 exportiert</translation>
    </message>
    <message>
        <source>Entity list copied</source>
        <translation>Namensliste kopiert</translation>
    </message>
</context>
<context>
    <name>ArticleLoader</name>
    <message>
        <source>Untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine normale Datei</translation>
    </message>
    <message>
        <source>The built-in article is missing from this build.</source>
        <translation>Der eingebaute Artikel fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is a link to “%2”, which does not exist.</source>
        <translation>„%1“ kann nicht geöffnet werden: Es ist eine Verknüpfung auf „%2“, das es nicht gibt.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: no such file.</source>
        <translation>„%1“ kann nicht geöffnet werden: Die Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is a folder, not a file.</source>
        <translation>„%1“ kann nicht geöffnet werden: Es ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is not a regular file (a device, pipe or socket). Save the article to a file and open that.</source>
        <translation>„%1“ kann nicht geöffnet werden: Es ist keine normale Datei (ein Gerät, eine Pipe oder ein Socket). Speichern Sie den Artikel in einer Datei und öffnen Sie diese.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is %2, larger than the %3 an article may have.</source>
        <translation>„%1“ kann nicht geöffnet werden: Die Datei ist %2 groß, mehr als die %3, die ein Artikel haben darf.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: you do not have permission to read it.</source>
        <translation>„%1“ kann nicht geöffnet werden: Sie haben keine Leseberechtigung dafür.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>„%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is larger than the %2 an article may have.</source>
        <translation>„%1“ kann nicht geöffnet werden: Die Datei ist größer als die %2, die ein Artikel haben darf.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Standard input is larger than the %1 an article may have.</source>
        <translation>Die Standardeingabe ist größer als die %1, die ein Artikel haben darf.</translation>
    </message>
    <message>
        <source>little-endian</source>
        <translation>Little Endian</translation>
    </message>
    <message>
        <source>big-endian</source>
        <translation>Big Endian</translation>
    </message>
    <message>
        <source>“%1” looks like UTF-16 text without a byte order mark. Save it as UTF-8 and open it again.</source>
        <translation>„%1“ sieht nach UTF-16-Text ohne Byte-Reihenfolge-Markierung aus. Speichern Sie die Datei als UTF-8 und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>“%1” is not a text file: found binary data at byte %2.</source>
        <translation>„%1“ ist keine Textdatei: Binärdaten bei Byte %2 gefunden.</translation>
    </message>
    <message>
        <source>Not valid UTF-8 (first bad byte at %1); read as %2.</source>
        <translation>Kein gültiges UTF-8 (erstes ungültiges Byte bei %1); als %2 gelesen.</translation>
    </message>
    <message>
        <source>Converted from HTML; nothing the page refers to was loaded.</source>
        <translation>Aus HTML umgewandelt; nichts, worauf die Seite verweist, wurde geladen.</translation>
    </message>
    <message>
        <source>Converted from Markdown.</source>
        <translation>Aus Markdown umgewandelt.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Cannot open “%1”: it is a link that leads back to itself (a loop of links).</source>
        <translation>„%1“ kann nicht geöffnet werden: Es ist eine Verknüpfung, die auf sich selbst zurückführt (eine Schleife von Verknüpfungen).</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>“%1” starts like %2 text but is not valid %2. Save it as UTF-8 and open it again.</source>
        <translation>„%1“ beginnt wie %2-Text, ist aber kein gültiges %2. Speichern Sie die Datei als UTF-8 und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Read as %1 (%2), as its byte order mark says.</source>
        <translation>Als %1 (%2) gelesen, wie es die Byte-Reihenfolge-Markierung angibt.</translation>
    </message>
    <message>
        <source>Hard-wrapped lines were joined into paragraphs.</source>
        <translation>Fest umbrochene Zeilen wurden zu Absätzen zusammengefügt.</translation>
    </message>
    <message>
        <source>Read as %1, as the page says.</source>
        <translation>Als %1 gelesen, wie die Seite angibt.</translation>
    </message>
    <message>
        <source>No article found in this page, so it shows whole; nothing the page refers to was loaded.</source>
        <translation>Auf dieser Seite wurde kein Artikel gefunden, daher wird sie ganz gezeigt; nichts, worauf die Seite verweist, wurde geladen.</translation>
    </message>
    <message>
        <source>Reader view: %L1 of %L2 words; nothing the page refers to was loaded.</source>
        <translation>Leseansicht: %L1 von %L2 Wörtern; nichts, worauf die Seite verweist, wurde geladen.</translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <source>The file is kept as %1.damaged when you next correct an entity.</source>
        <translation>Die Datei wird als %1.damaged aufbewahrt, sobald Sie das nächste Mal einen Namen korrigieren.</translation>
    </message>
    <message>
        <source>New corrections are kept in %1.</source>
        <translation>Neue Korrekturen werden in %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
</context>
<context>
    <name>CorrectionController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>P&amp;lace</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>O&amp;rganisation</translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>Typ ändern</translation>
    </message>
    <message>
        <source>&amp;Merge Selected</source>
        <translation>Ausgewählte &amp;zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Split Off This Mention</source>
        <translation>Diese Erwähnung &amp;abtrennen</translation>
    </message>
    <message>
        <source>&amp;Not an Entity</source>
        <translation>&amp;Kein Name</translation>
    </message>
    <message>
        <source>Show A&amp;gain</source>
        <translation>&amp;Wieder anzeigen</translation>
    </message>
    <message>
        <source>Mark Selection as &amp;Person</source>
        <translation>Auswahl als &amp;Person markieren</translation>
    </message>
    <message>
        <source>Mark Selection as P&amp;lace</source>
        <translation>Auswahl als &amp;Ort markieren</translation>
    </message>
    <message>
        <source>Mark Selection as &amp;Organization</source>
        <translation>Auswahl als O&amp;rganisation markieren</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Change &amp;Type</source>
        <translation>&amp;Typ ändern</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>Namen ändern</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Split Off Mention</source>
        <translation>Erwähnung abtrennen</translation>
    </message>
    <message>
        <source>Not an Entity</source>
        <translation>Kein Name</translation>
    </message>
    <message>
        <source>Show Again</source>
        <translation>Wieder anzeigen</translation>
    </message>
    <message>
        <source>Mark as %1</source>
        <translation>Als %1 markieren</translation>
    </message>
    <message>
        <source>Reset Corrections</source>
        <translation>Korrekturen zurücksetzen</translation>
    </message>
    <message>
        <source>Reset &amp;Corrections</source>
        <translation>Korrekturen zurück&amp;setzen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>Namen zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entities under the name:</source>
        <translation>
            <numerusform>%n Namen unter diesem Namen zusammenführen:</numerusform>
            <numerusform>%n Namen unter diesem Namen zusammenführen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged %1 into “%2”. %3 undoes it.</source>
        <translation>%1 mit „%2“ zusammengeführt. %3 macht es rückgängig.</translation>
    </message>
    <message>
        <source>Nothing is selected in the text: select a name there first, then mark it.</source>
        <translation>Im Text ist nichts ausgewählt: Wählen Sie dort zuerst einen Namen aus, dann markieren Sie ihn.</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) reset. %1 brings them back.</source>
        <translation>
            <numerusform>%n Korrektur zurückgesetzt. %1 holt sie zurück.</numerusform>
            <numerusform>%n Korrekturen zurückgesetzt. %1 holt sie zurück.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source>The corrections file is damaged (%1); using the extracted list.</source>
        <translation>Die Korrekturdatei ist beschädigt (%1); die gefundene Liste wird verwendet.</translation>
    </message>
    <message>
        <source>The corrections file is from a newer version of Article Reader (format %1); using the extracted list.</source>
        <translation>Die Korrekturdatei stammt von einer neueren Version von Article Reader (Format %1); die gefundene Liste wird verwendet.</translation>
    </message>
    <message>
        <source>The corrections file was written for a different version of the article; using the extracted list.</source>
        <translation>Die Korrekturdatei wurde für eine andere Fassung des Artikels geschrieben; die gefundene Liste wird verwendet.</translation>
    </message>
    <message>
        <source>Could not save the corrections to %1: %2</source>
        <translation>Die Korrekturen konnten nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 is a link, and the reader does not write through links: new corrections are kept in %2.</source>
        <translation>%1 ist eine Verknüpfung, und Article Reader schreibt nicht durch Verknüpfungen: Neue Korrekturen werden in %2 gespeichert.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, pipe, socket or device): it is left alone, and corrections are kept in %2.</source>
        <translation>%1 ist keine normale Datei (ein Ordner, eine Pipe, ein Socket oder ein Gerät): Sie bleibt unberührt, und Korrekturen werden in %2 gespeichert.</translation>
    </message>
    <message>
        <source>%1 cannot be written here: new corrections are kept in %2.</source>
        <translation>%1 kann hier nicht geschrieben werden: Neue Korrekturen werden in %2 gespeichert.</translation>
    </message>
    <message>
        <source>it is a link (to %1), and the reader does not write through links</source>
        <translation>es ist eine Verknüpfung (auf %1), und Article Reader schreibt nicht durch Verknüpfungen</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine normale Datei</translation>
    </message>
    <message>
        <source>The corrections file %1 could not be read (%2); using the extracted list.</source>
        <translation>Die Korrekturdatei %1 konnte nicht gelesen werden (%2); die gefundene Liste wird verwendet.</translation>
    </message>
    <message>
        <source>Could not move %1 aside: %2</source>
        <translation>%1 konnte nicht beiseitegelegt werden: %2</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>sie existiert nicht</translation>
    </message>
    <message>
        <source>no free name left</source>
        <translation>kein freier Name mehr</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>EntityListModel</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n entities</source>
        <translation>
            <numerusform>%1, %n Name</numerusform>
            <numerusform>%1, %n Namen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n mentions</source>
        <translation>
            <numerusform>%1, %n Erwähnung</numerusform>
            <numerusform>%1, %n Erwähnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>EntitySidebar</name>
    <message>
        <source>Filter people and places</source>
        <translation>Personen und Orte filtern</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>Namen filtern</translation>
    </message>
    <message>
        <source>People and places</source>
        <translation>Personen und Orte</translation>
    </message>
    <message>
        <source>No names match “%1”</source>
        <translation>Kein Name passt zu „%1“</translation>
    </message>
    <message>
        <source>The kinds of names found are hidden: show them from the View menu</source>
        <translation>Die gefundenen Arten von Namen sind ausgeblendet: Im Menü „Ansicht“ lassen sie sich wieder einblenden</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Suchleiste</translation>
    </message>
    <message>
        <source>Find in text</source>
        <translation>Im Text suchen</translation>
    </message>
    <message>
        <source>Tell capitals from small letters</source>
        <translation>Groß- und Kleinbuchstaben unterscheiden</translation>
    </message>
    <message>
        <source>Skip matches inside longer words</source>
        <translation>Treffer innerhalb längerer Wörter überspringen</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Close find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of more than %2</source>
        <translation>%1 von mehr als %2</translation>
    </message>
    <message>
        <source>more than %1 matches</source>
        <translation>mehr als %1 Treffer</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>&amp;Library…</source>
        <translation>&amp;Bibliothek…</translation>
    </message>
    <message>
        <source>In &amp;Other Articles</source>
        <translation>In &amp;anderen Artikeln</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) removed from the library.</source>
        <translation>
            <numerusform>%n Artikel aus der Bibliothek entfernt.</numerusform>
            <numerusform>%n Artikel aus der Bibliothek entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) restored.</source>
        <translation>
            <numerusform>%n Artikel wiederhergestellt.</numerusform>
            <numerusform>%n Artikel wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No .txt, .md or .html file in “%1”.</source>
        <translation>Keine .txt-, .md- oder .html-Datei in „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: %n article(s) kept.</source>
        <translation>
            <numerusform>Import abgebrochen: %n Artikel behalten.</numerusform>
            <numerusform>Import abgebrochen: %n Artikel behalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) imported.</source>
        <translation>
            <numerusform>%n Artikel importiert.</numerusform>
            <numerusform>%n Artikel importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Zuletzt gelesen</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Articles</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <source>&amp;People and Places</source>
        <translation>&amp;Personen und Orte</translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>Ordner &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a Folder</source>
        <translation>Einen Ordner importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Undo Remove</source>
        <translation>Entfernen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Keep articles I open</source>
        <translation>Geöffnete Artikel &amp;behalten</translation>
    </message>
    <message>
        <source>Filter by title or site</source>
        <translation>Nach Titel oder Website filtern</translation>
    </message>
    <message>
        <source>Search titles and text</source>
        <translation>Titel und Text durchsuchen</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Where the words are</source>
        <translation>Wo die Wörter stehen</translation>
    </message>
    <message>
        <source>Find a name</source>
        <translation>Einen Namen finden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Choose a name to see the articles that mention it.</source>
        <translation>Wählen Sie einen Namen, um die Artikel zu sehen, die ihn erwähnen.</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>First mention</source>
        <translation>Erste Erwähnung</translation>
    </message>
    <message>
        <source>Appears alongside</source>
        <translation>Kommt zusammen vor mit</translation>
    </message>
    <message>
        <source>Nothing in the library matches “%1”.</source>
        <translation>Nichts in der Bibliothek passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found.</source>
        <translation>
            <numerusform>%n Artikel gefunden.</numerusform>
            <numerusform>%n Artikel gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No article in the library mentions “%1”.</source>
        <translation>Kein Artikel der Bibliothek erwähnt „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” in %n article(s):</source>
        <translation>
            <numerusform>„%1“ in %n Artikel:</numerusform>
            <numerusform>„%1“ in %n Artikeln:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Finding people and places</source>
        <translation>Personen und Orte werden gesucht</translation>
    </message>
    <message>
        <source>About Article Reader</source>
        <translation>Über Article Reader</translation>
    </message>
    <message>
        <source>Finding people and places…</source>
        <translation>Personen und Orte werden gesucht…</translation>
    </message>
    <message>
        <source>mention %1 of %2</source>
        <translation>Erwähnung %1 von %2</translation>
    </message>
    <message>
        <source>Click to follow, Ctrl+click to add</source>
        <translation>Klicken zum Folgen, Strg+Klick zum Hinzufügen</translation>
    </message>
    <message>
        <source>Corrections not applied</source>
        <translation>Korrekturen nicht angewandt</translation>
    </message>
    <message>
        <source>No people, places or organizations found</source>
        <translation>Keine Personen, Orte oder Organisationen gefunden</translation>
    </message>
    <message>
        <source>Every data source and its licence is listed in DATA-SOURCES.md, installed with the program in share/doc/article-reader/.</source>
        <translation>Jede Datenquelle mit ihrer Lizenz steht in DATA-SOURCES.md, mit dem Programm in share/doc/article-reader/ installiert.</translation>
    </message>
    <message>
        <source>Every data source and its licence: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>Jede Datenquelle mit ihrer Lizenz: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Article Reader %1&lt;/h3&gt;&lt;p&gt;Read news articles by their people and places.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later), with no warranty: see &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;the licence&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Its built-in knowledge contains information from GeoNames (CC BY 4.0), world-countries (ODbL 1.0) and Debian&apos;s iso-codes (LGPL-2.1+); role words from WordNet 3.0 (WordNet licence, Princeton University); words from compromise (MIT) and SCOWL (permissive).&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Article Reader %1&lt;/h3&gt;&lt;p&gt;Nachrichtenartikel nach ihren Personen und Orten lesen.&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later), ohne Gewährleistung: siehe &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;die Lizenz&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Das eingebaute Wissen enthält Informationen aus GeoNames (CC BY 4.0), world-countries (ODbL 1.0) und Debians iso-codes (LGPL-2.1+); Rollenbezeichnungen aus WordNet 3.0 (WordNet-Lizenz, Princeton University); Wörter aus compromise (MIT) und SCOWL (freizügig).&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MentionContextModel</name>
    <message>
        <source>Paragraph %1: %2</source>
        <translation>Absatz %1: %2</translation>
    </message>
</context>
<context>
    <name>MentionContextPanel</name>
    <message>
        <source>Mentions in context</source>
        <translation>Erwähnungen im Kontext</translation>
    </message>
    <message>
        <source>Choose a person or place above to read each of its mentions in its sentence</source>
        <translation>Oben eine Person oder einen Ort wählen, um jede Erwähnung in ihrem Satz zu lesen</translation>
    </message>
    <message>
        <source>Mentions of %1 in context</source>
        <translation>Erwähnungen von %1 im Kontext</translation>
    </message>
</context>
<context>
    <name>MentionNavigator</name>
    <message numerus="yes">
        <source>%n mentions</source>
        <translation>
            <numerusform>%n Erwähnung</numerusform>
            <numerusform>%n Erwähnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>The current mention and the number of mentions: &quot;3 of 9&quot;.</extracomment>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>OverviewRuler</name>
    <message>
        <source>Overview of mentions</source>
        <translation>Übersicht der Erwähnungen</translation>
    </message>
    <message>
        <source>Where the mentions are in the whole article; click or drag to go there</source>
        <translation>Wo die Erwähnungen im ganzen Artikel stehen; klicken oder ziehen, um dorthin zu gehen</translation>
    </message>
</context>
<context>
    <name>PageFetcher</name>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s). Try again later.</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet. Versuchen Sie es später noch einmal.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet. Versuchen Sie es später noch einmal.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a web address: it must start with http:// or https:// and name a server.</source>
        <translation>„%1“ ist keine Webadresse: Sie muss mit http:// oder https:// beginnen und einen Server nennen.</translation>
    </message>
    <message>
        <source>%1 has no page at this address (HTTP 404 Not Found).</source>
        <translation>%1 hat unter dieser Adresse keine Seite (HTTP 404 Not Found).</translation>
    </message>
    <message>
        <source>%1 answered with an error: HTTP %2 %3.</source>
        <translation>%1 antwortete mit einem Fehler: HTTP %2 %3.</translation>
    </message>
    <message>
        <source>%1 is not a web page or text but “%2”; Article Reader reads HTML and text.</source>
        <translation>%1 ist keine Webseite und kein Text, sondern „%2“; Article Reader liest HTML und Text.</translation>
    </message>
    <message>
        <source>The page at %1 is %2, larger than the %3 an article may have.</source>
        <translation>Die Seite bei %1 ist %2 groß, größer als die %3, die ein Artikel haben darf.</translation>
    </message>
    <message>
        <source>The page at %1 is larger than the %2 an article may have.</source>
        <translation>Die Seite bei %1 ist größer als die %2, die ein Artikel haben darf.</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Check the address, or try again later.</source>
        <translation>Keine Verbindung zu %1: Die Verbindung wurde abgelehnt. Prüfen Sie die Adresse oder versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>Could not find the server %1. Check the address and the network connection.</source>
        <translation>Der Server %1 wurde nicht gefunden. Prüfen Sie die Adresse und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times; the page was not opened.</source>
        <translation>%1 hat mehr als %2-mal umgeleitet; die Seite wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1 redirected from a secure address to an insecure one; the page was not opened.</source>
        <translation>%1 hat von einer sicheren auf eine unsichere Adresse umgeleitet; die Seite wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. The page was not opened.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Die Seite wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>No network: %1. Check the connection and try again.</source>
        <translation>Kein Netzwerk: %1. Prüfen Sie die Verbindung und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Could not fetch %1: %2.</source>
        <translation>%1 konnte nicht geladen werden: %2.</translation>
    </message>
</context>
<context>
    <name>ReaderActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Export Entities…</source>
        <translation>Namen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export Article as &amp;HTML…</source>
        <translation>Artikel als &amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Find in Text…</source>
        <translation>Im Text &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Filter Entities</source>
        <translation>Namen &amp;filtern</translation>
    </message>
    <message>
        <source>Copy Entity &amp;List</source>
        <translation>Namens&amp;liste kopieren</translation>
    </message>
    <message>
        <source>Co&amp;rrect Entities</source>
        <translation>Namen k&amp;orrigieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Vo&amp;llbild</translation>
    </message>
    <message>
        <source>&amp;Shared Paragraphs Only</source>
        <translation>Nur &amp;gemeinsame Absätze</translation>
    </message>
    <message>
        <source>Dim the paragraphs that do not mention every selected entity (Ctrl+Shift+P)</source>
        <translation>Absätze abblenden, die nicht alle ausgewählten Namen erwähnen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>S&amp;ort Entities By</source>
        <translation>Namen &amp;sortieren nach</translation>
    </message>
    <message>
        <source>&amp;Mentions</source>
        <translation>&amp;Erwähnungen</translation>
    </message>
    <message>
        <source>&amp;First Appearance</source>
        <translation>Reihenfolge im &amp;Text</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Previous Mention</source>
        <translation>&amp;Vorherige Erwähnung</translation>
    </message>
    <message>
        <source>Previous mention (Shift+F3)</source>
        <translation>Vorherige Erwähnung (Umschalt+F3)</translation>
    </message>
    <message>
        <source>&amp;Next Mention</source>
        <translation>&amp;Nächste Erwähnung</translation>
    </message>
    <message>
        <source>Next mention (F3)</source>
        <translation>Nächste Erwähnung (F3)</translation>
    </message>
    <message>
        <source>&amp;Clear Highlight</source>
        <translation>&amp;Hervorhebung aufheben</translation>
    </message>
    <message>
        <source>Clear the highlight (Esc)</source>
        <translation>Hervorhebung aufheben (Esc)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to where you were (Alt+Left)</source>
        <translation>Zurück zur vorherigen Stelle (Alt+Links)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Vor&amp;wärts</translation>
    </message>
    <message>
        <source>Forward again (Alt+Right)</source>
        <translation>Wieder vorwärts (Alt+Rechts)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Article Reader</source>
        <translation>Ü&amp;ber Article Reader</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Show &amp;People (%1)</source>
        <translation>&amp;Personen anzeigen (%1)</translation>
    </message>
    <message>
        <source>Show P&amp;laces (%1)</source>
        <translation>Or&amp;te anzeigen (%1)</translation>
    </message>
    <message>
        <source>Show O&amp;rganizations (%1)</source>
        <translation>O&amp;rganisationen anzeigen (%1)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>%1, %2, mention %3, paragraph %4</source>
        <translation>%1, %2, Erwähnung %3, Absatz %4</translation>
    </message>
    <message>
        <source>Open &amp;Address…</source>
        <translation>&amp;Adresse öffnen…</translation>
    </message>
    <message>
        <source>Paste as &amp;Article</source>
        <translation>Als &amp;Artikel einfügen</translation>
    </message>
    <message>
        <source>Rea&amp;der View</source>
        <translation>Lese&amp;ansicht</translation>
    </message>
    <message>
        <source>A web page&apos;s article alone, or the whole page</source>
        <translation>Nur der Artikel einer Webseite oder die ganze Seite</translation>
    </message>
    <message>
        <source>Show &amp;Sidebar</source>
        <translation>&amp;Seitenleiste zeigen</translation>
    </message>
    <message>
        <source>The people and places beside the text, or the text alone (F9)</source>
        <translation>Die Personen und Orte neben dem Text, oder der Text allein (F9)</translation>
    </message>
    <message>
        <source>&amp;Built-in Article</source>
        <translation>&amp;Eingebauter Artikel</translation>
    </message>
    <message>
        <source>The sample article the reader starts with</source>
        <translation>Der Beispielartikel, mit dem das Programm beginnt</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Followed</source>
        <translation>Verfolgt</translation>
    </message>
    <message>
        <source>Finding names…</source>
        <translation>Namen werden gesucht…</translation>
    </message>
    <message>
        <source>No names found to follow</source>
        <translation>Keine Namen zum Verfolgen gefunden</translation>
    </message>
    <message>
        <source>Choose a name to follow it</source>
        <translation>Einen Namen zum Verfolgen wählen</translation>
    </message>
    <message>
        <source>&amp;Text Settings…</source>
        <translation>&amp;Texteinstellungen…</translation>
    </message>
    <message>
        <source>Font, size, line width and spacing, colours (Ctrl+T)</source>
        <translation>Schrift, Größe, Zeilenbreite und -abstand, Farben (Strg+T)</translation>
    </message>
    <message>
        <source>Keep Corrections &amp;Beside the Article</source>
        <translation>Korrekturen &amp;neben dem Artikel ablegen</translation>
    </message>
    <message>
        <source>Save a file&apos;s corrections next to it as &lt;file&gt;.entities.json instead of in the application&apos;s data folder</source>
        <translation>Die Korrekturen einer Datei als &lt;Datei&gt;.entities.json neben ihr speichern statt im Datenordner des Programms</translation>
    </message>
</context>
<context>
    <name>ReadingState</name>
    <message>
        <source>none shared</source>
        <translation>keine gemeinsam</translation>
    </message>
    <message numerus="yes">
        <source>%n shared</source>
        <translation>
            <numerusform>%n gemeinsam</numerusform>
            <numerusform>%n gemeinsam</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shared</source>
        <extracomment>The current mention among those in shared paragraphs: &quot;2 of 4 shared&quot;.</extracomment>
        <translation>%1 von %2 gemeinsam</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Follow another entity</source>
        <translation>Einem anderen Namen folgen</translation>
    </message>
    <message>
        <source>↑ / ↓ in the list</source>
        <translation>↑ / ↓ in der Liste</translation>
    </message>
    <message>
        <source>Add an entity to the selection</source>
        <translation>Einen Namen zur Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+click (list or text)</source>
        <translation>Strg+Klick (Liste oder Text)</translation>
    </message>
    <message>
        <source>Next / previous find match</source>
        <translation>Nächster / vorheriger Suchtreffer</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter in the find bar</source>
        <translation>Eingabe / Umschalt+Eingabe in der Suchleiste</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Esc in the find bar</source>
        <translation>Esc in der Suchleiste</translation>
    </message>
</context>
<context>
    <name>SourceController</name>
    <message>
        <source>Loading %1… %2 of %3 (Esc stops)</source>
        <translation>%1 wird geladen… %2 von %3 (Esc bricht ab)</translation>
    </message>
    <message>
        <source>Loading %1… %2 (Esc stops)</source>
        <translation>%1 wird geladen… %2 (Esc bricht ab)</translation>
    </message>
    <message>
        <source>%1 — Article Reader</source>
        <translation>%1 — Article Reader</translation>
    </message>
    <message>
        <source>Opening %1 (%2)…</source>
        <translation>%1 wird geöffnet (%2)…</translation>
    </message>
    <message>
        <source>Cannot open the article</source>
        <translation>Der Artikel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open the address</source>
        <translation>Die Adresse kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>“%1” is not a web address: only http:// and https:// addresses are opened.</source>
        <translation>„%1“ ist keine Webadresse: Geöffnet werden nur Adressen mit http:// und https://.</translation>
    </message>
    <message>
        <source>Loading %1… (Esc stops)</source>
        <translation>%1 wird geladen… (Esc bricht ab)</translation>
    </message>
    <message>
        <source>Stopped loading %1; the article shown stays.</source>
        <translation>Laden von %1 abgebrochen; der angezeigte Artikel bleibt.</translation>
    </message>
    <message>
        <source>Could not reload: %1 The text shown is the last version read.</source>
        <translation>Neu laden nicht möglich: %1 Angezeigt wird die zuletzt gelesene Fassung.</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;All files (*)</source>
        <translation>Artikel (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Address</source>
        <translation>Adresse öffnen</translation>
    </message>
    <message>
        <source>Web address of the article (http or https):</source>
        <translation>Webadresse des Artikels (http oder https):</translation>
    </message>
    <message>
        <source>Pasted article</source>
        <translation>Eingefügter Artikel</translation>
    </message>
    <message>
        <source>The clipboard holds no text to read: copy an article first.</source>
        <translation>Die Zwischenablage enthält keinen Text: Kopieren Sie zuerst einen Artikel.</translation>
    </message>
    <message>
        <source>Cannot read the clipboard</source>
        <translation>Die Zwischenablage kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 was deleted or moved; the text shown is the last version read.</source>
        <translation>%1 wurde gelöscht oder verschoben; angezeigt wird die zuletzt gelesene Fassung.</translation>
    </message>
    <message>
        <source>It was taken off the recent files.</source>
        <translation>Sie wurde aus den zuletzt geöffneten Dateien entfernt.</translation>
    </message>
</context>
<context>
    <name>StatusMessages</name>
    <message>
        <source>Finding people and places…</source>
        <translation>Personen und Orte werden gesucht…</translation>
    </message>
    <message>
        <source>Could not save the corrections: %1</source>
        <translation>Die Korrekturen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>This article’s corrections are now kept in %1</source>
        <translation>Die Korrekturen dieses Artikels liegen jetzt in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) made in another window added</source>
        <translation>
            <numerusform>%n Korrektur aus einem anderen Fenster übernommen</numerusform>
            <numerusform>%n Korrekturen aus einem anderen Fenster übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) taken back in another window</source>
        <translation>
            <numerusform>%n Korrektur in einem anderen Fenster zurückgenommen</numerusform>
            <numerusform>%n Korrekturen in einem anderen Fenster zurückgenommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n places</source>
        <translation>
            <numerusform>%n Ort</numerusform>
            <numerusform>%n Orte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organizations</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>No people, places or organizations found</source>
        <translation>Keine Personen, Orte oder Organisationen gefunden</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mentions</source>
        <translation>
            <numerusform>%n Erwähnung</numerusform>
            <numerusform>%n Erwähnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) applied</source>
        <translation>
            <numerusform>%n Korrektur angewandt</numerusform>
            <numerusform>%n Korrekturen angewandt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer fit the article</source>
        <translation>
            <numerusform>%n passt nicht mehr zum Artikel</numerusform>
            <numerusform>%n passen nicht mehr zum Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>the article was edited: its corrections were placed on the new text</source>
        <translation>der Artikel wurde bearbeitet: seine Korrekturen wurden auf den neuen Text gesetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) mention every selected entity</source>
        <translation>
            <numerusform>%n Absatz erwähnt alle ausgewählten Namen</numerusform>
            <numerusform>%n Absätze erwähnen alle ausgewählten Namen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextSettingsDialog</name>
    <message>
        <source>Text Settings</source>
        <translation>Texteinstellungen</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Schrift:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Line &amp;width:</source>
        <translation>Zeilen&amp;breite:</translation>
    </message>
    <message>
        <source>Line s&amp;pacing:</source>
        <translation>Zeilen&amp;abstand:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
</context>
</TS>
