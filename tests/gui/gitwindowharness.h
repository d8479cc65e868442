#pragma once

// Shared by the git-in-the-window tests: a Jekyll site checked out from a bare remote in a temporary folder
// (the machine's git config shut out), the window opened on one of its posts with git read, and the commit
// dialog and message boxes GitActions shows, found and answered.

#include <QAbstractButton>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "git/commitdialog.h"
#include "git/gitactions.h"
#include "git/sitegitstate.h"
#include "gitfixture.h"
#include "post/postdocument.h"
#include "site/postlistmodel.h"
#include "site/postspanel.h"
#include "site/postspart.h"
#include "testfiles.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"

namespace GitWindowTest {

inline const QByteArray kFirst = "---\ntitle: First Post\n---\nThe first post, already on the remote.\n";
inline const QByteArray kSecond = "---\ntitle: Second Post\n---\nThe second post.\n";

// A site on main with origin/main as upstream: two committed posts and an about page.
struct Site {
    QString bare;
    QString work;

    Site(const QTemporaryDir &dir, const QString &name) {
        bare = dir.filePath(name + QStringLiteral(".git"));
        work = dir.filePath(name);
        makeCheckoutWithRemote(bare, work,
                               {{QStringLiteral("_config.yml"), "title: Blog\ntimezone: UTC\n"},
                                {QStringLiteral("_posts/2020-01-01-first.md"), kFirst},
                                {QStringLiteral("_posts/2020-02-02-second.md"), kSecond},
                                {QStringLiteral("about.md"), "About\n"}});
        work = QFileInfo(work).canonicalFilePath();
    }
    QString path(const QString &relative) const { return work + QLatin1Char('/') + relative; }
    QString first() const { return path(QStringLiteral("_posts/2020-01-01-first.md")); }
    QString second() const { return path(QStringLiteral("_posts/2020-02-02-second.md")); }
    // The newest commit's subject on the checkout's own main.
    QByteArray localHeadSubject() const {
        return git(work, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")})
            .trimmed();
    }
    QByteArray remoteSubjects(int count) const {
        return git(bare, {QStringLiteral("log"), QStringLiteral("-%1").arg(count),
                          QStringLiteral("--format=%s"), QStringLiteral("main")})
            .trimmed();
    }
};

// Another writer's commit pushed to the remote from a clone of their own.
inline void otherWriterPushes(const QTemporaryDir &dir, const Site &site, const QString &clone) {
    const QString other = dir.filePath(clone);
    cloneCheckout(site.bare, other);
    if (!writeTestFile(other + QStringLiteral("/theirs.md"), "Theirs\n"))
        qFatal("cannot write in %s", qPrintable(other));
    git(other, {QStringLiteral("add"), QStringLiteral("-A")});
    git(other, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                QStringLiteral("Their commit")});
    git(other, {QStringLiteral("push"), QStringLiteral("-q")});
}

// Opens `post` in the window and waits until git has read its checkout and the commit actions are on.
inline bool openInCheckout(MainWindow &window, const QString &post) {
    return window.fileActions()->open(post).ok() &&
           QTest::qWaitFor(
               [&] {
                   return window.gitState()->status().has_value() && !window.gitState()->isReading() &&
                          window.gitActions()->commitAction()->isEnabled();
               },
               30000);
}

// The commit dialog GitActions opened, once it is there (null when it never came).
inline CommitDialog *waitForDialog(GitActions *actions) {
    return QTest::qWaitFor([actions] { return actions->commitDialog() != nullptr; }, 30000)
               ? actions->commitDialog()
               : nullptr;
}

// The message box GitActions shows, once it is there (null when none came).
inline QMessageBox *waitForBox(GitActions *actions) {
    return QTest::qWaitFor([actions] { return actions->messageBox() != nullptr; }, 30000)
               ? actions->messageBox()
               : nullptr;
}

inline QStringList fileListTexts(const CommitDialog *dialog) {
    QStringList texts;
    for (int row = 0; row < dialog->fileList()->count(); ++row)
        texts << dialog->fileList()->item(row)->text();
    return texts;
}

// Waits until `finished` (a spy on GitActions::finished) counted `count`.
inline void waitFinished(QSignalSpy &finished, int count) {
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), count, 60000);
}

inline QAbstractButton *buttonNamed(QMessageBox *box, const QString &text) {
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

// Whether the Posts panel marks the post at `path` as having changes not committed (nullopt: not listed).
inline std::optional<bool> markedUncommitted(MainWindow &window, const QString &path) {
    PostListModel *model = window.postsPart()->panel()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (model->data(index, PostListModel::PathRole).toString() == path)
            return model->data(index, PostListModel::UncommittedRole).toBool();
    }
    return std::nullopt;
}

}  // namespace GitWindowTest
