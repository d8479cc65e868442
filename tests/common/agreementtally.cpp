#include "agreementtally.h"

namespace {

void count(AgreementTally::Figures &figures, const RenderDifference &difference) {
    ++figures.posts;
    figures.textEqual += difference.textEqual;
    figures.textEqualWithoutTypography += difference.textEqualWithoutTypography;
    figures.structureEqual += difference.structureEqual;
    figures.structureEqualWithoutCodeWrappers += difference.structureEqualWithoutCodeWrappers;
    figures.headingIdsEqual += difference.headingIdsEqual;
    figures.allEqual += difference.same();
}

QString percent(int part, int whole) {
    const double value = whole == 0 ? 0.0 : 100.0 * part / whole;
    return QStringLiteral("%1 % (%2/%3)").arg(value, 0, 'f', 1).arg(part).arg(whole);
}

QString line(const QString &subset, const AgreementTally::Figures &f) {
    return QStringLiteral(
               "  %1: %2 posts; text equal %3; text equal ignoring typography %4; structure equal %5 "
               "(%6 without Rouge's code-block wrappers); heading ids equal %7; all equal %8")
        .arg(subset)
        .arg(f.posts)
        .arg(percent(f.textEqual, f.posts), percent(f.textEqualWithoutTypography, f.posts),
             percent(f.structureEqual, f.posts), percent(f.structureEqualWithoutCodeWrappers, f.posts),
             percent(f.headingIdsEqual, f.posts), percent(f.allEqual, f.posts));
}

}  // namespace

void AgreementTally::add(const QString &post, const RenderDifference &difference, bool postHasLiquid) {
    count(m_all, difference);
    if (!postHasLiquid)
        count(m_withoutLiquid, difference);
    if (!difference.same())
        m_spots[difference.cause].append(
            QStringLiteral("%1%2: %3")
                .arg(post, postHasLiquid ? QStringLiteral(" [Liquid]") : QString(), difference.spot));
}

void AgreementTally::addJekyllFailure(const QString &post, const QString &reason) {
    m_failures.append(post + QStringLiteral(": ") + reason);
}

QMap<RenderDifference::Cause, int> AgreementTally::causeCounts() const {
    QMap<RenderDifference::Cause, int> counts;
    for (auto it = m_spots.cbegin(); it != m_spots.cend(); ++it)
        counts.insert(it.key(), it.value().size());
    return counts;
}

QStringList AgreementTally::report(const QString &title) const {
    QStringList lines{QStringLiteral("Render agreement with Jekyll 4.3 (a measurement): %1").arg(title),
                      line(QStringLiteral("(i) posts without Liquid"), m_withoutLiquid),
                      line(QStringLiteral("(ii) all posts"), m_all)};
    if (!m_failures.isEmpty()) {
        lines.append(
            QStringLiteral("  Jekyll could not render %1 posts (not counted):").arg(m_failures.size()));
        for (const QString &failure : m_failures)
            lines.append(QStringLiteral("    ") + failure);
    }
    QStringList counts;
    for (auto it = m_spots.cbegin(); it != m_spots.cend(); ++it)
        counts.append(
            QStringLiteral("%1 %2").arg(RenderDifference::causeName(it.key())).arg(it.value().size()));
    lines.append(QStringLiteral("  first difference by guessed cause (posts): ") +
                 (counts.isEmpty() ? QStringLiteral("none") : counts.join(QStringLiteral(", "))));
    for (auto it = m_spots.cbegin(); it != m_spots.cend(); ++it) {
        lines.append(QStringLiteral("  [%1]").arg(RenderDifference::causeName(it.key())));
        for (const QString &spot : it.value())
            lines.append(QStringLiteral("    ") + spot);
    }
    return lines;
}
