// postwright-sitefind-bench: Find in Site (SiteTextSearch) over a generated site — the time to read and match
// every document for a common word, a whole word, an expression and a word no post has, to plan a
// replacement of the common word, and to write it and its undo (SiteFileChanges). Prints a table (medians of
// --runs); asserts nothing about speed. With --check it fails when a search that must find something found
// nothing or a file was left unwritten (the suite's smoke run).

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include "site/sitefilechanges.h"
#include "site/sitetextsearch.h"
#include "sitegenerator.h"

namespace {

struct Options {
    int posts = 10000;
    int words = 600;  // words per body: about 4 KB per post, as the corpus's median post
    int runs = 5;
    bool json = false;
    bool check = false;
};

struct Search {
    const char *key;
    const char *pattern;
    TextMatcher::Options options;
    bool mustFind;
};

double median(QVector<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QStringList documentsUnder(const QString &root) {
    QStringList paths;
    QDirIterator it(root, {QStringLiteral("*.md"), QStringLiteral("*.markdown"), QStringLiteral("*.html")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    return paths;
}

}  // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    Options options;
    QStringList args = app.arguments().mid(1);
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == QLatin1String("--posts") && !args.isEmpty())
            options.posts = args.takeFirst().toInt();
        else if (arg == QLatin1String("--words") && !args.isEmpty())
            options.words = args.takeFirst().toInt();
        else if (arg == QLatin1String("--runs") && !args.isEmpty())
            options.runs = std::max(1, args.takeFirst().toInt());
        else if (arg == QLatin1String("--json"))
            options.json = true;
        else if (arg == QLatin1String("--check"))
            options.check = true;
        else {
            std::fprintf(
                stderr,
                "usage: postwright-sitefind-bench [--posts N] [--words N] [--runs N] [--json] [--check]\n");
            return 2;
        }
    }

    QTemporaryDir dir;
    SiteGenerator::Options site;
    site.posts = options.posts;
    site.bodyWords = options.words;
    if (!dir.isValid() || !SiteGenerator::write(dir.path(), site)) {
        std::fprintf(stderr, "could not write the site\n");
        return 1;
    }
    const QStringList paths = documentsUnder(dir.path());
    qint64 bytes = 0;
    for (const QString &path : paths)
        bytes += QFileInfo(path).size();
    std::printf("%lld documents, %.1f MB, median of %d runs (the files are in the page cache)\n",
                qlonglong(paths.size()), double(bytes) / 1e6, options.runs);
    std::printf("%-14s %10s %10s %8s\n", "search", "ms", "matches", "files");

    TextMatcher::Options wholeWord;
    wholeWord.wholeWord = true;
    TextMatcher::Options expression;
    expression.regularExpression = true;
    const Search searches[] = {{"common_word", "jekyll", {}, true},
                               {"whole_word", "tips", wholeWord, true},
                               {"expression", "\\bg\\w+n\\b", expression, true},
                               {"no_match", "zebra", {}, false}};
    QJsonObject figures{{"documents", int(paths.size())}, {"megabytes", double(bytes) / 1e6}};
    bool ok = true;
    for (const Search &search : searches) {
        const TextMatcher matcher =
            TextMatcher::create(QString::fromUtf8(search.pattern), search.options).value();
        QVector<double> times;
        SiteTextSearch::Results results;
        for (int run = 0; run < options.runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            results = SiteTextSearch::search(paths, matcher);
            times.append(timer.nsecsElapsed() / 1e6);
        }
        std::printf("%-14s %10.1f %10d %8lld\n", search.key, median(times), results.matchCount,
                    qlonglong(results.files.size()));
        figures.insert(QLatin1String(search.key) + QLatin1String("_ms"), median(times));
        figures.insert(QLatin1String(search.key) + QLatin1String("_matches"), results.matchCount);
        if (search.mustFind && results.matchCount == 0)
            ok = false;
        if (QLatin1String(search.key) == QLatin1String("common_word")) {
            QVector<double> planTimes;
            for (int run = 0; run < options.runs; ++run) {
                QElapsedTimer timer;
                timer.start();
                qint64 changed = 0;
                for (const SiteTextSearch::FileMatches &file : results.files)
                    changed += SiteTextSearch::replace(file, matcher, QStringLiteral("Hugo")).after.size();
                planTimes.append(timer.nsecsElapsed() / 1e6);
                if (changed == 0)
                    ok = false;
            }
            std::printf("%-14s %10.1f %10d %8lld\n", "replace_plan", median(planTimes), results.matchCount,
                        qlonglong(results.files.size()));
            figures.insert(QStringLiteral("replace_plan_ms"), median(planTimes));

            // Writing the replacement (each file atomically, after checking it still holds what was planned
            // on), then its undo, which puts the site back for the next run.
            QVector<SiteFileChange> changes;
            for (const SiteTextSearch::FileMatches &file : results.files)
                changes.append(SiteTextSearch::replace(file, matcher, QStringLiteral("Hugo")));
            QVector<double> writeTimes;
            QVector<double> undoTimes;
            for (int run = 0; run < options.runs; ++run) {
                QElapsedTimer timer;
                timer.start();
                const SiteFileChanges::Outcome applied = SiteFileChanges::apply(changes);
                writeTimes.append(timer.nsecsElapsed() / 1e6);
                timer.restart();
                const SiteFileChanges::Outcome undone = SiteFileChanges::undo(changes);
                undoTimes.append(timer.nsecsElapsed() / 1e6);
                if (applied.written.size() != changes.size() || undone.written.size() != changes.size())
                    ok = false;
            }
            std::printf("%-14s %10.1f %10d %8lld\n", "replace_write", median(writeTimes), results.matchCount,
                        qlonglong(changes.size()));
            std::printf("%-14s %10.1f %10d %8lld\n", "undo_write", median(undoTimes), results.matchCount,
                        qlonglong(changes.size()));
            figures.insert(QStringLiteral("replace_write_ms"), median(writeTimes));
            figures.insert(QStringLiteral("undo_write_ms"), median(undoTimes));
        }
    }
    if (options.json)
        std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    if (options.check && !ok) {
        std::fprintf(stderr, "a search that must find something found nothing, or a write was left out\n");
        return 1;
    }
    return 0;
}
