<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddFieldPanel</name>
    <message>
        <source>Field name</source>
        <translation>Feldname</translation>
    </message>
    <message>
        <source>New field name</source>
        <translation>Name des neuen Felds</translation>
    </message>
    <message>
        <source>New field type</source>
        <translation>Typ des neuen Felds</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Type the field&apos;s name first</source>
        <translation>Geben Sie zuerst den Namen des Felds ein</translation>
    </message>
</context>
<context>
    <name>AppearanceSettingsPage</name>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Show posts in their site&apos;s s&amp;tyle when its Jekyll can</source>
        <translation>Beiträge im S&amp;til ihrer Website zeigen, wenn deren Jekyll es kann</translation>
    </message>
    <message>
        <source>&amp;Highlight code and typeset math</source>
        <translation>Code &amp;hervorheben und Formeln setzen</translation>
    </message>
    <message>
        <source>S&amp;ync scrolling between the editor and the preview</source>
        <translation>&amp;Bildlauf zwischen Editor und Vorschau abgleichen</translation>
    </message>
</context>
<context>
    <name>AskpassServer</name>
    <message>
        <source>git Asks</source>
        <translation>git fragt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>BoolFieldWidget</name>
    <message>
        <source>Written as “%1”</source>
        <translation>Geschrieben als „%1“</translation>
    </message>
</context>
<context>
    <name>CaveatMarkBinding</name>
    <message>
        <source>&amp;Mark What the Preview Shows Unlike Jekyll</source>
        <translation>&amp;Markieren, was die Vorschau anders als Jekyll zeigt</translation>
    </message>
    <message>
        <source>Underline the Liquid the preview shows as written and the kramdown syntax it renders unlike Jekyll</source>
        <translation>Unterstreicht das Liquid, das die Vorschau wie geschrieben zeigt, und die kramdown-Syntax, die sie anders als Jekyll darstellt</translation>
    </message>
    <message>
        <source>Not run by the preview: %1</source>
        <translation>Von der Vorschau nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Not rendered as Jekyll will: %1</source>
        <translation>Nicht so dargestellt wie von Jekyll: %1</translation>
    </message>
</context>
<context>
    <name>ColorScheme</name>
    <message>
        <source>&amp;Theme</source>
        <translation>F&amp;arbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>CommitDialog</name>
    <message>
        <source>Commit Post</source>
        <translation>Beitrag committen</translation>
    </message>
    <message>
        <source>The commit holds these files, and nothing else that changed:</source>
        <translation>Der Commit enthält diese Dateien und nichts anderes, was sich geändert hat:</translation>
    </message>
    <message>
        <source>%1 (removed: the post moved)</source>
        <translation>%1 (entfernt: der Beitrag wurde verschoben)</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Push (the branch has no upstream: set one with git push -u)</source>
        <translation>&amp;Pushen (der Branch hat keinen Upstream: legen Sie einen mit git push -u fest)</translation>
    </message>
    <message>
        <source>&amp;Push to %1 afterwards</source>
        <translation>Danach nach %1 &amp;pushen</translation>
    </message>
    <message>
        <source>Commit and Push</source>
        <translation>Committen und pushen</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Committen</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>− %1    + %2    (%3)</source>
        <translation>− %1    + %2    (%3)</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Only line endings or the final newline differ</source>
        <translation>Nur die Zeilenenden oder der letzte Zeilenumbruch unterscheiden sich</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
    <message>
        <source>%1 removed, %2 added</source>
        <translation>%1 entfernt, %2 hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownscaleOffer</name>
    <message>
        <source>%1 is %2 px wide and takes %3. Write it %4 px wide instead?</source>
        <translation>%1 ist %2 px breit und belegt %3. Stattdessen %4 px breit schreiben?</translation>
    </message>
    <message numerus="yes">
        <source>%n of the dropped images are wider or larger than your limit. Write them smaller?</source>
        <translation>
            <numerusform>%n der abgelegten Bilder ist breiter oder größer als Ihr Limit. Kleiner schreiben?</numerusform>
            <numerusform>%n der abgelegten Bilder sind breiter oder größer als Ihr Limit. Kleiner schreiben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Large Image</source>
        <translation>Großes Bild</translation>
    </message>
    <message>
        <source>Downscale to %1 px</source>
        <translation>Auf %1 px verkleinern</translation>
    </message>
    <message>
        <source>Keep Original Size</source>
        <translation>Originalgröße behalten</translation>
    </message>
</context>
<context>
    <name>DraftPublisher</name>
    <message>
        <source>%1 changed on disk since it was read; not moving it</source>
        <translation>%1 wurde seit dem Lesen auf dem Datenträger geändert; es wird nicht verschoben</translation>
    </message>
    <message>
        <source>%1:%2: the date field is not a date; fix or remove it before publishing</source>
        <translation>%1:%2: Das Feld date ist kein Datum; korrigieren oder entfernen Sie es vor dem Veröffentlichen</translation>
    </message>
    <message>
        <source>%1: cannot set the date: %2</source>
        <translation>%1: Das Datum kann nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a draft: it is not in a _drafts folder</source>
        <translation>%1 ist kein Entwurf: Es liegt nicht in einem _drafts-Ordner</translation>
    </message>
    <message>
        <source>%1: the publish date is not valid</source>
        <translation>%1: Das Veröffentlichungsdatum ist ungültig</translation>
    </message>
    <message>
        <source>%1: the file name has no slug</source>
        <translation>%1: Der Dateiname hat keinen Slug</translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting it</source>
        <translation>%1 existiert bereits; es wird nicht überschrieben</translation>
    </message>
    <message>
        <source>%1 is not a published post: it is not a _posts/YYYY-MM-DD-slug file</source>
        <translation>%1 ist kein veröffentlichter Beitrag: Es ist keine Datei _posts/JJJJ-MM-TT-slug</translation>
    </message>
</context>
<context>
    <name>EditorSettingsPage</name>
    <message>
        <source>Font</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>&amp;Schriftart:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <source>&amp;Check spelling as I type</source>
        <translation>Rechtschreibung während der Eingabe &amp;prüfen</translation>
    </message>
    <message>
        <source>Automatic (the post&apos;s, the site&apos;s or the system&apos;s language)</source>
        <translation>Automatisch (die Sprache des Beitrags, der Website oder des Systems)</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (nicht installiert)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>F&amp;ocus mode: dim everything but the paragraph I write</source>
        <translation>F&amp;okusmodus: alles außer dem Absatz, den ich schreibe, abdunkeln</translation>
    </message>
    <message>
        <source>&amp;Typewriter scrolling: keep my line at the middle</source>
        <translation>&amp;Schreibmaschinen-Bildlauf: meine Zeile in der Mitte halten</translation>
    </message>
    <message>
        <source>&amp;Mark what the preview shows unlike Jekyll</source>
        <translation>&amp;Markieren, was die Vorschau anders als Jekyll zeigt</translation>
    </message>
    <message>
        <source>Mark &amp;broken links and images</source>
        <translation>&amp;Defekte Links und Bilder markieren</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Show c&amp;hanges before saving</source>
        <translation>Ä&amp;nderungen vor dem Speichern zeigen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>While you type, a copy of unsaved edits is kept at least this often, for after a crash</source>
        <translation>Während Sie tippen, wird mindestens so oft eine Kopie ungespeicherter Änderungen für den Fall eines Absturzes angelegt</translation>
    </message>
    <message>
        <source>&amp;Recovery copy every:</source>
        <translation>&amp;Wiederherstellungskopie alle:</translation>
    </message>
</context>
<context>
    <name>EditorWindows</name>
    <message>
        <source>Could not open the post</source>
        <translation>Der Beitrag konnte nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>ExternalChangeBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Drop your unsaved edits and load the file as it is on disk</source>
        <translation>Ihre ungespeicherten Änderungen verwerfen und die Datei so laden, wie sie auf dem Datenträger ist</translation>
    </message>
    <message>
        <source>Keep your edits; the next save replaces the file on disk</source>
        <translation>Ihre Änderungen behalten; beim nächsten Speichern wird die Datei auf dem Datenträger ersetzt</translation>
    </message>
    <message>
        <source>Show the file on disk against your edits</source>
        <translation>Die Datei auf dem Datenträger Ihren Änderungen gegenüberstellen</translation>
    </message>
    <message>
        <source>Save the post to its file again</source>
        <translation>Den Beitrag erneut in seine Datei speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 changed on disk.</source>
        <translation>%1 wurde auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>%1 was deleted on disk. Saving will create it again.</source>
        <translation>%1 wurde auf dem Datenträger gelöscht. Beim Speichern wird es neu angelegt.</translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded.</source>
        <translation>%1 wurde auf dem Datenträger geändert und neu geladen.</translation>
    </message>
</context>
<context>
    <name>ExternalChangeHandler</name>
    <message>
        <source>The file changed on disk</source>
        <translation>Die Datei wurde auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>%1 was changed by another program since Postwright read it. Saving now replaces those changes with yours.</source>
        <translation>%1 wurde von einem anderen Programm geändert, seit Postwright es gelesen hat. Wenn Sie jetzt speichern, werden diese Änderungen durch Ihre ersetzt.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>Could not reload the post</source>
        <translation>Der Beitrag konnte nicht neu geladen werden</translation>
    </message>
    <message>
        <source>Compare with the file on disk</source>
        <translation>Mit der Datei auf dem Datenträger vergleichen</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>Auf dem Datenträger</translation>
    </message>
    <message>
        <source>Your edits</source>
        <translation>Ihre Änderungen</translation>
    </message>
</context>
<context>
    <name>ExternalLinkOpener</name>
    <message>
        <source>Not opened: the link is not a complete address</source>
        <translation>Nicht geöffnet: Der Link ist keine vollständige Adresse</translation>
    </message>
    <message>
        <source>Not opened: %1 is a page of the site (%2: link); the preview shows only this post</source>
        <translation>Nicht geöffnet: %1 ist eine Seite der Website (%2:-Link); die Vorschau zeigt nur diesen Beitrag</translation>
    </message>
    <message>
        <source>Not opened: the %1: link names no host</source>
        <translation>Nicht geöffnet: Der %1:-Link nennt keinen Host</translation>
    </message>
    <message>
        <source>Not opened: the mailto: link asks the mail program for &quot;%1&quot;, which could attach files from this computer</source>
        <translation>Nicht geöffnet: Der mailto:-Link verlangt vom E-Mail-Programm „%1“, was Dateien von diesem Computer anhängen könnte</translation>
    </message>
    <message>
        <source>Not opened: %1: links are not opened from the preview (only http, https and mailto are)</source>
        <translation>Nicht geöffnet: %1:-Links werden aus der Vorschau nicht geöffnet (nur http, https und mailto)</translation>
    </message>
</context>
<context>
    <name>FieldClassifier</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>the front matter is TOML (+++), which Postwright keeps as it is and does not edit yet</source>
        <translation>Die Front Matter ist TOML (+++), die Postwright unverändert lässt und noch nicht bearbeitet</translation>
    </message>
    <message>
        <source>the front matter has an error at line %1, column %2 (%3); fix it as text first</source>
        <translation>Die Front Matter hat einen Fehler in Zeile %1, Spalte %2 (%3); korrigieren Sie ihn zuerst als Text</translation>
    </message>
    <message>
        <source>there is no field &apos;%1&apos;</source>
        <translation>Es gibt kein Feld „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a list of values</source>
        <translation>„%1“ ist keine Liste von Werten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no item %2 to edit</source>
        <translation>„%1“ hat kein Element %2 zum Bearbeiten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; carries an anchor (&amp;) that other fields may repeat; edit it as text</source>
        <translation>„%1“ trägt einen Anker (&amp;), den andere Felder wiederholen können; bearbeiten Sie es als Text</translation>
    </message>
    <message>
        <source>item %1 of &apos;%2&apos; is an anchor or an alias; edit it as text</source>
        <translation>Element %1 von „%2“ ist ein Anker oder ein Alias; bearbeiten Sie es als Text</translation>
    </message>
    <message>
        <source>item %1 of &apos;%2&apos; is written over several lines; edit it as text</source>
        <translation>Element %1 von „%2“ ist über mehrere Zeilen geschrieben; bearbeiten Sie es als Text</translation>
    </message>
    <message>
        <source>a list item of &apos;%1&apos; cannot hold a line break</source>
        <translation>Ein Listenelement von „%1“ kann keinen Zeilenumbruch enthalten</translation>
    </message>
    <message>
        <source>a field needs a name</source>
        <translation>Ein Feld braucht einen Namen</translation>
    </message>
    <message>
        <source>the field &apos;%1&apos; is written in a form Postwright does not edit; edit it as text</source>
        <translation>Das Feld „%1“ ist in einer Form geschrieben, die Postwright nicht bearbeitet; bearbeiten Sie es als Text</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is written inline as {...}; edit it as YAML text</source>
        <translation>„%1“ ist inline als {...} geschrieben; bearbeiten Sie es als YAML-Text</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be edited as fields</source>
        <translation>„%1“ kann nicht als Felder bearbeitet werden</translation>
    </message>
