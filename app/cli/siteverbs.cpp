#include "siteverbs.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include "clioutput.h"
#include "common/linediff.h"
#include "site/postfilter.h"
#include "site/postsummary.h"
#include "site/sitereader.h"
#include "site/sitescan.h"
#include "site/termrename.h"
#include "site/termvocabulary.h"

namespace {

// ISO 8601 with the offset always written as +HH:MM (as Jekyll's date.iso8601 prints it).
QString isoDate(const QDateTime &date) {
    if (!date.isValid())
        return {};
    const int offset = date.offsetFromUtc();
    const QChar sign = offset < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int minutes = std::abs(offset) / 60;
    return date.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           QStringLiteral("%1%2:%3")
               .arg(sign)
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

bool isPostOrDraft(const SitePost &post) {
    return post.kind == SitePost::Kind::Post || post.kind == SitePost::Kind::Draft;
}

// The `kind` of `list --json`: post, draft, page, or document (its collection says which).
QString jsonKind(const SitePost &post) {
    return post.kind == SitePost::Kind::CollectionDocument
               ? QStringLiteral("document")
               : PostFilter::kindName(PostSummary::kindOf(post.kind), post.collection);
}

// What `VERB SITE [options] [values]` holds.
struct SiteArgs {
    QString root;
    QStringList flags;   // --json, --dry-run, --category
    QStringList values;  // positional values after the site
};

QJsonArray jsonList(const QStringList &items) {
    QJsonArray array;
    for (const QString &item : items)
        array.append(item);
    return array;
}

QJsonObject jsonPost(const SitePost &post, const SiteScan &scan) {
    QJsonObject o;
    o.insert(QStringLiteral("path"), post.relativePath);
    o.insert(QStringLiteral("kind"), jsonKind(post));
    // `posts` for posts and drafts, the label for collection documents; pages belong to none.
    o.insert(QStringLiteral("collection"),
             post.kind == SitePost::Kind::Page ? QJsonValue() : QJsonValue(post.collection));
    o.insert(QStringLiteral("url"), post.url);
    o.insert(QStringLiteral("date"), isoDate(post.date));
    o.insert(QStringLiteral("title"), post.title);
    o.insert(QStringLiteral("tags"), jsonList(post.tags));
    o.insert(QStringLiteral("categories"), jsonList(post.categories));
    o.insert(QStringLiteral("draft"), post.draft);
    o.insert(QStringLiteral("published"), post.published != SitePost::Published::False);
    o.insert(QStringLiteral("future"), post.future);
    o.insert(QStringLiteral("status"), PostFilter::statusName(SiteScan::statusOf(post)));
    o.insert(QStringLiteral("output"), scan.publishes(post));
    o.insert(QStringLiteral("layout"), post.layout);
    o.insert(QStringLiteral("words"), post.wordCount);
    QJsonArray problems;
    for (const Diagnostic &d : post.problems)
        problems.append(QStringLiteral("%1:%2: %3").arg(d.line).arg(d.column).arg(d.message));
    o.insert(QStringLiteral("problems"), problems);
    return o;
}

// Parses `VERB SITE [flags] [values]`: 0, or the exit code after saying what is wrong.
int parseSite(const QString &verb, const QStringList &args, const QStringList &knownFlags, SiteArgs *out,
              CliOutput &io) {
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a.startsWith(QLatin1String("--"))) {
            if (!knownFlags.contains(a))
                return io.usage(QStringLiteral("%1: unknown option '%2'").arg(verb, a));
            out->flags.append(a);
        } else if (out->root.isEmpty()) {
            out->root = a;
        } else {
            out->values.append(a);
        }
    }
    if (out->root.isEmpty())
        return io.usage(QStringLiteral("%1 takes a SITE folder").arg(verb));
    if (!QFileInfo(out->root).isDir()) {
        io.printError(QStringLiteral("%1: not a folder").arg(out->root));
        return 2;
    }
    out->root = QFileInfo(out->root).canonicalFilePath();
    return 0;
}

int rename(const SiteArgs &site, const QString &from, const QString &to, CliOutput &io) {
    const SiteScan scan = SiteScan::read(site.root);
    QStringList files;
    for (const SitePost &post : scan.documents()) {
        if (isPostOrDraft(post))
            files.append(post.path);
    }
    const bool categories = site.flags.contains(QStringLiteral("--category"));
    const Result<TermRename::Plan> plan = TermRename::plan(
        site.root, files, scan.config(),
        categories ? TermRename::Vocabulary::Categories : TermRename::Vocabulary::Tags, from, to);
    if (!plan) {
        io.printError(plan.error());
        return 1;
    }
    for (const TermRename::Notice &notice : plan->notices)
        io.printError(QStringLiteral("%1: warning: %2").arg(notice.path, notice.message));
    if (site.flags.contains(QStringLiteral("--dry-run"))) {
        for (const TermRename::FileChange &change : plan->changes) {
            io.print("--- " + change.path.toUtf8() + "\n+++ " + change.path.toUtf8() + "\n");
            // Each run of changed lines with the line it starts at.
            const QVector<LineDiff::Line> lines = LineDiff::compare(change.before, change.after);
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (lines.at(i).kind == LineDiff::Kind::Same)
                    continue;
                const bool runStart = i == 0 || lines.at(i - 1).kind == LineDiff::Kind::Same;
                if (runStart) {
                    const int at = lines.at(i).beforeLine ? lines.at(i).beforeLine : lines.at(i).afterLine;
                    io.print(QStringLiteral("@@ line %1 @@\n").arg(at).toUtf8());
                }
                const char *mark = lines.at(i).kind == LineDiff::Kind::Removed ? "-" : "+";
                io.print(mark + lines.at(i).text.toUtf8() + "\n");
            }
        }
        return plan->notices.isEmpty() ? 0 : 1;
    }
    const TermRename::Outcome outcome = TermRename::apply(plan.value());
    for (const QString &path : outcome.written)
        io.print(path.toUtf8() + "\n");
    for (const TermRename::Notice &failure : outcome.failures)
        io.printError(QStringLiteral("%1: error: %2").arg(failure.path, failure.message));
    return outcome.failures.isEmpty() && plan->notices.isEmpty() ? 0 : 1;
}

