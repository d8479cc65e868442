<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DiffView</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownscaleOffer</name>
    <message numerus="yes">
        <source>%n of the dropped images are wider or larger than your limit. Write them smaller?</source>
        <translation>
            <numerusform>%n of the dropped images is wider or larger than your limit. Write it smaller?</numerusform>
            <numerusform>%n of the dropped images are wider or larger than your limit. Write them smaller?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitStatusIndicator</name>
    <message numerus="yes">
        <source>%n commit(s) not pushed to %1.</source>
        <translation>
            <numerusform>%n commit not pushed to %1.</numerusform>
            <numerusform>%n commits not pushed to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s) on %1 not pulled yet.</source>
        <translation>
            <numerusform>%n commit on %1 not pulled yet.</numerusform>
            <numerusform>%n commits on %1 not pulled yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostStatusBar</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n word(s)</source>
        <translation>
            <numerusform>%1 of %n word</numerusform>
            <numerusform>%1 of %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n character(s)</source>
        <translation>
            <numerusform>%1 of %n character</numerusform>
            <numerusform>%1 of %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At %n words a minute (the site&apos;s words_per_minute, else 200)</source>
        <translation>
            <numerusform>At %n word a minute (the site&apos;s words_per_minute, else 200)</numerusform>
            <numerusform>At %n words a minute (the site&apos;s words_per_minute, else 200)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteFindPanel</name>
    <message numerus="yes">
        <source>Searching %n file(s)…</source>
        <translation>
            <numerusform>Searching %n file…</numerusform>
            <numerusform>Searching %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No matches in %n file(s).</source>
        <translation>
            <numerusform>No matches in %n file.</numerusform>
            <numerusform>No matches in %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n are listed; replacing changes them all.</source>
        <translation>
            <numerusform>The first %n is listed; replacing changes them all.</numerusform>
            <numerusform>The first %n are listed; replacing changes them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) could not be searched.</source>
        <translation>
            <numerusform>%n more file could not be searched.</numerusform>
            <numerusform>%n more files could not be searched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced in %n file(s).</source>
        <translation>
            <numerusform>Replaced in %n file.</numerusform>
            <numerusform>Replaced in %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n file(s).</source>
        <translation>
            <numerusform>Restored %n file.</numerusform>
            <numerusform>Restored %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replacing in %n file(s)…</source>
        <translation>
            <numerusform>Replacing in %n file…</numerusform>
            <numerusform>Replacing in %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restoring %n file(s)…</source>
        <translation>
            <numerusform>Restoring %n file…</numerusform>
            <numerusform>Restoring %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteImagePickerDialog</name>
    <message numerus="yes">
        <source>%n image(s) in the site</source>
        <translation>
            <numerusform>%n image in the site</numerusform>
            <numerusform>%n images in the site</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TermRenameDialog</name>
    <message numerus="yes">
        <source>%1 (%n post(s))</source>
        <translation>
            <numerusform>%1 (%n post)</numerusform>
            <numerusform>%1 (%n posts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will change.</source>
        <translation>
            <numerusform>%n file will change.</numerusform>
            <numerusform>%n files will change.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed in %n file(s).</source>
        <translation>
            <numerusform>Renamed in %n file.</numerusform>
            <numerusform>Renamed in %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n file(s).</source>
        <translation>
            <numerusform>Restored %n file.</numerusform>
            <numerusform>Restored %n files.</numerusform>
        </translation>
    </message>
</context>
</TS>
