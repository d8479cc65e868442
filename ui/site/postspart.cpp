#include "site/postspart.h"

#include <QAction>
#include <QDir>

#include "post/postdocument.h"
#include "post/postfile.h"
#include "site/postfilter.h"
#include "site/postlinkstyle.h"
#include "site/postlistmodel.h"
#include "site/postspanel.h"
#include "site/quickopendialog.h"
#include "site/siteindex.h"
#include "site/sitescan.h"
#include "site/siteshape.h"
#include "site/termrenamedialog.h"
#include "window/actionicons.h"

namespace {

// How many of the newest posts the link style is learnt from.
constexpr int kLinkStyleSample = 100;
// How many of the newest posts Add Field learns the site's keys from.
constexpr int kShapeSample = 50;

}  // namespace

PostsPart::PostsPart(QWidget *window, QObject *parent)
    : Part(parent)
    , m_panel(new PostsPanel(window))
    , m_quickOpen(new QuickOpenDialog(window))
    , m_quickOpenAction(new QAction(tr("&Quick Open…"), this))
    , m_insertLinkAction(new QAction(tr("Insert &Link to Post…"), this))
    , m_renameTermAction(new QAction(tr("&Rename Tag or Category…"), this)) {
    m_quickOpenAction->setIcon(ActionIcons::icon(QStringLiteral("quickopen")));
    m_insertLinkAction->setIcon(ActionIcons::icon(QStringLiteral("insert-link")));
    m_renameTermAction->setIcon(ActionIcons::icon(QStringLiteral("tag")));
    m_quickOpenAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_quickOpenAction->setToolTip(tr("Open a post of this site by typing part of its title"));
    m_insertLinkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_insertLinkAction->setToolTip(tr("Insert a link to another post of this site"));
    m_renameTermAction->setToolTip(tr("Rename or merge a tag or category in every post of this site"));
    connect(m_renameTermAction, &QAction::triggered, this, [this, window] {
        if (TermRenameDialog *dialog = createRenameDialog(window)) {
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
    });
    for (QAction *action : {m_quickOpenAction, m_insertLinkAction, m_renameTermAction}) {
        action->setShortcutContext(Qt::WindowShortcut);
        action->setEnabled(false);
    }
    connect(m_quickOpenAction, &QAction::triggered, this,
            [this] { m_quickOpen->popup(QuickOpenDialog::Mode::Open); });
    connect(m_insertLinkAction, &QAction::triggered, this,
            [this] { m_quickOpen->popup(QuickOpenDialog::Mode::InsertLink); });
    // Quick open takes the panel's rows when it pops up (when they changed): a change on disk costs it
    // nothing, and 10,000 posts are copied only when the writer asks for them.
    connect(m_quickOpen, &QuickOpenDialog::aboutToPopUp, this, &PostsPart::updateQuickOpen);
    connect(m_panel, &PostsPanel::openRequested, this, &PostsPart::openRequested);
    connect(m_quickOpen, &QuickOpenDialog::chosen, this, &PostsPart::openRequested);
    connect(m_quickOpen, &QuickOpenDialog::linkChosen, this, &PostsPart::insertLink);
    connect(m_panel, &PostsPanel::filterTextChanged, this, &PostsPart::onFilterTextChanged);
}

PostsPart::~PostsPart() = default;

QString PostsPart::title() const {
    return tr("Posts");
}

QWidget *PostsPart::widget() const {
    return m_panel;
}

QList<QAction *> PostsPart::actions() const {
    return {m_quickOpenAction, m_insertLinkAction};
}

void PostsPart::setDocument(PostDocument *document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &PostDocument::pathChanged, this, &PostsPart::followSite);
        connect(document, &PostDocument::loaded, this, &PostsPart::followSite);
    }
    followSite();
}

