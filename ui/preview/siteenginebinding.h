#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

class PostDocument;
class PreviewView;
class SiteEngine;

// Runs the post's Liquid with the site's own Jekyll (SiteEngine, in safe mode unless the writer trusted the
// site) and hands the preview what it made of it (a LiquidExpansion), while the built-in renderer keeps the
// preview live on every keystroke: a request goes out after a pause in typing (or when the front matter
// changed), one at a time, the newest text only. Text edits between answers are shown at once on top of the
// last answer; new Liquid falls back until the next one. A site whose Jekyll cannot run, or a post whose
// Liquid it refuses, leaves the built-in Liquid in charge, and status() says why in one line. A hidden
// preview asks nothing. GUI thread.
class SiteEngineBinding : public QObject {
    Q_OBJECT

public:
    SiteEngineBinding(PreviewView *preview, QObject *parent);
    ~SiteEngineBinding() override;

    // The post shown (null: none); its site's engine is used. Call again when its path or site changed.
    void setDocument(PostDocument *document);
    // Asks again now if something changed while the preview was hidden.
    void refresh();
    // Uses the site's own code (its trust changed): the engine is chosen again.
    void reconsiderTrust();

    // How long typing must pause before the engine is asked (ms).
    static constexpr int kPauseMs = 60;

    // One line about the site's Jekyll for the preview: why it is not used, or what it could not run; empty
    // when all is well.
    QString status() const { return m_status; }
    // The site of the post shown (empty: none).
    const QString &siteRoot() const { return m_root; }
    // The engine in use (null without a site).
    SiteEngine *engine() const { return m_engine.get(); }
    // The tags the site's Jekyll could not run in safe mode in the last answer (a trusted site would run
    // them).
    const QStringList &unrunTags() const { return m_unrunTags; }

signals:
    void statusChanged(const QString &status);
    void siteRootChanged();
    // engine() is another one (another site, another trust) or none.
    void engineChanged();
    // An answer reached the preview (for tests and the status bar).
    void liquidAnswered();

private:
    void followSite();
    void onChanged();
    void send();
    void setStatus(const QString &status);

    PreviewView *m_preview;
    QPointer<PostDocument> m_document;
    QString m_root;
    std::shared_ptr<SiteEngine> m_engine;
    QTimer m_pause;
    bool m_inFlight = false;
    bool m_stale = false;  // the post changed since the last request was sent
    QString m_status;
    QStringList m_unrunTags;
};
