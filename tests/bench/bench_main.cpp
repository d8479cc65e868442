// postwright-bench: how fast a keystroke reaches the preview, and what cmark-gfm alone costs. See README.md.

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <unistd.h>
#include <cmath>
#include <cstdio>
#include <memory>

#include "post/post.h"
#include "postgenerator.h"
#include "preview/previewengine.h"
#include "previewbench.h"
#include "processbench.h"
#include "renderbench.h"
#include "window/mainwindow.h"

namespace {

struct Options {
    QStringList files;
    PreviewBench::Options preview;
    int renders = 30;
    int renderBudgetMs = 20000;
    bool json = false;
    bool memory = false;
    QString memoryFile;
    int memoryEdits = 1000;
    int memorySteps = 4;
    int memoryIdleS = 30;
    bool startup = false;
    QString startupFile;
    QString themedSite;  // measure the files as posts of a copy of this site, in its themed preview
};

struct Row {
    QString name;
    qint64 bytes = 0;
    Samples render;
    Samples regionRender;
    int regionRenders = 0;  // how many of regionRender's renders re-parsed only a region
    PreviewBench::Outcome preview;
};

const char kUsage[] =
    "usage: postwright-bench [options] FILE...\n"
    "  --generate DIR       write post-10k.md, post-100k.md, post-1m.md into DIR and measure them too\n"
    "  --edits N            paced single-character edits per file (default 48)\n"
    "  --gap MS             idle time after each drawn edit (default 40)\n"
    "  --burst N            keys of the fast burst after them, 25 ms apart (default 20; 0: none)\n"
    "  --budget S           stop a file's paced edits after S seconds, once 6 are done (default 90)\n"
    "  --renders N          cmark-gfm runs per file (default 30)\n"
    "  --memory[=FILE]      tree PSS before and while typing --memory-edits edits (default 1000), read\n"
    "                       after each of --memory-steps equal parts (default 4), and again after\n"
    "                       --memory-idle S seconds without typing (default 30; 0: no such reading)\n"
    "  --startup[=FILE]     start-up to the preview drawn, and PSS 5 s after start, bench and real app\n"
    "                       (FILE defaults to the input closest to 100 KB)\n"
    "  --themed SITE        measure each FILE as a post of a copy of SITE (layout: post), typed in the\n"
    "                       themed preview once its frame shows (the site's Jekyll renders the layout)\n"
    "  --json               end with one JSON line: preview_p50_ms, preview_p95_ms, render_p50_ms, ...\n";

int usage() {
    std::fputs(kUsage, stderr);
    return 2;
}

bool parse(QStringList args, Options *options) {
    auto number = [&args](int *target) {
        bool ok = false;
        *target = args.isEmpty() ? -1 : args.takeFirst().toInt(&ok);
        return ok && *target >= 0;
    };
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        bool ok = true;
        if (arg == QLatin1String("--json")) {
            options->json = true;
        } else if (arg == QLatin1String("--generate") && !args.isEmpty()) {
            const Result<QStringList> written = PostGenerator::writeStandardSet(args.takeFirst());
            if (!written) {
                std::fprintf(stderr, "%s\n", qPrintable(written.error()));
                return false;
            }
            options->files += written.value();
        } else if (arg == QLatin1String("--themed") && !args.isEmpty()) {
            options->themedSite = args.takeFirst();
            options->preview.waitForFrame = true;
        } else if (arg == QLatin1String("--edits")) {
            ok = number(&options->preview.edits);
        } else if (arg == QLatin1String("--gap")) {
            ok = number(&options->preview.gapMs);
        } else if (arg == QLatin1String("--burst")) {
            ok = number(&options->preview.burstKeys);
        } else if (arg == QLatin1String("--budget")) {
            ok = number(&options->preview.budgetMs);
            options->preview.budgetMs *= 1000;
        } else if (arg == QLatin1String("--renders")) {
            ok = number(&options->renders);
        } else if (arg == QLatin1String("--memory-edits")) {
            ok = number(&options->memoryEdits);
        } else if (arg == QLatin1String("--memory-idle")) {
            ok = number(&options->memoryIdleS) && options->memoryIdleS >= 0;
        } else if (arg == QLatin1String("--memory-steps")) {
            ok = number(&options->memorySteps) && options->memorySteps > 0;
        } else if (arg == QLatin1String("--memory") || arg.startsWith(QLatin1String("--memory="))) {
            options->memory = true;
            options->memoryFile = arg.section(QLatin1Char('='), 1);
        } else if (arg == QLatin1String("--startup") || arg.startsWith(QLatin1String("--startup="))) {
            options->startup = true;
            options->startupFile = arg.section(QLatin1Char('='), 1);
        } else if (arg.startsWith(QLatin1Char('-'))) {
            ok = false;
        } else {
            options->files << arg;
        }
        if (!ok)
            return false;
    }
    return true;
}

