// postwright-siteread-bench: how long SiteReader takes to read a generated site, in a fresh process each
// run (the OS file cache warm after the first). Prints one line per run and the median; asserts nothing.
//
//   postwright-siteread-bench [--posts N] [--runs R] [--site DIR]
// Without --site it generates an N-post site (10,000 by default) in a temporary folder first.

#include "site/sitereader.h"
#include "sitegenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

#include <sys/resource.h>

// The machine's load, printed beside the figures: on a shared machine the wall time says as much about the
// others as about us; the CPU time does not.
QString loadAverage() {
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly)
               ? QString::fromLatin1(file.readLine()).section(QLatin1Char(' '), 0, 0)
               : QStringLiteral("?");
}

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("posts"), QStringLiteral("posts to generate"), QStringLiteral("N"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("fresh processes to time"), QStringLiteral("R"),
                      QStringLiteral("5")});
    parser.addOption(
        {QStringLiteral("site"), QStringLiteral("an existing site to read"), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("write"), QStringLiteral("only generate the site into DIR (empty)"),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("once"), QStringLiteral("read once in this process and print the milliseconds")});
    parser.process(app);
    QTextStream out(stdout);

    if (parser.isSet(QStringLiteral("once"))) {
        QElapsedTimer timer;
        timer.start();
        const SiteReader reader(parser.value(QStringLiteral("site")));
        const SiteSnapshot snapshot = reader.read();
        rusage usage{};
        ::getrusage(RUSAGE_SELF, &usage);
        const double cpuMs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
                             (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
        out << timer.nsecsElapsed() / 1e6 << ' ' << snapshot.documents.size() << ' ' << cpuMs << Qt::endl;
        return 0;
    }

    QTemporaryDir generated;
    QString site = parser.value(QStringLiteral("site"));
    if (parser.isSet(QStringLiteral("write")))
        site = parser.value(QStringLiteral("write"));
    if (site.isEmpty() || parser.isSet(QStringLiteral("write"))) {
        SiteGenerator::Options options;
        options.posts = parser.value(QStringLiteral("posts")).toInt();
        options.bodyWords = 600;
        if (site.isEmpty())
            site = generated.path();
        if (!SiteGenerator::write(site, options)) {
            out << "could not write the site" << Qt::endl;
            return 1;
        }
        if (parser.isSet(QStringLiteral("write")))
            return 0;
    }
    QVector<double> times;
    QVector<double> cpuTimes;
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    for (int run = 0; run <= runs; ++run) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--once"), QStringLiteral("--site"), site});
        child.waitForFinished(-1);
        const QStringList figures = QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char(' '));
        if (figures.size() < 3) {
            out << "the reading process failed" << Qt::endl;
            return 1;
        }
        // The first run warms the OS file cache and is not counted.
        out << (run == 0 ? "warm-up" : "run") << ' ' << figures[0] << " ms, " << figures[1] << " documents, "
            << figures[2].trimmed() << " ms of CPU (user + system, whole process)" << Qt::endl;
        if (run > 0) {
            times.append(figures[0].toDouble());
            cpuTimes.append(figures[2].toDouble());
        }
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    out << "median read (cold process, warm OS cache): " << times[times.size() / 2] << " ms; median CPU "
        << cpuTimes[cpuTimes.size() / 2] << " ms; load average " << loadAverage() << Qt::endl;
    return 0;
}