</context>
<context>
    <name>FieldPathStyle</name>
    <message>
        <source>This site&apos;s posts name the image relative to %1/, and %2 is not in that folder; move the image there or type its path</source>
        <translation>Die Beiträge dieser Website nennen Bilder relativ zu %1/, und %2 liegt nicht in diesem Ordner; verschieben Sie das Bild dorthin oder geben Sie seinen Pfad ein</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <source>Remove the field “%1”</source>
        <translation>Das Feld „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>%1 field “%2”</source>
        <translation>%1-Feld „%2“</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>&amp;New Post…</source>
        <translation>&amp;Neuer Beitrag…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open S&amp;ite…</source>
        <translation>&amp;Website öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Recent S&amp;ites</source>
        <translation>Zuletzt geöffnete Websi&amp;tes</translation>
    </message>
    <message>
        <source>Open a Jekyll site&apos;s folder: its newest post, and its posts in the Posts panel</source>
        <translation>Den Ordner einer Jekyll-Website öffnen: ihren neuesten Beitrag, und ihre Beiträge in der Beitragsleiste</translation>
    </message>
    <message>
        <source>Open Site (the folder with _config.yml)</source>
        <translation>Website öffnen (den Ordner mit _config.yml)</translation>
    </message>
    <message>
        <source>Could not open the site</source>
        <translation>Die Website konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not open the post</source>
        <translation>Der Beitrag konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 has no posts yet: File &gt; New Post creates one</source>
        <translation>%1 hat noch keine Beiträge: Datei &gt; Neuer Beitrag legt einen an</translation>
    </message>
    <message>
        <source>Open Post</source>
        <translation>Beitrag öffnen</translation>
    </message>
    <message>
        <source>Posts (*.md *.markdown *.mkdown *.mkdn *.mkd *.html);;All files (*)</source>
        <translation>Beiträge (*.md *.markdown *.mkdown *.mkdn *.mkd *.html);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Post As</source>
        <translation>Beitrag speichern unter</translation>
    </message>
    <message>
        <source>Markdown posts (*.md *.markdown);;All files (*)</source>
        <translation>Markdown-Beiträge (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Could not save the post</source>
        <translation>Der Beitrag konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The file on disk was not changed and your edits are still here: you can save them elsewhere.</source>
        <translation>Die Datei auf dem Datenträger wurde nicht verändert und Ihre Änderungen sind noch da: Sie können sie an anderer Stelle speichern.</translation>
    </message>
    <message>
        <source>Choose the site folder (the one with _config.yml)</source>
        <translation>Wählen Sie den Ordner der Website (den mit _config.yml)</translation>
    </message>
    <message>
        <source>Could not create the post</source>
        <translation>Der Beitrag konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>The new post</source>
        <translation>Der neue Beitrag</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>%1 was deleted on disk; only this window still has it. Save it again?</source>
        <translation>%1 wurde auf dem Datenträger gelöscht; nur dieses Fenster hat es noch. Erneut speichern?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 is open in another window: save it there, or close it there first.</source>
        <translation>%1 ist in einem anderen Fenster geöffnet: Speichern Sie dort, oder schließen Sie es dort zuerst.</translation>
    </message>
</context>
<context>
    <name>FileMove</name>
    <message>
        <source>Could not create the folder %1</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>Datenträger voll</translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting it</source>
        <translation>%1 existiert bereits; es wird nicht überschrieben</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; not moving it</source>
        <translation>%1 wurde seit dem Lesen auf dem Datenträger geändert; es wird nicht verschoben</translation>
    </message>
    <message>
        <source>Could not remove %1 (%2); %3 was not kept</source>
        <translation>%1 konnte nicht entfernt werden (%2); %3 wurde nicht behalten</translation>
    </message>
    <message>
        <source>%1 changed since it was moved there; not moving it back</source>
        <translation>%1 wurde geändert, seit es dorthin verschoben wurde; es wird nicht zurückverschoben</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächstes suchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <source>Find in the body</source>
        <translation>Im Text suchen</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Suchleiste</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Replace with (\1 for a group of the expression)</source>
        <translation>Ersetzen durch (\1 für eine Gruppe des Ausdrucks)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Die Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the Find Bar</source>
        <translation>Die Suchleiste schließen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <source>F&amp;ocus Mode</source>
        <translation>F&amp;okusmodus</translation>
    </message>
    <message>
        <source>Dim everything but the paragraph you are writing</source>
        <translation>Alles außer dem Absatz abdunkeln, den Sie gerade schreiben</translation>
    </message>
</context>
<context>
    <name>FrontMatter</name>
    <message>
        <source>the quoted value of &apos;%1&apos; is never closed</source>
        <translation>Der Wert von „%1“ in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos;: first on line %2, again on line %3; Jekyll uses the last one</source>
        <translation>Doppelter Schlüssel „%1“: zuerst in Zeile %2, erneut in Zeile %3; Jekyll verwendet den letzten</translation>
    </message>
    <message>
        <source>the front matter is nested too deeply to read (%1)</source>
        <translation>Die Front Matter ist zu tief verschachtelt, um sie zu lesen (%1)</translation>
    </message>
    <message>
        <source>YAML: %1</source>
        <translation>YAML: %1</translation>
    </message>
    <message>
        <source>the front matter must be a map of `key: value` lines, not %1</source>
        <translation>Die Front Matter muss eine Zuordnung aus Zeilen `Schlüssel: Wert` sein, nicht %1</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>ein einzelner Wert</translation>
    </message>
    <message>
        <source>an invisible byte-order mark (U+FEFF) inside the front matter; delete it</source>
        <translation>Eine unsichtbare Byte-Order-Mark (U+FEFF) in der Front Matter; löschen Sie sie</translation>
    </message>
    <message>
        <source>the front matter is written in a form the field editor does not handle; edit it as text</source>
        <translation>Die Front Matter ist in einer Form geschrieben, die der Feldeditor nicht verarbeitet; bearbeiten Sie sie als Text</translation>
    </message>
</context>
<context>
    <name>FrontMatterForm</name>
    <message>
        <source>(complex key)</source>
        <translation>(komplexer Schlüssel)</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>Front Matter</translation>
    </message>
    <message>
        <source>+ Add field</source>
        <translation>+ Feld hinzufügen</translation>
    </message>
    <message>
        <source>Add a field to the front matter</source>
        <translation>Der Front Matter ein Feld hinzufügen</translation>
    </message>
    <message>
        <source>Edit as text</source>
        <translation>Als Text bearbeiten</translation>
    </message>
    <message>
        <source>Show the front matter as YAML text</source>
        <translation>Die Front Matter als YAML-Text zeigen</translation>
    </message>
    <message>
        <source>TOML front matter is shown as text only</source>
        <translation>TOML-Front-Matter wird nur als Text gezeigt</translation>
    </message>
    <message>
        <source>The front matter must be valid YAML `key: value` lines to show as fields; fix the errors below first.</source>
        <translation>Die Front Matter muss aus gültigen YAML-Zeilen `Schlüssel: Wert` bestehen, um als Felder gezeigt zu werden; korrigieren Sie zuerst die Fehler unten.</translation>
    </message>
    <message>
        <source>TOML front matter cannot be edited here yet</source>
        <translation>TOML-Front-Matter kann hier noch nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>There is already a field “%1”</source>
        <translation>Es gibt bereits ein Feld „%1“</translation>
    </message>
    <message>
        <source>The front matter does not read as fields; fix it here.</source>
        <translation>Die Front Matter lässt sich nicht als Felder lesen; korrigieren Sie sie hier.</translation>
    </message>
    <message>
        <source>The front matter no longer reads as fields; fix it here.</source>
        <translation>Die Front Matter lässt sich nicht mehr als Felder lesen; korrigieren Sie sie hier.</translation>
    </message>
    <message>
        <source>Written in a form Postwright cannot edit as a field; use Edit as text.</source>
        <translation>In einer Form geschrieben, die Postwright nicht als Feld bearbeiten kann; verwenden Sie „Als Text bearbeiten“.</translation>
    </message>
    <message>
        <source>Repeated below on line %1; Jekyll uses that one.</source>
        <translation>Unten in Zeile %1 wiederholt; Jekyll verwendet diesen Eintrag.</translation>
    </message>
    <message>
        <source>TOML front matter is shown as text and kept as it is.</source>
        <translation>TOML-Front-Matter wird als Text gezeigt und unverändert gelassen.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>This post has no front matter. Use “Add field” to create it.</source>
        <translation>Dieser Beitrag hat keine Front Matter. Legen Sie sie mit „Feld hinzufügen“ an.</translation>
    </message>
    <message>
        <source>No fields yet. Use “Add field” to add one.</source>
        <translation>Noch keine Felder. Fügen Sie mit „Feld hinzufügen“ eines hinzu.</translation>
    </message>
</context>
<context>
    <name>FrontMatterSplit</name>
    <message>
        <source>the file starts with a UTF-8 byte-order mark before the front matter; Jekyll may not see the front matter (the mark is kept as it is)</source>
        <translation>Die Datei beginnt vor der Front Matter mit einer UTF-8-Byte-Order-Mark; Jekyll erkennt die Front Matter womöglich nicht (die Markierung bleibt unverändert)</translation>
    </message>
    <message>
        <source>the front matter opened on line 1 is never closed by a `%1` line; Jekyll treats the whole file as body text</source>
        <translation>Die in Zeile 1 geöffnete Front Matter wird nie durch eine Zeile `%1` geschlossen; Jekyll behandelt die ganze Datei als Text</translation>
    </message>
</context>
<context>
    <name>FrontMatterTextPage</name>
    <message>
        <source>Front matter text</source>
        <translation>Front-Matter-Text</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>GitActions</name>
    <message>
        <source>&amp;Commit Post…</source>
        <translation>Beitrag &amp;committen…</translation>
    </message>
    <message>
        <source>Commit and P&amp;ush…</source>
        <translation>Committen und &amp;pushen…</translation>
    </message>
    <message>
        <source>P&amp;ull</source>
        <translation>P&amp;ullen</translation>
    </message>
    <message>
        <source>Commit the post and the files added for it to the site&apos;s git repository</source>
        <translation>Den Beitrag und die für ihn hinzugefügten Dateien im git-Repository der Website committen</translation>
    </message>
    <message>
        <source>Commit the post and push it to the upstream branch</source>
        <translation>Den Beitrag committen und zum Upstream-Branch pushen</translation>
    </message>
    <message>
        <source>Fetch the upstream branch and rebase your commits on it</source>
        <translation>Den Upstream-Branch holen und Ihre Commits darauf rebasen</translation>
    </message>
    <message>
        <source>Looking at what changed…</source>
        <translation>Änderungen werden ermittelt…</translation>
    </message>
    <message>
        <source>Nothing to commit: %1 and the files it links have no changes</source>
        <translation>Nichts zu committen: %1 und die Dateien, auf die es verweist, sind unverändert</translation>
    </message>
    <message>
        <source>Committing and pushing…</source>
        <translation>Committen und pushen…</translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>Committen…</translation>
    </message>
    <message>
        <source>Committed %1: %2</source>
        <translation>%1 committet: %2</translation>
    </message>
    <message>
        <source>%1
The commit is kept: %2</source>
        <translation>%1
Der Commit bleibt erhalten: %2</translation>
    </message>
    <message>
        <source>Committed %1 and pushed to %2: %3</source>
        <translation>%1 committet und nach %2 gepusht: %3</translation>
    </message>
    <message>
        <source>Pulling, then pushing again…</source>
        <translation>Pullen, dann erneut pushen…</translation>
    </message>
    <message>
        <source>Pulling…</source>
        <translation>Pullen…</translation>
    </message>
    <message>
        <source>Pulled: the branch is up to date with its upstream</source>
        <translation>Gepullt: Der Branch ist auf dem Stand seines Upstreams</translation>
    </message>
    <message>
        <source>Pulled, then pushed to %1</source>
        <translation>Gepullt, dann nach %1 gepusht</translation>
    </message>
    <message>
        <source>Push Rejected</source>
        <translation>Push abgelehnt</translation>
    </message>
    <message>
        <source>The remote has commits this checkout does not have yet, so the push was refused. Pull them (your commits go on top) and push again?</source>
        <translation>Das Remote hat Commits, die dieser Checkout noch nicht hat, daher wurde der Push abgelehnt. Diese pullen (Ihre Commits kommen obendrauf) und erneut pushen?</translation>
    </message>
    <message>
        <source>Pull and Push Again</source>
        <translation>Pullen und erneut pushen</translation>
    </message>
    <message>
        <source>git</source>
        <translation>git</translation>
    </message>
</context>
<context>
    <name>GitRepository</name>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 is not a git checkout: clone the site&apos;s repository, or run git init there</source>
        <translation>%1 ist kein git-Checkout: Klonen Sie das Repository der Website oder führen Sie dort git init aus</translation>
    </message>
    <message>
        <source>%1 is inside a bare repository or a .git folder, not a checkout</source>
        <translation>%1 liegt in einem Bare-Repository oder einem .git-Ordner, nicht in einem Checkout</translation>
    </message>
    <message>
        <source>%1: the checkout&apos;s own git configuration sets %2, which makes git run a command; Postwright runs git there only for a site you trust (postwright trust SITE)</source>
        <translation>%1: Die git-Konfiguration des Checkouts setzt %2, wodurch git einen Befehl ausführt; Postwright führt git dort nur für eine vertrauenswürdige Website aus (postwright trust SITE)</translation>
    </message>
    <message>
        <source>git is not installed (&apos;%1&apos; cannot be run): install git (Debian: apt install git)</source>
        <translation>git ist nicht installiert („%1“ kann nicht ausgeführt werden): Installieren Sie git (Debian: apt install git)</translation>
    </message>
    <message>
        <source>%1 did not start: %2</source>
        <translation>%1 ist nicht gestartet: %2</translation>
    </message>
    <message>
        <source>%1 in %2 timed out after %3 s and was stopped; check the network and the remote, then try again</source>
        <translation>%1 in %2 hat nach %3 s die Zeit überschritten und wurde angehalten; prüfen Sie das Netzwerk und das Remote und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 in %2 crashed</source>
        <translation>%1 in %2 ist abgestürzt</translation>
    </message>
    <message>
        <source>%1 in %2: authentication failed: the answer given was refused, or the question was cancelled (git: %3)</source>
        <translation>%1 in %2: Authentifizierung fehlgeschlagen: Die Antwort wurde abgelehnt oder die Frage abgebrochen (git: %3)</translation>
    </message>
    <message>
        <source>%1 in %2: authentication failed; set up a credential helper or an ssh key that works without a prompt (git: %3)</source>
        <translation>%1 in %2: Authentifizierung fehlgeschlagen; richten Sie einen Credential-Helper oder einen ssh-Schlüssel ein, der ohne Nachfrage funktioniert (git: %3)</translation>
    </message>
    <message>
        <source>%1 in %2: rejected: the remote has commits you do not have; pull first (rebase), never force</source>
        <translation>%1 in %2: abgelehnt: Das Remote hat Commits, die Sie nicht haben; pullen Sie zuerst (Rebase), niemals erzwingen</translation>
    </message>
    <message>
        <source>%1 in %2: no upstream branch: set one with git push -u REMOTE BRANCH</source>
        <translation>%1 in %2: kein Upstream-Branch: Legen Sie einen mit git push -u REMOTE BRANCH fest</translation>
    </message>
    <message>
        <source>%1 in %2: the remote cannot be reached; check its URL and the network (git: %3)</source>
        <translation>%1 in %2: Das Remote ist nicht erreichbar; prüfen Sie seine URL und das Netzwerk (git: %3)</translation>
    </message>
    <message>
        <source>%1 in %2: stopped on conflicts; resolve them (git status) and run git rebase --continue, or undo with git rebase --abort</source>
        <translation>%1 in %2: wegen Konflikten angehalten; lösen Sie sie (git status) und führen Sie git rebase --continue aus, oder machen Sie es mit git rebase --abort rückgängig</translation>
    </message>
    <message>
        <source>%1 in %2 failed (exit %3): %4</source>
        <translation>%1 in %2 fehlgeschlagen (Exit-Status %3): %4</translation>
    </message>
    <message>
        <source>%1 is outside the checkout %2</source>
        <translation>%1 liegt außerhalb des Checkouts %2</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for git&apos;s index</source>
        <translation>Für den Index von git kann kein temporärer Ordner angelegt werden</translation>
    </message>
    <message>
        <source>nothing to commit: no paths given</source>
        <translation>Nichts zu committen: keine Pfade angegeben</translation>
    </message>
    <message>
        <source>nothing to commit: %1 has no changes</source>
        <translation>Nichts zu committen: %1 ist unverändert</translation>
    </message>
    <message>
        <source>git push in %1: HEAD is detached; check out a branch first</source>
        <translation>git push in %1: HEAD ist losgelöst; checken Sie zuerst einen Branch aus</translation>
    </message>
    <message>
        <source>git push in %1: no upstream branch for %2: set one with git push -u REMOTE %2</source>
        <translation>git push in %1: kein Upstream-Branch für %2: Legen Sie einen mit git push -u REMOTE %2 fest</translation>
    </message>
</context>
<context>
    <name>GitStatusIndicator</name>
    <message>
        <source>Git status</source>
        <translation>Git-Status</translation>
    </message>
    <message>
        <source>git unavailable</source>
        <translation>git nicht verfügbar</translation>
    </message>
    <message>
        <source>detached HEAD</source>
        <translation>losgelöster HEAD</translation>
    </message>
    <message>
        <source>No branch is checked out (detached HEAD).</source>
        <translation>Kein Branch ist ausgecheckt (losgelöster HEAD).</translation>
    </message>
    <message>
        <source>On branch %1.</source>
        <translation>Auf Branch %1.</translation>
    </message>
    <message>
        <source>The branch has no upstream to push to.</source>
        <translation>Der Branch hat keinen Upstream zum Pushen.</translation>
    </message>
    <message>
        <source>Up to date with %1.</source>
        <translation>Auf dem Stand von %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) not pushed to %1.</source>
        <translation>
            <numerusform>%n Commit nicht nach %1 gepusht.</numerusform>
            <numerusform>%n Commits nicht nach %1 gepusht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) on %1 not pulled yet.</source>
        <translation>
            <numerusform>%n Commit auf %1 noch nicht gepullt.</numerusform>
            <numerusform>%n Commits auf %1 noch nicht gepullt.</numerusform>
        </translation>
    </message>
    <message>
        <source> · not committed</source>
        <translation> · nicht committet</translation>
    </message>
    <message>
        <source>The post has changes not committed.</source>
        <translation>Der Beitrag hat nicht committete Änderungen.</translation>
    </message>
