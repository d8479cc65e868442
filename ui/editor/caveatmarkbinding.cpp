#include "editor/caveatmarkbinding.h"

#include <QAction>
#include <QTextDocument>

#include "editor/markdowneditor.h"
#include "render/renderpipeline.h"
#include "window/appsettings.h"
#include "window/settingsnotifier.h"

#include <algorithm>

CaveatMarkBinding::CaveatMarkBinding(MarkdownEditor *editor, RenderPipeline *pipeline, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_pipeline(pipeline)
    , m_action(new QAction(tr("&Mark What the Preview Shows Unlike Jekyll"), this)) {
    m_action->setCheckable(true);
    m_action->setChecked(AppSettings::markPreviewCaveats());
    m_action->setToolTip(
        tr("Underline the Liquid the preview shows as written and the kramdown syntax it renders unlike "
           "Jekyll"));
    connect(m_action, &QAction::toggled, this, &CaveatMarkBinding::onToggled);
    SettingsNotifier::keepChecked(m_action, AppSettings::Key::MarkPreviewCaveats,
                                  &AppSettings::markPreviewCaveats);
    connect(m_pipeline, &RenderPipeline::caveatsReady, this, &CaveatMarkBinding::onCaveats);
}

void CaveatMarkBinding::onCaveats(const QVector<PreviewCaveat> &spans, quint64 generation) {
    // A render of older text than the editor's: its places are not the text's. The marks of the last
    // render that caught up, moved by the edits since, stay until the newest render arrives.
    if (!m_action->isChecked() || generation != m_pipeline->requestedGeneration())
        return;
    m_editor->setTextMarks(marksFor(spans, m_editor->document()));
}

void CaveatMarkBinding::onToggled(bool on) {
    AppSettings::setMarkPreviewCaveats(on);
    if (!on)
        m_editor->setTextMarks({});
    else if (m_pipeline->shownGeneration() == m_pipeline->requestedGeneration())
        m_editor->setTextMarks(marksFor(m_pipeline->caveats(), m_editor->document()));
}

QVector<TextMark> CaveatMarkBinding::marksFor(const QVector<PreviewCaveat> &spans,
                                              const QTextDocument *document) {
    QVector<TextMark> marks;
    for (const PreviewCaveat &span : spans) {
        const QString reason = span.origin == PreviewCaveat::Origin::Liquid
                                   ? tr("Not run by the preview: %1").arg(span.reason)
                                   : tr("Not rendered as Jekyll will: %1").arg(span.reason);
        TextMark mark;
        if (TextMark::atBodyBytes(document, span.line, span.column, span.length, reason, &mark))
            marks.append(mark);
    }
    return marks;
}
