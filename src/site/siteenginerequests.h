#pragma once

#include "render/liquidexpansion.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

// The requests the preview and the command line make of a SiteEngine, and what their answers become.
class SiteEngineRequests {
public:
    // The path a request names for the post at `path` (absolute) in the site at `siteRoot`: relative to the
    // site; an unsaved post is a draft (`_drafts/untitled.md`), as no date is known for it yet.
    static QString documentPath(const QString &siteRoot, const QString &path);

    // Liquid of `body` run in the page of the post at `documentPath` whose front matter is `frontMatter`
    // (YAML text as edited), the body sent cut into `segments` with markers between them.
    static QJsonObject render(const QString &documentPath, const QByteArray &frontMatter,
                              const QByteArray &body, const QVector<LiquidSegment> &segments);
    // The post's layout chain around `marker` in place of its content.
    static QJsonObject frame(const QString &documentPath, const QByteArray &frontMatter,
                             const QByteArray &body, const QString &marker);
    // The site's stylesheets, compiled into the engine's output folder.
    static QJsonObject assets();

    // A render answer for `body` cut into `segments`; the tags it could not run in the body (not those in an
    // include or a layout) are marked where they are.
    static std::shared_ptr<const LiquidExpansion> expansion(const QJsonObject &answer, const QByteArray &body,
                                                            const QVector<LiquidSegment> &segments);
};