// Copies `site` into `into` (which must exist), its posts laid out with `layout: post`, and each of `files`
// into its _posts as a dated post; returns the posts' paths.
Result<QStringList> placeInSite(const QStringList &files, const QString &site, const QString &into) {
    QProcess copy;
    copy.start(QStringLiteral("cp"), {QStringLiteral("-r"), site + QStringLiteral("/."), into});
    if (!copy.waitForFinished() || copy.exitCode() != 0)
        return Result<QStringList>::failure(QStringLiteral("could not copy %1").arg(site));
    QFile config(into + QStringLiteral("/_config.yml"));
    if (!config.open(QIODevice::Append) ||
        config.write("\ndefaults:\n  - scope: {path: \"\", type: posts}\n    values: {layout: post}\n") < 0)
        return Result<QStringList>::failure(QStringLiteral("could not write %1").arg(config.fileName()));
    config.close();
    QDir().mkpath(into + QStringLiteral("/_posts"));
    QStringList placed;
    for (const QString &file : files) {
        const QString target =
            QStringLiteral("%1/_posts/2024-01-01-%2").arg(into, QFileInfo(file).fileName());
        if (!QFile::copy(file, target))
            return Result<QStringList>::failure(QStringLiteral("could not copy %1").arg(file));
        placed << target;
    }
    return placed;
}

// The input nearest 100 KB: the size the issue measures start-up and memory at.
QString closestTo100k(const QStringList &files) {
    QString best;
    for (const QString &file : files) {
        if (best.isEmpty() ||
            std::abs(QFileInfo(file).size() - 100000) < std::abs(QFileInfo(best).size() - 100000))
            best = file;
    }
    return best;
}

Row measure(const QString &path, const Options &options) {
    Row row;
    row.name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        row.preview.error = QStringLiteral("Could not read %1: %2").arg(path, file.errorString());
        return row;
    }
    const QByteArray bytes = file.readAll();
    row.bytes = bytes.size();
    std::fprintf(stderr, "%s: cmark-gfm...\n", qPrintable(row.name));
    const QByteArray body = Post::fromText(bytes).bodyWithLf();
    row.render = RenderBench::measure(body, options.renders, options.renderBudgetMs);
    row.regionRender =
        RenderBench::measureEdits(body, options.renders, options.renderBudgetMs, &row.regionRenders);

    std::fprintf(stderr, "%s: preview...\n", qPrintable(row.name));
    auto window = std::make_unique<MainWindow>();
    window->show();
    PreviewBench bench(window.get(), options.preview, window.get());
    row.preview = bench.run(QFileInfo(path).absoluteFilePath());
    return row;
}

// How long the site's layout took to show after opening (--themed).
void printFrameTimes(const QVector<Row> &rows) {
    for (const Row &row : rows) {
        if (row.preview.error.isEmpty() && row.preview.frameMs > 0)
            std::printf("%s: drawn %.0f ms after opening, in its site's layout %.0f ms after opening\n",
                        qPrintable(row.name), row.preview.openMs, row.preview.frameMs);
    }
}

