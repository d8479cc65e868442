#pragma once

#include <QPointer>
#include <QStatusBar>

class PostDocument;
class QLabel;
class QTimer;

// The window's status bar for the open post: where it lives, how many words its body has (counted a moment
// after typing stops), whether it is saved, and the transient messages parts show (showMessage()).
class PostStatusBar : public QStatusBar {
    Q_OBJECT

public:
    explicit PostStatusBar(QWidget *parent = nullptr);

    void setDocument(PostDocument *document);
    // Stands where the path goes while the post has none (e.g. "the site has no posts yet").
    void setPathNote(const QString &note);

    // A transient note (something done) and a problem (something that went wrong, shown longer).
    void showNote(const QString &text);
    void showProblem(const QString &text);

    QString pathText() const;
    QString wordsText() const;
    QString stateText() const;

private:
    void updatePathAndState();
    void updateWordCount();

    QPointer<PostDocument> m_document;
    QLabel *m_pathLabel;
    QLabel *m_wordsLabel;
    QLabel *m_stateLabel;
    QTimer *m_wordCountTimer;
};
