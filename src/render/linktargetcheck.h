#pragma once

#include "common/diagnostic.h"
#include "render/linktargetproblem.h"

#include <QByteArray>
#include <QString>
#include <QVector>

class SitePublishedPaths;

// Finds the links and images of a post that point into the site at nothing Jekyll publishes, and images
// without alt text: Markdown images and links (inline, and reference definitions), `<img src>` and
// `<a href>` in HTML, and the front matter's `image` and `cover` fields. Positions come from cmark-gfm's
// tree, each one checked against the text (cmark drops a continuation line's leading blanks from its
// columns, and counts a paragraph's lines from its first reference definition). Targets are resolved by
// LinkTargetResolver and looked up in SitePublishedPaths. Pure functions: run them on any thread.
class LinkTargetCheck {
public:
    // `body`: the text after the front matter. `pageUrl`: the post's URL without `baseurl` (empty when
    // unknown; relative targets are then not checked).
    static QVector<LinkTargetProblem> checkBody(const QByteArray &body, const SitePublishedPaths &site,
                                                const QString &pageUrl);
    // The whole file (front matter included), as `postwright check` reports it: warnings at file lines.
    static QVector<Diagnostic> check(const QByteArray &fileBytes, const SitePublishedPaths &site,
                                     const QString &pageUrl);
};
