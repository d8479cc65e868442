#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

#include "common/result.h"
#include "site/gitrepository.h"
#include "site/gitstatus.h"

class PostDocument;
class QTimer;
template <typename T>
class QFutureWatcher;

// What git says about the checkout holding the open post's site: its branch, ahead/behind its upstream, and
// the files with changes not committed. Read off the GUI thread (GitRepository runs git), again when asked
// (a save, a commit, the window coming back to the front) and once a minute, one read at a time: asks that
// come during a read make one more read after it.
class SiteGitState : public QObject {
    Q_OBJECT

public:
    explicit SiteGitState(QObject *parent = nullptr);
    ~SiteGitState() override;

    // Follows the site of `document`'s file, reading again whenever it is saved, and whenever the application
    // comes back to the front (a commit made in a terminal meanwhile).
    void followDocument(PostDocument *document);
    // Follows the site at `siteRoot` (empty: no site; nothing is read).
    void setSiteRoot(const QString &siteRoot);
    const QString &siteRoot() const { return m_siteRoot; }
    // The options every GitRepository of the window opens with (the askpass program for push and pull).
    void setOptions(const GitRepository::Options &options) { m_options = options; }
    const GitRepository::Options &options() const { return m_options; }

    // Reads again (coalesced).
    void refresh();

    // Holds reads back while the window runs git of its own in the checkout (GitActions): `git status` takes
    // the index lock for a moment, and a commit, add or pull started meanwhile would fail on it. `then` runs
    // once no read runs (now, or when the current one ends; not at all when `context` is gone by then);
    // reads asked for meanwhile wait for release(), which makes one.
    void hold(QObject *context, std::function<void()> then);
    void release();
    bool isHeld() const { return m_holds > 0; }

    // The last status read, when the site is a checkout git could read.
    const std::optional<GitStatus> &status() const { return m_status; }
    // The checkout's top folder (canonical), empty when there is none.
    const QString &workTree() const { return m_workTree; }
    // Why there is no status although the site is in a checkout (git missing, a refused checkout); empty
    // while reading and for a site that is no checkout.
    const QString &problem() const { return m_problem; }
    // The absolute paths of files with changes not committed.
    const QSet<QString> &changedFiles() const { return m_changed; }
    bool isChanged(const QString &absolutePath) const;
    bool isReading() const;

Q_SIGNALS:
    void changed();

private:
    struct Reading {
        QString siteRoot;
        QString workTree;
        std::optional<GitStatus> status;
        QString problem;
    };
    // Whether `folder` or a folder above it holds a `.git` (a checkout, or a worktree's .git file).
    static bool inCheckout(const QString &folder);
    void start();
    void onRead();

    QString m_siteRoot;
    GitRepository::Options m_options;
    QFutureWatcher<Reading> *m_watcher;
    QTimer *m_timer;
    bool m_again = false;
    // From start() until onRead() took the result: the watcher's future is done a moment before its
    // finished() arrives here, and a read started in between would drop that result unseen.
    bool m_reading = false;
    int m_holds = 0;
    QList<QPair<QPointer<QObject>, std::function<void()>>> m_whenIdle;
    std::optional<GitStatus> m_status;
    QString m_workTree;
    QString m_problem;
    QSet<QString> m_changed;
};
