#include "site/jekyllpermalink.h"

#include "site/jekyllslugify.h"
#include "site/jekyllurlescape.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace {

QString fileName(const QString &path) {
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

// Ruby's File.basename(path, ".*").
QString basenameWithoutExt(const QString &path) {
    const QString name = fileName(path);
    return name.left(name.size() - JekyllPermalink::rubyExtname(name).size());
}

QString stripTrailingDots(QString text) {
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

// Document#cleaned_relative_path: without the extension, the first occurrence of `_<label>` removed
// (anywhere, as Ruby's String#sub does), trailing dots dropped.
QString cleanedRelativePath(const JekyllPermalink::Input &input) {
    QString path = input.relativePath;
    path.chop(JekyllPermalink::rubyExtname(path).size());
    const QString collectionDir = QLatin1Char('_') + input.collection;
    const qsizetype at = path.indexOf(collectionDir);
    if (at >= 0)
        path.remove(at, collectionDir.size());
    return stripTrailingDots(path);
}

// Utils.add_permalink_suffix.
QString withPermalinkSuffix(QString pattern, const QString &style) {
    if (style == QLatin1String("pretty"))
        return pattern + QLatin1Char('/');
    if (style == QLatin1String("date") || style == QLatin1String("ordinal") || style == QLatin1String("none"))
        return pattern + QStringLiteral(":output_ext");
    if (style.endsWith(QLatin1Char('/')))
        pattern += QLatin1Char('/');
    if (style.endsWith(QLatin1String(":output_ext")))
        pattern += QStringLiteral(":output_ext");
    return pattern;
}

bool isHtmlExtension(const QString &ext) {
    return ext == QLatin1String(".html") || ext == QLatin1String(".xhtml") || ext == QLatin1String(".htm");
}

// The site's `relative_path` of a page splits into Jekyll's Page @dir (`/about`, "" at the root) and
// basename.
QString pageDir(const QString &relativePath) {
    const qsizetype slash = relativePath.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : QLatin1Char('/') + relativePath.left(slash);
}

QString pageBasename(const QString &relativePath) {
    return stripTrailingDots(basenameWithoutExt(relativePath));
}

QString twoDigits(int n) {
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

// Ruby's strftime %Y / %G: at least four digits.
QString fourDigitYear(int year) {
    return year < 0 ? QStringLiteral("-%1").arg(-year, 4, 10, QLatin1Char('0'))
                    : QStringLiteral("%1").arg(year, 4, 10, QLatin1Char('0'));
}

// strftime's %a/%A/%b/%B are English whatever the locale (Ruby does not localise them).
const char *const kLongDays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                 "Friday", "Saturday", "Sunday"};
const char *const kLongMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

// The values UrlDrop answers with; nullopt for a name it does not have.
class DropValues {
public:
    explicit DropValues(const JekyllPermalink::Input &input) : m_input(input) {
        if (input.date.isValid())
            m_date =
                input.timeZone.isValid() ? input.date.toTimeZone(input.timeZone) : input.date.toLocalTime();
    }

    Result<std::optional<QString>> value(const QString &name) const {
        using Value = std::optional<QString>;
        const QString basename = basenameWithoutExt(m_input.relativePath);
        if (name == QLatin1String("path"))
            return Value(cleanedRelativePath(m_input));
        if (name == QLatin1String("collection"))
            return Value(m_input.collection);
        if (name == QLatin1String("output_ext"))
            return Value(m_input.outputExt);
        if (name == QLatin1String("name"))
            return Value(JekyllSlugify::slugify(basename));
        if (name == QLatin1String("title"))
            return Value(
                JekyllSlugify::slugify(m_input.slug.value_or(basename), JekyllSlugify::Mode::Pretty, true));
        if (name == QLatin1String("slug"))
            return Value(JekyllSlugify::slugify(m_input.slug.value_or(basename)));
        if (name == QLatin1String("categories"))
            return Value(joinUnique([](const QString &c) { return c.toLower(); }));
        if (name == QLatin1String("slugified_categories"))
            return Value(joinUnique([](const QString &c) { return JekyllSlugify::slugify(c); }));
        const auto datePart = dateValue(name);
        if (!datePart)
            return Value();
        if (!m_date.isValid()) {
            return Result<Value>::failure(
                QCoreApplication::translate("JekyllPermalink",
                                            "%1: the permalink uses :%2 but the document has no date")
                    .arg(m_input.relativePath, name));
        }
        return Value(datePart(m_date));
    }

private:
    QString joinUnique(const std::function<QString(const QString &)> &transform) const {
        QStringList parts;
        QSet<QString> seen;
        for (const QString &category : m_input.categories) {
            const QString part = transform(category);
            if (!seen.contains(part)) {
                seen.insert(part);
                parts << part;
            }
        }
        return parts.join(QLatin1Char('/'));
    }

    using DatePart = std::function<QString(const QDateTime &)>;

    static DatePart dateValue(const QString &name) {
        static const QHash<QString, DatePart> parts = {
            {QStringLiteral("year"), [](const QDateTime &d) { return fourDigitYear(d.date().year()); }},
            {QStringLiteral("month"), [](const QDateTime &d) { return twoDigits(d.date().month()); }},
            {QStringLiteral("day"), [](const QDateTime &d) { return twoDigits(d.date().day()); }},
            {QStringLiteral("hour"), [](const QDateTime &d) { return twoDigits(d.time().hour()); }},
            {QStringLiteral("minute"), [](const QDateTime &d) { return twoDigits(d.time().minute()); }},
            {QStringLiteral("second"), [](const QDateTime &d) { return twoDigits(d.time().second()); }},
            {QStringLiteral("i_day"), [](const QDateTime &d) { return QString::number(d.date().day()); }},
            {QStringLiteral("i_month"), [](const QDateTime &d) { return QString::number(d.date().month()); }},
            {QStringLiteral("short_month"),
             [](const QDateTime &d) {
                 return QString::fromLatin1(kLongMonths[d.date().month() - 1]).left(3);
             }},
            {QStringLiteral("long_month"),
             [](const QDateTime &d) { return QString::fromLatin1(kLongMonths[d.date().month() - 1]); }},
            {QStringLiteral("short_year"),
             [](const QDateTime &d) { return twoDigits(((d.date().year() % 100) + 100) % 100); }},
            {QStringLiteral("w_year"),
             [](const QDateTime &d) {
                 int isoYear = 0;
                 d.date().weekNumber(&isoYear);
                 return fourDigitYear(isoYear);
             }},
            {QStringLiteral("week"), [](const QDateTime &d) { return twoDigits(d.date().weekNumber()); }},
            {QStringLiteral("w_day"),
             [](const QDateTime &d) { return QString::number(d.date().dayOfWeek()); }},
            {QStringLiteral("short_day"),
             [](const QDateTime &d) {
                 return QString::fromLatin1(kLongDays[d.date().dayOfWeek() - 1]).left(3);
             }},
            {QStringLiteral("long_day"),
             [](const QDateTime &d) { return QString::fromLatin1(kLongDays[d.date().dayOfWeek() - 1]); }},
            {QStringLiteral("y_day"),
             [](const QDateTime &d) {
                 return QStringLiteral("%1").arg(d.date().dayOfYear(), 3, 10, QLatin1Char('0'));
             }},
        };
        return parts.value(name);
    }

    const JekyllPermalink::Input &m_input;
    QDateTime m_date;
};

// URL#generate_url_from_drop: every `:name` (lower case and `_`) is looked up; a trailing `_` that is not
// part of a name (`:month_:day`) is kept as text.
Result<QString> fillFromDrop(const QString &pattern, const JekyllPermalink::Input &input) {
    static const QRegularExpression placeholder(QStringLiteral(":([a-z_]+)"));
    const DropValues values(input);
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(pattern);
    while (it.hasNext()) {
        const auto match = it.next();
        out += pattern.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        QString name = match.captured(1);
        const bool trailingUnderscore = name.endsWith(QLatin1Char('_'));
        if (trailingUnderscore)
            name.chop(1);
        const auto value = values.value(name);
        if (!value.ok())
            return Result<QString>::failure(value.error());
        if (!value.value()) {
            return Result<QString>::failure(
                QCoreApplication::translate(
                    "JekyllPermalink",
                    "%1: the permalink '%2' has no placeholder :%3 (Jekyll stops the build)")
                    .arg(input.relativePath, pattern, match.captured(1)));
        }
        const auto escaped = JekyllUrlEscape::escapePath(*value.value());
        if (!escaped.ok())
            return Result<QString>::failure(input.relativePath + QStringLiteral(": ") + escaped.error());
        out += escaped.value();
        if (trailingUnderscore)
            out += QLatin1Char('_');
    }
    return out + pattern.mid(last);
}

// URL#generate_url_from_hash, a page's: plain substring replacement in this order, placeholders it does not
// know stay as typed.
Result<QString> fillFromPageHash(const QString &pattern, const JekyllPermalink::Input &input) {
    const std::pair<QString, QString> tokens[] = {
        {QStringLiteral(":path"), pageDir(input.relativePath)},
        {QStringLiteral(":basename"), pageBasename(input.relativePath)},
        {QStringLiteral(":output_ext"), input.outputExt},
    };
    QString out = pattern;
    for (const auto &[token, value] : tokens) {
        if (!out.contains(QLatin1Char(':')))
            break;
        // Ruby escapes the value even when the token is absent, so a value Addressable rejects fails anyway.
        const auto escaped = JekyllUrlEscape::escapePath(value);
        if (!escaped.ok())
            return Result<QString>::failure(input.relativePath + QStringLiteral(": ") + escaped.error());
        out.replace(token, escaped.value());
    }
    return out;
}

// URL#sanitize_url.
QString sanitized(const QString &url) {
    QString out = QLatin1Char('/') + url;
    out.replace(QStringLiteral(".."), QStringLiteral("/"));
    out.replace(QStringLiteral("./"), QString());
    static const QRegularExpression slashes(QStringLiteral("/{2,}"));
    out.replace(slashes, QStringLiteral("/"));
    return out;
}

}  // namespace

QString JekyllPermalink::rubyExtname(const QString &path) {
    const QString name = fileName(path);
    qsizetype start = 0;
    while (start < name.size() && name.at(start) == QLatin1Char('.'))
        ++start;
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot < start ? QString() : name.mid(dot);
}

QString JekyllPermalink::styleTemplate(const QString &style) {
    static const QHash<QString, QString> styles = {
        {QStringLiteral("none"), QStringLiteral("/:categories/:title:output_ext")},
        {QStringLiteral("date"), QStringLiteral("/:categories/:year/:month/:day/:title:output_ext")},
        {QStringLiteral("ordinal"), QStringLiteral("/:categories/:year/:y_day/:title:output_ext")},
        {QStringLiteral("pretty"), QStringLiteral("/:categories/:year/:month/:day/:title/")},
        {QStringLiteral("weekdate"),
         QStringLiteral("/:categories/:year/W:week/:short_day/:title:output_ext")},
    };
    return styles.value(style, style);
}

QString JekyllPermalink::urlTemplate(const Input &input) {
    switch (input.kind) {
        case Kind::Post:
        case Kind::Draft:
            return input.collectionPermalink.value_or(styleTemplate(input.sitePermalink));
        case Kind::CollectionDocument:
            return input.collectionPermalink.value_or(
                withPermalinkSuffix(QStringLiteral("/:collection/:path"), input.sitePermalink));
        case Kind::Page:
            if (!isHtmlExtension(input.outputExt))
                return QStringLiteral("/:path/:basename:output_ext");
            if (pageBasename(input.relativePath) == QLatin1String("index"))
                return QStringLiteral("/:path/");
            return withPermalinkSuffix(QStringLiteral("/:path/:basename"), input.sitePermalink);
    }
    return QString();
}

Result<QString> JekyllPermalink::url(const Input &input) {
    const QString pattern = input.permalink.value_or(urlTemplate(input));
    const auto filled =
        input.kind == Kind::Page ? fillFromPageHash(pattern, input) : fillFromDrop(pattern, input);
    if (!filled.ok())
        return filled;
    return sanitized(filled.value());
}

QStringList JekyllPermalink::defaultMarkdownExtensions() {
    return {QStringLiteral("markdown"), QStringLiteral("mkdown"), QStringLiteral("mkdn"),
            QStringLiteral("mkd"), QStringLiteral("md")};
}

QString JekyllPermalink::outputExtension(const QString &relativePath, const std::optional<QString> &permalink,
                                         const QStringList &markdownExtensions) {
    // Renderer#permalink_ext wins over the converters.
    if (permalink && !permalink->endsWith(QLatin1Char('/'))) {
        const QString ext = rubyExtname(*permalink);
        if (!ext.isEmpty())
            return ext;
    }
    const QString ext = rubyExtname(relativePath);
    const QString lower = ext.toLower();
    for (const QString &markdown : markdownExtensions) {
        if (lower == QLatin1Char('.') + markdown.toLower())
            return QStringLiteral(".html");
    }
    if (lower == QLatin1String(".scss") || lower == QLatin1String(".sass"))
        return QStringLiteral(".css");
    return ext;
}
