#pragma once

// A run of the site engine (resources/site-engine/postwright-site-engine.rb) on a copy of a site, driven over
// its JSON-lines protocol with a synchronous QProcess, and what the run changed in the copy.

#include "testpaths.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

namespace SiteEngineFiles {

// A generous bound so that a hung engine fails the test instead of blocking it; not a speed assertion.
inline constexpr int kHangGuardMs = 60000;

// Copies every file of `from` (hidden ones too) into `to`; whether all were copied.
inline bool copyTree(const QString &from, const QString &to) {
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

// A copy of the project's test site `name` (tests/data/sites) in `to`, so that nothing a test runs touches
// the tree.
inline bool copyFixtureSite(const QString &name, const QString &to) {
    return copyTree(TestPaths::data() + QStringLiteral("/sites/") + name, to);
}

// Every file and folder under `root`, relative to it: what "nothing was written" is checked against.
inline QSet<QString> treeOf(const QString &root) {
    QSet<QString> entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries.insert(QDir(root).relativeFilePath(it.next()));
    return entries;
}

inline QString engineScript() {
    return TestPaths::sourceDir() + QStringLiteral("/resources/site-engine/postwright-site-engine.rb");
}

}  // namespace SiteEngineFiles

// One engine process on a copy of a test site, with its own cache folder.
class SiteEngineRun {
public:
    // Copies `siteSource` (and lets `prepare` edit the copy) before the snapshot the final check compares
    // with.
    bool start(const QString &siteSource, const QStringList &extraArgs,
               const std::function<void(const QString &)> &prepare = {}) {
        if (!m_site.isValid() || !m_cache.isValid() || !SiteEngineFiles::copyTree(siteSource, m_site.path()))
            return false;
        if (prepare)
            prepare(m_site.path());
        m_before = SiteEngineFiles::treeOf(m_site.path());
        m_process.setWorkingDirectory(m_cache.path());
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral("ruby"),
                        QStringList{SiteEngineFiles::engineScript(), QStringLiteral("--site"), m_site.path(),
                                    QStringLiteral("--cache"), m_cache.path()} +
                            extraArgs);
        return m_process.waitForStarted(SiteEngineFiles::kHangGuardMs);
    }

    // The next protocol line as JSON; empty when the engine ended or stayed silent past the hang guard.
    QJsonObject readLine() {
        const QDeadlineTimer deadline(SiteEngineFiles::kHangGuardMs);
        while (!m_process.canReadLine() && !deadline.hasExpired()) {
            if (!m_process.waitForReadyRead(int(deadline.remainingTime())) &&
                m_process.state() == QProcess::NotRunning)
                break;
        }
        return QJsonDocument::fromJson(m_process.readLine()).object();
    }

    QJsonObject ask(const QJsonObject &request) {
        return askRaw(QJsonDocument(request).toJson(QJsonDocument::Compact));
    }
    QJsonObject askRaw(const QByteArray &line) {
        m_process.write(line + '\n');
        return readLine();
    }

    // Ends the engine by closing its input, as the protocol has it; whether it then exited with status 0.
    bool finish() {
        m_process.closeWriteChannel();
        return m_process.waitForFinished(SiteEngineFiles::kHangGuardMs) &&
               m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }

    QProcess &process() { return m_process; }
    QString site() const { return m_site.path(); }
    QString cache() const { return m_cache.path(); }
    // What appeared in or vanished from the site copy since the engine started.
    QSet<QString> siteChanges() const {
        const QSet<QString> after = SiteEngineFiles::treeOf(m_site.path());
        return (after - m_before) + (m_before - after);
    }

private:
    QTemporaryDir m_site;
    QTemporaryDir m_cache;
    QSet<QString> m_before;
    QProcess m_process;
};
