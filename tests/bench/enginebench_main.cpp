// postwright-engine-bench: the site's own Jekyll as the preview uses it (SiteEngine), on a generated site of
// the themed test site's layouts with N posts. Prints, with no time judged:
// - start: a fresh engine until the site is read (`ready`), over several starts;
// - render / frame / assets: one request's round trip, from the GUI side;
// - first frame: start + assets + frame, what opening a post waits before the themed frame can show;
// - keystroke: what the preview's worker runs per edit (IncrementalRenderer::render, one character typed and
//   removed at several places) on a generated post with Liquid, with the engine's last answer in use and with
//   the built-in Liquid alone: typing must cost the same either way.
//
//   postwright-engine-bench [--posts N] [--starts N] [--requests N] [--edits N] [--post-bytes N] [--json]
#include "monotonicclock.h"
#include "postgenerator.h"
#include "render/incrementalrenderer.h"
#include "render/liquidexpansion.h"
#include "samples.h"
#include "site/siteengine.h"
#include "site/siteenginerequests.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

namespace {

struct Options {
    int posts = 100;
    int starts = 3;
    int requests = 30;
    int edits = 40;
    int postBytes = 10000;
    bool json = false;
};

// Liquid of the kinds real posts hold, one a paragraph.
const char kLiquid[] =
    "{% assign who = page.title | upcase %}Written for {{ site.title }} by {{ who }}.\n\n"
    "Colours:{% for colour in page.colours %} {{ colour }}{% endfor %}.\n\n"
    "{% include byline.html who=\"Ada\" %}\n\n"
    "See [home]({{ '/' | relative_url }}).\n\n";

QByteArray postWithLiquid(PostGenerator &generator, qsizetype bytes) {
    QByteArray post = generator.generate(bytes);
    const qsizetype bodyStart = post.indexOf("\n---\n") + 5;
    QByteArray out = "---\nlayout: post\ntitle: Bench\ncolours: [amber, ochre]\n---\n";
    const QByteArray body = post.mid(bodyStart);
    // Liquid every few paragraphs.
    qsizetype at = 0;
    int paragraph = 0;
    while (at < body.size()) {
        qsizetype next = body.indexOf("\n\n", at);
        next = next < 0 ? body.size() : next + 2;
        out += body.mid(at, next - at);
        if (++paragraph % 8 == 0)
            out += kLiquid;
        at = next;
    }
    return out;
}

bool writeSite(const QString &root, int posts) {
    QProcess copy;
    copy.start(QStringLiteral("cp"),
               {QStringLiteral("-r"), QStringLiteral(POSTWRIGHT_THEMED_SITE "/."), root});
    if (!copy.waitForFinished() || copy.exitCode() != 0)
        return false;
    PostGenerator generator;
    for (int i = 0; i < posts; ++i) {
        QFile file(QStringLiteral("%1/_posts/2023-%2-%3-bench-%4.md")
                       .arg(root)
                       .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                       .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                       .arg(i));
        if (!file.open(QIODevice::WriteOnly) || file.write(postWithLiquid(generator, 3000)) < 0)
            return false;
    }
    return true;
}

void row(const char *what, const Samples &samples) {
    std::printf("%-34s %6d %9.2f %9.2f %9.2f\n", what, samples.count(), samples.p50(), samples.p95(),
                samples.max());
}

}  // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);  // the engine's cache goes to ~/.qttest, not the user's
    Options options;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const auto number = [&](int *value) {
            if (i + 1 < args.size())
                *value = args.at(++i).toInt();
        };
        if (args.at(i) == QLatin1String("--posts"))
            number(&options.posts);
        else if (args.at(i) == QLatin1String("--starts"))
            number(&options.starts);
        else if (args.at(i) == QLatin1String("--requests"))
            number(&options.requests);
        else if (args.at(i) == QLatin1String("--edits"))
            number(&options.edits);
        else if (args.at(i) == QLatin1String("--post-bytes"))
            number(&options.postBytes);
        else if (args.at(i) == QLatin1String("--json"))
            options.json = true;
    }
    QTemporaryDir site;
    QTemporaryDir cache;
    if (!site.isValid() || !writeSite(site.path(), options.posts)) {
        std::fprintf(stderr, "postwright-engine-bench: could not write the site\n");
        return 1;
    }
    SiteEngine::Options engineOptions;
    engineOptions.siteRoot = site.path();
    engineOptions.cacheDir = cache.path();

    PostGenerator generator(7);
    const QByteArray post = postWithLiquid(generator, options.postBytes);
    const QByteArray frontMatter = "layout: post\ntitle: Bench\ncolours: [amber, ochre]\n";
    const QByteArray body = post.mid(post.indexOf("\n---\n") + 5);
    const QString path = QStringLiteral("_posts/2024-06-01-bench.md");
    const QVector<LiquidSegment> segments = LiquidSegments::split(body);

    Samples start, render, frame, assets, firstFrame;
    std::shared_ptr<const LiquidExpansion> expansion;
    for (int s = 0; s < options.starts; ++s) {
        SiteEngine engine(engineOptions);
        QElapsedTimer clock;
        clock.start();
        const Result<QJsonObject> first = engine.sendAndWait(SiteEngineRequests::assets());
        if (!first) {
            std::fprintf(stderr, "postwright-engine-bench: %s\n", qPrintable(first.error()));
            return 1;
        }
        const double toAssets = clock.nsecsElapsed() / 1e6;
        const Result<QJsonObject> framed = engine.sendAndWait(
            SiteEngineRequests::frame(path, frontMatter, body, QStringLiteral("<!--pw-->")));
        if (!framed) {
            std::fprintf(stderr, "postwright-engine-bench: %s\n", qPrintable(framed.error()));
            return 1;
        }
        firstFrame.add(clock.nsecsElapsed() / 1e6);
        // The start alone: ready arrives before the assets answer; assets is measured below on its own.
        start.add(toAssets);
        if (s + 1 < options.starts)
            continue;
        for (int r = 0; r < options.requests; ++r) {
            const auto timed = [&](const QJsonObject &request, Samples &into) {
                QElapsedTimer one;
                one.start();
                const Result<QJsonObject> answer = engine.sendAndWait(request);
                into.add(one.nsecsElapsed() / 1e6);
                return answer;
            };
            const Result<QJsonObject> answer =
                timed(SiteEngineRequests::render(path, frontMatter, body, segments), render);
            if (answer)
                expansion = SiteEngineRequests::expansion(answer.value(), body, segments);
            timed(SiteEngineRequests::frame(path, frontMatter, body, QStringLiteral("<!--pw-->")), frame);
            timed(SiteEngineRequests::assets(), assets);
        }
    }
    if (!expansion) {
        std::fprintf(stderr, "postwright-engine-bench: the engine did not render the post\n");
        return 1;
    }

    // The worker's cost per keystroke, with the engine's answer and without.
    Samples withEngine, builtin;
    for (const bool useEngine : {true, false}) {
        IncrementalRenderer renderer;
        if (useEngine)
            renderer.setExpansion(expansion);
        renderer.render(body);
        Samples &into = useEngine ? withEngine : builtin;
        for (int e = 0; e < options.edits; ++e) {
            const qsizetype at = body.indexOf(' ', (body.size() * (e % 10)) / 10);
            QByteArray edited = body;
            edited.insert(at < 0 ? 0 : at, 'x');
            for (const QByteArray &text : {edited, body}) {
                QElapsedTimer one;
                one.start();
                renderer.render(text);
                into.add(one.nsecsElapsed() / 1e6);
            }
        }
    }

    std::printf(
        "site: %d posts with Liquid (the themed test site's layouts); post: %lld bytes, %lld Liquid "
        "segments\n",
        options.posts, qlonglong(body.size()),
        qlonglong(std::count_if(segments.begin(), segments.end(),
                                [](const LiquidSegment &s) { return s.liquid; })));
    std::printf("%-34s %6s %9s %9s %9s\n", "ms", "n", "median", "p95", "max");
    row("start until the first answer", start);
    row("first frame (start+assets+frame)", firstFrame);
    row("render request (Liquid of the post)", render);
    row("frame request (layouts)", frame);
    row("assets request (Sass)", assets);
    row("keystroke render, engine's Liquid", withEngine);
    row("keystroke render, built-in Liquid", builtin);
    if (options.json) {
        const QJsonObject json{{QStringLiteral("start_p50_ms"), start.p50()},
                               {QStringLiteral("first_frame_p50_ms"), firstFrame.p50()},
                               {QStringLiteral("render_p50_ms"), render.p50()},
                               {QStringLiteral("frame_p50_ms"), frame.p50()},
                               {QStringLiteral("assets_p50_ms"), assets.p50()},
                               {QStringLiteral("keystroke_engine_p95_ms"), withEngine.p95()},
                               {QStringLiteral("keystroke_builtin_p95_ms"), builtin.p95()}};
        std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    }
    return 0;
}
