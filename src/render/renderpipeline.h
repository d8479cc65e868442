#pragma once

#include "render/liquidcontext.h"
#include "render/markdowndialect.h"
#include "render/previewcaveat.h"
#include "render/previewpatch.h"
#include "render/renderedblock.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

class LiquidExpansion;

// Renders the body on a worker thread as the writer types and turns each render into a patch against the
// previous one. One job runs at a time; while it runs only the newest text waits, older ones are forgotten.
// Results come back in generation order; a result started before reset() is dropped. The GUI thread never
// waits for a render.
class RenderPipeline : public QObject {
    Q_OBJECT

public:
    // Runs on a worker thread, one call at a time: must not touch QObjects. By default an
    // IncrementalRenderer, which re-parses only the region of the body an edit changed.
    using Renderer = std::function<RenderedBlocks(const QByteArray &bodyUtf8)>;

    explicit RenderPipeline(QObject *parent = nullptr);
    RenderPipeline(Renderer renderer, QObject *parent);
    ~RenderPipeline() override;

    // Renders in `dialect` (an IncrementalRenderer, replacing any renderer given to the constructor) from the
    // next setMarkdown() on; nothing changes when it is the dialect already in use. kramdown by default.
    void setDialect(const MarkdownDialect &dialect);
    const MarkdownDialect &dialect() const { return m_dialect; }
    // Runs the post's Liquid with what `context` knows (its site and front matter), from the next
    // setMarkdown() on; as setDialect(), nothing changes when it is the context already in use.
    void setLiquidContext(const LiquidContext &context);
    const LiquidContext &liquidContext() const { return m_liquidContext; }
    // Runs the body's Liquid with what the site's own Jekyll answered (IncrementalRenderer::setExpansion)
    // from now on, the last body again at once; null: the built-in fallback alone.
    void setLiquidExpansion(std::shared_ptr<const LiquidExpansion> expansion);
    const std::shared_ptr<const LiquidExpansion> &liquidExpansion() const { return m_expansion; }

    // Call on every edit. Returns at once; the patch arrives later through patchReady.
    void setMarkdown(const QByteArray &bodyUtf8);
    // Forgets the shown blocks (a new post): the next patch rebuilds from an empty list. A render in flight
    // is dropped when it finishes.
    void reset();

    // The blocks of the last emitted patch: what a page that applied every patch shows.
    const RenderedBlocks &blocks() const { return m_blocks; }
    // What the render behind blocks() shows unlike Jekyll (PreviewCaveat), placed in the body it rendered.
    // Comes from the worker with the blocks: the GUI thread never scans the body for it. Empty for a renderer
    // given to the constructor.
    const QVector<PreviewCaveat> &caveats() const { return m_caveats; }
    // Generation of the newest setMarkdown() call / of the render behind blocks(). Equal when caught up.
    quint64 requestedGeneration() const { return m_requested; }
    quint64 shownGeneration() const { return m_shown; }
    bool isBusy() const { return m_watcher.isRunning(); }
    bool isSlow() const { return m_slow; }
    // How long a render may lag behind the text before renderSlow(true); 1000 ms by default.
    void setSlowThreshold(int milliseconds) { m_slowTimer.setInterval(milliseconds); }

signals:
    // `patch` turns the previous blocks() into the new ones; generations only increase.
    void patchReady(const PreviewPatch &patch, quint64 generation);
    // true when the text has been ahead of the shown render for the slow threshold; false once it has caught
    // up.
    void renderSlow(bool slow);
    // With every patchReady (just after it): caveats() of that render.
    void caveatsReady(const QVector<PreviewCaveat> &spans, quint64 generation);

private:
    struct Job {
        QByteArray body;
        quint64 generation = 0;
        std::shared_ptr<const LiquidExpansion> expansion;
    };
    // What the worker makes of a body: its blocks and what they show unlike Jekyll.
    struct Rendered {
        RenderedBlocks blocks;
        QVector<PreviewCaveat> caveats;
    };
    using FullRenderer = std::function<Rendered(const QByteArray &bodyUtf8,
                                                const std::shared_ptr<const LiquidExpansion> &expansion)>;
    struct Outcome {
        RenderedBlocks blocks;
        QVector<PreviewCaveat> caveats;
        PreviewPatch patch;
        quint64 generation = 0;
    };

    void start(Job job);
    void finish();
    void setSlow(bool slow);
    static FullRenderer incrementalRenderer(const MarkdownDialect &dialect, const LiquidContext &context);

    FullRenderer m_renderer;
    MarkdownDialect m_dialect;
    LiquidContext m_liquidContext;
    std::shared_ptr<const LiquidExpansion> m_expansion;
    std::optional<QByteArray>
        m_lastBody;  // the newest setMarkdown() text, rendered again for a new expansion
    QFutureWatcher<Outcome> m_watcher;
    std::optional<Job> m_queued;
    RenderedBlocks m_blocks;
    QVector<PreviewCaveat> m_caveats;
    quint64 m_requested = 0;
    quint64 m_shown = 0;
    quint64 m_resetAt = 0;  // results of generations at or below this one were started before reset()
    QTimer m_slowTimer;
    bool m_slow = false;
};
