#pragma once

#include <QWidget>

class EditorSearch;
class MarkdownEditor;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The find bar under the editor: Edit > Find (Ctrl+F) opens it, Edit > Replace (Ctrl+H) with the replace
// row; F3 / Shift+F3 go to the next / previous match; Escape closes it and gives the editor the focus back.
// Options: match case, whole words, regular expression (its error shown in the bar). The search text starts
// as the editor's selection. The work is EditorSearch's.
class FindBar : public QWidget {
    Q_OBJECT

public:
    FindBar(MarkdownEditor *editor, QWidget *parent);

    // For the Edit menu; their shortcuts work anywhere in the window.
    QList<QAction *> menuActions() const;
    QAction *findAction() const { return m_findAction; }
    QAction *replaceAction() const { return m_replaceAction; }
    QAction *findNextAction() const { return m_findNextAction; }
    QAction *findPreviousAction() const { return m_findPreviousAction; }

    EditorSearch *search() const { return m_search; }
    QLineEdit *findField() const { return m_findField; }
    QLineEdit *replaceField() const { return m_replaceField; }
    QCheckBox *matchCaseBox() const { return m_matchCase; }
    QCheckBox *wholeWordBox() const { return m_wholeWord; }
    QCheckBox *regularExpressionBox() const { return m_regularExpression; }
    QPushButton *replaceButton() const { return m_replaceButton; }
    QPushButton *replaceAllButton() const { return m_replaceAllButton; }
    // "3 of 12", "12 matches", "No matches", or the expression's error.
    QString statusText() const;
    bool isReplacing() const;

    void open(bool replacing);
    void close();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateQuery(bool selectFirst);
    void updateStatus();
    void replaceOne();
    void replaceEvery();

    MarkdownEditor *m_editor;
    EditorSearch *m_search;
    QLineEdit *m_findField;
    QLineEdit *m_replaceField;
    QCheckBox *m_matchCase;
    QCheckBox *m_wholeWord;
    QCheckBox *m_regularExpression;
    QLabel *m_status;
    QWidget *m_replaceRow;
    QPushButton *m_replaceButton;
    QPushButton *m_replaceAllButton;
    QAction *m_findAction;
    QAction *m_replaceAction;
    QAction *m_findNextAction;
    QAction *m_findPreviousAction;
    QString m_note;  // says what Replace All did until the next search
};
