#pragma once

#include <QDate>
#include <QObject>

#include <optional>

#include "site/filemove.h"

class FileActions;
class PostDocument;
class QAction;
class QWidget;

// The Post menu: Publish (a draft to `_posts/DATE-slug`, today or a chosen day), Unpublish (back to
// `_drafts/`), Rename File to Match Title (the URL change said, redirect_from offered), Undo of the last of
// those, Duplicate (a copy beside it, never over another file) and Delete
// (to the system trash, after asking). Each works on the saved file: unsaved edits are saved first, a file
// changed on disk since it was read is refused (DraftPublisher), and the window follows the moved file.
class PostMoveActions : public QObject {
    Q_OBJECT

public:
    PostMoveActions(PostDocument *document, FileActions *files, QWidget *window);

    QAction *publishAction() const { return m_publish; }
    QAction *unpublishAction() const { return m_unpublish; }
    QAction *undoMoveAction() const { return m_undoMove; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    QList<QAction *> actions() const;

    // The interactive steps without their dialogs (tests, and the dialogs' own work). `date` none: today.
    Status publish(std::optional<QDate> date = std::nullopt);
    Status unpublish();
    Status undoMove();
    // Renames the file after the post's title (PostRename), keeping its date; `addRedirect`: the old URL goes
    // to `redirect_from` when the site uses jekyll-redirect-from.
    Status renameToTitle(bool addRedirect);
    Result<QString> duplicate();
    // Moves the post to the trash and opens the post the site now starts on (or an empty new post).
    Status moveToTrash();

Q_SIGNALS:
    // Files that appeared, changed or went away (for the site index).
    void filesChanged(const QStringList &paths);
    void message(const QString &text);

private:
    void updateActions();
    bool saveFirst();
    Status follow(const Result<FileMove> &moved, const QString &done);
    void report(const Status &status, const QString &title);
    std::optional<QDate> askDate();

    PostDocument *m_document;
    FileActions *m_files;
    QWidget *m_window;
    QAction *m_publish;
    QAction *m_unpublish;
    QAction *m_undoMove;
    QAction *m_duplicate;
    QAction *m_rename;
    QAction *m_delete;
    std::optional<FileMove> m_lastMove;
};
