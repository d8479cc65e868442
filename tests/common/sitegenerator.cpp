#include "sitegenerator.h"

#include <QDir>
#include <QFile>
#include <QStringList>

#include <random>

namespace {

const char *const kWords[] = {"jekyll", "notes",  "release", "travel", "garden", "rust", "qt",    "design",
                              "coffee", "winter", "café",    "über",   "naïve",  "data", "music", "tips"};
const char *const kTags[] = {"jekyll",           "Jekyll", "c++",   "travel",
                             "machine-learning", "notes",  "étude", "2020"};

class Writer {
public:
    Writer(const QString &root, quint32 seed) : m_root(root), m_random(seed) {}

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    bool chance(int percent) { return pick(100) < percent; }
    QString word() { return QString::fromUtf8(kWords[pick(int(std::size(kWords)))]); }
    QString tag() { return QString::fromUtf8(kTags[pick(int(std::size(kTags)))]); }

    bool file(const QString &relative, const QByteArray &bytes) {
        const QString path = QDir(m_root).filePath(relative);
        QDir().mkpath(QFileInfo(path).path());
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return false;
        return out.write(bytes) == bytes.size();
    }

    QString body(int words) {
        QStringList parts;
        for (int i = 0; i < words; ++i)
            parts.append(word());
        return parts.join(QLatin1Char(' ')) + QLatin1Char('\n');
    }

    QString list(const QString &key, int count, int style) {
        QStringList items;
        for (int i = 0; i < count; ++i)
            items.append(tag());
        switch (style) {
            case 0:  // block list
                return key + QStringLiteral(":\n") + QStringLiteral("  - ") +
                       items.join(QStringLiteral("\n  - ")) + QLatin1Char('\n');
            case 1:  // flow list
                return key + QStringLiteral(": [") + items.join(QStringLiteral(", ")) + QStringLiteral("]\n");
            default:  // space-separated text
                return key + QStringLiteral(": ") + items.join(QLatin1Char(' ')) + QLatin1Char('\n');
        }
    }

