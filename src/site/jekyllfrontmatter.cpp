#include "site/jekyllfrontmatter.h"

#include "site/psychyaml.h"
#include "site/rubytime.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool isLineSpace(char c) {
    return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r';
}

// Ruby's String#split with no argument: runs of ASCII white space.
QStringList rubySplit(const QString &text) {
    static const QRegularExpression space(QStringLiteral("[ \\t\\n\\v\\f\\r]+"));
    return text.split(space, Qt::SkipEmptyParts);
}

// Utils.titleize_slug: split("-") (trailing empty parts dropped), capitalize each, join with spaces.
QString titleized(const QString &slug) {
    QStringList parts = slug.split(QLatin1Char('-'));
    while (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    for (QString &part : parts) {
        if (part.isEmpty())
            continue;
        const QString rest = part.mid(1).toLower();
        part = QString(part.front()).toUpper() + rest;
    }
    return parts.join(QLatin1Char(' '));
}

JekyllValue stringList(const QStringList &list) {
    JekyllValue value;
    value.type = JekyllValue::Type::List;
    for (const QString &item : list)
        value.items.append(JekyllValue::string(item));
    return value;
}

// Identity for Array#| (eql?): the type matters, "1" and 1 differ.
QString unionKey(const JekyllValue &value) {
    return QString::number(int(value.type)) + QLatin1Char(':') + value.toRubyString();
}

struct ReadError {
    QString message;
};

class DocumentData {
public:
    DocumentData(const SiteCandidate &candidate, const JekyllDocumentReader::Context &context, SitePost &post)
        : m_candidate(candidate), m_context(context), m_post(post) {
        m_data.type = JekyllValue::Type::Map;
    }

    // Document#merge_data!: categories accumulate (strings split), the rest deep-merges, a date is parsed.
    void merge(JekyllValue other, const QString &source) {
        if (const JekyllValue *categories = other.find(QStringLiteral("categories"));
            categories && !categories->isNull()) {
            JekyllValue incoming =
                categories->isString() ? stringList(rubySplit(categories->text)) : *categories;
            const JekyllValue *current = m_data.find(QStringLiteral("categories"));
            if (current && current->isList()) {
                if (!incoming.isList())
                    throw ReadError{QCoreApplication::translate(
                        "JekyllFrontMatter",
                        "`categories` must be a list or text (Jekyll: no implicit conversion into Array)")};
                JekyllValue united = *current;
                QStringList seen;
                for (const JekyllValue &item : united.items)
                    seen.append(unionKey(item));
                JekyllValue deduplicated;
                deduplicated.type = JekyllValue::Type::List;
                QStringList kept;
                for (const JekyllValue &item : united.items + incoming.items) {
                    const QString key = unionKey(item);
                    if (!kept.contains(key)) {
                        kept.append(key);
                        deduplicated.items.append(item);
                    }
                }
                incoming = deduplicated;
            }
            other.set(QStringLiteral("categories"), incoming);
        }
        m_data = JekyllValue::deepMerged(m_data, other);
        const JekyllValue *date = other.find(QStringLiteral("date"));
        if ((!date || date->isNull()) && m_date)
            m_date = RubyTime::roundTrip(*m_date, m_context.zone);  // merge_date! parses date.to_s again
        if (date && !date->isNull()) {
            m_date = RubyTime::jekyllDate(*date, m_context.zone);
            if (!m_date)
                m_post.problems.append(
                    {Diagnostic::Severity::Error, 0, 0,
                     QCoreApplication::translate(
                         "JekyllFrontMatter",
                         "`%1` in the %2 is not a date Jekyll can read (Jekyll stops the build)")
                         .arg(date->toRubyString(), source)});
        }
    }

    const JekyllValue *value(const char *key) const {
        const JekyllValue *v = m_data.find(QLatin1String(key));
        return v && !v->isNull() ? v : nullptr;
    }

    JekyllValue m_data;
    std::optional<QDateTime> m_date;
    const SiteCandidate &m_candidate;
    const JekyllDocumentReader::Context &m_context;
    SitePost &m_post;
};

QStringList toStrings(const QVector<JekyllValue> &items) {
    QStringList list;
    for (const JekyllValue &item : items)
        list.append(item.toRubyString());
    return list;
}

// Flattens nested lists, dropping nils (Array#flatten + compact).
void flattenInto(const JekyllValue &value, QVector<JekyllValue> &out) {
    if (value.isList()) {
        for (const JekyllValue &item : value.items)
            flattenInto(item, out);
    } else if (!value.isNull()) {
        out.append(value);
    }
}

// Utils.pluralized_array_from_hash.
QVector<JekyllValue> pluralized(const DocumentData &data, const char *singular, const char *plural) {
    QVector<JekyllValue> out;
    // `value ||= plural`: a nil or false singular falls through to the plural key.
    if (const JekyllValue *one = data.value(singular); one && one->truthy()) {
        flattenInto(*one, out);
        return out;
    }
    if (const JekyllValue *many = data.value(plural)) {
        if (many->isString())
            flattenInto(stringList(rubySplit(many->text)), out);
        else if (many->isList())
            flattenInto(*many, out);
    }
    return out;
}

SitePost::Published publishedOf(const JekyllValue *value) {
    if (!value)
        return SitePost::Published::Absent;
    switch (value->type) {
        case JekyllValue::Type::Null:
            return SitePost::Published::Null;
        case JekyllValue::Type::Bool:
            return value->boolean ? SitePost::Published::True : SitePost::Published::False;
        default:
            return SitePost::Published::Other;
    }
}

}  // namespace

