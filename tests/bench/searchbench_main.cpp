// postwright-search-bench: SiteSearchIndex on synthetic posts — indexing, re-indexing and the searches the
// posts panel makes while a person types. Prints figures; asserts nothing about speed. See README.md.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

#include "monotonicclock.h"
#include "samples.h"
#include "searchcorpus.h"
#include "site/sitesearchindex.h"

namespace {

struct Options {
    int posts = 10000;
    int changed = 10;
    int runs = 50;
    int limit = 20;
    QString database;  // empty: a temporary folder
    bool json = false;
};

struct Query {
    QString key;
    QString name;
    QString text;
};

const char kUsage[] =
    "usage: postwright-search-bench [options]\n"
    "  --posts N      synthetic posts to index (default 10000)\n"
    "  --changed N    posts changed before the re-index (default 10)\n"
    "  --runs N       runs of each search (default 50)\n"
    "  --limit N      hits asked of each search (default 20)\n"
    "  --db FILE      keep the database there (default: a temporary folder, deleted)\n"
    "  --json         end with one JSON line of the figures\n";

bool parse(QStringList args, Options *options) {
    auto number = [&args](int *target) {
        bool ok = false;
        *target = args.isEmpty() ? -1 : args.takeFirst().toInt(&ok);
        return ok && *target >= 0;
    };
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        bool ok = true;
        if (arg == QLatin1String("--posts"))
            ok = number(&options->posts) && options->posts > 0;
        else if (arg == QLatin1String("--changed"))
            ok = number(&options->changed);
        else if (arg == QLatin1String("--runs"))
            ok = number(&options->runs) && options->runs > 0;
        else if (arg == QLatin1String("--limit"))
            ok = number(&options->limit) && options->limit > 0;
        else if (arg == QLatin1String("--db") && !args.isEmpty())
            options->database = args.takeFirst();
        else if (arg == QLatin1String("--json"))
            options->json = true;
        else
            ok = false;
        if (!ok)
            return false;
    }
    return true;
}

