#pragma once

#include "form/fieldwidget.h"

class TagEditor;

// A list of scalars (tags, categories): a tag editor. setList keeps the list's flow (`[a, b]`) or block
// (`- a`) style and the spelling of the items left alone.
class ListFieldWidget : public FieldWidget {
    Q_OBJECT

public:
    ListFieldWidget(PostDocument *document, const FieldEntry &entry, QWidget *parent = nullptr);

    QWidget *editor() const override;
    void showEntry(const FieldEntry &entry) override;
    void setReadOnly(bool readOnly) override;

    TagEditor *tagEditor() const { return m_tags; }

private:
    TagEditor *m_tags = nullptr;
};
