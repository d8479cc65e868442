#pragma once

#include "form/fieldclassifier.h"

class FieldWidget;
class PostDocument;
class QWidget;
struct FieldEntry;

// Makes the row widget for a kind of value.
class FieldWidgetFactory {
public:
    static FieldWidget *create(PostDocument *document, const FieldEntry &entry, FormFieldKind kind,
                               QWidget *parent);
};
