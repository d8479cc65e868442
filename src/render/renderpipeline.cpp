#include "render/renderpipeline.h"

#include "common/threadpriority.h"
#include "render/incrementalrenderer.h"
#include "render/liquidexpansion.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <utility>

namespace {

// Renders run on threads of their own that give way to the GUI thread: a slow render must never take the
// core a keystroke needs.
Q_GLOBAL_STATIC(QThreadPool, renderThreads)

}  // namespace

// Jobs run one at a time, so the renderer's memory of the previous body is never used by two at once.
RenderPipeline::FullRenderer RenderPipeline::incrementalRenderer(const MarkdownDialect &dialect,
                                                                 const LiquidContext &context) {
    return [renderer =
                std::make_shared<IncrementalRenderer>(BlockRenderer::Liquid::Preprocess, dialect, context)](
               const QByteArray &body, const std::shared_ptr<const LiquidExpansion> &expansion) {
        if (renderer->expansion() != expansion)
            renderer->setExpansion(expansion);
        Rendered rendered;
        rendered.blocks = renderer->render(body);
        rendered.caveats = renderer->lastCaveats();
        return rendered;
    };
}

RenderPipeline::RenderPipeline(QObject *parent) : RenderPipeline(Renderer(), parent) {
    m_renderer = incrementalRenderer(m_dialect, m_liquidContext);
}

RenderPipeline::RenderPipeline(Renderer renderer, QObject *parent)
    : QObject(parent), m_watcher(this), m_slowTimer(this) {
    if (renderer)
        m_renderer = [renderer = std::move(renderer)](const QByteArray &body,
                                                      const std::shared_ptr<const LiquidExpansion> &) {
            return Rendered{renderer(body), {}};
        };
    m_slowTimer.setSingleShot(true);
    m_slowTimer.setInterval(1000);
    connect(&m_slowTimer, &QTimer::timeout, this, [this] { setSlow(true); });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &RenderPipeline::finish);
}

// A job still running keeps only copies (text, previous blocks, the renderer); its result is simply
// discarded.
RenderPipeline::~RenderPipeline() = default;

void RenderPipeline::setDialect(const MarkdownDialect &dialect) {
    if (dialect == m_dialect)
        return;
    m_dialect = dialect;
    // A job in flight keeps its own copy of the old renderer; its result is still a valid patch.
    m_renderer = incrementalRenderer(dialect, m_liquidContext);
}

void RenderPipeline::setLiquidContext(const LiquidContext &context) {
    if (context == m_liquidContext)
        return;
    m_liquidContext = context;
    m_renderer = incrementalRenderer(m_dialect, context);
}

void RenderPipeline::setLiquidExpansion(std::shared_ptr<const LiquidExpansion> expansion) {
    if (expansion == m_expansion)
        return;
    m_expansion = std::move(expansion);
    if (m_lastBody)
        setMarkdown(*m_lastBody);
}

void RenderPipeline::setMarkdown(const QByteArray &bodyUtf8) {
    m_lastBody = bodyUtf8;
    Job job{bodyUtf8, ++m_requested, m_expansion};
    if (!m_slowTimer.isActive() && !m_slow)
        m_slowTimer.start();
    if (m_watcher.isRunning())
        m_queued = std::move(job);  // replaces any older waiting text: only the newest is worth rendering
    else
        start(std::move(job));
}

void RenderPipeline::reset() {
    m_resetAt = m_requested;
    m_queued.reset();
    m_lastBody.reset();
    m_blocks.clear();
    m_caveats.clear();
    m_slowTimer.stop();
    setSlow(false);
}

void RenderPipeline::start(Job job) {
    // The worker diffs against a copy of the blocks shown now; they cannot change before this job finishes,
    // because only finish() replaces them and jobs run one at a time.
    m_watcher.setFuture(QtConcurrent::run(
        renderThreads(), [renderer = m_renderer, previous = m_blocks, job = std::move(job)]() -> Outcome {
            ThreadPriority::makeCurrentThreadBackground();
            Outcome outcome;
            Rendered rendered = renderer(job.body, job.expansion);
            outcome.blocks = std::move(rendered.blocks);
            outcome.caveats = std::move(rendered.caveats);
            outcome.patch = PreviewPatch::between(previous, outcome.blocks);
            outcome.generation = job.generation;
            return outcome;
        }));
}

void RenderPipeline::finish() {
    Outcome outcome = m_watcher.result();
    const bool fresh = outcome.generation > m_resetAt && outcome.generation > m_shown;
    if (fresh) {
        // Updated before the next job starts: it must diff against what the page will show.
        m_blocks = std::move(outcome.blocks);
        m_caveats = std::move(outcome.caveats);
        m_shown = outcome.generation;
    }
    if (m_queued) {
        Job next = std::move(*m_queued);
        m_queued.reset();
        start(std::move(next));
    }
    if (!fresh)
        return;  // started before reset(): its patch is against blocks that are gone

    // An intermediate result is still shown: during fast typing on a slow post it keeps the preview moving.
    if (m_shown == m_requested) {
        m_slowTimer.stop();
        setSlow(false);
    } else if (!m_slow) {
        m_slowTimer.start();  // progress was made; measure the lag afresh
    }
    emit patchReady(outcome.patch, m_shown);
    emit caveatsReady(m_caveats, m_shown);
}

void RenderPipeline::setSlow(bool slow) {
    if (m_slow == slow)
        return;
    m_slow = slow;
    emit renderSlow(slow);
}
