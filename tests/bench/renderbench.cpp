#include "renderbench.h"

#include <QElapsedTimer>

#include "render/blockrenderer.h"
#include "render/incrementalrenderer.h"

namespace {
constexpr int kMinRuns = 3;
}  // namespace

Samples RenderBench::measure(const QByteArray &bodyUtf8, int runs, int budgetMs) {
    QElapsedTimer budget;
    budget.start();
    BlockRenderer::render(bodyUtf8);  // warm-up: first-touch page faults and the extension registry
    Samples samples;
    for (int i = 0; i < runs; ++i) {
        if (samples.count() >= kMinRuns && budget.elapsed() > budgetMs)
            break;
        QElapsedTimer timer;
        timer.start();
        const RenderedBlocks blocks = BlockRenderer::render(bodyUtf8);
        samples.add(double(timer.nsecsElapsed()) / 1e6);
        Q_UNUSED(blocks);
    }
    return samples;
}

Samples RenderBench::measureEdits(const QByteArray &bodyUtf8, int runs, int budgetMs, int *incremental) {
    QVector<qsizetype> spots;
    for (const double fraction : {0.0, 0.5, 1.0}) {
        const qsizetype space = bodyUtf8.indexOf(' ', qsizetype(fraction * double(bodyUtf8.size() - 1)));
        spots << (space >= 0 ? space + 1 : bodyUtf8.size());
    }
    IncrementalRenderer renderer;
    renderer.render(bodyUtf8);
    QElapsedTimer budget;
    budget.start();
    Samples samples;
    *incremental = 0;
    QByteArray text = bodyUtf8;
    for (int i = 0; i < 2 * runs; ++i) {
        if (i % 2 == 0 && samples.count() >= kMinRuns && budget.elapsed() > budgetMs)
            break;
        const qsizetype at = spots.at((i / 2) % spots.size());
        if (i % 2 == 0)
            text.insert(at, 'x');
        else
            text.remove(at, 1);
        QElapsedTimer timer;
        timer.start();
        const RenderedBlocks blocks = renderer.render(text);
        samples.add(double(timer.nsecsElapsed()) / 1e6);
        *incremental += renderer.lastReport().incremental ? 1 : 0;
        Q_UNUSED(blocks);
    }
    return samples;
}
