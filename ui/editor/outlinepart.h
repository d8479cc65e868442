#pragma once

#include <QPointer>
#include <QVector>

#include "render/headingoutline.h"
#include "window/part.h"

class MarkdownEditor;
class PostDocument;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

// The Outline panel: the body's headings as a tree (HeadingOutline), read again a moment after typing
// stops. Clicking a heading puts the editor's cursor on it and gives the editor the focus; the heading whose
// section holds the cursor is the panel's current item as the cursor moves.
class OutlinePart : public Part {
    Q_OBJECT

public:
    OutlinePart(MarkdownEditor *editor, QWidget *window, QObject *parent = nullptr);
    ~OutlinePart() override;

    QString title() const override;
    QWidget *widget() const override;
    void setDocument(PostDocument *document) override;

    QTreeWidget *tree() const { return m_tree; }
    QVector<HeadingOutline::Heading> headings() const { return m_headings; }
    // The tree item of headings()[index].
    QTreeWidgetItem *itemAt(int index) const { return m_items.value(index); }

private:
    void readHeadings();
    void followCursor();
    void jumpTo(QTreeWidgetItem *item);

    MarkdownEditor *m_editor;
    QTreeWidget *m_tree;
    QTimer *m_readTimer;
    QPointer<PostDocument> m_document;
    QVector<HeadingOutline::Heading> m_headings;
    QVector<QTreeWidgetItem *> m_items;  // one per heading, in document order
    int m_currentIndex = -1;
};
