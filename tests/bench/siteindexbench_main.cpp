// postwright-siteindex-bench: the live site index on a generated site, as the window uses it: time from
// start to the first batch of the first read (what a panel shows first) and to the whole site listed (with
// Jekyll's URLs), from a change on disk to the index holding it (a post added or rewritten by rename,
// deleted, written in place and refreshed), and from a search request to its answer once the full-text
// index has caught up. Prints a table; asserts nothing.
//
//   postwright-siteindex-bench [--posts N] [--changes C] [--site DIR]

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include "site/siteindex.h"
#include "sitegenerator.h"

namespace {

struct Stats {
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats stats(QVector<double> values) {
    Stats s;
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.median = values.at(values.size() / 2);
    s.p95 = values.at(std::min<qsizetype>(values.size() - 1, (values.size() * 95) / 100));
    s.max = values.back();
    return s;
}

// Runs the event loop until `done` holds or `ms` pass; returns the elapsed milliseconds (-1 on timeout).
template <typename F>
double waitMs(const QElapsedTimer &since, F done, int ms = 30000) {
    while (!done()) {
        if (since.elapsed() > ms)
            return -1;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return since.nsecsElapsed() / 1e6;
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

}  // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addOption({"posts", "posts to generate", "N", "10000"});
    parser.addOption({"changes", "changes of each kind to time", "C", "20"});
    parser.addOption({"site", "an existing site to index (read only: no changes are timed)", "DIR"});
    parser.process(app);
    QTextStream out(stdout);

    QTemporaryDir work;
    QTemporaryDir cache;
    SiteIndex::setCacheFolder(cache.path());
    QString root = parser.value("site");
    if (root.isEmpty()) {
        root = work.path();
        SiteGenerator::Options options;
        options.posts = parser.value("posts").toInt();
        options.broken = false;
        if (!SiteGenerator::write(root, options)) {
            out << "could not write the site" << Qt::endl;
            return 1;
        }
    }

    QElapsedTimer timer;
    timer.start();
    const std::shared_ptr<SiteIndex> index = SiteIndex::forSite(root);
    index->setSweepInterval(0);
    // The panel fills from the first read's batches: when the first rows could show.
    double firstBatchMs = -1;
    int batches = 0;
    QObject::connect(index.get(), &SiteIndex::documentsRead, index.get(), [&] {
        if (batches++ == 0)
            firstBatchMs = timer.nsecsElapsed() / 1e6;
    });
    const double readyMs = waitMs(timer, [&] { return index->isReady(); });
    out << "site: " << index->documents().size() << " documents" << Qt::endl;
    out << QStringLiteral("%1 %2")
               .arg("first batch (start -> documentsRead)", -44)
               .arg(firstBatchMs, 9, 'f', 1)
        << " ms (" << batches << " batches)" << Qt::endl;
    out << QStringLiteral("%1 %2").arg("listed (start -> ready, URLs included)", -44).arg(readyMs, 9, 'f', 1)
        << " ms" << Qt::endl;
    QSignalSpy indexed(index.get(), &SiteIndex::searchIndexUpdated);
    timer.restart();
    const double ftsMs = waitMs(
        timer, [&] { return !indexed.isEmpty(); }, 600000);
    out << QStringLiteral("%1 %2").arg("full-text index caught up (after ready)", -44).arg(ftsMs, 9, 'f', 1)
        << " ms" << Qt::endl;

    QVector<double> searches;
    // Words of the generated posts (every post holds several), a prefix, two words, and a word none has.
    qsizetype hits = 0;
    for (const char *query : {"jekyll", "gar", "travel notes", "design", "zzzz"}) {
        for (int i = 0; i < 10; ++i) {
            QSignalSpy finished(index.get(), &SiteIndex::searchFinished);
            timer.restart();
            index->search(QString::fromLatin1(query), 50);
            searches.append(waitMs(timer, [&] { return !finished.isEmpty(); }));
            if (!finished.isEmpty())
                hits += finished.front().at(1).value<QList<SearchHit>>().size();
        }
    }
    const Stats search = stats(searches);
    out << QStringLiteral("%1 %2 %3 %4")
               .arg("search request -> hits (median p95 max)", -44)
               .arg(search.median, 9, 'f', 1)
               .arg(search.p95, 7, 'f', 1)
               .arg(search.max, 7, 'f', 1)
        << " ms" << Qt::endl;

    if (!parser.value("site").isEmpty())
        return 0;
    const int changes = parser.value("changes").toInt();
    QVector<double> added;
    QVector<double> rewritten;
    QVector<double> removed;
    QVector<double> refreshed;
    for (int i = 0; i < changes; ++i) {
        const QString path =
            root +
            QStringLiteral("/_posts/2030-01-%1-bench-%2.md").arg(1 + i % 28, 2, 10, QLatin1Char('0')).arg(i);
        writeFile(path + ".tmp", "---\ntitle: Bench\n---\nBody\n");
        timer.restart();
        QFile::rename(path + ".tmp", path);
        added.append(waitMs(timer, [&] { return index->find(path) != nullptr; }));

        writeFile(path + ".tmp", "---\ntitle: Bench again\n---\nBody\n");
        QFile::remove(path);
        timer.restart();
        QFile::rename(path + ".tmp", path);
        rewritten.append(waitMs(timer, [&] {
            return index->find(path) && index->find(path)->title == QLatin1String("Bench again");
        }));

        timer.restart();
        writeFile(path, "---\ntitle: In place\n---\nBody\n");
        index->refresh({path});
        refreshed.append(waitMs(timer, [&] {
            return index->find(path) && index->find(path)->title == QLatin1String("In place");
        }));

        timer.restart();
        QFile::remove(path);
        removed.append(waitMs(timer, [&] { return index->find(path) == nullptr; }));
    }
    bool timedOut = readyMs < 0 || ftsMs < 0 || std::count(searches.cbegin(), searches.cend(), -1.0) > 0;
    const auto row = [&](const char *what, const QVector<double> &values) {
        timedOut = timedOut || std::count(values.cbegin(), values.cend(), -1.0) > 0;
        const Stats s = stats(values);
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(QString::fromLatin1(what), -44)
                   .arg(s.median, 9, 'f', 1)
                   .arg(s.p95, 7, 'f', 1)
                   .arg(s.max, 7, 'f', 1)
            << " ms" << Qt::endl;
    };
    out << "change on disk -> index current (median p95 max), " << changes << " each:" << Qt::endl;
    row("  post added (rename into _posts)", added);
    row("  post rewritten by rename", rewritten);
    row("  post written in place + refresh()", refreshed);
    row("  post deleted", removed);
    if (timedOut)
        out << "some step timed out (shown as -1)" << Qt::endl;
    return timedOut ? 1 : 0;
}
