#pragma once

#include <QFutureWatcher>
#include <QStringList>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include "common/textmatcher.h"
#include "site/sitefilechanges.h"
#include "site/sitetextsearch.h"

class DiffView;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// Find and replace across the site's files (SiteTextSearch): what to find, with case, whole word and regular
// expression options as in the editor's find bar; the matches by file and line (double-click opens the file
// at that line); in replace mode, the selected file's diff of what replacing would write, Replace in File,
// Replace in Checked Files and Undo. A search, and a replacement or its undo, run off the GUI thread; a
// replacement writes each file atomically and only where it still holds the bytes the diff was made from
// (SiteFileChanges), then searches again, so the list always shows the files as they are.
class SiteFindPanel : public QWidget {
    Q_OBJECT

public:
    // The files to search (absolute paths), or nullopt while the site is still being read.
    using FileSource = std::function<std::optional<QStringList>()>;

    explicit SiteFindPanel(QWidget *parent = nullptr);
    ~SiteFindPanel() override;

    // The site searched: its root (paths are shown relative to it) and where its files come from. Clears the
    // results. An empty root: no site (the open post belongs to none).
    void setSite(const QString &root, const FileSource &files);
    QString siteRoot() const { return m_root; }
    void setReplaceVisible(bool visible);
    bool isReplaceVisible() const;
    // Puts the cursor in the find field with its text selected; `text`, when not empty, replaces it first.
    void focusFind(const QString &text = QString());

    // Searches for the find field's text with the options ticked. While the site is still being read, the
    // search waits: retry() runs it once the files are known.
    void find();
    void retry();
    // Replaces in the file of the current result / in every checked file; undoes the last replacement. Each
    // returns at once: the files are written off the GUI thread (isWriting() until they are, then the search
    // runs again); nothing else can be replaced or searched meanwhile.
    void replaceInCurrentFile();
    void replaceInCheckedFiles();
    void undoReplace();

    bool isSearching() const { return m_watcher != nullptr; }
    bool isWriting() const { return m_writer != nullptr; }
    // The last search's results (empty before one).
    const SiteTextSearch::Results &results() const { return m_results; }

    // The parts, for tests.
    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }
    QCheckBox *matchCaseBox() const { return m_matchCase; }
    QCheckBox *wholeWordBox() const { return m_wholeWord; }
    QCheckBox *regularExpressionBox() const { return m_regularExpression; }
    QTreeWidget *resultTree() const { return m_tree; }
    DiffView *diffView() const { return m_diff; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *replaceFileButton() const { return m_replaceFile; }
    QPushButton *replaceAllButton() const { return m_replaceAll; }
    QPushButton *undoButton() const { return m_undo; }

Q_SIGNALS:
    // A search ended and its results are shown.
    void searchFinished();
    // Double-clicked: the file and the 1-based line of the match.
    void openRequested(const QString &path, int line);
    // Files a replacement or its undo wrote (for the site index; the open post follows its file itself).
    void filesWritten(const QStringList &paths);

private:
    // What a replacement or its undo wrote, from the worker.
    struct Written {
        SiteFileChanges::Outcome outcome;
        QVector<SiteFileChange> changes;  // the changes that were written, for undo
        int replaced = 0;                 // matches replaced (0 for an undo)
    };

    void startSearch(const QStringList &paths, const TextMatcher &matcher);
    void showResults(const SiteTextSearch::Results &results);
    void showCurrentDiff();
    void onActivated(QTreeWidgetItem *item);
    void apply(const QVector<int> &fileIndexes);
    void startWriting(const QString &doing, const std::function<Written()> &write, bool undo);
    void report(const Written &written, bool undo);
    void updateButtons();
    void setStale();
    // The results' file of a tree item (a file's row or one of its lines), or -1.
    int fileIndexOf(const QTreeWidgetItem *item) const;

    QString m_root;
    FileSource m_files;
    bool m_waitingForFiles = false;
    std::optional<TextMatcher> m_matcher;  // what the results were found with
    SiteTextSearch::Results m_results;
    bool m_stale = false;  // the find field or its options changed since the results were found
    QVector<SiteFileChange> m_lastChanges;  // the last replacement's written files, for undo
    QString m_lastReport;                   // what the last replacement said, kept above the next results
    QFutureWatcher<SiteTextSearch::Results> *m_watcher = nullptr;
    QFutureWatcher<Written> *m_writer = nullptr;  // a replacement or undo being written
    std::shared_ptr<std::atomic_bool> m_cancel;

    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_matchCase;
    QCheckBox *m_wholeWord;
    QCheckBox *m_regularExpression;
    QPushButton *m_findButton;
    QWidget *m_replaceRow;
    QPushButton *m_replaceFile;
    QPushButton *m_replaceAll;
    QPushButton *m_undo;
    QTreeWidget *m_tree;
    DiffView *m_diff;
    QLabel *m_summary;
};
