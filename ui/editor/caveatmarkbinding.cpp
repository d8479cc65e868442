#include "editor/caveatmarkbinding.h"

#include <QAction>
#include <QTextBlock>
#include <QTextDocument>

#include "common/utf8columns.h"
#include "editor/markdowneditor.h"
#include "render/renderpipeline.h"
#include "window/appsettings.h"

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
        QTextBlock block = document->findBlockByNumber(span.line - 1);
        if (!block.isValid())
            continue;
        const int start = block.position() + Utf8Columns::utf16Index(block.text(), span.column - 1);
        // A span may reach over line ends (an unclosed block, a tag written over lines): each LF is one byte
        // in the body and one paragraph separator in the document.
        int byteInLine = span.column - 1 + span.length;
        int lineBytes = Utf8Columns::byteLength(block.text());
        while (byteInLine > lineBytes && block.next().isValid()) {
            byteInLine -= lineBytes + 1;
            block = block.next();
            lineBytes = Utf8Columns::byteLength(block.text());
        }
        const int end = block.position() + Utf8Columns::utf16Index(block.text(), std::max(0, byteInLine));
        const QString reason = span.origin == PreviewCaveat::Origin::Liquid
                                   ? tr("Not run by the preview: %1").arg(span.reason)
                                   : tr("Not rendered as Jekyll will: %1").arg(span.reason);
        marks.append(TextMark{start, std::max(0, end - start), reason});
    }
    return marks;
}
