#pragma once

#include <QObject>
#include <QVector>

#include "editor/textmark.h"
#include "render/previewcaveat.h"

class MarkdownEditor;
class QAction;
class QTextDocument;
class RenderPipeline;

// Marks in the editor what the preview shows unlike Jekyll (PreviewCaveat: Liquid it could not run, kramdown
// syntax it does not render), where `postwright check` warns about it. The
// places come from the preview's renders (RenderPipeline::caveatsReady), so the GUI thread never scans
// the body for them; each render that caught up with the text replaces the marks, and between renders they
// follow the edits. A hidden preview renders nothing, so its marks wait until it shows again. The action
// (View menu) turns the marks off and on and is remembered (AppSettings::markPreviewCaveats).
class CaveatMarkBinding : public QObject {
    Q_OBJECT

public:
    CaveatMarkBinding(MarkdownEditor *editor, RenderPipeline *pipeline, QObject *parent);

    QAction *action() const { return m_action; }

    // Where `spans` (lines and byte columns of the body's UTF-8) are in `document`, which holds that body;
    // spans beyond its text are dropped or clipped.
    static QVector<TextMark> marksFor(const QVector<PreviewCaveat> &spans, const QTextDocument *document);

private:
    void onCaveats(const QVector<PreviewCaveat> &spans, quint64 generation);
    void onToggled(bool on);

    MarkdownEditor *m_editor;
    RenderPipeline *m_pipeline;
    QAction *m_action;
};
