#pragma once

#include <QByteArray>
#include <QString>

// The read-only system files the preview may use to highlight code and typeset math: Debian's highlight.js
// (libjs-highlight.js), KaTeX (libjs-katex) and KaTeX's fonts (fonts-katex), all read from /usr/share at run
// time. Only the names listed here are ever mapped to a file; a name is never joined to a folder as given.
class PreviewLibraryFiles {
public:
    // The file `pwsite://lib/<name>` serves (a stylesheet or a KaTeX font), or an empty string for any other
    // name. Names: highlight-light.css, highlight-dark.css, katex.css and fonts/<a font KaTeX's stylesheet
    // names>, which must exist in KaTeX's font folder as one of its regular files.
    static QString servedFile(const QString &name);
    // The source of library `name` ("highlight" or "katex") for the preview's isolated world, read once and
    // kept; empty for any other name or when the file cannot be read.
    static QByteArray scriptSource(const QString &name);
    // The scheme's host for these files: `pwsite://lib/...`.
    static QString host();
};
