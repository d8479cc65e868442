#include "site/postlistmodel.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QStyle>

#include <algorithm>

#include "site/fuzzymatch.h"

namespace {

// More separate insertions or removals than this and one layout change is cheaper for the view.
constexpr int kMaxRowRanges = 24;

// A small filled dot, the mark editors put beside files with changes not committed.
QIcon uncommittedMark() {
    static const QIcon mark = [] {
        QPixmap dot(16, 16);
        dot.fill(Qt::transparent);
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xd0, 0x80, 0x10));
        painter.drawEllipse(QRectF(4, 4, 8, 8));
        return QIcon(dot);
    }();
    return mark;
}

}  // namespace

QString PostListModel::statusName(PostFilter::Status status) {
    switch (status) {
        case PostFilter::Status::Published:
            return tr("Published");
        case PostFilter::Status::Draft:
            return tr("Draft");
        case PostFilter::Status::Scheduled:
            return tr("Scheduled");
        case PostFilter::Status::Unpublished:
            return tr("Unpublished");
    }
    return {};
}

namespace {

// Runs of consecutive positions in `rows` (ascending) as (first, last) pairs.
QVector<QPair<int, int>> runsOf(const QVector<int> &rows) {
    QVector<QPair<int, int>> runs;
    for (const int r : rows) {
        if (!runs.isEmpty() && runs.back().second == r - 1)
            runs.back().second = r;
        else
            runs.append({r, r});
    }
    return runs;
}

}  // namespace

PostListModel::PostListModel(QObject *parent) : QAbstractTableModel(parent) {}

int PostListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int PostListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const PostListModel::Row *PostListModel::rowAt(int row) const {
    if (row < 0 || row >= m_shown.size())
        return nullptr;
    const int id = m_shown.at(row);
    const int index = id < static_cast<int>(m_indexOfId.size()) ? m_indexOfId[id] : -1;
    return index < 0 ? nullptr : &m_rows.at(index);
}

QVariant PostListModel::data(const QModelIndex &index, int role) const {
    const Row *row = rowAt(index.row());
    if (!row)
        return {};
    const PostSummary &post = row->post;
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case TitleColumn:
                    return post.title.isEmpty() ? post.relativePath : post.title;
                case DateColumn:
                    return post.date.isValid() ? post.date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
                case StatusColumn:
                    return statusName(post.status);
                case TagsColumn:
                    return post.tags.join(QLatin1String(", "));
            }
            return {};
        case Qt::ToolTipRole:
            if (index.column() == TitleColumn && !post.problem.isEmpty())
                return tr("Front matter problem in %1: %2").arg(post.relativePath, post.problem);
            if (index.column() == TitleColumn && m_uncommitted.contains(post.path))
                return tr("%1\nChanges not committed to git").arg(post.relativePath);
            if (index.column() == DateColumn && post.date.isValid())
                return QLocale().toString(post.date, QLocale::LongFormat);
            if (!post.tags.isEmpty())
                return tr("%1\nTags: %2").arg(post.relativePath, post.tags.join(QLatin1String(", ")));
            return post.relativePath;
        case Qt::DecorationRole:
            if (index.column() == TitleColumn && !post.problem.isEmpty())
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            if (index.column() == TitleColumn && m_uncommitted.contains(post.path))
                return uncommittedMark();
            return {};
        case Qt::FontRole:
            if (post.status == PostFilter::Status::Published)
                return {};
            {
                QFont font;
                font.setItalic(true);
                font.setBold(index.column() == StatusColumn);
                return font;
            }
        case Qt::ForegroundRole:
            if (post.status == PostFilter::Status::Unpublished)
                return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
            if (index.column() == StatusColumn && post.status == PostFilter::Status::Draft)
                return QBrush(QColor(0xb0, 0x60, 0x00));
            if (index.column() == StatusColumn && post.status == PostFilter::Status::Scheduled)
                return QBrush(QColor(0x1a, 0x5f, 0xb4));
            if (index.column() == StatusColumn)  // the usual case, quiet so the others stand out
                return QApplication::palette().brush(QPalette::PlaceholderText);
            return {};
        case PathRole:
            return post.path;
        case StatusRole:
            return static_cast<int>(post.status);
        case ProblemRole:
            return post.problem;
        case UncommittedRole:
            return m_uncommitted.contains(post.path);
    }
    return {};
}

void PostListModel::setUncommittedPaths(const QSet<QString> &paths) {
    if (paths == m_uncommitted)
        return;
    m_uncommitted = paths;
    if (!m_shown.isEmpty())
        emit dataChanged(index(0, TitleColumn), index(static_cast<int>(m_shown.size()) - 1, TitleColumn),
                         {Qt::DecorationRole, Qt::ToolTipRole, UncommittedRole});
}

QVariant PostListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case TitleColumn:
            return tr("Title");
        case DateColumn:
            return tr("Date");
        case StatusColumn:
            return tr("Status");
        case TagsColumn:
            return tr("Tags");
    }
    return {};
}

