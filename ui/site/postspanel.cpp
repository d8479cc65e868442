#include "site/postspanel.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include "site/filtertextterms.h"
#include "site/postfilter.h"
#include "site/postlistmodel.h"

namespace {

constexpr int kFacetNameRole = Qt::UserRole + 1;
// Facet lists are rebuilt at most this often while the index fills.
constexpr int kFacetDelayMs = 150;
// Below this width the list hides its Tags column.
constexpr int kTagsColumnMinListWidth = 520;
using Status = PostFilter::Status;

FilterTextTerms::Key keyOf(const QListWidget *list, const QListWidget *tags) {
    return list == tags ? FilterTextTerms::Key::Tag : FilterTextTerms::Key::Category;
}

}  // namespace

PostsPanel::PostsPanel(QWidget *parent) : QWidget(parent) {
    setObjectName(QStringLiteral("postsPanel"));
    setWindowTitle(tr("Posts"));
    m_model = new PostListModel(this);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("postsFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter posts"));
    m_filter->setPlaceholderText(tr("Filter: words, tag:, category:, status:, year:, kind:"));
    m_filter->setToolTip(
        tr("Words match titles and text. Terms: tag:NAME, category:NAME, "
           "status:draft|published|scheduled|unpublished, year:2019, kind:post|draft|page|COLLECTION; "
           "quote names with spaces (tag:\"machine learning\"), put - before a term to exclude it."));
    m_filter->installEventFilter(this);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("postsFilterProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    m_progress = new QWidget(this);
    auto *progressLayout = new QHBoxLayout(m_progress);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    m_progressText = new QLabel(m_progress);
    m_progressBar = new QProgressBar(m_progress);
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumHeight(m_progressText->sizeHint().height() / 2 + 2);
    progressLayout->addWidget(m_progressText);
    progressLayout->addWidget(m_progressBar, 1);
    m_progress->hide();

    m_sections = new QTabBar(this);
    m_sections->setObjectName(QStringLiteral("postsSections"));
    m_sections->setDocumentMode(true);
    m_sections->setExpanding(false);
    m_sections->setUsesScrollButtons(true);
    m_sections->setFocusPolicy(Qt::NoFocus);  // Tab goes from the filter to the list
    m_sections->hide();

    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("postsList"));
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Posts"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAllColumnsShowFocus(true);
    m_list->setTextElideMode(Qt::ElideRight);
    // The title takes what the fixed columns leave; sizing to contents would measure rows per keystroke.
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(PostListModel::TitleColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_list->fontMetrics();
    const int padding = metrics.horizontalAdvance(QStringLiteral("xx"));
    header->setSectionResizeMode(PostListModel::DateColumn, QHeaderView::Fixed);
    header->resizeSection(PostListModel::DateColumn,
                          metrics.horizontalAdvance(QStringLiteral("0000-00-00")) + padding);
    QFont bold = m_list->font();
    bold.setBold(true);
    bold.setItalic(true);
    int statusWidth = metrics.horizontalAdvance(
        m_model->headerData(PostListModel::StatusColumn, Qt::Horizontal).toString());
    for (const Status status : {Status::Published, Status::Draft, Status::Scheduled, Status::Unpublished})
        statusWidth =
            qMax(statusWidth, QFontMetrics(bold).horizontalAdvance(PostListModel::statusName(status)));
    header->setSectionResizeMode(PostListModel::StatusColumn, QHeaderView::Fixed);
    header->resizeSection(PostListModel::StatusColumn, statusWidth + padding);
    header->setSectionResizeMode(PostListModel::TagsColumn, QHeaderView::Interactive);
    header->resizeSection(PostListModel::TagsColumn, metrics.horizontalAdvance(QLatin1Char('x')) * 18);
    m_list->installEventFilter(this);

    auto *facets = new QTabWidget(this);
    facets->setDocumentMode(true);
    m_tags = new QListWidget(facets);
    m_tags->setObjectName(QStringLiteral("tagFacets"));
    m_categories = new QListWidget(facets);
    m_categories->setObjectName(QStringLiteral("categoryFacets"));
    m_tags->setAccessibleName(tr("Tags"));
    m_categories->setAccessibleName(tr("Categories"));
    facets->addTab(m_tags, tr("Tags"));
    facets->addTab(m_categories, tr("Categories"));
    for (QListWidget *list : {m_tags, m_categories}) {
        list->setToolTip(tr("Click to add or remove it from the filter"));
        connect(list, &QListWidget::itemClicked, this, &PostsPanel::toggleFacet);
        // Enter on a facet; where a single click activates, the click already toggled it.
        if (!list->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, list))
            connect(list, &QListWidget::itemActivated, this, &PostsPanel::toggleFacet);
    }

    // The tabs head the list: they move with it when the splitter does.
    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(0);
    listLayout->addWidget(m_sections);
    listLayout->addWidget(m_list, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(listPane);
    splitter->addWidget(facets);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("postsCount"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_problem);
    layout->addWidget(m_progress);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_count);

    m_facetTimer = new QTimer(this);
    m_facetTimer->setSingleShot(true);
    m_facetTimer->setInterval(kFacetDelayMs);
    connect(m_facetTimer, &QTimer::timeout, this, &PostsPanel::rebuildFacets);

    connect(m_filter, &QLineEdit::textChanged, this, &PostsPanel::applyFilterText);
    connect(m_list, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        m_list->setCurrentIndex(index);
        openCurrent();
    });
    connect(m_model, &PostListModel::countsChanged, this, &PostsPanel::updateCount);
    connect(m_model, &PostListModel::sectionsChanged, this, &PostsPanel::updateSections);
    connect(m_sections, &QTabBar::currentChanged, this, [this](int tab) {
        if (tab >= 0)
            m_model->setCurrentSection(m_sections->tabData(tab).toString());
    });
    updateCount(0, 0);
}

