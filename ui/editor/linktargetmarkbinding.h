#pragma once

#include <QObject>
#include <QVector>

#include <memory>

#include "editor/textmark.h"
#include "render/linktargetproblem.h"

class MarkdownEditor;
class PostDocument;
class QAction;
class QTextDocument;
class QTimer;
class SiteIndex;
class SitePublishedPaths;

// Marks in the editor the links and images of the post that lead nowhere in its site, and images without alt
// text: what `postwright check` reports (LinkTargetCheck), with the reason as the mark's tooltip. A check
// runs off the GUI thread a moment after typing stops, against the site's index (SiteIndex, shared with the
// Posts panel); what the site publishes (SitePublishedPaths) is worked out there too, again only after the
// index changed. A check of older text than the editor's is dropped. The action (View menu) turns the marks
// off and on and is remembered (AppSettings::markLinkTargets).
class LinkTargetMarkBinding : public QObject {
    Q_OBJECT

public:
    LinkTargetMarkBinding(MarkdownEditor *editor, PostDocument *document, QObject *parent);
    ~LinkTargetMarkBinding() override;

    QAction *action() const { return m_action; }
    // How long the text must rest before a check (ms); tests shorten it.
    void setPause(int ms);

    // Where `problems` (lines and byte columns of the body's UTF-8) are in `document`, which holds that body.
    static QVector<TextMark> marksFor(const QVector<LinkTargetProblem> &problems,
                                      const QTextDocument *document);

Q_SIGNALS:
    // A check's marks were put on the editor (tests wait for it).
    void marksUpdated();

private:
    void schedule();
    void check();
    void onPathChanged();
    void onToggled(bool on);

    MarkdownEditor *m_editor;
    PostDocument *m_document;
    QAction *m_action;
    QTimer *m_pause;
    std::shared_ptr<SiteIndex> m_index;
    std::shared_ptr<const SitePublishedPaths> m_published;  // null until worked out after an index change
    quint64 m_generation = 0;                               // counts the texts scheduled for a check
    quint64 m_indexGeneration = 0;  // counts the site's changes, which make m_published stale
};
