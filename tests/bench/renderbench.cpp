#include "renderbench.h"

#include <QElapsedTimer>

#include "render/blockrenderer.h"

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
