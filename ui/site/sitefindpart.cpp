#include "site/sitefindpart.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>

#include "editor/markdowneditor.h"
#include "post/postdocument.h"
#include "site/sitefindpanel.h"
#include "site/siteindex.h"
#include "window/actionicons.h"

SiteFindPart::SiteFindPart(MarkdownEditor *editor, QWidget *window, QObject *parent)
    : Part(parent)
    , m_editor(editor)
    , m_panel(new SiteFindPanel(window))
    , m_findAction(new QAction(tr("Find in &Site…"), this))
    , m_replaceAction(new QAction(tr("Replace in S&ite…"), this)) {
    m_findAction->setIcon(ActionIcons::icon(QStringLiteral("folder-find")));
    m_replaceAction->setIcon(ActionIcons::icon(QStringLiteral("folder-find-replace")));
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_findAction->setToolTip(tr("Find in every post, draft and page of this site"));
    m_replaceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_replaceAction->setToolTip(
        tr("Replace in the posts, drafts and pages of this site, seeing each file's "
           "change first"));
    for (QAction *action : {m_findAction, m_replaceAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        action->setEnabled(false);
    }
    connect(m_findAction, &QAction::triggered, this, [this] { show(false); });
    connect(m_replaceAction, &QAction::triggered, this, [this] { show(true); });
    connect(m_panel, &SiteFindPanel::openRequested, this, &SiteFindPart::openRequested);
    connect(m_panel, &SiteFindPanel::filesWritten, this, [this](const QStringList &paths) {
        if (m_index)
            m_index->refresh(paths);
    });
}

SiteFindPart::~SiteFindPart() = default;

QString SiteFindPart::title() const {
    return tr("Find in Site");
}

QWidget *SiteFindPart::widget() const {
    return m_panel;
}

QList<QAction *> SiteFindPart::actions() const {
    return {m_findAction, m_replaceAction};
}

void SiteFindPart::setDocument(PostDocument *document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &PostDocument::pathChanged, this, &SiteFindPart::followSite);
        connect(document, &PostDocument::loaded, this, &SiteFindPart::followSite);
    }
    followSite();
}

void SiteFindPart::followSite() {
    const QString root = m_document ? QFileInfo(m_document->siteRoot()).canonicalFilePath() : QString();
    if (m_index && m_index->root() == root)
        return;
    disconnect(m_readyConnection);
    m_index = root.isEmpty() ? nullptr : SiteIndex::forSite(root);
    m_findAction->setEnabled(m_index != nullptr);
    m_replaceAction->setEnabled(m_index != nullptr);
    if (!m_index) {
        m_panel->setSite({}, {});
        return;
    }
    const std::weak_ptr<SiteIndex> site = m_index;
    m_panel->setSite(m_index->root(), [site]() -> std::optional<QStringList> {
        const std::shared_ptr<SiteIndex> index = site.lock();
        if (!index || !index->isReady())
            return std::nullopt;
        QStringList paths;
        for (const SitePost &document : index->documents())
            paths.append(document.path);
        paths.sort();
        return paths;
    });
    m_readyConnection = connect(m_index.get(), &SiteIndex::ready, m_panel, &SiteFindPanel::retry);
}

void SiteFindPart::show(bool replace) {
    if (auto *dock = qobject_cast<QDockWidget *>(m_panel->parentWidget())) {
        dock->show();
        dock->raise();
    }
    m_panel->setReplaceVisible(replace);
    const QString selected = m_editor->textCursor().selectedText();
    // QTextCursor gives a paragraph break as U+2029: a selection over lines is not a search.
    m_panel->focusFind(selected.contains(QChar::ParagraphSeparator) ? QString() : selected);
}
