// The Posts panel's and quick open's cost per keystroke over 10,000 synthetic posts (fixed seed): filtering
// the list model (alone, and with a list view showing it), and ranking titles for quick open. Then, on a
// generated 10,000-post site with the live index, the GUI thread's work when one file changes on disk
// (PostsPart's whole answer to documentsChanged) and quick open's first popup after it. Prints median, p95
// and max milliseconds; asserts nothing about time. Run with QT_QPA_PLATFORM=offscreen.

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

#include "monotonicclock.h"
#include "post/postdocument.h"
#include "site/postfilter.h"
#include "site/postlistmodel.h"
#include "site/postspanel.h"
#include "site/postspart.h"
#include "site/quickopendialog.h"
#include "site/quickopenranker.h"
#include "site/siteindex.h"
#include "sitegenerator.h"

namespace {

constexpr int kPosts = 10000;

QVector<PostSummary> syntheticPosts() {
    QRandomGenerator random(20260521);
    const QStringList words{"machine", "learning", "jekyll",   "themes", "notes",  "rust",     "python",
                            "static",  "sites",    "build",    "deploy", "github", "pages",    "markdown",
                            "liquid",  "layouts",  "weekly",   "review", "travel", "photos",   "coffee",
                            "café",    "release",  "announce", "guide",  "tips",   "tutorial", "data"};
    const QStringList tags{"jekyll",
                           "Jekyll",
                           "ruby",
                           "python",
                           "machine-learning",
                           "machine learning",
                           "web",
                           "css",
                           "life",
                           "travel",
                           "photography",
                           "release",
                           "tips",
                           "howto",
                           "data",
                           "rust",
                           "go",
                           "notes"};
    const QStringList categories{"news", "blog", "tech", "personal", "projects"};
    QVector<PostSummary> posts;
    posts.reserve(kPosts);
    const QDateTime start(QDate(2008, 1, 1), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < kPosts; ++i) {
        PostSummary post;
        QStringList title;
        const int length = 3 + int(random.bounded(6));
        for (int w = 0; w < length; ++w)
            title << words.at(int(random.bounded(words.size())));
        title.front()[0] = title.front().at(0).toUpper();
        post.title = title.join(QLatin1Char(' '));
        post.date = start.addSecs(qint64(random.bounded(18 * 365)) * 86400 + random.bounded(86400));
        const QString slug = title.join(QLatin1Char('-')).toLower();
        post.relativePath = QStringLiteral("_posts/%1-%2-%3.md")
                                .arg(post.date.toString(QStringLiteral("yyyy-MM-dd")), slug)
                                .arg(i);
        post.path = QStringLiteral("/site/") + post.relativePath;
        const int kind = int(random.bounded(20));
        post.status = kind == 0   ? PostFilter::Status::Draft
                      : kind == 1 ? PostFilter::Status::Scheduled
                      : kind == 2 ? PostFilter::Status::Unpublished
                                  : PostFilter::Status::Published;
        const int tagCount = int(random.bounded(5));
        for (int t = 0; t < tagCount; ++t)
            post.tags << tags.at(int(random.bounded(tags.size())));
        post.categories << categories.at(int(random.bounded(categories.size())));
        post.url = QStringLiteral("/%1/%2.html").arg(post.date.toString(QStringLiteral("yyyy/MM/dd")), slug);
        post.wordCount = 200 + int(random.bounded(2000));
        posts.append(post);
    }
    return posts;
}

struct Figures {
    double median = 0;  // thread CPU ms
    double p95 = 0;
    double max = 0;
    double wallP95 = 0;  // wall-clock ms: includes waiting for a core on a busy machine
};

// Thread CPU time is what the GUI thread works; the wall clock also counts other processes' turns.
class Samples {
public:
    // A figure timed elsewhere (thread CPU; the wall column repeats it).
    void record(double cpuMs) {
        m_cpu << cpuMs;
        m_wall << cpuMs;
    }
    template <typename F>
    void measure(F &&work) {
        const qint64 wall = MonotonicClock::nowNs();
        const qint64 cpu = MonotonicClock::threadCpuNs();
        work();
        m_cpu << (MonotonicClock::threadCpuNs() - cpu) / 1e6;
        m_wall << (MonotonicClock::nowNs() - wall) / 1e6;
    }
    Figures figures() const {
        if (m_cpu.isEmpty())
            return {};
        QVector<double> cpu = m_cpu;
        QVector<double> wall = m_wall;
        std::sort(cpu.begin(), cpu.end());
        std::sort(wall.begin(), wall.end());
        const auto at = [](const QVector<double> &v, double q) {
            return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(q * v.size())));
        };
        return {at(cpu, 0.5), at(cpu, 0.95), cpu.back(), at(wall, 0.95)};
    }