double elapsedMs(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

// Two neighbouring words from the middle of a body, as a quoted phrase.
QString phraseFrom(const SearchDocument &document) {
    const QStringList words =
        document.body.split(QRegularExpression(QStringLiteral("[\\s.]+")), Qt::SkipEmptyParts);
    const int at = int(words.size()) / 2;
    return QStringLiteral("\"%1 %2\"").arg(words.at(at), words.at(at + 1));
}

QList<Query> queriesFor(const SearchCorpus &corpus, const QList<SearchDocument> &posts) {
    return {
        {"one_word", "one word", corpus.word(150) + QLatin1Char(' ')},
        {"one_letter", "1 letter, not a prefix", corpus.word(3).left(1)},
        {"prefix_2", "prefix, 2 letters", corpus.word(3).left(2)},
        {"prefix_3", "prefix, 3 letters", corpus.word(40).left(3)},
        {"two_words", "two words", corpus.word(60) + QLatin1Char(' ') + corpus.word(400) + QLatin1Char(' ')},
        {"phrase", "phrase", phraseFrom(posts.at(posts.size() / 3))},
        {"rare_word", "rare word", corpus.word(SearchCorpus::kVocabularySize - 500) + QLatin1Char(' ')},
        {"common_word", "common word", corpus.word(0) + QLatin1Char(' ')},
        {"accent_folded", "accent folded",
         corpus.word(7)
                 .normalized(QString::NormalizationForm_D)
                 .remove(QRegularExpression(QStringLiteral("\\p{Mn}"))) +
             QLatin1Char(' ')},
    };
}

int fail(const QString &message) {
    std::fprintf(stderr, "postwright-search-bench: %s\n", qPrintable(message));
    return 1;
}

}  // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    Options options;
    if (!parse(app.arguments().mid(1), &options)) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    QTemporaryDir temporary;
    const QString path =
        options.database.isEmpty() ? temporary.filePath(QStringLiteral("search.sqlite")) : options.database;
    QJsonObject json;

    QElapsedTimer timer;
    timer.start();
    SearchCorpus corpus(20261203);
    QList<SearchDocument> posts;
    qint64 bodyBytes = 0;
    for (int i = 0; i < options.posts; ++i) {
        posts.append(corpus.post(i));
        bodyBytes += posts.last().size;
    }
    std::printf("posts: %d, bodies %.1f MB of UTF-8, generated in %.0f ms\n", options.posts, bodyBytes / 1e6,
                elapsedMs(timer));

    auto figure = [&json](const char *key, const char *label, double ms) {
        std::printf("  %-34s %9.1f ms\n", label, ms);
        json.insert(QLatin1String(key), ms);
    };

    std::unique_ptr<SiteSearchIndex> index;
    {
        QFile::remove(path);
        timer.restart();
        auto opened = SiteSearchIndex::open(path);
        if (!opened)
            return fail(opened.error());
        index = std::move(opened).value();
        figure("create_ms", "create the database", elapsedMs(timer));
    }
    timer.restart();
    auto counts = index->update(posts);
    if (!counts)
        return fail(counts.error());
    figure("initial_index_ms", qPrintable(QStringLiteral("index %1 posts").arg(counts->added)),
           elapsedMs(timer));

    timer.restart();
    if (Status optimized = index->optimize(); !optimized)
        return fail(optimized.error());
    figure("optimize_ms", "optimize (merge into one b-tree)", elapsedMs(timer));

    for (int i = 0; i < options.changed && i < posts.size(); ++i) {
        SearchDocument &post = posts[(i * 997) % posts.size()];
        post.body += QStringLiteral(" Edited again.");
        post.size = post.body.toUtf8().size();
        post.mtimeMs += 60'000;
    }
    timer.restart();
    counts = index->update(posts);
    if (!counts)
        return fail(counts.error());
    figure("reindex_changed_ms",
           qPrintable(QStringLiteral("re-index, %1 changed of %2").arg(counts->changed).arg(posts.size())),
           elapsedMs(timer));

    // A file saved or changed on disk: the index gets that document alone.
    SearchDocument &saved = posts[posts.size() / 2];
    saved.body += QStringLiteral(" Saved once more.");
    saved.size = saved.body.toUtf8().size();
    saved.mtimeMs += 60'000;
    timer.restart();
    counts = index->update({saved});
    if (!counts)
        return fail(counts.error());
    figure("update_one_ms", "update one post, given alone", elapsedMs(timer));

    index.reset();
    timer.restart();
    auto reopened = SiteSearchIndex::open(path);
    if (!reopened)
        return fail(reopened.error());
    index = std::move(reopened).value();
    figure("reopen_ms", "reopen the database", elapsedMs(timer));

    std::printf("\nsearches, %d runs each, %d hits asked (the first run included: no warm-up)\n",
                options.runs, options.limit);
    std::printf("  %-22s %-24s %5s %8s %8s %8s %8s %8s\n", "query", "text", "hits", "median", "p95", "max",
                "cpu50", "cpu95");
    QJsonObject queries;
    for (const Query &query : queriesFor(corpus, posts)) {
        Samples samples;
        Samples cpu;
        int hits = 0;
        for (int run = 0; run < options.runs; ++run) {
            const qint64 cpuStart = MonotonicClock::threadCpuNs();
            timer.restart();
            const auto found = index->search(query.text, options.limit);
            samples.add(elapsedMs(timer));
            cpu.add(double(MonotonicClock::threadCpuNs() - cpuStart) / 1e6);
            if (!found)
                return fail(found.error());
            hits = int(found->size());
        }
        std::printf("  %-22s %-24s %5d %8.2f %8.2f %8.2f %8.2f %8.2f\n", qPrintable(query.name),
                    qPrintable(query.text.trimmed().left(24)), hits, samples.p50(), samples.p95(),
                    samples.max(), cpu.p50(), cpu.p95());
        queries.insert(query.key, QJsonObject{{"text", query.text.trimmed()},
                                              {"hits", hits},
                                              {"p50_ms", samples.p50()},
                                              {"p95_ms", samples.p95()},
                                              {"max_ms", samples.max()},
                                              {"cpu_p50_ms", cpu.p50()},
                                              {"cpu_p95_ms", cpu.p95()}});
    }
    json.insert(QStringLiteral("queries"), queries);

    {
        const QString common = corpus.word(0) + QLatin1Char(' ');
        Samples samples;
        int matches = 0;
        for (int run = 0; run < options.runs; ++run) {
            timer.restart();
            const auto count = index->matchCount(common);
            samples.add(elapsedMs(timer));
            if (!count)
                return fail(count.error());
            matches = count.value();
        }
        std::printf("  %-22s %-24s %5d %8.2f %8.2f %8.2f\n", "matchCount, common",
                    qPrintable(common.trimmed()), matches, samples.p50(), samples.p95(), samples.max());
        json.insert(QStringLiteral("match_count_p95_ms"), samples.p95());
    }

    // Closing checkpoints the write-ahead log into the file, so the file alone is the size on disk.
    index.reset();
    const qint64 bytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    std::printf("\ndatabase: %.1f MB (%s)\n", bytes / 1e6, qPrintable(path));
    json.insert(QStringLiteral("posts"), options.posts);
    json.insert(QStringLiteral("database_bytes"), bytes);
    if (options.json)
        std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return 0;
}
