#include "site/sitefindpanel.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "safety/diffview.h"
#include "site/matchrowdelegate.h"

namespace {

constexpr int kFileRole = Qt::UserRole;      // index into the results' files
constexpr int kLineRole = Qt::UserRole + 1;  // 1-based line of a match
// Files listed expanded (their lines shown) when there are at most this many described matches.
constexpr int kExpandedMatches = 300;
// Problems named in the summary; the rest are counted.
constexpr int kNamedProblems = 3;

}  // namespace

SiteFindPanel::SiteFindPanel(QWidget *parent)
    : QWidget(parent)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match &case"), this))
    , m_wholeWord(new QCheckBox(tr("&Whole words"), this))
    , m_regularExpression(new QCheckBox(tr("Regular e&xpression"), this))
    , m_findButton(new QPushButton(tr("&Find"), this))
    , m_replaceRow(new QWidget(this))
    , m_replaceFile(new QPushButton(tr("Replace in &File"), m_replaceRow))
    , m_replaceAll(new QPushButton(tr("Replace in C&hecked Files"), m_replaceRow))
    , m_undo(new QPushButton(tr("&Undo Replace"), m_replaceRow))
    , m_tree(new QTreeWidget(this))
    , m_diff(new DiffView(this))
    , m_summary(new QLabel(this)) {
    m_find->setPlaceholderText(tr("Find in the site's posts, drafts and pages"));
    m_find->setAccessibleName(tr("Find in site"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with (\\1 for a group of an expression)"));
    m_replace->setAccessibleName(tr("Replace in site with"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Matches in the site"));
    m_tree->setItemDelegate(new MatchRowDelegate(m_tree));
    m_tree->header()->setStretchLastSection(true);
    m_diff->setAccessibleName(tr("What replacing in this file would write"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_matchCase);
    findRow->addWidget(m_wholeWord);
    findRow->addWidget(m_regularExpression);
    findRow->addWidget(m_findButton);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(m_replaceFile);
    replaceRow->addWidget(m_replaceAll);
    replaceRow->addWidget(m_undo);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(m_diff);
    split->setSizes({300, 500});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);

    connect(m_find, &QLineEdit::returnPressed, this, &SiteFindPanel::find);
    connect(m_findButton, &QPushButton::clicked, this, &SiteFindPanel::find);
    connect(m_replace, &QLineEdit::returnPressed, this, &SiteFindPanel::replaceInCurrentFile);
    connect(m_replaceFile, &QPushButton::clicked, this, &SiteFindPanel::replaceInCurrentFile);
    connect(m_replaceAll, &QPushButton::clicked, this, &SiteFindPanel::replaceInCheckedFiles);
    connect(m_undo, &QPushButton::clicked, this, &SiteFindPanel::undoReplace);
    connect(m_replace, &QLineEdit::textChanged, this, &SiteFindPanel::showCurrentDiff);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &SiteFindPanel::showCurrentDiff);
    connect(m_tree, &QTreeWidget::itemActivated, this, &SiteFindPanel::onActivated);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &SiteFindPanel::updateButtons);
    connect(m_tree, &QTreeWidget::itemChanged, this, &SiteFindPanel::updateButtons);
    connect(m_find, &QLineEdit::textEdited, this, &SiteFindPanel::setStale);
    for (QCheckBox *box : {m_matchCase, m_wholeWord, m_regularExpression})
        connect(box, &QCheckBox::toggled, this, &SiteFindPanel::setStale);
    setReplaceVisible(false);
    updateButtons();
}

SiteFindPanel::~SiteFindPanel() {
    if (m_cancel)
        m_cancel->store(true);
    // A replacement being written finishes before the panel goes, so closing the window never ends the
    // process halfway through it (each file is written whole or not at all, but the set would be split).
    if (m_writer)
        m_writer->waitForFinished();
}

void SiteFindPanel::setSite(const QString &root, const FileSource &files) {
    if (root == m_root)
        return;
    m_root = root;
    m_files = files;
    if (m_writer) {
        // It finishes for the site it was started on; its report would belong to none shown here.
        m_writer->disconnect(this);
        connect(m_writer, &QFutureWatcherBase::finished, m_writer, &QObject::deleteLater);
        m_writer = nullptr;
    }
    if (m_cancel)
        m_cancel->store(true);
    delete m_watcher;
    m_watcher = nullptr;
    m_waitingForFiles = false;
    m_matcher.reset();
    m_results = {};
    m_lastChanges.clear();
    m_lastReport.clear();
    m_tree->clear();
    m_diff->clear();
    m_summary->setText(root.isEmpty() ? tr("The open post belongs to no site.") : QString());
    updateButtons();
}

void SiteFindPanel::setReplaceVisible(bool visible) {
    m_replaceRow->setVisible(visible);
    m_diff->setVisible(visible);
    showCurrentDiff();
}

bool SiteFindPanel::isReplaceVisible() const {
    return !m_replaceRow->isHidden();
}

void SiteFindPanel::focusFind(const QString &text) {
    if (!text.isEmpty() && text != m_find->text()) {
        m_find->setText(text);
        setStale();
    }
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void SiteFindPanel::find() {
    if (m_root.isEmpty() || !m_files || isWriting())
        return;
    m_lastReport.clear();
    TextMatcher::Options options;
    options.matchCase = m_matchCase->isChecked();
    options.wholeWord = m_wholeWord->isChecked();
    options.regularExpression = m_regularExpression->isChecked();
    const Result<TextMatcher> matcher = TextMatcher::create(m_find->text(), options);
    if (!matcher) {
        m_summary->setText(matcher.error());
        return;
    }
    const std::optional<QStringList> paths = m_files();
    m_waitingForFiles = !paths;
    if (!paths) {
        m_summary->setText(tr("The site is still being read; the search starts when it is done."));
        return;
    }
    startSearch(*paths, matcher.value());
}

void SiteFindPanel::retry() {
    if (m_waitingForFiles)
        find();
}

void SiteFindPanel::startSearch(const QStringList &paths, const TextMatcher &matcher) {
    if (m_cancel)
        m_cancel->store(true);
    delete m_watcher;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher = new QFutureWatcher<SiteTextSearch::Results>(this);
    m_matcher = matcher;
    m_stale = false;
    m_summary->setText(tr("Searching %n file(s)…", nullptr, int(paths.size())));
    updateButtons();
    connect(m_watcher, &QFutureWatcher<SiteTextSearch::Results>::finished, this, [this] {
        const SiteTextSearch::Results results = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        showResults(results);
    });
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_watcher->setFuture(QtConcurrent::run(
        [paths, matcher, cancel] { return SiteTextSearch::search(paths, matcher, cancel.get()); }));
}

void SiteFindPanel::showResults(const SiteTextSearch::Results &results) {
    m_results = results;
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const QDir root(m_root);
    const bool expand = results.describedCount <= kExpandedMatches;
    for (int i = 0; i < results.files.size(); ++i) {
        const SiteTextSearch::FileMatches &file = results.files.at(i);
        auto *fileItem = new QTreeWidgetItem(m_tree);
        fileItem->setText(
            0, tr("%1 (%2)").arg(QDir::toNativeSeparators(root.relativeFilePath(file.path))).arg(file.count));
        fileItem->setToolTip(0, QDir::toNativeSeparators(file.path));
        fileItem->setData(0, kFileRole, i);
        fileItem->setData(0, kLineRole, file.described.isEmpty() ? 1 : file.described.first().line);
        fileItem->setFlags(fileItem->flags() | Qt::ItemIsUserCheckable);
        fileItem->setCheckState(0, Qt::Checked);
        for (const SiteTextSearch::LineMatch &match : file.described) {
            auto *lineItem = new QTreeWidgetItem(fileItem);
            QString line = match.lineText;
            line.replace(QLatin1Char('\t'), QLatin1Char(' '));
            const QString shown = tr("%1: %2").arg(match.line).arg(line);
            lineItem->setText(0, shown);
            if (shown.endsWith(line)) {
                const int label = int(shown.size() - line.size());
                lineItem->setData(0, MatchRowDelegate::kLabelLengthRole, label);
                lineItem->setData(0, MatchRowDelegate::kMatchStartRole, label + match.column - 1);
                lineItem->setData(0, MatchRowDelegate::kMatchLengthRole, match.length);
            }
            lineItem->setToolTip(0, match.lineText.mid(match.column - 1, match.length));
            lineItem->setData(0, kFileRole, i);
            lineItem->setData(0, kLineRole, match.line);
        }
        fileItem->setExpanded(expand);
    }
    QStringList lines;
    if (!m_lastReport.isEmpty())
        lines << m_lastReport;
    if (results.matchCount == 0) {
        lines << tr("No matches in %n file(s).", nullptr, results.searchedFiles);
    } else {
        lines << tr("%1 in %2.")
                     .arg(tr("%n match(es)", nullptr, results.matchCount),
                          tr("%n file(s)", nullptr, int(results.files.size())));
        if (results.describedCount < results.matchCount)
            lines << tr("The first %n are listed; replacing changes them all.", nullptr,
                        results.describedCount);
    }
    for (int i = 0; i < results.problems.size() && i < kNamedProblems; ++i)
        lines << results.problems.at(i).message;
    if (results.problems.size() > kNamedProblems)
        lines << tr("%n more file(s) could not be searched.", nullptr,
                    int(results.problems.size()) - kNamedProblems);
    m_summary->setText(lines.join(QLatin1Char('\n')));
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    showCurrentDiff();
    updateButtons();
    emit searchFinished();
}

int SiteFindPanel::fileIndexOf(const QTreeWidgetItem *item) const {
    if (!item)
        return -1;
    const int index = item->data(0, kFileRole).toInt();
    return index >= 0 && index < m_results.files.size() ? index : -1;
}

void SiteFindPanel::showCurrentDiff() {
    const int index = fileIndexOf(m_tree->currentItem());
    if (!isReplaceVisible() || index < 0 || !m_matcher) {
        m_diff->clear();
        return;
    }
    const SiteFileChange change =
        SiteTextSearch::replace(m_results.files.at(index), *m_matcher, m_replace->text());
    m_diff->setTexts(change.before, change.after);
}

void SiteFindPanel::onActivated(QTreeWidgetItem *item) {
    const int index = fileIndexOf(item);
    if (index >= 0)
        emit openRequested(m_results.files.at(index).path, item->data(0, kLineRole).toInt());
}

void SiteFindPanel::replaceInCurrentFile() {
    const int index = fileIndexOf(m_tree->currentItem());
    if (index >= 0)
        apply({index});
}

void SiteFindPanel::replaceInCheckedFiles() {
    QVector<int> indexes;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            indexes.append(fileIndexOf(item));
    }
    apply(indexes);
}

void SiteFindPanel::apply(const QVector<int> &fileIndexes) {
    if (!m_matcher || m_stale || isSearching() || isWriting() || fileIndexes.isEmpty())
        return;
    QVector<SiteTextSearch::FileMatches> files;
    for (const int index : fileIndexes)
        files.append(m_results.files.at(index));
    const TextMatcher matcher = *m_matcher;
    const QString replacement = m_replace->text();
    startWriting(
        tr("Replacing in %n file(s)…", nullptr, int(files.size())),
        [files, matcher, replacement] {
            Written written;
            QVector<SiteFileChange> changes;
            QVector<int> counts;
            for (const SiteTextSearch::FileMatches &file : files) {
                SiteFileChange change = SiteTextSearch::replace(file, matcher, replacement);
                if (change.after == change.before)
                    continue;
                counts.append(file.count);
                changes.append(std::move(change));
            }
            written.outcome = SiteFileChanges::apply(changes);
            for (int i = 0; i < changes.size(); ++i) {
                if (written.outcome.written.contains(changes.at(i).path)) {
                    written.replaced += counts.at(i);
                    written.changes.append(changes.at(i));
                }
            }
            return written;
        },
        false);
}

void SiteFindPanel::undoReplace() {
    if (m_lastChanges.isEmpty() || isSearching() || isWriting())
        return;
    const QVector<SiteFileChange> changes = m_lastChanges;
    m_lastChanges.clear();
    startWriting(
        tr("Restoring %n file(s)…", nullptr, int(changes.size())),
        [changes] {
            Written written;
            written.outcome = SiteFileChanges::undo(changes);
            return written;
        },
        true);
}

void SiteFindPanel::startWriting(const QString &doing, const std::function<Written()> &write, bool undo) {
    m_lastReport.clear();
    m_writer = new QFutureWatcher<Written>(this);
    connect(m_writer, &QFutureWatcher<Written>::finished, this, [this, undo] {
        const Written written = m_writer->result();
        m_writer->deleteLater();
        m_writer = nullptr;
        if (!undo)
            m_lastChanges = written.changes;
        report(written, undo);
    });
    m_summary->setText(doing);
    m_writer->setFuture(QtConcurrent::run(write));
    updateButtons();
}

// Says what was written and why files were left, tells the site, and searches again so the list shows the
// files as they now are.
void SiteFindPanel::report(const Written &written, bool undo) {
    const SiteFileChanges::Outcome &outcome = written.outcome;
    const int files = int(outcome.written.size());
    QStringList lines;
    if (undo)
        lines << tr("Restored %n file(s).", nullptr, files);
    else if (outcome.failures.isEmpty())
        lines << tr("Replaced %1 in %2.")
                     .arg(tr("%n match(es)", nullptr, written.replaced), tr("%n file(s)", nullptr, files));
    else
        lines << tr("Replaced in %n file(s).", nullptr, files);
    for (const SiteFileNotice &failure : outcome.failures)
        lines << failure.message;
    m_lastReport = lines.join(QLatin1Char('\n'));
    if (!outcome.written.isEmpty())
        emit filesWritten(outcome.written);
    const std::optional<QStringList> paths = m_files ? m_files() : std::nullopt;
    if (paths && m_matcher) {
        startSearch(*paths, *m_matcher);
    } else {
        m_summary->setText(m_lastReport);
        updateButtons();
    }
}

void SiteFindPanel::setStale() {
    m_stale = m_matcher.has_value();
    m_lastReport.clear();
    updateButtons();
}

void SiteFindPanel::updateButtons() {
    bool anyChecked = false;
    for (int i = 0; i < m_tree->topLevelItemCount() && !anyChecked; ++i)
        anyChecked = m_tree->topLevelItem(i)->checkState(0) == Qt::Checked;
    const bool canReplace =
        m_matcher && !m_stale && !isSearching() && !isWriting() && !m_results.files.isEmpty();
    m_replaceFile->setEnabled(canReplace && fileIndexOf(m_tree->currentItem()) >= 0);
    m_replaceAll->setEnabled(canReplace && anyChecked);
    m_undo->setEnabled(!m_lastChanges.isEmpty() && !isSearching() && !isWriting());
    m_findButton->setEnabled(!isWriting());
    const QString why =
        m_stale ? tr("Find again first: the search changed since these matches were found") : QString();
    m_replaceFile->setToolTip(why);
    m_replaceAll->setToolTip(why);
}
