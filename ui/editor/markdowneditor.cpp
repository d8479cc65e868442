#include "editor/markdowneditor.h"

#include "editor/imageinsertion.h"
#include "editor/linespacinglayout.h"
#include "editor/markdowneditcommands.h"
#include "editor/markdownhighlighter.h"
#include "window/appsettings.h"
#include "window/actionicons.h"
#include "window/colorscheme.h"
#include "window/settingsnotifier.h"

#include <QAction>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolTip>

#include <algorithm>

namespace {

constexpr qreal LineSpacing = 1.4;
constexpr qreal FontPointSize = 11;
// A warning's colour that reads on light and dark backgrounds; the wavy line, not the colour, is the mark.
const QColor MarkColour(0xd0, 0x70, 0x00);
const QColor SpellingColour(0xe0, 0x1b, 0x24);

}  // namespace

MarkdownEditor::MarkdownEditor(QWidget *parent) : QPlainTextEdit(parent) {
    auto *doc = new QTextDocument(this);
    auto *layout = new LineSpacingLayout(doc);
    layout->setLineSpacing(LineSpacing);
    doc->setDocumentLayout(layout);
    setDocument(doc);
    setAccessibleName(tr("Post text"));
    setAccessibleDescription(tr("The body of the post, in Markdown"));

    applyFontSetting();
    connect(SettingsNotifier::instance(), &SettingsNotifier::changed, this, [this](AppSettings::Key key) {
        if (key == AppSettings::Key::EditorFont)
            applyFontSetting();
    });
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // Long URLs and runs without spaces wrap too, instead of widening the text column.
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // The side margins of a wide window are part of the page, not window chrome.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    m_highlighter = new MarkdownHighlighter(doc);
    ColorScheme *scheme = ColorScheme::instance();
    m_highlighter->setColors(EditorColors::forScheme(scheme->isDark()));
    connect(scheme, &ColorScheme::changed, this,
            [this](bool dark) { m_highlighter->setColors(EditorColors::forScheme(dark)); });

    m_boldAction = createAction(tr("&Bold"), QKeySequence(Qt::CTRL | Qt::Key_B), &MarkdownEditor::toggleBold);
    m_italicAction =
        createAction(tr("&Italic"), QKeySequence(Qt::CTRL | Qt::Key_I), &MarkdownEditor::toggleItalic);
    m_linkAction =
        createAction(tr("Insert &Link"), QKeySequence(Qt::CTRL | Qt::Key_K), &MarkdownEditor::insertLink);
    m_boldAction->setIcon(ActionIcons::icon(QStringLiteral("format-text-bold")));
    m_italicAction->setIcon(ActionIcons::icon(QStringLiteral("format-text-italic")));
    m_linkAction->setIcon(ActionIcons::icon(QStringLiteral("insert-link")));

    connect(doc, &QTextDocument::contentsChange, this, [this](int, int charsRemoved, int charsAdded) {
        if (!m_settingBody && (charsRemoved != 0 || charsAdded != 0))
            emit bodyEdited();
    });
    updateTextColumn();
}

void MarkdownEditor::setImageInsertion(ImageInsertion *images) {
    m_images = images;
}

bool MarkdownEditor::canInsertFromMimeData(const QMimeData *source) const {
    return (m_images && m_images->accepts(source)) || QPlainTextEdit::canInsertFromMimeData(source);
}

void MarkdownEditor::insertFromMimeData(const QMimeData *source) {
    if (m_images && m_images->insert(source))
        return;
    QPlainTextEdit::insertFromMimeData(source);
}

