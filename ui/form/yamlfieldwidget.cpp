#include "yamlfieldwidget.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPlainTextEdit>

#include "frontmatter/fieldentry.h"
#include "post/postdocument.h"

namespace {

int indentOf(const QString &line) {
    int n = 0;
    while (n < line.size() && line.at(n) == QLatin1Char(' '))
        ++n;
    return n;
}

}  // namespace

YamlFieldWidget::YamlFieldWidget(PostDocument *document, const FieldEntry &entry, QWidget *parent)
    : FieldWidget(document, entry.key, FormFieldKind::Yaml, parent) {
    m_text = new QPlainTextEdit(this);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(true);
    // Wrapped rather than scrolled sideways: the form is narrow and a value is rarely more than a few lines.
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_text->setToolTip(tr("YAML; applied when you leave the field or press Ctrl+Enter"));
    m_text->installEventFilter(this);
    contentLayout()->addWidget(m_text);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] { m_dirty = true; });
    // The plain-text layout measures its height in lines, wrapped ones included.
    connect(m_text->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &YamlFieldWidget::fitHeight);
    showEntry(entry);
}

QWidget *YamlFieldWidget::editor() const {
    return m_text;
}

void YamlFieldWidget::showEntry(const FieldEntry &entry) {
    const QString source = valueSource(document()->post().text(), entry);
    if (m_text->toPlainText() != source) {
        const QSignalBlocker blocker(m_text);
        m_text->setPlainText(source);
    }
    m_dirty = false;
}

void YamlFieldWidget::applyPending() {
    if (!m_dirty || isReadOnly())
        return;
    const QString text = m_text->toPlainText();
    if (apply([&](PostDocument &doc) { return doc.setYaml(key(), text); }))
        m_dirty = false;
}

void YamlFieldWidget::setReadOnly(bool readOnly) {
    FieldWidget::setReadOnly(readOnly);
    m_text->setReadOnly(readOnly);
}

QString YamlFieldWidget::valueSource(const QByteArray &fileBytes, const FieldEntry &entry) {
    qsizetype begin = entry.editable ? entry.valueBegin : entry.entryBegin;
    qsizetype end = entry.editable ? entry.valueEnd : entry.entryEnd;
    if (entry.editable && entry.kind == FieldEntry::Kind::Null) {
        // Empty, or text the reader did not place (an alias of a scalar): show whatever follows the colon.
        begin = entry.afterColon;
        end = entry.entryEnd;
        while (begin < end && (fileBytes.at(begin) == ' ' || fileBytes.at(begin) == '\t'))
            ++begin;
        if (begin < end && fileBytes.at(begin) == '#')
            return {};
    }
    // A value below its key starts at its line's start, so every line keeps its indentation to dedent.
    const qsizetype keyLineEnd = fileBytes.indexOf('\n', entry.entryBegin);
    if (entry.editable && keyLineEnd >= 0 && begin > keyLineEnd)
        begin = fileBytes.lastIndexOf('\n', begin - 1) + 1;
    QString text = QString::fromUtf8(fileBytes.mid(begin, end - begin));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = text.split(QLatin1Char('\n'));
    // The first line of a value on the key's line (`&anchor`, `[a,`) has no indentation of its own.
    const int from = begin > keyLineEnd || !entry.editable ? 0 : 1;
    int common = -1;
    for (int i = from; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const int indent = indentOf(lines.at(i));
        common = common < 0 ? indent : std::min(common, indent);
    }
    for (int i = from; common > 0 && i < lines.size(); ++i)
        lines[i] = lines.at(i).mid(std::min(common, indentOf(lines.at(i))));
    return lines.join(QLatin1Char('\n'));
}

bool YamlFieldWidget::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_text) {
        if (event->type() == QEvent::FocusOut) {
            applyPending();
        } else if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                (key->modifiers() & Qt::ControlModifier)) {
                applyPending();
                return true;
            }
        }
    }
    return FieldWidget::eventFilter(watched, event);
}

void YamlFieldWidget::fitHeight() {
    const int lines =
        std::clamp(static_cast<int>(m_text->document()->documentLayout()->documentSize().height()), 1, 8);
    const int height = m_text->fontMetrics().lineSpacing() * lines + 2 * m_text->frameWidth() +
                       static_cast<int>(2 * m_text->document()->documentMargin()) + 2;
    m_text->setFixedHeight(height);
}
