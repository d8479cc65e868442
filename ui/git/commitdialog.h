#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QListWidget;
class QPlainTextEdit;
struct PostCommitPlan;

// Asks before a post is committed: the files the commit will hold (the post, the images added for it, the
// removal of its old path), the message to edit ("Publish: TITLE" or "Update: TITLE" to begin with), and
// whether to push to the upstream afterwards (offered only when the branch has one). Return in the message
// starts a new line; Ctrl+Return commits, as in other editors' commit boxes.
class CommitDialog : public QDialog {
    Q_OBJECT

public:
    // `upstream` is "origin/main", or empty when the branch has none.
    CommitDialog(const PostCommitPlan &plan, const QString &upstream, bool push, QWidget *parent = nullptr);

    QString message() const;
    bool push() const;

    QPlainTextEdit *messageEdit() const { return m_message; }
    QCheckBox *pushBox() const { return m_push; }
    QListWidget *fileList() const { return m_files; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();

    QListWidget *m_files;
    QPlainTextEdit *m_message;
    QCheckBox *m_push;
    QDialogButtonBox *m_buttons;
};