bool PostListModel::before(const Row &a, const Row &b) {
    const QDateTime &da = a.post.date;
    const QDateTime &db = b.post.date;
    if (da.isValid() != db.isValid())
        return da.isValid();  // undated (pages) last
    if (da != db)
        return da > db;
    const int byTitle = a.foldedTitle.compare(b.foldedTitle);
    if (byTitle != 0)
        return byTitle < 0;
    return a.post.path < b.post.path;
}

PostListModel::Row PostListModel::makeRow(const PostSummary &post) {
    Row row;
    row.post = post;
    row.foldedTitle = FuzzyMatch::fold(post.title);
    row.kind = post.kindName();
    row.year = post.date.isValid() ? post.date.date().year() : 0;
    row.section = sectionId(sectionKey(post));
    row.id = m_nextId++;
    return row;
}

bool PostListModel::accepts(const Row &row) const {
    if (m_filterHasTerms &&
        !m_filter.matchesTerms(row.post.tags, row.post.categories, row.post.status, row.year, row.kind))
        return false;
    const QStringList &words = m_filter.words();
    if (words.isEmpty())
        return true;
    if (m_textMatches && m_textMatches->contains(row.post.path))
        return true;
    for (const QString &word : words) {
        if (!row.foldedTitle.contains(word))
            return false;
    }
    return true;
}

QVector<int> PostListModel::filteredIds() {
    QVector<int> ids;
    ids.reserve(m_rows.size());
    m_sectionShown.fill(0, m_sectionKeys.size());
    for (const Row &row : m_rows) {
        if (accepts(row)) {
            ++m_sectionShown[row.section];
            if (row.section == m_section)
                ids.append(row.id);
        }
    }
    return ids;
}

void PostListModel::reindex() {
    ++m_generation;
    m_indexOfId.assign(static_cast<size_t>(m_nextId), -1);
    m_sectionTotals.fill(0, m_sectionKeys.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        m_indexOfId[static_cast<size_t>(m_rows.at(i).id)] = i;
        ++m_sectionTotals[m_rows.at(i).section];
    }
    chooseSection();
}

void PostListModel::setPosts(const QVector<PostSummary> &posts) {
    beginResetModel();
    m_rows.clear();
    m_nextId = 0;
    m_rows.reserve(posts.size());
    for (const PostSummary &post : posts)
        m_rows.append(makeRow(post));
    // Later duplicates of a path win, as in upsert.
    m_idOfPath.clear();
    m_idOfPath.reserve(m_rows.size());
    for (const Row &row : std::as_const(m_rows))
        m_idOfPath.insert(row.post.path, row.id);
    if (m_idOfPath.size() != m_rows.size()) {
        m_rows.erase(
            std::remove_if(m_rows.begin(), m_rows.end(),
                           [this](const Row &row) { return m_idOfPath.value(row.post.path) != row.id; }),
            m_rows.end());
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), before);
    reindex();
    m_shown = filteredIds();
    endResetModel();
    emitCounts();
}

void PostListModel::appendPosts(const QVector<PostSummary> &batch) {
    upsert(batch);
}

void PostListModel::updatePosts(const QVector<PostSummary> &posts) {
    upsert(posts);
}

void PostListModel::upsert(const QVector<PostSummary> &posts) {
    if (posts.isEmpty())
        return;
    QVector<Row> added;
    QSet<int> changedInPlace;
    QVector<bool> gone(m_rows.size(), false);
    bool anyGone = false;
    for (const PostSummary &post : posts) {
        const int oldId = m_idOfPath.value(post.path, -1);
        // An id past m_indexOfId was added earlier in this batch; it is dropped below.
        const int at = oldId < 0 || oldId >= static_cast<int>(m_indexOfId.size())
                           ? -1
                           : m_indexOfId[static_cast<size_t>(oldId)];
        if (at >= 0 && !gone.at(at)) {
            Row &old = m_rows[at];
            Row replacement = makeRow(post);
            replacement.id = old.id;
            if (!before(old, replacement) && !before(replacement, old)) {
                old = std::move(replacement);
                changedInPlace.insert(old.id);
                continue;
            }
            gone[at] = true;  // moves: removed here, inserted where it now sorts
            anyGone = true;
        }
        added.append(makeRow(post));
        m_idOfPath.insert(post.path, added.back().id);  // a later duplicate in the batch wins
    }
    if (anyGone) {
        QVector<Row> kept;
        kept.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i) {
            if (!gone.at(i))
                kept.append(std::move(m_rows[i]));
        }
        m_rows = std::move(kept);
    }
    // Later duplicates of a path in one batch win.
    QVector<Row> unique;
    unique.reserve(added.size());
    for (Row &row : added) {
        if (m_idOfPath.value(row.post.path) == row.id)
            unique.append(std::move(row));
    }
    std::stable_sort(unique.begin(), unique.end(), before);
    const qsizetype middle = m_rows.size();
    m_rows.append(unique);
    std::inplace_merge(m_rows.begin(), m_rows.begin() + middle, m_rows.end(), before);
    reindex();
    showIds(filteredIds(), changedInPlace);
    emitCounts();
}

