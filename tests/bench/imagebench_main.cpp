// postwright-image-bench: what adding a large photo costs. The worker steps one by one (encoding a pasted
// bitmap, downscaling it, reading a dropped JPEG with its orientation applied, removing a location with
// exiv2) and, through the real editor, how long a paste holds the GUI thread against how long until the link
// is in. Prints a table; asserts nothing.
//
//   postwright-image-bench [--width W] [--height H] [--runs N]

#include <QApplication>
#include <QClipboard>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include "editor/editorbinding.h"
#include "editor/imageencoding.h"
#include "editor/imageinsertion.h"
#include "editor/markdowneditor.h"
#include "post/postdocument.h"
#include "site/photometadata.h"

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>
#pragma GCC diagnostic pop

namespace {

// A camera-like picture: smooth gradients with sensor noise, so PNG cannot squeeze it the way it squeezes a
// screenshot.
QImage photoLike(const QSize &size) {
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const int noise = int(random.bounded(24)) - 12;
            line[x] = qRgb(qBound(0, x * 255 / size.width() + noise, 255),
                           qBound(0, y * 255 / size.height() + noise, 255), qBound(0, 128 + noise, 255));
        }
    }
    return image;
}

double median(QVector<double> values) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

template <typename F>
double medianMs(int runs, F step) {
    QVector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        step();
        times.append(timer.nsecsElapsed() / 1e6);
    }
    return median(times);
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

void addLocation(const QString &path) {
    Exiv2::Image::AutoPtr photo = Exiv2::ImageFactory::open(QFile::encodeName(path).toStdString());
    photo->readMetadata();
    photo->exifData()["Exif.Image.Orientation"] = uint16_t(6);
    photo->exifData()["Exif.GPSInfo.GPSLatitude"] = "52/1 30/1 0/1";
    photo->writeMetadata();
}

}  // namespace

int main(int argc, char *argv[]) {
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption widthOption(QStringLiteral("width"), QStringLiteral("Photo width"),
                                         QStringLiteral("W"), QStringLiteral("4000"));
    const QCommandLineOption heightOption(QStringLiteral("height"), QStringLiteral("Photo height"),
                                          QStringLiteral("H"), QStringLiteral("3000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per step"),
                                        QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({widthOption, heightOption, runsOption});
    parser.process(app);
    const QSize size(parser.value(widthOption).toInt(), parser.value(heightOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QTextStream out(stdout);

    const QImage photo = photoLike(size);
    ImageEncoding::Encoded encoded;
    const double encodeMs = medianMs(runs, [&] { encoded = ImageEncoding::encodePasted(photo).value(); });
    const double downscaleMs =
        medianMs(runs, [&] { ImageEncoding::encode(ImageEncoding::downscaled(photo, 2400), "jpg"); });

    QTemporaryDir dir;
    const QString jpeg = dir.filePath(QStringLiteral("photo.jpg"));
    writeFile(jpeg, ImageEncoding::encode(photo, "jpg").value());
    addLocation(jpeg);
    const double readMs = medianMs(runs, [&] { ImageEncoding::readShown(jpeg); });
    QVector<double> stripTimes;
    for (int i = 0; i < runs; ++i) {
        const QString copy = dir.filePath(QStringLiteral("copy-%1.jpg").arg(i));
        QFile::copy(jpeg, copy);
        QElapsedTimer timer;
        timer.start();
        PhotoMetadata::removeLocation(copy);
        stripTimes.append(timer.nsecsElapsed() / 1e6);
    }

    // A paste through the editor: the GUI thread's share, then until the link is in.
    writeFile(dir.filePath(QStringLiteral("_config.yml")), "title: Bench\n");
    QDir().mkpath(dir.filePath(QStringLiteral("_posts")));
    const QString post = dir.filePath(QStringLiteral("_posts/2024-01-01-bench.md"));
    writeFile(post, "---\ntitle: Bench\n---\nText\n");
    MarkdownEditor editor;
    PostDocument document;
    EditorBinding binding(&editor, nullptr);
    binding.setDocument(&document);
    document.load(post);
    binding.imageInsertion()->setDownscaleChooser([](const DownscaleOffer::Question &) { return true; });
    QVector<double> guiTimes;
    QVector<double> totalTimes;
    for (int i = 0; i < runs; ++i) {
        auto *data = new QMimeData;
        data->setImageData(photo);
        QApplication::clipboard()->setMimeData(data);
        QElapsedTimer timer;
        timer.start();
        editor.paste();
        guiTimes.append(timer.nsecsElapsed() / 1e6);
        while (binding.imageInsertion()->busy())
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
        totalTimes.append(timer.nsecsElapsed() / 1e6);
    }

    out << "image bench: " << size.width() << " x " << size.height() << " photo-like, median of " << runs
        << " runs\n";
    out << QStringLiteral("%1 %2\n").arg(QStringLiteral("step"), -52).arg(QStringLiteral("ms"));
    auto row = [&out](const QString &step, double ms) {
        out << QStringLiteral("%1 %2\n").arg(step, -52).arg(ms, 0, 'f', 1);
    };
    row(QStringLiteral("encode pasted (PNG, then %1: %2 KB)")
            .arg(QString::fromLatin1(encoded.format).toUpper())
            .arg(encoded.bytes.size() / 1024),
        encodeMs);
    row(QStringLiteral("downscale to 2400 px + JPEG"), downscaleMs);
    row(QStringLiteral("read dropped JPEG, orientation applied"), readMs);
    row(QStringLiteral("remove location (exiv2, in place)"), median(stripTimes));
    row(QStringLiteral("paste: GUI thread held"), median(guiTimes));
    row(QStringLiteral("paste: until the link is in (downscaled)"), median(totalTimes));
    return 0;
}
