#pragma once

#include <QObject>
#include <QVector>

#include "editor/textmark.h"
#include "render/liquidspan.h"

class MarkdownEditor;
class QAction;
class QTextDocument;
class RenderPipeline;

// Marks in the editor the Liquid the preview could not run, where `postwright check` warns about it. The
// places come from the preview's renders (RenderPipeline::unrunLiquidReady), so the GUI thread never scans
// the body for them; each render that caught up with the text replaces the marks, and between renders they
// follow the edits. A hidden preview renders nothing, so its marks wait until it shows again. The action
// (View menu) turns the marks off and on and is remembered (AppSettings::markUnrunLiquid).
class LiquidMarkBinding : public QObject {
    Q_OBJECT

public:
    LiquidMarkBinding(MarkdownEditor *editor, RenderPipeline *pipeline, QObject *parent);

    QAction *action() const { return m_action; }

    // Where `spans` (lines and byte columns of the body's UTF-8) are in `document`, which holds that body;
    // spans beyond its text are dropped or clipped.
    static QVector<TextMark> marksFor(const QVector<LiquidSpan> &spans, const QTextDocument *document);

private:
    void onUnrunLiquid(const QVector<LiquidSpan> &spans, quint64 generation);
    void onToggled(bool on);

    MarkdownEditor *m_editor;
    RenderPipeline *m_pipeline;
    QAction *m_action;
};
