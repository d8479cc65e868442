#include "fieldwidgetfactory.h"

#include "form/boolfieldwidget.h"
#include "form/datefieldwidget.h"
#include "form/imagefieldwidget.h"
#include "form/listfieldwidget.h"
#include "form/numberfieldwidget.h"
#include "form/textfieldwidget.h"
#include "form/yamlfieldwidget.h"

FieldWidget *FieldWidgetFactory::create(PostDocument *document, const FieldEntry &entry, FormFieldKind kind,
                                        QWidget *parent) {
    switch (kind) {
        case FormFieldKind::Text:
        case FormFieldKind::MultiLineText:
            return new TextFieldWidget(document, entry, kind, parent);
        case FormFieldKind::DateTime:
            return new DateFieldWidget(document, entry, parent);
        case FormFieldKind::YesNo:
            return new BoolFieldWidget(document, entry, parent);
        case FormFieldKind::Number:
            return new NumberFieldWidget(document, entry, parent);
        case FormFieldKind::List:
            return new ListFieldWidget(document, entry, parent);
        case FormFieldKind::Image:
            return new ImageFieldWidget(document, entry, parent);
        case FormFieldKind::Yaml:
            break;
    }
    return new YamlFieldWidget(document, entry, parent);
}
