#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

// Runs tests/jekyll/render_oracle.rb (the real Jekyll, one Ruby process for the whole site) and keeps what it
// printed: each post's content as Jekyll renders it without its layout.
class RenderOracle {
public:
    // Renders every post of `site`. TZ is UTC so that dates printed by Liquid do not depend on the machine.
    static RenderOracle run(const QString &site);

    QString error;                       // the oracle did not run or printed no JSON; empty when it did
    QMap<QString, QByteArray> rendered;  // site-relative path -> HTML
    QMap<QString, QString> failed;       // site-relative path -> why Jekyll could not render it
    QStringList notes;                   // the oracle's other stderr lines (plugins, theme skipped)
};