</context>
<context>
    <name>HunspellDictionary</name>
    <message>
        <source>Could not open the spelling dictionary %1: %2</source>
        <translation>Das Rechtschreibwörterbuch %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>Could not open the spelling dictionary %1: its encoding %2 is unknown</source>
        <translation>Das Rechtschreibwörterbuch %1 konnte nicht geöffnet werden: Seine Kodierung %2 ist unbekannt</translation>
    </message>
</context>
<context>
    <name>ImageEncoding</name>
    <message>
        <source>Could not encode the image as %1: %2</source>
        <translation>Das Bild konnte nicht als %1 kodiert werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels, more than Postwright opens (%4 million); nothing was added.</source>
        <translation>%1 hat %2 × %3 Pixel, mehr als Postwright öffnet (%4 Millionen); nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Could not read the image %1: %2</source>
        <translation>Das Bild %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ImageFieldWidget</name>
    <message>
        <source>/assets/images/…</source>
        <translation>/assets/images/…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose one of the site’s images</source>
        <translation>Eines der Bilder der Website auswählen</translation>
    </message>
    <message>
        <source>Save the post in a site first; image paths are relative to the site</source>
        <translation>Speichern Sie den Beitrag zuerst in einer Website; Bildpfade sind relativ zur Website</translation>
    </message>
    <message>
        <source>Choose an Image File</source>
        <translation>Eine Bilddatei auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp *.svg *.avif)</translation>
    </message>
    <message>
        <source>%1 is not an image file the site can publish (png, jpg, jpeg, gif, webp, svg, avif)</source>
        <translation>%1 ist keine Bilddatei, die die Website veröffentlichen kann (png, jpg, jpeg, gif, webp, svg, avif)</translation>
    </message>
    <message>
        <source>Copied %1 into the site as %2</source>
        <translation>%1 als %2 in die Website kopiert</translation>
    </message>
</context>
<context>
    <name>ImageFileWriter</name>
    <message>
        <source>Could not create the image folder %1: %2</source>
        <translation>Der Bildordner %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not write the image %1: %2</source>
        <translation>Das Bild %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not find a free name for %1 in %2</source>
        <translation>Für %1 wurde in %2 kein freier Name gefunden</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>reading %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ImageFolderChoice</name>
    <message>
        <source>Image &amp;Folder…</source>
        <translation>Bild&amp;ordner…</translation>
    </message>
    <message>
        <source>Choose the folder of the site where new images of its posts go</source>
        <translation>Den Ordner der Website wählen, in den neue Bilder ihrer Beiträge kommen</translation>
    </message>
    <message>
        <source>Image Folder</source>
        <translation>Bildordner</translation>
    </message>
    <message>
        <source>New images of this site go to %1</source>
        <translation>Neue Bilder dieser Website kommen nach %1</translation>
    </message>
</context>
<context>
    <name>ImageInsertion</name>
    <message>
        <source>Save the post before adding images: their names and folder come from the post&apos;s file.</source>
        <translation>Speichern Sie den Beitrag, bevor Sie Bilder hinzufügen: Ihr Name und Ordner ergeben sich aus der Datei des Beitrags.</translation>
    </message>
    <message>
        <source>%1 is not in a Jekyll site, so there is no site folder to put the image in.</source>
        <translation>%1 liegt in keiner Jekyll-Website, daher gibt es keinen Website-Ordner für das Bild.</translation>
    </message>
    <message>
        <source>The clipboard&apos;s image could not be read; nothing was added.</source>
        <translation>Das Bild in der Zwischenablage konnte nicht gelesen werden; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Saving the pasted image…</source>
        <translation>Das eingefügte Bild wird gespeichert…</translation>
    </message>
    <message>
        <source>The pasted image could not be saved: %1</source>
        <translation>Das eingefügte Bild konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The pasted image</source>
        <translation>Das eingefügte Bild</translation>
    </message>
    <message>
        <source>image</source>
        <translation>bild</translation>
    </message>
    <message>
        <source>%1 is not an image Postwright can read; nothing was added.</source>
        <translation>%1 ist kein Bild, das Postwright lesen kann; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is %2 × %3 pixels, more than Postwright adds to a post (%4 million); nothing was added.</source>
        <translation>%1 hat %2 × %3 Pixel, mehr als Postwright einem Beitrag hinzufügt (%4 Millionen); nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Added %1, but the post changed before the link could be inserted.</source>
        <translation>%1 hinzugefügt, aber der Beitrag hat sich geändert, bevor der Link eingefügt werden konnte.</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
</context>
<context>
    <name>ImagePlacement</name>
    <message>
        <source>%1 is not a folder that exists.</source>
        <translation>%1 ist kein vorhandener Ordner.</translation>
    </message>
    <message>
        <source>%1 is outside the site %2: images must be inside it to be published.</source>
        <translation>%1 liegt außerhalb der Website %2: Bilder müssen darin liegen, um veröffentlicht zu werden.</translation>
    </message>
    <message>
        <source>Jekyll does not publish %1: a folder whose name starts with _ or . stays out of the site.</source>
        <translation>Jekyll veröffentlicht %1 nicht: Ein Ordner, dessen Name mit _ oder . beginnt, bleibt außerhalb der Website.</translation>
    </message>
