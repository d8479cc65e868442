#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <functional>

class SiteSourceWatcher;

// What went wrong in the site's Jekyll, with the site file and line it names when it names one.
struct SiteEngineError {
    QString message;
    QString file;  // relative to the site root when inside it
    int line = 0;

    bool isSet() const { return !message.isEmpty(); }
    // "FILE:LINE: MESSAGE", or less when less is known.
    QString text() const;
    static SiteEngineError fromJson(const QJsonObject &error);
};

// The site's own Jekyll, run as a helper process (resources/site-engine/postwright-site-engine.rb) that loads
// the site once and answers requests, one JSON object a line each way (protocol in docs/ARCHITECTURE.md).
// Started on the first request, asynchronously: the caller's thread never waits for it unless it asks
// (sendAndWait, for the command line). Requests wait for the site to be read and are answered in order; each
// has a time limit, and an engine that misses it is stopped and fails (the preview then falls back). What
// Jekyll writes goes into the engine's cache folder, never into the site. Safe mode unless the site was
// trusted: only then do its `_plugins/` and Gemfile run.
class SiteEngine : public QObject {
    Q_OBJECT

public:
    // Where the URLs Liquid prints point: at the preview's own scheme (`pwsite://site/...`, so that the
    // site's own files load from disk), or where the site publishes them.
    enum class Urls { Preview, Published };
    struct Options {
        QString siteRoot;
        bool trusted = false;
        Urls urls = Urls::Preview;
        // Where Jekyll writes (its output, its cache); empty: a folder per site under the user's cache.
        QString cacheDir;
        int startTimeoutMs = 60000;  // reading a big site with Bundler can take a while
        int requestTimeoutMs = 15000;
        // Reads the site again when its configuration, layouts, includes, data, plugins or stylesheets
        // change on disk (SiteSourceWatcher), and says so (siteChanged).
        bool followSiteChanges = false;
    };
    enum class State { Idle, Starting, Ready, Failed };

    explicit SiteEngine(Options options, QObject *parent = nullptr);
    ~SiteEngine() override;

    const Options &options() const { return m_options; }
    State state() const { return m_state; }
    // Why the engine failed (state() == Failed).
    const SiteEngineError &failure() const { return m_failure; }
    // What the engine left out while reading the site (a plugin not installed, not allowed in safe mode).
    const QStringList &notes() const { return m_notes; }
    const QString &jekyllVersion() const { return m_jekyllVersion; }
    // Where Jekyll writes its output (compiled stylesheets): options().cacheDir + "/_site".
    QString outputDir() const;

    // Starts the engine unless it runs or failed; ready() or failed() follow.
    void start();
    // Stops the engine and forgets a failure; the site is read afresh, at once when requests wait (they are
    // sent again), else on the next request.
    void restart();

    using Reply = std::function<void(const Result<QJsonObject> &answer)>;
    // Sends `request` (its "op" and fields; the "id" is added). `reply` is called once, on this object's
    // thread, unless `context` is gone by then: with the answer (its "ok" was true), or with the reason
    // (the engine's own error, "file:line: message"; a failed start; a time-out).
    void send(QJsonObject request, QObject *context, Reply reply);
    // send(), waiting for the answer in a local event loop: for the command line.
    Result<QJsonObject> sendAndWait(QJsonObject request);

    // The engine's script as shipped (from the application's resources), written to the user's cache once:
    // the path to run, or an empty string when it cannot be written.
    static QString scriptPath();

signals:
    void ready();
    void failed(const SiteEngineError &error);
    // The site's files changed and the engine reads them again (followSiteChanges): what was asked of it
    // before may be answered otherwise now.
    void siteChanged();

private:
    struct Pending {
        qint64 id = 0;
        QByteArray line;
        QPointer<QObject> context;
        bool hasContext = false;
        Reply reply;
        bool written = false;
    };

    void onReadyRead();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void handleLine(const QByteArray &line);
    void fail(const SiteEngineError &error);
    void failPending(const QString &reason);
    void writePending();
    void armTimer();
    void onTimeout();
    void stopProcess();

    Options m_options;
    State m_state = State::Idle;
    QProcess *m_process = nullptr;
    SiteSourceWatcher *m_watcher = nullptr;
    QByteArray m_buffer;
    QByteArray m_stderrTail;
    std::deque<Pending> m_pending;
    qint64 m_nextId = 1;
    QTimer m_timer;
    SiteEngineError m_failure;
    QStringList m_notes;
    QString m_jekyllVersion;
};
