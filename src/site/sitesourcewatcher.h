#pragma once

#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

// Says when what the site's Jekyll read to render a post may have changed on disk: the configuration
// (`_config.yml`, `_config.yaml`), the layouts, includes, data, plugins and Sass partials (their folders and
// what is inside them), and the stylesheets under `assets/`. Events in a burst are reported once, after
// a short settle. Posts are not watched: the engine is given the post being edited. GUI thread.
class SiteSourceWatcher : public QObject {
    Q_OBJECT

public:
    explicit SiteSourceWatcher(const QString &siteRoot, QObject *parent = nullptr);

    static constexpr int kSettleMs = 300;

signals:
    void changed();

private:
    void rearm();

    QString m_root;
    QFileSystemWatcher *m_watcher;
    QTimer *m_settle;
};