void printTable(const QVector<Row> &rows) {
    std::printf("\n%-16s %8s | %7s %7s | %7s %7s | %7s %7s %7s %7s | %7s %7s %5s | %7s | %7s %7s %5s\n",
                "file", "bytes", "cmark50", "cmark95", "edit50", "edit95", "patch95", "prev50", "prev95",
                "prevmax", "key95", "keycpu", "edits", "burst", "stall", "cpu", ">16ms");
    for (const Row &row : rows) {
        if (!row.preview.error.isEmpty()) {
            std::printf("%-16s %8lld | %7.2f %7.2f | error: %s\n", qPrintable(row.name), row.bytes,
                        row.render.p50(), row.render.p95(), qPrintable(row.preview.error));
            continue;
        }
        const PreviewBench::Outcome &p = row.preview;
        std::printf(
            "%-16s %8lld | %7.2f %7.2f | %7.2f %7.2f | %7.2f %7.2f %7.2f %7.2f | %7.2f %7.2f %5d | %7.1f | "
            "%7.1f %7.1f %5d\n",
            qPrintable(row.name), row.bytes, row.render.p50(), row.render.p95(), row.regionRender.p50(),
            row.regionRender.p95(), p.toPatch.p95(), p.latency.p50(), p.latency.p95(), p.latency.max(),
            p.keystroke.p95(), p.keystrokeCpu.p95(), p.latency.count(), p.burstCatchUpMs, p.worstStallMs,
            p.worstStallCpuMs, p.framesMissed);
    }
    std::printf(
        "(ms; cmark: BlockRenderer::render alone; edit: IncrementalRenderer::render after a one-character "
        "edit (the worker's per-key parse); patch95: key pressed -> the render's patch emitted (p95); prev: "
        "key pressed -> page drawn (requestAnimationFrame "
        "after the patch); key95: the key event's own GUI time, keycpu: its CPU time (p95); burst: last key "
        "of a 40/s burst -> drawn; "
        "stall: worst event-loop gap while typing, cpu: the GUI thread's CPU time within it; >16ms: gaps "
        "over one frame)\n");
}

QJsonObject toJson(const QVector<Row> &rows) {
    QJsonObject p50, p95, patch95, render50, render95, edit50, edit95, key95, keyCpu95, stall, stallCpu,
        burst, open, frame;
    for (const Row &row : rows) {
        render50[row.name] = row.render.p50();
        render95[row.name] = row.render.p95();
        edit50[row.name] = row.regionRender.p50();
        edit95[row.name] = row.regionRender.p95();
        if (!row.preview.error.isEmpty())
            continue;
        p50[row.name] = row.preview.latency.p50();
        p95[row.name] = row.preview.latency.p95();
        patch95[row.name] = row.preview.toPatch.p95();
        key95[row.name] = row.preview.keystroke.p95();
        keyCpu95[row.name] = row.preview.keystrokeCpu.p95();
        stall[row.name] = row.preview.worstStallMs;
        stallCpu[row.name] = row.preview.worstStallCpuMs;
        burst[row.name] = row.preview.burstCatchUpMs;
        open[row.name] = row.preview.openMs;
        if (row.preview.frameMs > 0)
            frame[row.name] = row.preview.frameMs;
    }
    return QJsonObject{{QStringLiteral("preview_p50_ms"), p50},
                       {QStringLiteral("preview_p95_ms"), p95},
                       {QStringLiteral("render_p50_ms"), render50},
                       {QStringLiteral("render_p95_ms"), render95},
                       {QStringLiteral("key_to_patch_p95_ms"), patch95},
                       {QStringLiteral("edit_render_p50_ms"), edit50},
                       {QStringLiteral("edit_render_p95_ms"), edit95},
                       {QStringLiteral("keystroke_p95_ms"), key95},
                       {QStringLiteral("keystroke_cpu_p95_ms"), keyCpu95},
                       {QStringLiteral("worst_stall_ms"), stall},
                       {QStringLiteral("worst_stall_cpu_ms"), stallCpu},
                       {QStringLiteral("burst_catchup_ms"), burst},
                       {QStringLiteral("open_ms"), open},
                       {QStringLiteral("site_layout_shown_ms"), frame}};
}

// Defaults for running headless as the tests do; anything the caller set wins.
void setDefaultEnvironment() {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_CHROMIUM_FLAGS"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu");
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");  // WebEngine refuses to start as root otherwise
}

}  // namespace

