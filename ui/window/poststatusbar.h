#pragma once

#include <QPointer>
#include <QStatusBar>

class PostDocument;
class QLabel;
class QPlainTextEdit;
class QTimer;

// The window's status bar for the open post: where it lives, how many words and characters its body has
// and how long it takes to read (the site's `words_per_minute`, else 200), all counted a moment after typing
// stops; with text selected in the editor, the selection's words and characters beside the body's; whether
// it is saved; and the transient messages parts show (showMessage()).
class PostStatusBar : public QStatusBar {
    Q_OBJECT

public:
    explicit PostStatusBar(QWidget *parent = nullptr);

    void setDocument(PostDocument *document);
    // The editor whose selection is counted (not owned).
    void setSelectionSource(QPlainTextEdit *editor);
    // Stands where the path goes while the post has none (e.g. "the site has no posts yet").
    void setPathNote(const QString &note);

    // A transient note (something done) and a problem (something that went wrong, shown longer).
    void showNote(const QString &text);
    void showProblem(const QString &text);

    QString pathText() const;
    QString wordsText() const;
    QString charactersText() const;
    QString readingTimeText() const;
    QString stateText() const;

private:
    void updatePathAndState();
    void updateWordCount();
    void updateCountLabels();
    void readSiteSettings();

    QPointer<PostDocument> m_document;
    QLabel *m_pathLabel;
    QLabel *m_wordsLabel;
    QLabel *m_charactersLabel;
    QLabel *m_readingLabel;
    QLabel *m_stateLabel;
    QTimer *m_wordCountTimer;
    QTimer *m_selectionTimer;
    QPointer<QPlainTextEdit> m_editor;
    int m_words = 0;
    int m_characters = 0;
    int m_wordsPerMinute = 0;
    int m_selectedWords = -1;  // -1: nothing selected
    int m_selectedCharacters = 0;
};
