#pragma once

#include <QPointer>
#include <QSet>
#include <QUrl>

#include <memory>

#include "site/postsummary.h"
#include "window/part.h"

class PostDocument;
class PostsPanel;
class QAction;
class QuickOpenDialog;
class SiteIndex;
class TermRenameDialog;
class SiteShape;
class TermVocabulary;

// The site's posts beside the post being written: the Posts panel (filter, facets, full-text search) and
// quick open (Ctrl+P; Ctrl+Shift+K inserts a link to a post in the style the site's posts use). It follows
// the document's site through the shared SiteIndex of that site. Opening and inserting are requests: the
// window decides (it asks to save first).
class PostsPart : public Part {
    Q_OBJECT

public:
    explicit PostsPart(QWidget *window, QObject *parent = nullptr);
    ~PostsPart() override;

    QString title() const override;
    QWidget *widget() const override;
    QList<QAction *> actions() const override;
    void setDocument(PostDocument *document) override;

    PostsPanel *panel() const { return m_panel; }
    QuickOpenDialog *quickOpen() const { return m_quickOpen; }
    QAction *quickOpenAction() const { return m_quickOpenAction; }
    QAction *insertLinkAction() const { return m_insertLinkAction; }
    // Post > Rename Tag or Category… (TermRenameDialog over the site's posts and drafts).
    QAction *renameTermAction() const { return m_renameTermAction; }
    // The dialog that action opens, for the site now shown (null without a read site).
    TermRenameDialog *createRenameDialog(QWidget *parent);
    // The index of the open post's site, or null when the post belongs to no site.
    SiteIndex *index() const { return m_index.get(); }
    // The document of the site a link clicked in the preview points at (`/2018/09/21/x.html`, with or
    // without the site's `baseurl`, or the site's own `url` in front), or empty.
    QString documentAtLink(const QUrl &link) const;

Q_SIGNALS:
    void openRequested(const QString &path);
    // Markdown for a link to another post, to insert at the cursor.
    void linkRequested(const QString &markdown);
    // The site's tags or categories changed (for the form's completion).
    void vocabularyChanged(const TermVocabulary &tags, const TermVocabulary &categories);
    // What the site's newest posts carry (for Add Field's suggestions).
    void siteShapeChanged(const SiteShape &shape);

private:
    void followSite();
    void onDocumentsRead(const QVector<PostSummary> &batch);
    void onDocumentsChanged(const QStringList &updated, const QStringList &removed);
    void selectOpenPost(bool followSection);
    void updateQuickOpen();
    void onFilterTextChanged(const QString &text);
    void insertLink(const PostSummary &post);
    void learnShape();

    PostsPanel *m_panel = nullptr;
    QuickOpenDialog *m_quickOpen = nullptr;
    QAction *m_quickOpenAction = nullptr;
    QAction *m_insertLinkAction = nullptr;
    QAction *m_renameTermAction = nullptr;
    QPointer<PostDocument> m_document;
    std::shared_ptr<SiteIndex> m_index;
    QList<QMetaObject::Connection> m_indexConnections;
    int m_searchId = 0;
    // The index's first read is arriving in batches: the list is complete at the documentsChanged that
    // follows ready(), and the open post's section is shown once its row has come.
    bool m_filling = false;
    bool m_openPostShown = false;
    quint64 m_quickOpenGeneration = 0;  // the panel model's generation quick open last took
};