int main(int argc, char *argv[]) {
    setDefaultEnvironment();
    PreviewEngine::prepare();  // what the editor runs with
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Postwright"));
    QApplication::setApplicationName(QStringLiteral("Postwright"));
    const QStringList args = QApplication::arguments().mid(1);

    // The child modes ProcessBench runs: fresh processes, real settings locations (empty XDG folders).
    if (args.size() == 3 && args[0] == QLatin1String("--startup-child"))
        return ProcessBench::startupChild(args[1], args[2].toLongLong());
    if (args.size() == 5 && args[0] == QLatin1String("--memory-child"))
        return ProcessBench::memoryChild(args[1], args[2].toInt(), args[3].toInt(), args[4].toInt());

    QStandardPaths::setTestModeEnabled(true);  // no recent-files entry or window geometry left behind
    Options options;
    if (!parse(args, &options) || (options.files.isEmpty() && !options.memory && !options.startup))
        return usage();

    QTemporaryDir themed;
    if (!options.themedSite.isEmpty()) {
        const Result<QStringList> placed = placeInSite(options.files, options.themedSite, themed.path());
        if (!placed) {
            std::fprintf(stderr, "%s\n", qPrintable(placed.error()));
            return 1;
        }
        options.files = placed.value();
    }

    QVector<Row> rows;
    for (const QString &file : std::as_const(options.files))
        rows << measure(file, options);
    printTable(rows);
    printFrameTimes(rows);
    QJsonObject json = toJson(rows);

    if (options.startup) {
        const QString file =
            options.startupFile.isEmpty() ? closestTo100k(options.files) : options.startupFile;
        std::fprintf(stderr, "start-up with %s...\n", qPrintable(file));
        const ProcessBench::Startup startup = ProcessBench::measureStartup(
            QFileInfo(file).absoluteFilePath(), QStringLiteral(POSTWRIGHT_APP_EXE));
        std::printf(
            "\nstart-up (%s): window shown %.0f ms, preview drawn %.0f ms after spawn; PSS 5 s after "
            "start: bench window %lld KiB, postwright app %lld KiB%s%s\n",
            qPrintable(QFileInfo(file).fileName()), startup.windowShownMs, startup.previewDrawnMs,
            startup.benchPssKiB, startup.appPssKiB,
            startup.error.isEmpty() ? "" : "; error: ", qPrintable(startup.error));
        json[QStringLiteral("startup")] =
            QJsonObject{{QStringLiteral("file"), QFileInfo(file).fileName()},
                        {QStringLiteral("window_shown_ms"), startup.windowShownMs},
                        {QStringLiteral("preview_drawn_ms"), startup.previewDrawnMs},
                        {QStringLiteral("bench_pss_kib"), startup.benchPssKiB},
                        {QStringLiteral("app_pss_kib"), startup.appPssKiB}};
    }
    if (options.memory) {
        const QString file = options.memoryFile.isEmpty() ? closestTo100k(options.files) : options.memoryFile;
        std::fprintf(stderr, "memory with %s...\n", qPrintable(file));
        const ProcessBench::Memory memory =
            ProcessBench::measureMemory(QFileInfo(file).absoluteFilePath(), options.memoryEdits,
                                        options.memorySteps, options.memoryIdleS * 1000);
        std::printf("\nmemory (%s, PSS%s; noise, the largest spread of three readings: %lld KiB)%s%s\n",
                    qPrintable(QFileInfo(file).fileName()), memory.garbageCollected ? " after gc()" : "",
                    memory.noiseKiB, memory.error.isEmpty() ? "" : "; error: ", qPrintable(memory.error));
        std::printf("%8s %12s %12s %12s\n", "edits", "tree KiB", "vs before", "editor KiB");
        QJsonArray readings;
        for (const ProcessBench::Reading &reading : memory.readings) {
            const qint64 growth = reading.treeKiB - memory.readings.constFirst().treeKiB;
            const QString idle = reading.afterIdle
                                     ? QStringLiteral("   %1 s after the last edit").arg(options.memoryIdleS)
                                     : QString();
            std::printf("%8d %12lld %+12lld %12lld%s\n", reading.edits, reading.treeKiB, growth,
                        reading.appKiB, qPrintable(idle));
            readings.append(QJsonObject{{QStringLiteral("edits"), reading.edits},
                                        {QStringLiteral("tree_kib"), reading.treeKiB},
                                        {QStringLiteral("app_kib"), reading.appKiB},
                                        {QStringLiteral("after_idle"), reading.afterIdle}});
        }
        json[QStringLiteral("memory")] = QJsonObject{{QStringLiteral("file"), QFileInfo(file).fileName()},
                                                     {QStringLiteral("readings"), readings},
                                                     {QStringLiteral("noise_kib"), memory.noiseKiB},
                                                     {QStringLiteral("gc"), memory.garbageCollected}};
    }

    bool failed = false;
    for (const Row &row : std::as_const(rows))
        failed = failed || !row.preview.error.isEmpty();
    if (options.json)
        std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return failed ? 1 : 0;
}
