#pragma once

#include "agreementtally.h"
#include "renderdifference.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

// One measurement: the oracle renders every post of a site once (RenderOracle), our renderer renders each of
// those posts, and the two are compared (HtmlOutline, RenderDifference) and counted (AgreementTally).
// Free of src/: the caller passes our renderer in.
class SiteRenderComparison {
public:
    struct OurRender {
        QByteArray html;
        bool hasLiquid = false;  // the body holds `{{` or `{%` (Jekyll runs Liquid on it only then)
        QString error;           // our side could not render the post
    };
    using Renderer = std::function<OurRender(const QString &postFile)>;
    // Names a post in the report (e.g. its corpus path); the site-relative path when not given.
    using Label = std::function<QString(const QString &sitePath)>;

    static SiteRenderComparison run(const QString &site, const Renderer &ours, const Label &label = {});

    QString error;  // the oracle did not run
    QStringList oracleNotes;
    QStringList jekyllRead;                    // the posts the oracle read, rendered or not
    QStringList ourFailures;                   // posts our renderer could not render
    QMap<QString, RenderDifference> compared;  // site-relative path -> difference
    AgreementTally tally;
};
