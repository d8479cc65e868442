#include "editor/editorsearch.h"

#include <QPalette>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>

#include "editor/markdowneditor.h"

namespace {
// Long enough that a run of keystrokes finds once, short enough that the count keeps up with a pause.
constexpr int kResearchDelayMs = 250;

// Index of the first match that ends after `position` (the size when none does).
qsizetype firstEndingAfter(const QVector<TextMatcher::Match> &matches, int position) {
    return std::upper_bound(matches.cbegin(), matches.cend(), position,
                            [](int p, const TextMatcher::Match &m) { return p < m.end(); }) -
           matches.cbegin();
}

// Index of the first match that starts at or after `position` (the size when none does).
qsizetype firstStartingFrom(const QVector<TextMatcher::Match> &matches, int position) {
    return std::lower_bound(matches.cbegin(), matches.cend(), position,
                            [](const TextMatcher::Match &m, int p) { return m.position < p; }) -
           matches.cbegin();
}
}  // namespace

EditorSearch::EditorSearch(MarkdownEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_researchTimer(new QTimer(this))
    , m_highlightTimer(new QTimer(this)) {
    m_researchTimer->setSingleShot(true);
    m_researchTimer->setInterval(kResearchDelayMs);
    m_highlightTimer->setSingleShot(true);
    m_highlightTimer->setInterval(0);
    connect(m_researchTimer, &QTimer::timeout, this, [this] {
        search();
        emit resultsChanged();
    });
    connect(m_highlightTimer, &QTimer::timeout, this, &EditorSearch::highlight);
    connect(m_editor->document(), &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        if (m_active && (removed != 0 || added != 0))
            m_researchTimer->start();
    });
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, &EditorSearch::scheduleHighlight);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (m_active) {
            scheduleHighlight();
            emit resultsChanged();
        }
    });
}

void EditorSearch::setQuery(const QString &pattern, const TextMatcher::Options &options, bool selectFirst) {
    m_pattern = pattern;
    m_options = options;
    m_active = !pattern.isEmpty();
    search();
    if (selectFirst && !m_matches.isEmpty()) {
        // From the selection's start, so typing more of a word keeps the match the writer is looking at.
        const qsizetype first = firstStartingFrom(m_matches, m_editor->textCursor().selectionStart());
        select(m_matches.at(first == m_matches.size() ? 0 : first));
    }
    emit resultsChanged();
}

void EditorSearch::deactivate() {
    m_active = false;
    m_researchTimer->stop();
    m_matches.clear();
    m_editor->setDecorations(MarkdownEditor::Decoration::Search, {});
}

QString EditorSearch::editorText() const {
    // Same length as the document: each paragraph separator becomes the line break it stands for, so `$`
    // and `\n` in an expression work and positions stay the cursor's.
    QString text = m_editor->document()->toRawText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    return text;
}

void EditorSearch::search() {
    m_researchTimer->stop();
    m_matches.clear();
    m_error.clear();
    m_matcher.reset();
    if (!m_pattern.isEmpty()) {
        Result<TextMatcher> matcher = TextMatcher::create(m_pattern, m_options);
        if (matcher) {
            m_matcher = std::move(matcher).value();
            m_matches = m_matcher->findAll(editorText());
        } else {
            m_error = matcher.error();
        }
    }
    highlight();
}

// Edits since the last search, or no search running (F3 with the bar closed): find the matches now.
void EditorSearch::refreshIfStale() {
    if (m_researchTimer->isActive() || !m_active)
        search();
}

int EditorSearch::currentIndex() const {
    const QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection())
        return -1;
    const TextMatcher::Match selected{cursor.selectionStart(),
                                      cursor.selectionEnd() - cursor.selectionStart()};
    const qsizetype i = firstStartingFrom(m_matches, selected.position);
    return i < m_matches.size() && m_matches.at(i) == selected ? int(i) : -1;
}

bool EditorSearch::findNext() {
    refreshIfStale();
    if (m_matches.isEmpty())
        return false;
    const qsizetype next = firstStartingFrom(m_matches, m_editor->textCursor().selectionEnd());
    select(m_matches.at(next == m_matches.size() ? 0 : next));
    emit resultsChanged();
    return true;
}

bool EditorSearch::findPrevious() {
    refreshIfStale();
    if (m_matches.isEmpty())
        return false;
    // The match before the first one ending after the selection's start ends at or before it.
    const qsizetype after = firstEndingAfter(m_matches, m_editor->textCursor().selectionStart());
    select(m_matches.at(after == 0 ? m_matches.size() - 1 : after - 1));
    emit resultsChanged();
    return true;
}

bool EditorSearch::replaceCurrent(const QString &replacement) {
    refreshIfStale();
    if (!m_matcher || m_editor->isReadOnly())
        return false;
    QTextCursor cursor = m_editor->textCursor();
    const QString text = editorText();
    const int start = cursor.selectionStart();
    if (cursor.hasSelection() && m_matcher->matchesAt(text, start, cursor.selectionEnd() - start)) {
        cursor.insertText(m_matcher->replacementAt(text, start, replacement));
        m_editor->setTextCursor(cursor);
        search();
        emit resultsChanged();  // the last match replaced: findNext() finds nothing to report
    }
    return findNext();
}

int EditorSearch::replaceAll(const QString &replacement) {
    refreshIfStale();
    if (!m_matcher || m_editor->isReadOnly())
        return 0;
    const TextMatcher::Replacement change = m_matcher->replaceAll(editorText(), replacement);
    if (change.count == 0)
        return 0;
    // One span from the first match to the last, inserted once: one undo step, one change for the
    // document, the highlighter and the preview, however many matches.
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    cursor.setPosition(change.position);
    cursor.setPosition(change.position + change.length, QTextCursor::KeepAnchor);
    cursor.insertText(change.text);
    cursor.endEditBlock();
    search();
    emit resultsChanged();
    return change.count;
}

void EditorSearch::select(const TextMatcher::Match &match) {
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(match.position);
    cursor.setPosition(match.end(), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
}

void EditorSearch::scheduleHighlight() {
    if (m_active)
        m_highlightTimer->start();
}

// Highlights the matches on screen (at most kMaxHighlights), found by binary search in the sorted matches.
void EditorSearch::highlight() {
    // While typing, the matches' positions are stale until the next search; the highlights shown follow the
    // edits by themselves (their cursors move with the text), so they stay until then.
    if (m_researchTimer->isActive())
        return;
    QList<QTextEdit::ExtraSelection> selections;
    if (m_active && !m_matches.isEmpty()) {
        const QRect area = m_editor->viewport()->rect();
        const int first = m_editor->cursorForPosition(area.topLeft()).block().position();
        const QTextBlock lastBlock = m_editor->cursorForPosition(area.bottomRight()).block();
        const int last = lastBlock.position() + lastBlock.length();
        QTextCharFormat format;
        const QColor found = m_editor->palette().color(QPalette::Highlight);
        QColor background = found;
        background.setAlpha(70);
        format.setBackground(background);
        const int current = currentIndex();
        for (qsizetype i = firstEndingAfter(m_matches, first);
             i < m_matches.size() && m_matches.at(i).position < last && selections.size() < kMaxHighlights;
             ++i) {
            const TextMatcher::Match &m = m_matches.at(i);
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(m_editor->document());
            selection.cursor.setPosition(m.position);
            selection.cursor.setPosition(m.end(), QTextCursor::KeepAnchor);
            selection.format = format;
            if (i == current)
                selection.format.setFontUnderline(true);
            selections.append(selection);
        }
    }
    m_editor->setDecorations(MarkdownEditor::Decoration::Search, selections);
}
