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
// The rows fall into sections (posts and drafts, pages, each collection's documents); the filter runs over
// every row and counts the matches per section, and the current section picks which matches are shown.
class PostListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, DateColumn, StatusColumn, TagsColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, StatusRole, ProblemRole, UncommittedRole };

    // A heading of the list: `key` is sectionKey's, `title` what the writer reads.
    struct Section {
        QString key;
        QString title;
        int shown = 0;  // rows passing the filter
        int total = 0;
    };

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

    // The section a post is listed under: `posts` (posts and drafts), empty (pages) or the collection's
    // label.
    static QString sectionKey(const PostSummary &post);
    // The sections holding rows, in order: Posts, Pages, then the collections by label.
    QVector<Section> sections() const;
    // The section shown: the one asked for while it holds rows, else the first that does.
    QString currentSection() const;
    void setCurrentSection(const QString &key);
    // The section of the post at `path`, or nothing when it is not listed.
    std::optional<QString> sectionOfPath(const QString &path) const;
    // The labels of the collections listed (what `kind:` takes besides post, draft and page).
    QStringList collectionLabels() const;
    // The files git has changes not committed for (absolute, canonical): their posts are marked.
    void setUncommittedPaths(const QSet<QString> &paths);

    // Counts every change to the rows (not to the filter): an owner can tell whether a copy is current.
    quint64 generation() const { return m_generation; }

    int totalCount() const { return static_cast<int>(m_rows.size()); }
    // The post shown at `row`; rows are those passing the filter.
    PostSummary postAt(int row) const;
    QString pathAt(int row) const;
    int rowOfPath(const QString &path) const;  // -1 when filtered out, in another section or absent
    QVector<PostSummary> posts() const;        // all of them, in list order

    // How the Status column names `status`.
    static QString statusName(PostFilter::Status status);

    // The site's tags and categories over every post (not only those shown).
    TermVocabulary tagVocabulary() const;
    TermVocabulary categoryVocabulary() const;

Q_SIGNALS:
    // The number of rows shown or of posts in the current section changed.
    void countsChanged(int shown, int total);
    // The sections, their counts or the current section may have changed.
    void sectionsChanged();

private:
    struct Row {
        PostSummary post;
        QString foldedTitle;
        QString kind;  // PostSummary::kindName, for `kind:` terms
        int year = 0;
        int section = 0;  // index into m_sectionKeys
        int id = 0;       // stable across changes that keep the row where it is
    };

    static bool before(const Row &a, const Row &b);
    Row makeRow(const PostSummary &post);
    bool accepts(const Row &row) const;
    const Row *rowAt(int row) const;
    void upsert(const QVector<PostSummary> &posts);
    void reindex();
    // The ids of the current section's rows that pass the filter; counts every section's matches too.
    QVector<int> filteredIds();
    int sectionId(const QString &key);
    void chooseSection();
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
    QSet<QString> m_uncommitted;
    QStringList m_sectionKeys;  // every section seen, by id; only grows
    QHash<QString, int> m_sectionIds;
    QVector<int> m_sectionTotals;  // by section id
    QVector<int> m_sectionShown;
    QString m_wantedSection = QStringLiteral("posts");
    int m_section = -1;  // the section id shown
    quint64 m_generation = 0;
};
