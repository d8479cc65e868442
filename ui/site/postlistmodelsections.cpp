// PostListModel's sections: the lists it keeps apart (posts with drafts, pages, each collection), which one
// is shown, and their titles and counts. The rows and the filter are in postlistmodel.cpp.

#include "site/postlistmodel.h"

#include <algorithm>

QString PostListModel::sectionKey(const PostSummary &post) {
    switch (post.kind) {
        case PostSummary::Kind::Post:
        case PostSummary::Kind::Draft:
            return QStringLiteral("posts");
        case PostSummary::Kind::Page:
            return QString();
        case PostSummary::Kind::Document:
            return post.collection;
    }
    return post.collection;
}

int PostListModel::sectionId(const QString &key) {
    const auto it = m_sectionIds.constFind(key);
    if (it != m_sectionIds.cend())
        return it.value();
    m_sectionKeys.append(key);
    m_sectionTotals.append(0);
    m_sectionShown.append(0);
    return m_sectionIds.insert(key, static_cast<int>(m_sectionKeys.size()) - 1).value();
}

void PostListModel::chooseSection() {
    const int wanted = m_sectionIds.value(m_wantedSection, -1);
    if (wanted >= 0 && m_sectionTotals.at(wanted) > 0) {
        m_section = wanted;
        return;
    }
    const QVector<Section> present = sections();
    m_section = present.isEmpty() ? wanted : m_sectionIds.value(present.front().key, -1);
}

QVector<PostListModel::Section> PostListModel::sections() const {
    QVector<Section> out;
    for (int id = 0; id < m_sectionKeys.size(); ++id) {
        if (m_sectionTotals.value(id) == 0)
            continue;
        const QString &key = m_sectionKeys.at(id);
        QString title = key == QLatin1String("posts") ? tr("Posts") : key.isEmpty() ? tr("Pages") : key;
        if (!title.isEmpty())
            title[0] = title.at(0).toUpper();  // a collection's label, `recipes`, heads its list as Recipes
        out.append({key, title, m_sectionShown.value(id), m_sectionTotals.value(id)});
    }
    // Posts, then pages, then the collections by label.
    const auto rank = [](const Section &s) {
        return s.key == QLatin1String("posts") ? 0 : s.key.isEmpty() ? 1 : 2;
    };
    std::sort(out.begin(), out.end(), [&](const Section &a, const Section &b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a.key < b.key;
    });
    return out;
}

QString PostListModel::currentSection() const {
    return m_section >= 0 ? m_sectionKeys.at(m_section) : m_wantedSection;
}

void PostListModel::setCurrentSection(const QString &key) {
    m_wantedSection = key;
    const int before = m_section;
    chooseSection();
    if (m_section == before)
        return;
    showIds(filteredIds(), {});
    emitCounts();
}

std::optional<QString> PostListModel::sectionOfPath(const QString &path) const {
    const int id = m_idOfPath.value(path, -1);
    const int index = id < 0 || id >= static_cast<int>(m_indexOfId.size()) ? -1 : m_indexOfId[size_t(id)];
    if (index < 0)
        return std::nullopt;
    return m_sectionKeys.at(m_rows.at(index).section);
}

QStringList PostListModel::collectionLabels() const {
    QStringList labels;
    for (const Section &section : sections()) {
        if (section.key != QLatin1String("posts") && !section.key.isEmpty())
            labels.append(section.key);
    }
    return labels;
}
