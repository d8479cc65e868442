#include "numberfieldwidget.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QValidator>

#include "frontmatter/fieldentry.h"
#include "frontmatter/yamlscalar.h"
#include "post/postdocument.h"

namespace {

// Accepts what YAML reads as an integer or a float; anything made of number characters is a number still
// being typed (`-`, `1e`).
class NumberValidator : public QValidator {
public:
    using QValidator::QValidator;
    State validate(QString &input, int &) const override {
        const QString text = input.trimmed();
        if (text.isEmpty())
            return Intermediate;
        const ScalarType type = YamlScalar::plainType(text);
        if (type == ScalarType::Integer || type == ScalarType::Float)
            return Acceptable;
        static const QRegularExpression partial(QStringLiteral("^[-+0-9_.:eExXoObBa-fA-FinfINFnaNA]*$"));
        return partial.match(text).hasMatch() ? Intermediate : Invalid;
    }
};

}  // namespace

NumberFieldWidget::NumberFieldWidget(PostDocument *document, const FieldEntry &entry, QWidget *parent)
    : FieldWidget(document, entry.key, FormFieldKind::Number, parent) {
    m_line = new QLineEdit(this);
    m_line->setValidator(new NumberValidator(m_line));
    m_line->setMaximumWidth(m_line->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 18);
    contentLayout()->addWidget(m_line);
    contentLayout()->addStretch(1);
    connect(m_line, &QLineEdit::textEdited, this, &NumberFieldWidget::applyText);
    showEntry(entry);
}

QWidget *NumberFieldWidget::editor() const {
    return m_line;
}

void NumberFieldWidget::showEntry(const FieldEntry &entry) {
    const QString value = entry.kind == FieldEntry::Kind::Scalar ? entry.scalar : QString();
    showText(m_line, value);
}

void NumberFieldWidget::setReadOnly(bool readOnly) {
    FieldWidget::setReadOnly(readOnly);
    m_line->setReadOnly(readOnly);
}

void NumberFieldWidget::applyText(const QString &text) {
    const QString value = text.trimmed();
    if (value.isEmpty()) {
        apply([&](PostDocument &doc) { return doc.setScalar(key(), QString(), ScalarType::Null); });
        return;
    }
    const ScalarType type = YamlScalar::plainType(value);
    if (type != ScalarType::Integer && type != ScalarType::Float) {
        showStatus(Status::failure(tr("Not a number yet; the file keeps the last number typed")));
        return;
    }
    apply([&](PostDocument &doc) { return doc.setScalar(key(), value, type); });
}