void PostListModel::removePosts(const QStringList &paths) {
    const QSet<QString> doomed(paths.cbegin(), paths.cend());
    const auto erased = std::remove_if(m_rows.begin(), m_rows.end(),
                                       [&](const Row &row) { return doomed.contains(row.post.path); });
    if (erased == m_rows.end())
        return;
    m_rows.erase(erased, m_rows.end());
    for (const QString &path : paths)
        m_idOfPath.remove(path);
    reindex();
    showIds(filteredIds(), {});
    emitCounts();
}

void PostListModel::setFilter(const PostFilter &filter) {
    if (filter.words() != m_filter.words())
        m_textMatches.reset();
    m_filter = filter;
    m_filterHasTerms = filter.hasTerms();
    showIds(filteredIds(), {});
    emitCounts();
}

void PostListModel::setTextMatches(const std::optional<QSet<QString>> &paths) {
    m_textMatches = paths;
    showIds(filteredIds(), {});
    emitCounts();
}

void PostListModel::showIds(const QVector<int> &next, const QSet<int> &changedInPlace) {
    // Where each id stands before and after, by id (ids are small and dense).
    std::vector<int> oldRowOf(static_cast<size_t>(m_nextId), -1);
    std::vector<int> newRowOf(static_cast<size_t>(m_nextId), -1);
    for (int r = 0; r < m_shown.size(); ++r)
        oldRowOf[static_cast<size_t>(m_shown.at(r))] = r;
    for (int r = 0; r < next.size(); ++r)
        newRowOf[static_cast<size_t>(next.at(r))] = r;
    QVector<int> removed;
    QVector<int> inserted;
    for (int r = 0; r < m_shown.size(); ++r) {
        if (newRowOf[static_cast<size_t>(m_shown.at(r))] < 0)
            removed.append(r);
    }
    for (int r = 0; r < next.size(); ++r) {
        if (oldRowOf[static_cast<size_t>(next.at(r))] < 0)
            inserted.append(r);
    }
    const QVector<QPair<int, int>> removedRuns = runsOf(removed);
    const QVector<QPair<int, int>> insertedRuns = runsOf(inserted);
    if (removedRuns.size() + insertedRuns.size() > kMaxRowRanges) {
        // Kept rows keep their relative order, so the persistent indexes only move.
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &index : from) {
            const int row = newRowOf[static_cast<size_t>(m_shown.at(index.row()))];
            to.append(row < 0 ? QModelIndex() : createIndex(row, index.column()));
        }
        m_shown = next;
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        for (auto run = removedRuns.crbegin(); run != removedRuns.crend(); ++run) {
            beginRemoveRows({}, run->first, run->second);
            m_shown.remove(run->first, run->second - run->first + 1);
            endRemoveRows();
        }
        for (const auto &run : insertedRuns) {
            beginInsertRows({}, run.first, run.second);
            m_shown.insert(run.first, run.second - run.first + 1, 0);
            std::copy(next.cbegin() + run.first, next.cbegin() + run.second + 1, m_shown.begin() + run.first);
            endInsertRows();
        }
        Q_ASSERT(m_shown == next);
    }
    for (const int id : changedInPlace) {
        const int row = newRowOf[static_cast<size_t>(id)];
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void PostListModel::emitCounts() {
    Q_EMIT countsChanged(static_cast<int>(m_shown.size()),
                         m_section >= 0 ? m_sectionTotals.at(m_section) : 0);
    Q_EMIT sectionsChanged();
}

PostSummary PostListModel::postAt(int row) const {
    const Row *r = rowAt(row);
    return r ? r->post : PostSummary{};
}

QString PostListModel::pathAt(int row) const {
    const Row *r = rowAt(row);
    return r ? r->post.path : QString();
}

int PostListModel::rowOfPath(const QString &path) const {
    const int id = m_idOfPath.value(path, -1);
    return id < 0 ? -1 : static_cast<int>(m_shown.indexOf(id));
}

QVector<PostSummary> PostListModel::posts() const {
    QVector<PostSummary> out;
    out.reserve(m_rows.size());
    for (const Row &row : m_rows)
        out.append(row.post);
    return out;
}

TermVocabulary PostListModel::tagVocabulary() const {
    TermVocabulary vocabulary;
    for (const Row &row : m_rows)
        vocabulary.addPost(row.post.tags);
    return vocabulary;
}

TermVocabulary PostListModel::categoryVocabulary() const {
    TermVocabulary vocabulary;
    for (const Row &row : m_rows)
        vocabulary.addPost(row.post.categories);
    return vocabulary;
}