</context>
<context>
    <name>ImageWriteTask</name>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 wurde nicht hinzugefügt: %2</translation>
    </message>
</context>
<context>
    <name>ImagesSettingsPage</name>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Vergessen</translation>
    </message>
    <message>
        <source>New images</source>
        <translation>Neue Bilder</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Offer to downscale images &amp;wider than:</source>
        <translation>Verkleinern von Bildern anbieten, die &amp;breiter sind als:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>…or &amp;larger than:</source>
        <translation>…oder &amp;größer als:</translation>
    </message>
    <message>
        <source>&amp;Keep the location (GPS) of photos copied into a site</source>
        <translation>Den &amp;Standort (GPS) von Fotos behalten, die in eine Website kopiert werden</translation>
    </message>
    <message>
        <source>Image folder per site</source>
        <translation>Bildordner je Website</translation>
    </message>
    <message>
        <source>Where new images of a site go, relative to the site&apos;s folder. A site not listed uses the folder its posts&apos; images are in.</source>
        <translation>Wohin neue Bilder einer Website kommen, relativ zum Ordner der Website. Eine nicht aufgeführte Website verwendet den Ordner, in dem die Bilder ihrer Beiträge liegen.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Forget the chosen folder: the site&apos;s posts show where images go</source>
        <translation>Den gewählten Ordner vergessen: Die Beiträge der Website zeigen, wohin Bilder kommen</translation>
    </message>
</context>
<context>
    <name>JekyllDocumentReader</name>
    <message>
        <source>the file name is not valid UTF-8; Jekyll cannot read it reliably</source>
        <translation>Der Dateiname ist kein gültiges UTF-8; Jekyll kann ihn nicht zuverlässig lesen</translation>
    </message>
    <message>
        <source>could not read the file: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>JekyllFrontMatter</name>
    <message>
        <source>`categories` must be a list or text (Jekyll: no implicit conversion into Array)</source>
        <translation>`categories` muss eine Liste oder Text sein (Jekyll: no implicit conversion into Array)</translation>
    </message>
    <message>
        <source>`%1` in the %2 is not a date Jekyll can read (Jekyll stops the build)</source>
        <translation>`%1` in %2 ist kein Datum, das Jekyll lesen kann (Jekyll bricht den Build ab)</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text; Jekyll cannot read its front matter and skips it</source>
        <translation>Die Datei ist kein gültiger UTF-8-Text; Jekyll kann ihre Front Matter nicht lesen und überspringt sie</translation>
    </message>
    <message>
        <source>the front matter is not a mapping of fields (key: value)</source>
        <translation>Die Front Matter ist keine Zuordnung von Feldern (Schlüssel: Wert)</translation>
    </message>
    <message>
        <source>no end of the front matter within the first %1 bytes</source>
        <translation>Kein Ende der Front Matter innerhalb der ersten %1 Bytes</translation>
    </message>
    <message>
        <source>file path</source>
        <translation>Dateipfad</translation>
    </message>
    <message>
        <source>front matter defaults</source>
        <translation>Front-Matter-Vorgaben</translation>
    </message>
    <message>
        <source>YAML front matter</source>
        <translation>YAML-Front-Matter</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>Dateiname</translation>
    </message>
</context>
<context>
    <name>JekyllPermalink</name>
    <message>
        <source>%1: the permalink uses :%2 but the document has no date</source>
        <translation>%1: Der Permalink verwendet :%2, aber das Dokument hat kein Datum</translation>
    </message>
    <message>
        <source>%1: the permalink &apos;%2&apos; has no placeholder :%3 (Jekyll stops the build)</source>
        <translation>%1: Der Permalink „%2“ hat keinen Platzhalter :%3 (Jekyll bricht den Build ab)</translation>
    </message>
</context>
<context>
    <name>JekyllUrlEscape</name>
    <message>
        <source>invalid character in host</source>
        <translation>Ungültiges Zeichen im Host</translation>
    </message>
    <message>
        <source>invalid port number</source>
        <translation>Ungültige Portnummer</translation>
    </message>
    <message>
        <source>Jekyll cannot escape the URL part &apos;%1&apos;: %2</source>
        <translation>Jekyll kann den URL-Teil „%1“ nicht maskieren: %2</translation>
    </message>
    <message>
        <source>invalid scheme format &apos;%1&apos;</source>
        <translation>Ungültiges Schema-Format „%1“</translation>
    </message>
    <message>
        <source>absolute URI missing hierarchical segment</source>
        <translation>Absoluter URI ohne hierarchisches Segment</translation>
    </message>
    <message>
        <source>ambiguous path</source>
        <translation>Mehrdeutiger Pfad</translation>
    </message>
</context>
<context>
    <name>KramdownCaveats</name>
    <message>
        <source>the options it sets are not applied by the preview (Jekyll applies them)</source>
        <translation>Die gesetzten Optionen wendet die Vorschau nicht an (Jekyll wendet sie an)</translation>
    </message>
    <message>
        <source>markdown=&quot;span&quot; is not read: the element&apos;s content is shown as written</source>
        <translation>markdown=&quot;span&quot; wird nicht gelesen: Der Inhalt des Elements wird wie geschrieben gezeigt</translation>
    </message>
    <message>
        <source>markdown=&quot;1&quot; is read on top-level elements only, not inside a list or a quote</source>
        <translation>markdown=&quot;1&quot; wird nur auf Elementen der obersten Ebene gelesen, nicht in einer Liste oder einem Zitat</translation>
    </message>
    <message>
        <source>markdown=&quot;1&quot; is read on an element that opens its own block, not inside other HTML</source>
        <translation>markdown=&quot;1&quot; wird auf einem Element gelesen, das einen eigenen Block öffnet, nicht innerhalb von anderem HTML</translation>
    </message>
</context>
<context>
    <name>LinkTargetMarkBinding</name>
    <message>
        <source>Mark &amp;Broken Links and Images</source>
        <translation>&amp;Defekte Links und Bilder markieren</translation>
    </message>
    <message>
        <source>Underline links and images that lead nowhere in the site, and images without alt text</source>
        <translation>Links und Bilder unterstreichen, die in der Website ins Leere führen, und Bilder ohne Alternativtext</translation>
    </message>
</context>
<context>
    <name>LiquidExpansion</name>
    <message>
        <source>The site&apos;s Jekyll did not run `%1` in safe mode: the site&apos;s plugins run only once you trust the site</source>
        <translation>Das Jekyll der Website hat `%1` im abgesicherten Modus nicht ausgeführt: Die Plugins der Website laufen erst, wenn Sie der Website vertrauen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
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
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;holen</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>Bei&amp;trag</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;Fields</source>
        <translation>&amp;Felder zeigen</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>&amp;Vorschau zeigen</translation>
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
        <source>&amp;About Postwright</source>
        <translation>Ü&amp;ber Postwright</translation>
    </message>
    <message>
        <source>About Postwright</source>
        <translation>Über Postwright</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Postwright&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;An editor for static-site blog posts: a form for the front matter, Markdown for the body, and a live preview.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Postwright&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Ein Editor für Blogbeiträge statischer Websites: ein Formular für die Front Matter, Markdown für den Text und eine Live-Vorschau.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — Postwright</source>
        <translation>%1[*] — Postwright</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>Neues F&amp;enster</translation>
    </message>
</context>
<context>
    <name>MarkdownEditor</name>
    <message>
        <source>Post text</source>
        <translation>Beitragstext</translation>
    </message>
    <message>
        <source>The body of the post, in Markdown</source>
        <translation>Der Text des Beitrags, in Markdown</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <source>Insert &amp;Link</source>
        <translation>&amp;Link einfügen</translation>
    </message>
</context>
<context>
    <name>NewPost</name>
    <message>
        <source>A new post needs a title</source>
        <translation>Ein neuer Beitrag braucht einen Titel</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: the default for &apos;%2&apos; cannot be used: %3</source>
        <translation>%1: Die Vorgabe für „%2“ kann nicht verwendet werden: %3</translation>
    </message>
    <message>
        <source>%1 already exists; not overwriting it</source>
        <translation>%1 existiert bereits; es wird nicht überschrieben</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>NewPostDialog</name>
    <message>
        <source>Save as a &amp;draft (in _drafts/, not published)</source>
        <translation>Als &amp;Entwurf speichern (in _drafts/, nicht veröffentlicht)</translation>
    </message>
    <message>
        <source>New Post</source>
        <translation>Neuer Beitrag</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
</context>
<context>
    <name>NumberFieldWidget</name>
    <message>
        <source>Not a number yet; the file keeps the last number typed</source>
        <translation>Noch keine Zahl; die Datei behält die zuletzt eingegebene Zahl</translation>
    </message>
</context>
<context>
    <name>OpenLinkDialog</name>
    <message>
        <source>Write an E-mail?</source>
        <translation>Eine E-Mail schreiben?</translation>
    </message>
    <message>
        <source>Open Link?</source>
        <translation>Link öffnen?</translation>
    </message>
    <message>
        <source>The post&apos;s link opens your mail program to write to:</source>
        <translation>Der Link des Beitrags öffnet Ihr E-Mail-Programm, um zu schreiben an:</translation>
    </message>
    <message>
        <source>The post&apos;s link opens in your web browser:</source>
        <translation>Der Link des Beitrags öffnet sich in Ihrem Webbrowser:</translation>
    </message>
    <message>
        <source>&amp;Write E-mail</source>
        <translation>E-Mail &amp;schreiben</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Im Browser ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>OutlinePart</name>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>(empty heading)</source>
        <translation>(leere Überschrift)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>PhotoMetadata</name>
    <message>
        <source>Could not read the metadata of %1: %2</source>
        <translation>Die Metadaten von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not remove the location from %1: %2</source>
        <translation>Der Standort konnte nicht aus %1 entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>Post</name>
    <message>
        <source>&apos;%1&apos; would not read back as typed here; edit the front matter as text</source>
        <translation>„%1“ würde nicht so zurückgelesen, wie es hier eingegeben ist; bearbeiten Sie die Front Matter als Text</translation>
    </message>
    <message>
        <source>the list &apos;%1&apos; would not read back as intended here; edit it as text</source>
        <translation>Die Liste „%1“ würde hier nicht wie beabsichtigt zurückgelesen; bearbeiten Sie sie als Text</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no such text to replace</source>
        <translation>„%1“ enthält keinen solchen Text zum Ersetzen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would not read back as intended here; edit it as text</source>
        <translation>„%1“ würde hier nicht wie beabsichtigt zurückgelesen; bearbeiten Sie es als Text</translation>
    </message>
    <message>
        <source>the value holds a character a text file cannot keep (such as NUL)</source>
        <translation>Der Wert enthält ein Zeichen, das eine Textdatei nicht speichern kann (etwa NUL)</translation>
    </message>
    <message>
        <source>that value would break the front matter (line %1: %2)</source>
        <translation>Dieser Wert würde die Front Matter beschädigen (Zeile %1: %2)</translation>
    </message>
    <message>
        <source>that edit would move where the front matter ends</source>
        <translation>Diese Änderung würde verschieben, wo die Front Matter endet</translation>
    </message>
    <message>
        <source>that edit would change other fields too (the text around &apos;%1&apos; reads differently without it); edit it as text</source>
        <translation>Diese Änderung würde auch andere Felder ändern (der Text um „%1“ liest sich ohne sie anders); bearbeiten Sie es als Text</translation>
    </message>
    <message>
        <source>the front matter is written in a form where &apos;%1&apos; cannot be set as a field; edit it as text</source>
        <translation>Die Front Matter ist in einer Form geschrieben, in der „%1“ nicht als Feld gesetzt werden kann; bearbeiten Sie sie als Text</translation>
    </message>
</context>
<context>
    <name>PostDocument</name>
    <message>
        <source>The post has no file yet; choose where to save it</source>
        <translation>Der Beitrag hat noch keine Datei; wählen Sie, wo er gespeichert werden soll</translation>
    </message>
