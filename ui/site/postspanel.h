#pragma once

#include <QSet>
#include <QWidget>

#include <optional>

#include "site/postsummary.h"
#include "site/termvocabulary.h"

class PostListModel;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QTabBar;
class QTimer;
class QTreeView;

// The Posts panel: a filter box (words and `tag:`, `category:`, `status:`, `year:`, `kind:` terms), the
// site's posts (title, date, status, tags; newest first) under headings — Posts, Pages and each collection,
// as tabs that appear once the site has more than one, each with its number of matches — facet lists of
// tags and categories with counts, and the count of posts shown. Takes plain data (PostSummary rows) and
// emits requests; the owner opens posts and runs the full-text search. Works as a dock widget's content.
class PostsPanel : public QWidget {
    Q_OBJECT

public:
    explicit PostsPanel(QWidget *parent = nullptr);

    QSize sizeHint() const override;

    void setPosts(const QVector<PostSummary> &posts);
    // While the index reads: rows arrive in batches; the selection and scroll position stay.
    void appendPosts(const QVector<PostSummary> &batch);
    void updatePosts(const QVector<PostSummary> &posts);
    void removePosts(const QStringList &paths);
    // The index's reading progress; the progress line hides once done >= total.
    void setProgress(int done, int total);
    // The full-text search's answer for the current filter words (see PostListModel::setTextMatches).
    void setTextMatches(const std::optional<QSet<QString>> &paths);

    QString filterText() const;
    void setFilterText(const QString &text);
    // Selects the post at `path` (the open post) when it is listed; with `followSection` its section is
    // shown first, else only when it is in the section shown.
    void selectPath(const QString &path, bool followSection = true);
    // Shows the section `key` (PostListModel::sectionKey).
    void setCurrentSection(const QString &key);
    QString currentPath() const;

    TermVocabulary tagVocabulary() const;
    TermVocabulary categoryVocabulary() const;

    // Parts, for tests and for the owner's focus handling.
    PostListModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *listView() const { return m_list; }
    QTabBar *sectionTabs() const { return m_sections; }
    QListWidget *tagFacets() const { return m_tags; }
    QListWidget *categoryFacets() const { return m_categories; }
    QLabel *countLabel() const { return m_count; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *progressLabel() const { return m_progressText; }

Q_SIGNALS:
    // Enter or double-click on a post.
    void openRequested(const QString &path);
    // The filter text changed: the owner may run the full-text search and call setTextMatches.
    void filterTextChanged(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilterText(const QString &text);
    void openCurrent();
    void updateCount(int shown, int total);
    void rebuildFacets();
    void markActiveFacets();
    void updateSections();
    void toggleFacet(QListWidgetItem *item);

    PostListModel *m_model = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_problem = nullptr;
    QWidget *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QTabBar *m_sections = nullptr;  // tab data: the section's key
    QTreeView *m_list = nullptr;
    QListWidget *m_tags = nullptr;
    QListWidget *m_categories = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_facetTimer = nullptr;
    QStringList m_collections;  // the collection labels the filter was parsed with
};