QAction *MarkdownEditor::createAction(const QString &text, const QKeySequence &shortcut,
                                      void (MarkdownEditor::*slot)()) {
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

QByteArray MarkdownEditor::bodyUtf8() const {
    // toRawText, not toPlainText: toPlainText turns non-breaking spaces into spaces.
    QString text = document()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    return text.toUtf8();
}

void MarkdownEditor::setBodyUtf8(const QByteArray &body) {
    const QScopedValueRollback<bool> settingBody(m_settingBody, true);
    setPlainText(QString::fromUtf8(body));
    document()->clearUndoRedoStacks();
    document()->setModified(false);
    moveCursor(QTextCursor::Start);
}

int MarkdownEditor::currentSourceLine() const {
    return textCursor().blockNumber() + 1;
}

int MarkdownEditor::firstVisibleSourceLine() const {
    return firstVisibleBlock().blockNumber() + 1;
}

void MarkdownEditor::goToLine(int line) {
    const int number = std::clamp(line, 1, document()->blockCount());
    setTextCursor(QTextCursor(document()->findBlockByNumber(number - 1)));
    centerCursor();
}

void MarkdownEditor::setMaxTextColumns(int columns) {
    m_maxColumns = std::max(20, columns);
    updateTextColumn();
}

void MarkdownEditor::setTextMarks(const QVector<TextMark> &marks, TextMark::Layer layer) {
    MarkLayer &target = m_layers[int(layer)];
    if (marks.isEmpty() && target.marks.isEmpty())
        return;  // most renders of most posts: no repaint for nothing
    target.marks.clear();
    target.reasons.clear();
    const int end = document()->characterCount() - 1;  // the document's final paragraph separator is no text
    for (const TextMark &mark : marks) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(std::clamp(mark.position, 0, end));
        selection.cursor.setPosition(std::clamp(mark.position + mark.length, 0, end),
                                     QTextCursor::KeepAnchor);
        if (layer == TextMark::Layer::Spelling) {
            selection.format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
            selection.format.setUnderlineColor(SpellingColour);
        } else {
            selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            selection.format.setUnderlineColor(MarkColour);
        }
        target.marks.append(selection);
        target.reasons.append(mark.reason);
    }
    applyExtraSelections();
}

void MarkdownEditor::setDecorations(Decoration kind, const QList<QTextEdit::ExtraSelection> &selections) {
    QList<QTextEdit::ExtraSelection> &target = m_decorations[int(kind)];
    if (selections.isEmpty() && target.isEmpty())
        return;
    target = selections;
    applyExtraSelections();
}

void MarkdownEditor::applyExtraSelections() {
    QList<QTextEdit::ExtraSelection> all;
    for (const QList<QTextEdit::ExtraSelection> &each : m_decorations)
        all += each;
    for (const MarkLayer &each : m_layers)
        all += each.marks;
    setExtraSelections(all);
}

QVector<TextMark> MarkdownEditor::textMarks() const {
    return textMarks(TextMark::Layer::PreviewCaveats) + textMarks(TextMark::Layer::LinkTargets);
}

QVector<TextMark> MarkdownEditor::textMarks(TextMark::Layer layer) const {
    const MarkLayer &source = m_layers[int(layer)];
    QVector<TextMark> marks;
    for (qsizetype i = 0; i < source.marks.size(); ++i) {
        const QTextCursor &cursor = source.marks.at(i).cursor;
        marks.append(TextMark{cursor.selectionStart(), cursor.selectionEnd() - cursor.selectionStart(),
                              source.reasons.at(i)});
    }
    return marks;
}

QString MarkdownEditor::textMarkReasonAt(int position) const {
    for (const MarkLayer &layer : m_layers) {
        for (qsizetype i = 0; i < layer.marks.size(); ++i) {
            const QTextCursor &cursor = layer.marks.at(i).cursor;
            if (cursor.hasSelection() && cursor.selectionStart() <= position &&
                position <= cursor.selectionEnd())
                return layer.reasons.at(i);
        }
    }
    return QString();
}

void MarkdownEditor::toggleBold() {
    if (isReadOnly())
        return;
    QTextCursor cursor = textCursor();
    MarkdownEditCommands::toggleEmphasis(cursor, QStringLiteral("**"));
    setTextCursor(cursor);
}