</context>
<context>
    <name>PostFile</name>
    <message>
        <source>the disk is read-only</source>
        <translation>Der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>Datenträger voll</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
    <message>
        <source>Could not open %1: it is a folder</source>
        <translation>%1 konnte nicht geöffnet werden: Es ist ein Ordner</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>PostFilter</name>
    <message>
        <source>&apos;%1&apos; is not a status: use published, draft, scheduled or unpublished</source>
        <translation>„%1“ ist kein Status: Verwenden Sie published, draft, scheduled oder unpublished</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a year</source>
        <translation>„%1“ ist kein Jahr</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind: use post, draft or page</source>
        <translation>„%1“ ist keine Art: Verwenden Sie post, draft oder page</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind: use post, draft, page or a collection (%2)</source>
        <translation>„%1“ ist keine Art: Verwenden Sie post, draft, page oder eine Sammlung (%2)</translation>
    </message>
</context>
<context>
    <name>PostListModel</name>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Unpublished</source>
        <translation>Unveröffentlicht</translation>
    </message>
    <message>
        <source>Front matter problem in %1: %2</source>
        <translation>Front-Matter-Problem in %1: %2</translation>
    </message>
    <message>
        <source>%1
Changes not committed to git</source>
        <translation>%1
Änderungen nicht in git committet</translation>
    </message>
    <message>
        <source>%1
Tags: %2</source>
        <translation>%1
Tags: %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>PostMoveActions</name>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>&amp;Unpublish</source>
        <translation>Veröffentlichung &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>Undo &amp;Move</source>
        <translation>Verschieben rück&amp;gängig machen</translation>
    </message>
    <message>
        <source>D&amp;uplicate Post</source>
        <translation>Beitrag &amp;duplizieren</translation>
    </message>
    <message>
        <source>&amp;Rename File to Match Title…</source>
        <translation>Datei nach &amp;Titel umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete Post…</source>
        <translation>Beitrag &amp;löschen…</translation>
    </message>
    <message>
        <source>Move this draft into _posts with a date, as Jekyll publishes it</source>
        <translation>Diesen Entwurf mit Datum nach _posts verschieben, so wie Jekyll ihn veröffentlicht</translation>
    </message>
    <message>
        <source>Move this post back into _drafts</source>
        <translation>Diesen Beitrag zurück nach _drafts verschieben</translation>
    </message>
    <message>
        <source>Move this post to the trash</source>
        <translation>Diesen Beitrag in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Could not publish the post</source>
        <translation>Der Beitrag konnte nicht veröffentlicht werden</translation>
    </message>
    <message>
        <source>Could not unpublish the post</source>
        <translation>Die Veröffentlichung des Beitrags konnte nicht zurückgenommen werden</translation>
    </message>
    <message>
        <source>Give the file the name the title makes, keeping its date</source>
        <translation>Der Datei den Namen geben, der sich aus dem Titel ergibt, und ihr Datum behalten</translation>
    </message>
    <message>
        <source>Could not rename the post</source>
        <translation>Der Beitrag konnte nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Rename File to Match Title</source>
        <translation>Datei nach Titel umbenennen</translation>
    </message>
    <message>
        <source>Rename %1 to %2?</source>
        <translation>%1 in %2 umbenennen?</translation>
    </message>
    <message>
        <source>Its address changes from %1 to %2.</source>
        <translation>Seine Adresse ändert sich von %1 zu %2.</translation>
    </message>
    <message>
        <source>Keep the old address working (add it to redirect_from)</source>
        <translation>Die alte Adresse funktionsfähig halten (zu redirect_from hinzufügen)</translation>
    </message>
    <message>
        <source>Could not undo the move</source>
        <translation>Das Verschieben konnte nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Could not duplicate the post</source>
        <translation>Der Beitrag konnte nicht dupliziert werden</translation>
    </message>
    <message>
        <source>Delete Post</source>
        <translation>Beitrag löschen</translation>
    </message>
    <message>
        <source>Move %1 to the trash? Unsaved edits to it are lost.</source>
        <translation>%1 in den Papierkorb verschieben? Ungespeicherte Änderungen daran gehen verloren.</translation>
    </message>
    <message>
        <source>Could not delete the post</source>
        <translation>Der Beitrag konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Publication &amp;date:</source>
        <translation>Veröffentlichungs&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Published as %1</source>
        <translation>Als %1 veröffentlicht</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>In %1 umbenannt</translation>
    </message>
    <message>
        <source>Moved back to the drafts as %1</source>
        <translation>Als %1 zurück zu den Entwürfen verschoben</translation>
    </message>
    <message>
        <source>There is no publish or unpublish to undo</source>
        <translation>Es gibt kein Veröffentlichen oder Zurücknehmen, das rückgängig zu machen wäre</translation>
    </message>
    <message>
        <source>The post must be saved before the move is undone</source>
        <translation>Der Beitrag muss gespeichert werden, bevor das Verschieben rückgängig gemacht wird</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Duplicated as %1</source>
        <translation>Als %1 dupliziert</translation>
    </message>
    <message>
        <source>Could not move %1 to the trash: %2</source>
        <translation>%1 konnte nicht in den Papierkorb verschoben werden: %2</translation>
    </message>
    <message>
        <source>Moved %1 to the trash</source>
        <translation>%1 in den Papierkorb verschoben</translation>
    </message>
</context>
<context>
    <name>PostRename</name>
    <message>
        <source>%1 is not in a Jekyll site</source>
        <translation>%1 liegt in keiner Jekyll-Website</translation>
    </message>
    <message>
        <source>%1 is not a post Jekyll reads</source>
        <translation>%1 ist kein Beitrag, den Jekyll liest</translation>
    </message>
    <message>
        <source>%1 already matches its title</source>
        <translation>%1 passt bereits zu seinem Titel</translation>
    </message>
    <message>
        <source>%1: redirect_from cannot be added: %2</source>
        <translation>%1: redirect_from kann nicht hinzugefügt werden: %2</translation>
    </message>
</context>
<context>
    <name>PostStatusBar</name>
    <message>
        <source>Post file</source>
        <translation>Beitragsdatei</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Wortanzahl</translation>
    </message>
    <message>
        <source>Character count</source>
        <translation>Zeichenanzahl</translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation>Lesezeit</translation>
    </message>
    <message>
        <source>Saved state</source>
        <translation>Speicherzustand</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n word(s)</source>
        <translation>
            <numerusform>%1 von %n Wort</numerusform>
            <numerusform>%1 von %n Wörtern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n character(s)</source>
        <translation>
            <numerusform>%1 von %n Zeichen</numerusform>
            <numerusform>%1 von %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At %n words a minute (the site&apos;s words_per_minute, else 200)</source>
        <translation>
            <numerusform>Bei %n Wort pro Minute (words_per_minute der Website, sonst 200)</numerusform>
            <numerusform>Bei %n Wörtern pro Minute (words_per_minute der Website, sonst 200)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostsPanel</name>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Filter posts</source>
        <translation>Beiträge filtern</translation>
    </message>
    <message>
        <source>Filter: words, tag:, category:, status:, year:, kind:</source>
        <translation>Filter: Wörter, tag:, category:, status:, year:, kind:</translation>
    </message>
    <message>
        <source>Words match titles and text. Terms: tag:NAME, category:NAME, status:draft|published|scheduled|unpublished, year:2019, kind:post|draft|page|COLLECTION; quote names with spaces (tag:&quot;machine learning&quot;), put - before a term to exclude it.</source>
        <translation>Wörter passen auf Titel und Text. Begriffe: tag:NAME, category:NAME, status:draft|published|scheduled|unpublished, year:2019, kind:post|draft|page|SAMMLUNG; Namen mit Leerzeichen in Anführungszeichen (tag:&quot;machine learning&quot;), ein - vor einem Begriff schließt ihn aus.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Click to add or remove it from the filter</source>
        <translation>Klicken, um es dem Filter hinzuzufügen oder daraus zu entfernen</translation>
    </message>
    <message>
        <source>Reading the site… %1 of %2</source>
        <translation>Website wird gelesen… %1 von %2</translation>
    </message>
    <message>
        <source>1 post</source>
        <translation>1 Beitrag</translation>
    </message>
    <message>
        <source>1 document</source>
        <translation>1 Dokument</translation>
    </message>
    <message>
        <source>%1 posts</source>
        <translation>%1 Beiträge</translation>
    </message>
    <message>
        <source>%1 documents</source>
        <translation>%1 Dokumente</translation>
    </message>
    <message>
        <source>%1 of %2 posts</source>
        <translation>%1 von %2 Beiträgen</translation>
    </message>
    <message>
        <source>%1 of %2 documents</source>
        <translation>%1 von %2 Dokumenten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PostsPart</name>
    <message>
        <source>&amp;Quick Open…</source>
        <translation>Schne&amp;ll öffnen…</translation>
    </message>
    <message>
        <source>Insert &amp;Link to Post…</source>
        <translation>Link auf Beitra&amp;g einfügen…</translation>
    </message>
    <message>
        <source>&amp;Rename Tag or Category…</source>
        <translation>Tag oder &amp;Kategorie umbenennen…</translation>
    </message>
    <message>
        <source>Open a post of this site by typing part of its title</source>
        <translation>Einen Beitrag dieser Website öffnen, indem Sie einen Teil seines Titels eingeben</translation>
    </message>
    <message>
        <source>Insert a link to another post of this site</source>
        <translation>Einen Link auf einen anderen Beitrag dieser Website einfügen</translation>
    </message>
    <message>
        <source>Rename or merge a tag or category in every post of this site</source>
        <translation>Ein Tag oder eine Kategorie in allen Beiträgen dieser Website umbenennen oder zusammenführen</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
</context>
<context>
    <name>PreviewBinding</name>
    <message>
        <source>&amp;Highlight Code and Math</source>
        <translation>Code und Formeln &amp;hervorheben</translation>
    </message>
    <message>
        <source>Colour code blocks and typeset math in the preview</source>
        <translation>Codeblöcke in der Vorschau einfärben und Formeln setzen</translation>
    </message>
</context>
<context>
    <name>PreviewExport</name>
    <message>
        <source>Export as &amp;HTML…</source>
        <translation>Als &amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>Write the post as the preview shows it to an HTML file, its images beside it</source>
        <translation>Den Beitrag so, wie die Vorschau ihn zeigt, in eine HTML-Datei schreiben, seine Bilder daneben</translation>
    </message>
    <message>
        <source>Write the post as the preview shows it to a PDF file</source>
        <translation>Den Beitrag so, wie die Vorschau ihn zeigt, in eine PDF-Datei schreiben</translation>
    </message>
    <message>
        <source>Export as HTML</source>
        <translation>Als HTML exportieren</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>post</source>
        <translation>beitrag</translation>
    </message>
    <message>
        <source>Could not export %1: the preview has not loaded yet</source>
        <translation>%1 konnte nicht exportiert werden: Die Vorschau ist noch nicht geladen</translation>
    </message>
    <message>
        <source>Could not export %1: the preview could not be read</source>
        <translation>%1 konnte nicht exportiert werden: Die Vorschau konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not export %1: cannot create the folder %2</source>
        <translation>%1 konnte nicht exportiert werden: Der Ordner %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not export %1: cannot read %2: %3</source>
        <translation>%1 konnte nicht exportiert werden: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Could not export %1: %2</source>
        <translation>%1 konnte nicht exportiert werden: %2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Exported %1; the files it shows are in %2</source>
        <translation>%1 exportiert; die Dateien, die es zeigt, liegen in %2</translation>
    </message>
    <message>
        <source>Could not export %1: the page could not be printed or the file written</source>
        <translation>%1 konnte nicht exportiert werden: Die Seite konnte nicht gedruckt oder die Datei nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The post as it will read on the site</source>
        <translation>Der Beitrag, wie er auf der Website zu lesen sein wird</translation>
    </message>
</context>
<context>
    <name>PsychYaml</name>
    <message>
        <source>Tried to load unspecified class (tag %1)</source>
        <translation>Versuch, eine nicht angegebene Klasse zu laden (Tag %1)</translation>
    </message>
    <message>
        <source>a recursive alias</source>
        <translation>ein rekursiver Alias</translation>
    </message>
    <message>
        <source>Tried to load unspecified class: Symbol (`%1`; quote it to make it text)</source>
        <translation>Versuch, eine nicht angegebene Klasse zu laden: Symbol (`%1`; setzen Sie es in Anführungszeichen, um es zu Text zu machen)</translation>
    </message>
