#pragma once

#include "renderdifference.h"

#include <QMap>
#include <QString>
#include <QStringList>

// Counts, over the posts of one comparison, how many our render agrees with Jekyll's on (all posts, and
// those without Liquid), and keeps each post's first differing spot under its guessed cause for the report.
class AgreementTally {
public:
    struct Figures {
        int posts = 0;
        int textEqual = 0;
        int textEqualWithoutTypography = 0;
        int structureEqual = 0;
        int structureEqualWithoutCodeWrappers = 0;
        int headingIdsEqual = 0;
        int allEqual = 0;
    };

    void add(const QString &post, const RenderDifference &difference, bool postHasLiquid);
    void addJekyllFailure(const QString &post, const QString &reason);

    Figures withoutLiquid() const { return m_withoutLiquid; }
    Figures all() const { return m_all; }
    int jekyllFailures() const { return m_failures.size(); }
    // Posts whose first difference has each cause.
    QMap<RenderDifference::Cause, int> causeCounts() const;
    // The figures, the counts per cause, then every differing post's first spot grouped by cause.
    QStringList report(const QString &title) const;

private:
    Figures m_withoutLiquid;
    Figures m_all;
    QMap<RenderDifference::Cause, QStringList> m_spots;
    QStringList m_failures;
};