QJsonObject jsonCounts(const TermVocabulary &vocabulary) {
    QJsonObject o;
    for (const TermVocabulary::Term &term : vocabulary.terms())
        o.insert(term.name, term.count);
    return o;
}

QByteArray textCounts(const char *heading, const TermVocabulary &vocabulary) {
    QByteArray out = QByteArray(heading) + ":\n";
    for (const TermVocabulary::Term &term : vocabulary.terms())
        out += QByteArray::number(term.count) + "\t" + term.name.toUtf8() + "\n";
    return out;
}

}  // namespace

int SiteVerbs::list(const QStringList &args, CliOutput &io) {
    SiteArgs site;
    QStringList rest = args;
    QString filterText;
    const qsizetype filterAt = rest.indexOf(QStringLiteral("--filter"));
    if (filterAt >= 0) {
        if (filterAt + 1 >= rest.size())
            return io.usage(QStringLiteral("list: --filter takes an expression"));
        filterText = rest.at(filterAt + 1);
        rest.remove(filterAt, 2);
    }
    if (const int bad = parseSite(QStringLiteral("list"), rest, {QStringLiteral("--json")}, &site, io))
        return bad;
    if (!site.values.isEmpty())
        return io.usage(QStringLiteral("list: unexpected '%1'").arg(site.values.front()));
    // `kind:` takes the site's collection labels: only its configuration is read before the filter is
    // checked.
    QStringList collections;
    for (const SiteCollection &collection : SiteReader(site.root).config().collections())
        collections.append(collection.label);
    QString problem;
    const PostFilter filter = PostFilter::parse(filterText, &problem, collections);
    if (!problem.isEmpty())
        return io.usage(QStringLiteral("list: %1").arg(problem));

    const SiteScan scan = SiteScan::read(site.root);
    for (const QString &siteProblem : scan.snapshot().problems)
        io.printError(QStringLiteral("%1: warning: %2").arg(site.root, siteProblem));
    QVector<const SitePost *> posts;
    // Posts and drafts, unless a `kind:` term asks for pages or collection documents.
    for (const SitePost &post : scan.documents()) {
        if ((isPostOrDraft(post) || filter.hasKindTerms()) &&
            filter.matchesTerms(post.tags, post.categories, SiteScan::statusOf(post), post.date.date().year(),
                                PostFilter::kindName(PostSummary::kindOf(post.kind), post.collection)) &&
            filter.matchesTitle(post.title))
            posts.append(&post);
    }
    std::sort(posts.begin(), posts.end(), [](const SitePost *a, const SitePost *b) {
        return a->date != b->date ? a->date > b->date : a->relativePath < b->relativePath;
    });
    if (site.flags.contains(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const SitePost *post : std::as_const(posts))
            array.append(jsonPost(*post, scan));
        io.print(
            QJsonDocument(QJsonObject{{QStringLiteral("posts"), array}}).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const SitePost *post : std::as_const(posts)) {
        io.print(QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                     .arg(post->date.toString(QStringLiteral("yyyy-MM-dd")),
                          PostFilter::statusName(SiteScan::statusOf(*post)), post->title, post->relativePath,
                          post->url)
                     .toUtf8());
    }
    return 0;
}

int SiteVerbs::tags(const QStringList &args, CliOutput &io) {
    SiteArgs site;
    const QStringList flags{QStringLiteral("--json"), QStringLiteral("--rename"), QStringLiteral("--dry-run"),
                            QStringLiteral("--category")};
    if (const int bad = parseSite(QStringLiteral("tags"), args, flags, &site, io))
        return bad;
    if (site.flags.contains(QStringLiteral("--rename"))) {
        if (site.values.size() != 2)
            return io.usage(QStringLiteral("tags: --rename takes OLD NEW"));
        return rename(site, site.values.at(0), site.values.at(1), io);
    }
    if (!site.values.isEmpty() || site.flags.contains(QStringLiteral("--dry-run")))
        return io.usage(QStringLiteral("tags: unexpected arguments (did you mean --rename OLD NEW?)"));
    const SiteScan scan = SiteScan::read(site.root);
    TermVocabulary tags;
    TermVocabulary categories;
    for (const SitePost &post : scan.documents()) {
        if (post.kind == SitePost::Kind::Post && scan.publishes(post)) {
            tags.addPost(post.tags);
            categories.addPost(post.categories);
        }
    }
    if (site.flags.contains(QStringLiteral("--json"))) {
        const QJsonObject o{{QStringLiteral("tags"), jsonCounts(tags)},
                            {QStringLiteral("categories"), jsonCounts(categories)}};
        io.print(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return 0;
    }
    io.print(textCounts("tags", tags) + textCounts("categories", categories));
    return 0;
}