</context>
<context>
    <name>QuickOpenDialog</name>
    <message>
        <source>Search the site’s posts</source>
        <translation>Die Beiträge der Website durchsuchen</translation>
    </message>
    <message>
        <source>Open a post</source>
        <translation>Einen Beitrag öffnen</translation>
    </message>
    <message>
        <source>Insert a link to a post</source>
        <translation>Einen Link auf einen Beitrag einfügen</translation>
    </message>
    <message>
        <source>Type part of a title</source>
        <translation>Teil eines Titels eingeben</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No title matches</source>
        <translation>Kein Titel passt</translation>
    </message>
    <message>
        <source>%1 of %2 posts</source>
        <translation>%1 von %2 Beiträgen</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Ver&amp;gleichen</translation>
    </message>
    <message>
        <source>Recover Unsaved Edits</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Postwright closed before these edits were saved. Restore opens a post with the edits so you can check and save them; Discard deletes them for good.</source>
        <translation>Postwright wurde beendet, bevor diese Änderungen gespeichert wurden. „Wiederherstellen“ öffnet einen Beitrag mit den Änderungen, damit Sie sie prüfen und speichern können; „Verwerfen“ löscht sie endgültig.</translation>
    </message>
    <message>
        <source>Open the post with the recovered edits (not saved until you save)</source>
        <translation>Den Beitrag mit den wiederhergestellten Änderungen öffnen (nicht gespeichert, bis Sie speichern)</translation>
    </message>
    <message>
        <source>Delete the recovered edits</source>
        <translation>Die wiederhergestellten Änderungen löschen</translation>
    </message>
    <message>
        <source>Show the file on disk against the recovered edits</source>
        <translation>Die Datei auf dem Datenträger den wiederhergestellten Änderungen gegenüberstellen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Keep the recovered edits and ask again next time</source>
        <translation>Die wiederhergestellten Änderungen behalten und beim nächsten Mal erneut fragen</translation>
    </message>
    <message>
        <source>New post (never saved)
edited %1</source>
        <translation>Neuer Beitrag (nie gespeichert)
bearbeitet %1</translation>
    </message>
    <message>
        <source>the file is as it was when you edited it</source>
        <translation>Die Datei ist so, wie sie war, als Sie sie bearbeitet haben</translation>
    </message>
    <message>
        <source>the file has changed since: compare before restoring</source>
        <translation>Die Datei hat sich seitdem geändert: vor dem Wiederherstellen vergleichen</translation>
    </message>
    <message>
        <source>the file no longer exists</source>
        <translation>Die Datei existiert nicht mehr</translation>
    </message>
    <message>
        <source>%1 — %2
edited %3; %4</source>
        <translation>%1 — %2
bearbeitet %3; %4</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>on disk now</source>
        <translation>jetzt auf dem Datenträger</translation>
    </message>
    <message>
        <source>no file on disk</source>
        <translation>keine Datei auf dem Datenträger</translation>
    </message>
    <message>
        <source>− %1    + recovered edits    (%2)</source>
        <translation>− %1    + wiederhergestellte Änderungen    (%2)</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>no permission to write in %1</source>
        <translation>Keine Berechtigung, in %1 zu schreiben</translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation>Der Ordner konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>disk full</source>
        <translation>Datenträger voll</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
    <message>
        <source>Could not keep a recovery copy: the post has no path</source>
        <translation>Es konnte keine Wiederherstellungskopie angelegt werden: Der Beitrag hat keinen Pfad</translation>
    </message>
    <message>
        <source>the new post</source>
        <translation>der neue Beitrag</translation>
    </message>
    <message>
        <source>Could not keep a recovery copy of %1 in %2: %3</source>
        <translation>Es konnte keine Wiederherstellungskopie von %1 in %2 angelegt werden: %3</translation>
    </message>
    <message>
        <source>there is no folder for application data</source>
        <translation>Es gibt keinen Ordner für Anwendungsdaten</translation>
    </message>
    <message>
        <source>could not lock the session in %1</source>
        <translation>Die Sitzung in %1 konnte nicht gesperrt werden</translation>
    </message>
    <message>
        <source>Could not discard the recovery copy %1: not a recovery copy</source>
        <translation>Die Wiederherstellungskopie %1 konnte nicht verworfen werden: keine Wiederherstellungskopie</translation>
    </message>
    <message>
        <source>Could not discard the recovery copy %1: %2</source>
        <translation>Die Wiederherstellungskopie %1 konnte nicht verworfen werden: %2</translation>
    </message>
</context>
<context>
    <name>RemoteContentBar</name>
    <message>
        <source>Allow for This Site</source>
        <translation>Für diese Website erlauben</translation>
    </message>
    <message>
        <source>Load images, media, stylesheets and fonts from other hosts in the preview of this site&apos;s posts. Scripts, frames and this computer&apos;s own services stay blocked.</source>
        <translation>In der Vorschau der Beiträge dieser Website Bilder, Medien, Stylesheets und Schriften von anderen Hosts laden. Skripte, Frames und die Dienste dieses Computers bleiben gesperrt.</translation>
    </message>
    <message>
        <source>Remote content blocked (%1)</source>
        <translation>Externe Inhalte gesperrt (%1)</translation>
    </message>
</context>
<context>
    <name>RemoteContentSetting</name>
    <message>
        <source>Allow &amp;Remote Content for This Site</source>
        <translation>&amp;Externe Inhalte für diese Website erlauben</translation>
    </message>
    <message>
        <source>Let the preview load images, media, stylesheets and fonts from other hosts for this site&apos;s posts</source>
        <translation>Die Vorschau darf für die Beiträge dieser Website Bilder, Medien, Stylesheets und Schriften von anderen Hosts laden</translation>
    </message>
    <message>
        <source>Remote content is shown for %1</source>
        <translation>Externe Inhalte werden für %1 gezeigt</translation>
    </message>
    <message>
        <source>Remote content is blocked for %1</source>
        <translation>Externe Inhalte sind für %1 gesperrt</translation>
    </message>
</context>
<context>
    <name>RenameOffer</name>
    <message>
        <source>Add the old URL to redirect_from</source>
        <translation>Die alte URL zu redirect_from hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;name File</source>
        <translation>Datei &amp;umbenennen</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Links to the old URL keep working (the site uses jekyll-redirect-from)</source>
        <translation>Links auf die alte URL funktionieren weiter (die Website verwendet jekyll-redirect-from)</translation>
    </message>
    <message>
        <source>Rename the file after the title, keeping its date (Post &gt; Undo Move undoes it)</source>
        <translation>Die Datei nach dem Titel umbenennen und ihr Datum behalten (Beitrag &gt; Verschieben rückgängig machen macht es rückgängig)</translation>
    </message>
    <message>
        <source>Keep the file name; this is not offered again for this post until Postwright restarts</source>
        <translation>Den Dateinamen behalten; dies wird für diesen Beitrag erst nach einem Neustart von Postwright wieder angeboten</translation>
    </message>
    <message>
        <source>Could not rename the post: %1</source>
        <translation>Der Beitrag konnte nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <source>The title now makes the name “%1”. Rename %2 to %3?</source>
        <translation>Der Titel ergibt jetzt den Namen „%1“. %2 in %3 umbenennen?</translation>
    </message>
    <message>
        <source>The post&apos;s URL changes from %1 to %2.</source>
        <translation>Die URL des Beitrags ändert sich von %1 zu %2.</translation>
    </message>
    <message>
        <source>The post&apos;s URL stays %1.</source>
        <translation>Die URL des Beitrags bleibt %1.</translation>
    </message>
    <message>
        <source>No rename is offered</source>
        <translation>Keine Umbenennung angeboten</translation>
    </message>
    <message>
        <source>%1 must be saved before it is renamed</source>
        <translation>%1 muss gespeichert werden, bevor es umbenannt wird</translation>
    </message>
</context>
<context>
    <name>RevokableSiteList</name>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Take the selected sites off the list</source>
        <translation>Die ausgewählten Websites von der Liste nehmen</translation>
    </message>
</context>
<context>
    <name>SaveProblem</name>
    <message>
        <source>%1 is read-only on disk; use Save As to keep your edits</source>
        <translation>%1 ist auf dem Datenträger schreibgeschützt; verwenden Sie „Speichern unter“, um Ihre Änderungen zu behalten</translation>
    </message>
    <message>
        <source>%1 is in a folder that cannot be written to (%2); use Save As to keep your edits</source>
        <translation>%1 liegt in einem Ordner, in den nicht geschrieben werden kann (%2); verwenden Sie „Speichern unter“, um Ihre Änderungen zu behalten</translation>
    </message>
    <message>
        <source>The folder %1 no longer exists.</source>
        <translation>Der Ordner %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The disk holding %1 is read-only (Read-only file system).</source>
        <translation>Der Datenträger mit %1 ist schreibgeschützt (Read-only file system).</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (disk full).</source>
        <translation>Der Datenträger mit %1 ist voll (disk full).</translation>
    </message>
    <message>
        <source>You do not have permission to write there (Permission denied).</source>
        <translation>Sie haben keine Berechtigung, dort zu schreiben (Permission denied).</translation>
    </message>
</context>
<context>
    <name>SaveReview</name>
    <message>
        <source>C&amp;hanges…</source>
        <translation>Ä&amp;nderungen…</translation>
    </message>
    <message>
        <source>Show Changes &amp;Before Saving</source>
        <translation>Änderungen vor dem S&amp;peichern zeigen</translation>
    </message>
    <message>
        <source>Show the file on disk against what saving will write</source>
        <translation>Die Datei auf dem Datenträger dem gegenüberstellen, was beim Speichern geschrieben wird</translation>
    </message>
    <message>
        <source>Before each save, show what it changes in the file and ask</source>
        <translation>Vor jedem Speichern zeigen, was es in der Datei ändert, und nachfragen</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>Auf dem Datenträger</translation>
    </message>
    <message>
        <source>What saving writes</source>
        <translation>Was beim Speichern geschrieben wird</translation>
    </message>
    <message>
        <source>Save %1?</source>
        <translation>%1 speichern?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>the new post</source>
        <translation>der neue Beitrag</translation>
    </message>
    <message>
        <source>Changes to %1</source>
        <translation>Änderungen an %1</translation>
    </message>
</context>
<context>
    <name>ScrollSyncBinding</name>
    <message>
        <source>S&amp;ync Scrolling</source>
        <translation>&amp;Bildlauf abgleichen</translation>
    </message>
    <message>
        <source>The preview follows the editor&apos;s cursor and scrolling; a click in the preview moves the cursor there</source>
        <translation>Die Vorschau folgt dem Cursor und dem Bildlauf des Editors; ein Klick in die Vorschau setzt den Cursor dorthin</translation>
    </message>
</context>
<context>
    <name>SearchDatabase</name>
    <message>
        <source>unknown SQLite error</source>
        <translation>Unbekannter SQLite-Fehler</translation>
    </message>
    <message>
        <source>Could not open the search index %1: Qt&apos;s SQLite driver (QSQLITE, Debian package libqt6sql6-sqlite) is not installed</source>
        <translation>Der Suchindex %1 konnte nicht geöffnet werden: Der SQLite-Treiber von Qt (QSQLITE, Debian-Paket libqt6sql6-sqlite) ist nicht installiert</translation>
    </message>
    <message>
        <source>Could not open the search index %1: cannot create the folder %2</source>
        <translation>Der Suchindex %1 konnte nicht geöffnet werden: Der Ordner %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Search index %1: %2: %3</source>
        <translation>Suchindex %1: %2: %3</translation>
    </message>
    <message>
        <source>called from another thread than the one that opened it</source>
        <translation>Aus einem anderen Thread aufgerufen als dem, der ihn geöffnet hat</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>cannot delete the old file %1</source>
        <translation>Die alte Datei %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>Eine Transaktion kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>SQLite&apos;s FTS5 full-text module is not available</source>
        <translation>Das Volltextmodul FTS5 von SQLite ist nicht verfügbar</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>Commit nicht möglich</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>&amp;Bilder</translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation>&amp;Websites</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <source>Choose the editor&apos;s font, the theme, spelling, images and trusted sites</source>
        <translation>Schrift des Editors, Farbschema, Rechtschreibung, Bilder und vertrauenswürdige Websites wählen</translation>
    </message>
