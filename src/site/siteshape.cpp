#include "site/siteshape.h"

#include <QHash>

#include <algorithm>

#include "post/post.h"

namespace {

// Per key while learning: counts of each kind, scalar type and value text, and the sum of its positions.
struct Tally {
    int posts = 0;
    double positionSum = 0;  // position in its post's front matter, 0 (first) .. 1 (last)
    QHash<int, int> kinds;
    QHash<int, int> scalarTypes;
    QHash<QByteArray, int> values;
};

template <typename K>
K mostCommon(const QHash<K, int> &counts, int *count = nullptr) {
    K best{};
    int bestCount = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    if (count)
        *count = bestCount;
    return best;
}

bool setByEachPost(const QString &key) {
    static const QStringList own{QStringLiteral("title"), QStringLiteral("date"), QStringLiteral("permalink"),
                                 QStringLiteral("slug")};
    return own.contains(key);
}

}  // namespace

SiteShape SiteShape::learn(const QVector<Post> &posts) {
    QHash<QString, Tally> tallies;
    SiteShape shape;
    for (const Post &post : posts) {
        const FrontMatter &fm = post.frontMatter();
        if (fm.kind() != FrontMatterSplit::Kind::Yaml || !fm.isValid())
            continue;
        ++shape.m_posts;
        const QVector<FieldEntry> &entries = fm.entries();
        // A key written twice counts once, as the value Jekyll keeps: the last.
        QHash<QString, int> last;
        for (int i = 0; i < entries.size(); ++i)
            last.insert(entries.at(i).key, i);
        for (int i = 0; i < entries.size(); ++i) {
            const FieldEntry &e = entries.at(i);
            if (last.value(e.key) != i)
                continue;
            Tally &t = tallies[e.key];
            ++t.posts;
            t.positionSum += entries.size() > 1 ? double(i) / (entries.size() - 1) : 0;
            ++t.kinds[int(e.kind)];
            if (e.kind == FieldEntry::Kind::Scalar)
                ++t.scalarTypes[int(e.scalarType)];
            if (e.kind == FieldEntry::Kind::Scalar || e.layout == FieldEntry::Layout::Flow)
                ++t.values[post.text().mid(e.valueBegin, e.valueEnd - e.valueBegin).trimmed()];
        }
    }
    QVector<QPair<double, QString>> order;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        const Tally &t = it.value();
        Key key;
        key.name = it.key();
        key.posts = t.posts;
        key.kind = FieldEntry::Kind(mostCommon(t.kinds));
        // A key written empty in some posts (`author:`) has the kind its filled-in values have.
        QHash<int, int> filled = t.kinds;
        filled.remove(int(FieldEntry::Kind::Null));
        if (!filled.isEmpty())
            key.kind = FieldEntry::Kind(mostCommon(filled));
        if (!t.scalarTypes.isEmpty())
            key.scalarType = ScalarType(mostCommon(t.scalarTypes));
        int valueCount = 0;
        const QByteArray value = mostCommon(t.values, &valueCount);
        if (valueCount * 2 > t.posts && !value.isEmpty())
            key.commonValue = value;
        shape.m_keys.append(key);
        order.append({t.positionSum / t.posts, key.name});
    }
    std::sort(shape.m_keys.begin(), shape.m_keys.end(), [](const Key &a, const Key &b) {
        return a.posts != b.posts ? a.posts > b.posts : a.name < b.name;
    });
    std::sort(order.begin(), order.end());
    for (const auto &[position, name] : order)
        shape.m_order.append(name);
    return shape;
}

const SiteShape::Key *SiteShape::key(const QString &name) const {
    const auto it =
        std::find_if(m_keys.cbegin(), m_keys.cend(), [&](const Key &k) { return k.name == name; });
    return it == m_keys.cend() ? nullptr : &*it;
}

QVector<QPair<QString, QString>> SiteShape::newPostFields() const {
    QVector<QPair<QString, QString>> fields;
    for (const QString &name : m_order) {
        const Key *k = key(name);
        if (setByEachPost(name) || k->posts * 2 <= m_posts)
            continue;
        QString yaml = QString::fromUtf8(k->commonValue);
        if (yaml.isEmpty() && k->kind == FieldEntry::Kind::Sequence)
            yaml = QStringLiteral("[]");
        fields.append({name, yaml});
    }
    return fields;
}