    QString root() const { return m_root; }

private:
    QString m_root;
    std::mt19937 m_random;
};

QString twoDigits(int n) {
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

QString frontMatter(Writer &w, const SiteGenerator::Options &options, int year, int month, int day,
                    bool draft) {
    QString fm;
    const int titleStyle = w.pick(10);
    if (titleStyle < 6)
        fm += QStringLiteral("title: %1 %2\n").arg(w.word(), w.word());
    else if (titleStyle == 6)
        fm += QStringLiteral("title: \"On %1: a story\"\n").arg(w.word());
    else if (titleStyle == 7)
        fm +=
            QStringLiteral("title: %1\n").arg(w.chance(50) ? QStringLiteral("2021") : QStringLiteral("yes"));
    // else: no title, Jekyll makes one from the slug

    const int dateStyle = w.pick(8);
    const QString ymd = QStringLiteral("%1-%2-%3").arg(year).arg(twoDigits(month), twoDigits(day));
    const QString hms = QStringLiteral("%1:%2:%3")
                            .arg(twoDigits(8 + w.pick(12)), twoDigits(w.pick(60)), twoDigits(w.pick(60)));
    switch (dateStyle) {
        case 0:
            fm += QStringLiteral("date: %1\n").arg(ymd);
            break;
        case 1:
            fm += QStringLiteral("date: %1 %2\n").arg(ymd, hms);  // a YAML timestamp without zone: UTC
            break;
        case 2:
            fm += QStringLiteral("date: %1 %2 +0200\n").arg(ymd, hms);
            break;
        case 3:
            fm += QStringLiteral("date: \"%1 %2\"\n").arg(ymd, hms.left(5));  // text: local time
            break;
        case 4:
            fm += QStringLiteral("date: %1T%2Z\n").arg(ymd, hms);
            break;
        case 5:
            fm += QStringLiteral("date: %1 %2 -05:00\n").arg(ymd, hms);
            break;
        default:
            break;  // from the file name (or, for an undated draft, its modification time)
    }
    Q_UNUSED(draft);
    Q_UNUSED(options);

    const int published = w.pick(20);
    static const char *const kPublished[] = {"false", "no", "off", "\"false\"", "yes",
                                             "true",  "~",  "On",  "NO"};
    if (published < int(std::size(kPublished)))
        fm += QStringLiteral("published: %1\n").arg(QLatin1String(kPublished[published]));

    const int tags = w.pick(6);
    if (tags < 3)
        fm += w.list(QStringLiteral("tags"), 1 + w.pick(3), tags);
    else if (tags == 3)
        fm += QStringLiteral("tag: %1 %2\n").arg(w.tag(), w.tag());
    const int categories = w.pick(6);
    if (categories < 3)
        fm += w.list(QStringLiteral("categories"), 1 + w.pick(2), categories);
    else if (categories == 3)
        fm += QStringLiteral("category: %1\n").arg(w.tag());
    if (w.chance(50))
        fm += QStringLiteral("layout: post\n");
    if (w.chance(10))
        fm += QStringLiteral("permalink: /%1/:title/\n").arg(w.word());
    return fm;
}

}  // namespace

bool SiteGenerator::write(const QString &root, const Options &options) {
    Writer w(root, options.seed);
    bool ok = true;
    QString config = QStringLiteral("title: Generated\n");
    if (!options.timezone.isEmpty())
        config += QStringLiteral("timezone: %1\n").arg(options.timezone);
    if (!options.permalink.isEmpty())
        config += QStringLiteral("permalink: %1\n").arg(options.permalink);
    config += QStringLiteral(
        "collections:\n  recipes:\n    output: true\n"
        "exclude: [notes.md]\n"
        "defaults:\n"
        "  - scope: {path: \"\", type: posts}\n    values: {layout: post, author: gen}\n"
        "  - scope: {path: news}\n    values: {categories: [from-defaults], tags: [default-tag]}\n"
        "  - scope: {type: pages}\n    values: {layout: page}\n"
        "  - scope: {type: recipes}\n    values: {layout: recipe, published: true}\n");
    ok = ok && w.file(QStringLiteral("_config.yml"), config.toUtf8());

    static const char *const kFolders[] = {"", "", "", "", "news/", "tech/deep/", "Ünïcode/", "news/"};
    for (int i = 0; i < options.posts; ++i) {
        const bool draft = w.chance(5);
        const bool future = w.chance(3);
        const int year = future ? 2031 + w.pick(3) : 2005 + w.pick(20);
        const int month = 1 + w.pick(12);
        const int day = 1 + w.pick(28);
        QString slug = QStringLiteral("%1-%2-%3").arg(w.word(), w.word()).arg(i);
        if (w.chance(3))
            slug += QStringLiteral(".v1.2");
        const QString folder = QString::fromUtf8(kFolders[w.pick(int(std::size(kFolders)))]);
        const QString ext = w.chance(90) ? QStringLiteral(".md") : QStringLiteral(".markdown");
        const QString dated = QStringLiteral("%1-%2-%3-").arg(year).arg(twoDigits(month), twoDigits(day));
        QString relative;
        if (draft)
            relative = folder + QStringLiteral("_drafts/") + (w.chance(50) ? dated : QString()) + slug + ext;
        else
            relative = folder + QStringLiteral("_posts/") +
                       (w.chance(10) ? QStringLiteral("sub/") : QString()) + dated + slug + ext;

        QString fm = frontMatter(w, options, year, month, day, draft);
        if (options.broken && w.chance(2)) {
            fm += w.chance(50) ? QStringLiteral("tags: [unclosed\n") : QStringLiteral("title: a: b\n");
        }
        ok = ok && w.file(relative, (QStringLiteral("---\n") + fm + QStringLiteral("---\n\n") +
                                     w.body(options.bodyWords))
                                        .toUtf8());
    }

    // Pages: with and without front matter, in folders, unpublished; an excluded one; underscored folders.
    ok = ok && w.file(QStringLiteral("about.md"), "---\ntitle: About\n---\nHello\n");
    ok = ok && w.file(QStringLiteral("index.html"), "---\nlayout: home\n---\n");
    ok = ok && w.file(QStringLiteral("docs/guide.md"), "---\npublished: false\n---\nGuide\n");
    ok = ok && w.file(QStringLiteral("docs/plain.md"), "No front matter: a static file\n");
    ok = ok && w.file(QStringLiteral("docs/.hidden.md"), "---\ntitle: hidden\n---\n");
    ok = ok && w.file(QStringLiteral("notes.md"), "---\ntitle: excluded\n---\n");
    ok = ok && w.file(QStringLiteral("_private/secret.md"), "---\ntitle: secret\n---\n");
    ok = ok && w.file(QStringLiteral("news/index.md"), "---\ntitle: News\nlayout: ~\n---\n");
    ok = ok && w.file(QStringLiteral("backup.md~"), "---\ntitle: backup\n---\n");

    // A collection.
    for (int i = 0; i < 20; ++i) {
        const QString name = QStringLiteral("_recipes/%1%2.md")
                                 .arg(i % 3 == 0 ? QStringLiteral("2019-03-04-") : QString(),
                                      QStringLiteral("dish-%1").arg(i));
        QString fm = i % 4 == 0 ? QStringLiteral("title: Dish %1\n").arg(i) : QString();
        if (i % 5 == 0)
            fm += QStringLiteral("published: false\n");
        if (i % 7 == 0)
            fm += QStringLiteral("date: 2018-01-02 03:04:05 +0100\n");
        ok = ok && w.file(name, (QStringLiteral("---\n") + fm + QStringLiteral("---\nA dish.\n")).toUtf8());
    }
    ok = ok && w.file(QStringLiteral("_recipes/static.txt"), "not a document\n");
    return ok;
}