QSize PostsPanel::sizeHint() const {
    return {380, 560};
}

void PostsPanel::setPosts(const QVector<PostSummary> &posts) {
    m_model->setPosts(posts);
    m_facetTimer->stop();
    rebuildFacets();
}

void PostsPanel::appendPosts(const QVector<PostSummary> &batch) {
    m_model->appendPosts(batch);
    m_facetTimer->start();
}

void PostsPanel::updatePosts(const QVector<PostSummary> &posts) {
    m_model->updatePosts(posts);
    m_facetTimer->start();
}

void PostsPanel::removePosts(const QStringList &paths) {
    m_model->removePosts(paths);
    m_facetTimer->start();
}

void PostsPanel::setProgress(int done, int total) {
    const bool reading = total > 0 && done < total;
    m_progress->setVisible(reading);
    if (!reading)
        return;
    const QLocale locale;
    m_progressText->setText(
        tr("Reading the site\u2026 %1 of %2").arg(locale.toString(done), locale.toString(total)));
    m_progressBar->setRange(0, total);
    m_progressBar->setValue(done);
}

void PostsPanel::setTextMatches(const std::optional<QSet<QString>> &paths) {
    m_model->setTextMatches(paths);
}

QString PostsPanel::filterText() const {
    return m_filter->text();
}

void PostsPanel::setFilterText(const QString &text) {
    m_filter->setText(text);
}

void PostsPanel::selectPath(const QString &path, bool followSection) {
    if (followSection) {
        if (const std::optional<QString> section = m_model->sectionOfPath(path))
            m_model->setCurrentSection(*section);
    }
    const int row = m_model->rowOfPath(path);
    if (row < 0)
        return;
    m_list->setCurrentIndex(m_model->index(row, 0));
    m_list->scrollTo(m_list->currentIndex());
}

void PostsPanel::setCurrentSection(const QString &key) {
    m_model->setCurrentSection(key);
}

QString PostsPanel::currentPath() const {
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->pathAt(current.row()) : QString();
}

TermVocabulary PostsPanel::tagVocabulary() const {
    return m_model->tagVocabulary();
}

TermVocabulary PostsPanel::categoryVocabulary() const {
    return m_model->categoryVocabulary();
}

