#include "editor/outlinepart.h"

#include <QHeaderView>
#include <QTimer>
#include <QTreeWidget>

#include "editor/markdowneditor.h"
#include "post/postdocument.h"

namespace {
// Reading the headings of a 1 MB body takes a few milliseconds: once per pause in typing, not per key.
constexpr int kReadDelayMs = 300;
constexpr int kLineRole = Qt::UserRole;
constexpr int kIndexRole = Qt::UserRole + 1;
}  // namespace

OutlinePart::OutlinePart(MarkdownEditor *editor, QWidget *window, QObject *parent)
    : Part(parent), m_editor(editor), m_tree(new QTreeWidget(window)), m_readTimer(new QTimer(this)) {
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setUniformRowHeights(true);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setAccessibleName(tr("Outline"));
    m_readTimer->setSingleShot(true);
    m_readTimer->setInterval(kReadDelayMs);
    connect(m_readTimer, &QTimer::timeout, this, &OutlinePart::readHeadings);
    connect(m_tree, &QTreeWidget::itemClicked, this, &OutlinePart::jumpTo);
    connect(m_tree, &QTreeWidget::itemActivated, this, &OutlinePart::jumpTo);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &OutlinePart::followCursor);
}

OutlinePart::~OutlinePart() = default;

QString OutlinePart::title() const {
    return tr("Outline");
}

QWidget *OutlinePart::widget() const {
    return m_tree;
}

void OutlinePart::setDocument(PostDocument *document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &PostDocument::loaded, this, &OutlinePart::readHeadings);
        connect(document, &PostDocument::bodyChanged, m_readTimer, qOverload<>(&QTimer::start));
    }
    readHeadings();
}

void OutlinePart::readHeadings() {
    m_readTimer->stop();
    const QVector<HeadingOutline::Heading> headings =
        m_document ? HeadingOutline::extract(m_document->bodyLf()) : QVector<HeadingOutline::Heading>();
    if (headings == m_headings)
        return;  // typing in a paragraph: the tree, its scroll position and expansion stay as they are
    m_headings = headings;
    m_items.clear();
    m_currentIndex = -1;
    m_tree->clear();
    // Each heading goes under the nearest heading before it of a higher level (a smaller number).
    QVector<QTreeWidgetItem *> parents;  // the open ancestors
    QVector<int> parentLevels;
    for (int i = 0; i < m_headings.size(); ++i) {
        const HeadingOutline::Heading &heading = m_headings.at(i);
        while (!parentLevels.isEmpty() && parentLevels.last() >= heading.level) {
            parents.removeLast();
            parentLevels.removeLast();
        }
        auto *item = parents.isEmpty() ? new QTreeWidgetItem(m_tree) : new QTreeWidgetItem(parents.last());
        item->setText(0, heading.text.isEmpty() ? tr("(empty heading)") : heading.text);
        item->setToolTip(0, tr("Line %1").arg(heading.line));
        item->setData(0, kLineRole, heading.line);
        item->setData(0, kIndexRole, i);
        m_items.append(item);
        parents.append(item);
        parentLevels.append(heading.level);
    }
    m_tree->expandAll();
    followCursor();
}

void OutlinePart::followCursor() {
    const int index = HeadingOutline::sectionAt(m_headings, m_editor->currentSourceLine());
    if (index == m_currentIndex)
        return;  // most cursor moves stay in one section: nothing to do per keystroke
    m_currentIndex = index;
    QTreeWidgetItem *item = m_items.value(index);
    const QSignalBlocker blocker(m_tree);
    m_tree->setCurrentItem(item);
    if (item)
        m_tree->scrollToItem(item);
    else
        m_tree->clearSelection();
}

void OutlinePart::jumpTo(QTreeWidgetItem *item) {
    if (!item)
        return;
    m_editor->goToLine(item->data(0, kLineRole).toInt());
    m_editor->setFocus();
}
