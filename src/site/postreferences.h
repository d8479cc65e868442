#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The files of a site a post's body points at: Markdown image and link targets (inline and reference
// definitions) and HTML src/href attributes, as written. Used to commit a post with the images added for it.
// Targets may be root-relative (`/assets/x.png`), prefixed with `{{ site.baseurl }}` (and `{{ site.url }}`),
// wrapped in `{{ '/assets/x.png' | relative_url }}` (or absolute_url), or relative; a relative target is
// looked up beside the post's file and then from the site's root (the writer's two usual intents; Jekyll
// itself resolves it against the post's URL, which no source file sits at). URLs with a scheme, fragments
// and Liquid other than the forms above are skipped.
class PostReferences {
public:
    // The raw targets in order of appearance, duplicates kept.
    static QStringList targets(const QByteArray &body);

    // The existing regular files inside `siteRoot` that the body's targets name, as canonical absolute paths,
    // sorted and unique. Files in folders Jekyll does not copy to the site (a path part starting with `_` or
    // `.`, such as other posts) are left out.
    static QStringList localFiles(const QString &siteRoot, const QString &postPath, const QByteArray &body);
};