bool PostsPanel::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_list && event->type() == QEvent::Resize) {
        // A narrow dock shows titles rather than a sliver of each column; tags are in the tooltip then.
        m_list->setColumnHidden(PostListModel::TagsColumn, m_list->width() < kTagsColumnMinListWidth);
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_list && enter) {
        openCurrent();
        return true;
    }
    if (watched == m_filter) {
        if (enter) {
            if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
                m_list->setCurrentIndex(m_model->index(0, 0));
            openCurrent();
            return true;
        }
        // Up and down move through the list while the writer keeps typing.
        switch (key->key()) {
            case Qt::Key_Up:
            case Qt::Key_Down:
            case Qt::Key_PageUp:
            case Qt::Key_PageDown:
                QCoreApplication::sendEvent(m_list, event);
                return true;
            default:
                break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PostsPanel::applyFilterText(const QString &text) {
    QString problem;
    m_collections = m_model->collectionLabels();
    const PostFilter filter = PostFilter::parse(text, &problem, m_collections);
    m_model->setFilter(filter);
    // A `kind:` term names where the writer wants to look: when the section shown has nothing of it, the
    // first section that has is shown instead (words alone never switch: their matches arrive later).
    if (filter.hasKindTerms()) {
        const QVector<PostListModel::Section> sections = m_model->sections();
        const auto current = std::find_if(sections.cbegin(), sections.cend(), [this](const auto &section) {
            return section.key == m_model->currentSection();
        });
        if (current == sections.cend() || current->shown == 0) {
            const auto found = std::find_if(sections.cbegin(), sections.cend(),
                                            [](const auto &section) { return section.shown > 0; });
            if (found != sections.cend())
                setCurrentSection(found->key);
        }
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    markActiveFacets();
    Q_EMIT filterTextChanged(text);
}

void PostsPanel::openCurrent() {
    const QString path = currentPath();
    if (!path.isEmpty())
        Q_EMIT openRequested(path);
}

void PostsPanel::updateCount(int shown, int total) {
    const QLocale locale;
    const bool posts = m_model->currentSection() == QLatin1String("posts");
    if (total == 1 && shown == 1)
        m_count->setText(posts ? tr("1 post") : tr("1 document"));
    else if (shown == total)
        m_count->setText(posts ? tr("%1 posts").arg(locale.toString(total))
                               : tr("%1 documents").arg(locale.toString(total)));
    else
        m_count->setText(posts
                             ? tr("%1 of %2 posts").arg(locale.toString(shown), locale.toString(total))
                             : tr("%1 of %2 documents").arg(locale.toString(shown), locale.toString(total)));
}

void PostsPanel::updateSections() {
    const QVector<PostListModel::Section> sections = m_model->sections();
    // Runs on every keystroke: tabs are only touched where something changed.
    const QSignalBlocker blocker(m_sections);
    bool sameKeys = m_sections->count() == sections.size();
    for (int i = 0; sameKeys && i < sections.size(); ++i)
        sameKeys = m_sections->tabData(i).toString() == sections.at(i).key;
    if (!sameKeys) {
        while (m_sections->count() > 0)
            m_sections->removeTab(0);
        for (const PostListModel::Section &section : sections)
            m_sections->setTabData(m_sections->addTab(QString()), section.key);
    }
    const QString current = m_model->currentSection();
    for (int i = 0; i < sections.size(); ++i) {
        const QString text =
            tr("%1 (%2)").arg(sections.at(i).title, QLocale().toString(sections.at(i).shown));
        if (m_sections->tabText(i) != text)
            m_sections->setTabText(i, text);
        if (sections.at(i).key == current && m_sections->currentIndex() != i)
            m_sections->setCurrentIndex(i);
    }
    m_sections->setVisible(sections.size() > 1);
    // A collection that arrived after the filter was typed makes its `kind:` term usable.
    if (!sameKeys && m_model->collectionLabels() != m_collections &&
        m_filter->text().contains(QLatin1String("kind:"), Qt::CaseInsensitive))
        applyFilterText(m_filter->text());
}

void PostsPanel::rebuildFacets() {
    const QVector<TermVocabulary::Term> tags = m_model->tagVocabulary().terms();
    const QVector<TermVocabulary::Term> categories = m_model->categoryVocabulary().terms();
    for (const auto &[list, terms] : {std::pair{m_tags, &tags}, std::pair{m_categories, &categories}}) {
        const int scroll = list->verticalScrollBar() ? list->verticalScrollBar()->value() : 0;
        list->clear();
        for (const TermVocabulary::Term &term : *terms) {
            auto *item =
                new QListWidgetItem(tr("%1 (%2)").arg(term.name, QLocale().toString(term.count)), list);
            item->setData(kFacetNameRole, term.name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        list->verticalScrollBar()->setValue(scroll);
    }
    markActiveFacets();
}

void PostsPanel::markActiveFacets() {
    const QString text = m_filter->text();
    for (QListWidget *list : {m_tags, m_categories}) {
        const QSet<QString> active = FilterTextTerms::values(text, keyOf(list, m_tags));
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            const Qt::CheckState state = active.contains(item->data(kFacetNameRole).toString().toLower())
                                             ? Qt::Checked
                                             : Qt::Unchecked;
            if (item->checkState() != state)
                item->setCheckState(state);
        }
    }
}

void PostsPanel::toggleFacet(QListWidgetItem *item) {
    if (!item)
        return;
    const QString name = item->data(kFacetNameRole).toString();
    m_filter->setText(FilterTextTerms::toggled(m_filter->text(), keyOf(item->listWidget(), m_tags), name));
}
