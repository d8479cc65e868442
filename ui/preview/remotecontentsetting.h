#pragma once

#include <QObject>
#include <QPointer>

class PostDocument;
class PreviewView;
class QAction;

// View > Allow Remote Content for This Site: whether the preview may load remote images, media, stylesheets
// and fonts for the open post's site. The choice is remembered per site (AppSettings) and applied to the
// preview whenever the post or its place changes; the preview's own note can turn it on too.
class RemoteContentSetting : public QObject {
    Q_OBJECT

public:
    RemoteContentSetting(PreviewView *preview, QObject *parent);

    void setDocument(PostDocument *document);
    // Checked when remote content is allowed for site(); disabled while there is no site to remember it for.
    QAction *action() const { return m_action; }
    // The folder the choice is remembered for: the post's site, else its own folder; empty for a new post.
    QString site() const;
    // Gives the preview and the action the remembered choice for site().
    void apply();
    void setAllowed(bool allowed);

Q_SIGNALS:
    // A sentence for the status bar after the writer changed the setting.
    void message(const QString &text);

private:
    PreviewView *m_preview;
    QPointer<PostDocument> m_document;
    QAction *m_action;
};
