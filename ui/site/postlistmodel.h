#pragma once

#include <QAbstractTableModel>
#include <QSet>
#include <QVector>

#include <optional>
#include <vector>

#include "site/postfilter.h"
#include "site/postsummary.h"
#include "site/termvocabulary.h"

// The site's posts as the Posts panel lists them: title, date, status, tags; newest first (then by title,
// then by path, so equal dates keep a stable order). Filtering is done here, over the sorted rows, rather
// than by a QSortFilterProxyModel: titles are folded once, and a keystroke costs one pass over plain data.
// Changes keep the view's selection and scroll position: small changes are row insertions and removals,
// large ones a layout change with the persistent indexes moved, never a reset (except setPosts).
class PostListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, DateColumn, StatusColumn, TagsColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, StatusRole, ProblemRole };

    explicit PostListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces every post (a model reset).
    void setPosts(const QVector<PostSummary> &posts);
    // A batch read while the index fills; posts whose path is already listed are replaced.
    void appendPosts(const QVector<PostSummary> &batch);
    // Posts that changed on disk or are new (matched by path).
    void updatePosts(const QVector<PostSummary> &posts);
    void removePosts(const QStringList &paths);

    // The words of `filter` match titles, and also the paths of setTextMatches. A filter with other words
    // forgets the text matches (they answered the old words) until the owner sets new ones.
    void setFilter(const PostFilter &filter);
    const PostFilter &filter() const { return m_filter; }
    // Paths the full-text search found for the filter's words; no value: words match titles only.
    void setTextMatches(const std::optional<QSet<QString>> &paths);

    int totalCount() const { return static_cast<int>(m_rows.size()); }
    // The post shown at `row`; rows are those passing the filter.
    PostSummary postAt(int row) const;
    QString pathAt(int row) const;
    int rowOfPath(const QString &path) const;  // -1 when filtered out or absent
    QVector<PostSummary> posts() const;        // all of them, in list order

    // How the Status column names `status`.
    static QString statusName(PostFilter::Status status);

    // The site's tags and categories over every post (not only those shown).
    TermVocabulary tagVocabulary() const;
    TermVocabulary categoryVocabulary() const;

Q_SIGNALS:
    // The number of rows shown or of posts changed.
    void countsChanged(int shown, int total);

private:
    struct Row {
        PostSummary post;
        QString foldedTitle;
        int year = 0;
        int id = 0;  // stable across changes that keep the row where it is
    };

    static bool before(const Row &a, const Row &b);
    Row makeRow(const PostSummary &post);
    bool accepts(const Row &row) const;
    const Row *rowAt(int row) const;
    void upsert(const QVector<PostSummary> &posts);
    void reindex();
    QVector<int> filteredIds() const;
    // Moves the view from the shown ids to `next`, by row insertions/removals when they are few.
    void showIds(const QVector<int> &next, const QSet<int> &changedInPlace);
    void emitCounts();

    QVector<Row> m_rows;           // every post, in list order
    std::vector<int> m_indexOfId;  // id -> index in m_rows, -1 once gone
    QHash<QString, int> m_idOfPath;
    QVector<int> m_shown;  // ids of the rows shown, in list order
    int m_nextId = 0;
    PostFilter m_filter;
    bool m_filterHasTerms = false;
    std::optional<QSet<QString>> m_textMatches;
};