</context>
<context>
    <name>ShortcutToolTips</name>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by name or key</source>
        <translation>Nach Name oder Taste filtern</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>SiteConfig</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not read %1: it is not valid UTF-8 text</source>
        <translation>%1 konnte nicht gelesen werden: Es ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>the configuration must be a mapping of settings (key: value)</source>
        <translation>Die Konfiguration muss eine Zuordnung von Einstellungen sein (Schlüssel: Wert)</translation>
    </message>
</context>
<context>
    <name>SiteEngine</name>
    <message>
        <source>the site&apos;s Jekyll failed without saying why</source>
        <translation>Das Jekyll der Website ist ohne Angabe von Gründen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Ruby is not installed, so the site&apos;s Jekyll cannot run (install the jekyll package)</source>
        <translation>Ruby ist nicht installiert, daher kann das Jekyll der Website nicht laufen (installieren Sie das Paket jekyll)</translation>
    </message>
    <message>
        <source>cannot write to the cache folder %1</source>
        <translation>In den Cache-Ordner %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Ruby could not be started: %1</source>
        <translation>Ruby konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>the site&apos;s Jekyll did not answer</source>
        <translation>Das Jekyll der Website hat nicht geantwortet</translation>
    </message>
    <message>
        <source>the site&apos;s Jekyll said something that is not JSON: %1</source>
        <translation>Das Jekyll der Website hat etwas gesagt, das kein JSON ist: %1</translation>
    </message>
    <message>
        <source>the site&apos;s Jekyll answered a request it was not asked</source>
        <translation>Das Jekyll der Website hat auf eine Anfrage geantwortet, die nicht gestellt wurde</translation>
    </message>
    <message>
        <source>the site&apos;s Jekyll crashed</source>
        <translation>Das Jekyll der Website ist abgestürzt</translation>
    </message>
    <message>
        <source>the site&apos;s Jekyll stopped (exit status %1)</source>
        <translation>Das Jekyll der Website wurde beendet (Exit-Status %1)</translation>
    </message>
    <message>
        <source>the site&apos;s Jekyll did not finish reading the site within %1 s</source>
        <translation>Das Jekyll der Website hat das Lesen der Website nicht innerhalb von %1 s abgeschlossen</translation>
    </message>
    <message>
        <source>the site&apos;s Jekyll did not answer within %1 s</source>
        <translation>Das Jekyll der Website hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
</context>
<context>
    <name>SiteEngineBar</name>
    <message>
        <source>Trust This Site</source>
        <translation>Dieser Website vertrauen</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>&amp;Trust This Site&apos;s Code</source>
        <translation>Dem &amp;Code dieser Website vertrauen</translation>
    </message>
    <message>
        <source>Let the preview run this site&apos;s plugins (_plugins/) and its Gemfile&apos;s gems, as its own Jekyll build does. Off: Jekyll&apos;s safe mode.</source>
        <translation>Die Vorschau die Plugins (_plugins/) dieser Website und die Gems ihres Gemfiles ausführen lassen, wie es ihr eigener Jekyll-Build tut. Aus: abgesicherter Modus von Jekyll.</translation>
    </message>
    <message>
        <source>1 plugin file in %1</source>
        <translation>1 Plugin-Datei in %1</translation>
    </message>
    <message>
        <source>%1 plugin files in %2</source>
        <translation>%1 Plugin-Dateien in %2</translation>
    </message>
    <message>
        <source>a Gemfile, which Bundler runs to load the site&apos;s gems</source>
        <translation>ein Gemfile, das Bundler ausführt, um die Gems der Website zu laden</translation>
    </message>
    <message>
        <source>This site has its own code: %1. The preview runs it, as the site&apos;s Jekyll build does, only if you trust the site; until then it uses Jekyll&apos;s safe mode.</source>
        <translation>Diese Website hat eigenen Code: %1. Die Vorschau führt ihn wie der Jekyll-Build der Website nur aus, wenn Sie der Website vertrauen; bis dahin verwendet sie den abgesicherten Modus von Jekyll.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>SiteEngineBinding</name>
    <message>
        <source>The site&apos;s Jekyll cannot run (%1); the preview runs the Liquid it can itself.</source>
        <translation>Das Jekyll der Website kann nicht laufen (%1); die Vorschau führt das Liquid aus, das sie selbst kann.</translation>
    </message>
    <message>
        <source>Not run in safe mode: %1. Trust the site to run its plugins.</source>
        <translation>Im abgesicherten Modus nicht ausgeführt: %1. Vertrauen Sie der Website, um ihre Plugins auszuführen.</translation>
    </message>
    <message>
        <source>The site&apos;s Jekyll: %1</source>
        <translation>Das Jekyll der Website: %1</translation>
    </message>
</context>
<context>
    <name>SiteFileChanges</name>
    <message>
        <source>%1 changed on disk since it was read; it was left as it is</source>
        <translation>%1 wurde seit dem Lesen auf dem Datenträger geändert; es blieb unverändert</translation>
    </message>
</context>
<context>
    <name>SiteFindPanel</name>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Ganze Wörter</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer &amp;Ausdruck</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Replace in &amp;File</source>
        <translation>In &amp;Datei ersetzen</translation>
    </message>
    <message>
        <source>Replace in C&amp;hecked Files</source>
        <translation>In &amp;markierten Dateien ersetzen</translation>
    </message>
    <message>
        <source>&amp;Undo Replace</source>
        <translation>Ersetzen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Find in the site&apos;s posts, drafts and pages</source>
        <translation>In den Beiträgen, Entwürfen und Seiten der Website suchen</translation>
    </message>
    <message>
        <source>Find in site</source>
        <translation>In Website suchen</translation>
    </message>
    <message>
        <source>Replace with (\1 for a group of an expression)</source>
        <translation>Ersetzen durch (\1 für eine Gruppe eines Ausdrucks)</translation>
    </message>
    <message>
        <source>Replace in site with</source>
        <translation>In Website ersetzen durch</translation>
    </message>
    <message>
        <source>Matches in the site</source>
        <translation>Treffer in der Website</translation>
    </message>
    <message>
        <source>What replacing in this file would write</source>
        <translation>Was Ersetzen in dieser Datei schreiben würde</translation>
    </message>
    <message>
        <source>The open post belongs to no site.</source>
        <translation>Der geöffnete Beitrag gehört zu keiner Website.</translation>
    </message>
    <message>
        <source>The site is still being read; the search starts when it is done.</source>
        <translation>Die Website wird noch gelesen; die Suche beginnt, wenn das erledigt ist.</translation>
    </message>
    <message numerus="yes">
        <source>Searching %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird durchsucht…</numerusform>
            <numerusform>%n Dateien werden durchsucht…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>No matches in %n file(s).</source>
        <translation>
            <numerusform>Keine Treffer in %n Datei.</numerusform>
            <numerusform>Keine Treffer in %n Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2.</source>
        <translation>%1 in %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n are listed; replacing changes them all.</source>
        <translation>
            <numerusform>Der erste wird aufgeführt; Ersetzen ändert alle.</numerusform>
            <numerusform>Die ersten %n werden aufgeführt; Ersetzen ändert alle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) could not be searched.</source>
        <translation>
            <numerusform>%n weitere Datei konnte nicht durchsucht werden.</numerusform>
            <numerusform>%n weitere Dateien konnten nicht durchsucht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaced %1 in %2.</source>
        <translation>%1 in %2 ersetzt.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n file(s).</source>
        <translation>
            <numerusform>In %n Datei ersetzt.</numerusform>
            <numerusform>In %n Dateien ersetzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n file(s).</source>
        <translation>
            <numerusform>%n Datei wiederhergestellt.</numerusform>
            <numerusform>%n Dateien wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find again first: the search changed since these matches were found</source>
        <translation>Suchen Sie zuerst erneut: Die Suche hat sich geändert, seit diese Treffer gefunden wurden</translation>
    </message>
    <message numerus="yes">
        <source>Replacing in %n file(s)…</source>
        <translation>
            <numerusform>Ersetze in %n Datei…</numerusform>
            <numerusform>Ersetze in %n Dateien…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restoring %n file(s)…</source>
        <translation>
            <numerusform>Stelle %n Datei wieder her…</numerusform>
            <numerusform>Stelle %n Dateien wieder her…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteFindPart</name>
    <message>
        <source>Find in &amp;Site…</source>
        <translation>In &amp;Website suchen…</translation>
    </message>
    <message>
        <source>Replace in S&amp;ite…</source>
        <translation>In Website erse&amp;tzen…</translation>
    </message>
    <message>
        <source>Find in every post, draft and page of this site</source>
        <translation>In allen Beiträgen, Entwürfen und Seiten dieser Website suchen</translation>
    </message>
    <message>
        <source>Replace in the posts, drafts and pages of this site, seeing each file&apos;s change first</source>
        <translation>In den Beiträgen, Entwürfen und Seiten dieser Website ersetzen, mit Blick auf die Änderung jeder Datei vorab</translation>
    </message>
    <message>
        <source>Find in Site</source>
        <translation>In Website suchen</translation>
    </message>
</context>
<context>
    <name>SiteFolderWalker</name>
    <message>
        <source>%1: a symbolic link loops back to a folder above it; not followed</source>
        <translation>%1: Ein symbolischer Link führt zurück auf einen übergeordneten Ordner; ihm wird nicht gefolgt</translation>
    </message>
    <message>
        <source>Could not read folder %1: %2</source>
        <translation>Der Ordner %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>SiteFrameBinding</name>
    <message>
        <source>&amp;Site Style</source>
        <translation>Website-St&amp;il</translation>
    </message>
    <message>
        <source>Show the post in its site&apos;s own layout and stylesheets, as its Jekyll renders them; off: the plain preview</source>
        <translation>Den Beitrag im eigenen Layout und mit den Stylesheets seiner Website zeigen, wie Jekyll sie darstellt; aus: die einfache Vorschau</translation>
    </message>
</context>
<context>
    <name>SiteImagePickerDialog</name>
    <message>
        <source>Choose an Image</source>
        <translation>Ein Bild auswählen</translation>
    </message>
    <message>
        <source>Type part of the name to filter</source>
        <translation>Teil des Namens eingeben, um zu filtern</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>By folder</source>
        <translation>Nach Ordner</translation>
    </message>
    <message>
        <source>Order of the images</source>
        <translation>Reihenfolge der Bilder</translation>
    </message>
    <message>
        <source>Reading the site’s images…</source>
        <translation>Die Bilder der Website werden gelesen…</translation>
    </message>
    <message>
        <source>Browse Other File…</source>
        <translation>Andere Datei durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a file anywhere; a file outside the site is copied into its image folder</source>
        <translation>Eine beliebige Datei wählen; eine Datei außerhalb der Website wird in ihren Bildordner kopiert</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>The site has no published images yet (folders starting with _ or . are not published). Use Browse Other File… to copy one in.</source>
        <translation>Die Website hat noch keine veröffentlichten Bilder (Ordner, die mit _ oder . beginnen, werden nicht veröffentlicht). Kopieren Sie mit „Andere Datei durchsuchen…“ eines hinein.</translation>
    </message>
    <message>
        <source>No image name contains “%1”.</source>
        <translation>Kein Bildname enthält „%1“.</translation>
    </message>
    <message>
        <source>%1 of %2 images</source>
        <translation>%1 von %2 Bildern</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in the site</source>
        <translation>
            <numerusform>%n Bild in der Website</numerusform>
            <numerusform>%n Bilder in der Website</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteScan</name>
    <message>
        <source>%1: `collections: %2: permalink:` is null: Jekyll cannot build its URL</source>
        <translation>%1: `collections: %2: permalink:` ist null: Jekyll kann seine URL nicht bilden</translation>
    </message>
    <message>
        <source>%1: an empty permalink: Jekyll stops the build (Invalid permalink)</source>
        <translation>%1: ein leerer Permalink: Jekyll bricht den Build ab (Invalid permalink)</translation>
    </message>