void PostsPart::followSite() {
    const QString root = m_document ? m_document->siteRoot() : QString();
    if (m_document)
        m_openPostShown = false;  // a document opened or moved: its section is shown once its row is listed
    selectOpenPost(true);
    if (m_index && m_index->root() == QFileInfo(root).canonicalFilePath())
        return;
    for (const QMetaObject::Connection &c : std::as_const(m_indexConnections))
        disconnect(c);
    m_indexConnections.clear();
    m_index.reset();
    m_panel->setPosts({});
    m_quickOpen->setPosts({});
    m_quickOpenGeneration = m_panel->model()->generation();
    m_filling = false;
    m_quickOpenAction->setEnabled(!root.isEmpty());
    m_insertLinkAction->setEnabled(!root.isEmpty());
    m_renameTermAction->setEnabled(!root.isEmpty());
    if (root.isEmpty())
        return;
    m_index = SiteIndex::forSite(root);
    SiteIndex *index = m_index.get();
    m_indexConnections << connect(index, &SiteIndex::readProgress, m_panel, &PostsPanel::setProgress);
    m_indexConnections << connect(index, &SiteIndex::documentsRead, this, &PostsPart::onDocumentsRead);
    // The documentsChanged that follows ready() completes the list (onDocumentsChanged).
    m_indexConnections << connect(index, &SiteIndex::ready, this, [this] {
        m_panel->setProgress(1, 1);
        learnShape();
    });
    m_indexConnections << connect(index, &SiteIndex::documentsChanged, this, &PostsPart::onDocumentsChanged);
    // Words typed before the full-text index caught up are searched again once it has.
    m_indexConnections << connect(index, &SiteIndex::searchIndexUpdated, this,
                                  [this] { onFilterTextChanged(m_panel->filterText()); });
    m_indexConnections << connect(index, &SiteIndex::searchFinished, this,
                                  [this](int id, const QList<SearchHit> &hits, const QString &) {
                                      if (id != m_searchId)
                                          return;  // an answer to words typed before
                                      QSet<QString> paths;
                                      for (const SearchHit &hit : hits)
                                          paths.insert(QDir(m_index->root()).filePath(hit.relativePath));
                                      m_panel->setTextMatches(paths);
                                  });
    if (index->isReady()) {
        onDocumentsChanged({}, {});
        learnShape();
    } else {
        m_filling = true;
        m_panel->setProgress(0, 1);
    }
}

void PostsPart::onDocumentsRead(const QVector<PostSummary> &batch) {
    m_panel->appendPosts(batch);
    selectOpenPost(true);
}

void PostsPart::selectOpenPost(bool followSection) {
    if (!m_document)
        return;
    const QString path = m_document->path();
    // The section follows the open post once, when it is opened (or its row first comes); later changes
    // leave the section the writer chose.
    const bool listed = m_panel->model()->sectionOfPath(path).has_value();
    m_panel->selectPath(path, followSection && !m_openPostShown);
    if (listed)
        m_openPostShown = true;
}

void PostsPart::updateQuickOpen() {
    const PostListModel *model = m_panel->model();
    if (model->generation() == m_quickOpenGeneration)
        return;
    m_quickOpenGeneration = model->generation();
    m_quickOpen->setPosts(model->posts());
}

void PostsPart::onDocumentsChanged(const QStringList &updated, const QStringList &removed) {
    if (!m_index || !m_index->isReady())
        return;
    // A first fill or a large change replaces the rows; a few changed files update them in place, which keeps
    // the selection and the scroll position. The first read's batches already listed every document when
    // they were that read, whole.
    constexpr int kInPlaceLimit = 50;
    const bool filled = m_filling && m_index->batchesMatchReady() &&
                        m_panel->model()->totalCount() == m_index->documents().size();
    const bool first = m_filling || (updated.isEmpty() && removed.isEmpty());
    m_filling = false;
    if (filled) {
        // Kept as the batches built it: the writer may have scrolled or selected meanwhile.
    } else if (first || updated.size() + removed.size() > kInPlaceLimit) {
        m_panel->setPosts(m_index->summaries());
    } else {
        QVector<PostSummary> changed;
        for (const QString &path : updated) {
            if (const SitePost *post = m_index->find(path))
                changed.append(m_index->summary(*post));
        }
        m_panel->updatePosts(changed);
        m_panel->removePosts(removed);
    }
    selectOpenPost(first);
    emit vocabularyChanged(m_index->tags(), m_index->categories());
}