private:
    QVector<double> m_cpu;
    QVector<double> m_wall;
};

// Every prefix of `text`, as typed one character at a time.
QStringList keystrokes(const QString &text) {
    QStringList out;
    for (int i = 1; i <= text.size(); ++i)
        out << text.left(i);
    return out;
}

void printRow(const char *what, const QString &typed, const Figures &f, int rowsLeft) {
    std::printf("%-20s %-26s %8.3f %8.3f %8.3f %9.3f %7d\n", what,
                qPrintable(QLatin1Char('"') + typed + QLatin1Char('"')), f.median, f.p95, f.max, f.wallP95,
                rowsLeft);
}

// Types `text` into the model's filter, then deletes it again, timing each keystroke; with `events`, the
// view's relayout and painting after each keystroke are counted too.
Figures typeFilter(PostListModel &model, const QString &text, bool events, int *rowsLeft) {
    QStringList strokes = keystrokes(text);
    for (int i = int(strokes.size()) - 2; i >= 0; --i)
        strokes << strokes.at(i);  // backspacing
    strokes << QString();
    Samples samples;
    for (const QString &typed : std::as_const(strokes)) {
        samples.measure([&] {
            model.setFilter(PostFilter::parse(typed));
            if (events)
                QApplication::processEvents();
        });
        if (typed == text)
            *rowsLeft = model.rowCount();
    }
    return samples.figures();
}

Figures typeQuickOpen(QuickOpenRanker &ranker, const QString &text, int *matches) {
    Samples samples;
    ranker.rank(QString(), 100);
    for (const QString &typed : keystrokes(text)) {
        samples.measure([&] { ranker.rank(typed, 100); });
        *matches = ranker.lastMatchCount();
    }
    return samples.figures();
}

bool appendToFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::Append) && file.write(bytes) == bytes.size();
}

