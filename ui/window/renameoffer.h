#pragma once

#include <QFrame>
#include <QSet>
#include <QString>

#include "common/result.h"

class FileActions;
class FrontMatterForm;
class PostDocument;
class PostMoveActions;
class QCheckBox;
class QLabel;
class QPushButton;
class QWidget;

// A bar above the editor offering Post > Rename File to Match Title without being asked: when the post is
// saved, or the title field is left, and the title now makes another slug than the one the post was opened
// with and than the file's, it names the new file and says whether the URL changes (with redirect_from
// offered when the site uses jekyll-redirect-from). Only a changed title brings it up, so a post whose file
// was named differently on purpose is left alone; Not Now keeps it away for that file for the session.
// Renaming is the menu's own step (PostMoveActions::renameToTitle): undoable, and the window follows.
class RenameOffer : public QFrame {
    Q_OBJECT

public:
    RenameOffer(PostDocument *document, FrontMatterForm *form, FileActions *files, PostMoveActions *moves,
                QWidget *parent);

    // Shows the offer when the title asks for another file name, hides it otherwise.
    void check();
    bool isOffered() const { return m_offered; }
    QString message() const;
    QCheckBox *redirectBox() const { return m_redirect; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *notNowButton() const { return m_notNow; }

    // Rename: saves unsaved edits first, then renames as the menu does.
    Status accept();
    // Not Now: no offer for this file again while the application runs.
    void decline();

Q_SIGNALS:
    void failed(const QString &message);

private:
    void onLoaded();
    void onFocusChanged(QWidget *old, QWidget *now);
    void withdraw();

    PostDocument *m_document;
    FrontMatterForm *m_form;
    FileActions *m_files;
    PostMoveActions *m_moves;
    QLabel *m_label;
    QCheckBox *m_redirect;
    QPushButton *m_rename;
    QPushButton *m_notNow;
    QString m_openedSlug;      // what the title made when the post was opened (or moved)
    QSet<QString> m_declined;  // files the writer said Not Now for
    bool m_offered = false;
    bool m_redirectOffered = false;
    bool m_renaming = false;  // the save before a rename must not offer again
};