void PostsPart::learnShape() {
    // The newest posts: what a writer adds now looks like what they wrote lately.
    QVector<const SitePost *> posts;
    for (const SitePost &post : m_index->documents()) {
        if (post.kind == SitePost::Kind::Post)
            posts.append(&post);
    }
    std::sort(posts.begin(), posts.end(),
              [](const SitePost *a, const SitePost *b) { return a->date > b->date; });
    QVector<Post> sample;
    for (int i = 0; i < posts.size() && i < kShapeSample; ++i) {
        if (const Result<Post> loaded = PostFile::load(posts.at(i)->path))
            sample.append(loaded.value());
    }
    emit siteShapeChanged(SiteShape::learn(sample));
}

void PostsPart::onFilterTextChanged(const QString &text) {
    if (!m_index)
        return;
    const PostFilter filter = PostFilter::parse(text);
    if (filter.words().isEmpty()) {
        m_searchId = 0;
        return;
    }
    m_searchId = m_index->search(filter.words().join(QLatin1Char(' ')), 1000);
}

void PostsPart::insertLink(const PostSummary &post) {
    if (!m_index)
        return;
    QStringList bodies;
    QSet<QString> urls;
    QVector<const SitePost *> newest;
    for (const SitePost &p : m_index->documents()) {
        if (!p.url.isEmpty())
            urls.insert(p.url);
        if (p.kind == SitePost::Kind::Post)
            newest.append(&p);
    }
    std::sort(newest.begin(), newest.end(),
              [](const SitePost *a, const SitePost *b) { return a->date > b->date; });
    for (int i = 0; i < newest.size() && i < kLinkStyleSample; ++i)
        bodies.append(SiteScan::bodyText(newest.at(i)->path));
    emit linkRequested(PostLinkStyle::detect(bodies, urls).markdownLink(post));
}

TermRenameDialog *PostsPart::createRenameDialog(QWidget *parent) {
    if (!m_index || !m_index->isReady())
        return nullptr;
    QStringList files;
    for (const SitePost &post : m_index->documents()) {
        if (post.kind == SitePost::Kind::Post || post.kind == SitePost::Kind::Draft)
            files.append(post.path);
    }
    auto *dialog = new TermRenameDialog(m_index->root(), files, m_index->scan().config(), m_index->tags(),
                                        m_index->categories(), parent);
    const std::shared_ptr<SiteIndex> index = m_index;
    connect(dialog, &TermRenameDialog::filesWritten, this,
            [index](const QStringList &paths) { index->refresh(paths); });
    return dialog;
}

QString PostsPart::documentAtLink(const QUrl &link) const {
    if (!m_index || !m_index->isReady())
        return {};
    QString path;
    const SiteConfig &config = m_index->scan().config();
    if (link.scheme() == QLatin1String("pwsite") && link.host() == QLatin1String("site")) {
        path = link.path();  // a link relative to the site, as the preview resolved it
    } else if (link.scheme() == QLatin1String("http") || link.scheme() == QLatin1String("https")) {
        const QUrl site(config.url());
        if (site.host().isEmpty() || site.host() != link.host())
            return {};
        path = link.path();
    } else {
        return {};
    }
    const QString baseurl = config.baseurl();
    if (!baseurl.isEmpty() && baseurl != QLatin1String("/") && path.startsWith(baseurl))
        path = path.mid(baseurl.size());
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    // `/a/b/` and `/a/b/index.html`, `/a/b` and `/a/b.html` are the same page on a static host.
    QStringList candidates{path};
    if (path.endsWith(QLatin1String("/index.html")))
        candidates << path.chopped(10);
    else if (path.endsWith(QLatin1Char('/')))
        candidates << path + QStringLiteral("index.html");
    else if (path.endsWith(QLatin1String(".html")))
        candidates << path.chopped(5);
    else
        candidates << path + QStringLiteral(".html");
    for (const SitePost &post : m_index->documents()) {
        if (!post.url.isEmpty() && candidates.contains(post.url))
            return post.path;
    }
    return {};
}