// One post of a generated site changed on disk, `changes` times: the GUI thread's CPU time in PostsPart's
// answer to documentsChanged (the list updated in place, the vocabulary), and quick open's popup after it
// (where it now takes the panel's rows).
void siteChange(int changes) {
    QTemporaryDir site;
    QTemporaryDir cache;
    SiteIndex::setCacheFolder(cache.path());
    SiteGenerator::Options options;
    options.posts = kPosts;
    options.broken = false;
    if (!SiteGenerator::write(site.path(), options)) {
        std::printf("could not write the site\n");
        return;
    }
    const std::shared_ptr<SiteIndex> index = SiteIndex::forSite(site.path());
    index->setSweepInterval(0);
    QWidget window;
    PostsPart part(&window);
    // Connected around PostsPart's own connection (made by setDocument), so they run just before and after
    // it.
    qint64 cpuAtStart = 0;
    Samples change;
    bool answered = false;
    QObject::connect(index.get(), &SiteIndex::documentsChanged, &window,
                     [&] { cpuAtStart = MonotonicClock::threadCpuNs(); });
    PostDocument document;
    QString changed;
    QElapsedTimer waited;
    waited.start();
    while (!index->isReady() && waited.elapsed() < 120000)
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    for (const SitePost &post : index->documents()) {
        if (post.kind == SitePost::Kind::Post) {
            changed = post.path;
            break;
        }
    }
    document.load(changed);
    part.setDocument(&document);
    QObject::connect(index.get(), &SiteIndex::documentsChanged, &window, [&] {
        change.record((MonotonicClock::threadCpuNs() - cpuAtStart) / 1e6);
        answered = true;
    });
    Samples popup;
    for (int i = 0; i < changes; ++i) {
        answered = false;
        appendToFile(changed, QByteArrayLiteral("\nmore words\n"));
        index->refresh({changed});
        waited.restart();
        while (!answered && waited.elapsed() < 30000)
            QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
        popup.measure([&] {
            part.quickOpen()->popup(QuickOpenDialog::Mode::Open);
            part.quickOpen()->hide();
        });
    }
    printRow("1 file changed", QStringLiteral("PostsPart, GUI thread"), change.figures(),
             part.panel()->model()->totalCount());
    // Its parts: the site's vocabulary (counted over every post) and the panel's in-place update.
    Samples vocabulary;
    Samples update;
    const PostSummary one = SiteIndex::summary(*index->find(changed));
    for (int i = 0; i < changes; ++i) {
        vocabulary.measure([&] {
            const TermVocabulary tags = index->tags();
            const TermVocabulary categories = index->categories();
        });
        update.measure([&] { part.panel()->updatePosts({one}); });
    }
    printRow("  of which", QStringLiteral("index tags+categories"), vocabulary.figures(), 0);
    printRow("  of which", QStringLiteral("panel updatePosts 1"), update.figures(), 0);
    printRow("quick open popup", QStringLiteral("after that change"), popup.figures(),
             part.quickOpen()->list()->count());
}

}  // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QVector<PostSummary> posts = syntheticPosts();
    const QStringList filters{"mach",
                              "machine learning",
                              "tag:jek",
                              "tag:jekyll",
                              "status:draft year:2019",
                              "category:news -tag:rust",
                              "cafe",
                              "zzz"};

    std::printf(
        "%d synthetic posts; per keystroke (typing the text, then deleting it): GUI-thread CPU ms, "
        "and wall-clock p95 ms\n",
        kPosts);
    std::printf("%-20s %-26s %8s %8s %8s %9s %7s\n", "what", "typed", "median", "p95", "max", "wall p95",
                "rows");
    {
        PostListModel model;
        Samples load;
        load.measure([&] { model.setPosts(posts); });
        printRow("model setPosts", QString(), load.figures(), model.rowCount());
        for (const QString &filter : filters) {
            int rows = 0;
            const Figures f = typeFilter(model, filter, false, &rows);
            printRow("model filter", filter, f, rows);
        }
    }
    {
        PostListModel model;
        QTreeView view;
        view.setModel(&model);
        view.setUniformRowHeights(true);
        view.setRootIsDecorated(false);
        view.resize(400, 600);
        view.show();
        model.setPosts(posts);
        QApplication::processEvents();
        view.setCurrentIndex(model.index(3, 0));
        for (const QString &filter : filters) {
            int rows = 0;
            const Figures f = typeFilter(model, filter, true, &rows);
            printRow("model+view filter", filter, f, rows);
        }
        // Progressive filling: 10,000 posts in batches of 250 into a model with a view, a filter set.
        PostListModel filling;
        view.setModel(&filling);
        filling.setFilter(PostFilter::parse(QStringLiteral("tag:jekyll")));
        Samples batches;
        for (int i = 0; i < posts.size(); i += 250) {
            batches.measure([&] {
                filling.appendPosts(posts.mid(i, 250));
                QApplication::processEvents();
            });
        }
        printRow("append 250 + view", QStringLiteral("tag:jekyll"), batches.figures(), filling.rowCount());
        // One post changed on disk: its title changes, so it moves.
        Samples updates;
        for (int i = 0; i < 50; ++i) {
            PostSummary changed = posts.at(i * 97);
            changed.title += QStringLiteral(" (edited)");
            updates.measure([&] {
                filling.updatePosts({changed});
                QApplication::processEvents();
            });
        }
        printRow("update 1 + view", QStringLiteral("tag:jekyll"), updates.figures(), filling.rowCount());
    }
    {
        QuickOpenRanker ranker;
        ranker.setPosts(posts);
        for (const QString &pattern :
             {QStringLiteral("mach"), QStringLiteral("mlnotes"), QStringLiteral("jekyll themes"),
              QStringLiteral("cafe"), QStringLiteral("qx")}) {
            int matches = 0;
            const Figures f = typeQuickOpen(ranker, pattern, &matches);
            printRow("quick-open rank", pattern, f, matches);
        }
    }
    siteChange(20);
    return 0;
}