JekyllFrontMatter::Block JekyllFrontMatter::find(const QByteArray &bytes) {
    Block block;
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;  // Jekyll reads with "bom|utf-8"
    if (bytes.mid(start, 3) != "---")
        return block;
    qsizetype i = start + 3;
    qsizetype openEnd = -1;
    while (i < bytes.size() && isSpace(bytes[i])) {
        if (bytes[i] == '\n')
            openEnd = i + 1;
        ++i;
    }
    if (openEnd < 0)
        return block;
    for (qsizetype line = openEnd; line < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', line);
        if (end < 0)
            end = bytes.size();
        const char *p = bytes.constData() + line;
        if (end - line >= 3 && (std::strncmp(p, "---", 3) == 0 || std::strncmp(p, "...", 3) == 0)) {
            bool fence = true;
            for (qsizetype k = line + 3; k < end && fence; ++k)
                fence = isLineSpace(bytes[k]);
            if (fence) {
                block.found = true;
                block.begin = start;
                block.yamlEnd = line;
                block.bodyBegin = end < bytes.size() ? end + 1 : end;
                return block;
            }
        }
        line = end + 1;
    }
    return block;
}

qsizetype JekyllFrontMatter::apply(const QByteArray &bytes, const SiteCandidate &candidate,
                                   const JekyllDocumentReader::Context &context, SitePost &post) {
    const bool page = candidate.kind == SitePost::Kind::Page;
    const QString relative = candidate.jekyllRelativePath;
    const QString fileName = relative.mid(relative.lastIndexOf(QLatin1Char('/')) + 1);
    const QString extension = post.extension;
    const QString bareExtension = extension.mid(1).toLower();
    post.outputExt = extension.compare(QLatin1String(".html"), Qt::CaseInsensitive) == 0 ||
                             context.markdownExtensions.contains(bareExtension)
                         ? QStringLiteral(".html")
                         : extension;

    // The front matter, as Psych reads it.
    JekyllValue frontMatter;
    bool failed = false;
    qsizetype bodyBegin = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (!post.validUtf8) {
        failed = true;
        post.problems.append(
            {Diagnostic::Severity::Error, 0, 0,
             tr("the file is not valid UTF-8 text; Jekyll cannot read its front matter and skips it")});
    } else {
        const Block block = find(bytes);
        if (block.found) {
            bodyBegin = block.bodyBegin;
            const PsychYaml::Loaded loaded =
                PsychYaml::load(bytes.mid(block.begin, block.yamlEnd - block.begin));
            if (loaded.error) {
                failed = true;
                post.problems.append(*loaded.error);
            } else if (!loaded.value.isNull() && !loaded.value.isMap()) {
                failed = true;
                post.problems.append({Diagnostic::Severity::Error, 2, 1,
                                      tr("the front matter is not a mapping of fields (key: value)")});
            } else {
                frontMatter = loaded.value;
            }
        } else if (bytes.startsWith("---") && post.bodyTruncated) {
            post.problems.append(
                {Diagnostic::Severity::Warning, 1, 1,
                 tr("no end of the front matter within the first %1 bytes").arg(bytes.size())});
        }
    }
    post.frontMatterFailed = failed;

    if (page) {
        // Page: its own data, with defaults looked up only for keys it does not have.
        const JekyllValue defaults = context.defaults.all(relative, QStringLiteral("pages"));
        auto lookup = [&](const char *key) -> const JekyllValue * {
            const JekyllValue *own = frontMatter.find(QLatin1String(key));
            return own ? own : defaults.find(QLatin1String(key));
        };
        const JekyllValue *title = lookup("title");
        post.hasTitle = title && !title->isNull();
        post.title = post.hasTitle ? title->toRubyString() : QString();
        if (const JekyllValue *layout = lookup("layout"); layout && !layout->isNull())
            post.layout = layout->toRubyString();
        if (const JekyllValue *permalink = lookup("permalink"); permalink && permalink->truthy()) {
            post.permalink = permalink->toRubyString();
            post.hasPermalink = true;
        }
        post.published = publishedOf(frontMatter.find(QStringLiteral("published")));
        post.slug =
            fileName.left(fileName.lastIndexOf(QLatin1Char('.')) > 0 ? fileName.lastIndexOf(QLatin1Char('.'))
                                                                     : fileName.size());
        return bodyBegin;
    }

    SitePost &out = post;
    DocumentData data(candidate, context, out);
    // Jekyll's draft? looks for "_posts" anywhere in the path, and decides which folder categories
    // come from: `_drafts/my_posts.md` is not a draft and gets the categories `_drafts` and `my`.
    post.draft =
        candidate.collection == QLatin1String("posts") && !relative.contains(QLatin1String("_posts"));
    const QString collectionFolder = QLatin1Char('_') + candidate.collection;
    try {
        JekyllValue init;
        init.set(QStringLiteral("categories"),
                 stringList(JekyllFrontMatter::categoriesFromPath(
                     relative, post.draft ? QStringLiteral("_drafts") : collectionFolder)));
        data.merge(init, tr("file path"));
        const JekyllValue defaults = context.defaults.all(relative, candidate.collection);
        if (!defaults.entries.isEmpty())
            data.merge(defaults, tr("front matter defaults"));
        if (failed)
            throw ReadError{};
        if (frontMatter.isMap())
            data.merge(frontMatter, tr("YAML front matter"));
    } catch (const ReadError &error) {
        failed = true;
        if (!error.message.isEmpty())
            post.problems.append({Diagnostic::Severity::Error, 0, 0, error.message});
    }
    post.frontMatterFailed = failed;
    post.draft =
        candidate.collection == QLatin1String("posts") && !relative.contains(QLatin1String("_posts"));

    if (!failed) {
        // populate_title: the date and slug from the file name.
        static const QRegularExpression dated(
            QStringLiteral("^(?>.+/)*?(\\d{2,4}-\\d{1,2}-\\d{1,2})-([^/]*)(\\.[^.]+)$"));
        static const QRegularExpression dateless(QStringLiteral("^(?:.+/)*(.*)(\\.[^.]+)$"));
        QString slug;
        if (const QRegularExpressionMatch m = dated.match(relative); m.hasMatch()) {
            slug = m.captured(2);
            if (!data.m_date) {
                JekyllValue fromName;
                fromName.set(QStringLiteral("date"), JekyllValue::string(m.captured(1)));
                data.merge(fromName, tr("file name"));
            }
        } else if (const QRegularExpressionMatch m2 = dateless.match(relative); m2.hasMatch()) {
            slug = m2.captured(1);
        } else {
            const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
            slug = dot > 0 ? fileName.left(dot) : fileName;
        }
        while (slug.endsWith(QLatin1Char('.')))
            slug.chop(1);
        const JekyllValue *title = data.value("title");
        post.hasTitle = true;
        post.title = title && title->truthy() ? title->toRubyString() : titleized(slug);
        const JekyllValue *ownSlug = data.value("slug");
        post.hasOwnSlug = ownSlug && ownSlug->truthy();
        post.slug = post.hasOwnSlug ? ownSlug->toRubyString() : slug;

        // populate_categories and populate_tags.
        QVector<JekyllValue> categories;
        if (const JekyllValue *list = data.value("categories"); list && list->isList())
            categories = list->items;
        else if (list)
            categories.append(*list);
        categories += pluralized(data, "category", "categories");
        QStringList unique;
        for (const JekyllValue &category : categories) {
            const QString text = category.toRubyString();
            if (!unique.contains(text))
                unique.append(text);
        }
        // populate_categories merges its strings into the data, and merge_categories! unites them with the
        // values already there: a number 2020 and the text "2020" both stay.
        JekyllValue populated;
        populated.set(QStringLiteral("categories"), stringList(unique));
        data.merge(populated, QString());
        if (const JekyllValue *merged = data.value("categories"); merged && merged->isList())
            post.categories = toStrings(merged->items);
        post.tags = toStrings(pluralized(data, "tag", "tags"));
        JekyllValue populatedTags;
        populatedTags.set(QStringLiteral("tags"), JekyllValue::list(pluralized(data, "tag", "tags")));
        data.merge(populatedTags, QString());
    } else {
        // read_post_data did not run: the data holds what was merged before the failure.
        if (const JekyllValue *categories = data.value("categories")) {
            QVector<JekyllValue> flat;
            flattenInto(*categories, flat);
            post.categories = toStrings(flat);
        }
        if (const JekyllValue *tags = data.value("tags")) {
            QVector<JekyllValue> flat;
            flattenInto(*tags, flat);
            post.tags = toStrings(flat);
        }
        const QString base =
            fileName.left(fileName.lastIndexOf(QLatin1Char('.')) > 0 ? fileName.lastIndexOf(QLatin1Char('.'))
                                                                     : fileName.size());
        post.slug = base;
    }

    if (data.m_date)
        post.date = *data.m_date;
    else if (post.draft)
        post.date = post.modified.toTimeZone(context.zone);
    else
        post.date = context.siteTime.toTimeZone(context.zone);
    post.future = post.date.toSecsSinceEpoch() > context.siteTime.toSecsSinceEpoch();
    if (const JekyllValue *layout = data.value("layout"))
        post.layout = layout->toRubyString();
    if (const JekyllValue *permalink = data.value("permalink"); permalink && permalink->truthy()) {
        post.permalink = permalink->toRubyString();
        post.hasPermalink = true;
    }
    post.published = publishedOf(data.m_data.find(QStringLiteral("published")));
    return bodyBegin;
}

QString JekyllFrontMatter::titleFromFileName(const QString &fileName) {
    static const QRegularExpression dated(QStringLiteral("^\\d{2,4}-\\d{1,2}-\\d{1,2}-(.*)$"));
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    QString slug = dot > 0 ? fileName.left(dot) : fileName;
    if (const QRegularExpressionMatch m = dated.match(slug); m.hasMatch())
        slug = m.captured(1);
    while (slug.endsWith(QLatin1Char('.')))
        slug.chop(1);
    return titleized(slug);
}

QStringList JekyllFrontMatter::categoriesFromPath(const QString &relativePath, const QString &specialDir) {
    if (relativePath.startsWith(specialDir))
        return {};
    const qsizetype at = relativePath.indexOf(specialDir);
    const QString superdirs = at >= 0 ? relativePath.left(at) : relativePath;
    const QString basename = relativePath.mid(relativePath.lastIndexOf(QLatin1Char('/')) + 1);
    QStringList categories;
    for (const QString &part : superdirs.split(QLatin1Char('/'))) {
        if (!part.isEmpty() && part != specialDir && part != basename)
            categories.append(part);
    }
    return categories;
}
