// postwright-imagepicker-bench: the cover/image picker on a generated site of N photos. Prints how long the
// dialog takes to show (its first paint), to list the site, and until every thumbnail has arrived, cold and
// with the cache warm, and the GUI thread's worst stall meanwhile. Measures; asserts no time.

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include <cstdio>

#include "form/siteimagemodel.h"
#include "form/siteimagepickerdialog.h"
#include "form/thumbnailcache.h"
#include "form/thumbnailloader.h"
#include "lagprobe.h"

namespace {

QByteArray encoded(int width, int height) {
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = qRgb((x * 255) / width, (y * 255) / height, ((x ^ y) & 0xff));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Catches the dialog's first paint.
class FirstPaint : public QObject {
public:
    using QObject::QObject;
    qint64 atMs = -1;
    QElapsedTimer *clock = nullptr;
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint && atMs < 0)
            atMs = clock->elapsed();
        return QObject::eventFilter(watched, event);
    }
};

struct Run {
    qint64 paintMs = -1;
    qint64 listedMs = -1;
    qint64 allThumbnailsMs = -1;
    double worstStallMs = 0;
    double worstStallCpuMs = 0;
    int shown = 0;
};

Run openPicker(const QString &site, ThumbnailCache *cache) {
    Run run;
    QElapsedTimer clock;
    LagProbe probe(nullptr);
    FirstPaint paint;
    paint.clock = &clock;
    clock.start();
    probe.resume();
    SiteImagePickerDialog dialog({site, QStringLiteral("cover"), QString(), QString()}, cache);
    dialog.view()->viewport()->installEventFilter(&paint);
    dialog.show();
    // Polled (QTest::qWaitFor turns the event loop every few ms): the figures are that coarse.
    if (QTest::qWaitFor([&] { return paint.atMs >= 0; }, 60000))
        run.paintMs = paint.atMs;
    if (QTest::qWaitFor([&] { return dialog.isListed(); }, 600000))
        run.listedMs = clock.elapsed();
    if (QTest::qWaitFor([&] { return dialog.model()->pendingCount() == 0; }, 3600000))
        run.allThumbnailsMs = clock.elapsed();
    probe.pause();
    run.worstStallMs = probe.worstStallMs();
    run.worstStallCpuMs = probe.worstStallCpuMs();
    for (int row = 0; row < dialog.model()->rowCount(); ++row) {
        if (dialog.model()->index(row).data(SiteImageModel::ThumbnailStateRole).toInt() ==
            SiteImageModel::Shown)
            ++run.shown;
    }
    return run;
}

}  // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The image picker on a generated site"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("images"), QStringLiteral("Photos of 1200x800 (2000)."),
                      QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("large"), QStringLiteral("Photos of 6000x4000 among them (5)."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("End with one JSON line.")});
    parser.process(app);
    const int images = parser.value(QStringLiteral("images")).toInt();
    const int large = parser.value(QStringLiteral("large")).toInt();

    QTemporaryDir site;
    const QString folder = site.filePath(QStringLiteral("assets/images"));
    if (!site.isValid() || !QDir().mkpath(folder) ||
        !QDir().mkpath(site.filePath(QStringLiteral("_posts"))) ||
        !writeFile(site.filePath(QStringLiteral("_config.yml")), "title: Bench\n")) {
        std::fprintf(stderr, "could not create the site\n");
        return 1;
    }
    const QByteArray photo = encoded(1200, 800);
    const QByteArray huge = large > 0 ? encoded(6000, 4000) : QByteArray();
    for (int i = 0; i < images; ++i) {
        const bool big = i < large;
        if (!writeFile(QStringLiteral("%1/photo-%2.jpg").arg(folder).arg(i, 5, 10, QLatin1Char('0')),
                       big ? huge : photo)) {
            std::fprintf(stderr, "could not write image %d\n", i);
            return 1;
        }
    }

    ThumbnailCache cache(512 * 1024 * 1024);
    const Run cold = openPicker(site.path(), &cache);
    const Run warm = openPicker(site.path(), &cache);

    QTextStream out(stdout);
    out << "image picker: " << images << " photos of 1200x800 (" << large << " of 6000x4000), "
        << QThread::idealThreadCount() << " cores\n";
    out << "run   first paint ms  listed ms  all thumbnails ms  worst GUI stall ms (cpu)  thumbnails\n";
    for (const auto &[name, run] : {std::pair<const char *, Run>{"cold", cold}, {"warm", warm}})
        out << qSetFieldWidth(6) << Qt::left << name << qSetFieldWidth(16) << Qt::right << run.paintMs
            << qSetFieldWidth(11) << run.listedMs << qSetFieldWidth(19) << run.allThumbnailsMs
            << qSetFieldWidth(20) << QString::number(run.worstStallMs, 'f', 1) << qSetFieldWidth(6)
            << QString::number(run.worstStallCpuMs, 'f', 1) << qSetFieldWidth(12) << run.shown
            << qSetFieldWidth(0) << "\n";
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json{{QStringLiteral("images"), images},
                         {QStringLiteral("cold_first_paint_ms"), cold.paintMs},
                         {QStringLiteral("cold_listed_ms"), cold.listedMs},
                         {QStringLiteral("cold_all_thumbnails_ms"), cold.allThumbnailsMs},
                         {QStringLiteral("cold_worst_stall_ms"), cold.worstStallMs},
                         {QStringLiteral("cold_worst_stall_cpu_ms"), cold.worstStallCpuMs},
                         {QStringLiteral("warm_first_paint_ms"), warm.paintMs},
                         {QStringLiteral("warm_all_thumbnails_ms"), warm.allThumbnailsMs},
                         {QStringLiteral("thumbnails"), cold.shown}};
        out << QJsonDocument(json).toJson(QJsonDocument::Compact) << "\n";
    }
    return cold.shown == images && warm.shown == images ? 0 : 2;
}