</context>
<context>
    <name>SiteSearchIndex</name>
    <message>
        <source>cannot list documents</source>
        <translation>Dokumente können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>cannot count documents</source>
        <translation>Dokumente können nicht gezählt werden</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>Eine Transaktion kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>cannot prepare the update</source>
        <translation>Die Aktualisierung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>cannot update %1</source>
        <translation>%1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>cannot add %1</source>
        <translation>%1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot index %1</source>
        <translation>%1 kann nicht indiziert werden</translation>
    </message>
    <message>
        <source>cannot commit</source>
        <translation>Commit nicht möglich</translation>
    </message>
    <message>
        <source>cannot remove documents</source>
        <translation>Dokumente können nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot prepare the count</source>
        <translation>Die Zählung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>cannot count matches of %1</source>
        <translation>Treffer von %1 können nicht gezählt werden</translation>
    </message>
    <message>
        <source>cannot prepare the search</source>
        <translation>Die Suche kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>cannot search for %1</source>
        <translation>Nach %1 kann nicht gesucht werden</translation>
    </message>
</context>
<context>
    <name>SiteSearchService</name>
    <message>
        <source>The full-text index is still being built</source>
        <translation>Der Volltextindex wird noch aufgebaut</translation>
    </message>
</context>
<context>
    <name>SitesSettingsPage</name>
    <message>
        <source>No site is trusted.</source>
        <translation>Keiner Website wird vertraut.</translation>
    </message>
    <message>
        <source>No site may load remote content.</source>
        <translation>Keine Website darf externe Inhalte laden.</translation>
    </message>
    <message>
        <source>Trusted to run their own code</source>
        <translation>Vertrauenswürdig, ihren eigenen Code auszuführen</translation>
    </message>
    <message>
        <source>The preview runs these sites&apos; plugins and Gemfile with their Jekyll. Other sites are previewed in Jekyll&apos;s safe mode.</source>
        <translation>Die Vorschau führt die Plugins und das Gemfile dieser Websites mit ihrem Jekyll aus. Andere Websites werden im abgesicherten Modus von Jekyll angezeigt.</translation>
    </message>
    <message>
        <source>Trusted sites</source>
        <translation>Vertrauenswürdige Websites</translation>
    </message>
    <message>
        <source>Allowed remote content</source>
        <translation>Erlaubte externe Inhalte</translation>
    </message>
    <message>
        <source>The preview of these sites&apos; posts loads images, media, stylesheets and fonts from other hosts. Other sites&apos; posts load only local files.</source>
        <translation>Die Vorschau der Beiträge dieser Websites lädt Bilder, Medien, Stylesheets und Schriften von anderen Hosts. Die Beiträge anderer Websites laden nur lokale Dateien.</translation>
    </message>
    <message>
        <source>Sites allowed remote content</source>
        <translation>Websites mit erlaubten externen Inhalten</translation>
    </message>
</context>
<context>
    <name>SpellCheckBinding</name>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>&amp;Rechtschreibung prüfen</translation>
    </message>
    <message>
        <source>Underline misspelled words as you type</source>
        <translation>Falsch geschriebene Wörter während der Eingabe unterstreichen</translation>
    </message>
    <message>
        <source>Not in the dictionary (%1): right-click for suggestions</source>
        <translation>Nicht im Wörterbuch (%1): Rechtsklick für Vorschläge</translation>
    </message>
    <message>
        <source>(No Suggestions)</source>
        <translation>(Keine Vorschläge)</translation>
    </message>
    <message>
        <source>Add to &amp;Personal Dictionary</source>
        <translation>Zum &amp;persönlichen Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Add to &amp;Site Word List</source>
        <translation>Zur &amp;Wortliste der Website hinzufügen</translation>
    </message>
    <message>
        <source>Adds the word to %1, which the site&apos;s writers can share</source>
        <translation>Fügt das Wort zu %1 hinzu, das die Autoren der Website gemeinsam nutzen können</translation>
    </message>
    <message>
        <source>&amp;Ignore</source>
        <translation>&amp;Ignorieren</translation>
    </message>
</context>
<context>
    <name>SpellingLanguage</name>
    <message>
        <source>&quot;%1&quot; is not a language tag: no spelling dictionary for it</source>
        <translation>„%1“ ist kein Sprachkennzeichen: kein Rechtschreibwörterbuch dafür</translation>
    </message>
    <message>
        <source>No spelling dictionary for %1 is installed (looked in %2); install one, such as Debian&apos;s hunspell-%3 package</source>
        <translation>Kein Rechtschreibwörterbuch für %1 ist installiert (gesucht in %2); installieren Sie eines, etwa das Debian-Paket hunspell-%3</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>1 post</source>
        <translation>1 Beitrag</translation>
    </message>
    <message>
        <source>%1 posts</source>
        <translation>%1 Beiträge</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>⚠ “%1”: did you mean “%2” (%3)?</source>
        <translation>⚠ „%1“: Meinten Sie „%2“ (%3)?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace “%1” with “%2”</source>
        <translation>„%1“ durch „%2“ ersetzen</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>TermRename</name>
    <message>
        <source>&apos;%1&apos; holds more than plain values; edit it as text</source>
        <translation>„%1“ enthält mehr als einfache Werte; bearbeiten Sie es als Text</translation>
    </message>
    <message>
        <source>&apos;%1&apos; carries an anchor (&amp;) that other fields may repeat; edit it as text</source>
        <translation>„%1“ trägt einen Anker (&amp;), den andere Felder wiederholen können; bearbeiten Sie es als Text</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is written as words separated by spaces, so it cannot hold &apos;%2&apos;; make it a list first</source>
        <translation>„%1“ ist als durch Leerzeichen getrennte Wörter geschrieben und kann daher „%2“ nicht aufnehmen; machen Sie zuerst eine Liste daraus</translation>
    </message>
    <message>
        <source>a name to rename from and a new name are both needed</source>
        <translation>Ein Name, der umbenannt wird, und ein neuer Name werden beide benötigt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already called that</source>
        <translation>„%1“ heißt bereits so</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>%1: the category &apos;%2&apos; comes from the folder the file is in; move the file to change it</source>
        <translation>%1: Die Kategorie „%2“ ergibt sich aus dem Ordner, in dem die Datei liegt; verschieben Sie die Datei, um sie zu ändern</translation>
    </message>
    <message>
        <source>%1: the %2 &apos;%3&apos; comes from the defaults in _config.yml; change it there</source>
        <translation>%1: %2 „%3“ stammt aus den Vorgaben in _config.yml; ändern Sie es dort</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; holds &apos;%3&apos;, but Jekyll reads &apos;%4&apos; from the defaults in _config.yml instead; it was left as it is</source>
        <translation>%1: „%2“ enthält „%3“, aber Jekyll liest stattdessen „%4“ aus den Vorgaben in _config.yml; es blieb unverändert</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; holds &apos;%3&apos;, but Jekyll reads &apos;%4&apos; instead; it was left as it is</source>
        <translation>%1: „%2“ enthält „%3“, aber Jekyll liest stattdessen „%4“; es blieb unverändert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TermRenameDialog</name>
    <message>
        <source>&amp;Tag</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>&amp;Show Changes</source>
        <translation>Änderungen &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Rename Tag or Category</source>
        <translation>Tag oder Kategorie umbenennen</translation>
    </message>
    <message>
        <source>Term to rename</source>
        <translation>Umzubenennender Begriff</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>new name (an existing one merges the two)</source>
        <translation>neuer Name (ein vorhandener führt beide zusammen)</translation>
    </message>
    <message>
        <source>Rename a:</source>
        <translation>Umbenennen:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n post(s))</source>
        <translation>
            <numerusform>%1 (%n Beitrag)</numerusform>
            <numerusform>%1 (%n Beiträge)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will change.</source>
        <translation>
            <numerusform>%n Datei wird geändert.</numerusform>
            <numerusform>%n Dateien werden geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed in %n file(s).</source>
        <translation>
            <numerusform>In %n Datei umbenannt.</numerusform>
            <numerusform>In %n Dateien umbenannt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n file(s).</source>
        <translation>
            <numerusform>%n Datei wiederhergestellt.</numerusform>
            <numerusform>%n Dateien wiederhergestellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>the file is UTF-16; Postwright reads and writes UTF-8 only (convert it with: iconv -f UTF-16 -t UTF-8)</source>
        <translation>Die Datei ist UTF-16; Postwright liest und schreibt nur UTF-8 (konvertieren Sie sie mit: iconv -f UTF-16 -t UTF-8)</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 without a byte-order mark; Postwright reads and writes UTF-8 only</source>
        <translation>Die Datei sieht nach UTF-16 ohne Byte-Order-Mark aus; Postwright liest und schreibt nur UTF-8</translation>
    </message>
    <message>
        <source>the file contains a NUL byte; Postwright will not edit it, as its text could not be kept exactly</source>
        <translation>Die Datei enthält ein NUL-Byte; Postwright bearbeitet sie nicht, da ihr Text nicht exakt erhalten werden könnte</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1); Postwright will not guess the encoding and rewrite the file</source>
        <translation>Ungültiges UTF-8 (Byte 0x%1); Postwright rät die Kodierung nicht und schreibt die Datei nicht um</translation>
    </message>
</context>
<context>
    <name>TextFieldWidget</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>TextMatcher</name>
    <message>
        <source>Nothing to find</source>
        <translation>Nichts zu suchen</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>%1 bei Zeichen %2</translation>
    </message>
</context>
<context>
    <name>TypewriterScrolling</name>
    <message>
        <source>&amp;Typewriter Scrolling</source>
        <translation>&amp;Schreibmaschinen-Bildlauf</translation>
    </message>
    <message>
        <source>Keep the line you are writing at the middle of the editor</source>
        <translation>Die Zeile, die Sie schreiben, in der Mitte des Editors halten</translation>
    </message>
</context>
<context>
    <name>WindowShortcuts</name>
    <message>
        <source>%1 › %2</source>
        <comment>menu › submenu</comment>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Text Editing</source>
        <translation>Textbearbeitung</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Delete the Word Before the Cursor</source>
        <translation>Das Wort vor dem Cursor löschen</translation>
    </message>
    <message>
        <source>Delete the Word After the Cursor</source>
        <translation>Das Wort nach dem Cursor löschen</translation>
    </message>
    <message>
        <source>Move to the Previous Word</source>
        <translation>Zum vorherigen Wort springen</translation>
    </message>
    <message>
        <source>Move to the Next Word</source>
        <translation>Zum nächsten Wort springen</translation>
    </message>
    <message>
        <source>Select to the Previous Word</source>
        <translation>Bis zum vorherigen Wort auswählen</translation>
    </message>
    <message>
        <source>Select to the Next Word</source>
        <translation>Bis zum nächsten Wort auswählen</translation>
    </message>
    <message>
        <source>Move to the Start of the Line</source>
        <translation>Zum Zeilenanfang springen</translation>
    </message>
    <message>
        <source>Move to the End of the Line</source>
        <translation>Zum Zeilenende springen</translation>
    </message>
    <message>
        <source>Move to the Start of the Post</source>
        <translation>Zum Anfang des Beitrags springen</translation>
    </message>
    <message>
        <source>Move to the End of the Post</source>
        <translation>Zum Ende des Beitrags springen</translation>
    </message>
    <message>
        <source>Line Break Without a New Paragraph</source>
        <translation>Zeilenumbruch ohne neuen Absatz</translation>
    </message>
    <message>
        <source>Continue the List</source>
        <translation>Die Liste fortsetzen</translation>
    </message>
    <message>
        <source>Indent the List Item</source>
        <translation>Das Listenelement einrücken</translation>
    </message>
    <message>
        <source>Outdent the List Item</source>
        <translation>Das Listenelement ausrücken</translation>
    </message>
</context>
<context>
    <name>WordListFile</name>
    <message>
        <source>Could not read the word list %1: %2</source>
        <translation>Die Wortliste %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not add &quot;%1&quot; to the word list %2: not a word</source>
        <translation>„%1“ konnte nicht zur Wortliste %2 hinzugefügt werden: kein Wort</translation>
    </message>
    <message>
        <source>Could not write the word list %1: cannot create its folder</source>
        <translation>Die Wortliste %1 konnte nicht geschrieben werden: Ihr Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not write the word list %1: %2</source>
        <translation>Die Wortliste %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>YamlFieldWidget</name>
    <message>
        <source>YAML; applied when you leave the field or press Ctrl+Enter</source>
        <translation>YAML; wird angewendet, wenn Sie das Feld verlassen oder Strg+Eingabe drücken</translation>
    </message>
</context>
</TS>
