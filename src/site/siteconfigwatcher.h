#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

// Says when a site's configuration changed on disk: `_config.yml` or `_config.yaml` (the files SiteConfig
// reads) written, replaced, created or deleted. What counts is their bytes, so a touch or a rewrite with the
// same content is silent, and so is any other file of the site's folder. The site's folder is watched as well
// as the files: editors save by rename, which drops a file's watch, and a config file may appear later.
// Events in a burst are checked once, after settleDelay. GUI thread.
class SiteConfigWatcher : public QObject {
    Q_OBJECT

public:
    explicit SiteConfigWatcher(QObject *parent = nullptr);

    // Starts watching the site at `siteRoot` (its configuration as it is now is the known one); an empty root
    // stops watching.
    void watch(const QString &siteRoot);
    QString siteRoot() const { return m_root; }

    // How long events must be quiet before the files are read (ms).
    static constexpr int kDefaultSettleMs = 150;
    void setSettleDelay(int ms);

signals:
    // The configuration files hold other bytes than before (or one appeared or went away).
    void configChanged();

private:
    // Both files' bytes, each with whether it exists: the state that decides what SiteConfig reads.
    QByteArray readState() const;
    void rearm();
    void check();

    QFileSystemWatcher *m_watcher;
    QTimer *m_settle;
    QString m_root;
    QByteArray m_known;
};
