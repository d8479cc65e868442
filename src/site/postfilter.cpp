#include "site/postfilter.h"

#include <algorithm>

#include "site/fuzzymatch.h"

namespace {

// Splits into tokens at blanks outside double quotes; quotes are removed (`tag:"a b"` -> `tag:a b`).
QStringList tokens(const QString &text) {
    QStringList out;
    QString current;
    bool quoted = false;
    bool any = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            any = true;
        } else if (c.isSpace() && !quoted) {
            if (any)
                out.append(current);
            current.clear();
            any = false;
        } else {
            current.append(c);
            any = true;
        }
    }
    if (any)
        out.append(current);
    return out;
}

}  // namespace

QString PostFilter::statusName(Status status) {
    switch (status) {
        case PostFilter::Status::Published:
            return QStringLiteral("published");
        case PostFilter::Status::Draft:
            return QStringLiteral("draft");
        case PostFilter::Status::Scheduled:
            return QStringLiteral("scheduled");
        case PostFilter::Status::Unpublished:
            return QStringLiteral("unpublished");
    }
    return {};
}

std::optional<PostFilter::Status> PostFilter::statusFromName(const QString &name) {
    const QString lower = name.toLower();
    if (lower == QLatin1String("published"))
        return Status::Published;
    if (lower == QLatin1String("draft") || lower == QLatin1String("drafts"))
        return Status::Draft;
    if (lower == QLatin1String("scheduled") || lower == QLatin1String("future"))
        return Status::Scheduled;
    if (lower == QLatin1String("unpublished"))
        return Status::Unpublished;
    return std::nullopt;
}

QString PostFilter::kindName(Kind kind, const QString &collection) {
    switch (kind) {
        case Kind::Post:
            return QStringLiteral("post");
        case Kind::Draft:
            return QStringLiteral("draft");
        case Kind::Page:
            return QStringLiteral("page");
        case Kind::Document:
            return collection;
    }
    return collection;
}

namespace {

// The kindName a `kind:` value means, or nothing. A collection's label wins over the built-in names (a
// collection may be called `pages`).
std::optional<QString> kindFromName(const QString &name, const QStringList &collections) {
    const QString lower = name.toLower();
    for (const QString &label : collections) {
        if (label.toLower() == lower)
            return lower;
    }
    for (const char *kind : {"post", "draft", "page"}) {
        const QLatin1String singular(kind);
        if (lower == singular || lower == singular + QLatin1Char('s'))
            return QString(singular);
    }
    return std::nullopt;
}

}  // namespace

PostFilter PostFilter::parse(const QString &text, QString *problem, const QStringList &collections) {
    PostFilter filter;
    QStringList problems;
    for (QString token : tokens(text)) {
        const bool negated =
            token.size() > 1 && token.startsWith(QLatin1Char('-')) && token.contains(QLatin1Char(':'));
        if (negated)
            token.remove(0, 1);
        const qsizetype colon = token.indexOf(QLatin1Char(':'));
        const QString key = colon > 0 ? token.left(colon).toLower() : QString();
        const QString value = colon > 0 ? token.mid(colon + 1) : QString();
        Terms *terms = nullptr;
        QString stored = value;
        if (key == QLatin1String("tag") || key == QLatin1String("tags")) {
            terms = &filter.m_tags;
        } else if (key == QLatin1String("category") || key == QLatin1String("categories")) {
            terms = &filter.m_categories;
        } else if (key == QLatin1String("status") || key == QLatin1String("is")) {
            const std::optional<Status> status = statusFromName(value);
            if (!status) {
                problems
                    << tr("'%1' is not a status: use published, draft, scheduled or unpublished").arg(value);
                continue;
            }
            terms = &filter.m_statuses;
            stored = statusName(*status);
        } else if (key == QLatin1String("year")) {
            bool number = false;
            value.toInt(&number);
            if (!number) {
                problems << tr("'%1' is not a year").arg(value);
                continue;
            }
            terms = &filter.m_years;
            stored = QString::number(value.toInt());
        } else if (key == QLatin1String("kind")) {
            const std::optional<QString> kind = kindFromName(value, collections);
            if (!kind && !value.isEmpty()) {
                problems << (collections.isEmpty()
                                 ? tr("'%1' is not a kind: use post, draft or page").arg(value)
                                 : tr("'%1' is not a kind: use post, draft, page or a collection (%2)")
                                       .arg(value, collections.join(QLatin1String(", "))));
                continue;
            }
            terms = &filter.m_kinds;
            stored = kind.value_or(QString());
        }
        if (!terms) {
            filter.m_words += FuzzyMatch::fold(token).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            continue;
        }
        if (value.isEmpty())
            continue;  // `tag:` while the writer is still typing
        (negated ? terms->refused : terms->wanted).append(stored);
    }
    if (problem)
        *problem = problems.join(QLatin1String("; "));
    return filter;
}

bool PostFilter::isEmpty() const {
    return !hasTerms() && m_words.isEmpty();
}

bool PostFilter::hasTerms() const {
    for (const Terms *t : {&m_tags, &m_categories, &m_statuses, &m_years, &m_kinds}) {
        if (!t->wanted.isEmpty() || !t->refused.isEmpty())
            return true;
    }
    return false;
}

bool PostFilter::passes(const Terms &terms, const QStringList &values) {
    // Tags and categories compare as Jekyll's do, exactly; but a writer typing `tag:jekyll` expects `Jekyll`
    // too, so case is ignored here (the vocabulary warns about such pairs).
    const auto has = [&](const QString &wanted) { return values.contains(wanted, Qt::CaseInsensitive); };
    if (!terms.wanted.isEmpty() && std::none_of(terms.wanted.cbegin(), terms.wanted.cend(), has))
        return false;
    return std::none_of(terms.refused.cbegin(), terms.refused.cend(), has);
}

bool PostFilter::matchesTerms(const QStringList &tags, const QStringList &categories, Status status, int year,
                              const QString &kind) const {
    return passes(m_tags, tags) && passes(m_categories, categories) &&
           passes(m_statuses, {statusName(status)}) && passes(m_years, {QString::number(year)}) &&
           passes(m_kinds, {kind});
}

bool PostFilter::matchesTitle(const QString &title) const {
    if (m_words.isEmpty())
        return true;
    const QString folded = FuzzyMatch::fold(title);
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&](const QString &w) { return folded.contains(w); });
}
