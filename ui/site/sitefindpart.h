#pragma once

#include <QPointer>

#include <memory>

#include "window/part.h"

class MarkdownEditor;
class PostDocument;
class SiteFindPanel;
class SiteIndex;

// Edit > Find in Site (Ctrl+Shift+F) and Replace in Site (Ctrl+Shift+H): the SiteFindPanel in a dock, over
// the files the open post's site holds as Jekyll reads them (posts, drafts, pages and collection documents,
// from the shared SiteIndex). The action shows the panel with the editor's selection (one line of it) to
// find. Opening a match is a request: the window decides (it asks to save first).
class SiteFindPart : public Part {
    Q_OBJECT

public:
    SiteFindPart(MarkdownEditor *editor, QWidget *window, QObject *parent = nullptr);
    ~SiteFindPart() override;

    QString title() const override;
    QWidget *widget() const override;
    QList<QAction *> actions() const override;
    void setDocument(PostDocument *document) override;

    SiteFindPanel *panel() const { return m_panel; }
    QAction *findAction() const { return m_findAction; }
    QAction *replaceAction() const { return m_replaceAction; }

Q_SIGNALS:
    void openRequested(const QString &path, int line);

private:
    void followSite();
    void show(bool replace);

    MarkdownEditor *m_editor;
    SiteFindPanel *m_panel;
    QAction *m_findAction;
    QAction *m_replaceAction;
    QPointer<PostDocument> m_document;
    std::shared_ptr<SiteIndex> m_index;
    QMetaObject::Connection m_readyConnection;
};