void MarkdownEditor::toggleItalic() {
    if (isReadOnly())
        return;
    QTextCursor cursor = textCursor();
    MarkdownEditCommands::toggleEmphasis(cursor, QStringLiteral("*"));
    setTextCursor(cursor);
}

void MarkdownEditor::insertLink() {
    if (isReadOnly())
        return;
    QTextCursor cursor = textCursor();
    MarkdownEditCommands::insertLink(cursor);
    setTextCursor(cursor);
}

QAction *MarkdownEditor::actionForKey(const QKeyEvent *event) const {
    const QKeySequence pressed(event->keyCombination());
    for (QAction *action : {m_boldAction, m_italicAction, m_linkAction}) {
        if (action->shortcut() == pressed)
            return action;
    }
    return nullptr;
}

bool MarkdownEditor::event(QEvent *event) {
    // QPlainTextEdit claims some of these keys for itself (Ctrl+K deletes to the end of the line on X11);
    // claiming the override delivers them to keyPressEvent, which runs our action instead.
    if (event->type() == QEvent::ShortcutOverride && actionForKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QPlainTextEdit::event(event);
}

bool MarkdownEditor::viewportEvent(QEvent *event) {
    // Tooltip events go to the viewport, which QAbstractScrollArea does not hand on to event().
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString reason = textMarkReasonAt(cursorForPosition(help->pos()).position());
        if (reason.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), reason, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void MarkdownEditor::keyPressEvent(QKeyEvent *event) {
    if (QAction *action = actionForKey(event)) {
        if (action->isEnabled())
            action->trigger();
        event->accept();
        return;
    }
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (!isReadOnly()) {
        QTextCursor cursor = textCursor();
        bool handled = false;
        switch (event->key()) {
            case Qt::Key_Return:
            case Qt::Key_Enter:
                if (modifiers == Qt::ShiftModifier) {
                    // A plain line break: QPlainTextEdit would insert U+2028, which would end up in the file.
                    cursor.insertBlock();
                    handled = true;
                } else if (modifiers == Qt::NoModifier) {
                    handled = MarkdownEditCommands::continueList(cursor);
                }
                break;
            case Qt::Key_Tab:
                if (modifiers == Qt::NoModifier)
                    handled = MarkdownEditCommands::shiftListItems(cursor, false);
                break;
            case Qt::Key_Backtab:
                handled = MarkdownEditCommands::shiftListItems(cursor, true);
                break;
            default:
                break;
        }
        if (handled) {
            setTextCursor(cursor);
            ensureCursorVisible();
            event->accept();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
}

QFont MarkdownEditor::defaultFont() {
    // Markdown is written in a fixed font by default: list indentation, tables and fences line up as they
    // will in the file.
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(FontPointSize);
    return font;
}

QFont MarkdownEditor::chosenFont() {
    QFont font = defaultFont();
    if (const QString family = AppSettings::editorFontFamily(); !family.isEmpty())
        font.setFamilies({family});
    if (const int points = AppSettings::editorFontSize(); points > 0)
        font.setPointSize(points);
    return font;
}

void MarkdownEditor::applyFontSetting() {
    const QFont font = chosenFont();
    setFont(font);
    document()->setDefaultFont(font);
}

void MarkdownEditor::resizeEvent(QResizeEvent *event) {
    QPlainTextEdit::resizeEvent(event);
    updateTextColumn();
}

void MarkdownEditor::changeEvent(QEvent *event) {
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateTextColumn();
}

// Centres a column of m_maxColumns characters by giving the viewport equal side margins.
void MarkdownEditor::updateTextColumn() {
    const QFontMetricsF metrics(font());
    const qreal column = metrics.horizontalAdvance(QLatin1Char('m')) * m_maxColumns +
                         2 * document()->documentMargin() + cursorWidth();
    const int scrollBar = verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0;
    const int available = contentsRect().width() - scrollBar;
    const int side = std::max(0, int((available - column) / 2));
    if (side != viewportMargins().left())
        setViewportMargins(side, 0, side, 0);
}
