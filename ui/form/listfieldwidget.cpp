#include "listfieldwidget.h"

#include <QHBoxLayout>

#include "form/tageditor.h"
#include "frontmatter/fieldentry.h"
#include "post/postdocument.h"

ListFieldWidget::ListFieldWidget(PostDocument *document, const FieldEntry &entry, QWidget *parent)
    : FieldWidget(document, entry.key, FormFieldKind::List, parent) {
    m_tags = new TagEditor(this);
    contentLayout()->addWidget(m_tags);
    connect(m_tags, &TagEditor::itemsEdited, this, [this](const QStringList &items) {
        apply([&](PostDocument &doc) { return doc.setList(key(), items); });
    });
    showEntry(entry);
}

QWidget *ListFieldWidget::editor() const {
    return m_tags;
}

void ListFieldWidget::showEntry(const FieldEntry &entry) {
    m_tags->setItems(entry.items);
}

void ListFieldWidget::setReadOnly(bool readOnly) {
    FieldWidget::setReadOnly(readOnly);
    m_tags->setReadOnly(readOnly);
}
