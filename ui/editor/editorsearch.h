#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector>

#include <optional>

#include "common/textmatcher.h"

class MarkdownEditor;
class QTimer;

// Find and replace in the editor's body, for the find bar: every match of the query (TextMatcher) counted,
// the ones on screen highlighted, the current one selected in the editor. The matches are found again a
// moment after the text changes (never on the keystroke itself), and only while a search is active.
// Replace All is one edit, so one undo step.
class EditorSearch : public QObject {
    Q_OBJECT

public:
    // At most this many matches are highlighted at once (those on screen): a 1 MB post full of matches
    // would otherwise lay out tens of thousands of extra selections.
    static constexpr int kMaxHighlights = 1000;

    EditorSearch(MarkdownEditor *editor, QObject *parent);

    // Starts or changes the search (highlights and counts); an empty pattern ends it. Selects the first match
    // at or after the current selection's start when `selectFirst`.
    void setQuery(const QString &pattern, const TextMatcher::Options &options, bool selectFirst);
    // Stops searching: highlights removed, nothing found again after edits (the query is kept for F3).
    void deactivate();
    bool isActive() const { return m_active; }
    QString pattern() const { return m_pattern; }

    // Selects the next / previous match from the editor's selection, wrapping around; false without one.
    bool findNext();
    bool findPrevious();
    // Replaces the selected match (when the selection is one) and selects the next one.
    bool replaceCurrent(const QString &replacement);
    // Replaces every match as one undo step; returns how many.
    int replaceAll(const QString &replacement);

    int matchCount() const { return int(m_matches.size()); }
    // 0-based index of the match the editor has selected, or -1.
    int currentIndex() const;
    // Why the query finds nothing (an invalid expression), or empty.
    QString error() const { return m_error; }
    QVector<TextMatcher::Match> matches() const { return m_matches; }

Q_SIGNALS:
    // The count, the current match or the error changed.
    void resultsChanged();

private:
    QString editorText() const;
    void search();
    void refreshIfStale();
    void select(const TextMatcher::Match &match);
    void highlight();
    void scheduleHighlight();

    MarkdownEditor *m_editor;
    QTimer *m_researchTimer;
    QTimer *m_highlightTimer;
    QString m_pattern;
    TextMatcher::Options m_options;
    std::optional<TextMatcher> m_matcher;
    QVector<TextMatcher::Match> m_matches;
    QString m_error;
    bool m_active = false;
};
