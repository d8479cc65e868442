#pragma once

#include <QObject>
#include <QPointer>

class PostDocument;
class PreviewView;
class RemoteContentSetting;

// Feeds the preview from the document: the body on every edit, the header (title, date, tags, cover) when
// the front matter changes, the site and post folder its images come from, and the site's remote-content
// choice. A hidden preview does no work: while it is hidden nothing is rendered, and when it shows again it
// gets the current body and header once.
class PreviewBinding : public QObject {
    Q_OBJECT

public:
    PreviewBinding(PreviewView *preview, QObject *parent);

    void setDocument(PostDocument *document);
    RemoteContentSetting *remoteContent() const { return m_remote; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onLoaded();
    void onPathChanged();
    void onBodyChanged();
    void onFrontMatterChanged();
    // Sends what changed while the preview was hidden (or just now), when it is shown.
    void flush();

    PreviewView *m_preview;
    RemoteContentSetting *m_remote;
    QPointer<PostDocument> m_document;
    bool m_bodyStale = false;
    bool m_headerStale = false;
};
